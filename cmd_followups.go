package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/internal/atomicfile"
	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

func (e *env) followupsCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "now", Usage: "the time to judge what is due against (default: now), e.g. \"2025-10-01 09:00\""},
		&cli.StringFlag{Name: "format", Value: "table", Usage: "table, md, csv or json"},
		&cli.StringFlag{Name: "ics", Usage: "also write the follow-ups as calendar events to `FILE` (for phones)"},
		&cli.StringFlag{Name: "todo", Usage: "also write the follow-ups as tasks (VTODO) to `FILE` (for task apps)"},
		&cli.StringFlag{Name: "sign", Usage: "the `NAME` that signs the drafted emails (default: a placeholder)"},
		&cli.BoolFlag{Name: "all", Usage: "also list follow-ups already sent or answered"},
	}
	flags = append(flags, trackingFlags()...)
	flags = append(flags, tzFlag())
	return &cli.Command{
		Name:  "followups",
		Usage: "list the follow-up emails that are overdue, due now and upcoming, with drafts",
		Description: "Each encounter logged with 'confplan met' asks for an email between 48 and 72 hours\n" +
			"after it; once sent ('confplan done'), a second touch 7 to 14 days later when no answer came.",
		Flags:  flags,
		Action: e.followups,
	}
}

func (e *env) followups(c *cli.Context) error {
	args, err := splitFlags(c)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		return &usageError{msg: fmt.Sprintf("followups takes no arguments (got %q)", strings.Join(args, " ")), hint: "confplan followups [--now TIME] [--format table|md|csv|json]"}
	}
	format := strings.ToLower(c.String("format"))
	switch format {
	case "table", "md", "markdown", "csv", "json":
	default:
		return &usageError{msg: fmt.Sprintf("--format %q: want table, md, csv or json", c.String("format"))}
	}
	defZone, err := e.zone(c)
	if err != nil {
		return err
	}
	netPath, logPath := trackedPaths(c)
	for _, out := range []string{c.String("ics"), c.String("todo")} {
		if out != "" && (same(out, netPath) || same(out, logPath)) {
			return &usageError{msg: fmt.Sprintf("%s is an input; confplan will not overwrite it", out), hint: "write the calendar to a new file, e.g. --ics followups.ics"}
		}
	}
	led, err := e.openLedger(netPath, logPath, ledger.Options{ReadOnly: true, MapOptional: true})
	if err != nil {
		return err
	}
	led.Close() // read: nothing more to guard
	lg := led.Log
	if len(lg.Entries) == 0 {
		e.warn("%s: no encounters logged yet; 'confplan met NAME' records one", logPath)
	}
	// The map, when present, says who answered since.
	contacts := map[string]planner.Contact{}
	if led.Net != nil {
		for _, ct := range led.Net.Contacts {
			contacts[ct.Name] = ct
		}
	}
	now := e.now()
	var nowZone *time.Location
	if s := c.String("now"); s != "" {
		z := defZone
		if z == nil {
			z = firstLogZone(lg)
		}
		if z == nil {
			return noZoneError("followups")
		}
		if now, err = parseWhen(s, z, e.now()); err != nil {
			return &usageError{msg: fmt.Sprintf("--now %q: %v", s, err), hint: `e.g. --now "2025-10-01 09:00"`}
		}
		nowZone = z
	}
	fus, zone, err := followUpsFrom(lg, contacts, now, defZone, c.String("sign"), c.Bool("all"))
	if err != nil {
		return err
	}
	if zone == nil {
		zone = nowZone
	}
	if zone == nil {
		zone = defZone
	}
	opt := export.CalendarOptions{Name: "Follow-ups", Meeting: "confplan follow-ups", Zone: zone, Logged: true}
	checklist := export.CalendarOptions{Zone: zone}
	switch format {
	case "table":
		if len(fus) == 0 {
			fmt.Fprintln(e.stdout, "no follow-ups to send")
		} else if err := export.WriteFollowUpsTable(e.stdout, fus); err != nil {
			return err
		}
	case "md", "markdown":
		err = export.WriteChecklist(e.stdout, fus, checklist)
	case "csv":
		err = export.WriteFollowUpsCSV(e.stdout, fus)
	case "json":
		err = export.WriteFollowUpsJSON(e.stdout, fus)
	}
	if err != nil {
		return err
	}
	if path := c.String("ics"); path != "" {
		var b bytes.Buffer
		if err := export.WriteICal(&b, nil, fus, opt); err != nil {
			return err
		}
		if err := writeOutput(path, b.Bytes()); err != nil {
			return err
		}
	}
	if path := c.String("todo"); path != "" {
		var b bytes.Buffer
		if err := export.WriteTodos(&b, fus, opt); err != nil {
			return err
		}
		if err := writeOutput(path, b.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// writeOutput writes a file confplan owns (a calendar), atomically.
func writeOutput(path string, data []byte) error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	return atomicfile.WriteFile(path, data, mode)
}

func firstLogZone(lg *sources.EncounterLog) *time.Location {
	for _, en := range lg.Entries {
		if loc, err := sources.LoadLogZone(en.Zone); err == nil {
			return loc
		}
	}
	return nil
}

// followUpsFrom turns the log into follow-ups as of now: a first email
// for each encounter not yet followed up, a second touch for each first
// email that got no answer (neither in the log nor in the map's Response
// since it was sent). Sorted by due, then name. It returns the zone of the
// follow-ups (the first one's), for calendar descriptions.
func followUpsFrom(lg *sources.EncounterLog, contacts map[string]planner.Contact, now time.Time, defZone *time.Location, sign string, all bool) ([]planner.FollowUp, *time.Location, error) {
	var out []planner.FollowUp
	var zone *time.Location
	for _, en := range lg.Entries {
		loc := defZone
		if en.Zone != "" {
			z, err := sources.LoadLogZone(en.Zone)
			if err != nil {
				return nil, nil, fmt.Errorf("%s:%d: time zone %q: %v", lg.Sheet.Name, lg.Sheet.Line(en.Row), en.Zone, err)
			}
			loc = z
		}
		if loc == nil {
			return nil, nil, withHint(fmt.Errorf("%s:%d: the encounter has no time zone", lg.Sheet.Name, lg.Sheet.Line(en.Row)),
				"pass --tz, e.g. --tz America/Los_Angeles, or set %s", envZone)
		}
		if zone == nil {
			zone = loc
		}
		ct, inMap := contacts[en.Encounter.Name]
		f, ok := en.Thread.FollowUp(loc, now, ct.Response, inMap, all)
		if !ok {
			continue
		}
		if inMap {
			if f.Encounter.Email == "" {
				f.Encounter.Email = ct.Email
			}
			if f.Encounter.Role == "" {
				f.Encounter.Role = ct.Role
			}
		}
		f.Subject, f.Body = planner.Draft(f, sign)
		f.Mailto = planner.Mailto(f.Encounter.Email, f.Subject, f.Body)
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Due.Equal(out[j].Due) {
			return out[i].Due.Before(out[j].Due)
		}
		return out[i].Encounter.Name < out[j].Encounter.Name
	})
	// One email per person and touch: someone met twice before the first
	// email gets one, due by the earlier encounter's deadline.
	seen := make(map[string]bool)
	kept := out[:0]
	for _, f := range out {
		state := "to send"
		if f.Status == planner.StatusSent || f.Status == planner.StatusAnswered {
			state = f.Status
		}
		key := f.Encounter.Name + "\x00" + f.Encounter.Institution + "\x00" + string(f.Kind) + "\x00" + state
		if seen[key] {
			continue
		}
		seen[key] = true
		kept = append(kept, f)
	}
	return kept, zone, nil
}
