package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/internal/atomicfile"
	"github.com/confplan/confplan/planner"
)

func (e *env) planCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "targets", Usage: "your network map `FILE`, CSV or Excel (Name, Role, Institution, Email, …, Priority)"},
		&cli.StringFlag{Name: "programs", Usage: "your target residency programs `FILE`, CSV or Excel (Program, Aliases, Visa, …, Priority)"},
		&cli.StringSliceFlag{Name: "day", Usage: "plan only this `YYYY-MM-DD` (repeatable; default: every day)"},
		&cli.StringFlag{Name: "ics", Usage: "write the itinerary and follow-ups for your phone's calendar to `FILE`"},
		&cli.StringFlag{Name: "todo", Usage: "write the follow-ups as tasks (VTODO) to `FILE`, for task apps"},
		&cli.StringFlag{Name: "checklist", Usage: "write the follow-ups as a Markdown checklist to `FILE`"},
		&cli.StringFlag{Name: "html", Usage: "write a day plan to print or keep on your phone to `FILE` (one self-contained HTML page)"},
		&cli.DurationFlag{Name: "alarm", Value: 10 * time.Minute, Usage: "reminder before each stop (0 for none)"},
		&cli.DurationFlag{Name: "buffer", Value: 10 * time.Minute, Usage: "time to change rooms between stops"},
		&cli.StringSliceFlag{Name: "must", Usage: "keep item `ID` in the plan (repeatable)"},
		&cli.StringSliceFlag{Name: "skip", Usage: "leave item `ID` out (repeatable)"},
		&cli.StringFlag{Name: "from", Usage: "start each day no earlier than `HH:MM` (conference time)"},
		&cli.StringFlag{Name: "to", Usage: "end each day no later than `HH:MM` (conference time)"},
		&cli.StringFlag{Name: "interests", Usage: "comma-separated `LIST` of topics worth a bonus, e.g. \"SBRT, proton, global health\""},
		&cli.BoolFlag{Name: "explain", Usage: "list every candidate with its value and why it was chosen or dropped"},
		&cli.StringFlag{Name: "sign", Usage: "the `NAME` that signs the drafted emails"},
		&cli.BoolFlag{Name: "shortlist", Usage: "weigh each program by where you stand with it (see 'confplan programs')"},
		&cli.StringFlag{Name: "log", Usage: "with --shortlist: the encounter log `CSV` (default: encounters.csv next to --targets)"},
		formatFlag("table", "json", "csv"),
	}
	flags = append(flags, programFlags()...)
	return &cli.Command{
		Name:      "plan",
		Usage:     "plan each day: the best stops for meeting your targets, as a table and iCal, with follow-ups",
		ArgsUsage: "PROGRAM_FILE...",
		Description: "Chooses, for each day, the talks, sessions, ARRO events and poster walks of greatest total\n" +
			"value for your targets (exactly, not greedily), with talking points for each stop and a\n" +
			"follow-up email 48–72 h after each person you will meet. The table goes to stdout; --ics,\n" +
			"--todo, --checklist and --html write files (atomically; nothing is written when anything fails).\n" +
			"When --ics names the file an earlier plan wrote, stops no longer in the plan stay in it as\n" +
			"cancelled events, moved stops keep their identity, and plan lists what changed since.",
		Flags:  flags,
		Action: e.plan,
	}
}

func (e *env) plan(c *cli.Context) error {
	files, err := splitFlags(c)
	if err != nil {
		return err
	}
	format, err := formatOf(c, "table", "json", "csv")
	if err != nil {
		return err
	}
	opt := planner.PlanOptions{
		Days:      c.StringSlice("day"),
		Buffer:    c.Duration("buffer"),
		Must:      splitIDs(c.StringSlice("must")),
		Skip:      splitIDs(c.StringSlice("skip")),
		Interests: interestList(c.String("interests")),
		Explain:   c.Bool("explain"),
	}
	for _, d := range opt.Days {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return &usageError{msg: fmt.Sprintf("--day %q: want YYYY-MM-DD", d), hint: "e.g. --day 2025-09-28"}
		}
	}
	if opt.Buffer < 0 || c.Duration("alarm") < 0 {
		return &usageError{msg: "--buffer and --alarm cannot be negative", hint: "e.g. --buffer 10m --alarm 15m"}
	}
	if opt.From, err = clockFlag(c, "from"); err != nil {
		return err
	}
	if opt.To, err = clockFlag(c, "to"); err != nil {
		return err
	}
	if opt.To > 0 && opt.From >= opt.To {
		return &usageError{msg: fmt.Sprintf("--from %s is not before --to %s", c.String("from"), c.String("to"))}
	}

	outs := map[string]string{"--ics": c.String("ics"), "--todo": c.String("todo"), "--checklist": c.String("checklist"), "--html": c.String("html")}
	inputs := append([]string{c.String("targets"), c.String("programs")}, files...)
	if err := checkOutputs(outs, inputs); err != nil {
		return err
	}

	m, reports, loadErr := e.loadMeeting(c, files)
	if m == nil || loadErr != nil {
		if loadErr == nil {
			loadErr = errors.New("no program loaded")
		}
		return loadErr
	}
	e.warnFiles(reports)
	if m.Zone == nil {
		return withHint(errors.New("no time zone for the conference"), "pass --tz, e.g. --tz America/Los_Angeles")
	}
	t, err := e.loadTargets(c.String("targets"), c.String("programs"))
	if err != nil {
		return err
	}
	if c.Bool("shortlist") {
		if err := e.weighByShortlist(c, t, m); err != nil {
			return err
		}
	}
	matches := planner.NewMatcher(t, planner.MatchOptions{Interests: opt.Interests}).Match(m.Items)
	p, err := planner.MakePlan(m, t, matches, opt)
	if err != nil {
		return withHint(err, "check --must and --skip against the IDs 'confplan inspect' shows")
	}
	planned := make(map[string]bool)
	for _, d := range p.Days {
		planned[d.Day] = true
	}
	for _, d := range opt.Days {
		if !planned[d] {
			e.warn("--day %s: the program has no item on that day", d)
		}
	}
	if testOnlyPlanHook != nil {
		testOnlyPlanHook(p)
	}
	if sign := c.String("sign"); sign != "" {
		for i := range p.FollowUps {
			f := &p.FollowUps[i]
			f.Subject, f.Body = planner.Draft(*f, sign)
			f.Mailto = planner.Mailto(f.Encounter.Email, f.Subject, f.Body)
		}
	}

	// Render everything first: a failure here writes nothing.
	cal := export.CalendarOptions{Name: m.Name + " — my plan", Meeting: m.Name, Zone: m.Zone, Alarm: c.Duration("alarm")}
	var writes []output
	var changes []export.Change
	changedSince := ""
	render := func(path string, prior bool, f func(io.Writer, export.CalendarOptions) error) error {
		if path == "" {
			return nil
		}
		o := cal
		if prior {
			o.Prior, o.Cancel = e.prior(path), true
			if path == outs["--ics"] && o.Prior != nil {
				changes = export.Changes(p, p.FollowUps, o)
				changedSince = path
			}
		}
		var b bytes.Buffer
		if err := f(&b, o); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		writes = append(writes, output{path, b.Bytes()})
		return nil
	}
	if err := render(outs["--ics"], true, func(w io.Writer, o export.CalendarOptions) error { return export.WriteICal(w, p, p.FollowUps, o) }); err != nil {
		return err
	}
	if err := render(outs["--todo"], true, func(w io.Writer, o export.CalendarOptions) error { return export.WriteTodos(w, p.FollowUps, o) }); err != nil {
		return err
	}
	if err := render(outs["--checklist"], false, func(w io.Writer, o export.CalendarOptions) error { return export.WriteChecklist(w, p.FollowUps, o) }); err != nil {
		return err
	}
	if err := render(outs["--html"], false, func(w io.Writer, o export.CalendarOptions) error {
		return export.WriteHTML(w, p, export.HTMLOptions{Title: m.Name + " — my day plan", Zone: m.Zone, Buffer: opt.Buffer})
	}); err != nil {
		return err
	}
	var table bytes.Buffer
	switch format {
	case "json":
		err = export.WritePlanJSON(&table, p)
	case "csv":
		err = export.WritePlanCSV(&table, p)
	default:
		err = export.WritePlan(e.sized(&table), p, export.TableOptions{Zone: m.Zone, Explain: c.Bool("explain")})
	}
	if err != nil {
		return err
	}
	if changedSince != "" {
		table.WriteString("\n")
		if err := export.WriteChanges(&table, changedSince, changes, m.Zone); err != nil {
			return err
		}
	}
	if err := writeAll(writes...); err != nil {
		return err
	}
	if _, err := e.stdout.Write(table.Bytes()); err != nil {
		return err
	}
	done := e.stdout
	if format != "table" {
		done = e.stderr // stdout stays machine-readable
	}
	for _, w := range writes {
		fmt.Fprintf(done, "wrote %s\n", w.path)
	}
	return nil
}

// testOnlyPlanHook, when set by a test, sees every plan made, so a test
// of what the files show can compare them with the plan itself.
var testOnlyPlanHook func(*planner.Plan)

// output is a file to write.
type output struct {
	path string
	data []byte
}

// writeAll writes the outputs all or nothing (atomicfile.WriteAll).
func writeAll(outs ...output) error {
	files := make([]atomicfile.File, len(outs))
	for i, o := range outs {
		files[i] = atomicfile.File{Path: o.path, Data: o.data}
	}
	return atomicfile.WriteAll(files...)
}

// prior reads what an earlier run wrote to path, so SEQUENCE and DTSTAMP
// stay stable; a missing or unreadable file is a first write.
func (e *env) prior(path string) map[string]export.Prior {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	p, err := export.ReadPrior(f)
	if err != nil {
		e.warn("%s: cannot read the earlier calendar (%v); writing it afresh with SEQUENCE 0", path, err)
		return nil
	}
	return p
}

// checkOutputs refuses an output that is one of the inputs, or two outputs
// that are the same file.
func checkOutputs(outs map[string]string, inputs []string) error {
	seen := make(map[string]string)
	for _, flag := range []string{"--ics", "--todo", "--checklist", "--html"} {
		out := outs[flag]
		if out == "" {
			continue
		}
		for _, in := range inputs {
			if in != "" && same(out, in) {
				return withHint(fmt.Errorf("%s %s is one of the inputs; nothing written", flag, out), "write to a new file, e.g. %s plan%s", flag, outExt(flag))
			}
		}
		for other, path := range seen {
			if same(out, path) {
				return withHint(fmt.Errorf("%s and %s both name %s; nothing written", other, flag, out), "give each output its own file")
			}
		}
		if st, err := os.Stat(out); err == nil && st.IsDir() {
			return withHint(fmt.Errorf("%s %s is a folder; nothing written", flag, out), "name a file, e.g. %s plan%s", flag, outExt(flag))
		}
		seen[flag] = out
	}
	return nil
}

func outExt(flag string) string {
	switch flag {
	case "--checklist":
		return ".md"
	case "--html":
		return ".html"
	}
	return ".ics"
}

// clockFlag reads --from or --to as a time of day: 08:00, 8:00, 18:30,
// 6:30 PM, 6pm. Empty is 0 (no bound).
func clockFlag(c *cli.Context, name string) (time.Duration, error) {
	s := strings.TrimSpace(c.String(name))
	if s == "" {
		return 0, nil
	}
	if h, m, ok := parseClock(s); ok {
		d := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute
		if name == "to" && d == 0 {
			d = 24 * time.Hour
		}
		return d, nil
	}
	return 0, &usageError{msg: fmt.Sprintf("--%s %q is not a time of day", name, s), hint: fmt.Sprintf("e.g. --%s 08:00 or --%s 6:30pm", name, name)}
}

// splitIDs accepts repeated flags and comma-separated lists alike.
func splitIDs(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, id := range strings.Split(v, ",") {
			if id = strings.TrimSpace(id); id != "" {
				out = append(out, id)
			}
		}
	}
	return out
}
