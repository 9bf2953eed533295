package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// programFlags are the flags of every command that reads program files.
func programFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "tz", EnvVars: []string{envZone}, Usage: "the conference's IANA time zone, e.g. America/Los_Angeles (default: from the input)"},
		&cli.StringFlag{Name: "date-order", Usage: "how to read dates like 03/04/2025: mdy or dmy (default: from the whole column)"},
	}
}

// fileReport is what was understood of one program file.
type fileReport struct {
	Name   string
	Result *sources.Result
	Err    error
}

// loadMeeting reads every program file into one meeting. Files that cannot
// be read, or yield nothing, are reported and make the error non-nil, but
// the other files still load so inspect can show them.
func (e *env) loadMeeting(c *cli.Context, files []string) (*planner.Meeting, []fileReport, error) {
	if len(files) == 0 {
		return nil, nil, &usageError{msg: "no program file given", hint: fmt.Sprintf("confplan %s [flags] PROGRAM_FILE...", c.Command.Name)}
	}
	opt := sources.Options{Now: e.now()}
	switch strings.ToLower(c.String("date-order")) {
	case "":
	case "mdy":
		opt.DateOrder = sources.DateMDY
	case "dmy":
		opt.DateOrder = sources.DateDMY
	default:
		return nil, nil, &usageError{msg: fmt.Sprintf("--date-order %q: want mdy or dmy", c.String("date-order"))}
	}
	if tz := c.String("tz"); tz != "" {
		loc, err := loadZone(tz)
		if err != nil {
			return nil, nil, err
		}
		opt.Zone = loc
	}
	in := make([]sources.Input, len(files))
	for i, f := range files {
		in[i].Name = f
		in[i].Data, in[i].Err = os.ReadFile(f)
	}
	m, results, notes := sources.ReadMeeting(in, opt)
	for _, w := range notes {
		e.warn("%s", w)
	}
	reports := make([]fileReport, len(results))
	var errs []error
	for i, r := range results {
		reports[i] = fileReport{Name: r.Name, Result: r.Result, Err: r.Err}
		if r.Err != nil {
			errs = append(errs, r.Err)
		}
	}
	return m, reports, errors.Join(errs...)
}

// loadZone loads an IANA zone, refusing "Local" and the empty name, which
// would mean the machine's zone.
func loadZone(name string) (*time.Location, error) {
	if name == "" || strings.EqualFold(name, "local") {
		return nil, &usageError{msg: fmt.Sprintf("--tz %q: name the conference's zone", name), hint: "e.g. --tz America/Los_Angeles"}
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, &usageError{msg: fmt.Sprintf("--tz %q is not an IANA time zone", name), hint: "e.g. --tz America/New_York or --tz America/Los_Angeles"}
	}
	return loc, nil
}

// loadTargets reads the network map and, when given, the programs list.
func (e *env) loadTargets(network, programs string) (*planner.Targets, error) {
	t := &planner.Targets{}
	if network == "" && programs == "" {
		return nil, &usageError{msg: "no targets given", hint: "--targets network.csv (your network map) and/or --programs programs.csv"}
	}
	if network != "" {
		data, err := ledger.ReadFile(network)
		if err != nil {
			return nil, err
		}
		people, warns, err := sources.ReadContacts(bytes.NewReader(data), network)
		if err != nil {
			return nil, err
		}
		for _, w := range warns {
			e.warn("%s", w)
		}
		t.People = people
	}
	if programs != "" {
		data, err := ledger.ReadFile(programs)
		if err != nil {
			return nil, err
		}
		progs, warns, err := sources.ReadPrograms(bytes.NewReader(data), programs)
		if err != nil {
			return nil, err
		}
		for _, w := range warns {
			e.warn("%s", w)
		}
		t.Programs = progs
	}
	return t, nil
}

// warnFiles prints every file's warnings on stderr, then each distinct
// hint once, so fifty rows with the same problem give one piece of advice.
func (e *env) warnFiles(reports []fileReport) {
	var hints []string
	seen := make(map[string]bool)
	for _, r := range reports {
		if r.Result == nil {
			continue
		}
		for _, w := range r.Result.Warnings {
			e.warn("%s", w)
			if w.Hint != "" && !seen[w.Hint] {
				seen[w.Hint] = true
				hints = append(hints, w.Hint)
			}
		}
	}
	for _, h := range hints {
		fmt.Fprintf(e.stderr, "confplan: hint: %s\n", h)
	}
}
