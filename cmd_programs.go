package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

func (e *env) programsCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "targets", Aliases: []string{"network"}, Value: "network.csv", Usage: "your network map `CSV`"},
		&cli.StringFlag{Name: "programs", Usage: "your target programs `CSV` (Program, Aliases, City, State, Visa, IMG friendly, Priority)"},
		&cli.StringFlag{Name: "log", Usage: "the encounter log `CSV` (default: encounters.csv next to the network map)"},
		&cli.BoolFlag{Name: "all", Usage: "also rank every program of confplan's directory that is in your map or the meeting"},
		&cli.StringFlag{Name: "visa", Usage: "the `VISA` you need: J-1, H-1B or none"},
		&cli.StringFlag{Name: "states", Usage: "the `STATES` you prefer, comma-separated, e.g. \"NY,OH,Texas\""},
		&cli.StringFlag{Name: "school", Usage: "your medical `SCHOOL`: contacts whose notes name it are alumni who could introduce you"},
		&cli.StringFlag{Name: "now", Usage: "the `TIME` to judge what is still to come and what is overdue (default: now), e.g. \"2026-09-28 12:00\""},
		formatFlag("table", "json", "csv"),
	}
	flags = append(flags, programFlags()...)
	return &cli.Command{
		Name:      "programs",
		Usage:     "rank your target programs by fit, relationships and presence at the meeting, with the next step for each",
		ArgsUsage: "[PROGRAM_FILE...]",
		Description: "Reads your programs list, your network map, the encounter log 'met' and 'done' keep and,\n" +
			"when given, the conference program files, and ranks the programs by a score anyone can\n" +
			"check (see README: fit + relationships + presence). Each row says why, what to do next\n" +
			"and who could introduce you. Program files are optional: without them there is no\n" +
			"presence signal.",
		Flags:  flags,
		Action: e.programs,
	}
}

func (e *env) programs(c *cli.Context) error {
	files, err := splitFlags(c)
	if err != nil {
		return err
	}
	format, err := formatOf(c, "table", "json", "csv")
	if err != nil {
		return err
	}
	opt, err := shortlistOptions(c)
	if err != nil {
		return err
	}
	if c.String("programs") == "" && !opt.All {
		return &usageError{msg: "no programs to rank", hint: "pass --programs programs.csv (your list), or --all for the directory's programs in your map or the meeting"}
	}
	s, err := e.shortlist(c, files, opt)
	if err != nil {
		return err
	}
	switch format {
	case "json":
		return export.WriteProgramsJSON(e.stdout, s)
	case "csv":
		for _, n := range s.Notes {
			e.warn("%s", n)
		}
		return export.WriteProgramsCSV(e.stdout, s)
	}
	return export.WriteProgramsTable(e.stdout, s)
}

// shortlistOptions reads --visa, --states and --all.
func shortlistOptions(c *cli.Context) (planner.ShortlistOptions, error) {
	var opt planner.ShortlistOptions
	visa, ok := planner.ParseVisaNeed(c.String("visa"))
	if !ok {
		return opt, &usageError{msg: fmt.Sprintf("--visa %q: want J-1, H-1B or none", c.String("visa"))}
	}
	opt.Visa = visa
	for _, s := range strings.FieldsFunc(c.String("states"), func(r rune) bool { return r == ',' || r == ';' }) {
		st, ok := planner.ParseState(s)
		if !ok {
			return opt, &usageError{msg: fmt.Sprintf("--states: %q is not a US state", strings.TrimSpace(s)), hint: `e.g. --states "NY,OH,TX" or --states "New York, Ohio"`}
		}
		opt.States = append(opt.States, st)
	}
	opt.All = c.Bool("all")
	opt.School = strings.TrimSpace(c.String("school"))
	return opt, nil
}

// shortlist reads the user's files and ranks the programs. files are the
// program files, which may be none.
func (e *env) shortlist(c *cli.Context, files []string, opt planner.ShortlistOptions) (*planner.Shortlist, error) {
	netPath := c.String("targets")
	logPath := c.String("log")
	if logPath == "" {
		logPath = trackedLog(netPath)
	}
	if _, err := os.Stat(netPath); err != nil && errors.Is(err, fs.ErrNotExist) {
		if c.IsSet("targets") {
			return nil, withHint(fmt.Errorf("%s: no such file", netPath), "--targets names your network map (Name, Role, Institution, Email, ...)")
		}
		e.warn("%s: no network map here; ranking without contacts (pass --targets YOUR_MAP.csv)", netPath)
		netPath = ""
	}
	t, err := e.loadTargets(netPath, c.String("programs"))
	if err != nil {
		return nil, err
	}
	var m *planner.Meeting
	if len(files) > 0 {
		var reports []fileReport
		var loadErr error
		m, reports, loadErr = e.loadMeeting(c, files)
		if m == nil || loadErr != nil {
			return nil, loadErr
		}
		e.warnFiles(reports)
		opt.Meeting = true
	}
	defZone, err := e.zone(c)
	if err != nil {
		return nil, err
	}
	if defZone == nil && m != nil {
		defZone = m.Zone
	}

	// The encounter log, when there is one.
	lg, err := e.readLog(netPath, logPath)
	if err != nil {
		return nil, err
	}
	if lg != nil {
		for _, w := range lg.Warnings {
			e.warn("%s", w)
		}
		opt.Log = true
		if defZone == nil {
			defZone = firstLogZone(lg)
		}
	}

	now := e.now()
	if s := c.String("now"); s != "" {
		if defZone == nil {
			return nil, noZoneError("programs")
		}
		if now, err = parseWhen(s, defZone, e.now()); err != nil {
			return nil, &usageError{msg: fmt.Sprintf("--now %q: %v", s, err), hint: `e.g. --now "2026-09-28 12:00"`}
		}
	}
	opt.Now = now

	var log []planner.FollowUp
	if lg != nil {
		contacts := make(map[string]planner.Contact, len(t.People))
		for _, ct := range t.People {
			contacts[ct.Name] = ct
		}
		log, _, err = followUpsFrom(lg, contacts, now, defZone, "", true)
		if err != nil {
			return nil, err
		}
	}
	return planner.MakeShortlist(t, m, log, opt), nil
}

// readLog reads the encounter log for reading only; it returns nil when
// there is none. With a network map, it reads the log as the ledger does
// (under its lock, after finishing a commit a killed confplan left), so it
// never sees a write half done.
func (e *env) readLog(netPath, logPath string) (*sources.EncounterLog, error) {
	if netPath == "" {
		if _, err := os.Stat(logPath); errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		data, err := ledger.ReadFile(logPath) // within the ledger's size limit
		if err != nil {
			return nil, err
		}
		return sources.ReadEncounterLog(bytes.NewReader(data), logPath)
	}
	led, err := ledger.Open(netPath, logPath, ledger.Options{ReadOnly: true, MapOptional: true})
	if err != nil {
		return nil, err
	}
	led.Close() // read: nothing more to guard
	for _, n := range led.Notes {
		e.warn("%s", n)
	}
	if _, err := os.Stat(logPath); errors.Is(err, fs.ErrNotExist) {
		return nil, nil // none, even after finishing a killed commit
	}
	return led.Log, nil
}

// trackedLog is the encounter log's default path: next to the map.
func trackedLog(network string) string {
	return filepath.Join(filepath.Dir(network), "encounters.csv")
}

// weighByShortlist sets the plan's weights from where the user stands
// with each program (plan --shortlist): the same shortlist 'programs'
// shows, for the programs on the user's list.
func (e *env) weighByShortlist(c *cli.Context, t *planner.Targets, m *planner.Meeting) error {
	logPath := c.String("log")
	if logPath == "" {
		logPath = trackedLog(c.String("targets"))
	}
	var log []planner.FollowUp
	lg, err := e.readLog(c.String("targets"), logPath)
	if err != nil {
		return err
	}
	opt := planner.ShortlistOptions{Meeting: true}
	if lg != nil {
		contacts := make(map[string]planner.Contact, len(t.People))
		for _, ct := range t.People {
			contacts[ct.Name] = ct
		}
		if log, _, err = followUpsFrom(lg, contacts, e.now(), m.Zone, "", true); err != nil {
			return err
		}
		opt.Log = true
	} else {
		e.warn("%s: no encounter log; --shortlist weighs by the network map alone", logPath)
	}
	// Appearances do not change the weights: every one counts.
	opt.Now = time.Time{}
	planner.Weigh(t, planner.MakeShortlist(t, m, log, opt))
	return nil
}
