package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// envZone names the environment variable that gives met, followups and
// done their default conference zone when --tz is not given.
const envZone = "CONFPLAN_TZ"

// trackingFlags are the files met, followups and done keep current.
func trackingFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "network", Value: "network.csv", Usage: "your network map `FILE`: CSV or an Excel .xlsx workbook"},
		&cli.StringFlag{Name: "log", Usage: "the encounter log `CSV` (default: encounters.csv next to the network map; created when missing)"},
	}
}

func tzFlag() cli.Flag {
	return &cli.StringFlag{Name: "tz", Usage: "the conference's IANA time zone, e.g. America/Los_Angeles (default: $" + envZone + ", else the program files' or the log's zone)"}
}

func (e *env) metCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "at", Usage: "when you met, e.g. \"2025-09-28 14:30\" (default: now)"},
		&cli.StringFlag{Name: "where", Usage: "where you met: free text, or a program item's ID (with --program)"},
		&cli.StringFlag{Name: "notes", Usage: "one specific point to mention in the follow-up"},
		&cli.StringFlag{Name: "institution", Usage: "their institution: confirms who they are, or fills a new row"},
		&cli.StringFlag{Name: "email", Usage: "their email, for a new row (or a known person without one)"},
		&cli.StringFlag{Name: "role", Usage: "their role (Program Director, Faculty, Resident, ...), for a new row (or a known person without one)"},
		&cli.StringSliceFlag{Name: "program", Usage: "program `FILE`s, to look up --where by item ID (repeatable)"},
		&cli.BoolFlag{Name: "new", Usage: "add them as a new person even if the name resembles someone in the map"},
		&cli.BoolFlag{Name: "dry-run", Usage: "show what would change and write nothing"},
	}
	flags = append(flags, trackingFlags()...)
	flags = append(flags, tzFlag(),
		&cli.StringFlag{Name: "date-order", Usage: "with --program: how to read dates like 03/04/2025, mdy or dmy (default: from the whole column)"})
	return &cli.Command{
		Name:      "met",
		Usage:     "log an encounter: update the network map and schedule the follow-up",
		ArgsUsage: "NAME",
		Description: "Finds NAME in the network map with the same name matching as 'match' and records the\n" +
			"encounter in the encounter log; the first email falls due 48-72 hours later. Someone\n" +
			"not in the map is added as a new row. Flags may come before or after NAME.",
		Flags:  flags,
		Action: e.met,
	}
}

func (e *env) met(c *cli.Context) error {
	name, err := nameArg(c, `confplan met "Dr. Jane Doe" --at "2025-09-28 14:30" --where "ARRO reception"`)
	if err != nil {
		return err
	}
	loc, err := e.zone(c)
	if err != nil {
		return err
	}
	var m *planner.Meeting
	if files := c.StringSlice("program"); len(files) > 0 {
		m, _, err = e.loadMeeting(c, files)
		if err != nil {
			return err
		}
		if loc == nil {
			loc = m.Zone
		}
	}
	if loc == nil {
		// A time with an offset needs no zone name; the offset serves.
		if t, err := time.Parse(time.RFC3339, strings.TrimSpace(c.String("at"))); err == nil {
			_, off := t.Zone()
			loc = sources.OffsetZone(off)
		}
	}
	if loc == nil {
		return noZoneError("met")
	}
	at := e.now().In(loc).Truncate(time.Minute)
	if s := c.String("at"); s != "" {
		if at, err = parseWhen(s, loc, e.now()); err != nil {
			return &usageError{msg: fmt.Sprintf("--at %q: %v", s, err), hint: `e.g. --at "2025-09-28 14:30" or --at 2:30pm`}
		}
	}
	enc := planner.Encounter{At: at, Notes: strings.TrimSpace(c.String("notes")), Institution: strings.TrimSpace(c.String("institution"))}
	if err := whereFrom(&enc, c.String("where"), m); err != nil {
		return err
	}

	netPath, logPath := trackedPaths(c)
	dry := c.Bool("dry-run")
	lg, err := e.openLedger(netPath, logPath, ledger.Options{ReadOnly: dry})
	if err != nil {
		return err
	}
	defer lg.Close()
	nm := lg.Net

	// Who.
	row := -1
	id := planner.Identify(nm.Contacts, name, enc.Institution, c.Bool("new"))
	switch id.Outcome {
	case planner.Found:
		row = nm.Contacts[id.Index].Row
	case planner.Ambiguous:
		e.listCandidates(nm, id.Candidates, "several people in %s could be %q; nothing written", netPath, name)
		fmt.Fprintf(e.stderr, "confplan: hint: use the name as written in the map, or add --institution\n")
		return errSilent
	case planner.NotClear:
		e.listCandidates(nm, id.Candidates, "no one in %s is clearly %q, but these are close; nothing written", netPath, name)
		fmt.Fprintf(e.stderr, "confplan: hint: use the name as written in the map, add --institution, or pass --new to add a new person\n")
		return errSilent
	case planner.NotFullName:
		same := id.Candidates
		if len(same) > 0 {
			e.listCandidates(nm, same, "%q is not a full name; these people in %s have it; nothing written", name, netPath)
		} else {
			fmt.Fprintf(e.stderr, "confplan: error: %q is not a full name; nothing written\n", name)
		}
		if len(same) == 1 {
			fmt.Fprintf(e.stderr, "confplan: hint: if you mean %s, run confplan met %s again with your flags; to add %q as it is, pass --new\n",
				planner.DisplayName(nm.Contacts[same[0]].Name), shellQuote(nm.Contacts[same[0]].Name), name)
		} else {
			fmt.Fprintf(e.stderr, "confplan: hint: give the full name as written in the map, or pass --new to add %q as it is\n", name)
		}
		return errSilent
	case planner.LooksLikeTypo:
		e.listCandidates(nm, id.Candidates, "no one in %s is %q, but these names are close; nothing written", netPath, name)
		ct := nm.Contacts[id.Candidates[0]]
		fmt.Fprintf(e.stderr, "confplan: hint: if you mean %s, run confplan met %s again with your flags; to add %q as a new person, pass --new\n",
			planner.DisplayName(ct.Name), shellQuote(ct.Name), name)
		return errSilent
	}
	added := row < 0
	var contact planner.Contact
	if added {
		contact = planner.Contact{Name: name, Institution: enc.Institution, Email: strings.TrimSpace(c.String("email")), Role: strings.TrimSpace(c.String("role"))}
	} else {
		for _, ct := range nm.Contacts {
			if ct.Row == row {
				contact = ct
			}
		}
	}
	enc.Name, enc.Email, enc.Role = contact.Name, contact.Email, contact.Role
	if contact.Institution != "" {
		enc.Institution = contact.Institution
	}
	if enc.Email == "" {
		enc.Email = strings.TrimSpace(c.String("email"))
	}
	if enc.Role == "" {
		enc.Role = strings.TrimSpace(c.String("role"))
	}
	f := planner.FirstFollowUp(enc)

	// The network map.
	dateFmt := dateLayout(nm)
	next := planner.NextStep(planner.MarkedNothing, f, at, dateFmt)
	if added {
		row = nm.Add(map[sources.Field]string{
			sources.FieldName:        name,
			sources.FieldInstitution: enc.Institution,
			sources.FieldEmail:       enc.Email,
			sources.FieldRole:        enc.Role,
			sources.FieldHowFound:    howFound(enc),
			sources.FieldNextStep:    next,
		})
		nm.SetDate(row, sources.FieldDateContacted, at, dateFmt)
	} else {
		nm.SetDate(row, sources.FieldDateContacted, at, dateFmt)
		nm.Set(row, sources.FieldNextStep, next)
		// Fill what the map lacks; never overwrite what the user wrote.
		if contact.Institution == "" && enc.Institution != "" {
			nm.Set(row, sources.FieldInstitution, enc.Institution)
		}
		if contact.Email == "" && enc.Email != "" {
			nm.Set(row, sources.FieldEmail, enc.Email)
		}
		if contact.Role == "" && enc.Role != "" {
			nm.Set(row, sources.FieldRole, enc.Role)
		}
	}
	for _, fld := range []sources.Field{sources.FieldDateContacted, sources.FieldNextStep} {
		if !nm.Has(fld) {
			e.warn("%s has no %q column; not recorded there", netPath, fld.Header())
		}
	}
	// The log.
	lg.Log.Append(sources.LogEntry{Zone: loc.String(), Thread: planner.Thread{Encounter: enc, WindowStart: f.WindowStart, Due: f.Due, Stage: planner.StageOpen}})

	if dry {
		fmt.Fprintf(e.stdout, "dry run: nothing written\n")
		fmt.Fprintf(e.stdout, "%s, row for %s would be:\n  %s\n", netPath, contact.Name, strings.Join(nm.Row(row), " | "))
		fmt.Fprintf(e.stdout, "%s would get:\n  %s\n", logPath, strings.Join(lg.Log.Sheet.Row(lg.Log.Sheet.Len()-1), " | "))
		e.printMet(f, added, true, netPath)
		return nil
	}
	if err := lg.Commit(); err != nil {
		return err
	}
	e.printMet(f, added, false, netPath)
	return nil
}

func (e *env) printMet(f planner.FollowUp, added, dry bool, netPath string) {
	enc := f.Encounter
	who := enc.Name // as in the map: it confirms which row was meant
	if enc.Institution != "" {
		who += " (" + enc.Institution + ")"
	}
	where := ""
	if enc.Where != "" {
		where = " at " + enc.Where
	}
	fmt.Fprintf(e.stdout, "met %s%s, %s\n", who, where, enc.At.Format(whenLayout))
	if added {
		fmt.Fprintf(e.stdout, "%s %s to %s\n", map[bool]string{true: "would add", false: "added"}[dry], enc.Name, netPath)
	}
	fmt.Fprintf(e.stdout, "follow up between %s and %s\n", f.WindowStart.Format(whenLayout), f.Due.Format(whenLayout))
}

// shellQuote quotes a name for a command line the user can copy:
// "Dr. José García-López", or 'Said "Bob" Ali' when double quotes will
// not do.
func shellQuote(s string) string {
	if !strings.ContainsAny(s, "\"$`\\!") {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// whenLayout is how times are shown to the user.
const whenLayout = "Mon Jan 2 15:04 MST"

func howFound(enc planner.Encounter) string {
	if enc.Where == "" {
		return "Met on " + enc.At.Format("2006-01-02")
	}
	return "Met at " + enc.Where
}

func (e *env) listCandidates(nm *sources.NetworkMap, idx []int, format string, args ...any) {
	fmt.Fprintf(e.stderr, "confplan: error: "+format+"\n", args...)
	for _, i := range idx {
		ct := nm.Contacts[i]
		inst := ct.Institution
		if inst == "" {
			inst = "no institution"
		}
		fmt.Fprintf(e.stderr, "confplan: error:   %s:%d: %s (%s)\n", nm.Name(), nm.Line(ct.Row), ct.Name, inst)
	}
}

// whereFrom fills the encounter's place from --where: a program item's ID
// or exact title when program files are loaded, else free text.
func whereFrom(enc *planner.Encounter, where string, m *planner.Meeting) error {
	where = strings.TrimSpace(where)
	if where == "" {
		return nil
	}
	if m != nil {
		var found *planner.Item
		for i := range m.Items {
			if strings.EqualFold(m.Items[i].ID, where) {
				found = &m.Items[i]
				break
			}
		}
		if found == nil {
			for i := range m.Items {
				if strings.EqualFold(strings.TrimSpace(m.Items[i].Title), where) {
					found = &m.Items[i]
					break
				}
			}
		}
		if found != nil {
			enc.Where, enc.ItemID, enc.ItemKind, enc.Room = found.Title, found.ID, found.Kind, found.Room
			return nil
		}
		if looksLikeID(where) {
			return withHint(fmt.Errorf("--where %q: no item with that ID in the program files", where), "check the ID with 'confplan inspect', or describe the place in words")
		}
	}
	enc.Where = where
	enc.ItemKind = planner.GuessKind(where)
	return nil
}

var idLike = regexp.MustCompile(`^[A-Za-z]{0,4}[-_]?\d{1,6}[A-Za-z]?$`)

func looksLikeID(s string) bool { return idLike.MatchString(s) }

// dateLayout writes dates the way the map's Date contacted column
// already does: 9/28/2025, 28.09.2025 or (by default) 2025-09-28.
func dateLayout(nm *sources.NetworkMap) string {
	for _, ct := range nm.Contacts {
		d := ct.DateContacted
		switch {
		case mdyDate.MatchString(d):
			return "1/2/2006"
		case dmyDotDate.MatchString(d):
			return "02.01.2006"
		case isoDate.MatchString(d):
			return "2006-01-02"
		}
	}
	return "2006-01-02"
}

var (
	mdyDate    = regexp.MustCompile(`^\d{1,2}/\d{1,2}/\d{4}$`)
	dmyDotDate = regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.\d{4}$`)
	isoDate    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)
)

// zone returns the zone named by --tz or $CONFPLAN_TZ, or nil.
func (e *env) zone(c *cli.Context) (*time.Location, error) {
	if tz := c.String("tz"); tz != "" {
		return loadZone(tz)
	}
	if tz := os.Getenv(envZone); tz != "" {
		loc, err := loadZone(tz)
		if err != nil {
			return nil, &usageError{msg: fmt.Sprintf("$%s=%q is not an IANA time zone", envZone, tz), hint: "e.g. export " + envZone + "=America/Los_Angeles"}
		}
		return loc, nil
	}
	return nil, nil
}

func noZoneError(cmd string) error {
	return &usageError{msg: fmt.Sprintf("%s: no time zone for the conference", cmd),
		hint: fmt.Sprintf("pass --tz, e.g. --tz America/Los_Angeles, or set %s; confplan never uses the machine's zone", envZone)}
}

// trackedPaths returns the network map's and the encounter log's paths.
func trackedPaths(c *cli.Context) (network, log string) {
	network = c.String("network")
	log = c.String("log")
	if log == "" {
		log = filepath.Join(filepath.Dir(network), "encounters.csv")
	}
	return network, log
}

// openLedger opens the map and the log and prints what Open repaired
// and what it could not understand.
func (e *env) openLedger(netPath, logPath string, opt ledger.Options) (*ledger.Ledger, error) {
	lg, err := ledger.Open(netPath, logPath, opt)
	if err != nil {
		return nil, err
	}
	for _, n := range lg.Notes {
		e.warn("%s", n)
	}
	if lg.Net != nil {
		for _, w := range lg.Net.Warnings {
			e.warn("%s", w)
		}
	}
	for _, w := range lg.Log.Warnings {
		e.warn("%s", w)
	}
	return lg, nil
}

// nameArg returns the NAME of met and done, the positional words joined,
// with flags before or after it; example is the hint when it is missing.
func nameArg(c *cli.Context, example string) (string, error) {
	args, err := splitFlags(c)
	if err != nil {
		return "", err
	}
	name := strings.TrimSpace(strings.Join(args, " "))
	if name == "" {
		return "", &usageError{msg: c.Command.Name + ": no name given", hint: example}
	}
	return name, nil
}

// same reports whether two paths name the same file.
func same(a, b string) bool { return ledger.Same(a, b) }
