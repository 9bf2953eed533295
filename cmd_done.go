package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

func (e *env) doneCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "response", Usage: "their answer, in a few words: marks the follow-up answered"},
		&cli.StringFlag{Name: "at", Usage: "when the email went out (default: now)"},
		&cli.StringFlag{Name: "institution", Usage: "their institution, when two people you met share a name"},
		&cli.BoolFlag{Name: "dry-run", Usage: "show what would change and write nothing"},
	}
	flags = append(flags, trackingFlags()...)
	flags = append(flags, tzFlag())
	return &cli.Command{
		Name:      "done",
		Usage:     "mark a follow-up email sent, or record the answer",
		ArgsUsage: "NAME",
		Description: "Without --response, marks the open follow-up to NAME sent (a second touch then falls due\n" +
			"7 to 14 days later if no answer comes); run it again after the second touch. With\n" +
			"--response, records their answer in the log and in the map's Response column.",
		Flags:  flags,
		Action: e.done,
	}
}

func (e *env) done(c *cli.Context) error {
	name, err := nameArg(c, `confplan done "Dr. Jane Doe" [--response "happy to talk in October"]`)
	if err != nil {
		return err
	}
	netPath, logPath := trackedPaths(c)
	dry := c.Bool("dry-run")
	st, err := e.openLedger(netPath, logPath, ledger.Options{ReadOnly: dry})
	if err != nil {
		return err
	}
	defer st.Close()

	// Who: among the people with logged encounters.
	var people []planner.Contact
	index := map[string]int{}
	for _, en := range st.Log.Entries {
		key := en.Encounter.Name + "\x00" + en.Encounter.Institution
		if _, ok := index[key]; !ok {
			index[key] = len(people)
			people = append(people, planner.Contact{Row: len(people), Name: en.Encounter.Name, Institution: en.Encounter.Institution})
		}
	}
	hits := planner.FindMet(people, name, strings.TrimSpace(c.String("institution")))
	switch {
	case len(hits) == 0:
		return withHint(fmt.Errorf("no encounter with %q in %s", name, logPath), "log the encounter first: confplan met NAME")
	case len(hits) > 1:
		fmt.Fprintf(e.stderr, "confplan: error: several people in %s could be %q; nothing written\n", logPath, name)
		for _, i := range hits {
			fmt.Fprintf(e.stderr, "confplan: error:   %s (%s)\n", people[i].Name, people[i].Institution)
		}
		fmt.Fprintf(e.stderr, "confplan: hint: use the name as written in the log, or add --institution\n")
		return errSilent
	}
	who := people[hits[0]]

	loc, err := e.zone(c)
	if err != nil {
		return err
	}
	var entries []sources.LogEntry
	for _, en := range st.Log.Entries {
		if en.Encounter.Name == who.Name && en.Encounter.Institution == who.Institution {
			entries = append(entries, en)
			if loc == nil && en.Zone != "" {
				loc, _ = sources.LoadLogZone(en.Zone)
			}
		}
	}
	if loc == nil {
		return noZoneError("done")
	}
	at := e.now().In(loc).Truncate(time.Minute)
	if s := c.String("at"); s != "" {
		if at, err = parseWhen(s, loc, e.now()); err != nil {
			return &usageError{msg: fmt.Sprintf("--at %q: %v", s, err), hint: `e.g. --at "2025-10-01 09:00"`}
		}
	}

	// The map row of this person, when there is one.
	mapRow := -1
	var ct planner.Contact
	for _, x := range st.Net.Contacts {
		if x.Name == who.Name && (mapRow < 0 || x.Institution == who.Institution) {
			mapRow, ct = x.Row, x
		}
	}
	dateFmt := dateLayout(st.Net)
	response := strings.TrimSpace(c.String("response"))
	threads := make([]planner.Thread, len(entries))
	for i, en := range entries {
		threads[i] = en.Thread
	}
	idx, mark := planner.MarkDone(threads, at, response, ct.Response)
	var changed []sources.LogEntry
	for _, i := range idx {
		en := entries[i]
		en.Thread = threads[i]
		changed = append(changed, en)
	}
	var what string
	switch mark {
	case planner.MarkedNothing:
		return withHint(fmt.Errorf("nothing to mark for %s: every follow-up is already %s", who.Name, map[bool]string{true: "answered", false: "sent or answered"}[response != ""]),
			"'confplan followups --all' lists them")
	case planner.MarkedAnswered:
		what = fmt.Sprintf("recorded the answer from %s", who.Name)
		if mapRow >= 0 {
			st.Net.Set(mapRow, sources.FieldResponse, response)
			st.Net.Set(mapRow, sources.FieldNextStep, planner.NextStep(mark, planner.FollowUp{}, at, dateFmt))
		}
	case planner.MarkedSent:
		f := planner.SecondFollowUp(changed[0].Encounter, at, loc)
		what = fmt.Sprintf("marked the email to %s sent; if no answer comes, a second touch is due between %s and %s",
			who.Name, f.WindowStart.Format(whenLayout), f.Due.Format(whenLayout))
		if mapRow >= 0 {
			st.Net.SetDate(mapRow, sources.FieldDateContacted, at, dateFmt)
			st.Net.Set(mapRow, sources.FieldNextStep, planner.NextStep(mark, f, at, dateFmt))
		}
	case planner.MarkedSecondSent:
		what = fmt.Sprintf("marked the second touch to %s sent", who.Name)
		if mapRow >= 0 {
			st.Net.SetDate(mapRow, sources.FieldDateContacted, at, dateFmt)
			st.Net.Set(mapRow, sources.FieldNextStep, planner.NextStep(mark, planner.FollowUp{}, at, dateFmt))
		}
	}
	for _, en := range changed {
		st.Log.Update(en)
	}
	if dry {
		fmt.Fprintf(e.stdout, "dry run: nothing written\n%s\n", what)
		return nil
	}
	if err := st.Commit(); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, what)
	if mapRow < 0 {
		e.warn("%s is not in %s; only the log was updated", who.Name, netPath)
	}
	return nil
}
