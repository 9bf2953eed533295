package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/demo"
	"github.com/confplan/confplan/internal/atomicfile"
)

// demoOutputs are the files demo writes beside its inputs.
const (
	demoICS       = "itinerary.ics"
	demoTodo      = "followups-tasks.ics"
	demoChecklist = "followups.md"
	demoHTML      = "day-plan.html"
)

func (e *env) demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "plan the built-in synthetic demo meeting: writes an itinerary .ics and a follow-up checklist",
		Description: "Writes the demo's input files (a saved program page, a poster list, ARRO events, a network\n" +
			"map and a programs list) into --out, then runs 'confplan plan' on them exactly as on your own\n" +
			"files. Input files already in --out are kept as they are, so your edits survive a rerun.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Value: "confplan-demo", Usage: "folder for the demo's inputs and outputs"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return &usageError{msg: fmt.Sprintf("demo takes no arguments, got %q", c.Args().First()), hint: "confplan demo [--out DIR]"}
			}
			dir := c.String("out")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			inputs := append([]string{demo.Network, demo.Programs}, demo.ProgramFiles...)
			for _, name := range inputs {
				if err := e.writeDemoFile(dir, name); err != nil {
					return err
				}
			}
			in := func(name string) string { return filepath.Join(dir, name) }
			args := []string{"confplan", "plan",
				"--targets", in(demo.Network), "--programs", in(demo.Programs),
				"--ics", in(demoICS), "--todo", in(demoTodo), "--checklist", in(demoChecklist), "--html", in(demoHTML),
			}
			for _, f := range demo.ProgramFiles {
				args = append(args, in(f))
			}
			if code := e.run(args); code != exitOK {
				return errSilent
			}
			fmt.Fprintf(e.stdout, `
Your demo plan is in %[1]s/:
  %-22[2]s the day plan and follow-up reminders, for your phone's calendar
  %-22[3]s the follow-ups as tasks (Thunderbird, macOS Reminders, task apps)
  %-22[4]s the follow-up checklist with drafted emails
  %-22[5]s the day plan to print (one day per page) or open on your phone

Put the itinerary on your phone:
  iPhone:          AirDrop or email %[2]s to yourself, tap it, then Add All
  Google Calendar: on a computer, calendar.google.com > Settings > Import & export > Import
                   (the Android app cannot import files; the events sync to it)
  Outlook:         File > Open & Export > Import/Export > iCalendar (.ics), or
                   outlook.com > Calendar > Add calendar > Upload from file
Times are stored in UTC and show in your phone's zone; each event's notes repeat the
conference-local time.

Next: plan your own meeting with
  confplan plan --targets network.csv --programs programs.csv --ics itinerary.ics PROGRAM_FILE...
`, dir, demoICS, demoTodo, demoChecklist, demoHTML)
			return nil
		},
	}
}

// writeDemoFile puts one of the demo's inputs into dir unless a file of
// that name is already there.
func (e *env) writeDemoFile(dir, name string) error {
	data, err := demo.File(name)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, name)
	if old, err := os.ReadFile(path); err == nil {
		if !bytes.Equal(old, data) {
			e.warn("%s: keeping your edited copy; delete it to get the demo's again", path)
		}
		return nil
	}
	return atomicfile.WriteFile(path, data, 0o644)
}
