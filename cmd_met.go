package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// envZone names the environment variable that gives met, followups and
// done their default conference zone when --tz is not given.
const envZone = "CONFPLAN_TZ"

// trackingFlags are the files met, followups and done keep current.
func trackingFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "network", Value: "network.csv", Usage: "your network map `CSV`"},
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
	if !dry {
		unlock, err := lockFiles(netPath, logPath)
		if err != nil {
			return err
		}
		defer unlock()
	}
	st, err := e.readState(netPath, logPath)
	if err != nil {
		return err
	}
	nm := st.net

	// Who.
	row := -1
	if !c.Bool("new") {
		hits, near := findContact(nm.Contacts, name, enc.Institution)
		switch {
		case len(hits) == 1:
			row = nm.Contacts[hits[0]].Row
		case len(hits) > 1:
			e.listCandidates(nm, hits, "several people in %s could be %q; nothing written", netPath, name)
			fmt.Fprintf(e.stderr, "confplan: hint: use the name as written in the map, or add --institution\n")
			return errSilent
		case len(near) > 0:
			e.listCandidates(nm, near, "no one in %s is clearly %q, but these are close; nothing written", netPath, name)
			fmt.Fprintf(e.stderr, "confplan: hint: use the name as written in the map, add --institution, or pass --new to add a new person\n")
			return errSilent
		case !fullName(name):
			// "Patel": too little to tell who, and too little for a new row.
			same := byWords(nm.Contacts, name)
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
		}
	}
	if row < 0 && !c.Bool("new") {
		// A typo ("Jennifer Smtih") is no new person: ask before adding
		// a second row for someone already in the map.
		var similar []int
		for i, ct := range nm.Contacts {
			if planner.LooksLike(name, ct.Name) {
				similar = append(similar, i)
			}
		}
		if len(similar) > 0 {
			e.listCandidates(nm, similar, "no one in %s is %q, but these names are close; nothing written", netPath, name)
			ct := nm.Contacts[similar[0]]
			fmt.Fprintf(e.stderr, "confplan: hint: if you mean %s, run confplan met %s again with your flags; to add %q as a new person, pass --new\n",
				planner.DisplayName(ct.Name), shellQuote(ct.Name), name)
			return errSilent
		}
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
	next := "Follow up by " + f.Due.Format(dateFmt)
	if added {
		row = nm.Add(map[sources.Field]string{
			sources.FieldName:          name,
			sources.FieldInstitution:   enc.Institution,
			sources.FieldEmail:         enc.Email,
			sources.FieldRole:          enc.Role,
			sources.FieldHowFound:      howFound(enc),
			sources.FieldDateContacted: at.Format(dateFmt),
			sources.FieldNextStep:      next,
		})
	} else {
		nm.Set(row, sources.FieldDateContacted, at.Format(dateFmt))
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
	st.log.Append(sources.LogEntry{Encounter: enc, Zone: loc.String(), WindowStart: f.WindowStart, Due: f.Due, Status: sources.LogOpen})

	if dry {
		fmt.Fprintf(e.stdout, "dry run: nothing written\n")
		fmt.Fprintf(e.stdout, "%s, row for %s would be:\n  %s\n", netPath, contact.Name, strings.Join(nm.Sheet.Row(row), " | "))
		fmt.Fprintf(e.stdout, "%s would get:\n  %s\n", logPath, strings.Join(st.log.Sheet.Row(st.log.Sheet.Len()-1), " | "))
		e.printMet(f, added, true, netPath)
		return nil
	}
	if err := e.writeState(st); err != nil {
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
		fmt.Fprintf(e.stderr, "  %s:%d: %s (%s)\n", nm.Sheet.Name, nm.Sheet.Line(ct.Row), ct.Name, inst)
	}
}

// findContact finds name in the network map with the matching 'match'
// uses (planner.Matcher), so "Jennifer Smith", "Smith, Jennifer" and
// "Dr. Jennifer A. Smith, MD" are the same contact. hits are the contacts
// the name (and the institution, when given) fits; when there are none,
// near are contacts whose name fits once their own institution is
// assumed: people the user might mean but did not identify clearly
// enough to add a second row for them without asking.
func findContact(contacts []planner.Contact, name, institution string) (hits, near []int) {
	if len(contacts) == 0 {
		return nil, nil
	}
	matcher := planner.NewMatcher(&planner.Targets{People: contacts}, planner.MatchOptions{})
	lookup := func(aff string) []int {
		p := planner.Person{Name: name, Role: planner.RoleSpeaker}
		if aff != "" {
			p.Affiliations = []string{aff}
		}
		var out []int
		for _, mt := range matcher.Match([]planner.Item{{ID: "met", People: []planner.Person{p}}}) {
			if mt.TargetType == planner.TargetPerson && !containsInt(out, mt.TargetIndex) {
				out = append(out, mt.TargetIndex)
			}
		}
		return out
	}
	hits = lookup(institution)
	if len(hits) > 0 {
		return hits, nil
	}
	if institution != "" {
		// Known under another institution (moved, or a different person).
		return nil, lookup("")
	}
	seen := make(map[string]bool)
	for i, ct := range contacts {
		if ct.Institution == "" || seen[ct.Institution] {
			continue
		}
		seen[ct.Institution] = true
		for _, j := range lookup(ct.Institution) {
			if contacts[j].Institution == ct.Institution && !containsInt(near, j) {
				near = append(near, j)
			}
		}
		_ = i
	}
	return nil, near
}

// significantWords are a name's words without titles and degrees, in
// lower case: "Dr. Zhang, PhD" gives ["zhang"].
func significantWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' || r == ';' }) {
		// The lists of titles, degrees and suffixes are planner's.
		k := strings.Trim(w, "()")
		if strings.Trim(k, ".") == "" || planner.IsHonorific(k) || planner.IsCredential(k) || planner.IsSuffix(k) {
			continue
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

// fullName reports whether name has at least a given name and a surname
// once titles and degrees are set aside ("Dr. Patel, MD" has not).
func fullName(name string) bool { return len(significantWords(name)) >= 2 }

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
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

// parseWhen reads a time as users type it, in loc: "2025-09-28 14:30",
// "2025-09-28T14:30", RFC 3339 (its offset is kept as the instant),
// "9/28/2025 2:30 PM", "Sep 28 2:30pm" or "28 September 14:30" (this
// year), or a time alone ("14:30", "2:30pm", "yesterday 18:30"), which
// means that time on now's date (or the day before) in loc.
func parseWhen(s string, loc *time.Location, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(loc), nil
	}
	norm := strings.ToUpper(strings.Join(strings.Fields(strings.ReplaceAll(s, ".", "")), " "))
	norm = strings.NewReplacer(" AM", "AM", " PM", "PM").Replace(norm)
	for _, layout := range []string{
		"2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02T15:04:05",
		"2006-01-02 3:04PM", "2006-01-02 3PM", "1/2/2006 15:04", "1/2/2006 3:04PM", "1/2/2006 3PM",
	} {
		if t, err := time.ParseInLocation(layout, norm, loc); err == nil {
			return t, nil
		}
	}
	// "Sep 28 2:30pm", "28 September, 14:30": this year.
	dm := strings.ReplaceAll(norm, ",", "")
	for _, layout := range []string{
		"Jan 2 15:04", "Jan 2 3:04PM", "Jan 2 3PM", "2 Jan 15:04", "2 Jan 3:04PM", "2 Jan 3PM",
		"January 2 15:04", "January 2 3:04PM", "January 2 3PM", "2 January 15:04", "2 January 3:04PM", "2 January 3PM",
	} {
		if t, err := time.ParseInLocation(layout, dm, loc); err == nil {
			return time.Date(now.In(loc).Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, loc), nil
		}
	}
	// A time alone is today's; "yesterday 18:30" is yesterday's.
	day := now.In(loc)
	clockPart := norm
	switch {
	case strings.HasPrefix(norm, "TODAY "):
		clockPart = strings.TrimPrefix(norm, "TODAY ")
	case strings.HasPrefix(norm, "YESTERDAY "):
		clockPart = strings.TrimPrefix(norm, "YESTERDAY ")
		day = day.AddDate(0, 0, -1)
	}
	for _, layout := range []string{"15:04", "3:04PM", "3PM"} {
		if t, err := time.ParseInLocation(layout, clockPart, loc); err == nil {
			return time.Date(day.Year(), day.Month(), day.Day(), t.Hour(), t.Minute(), 0, 0, loc), nil
		}
	}
	if t, err := time.ParseInLocation("2006-01-02", norm, loc); err == nil {
		return t, nil
	}
	return time.Time{}, errors.New("not a time confplan understands")
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

// state is the network map and the encounter log as read, with what is
// needed to write them back safely.
type state struct {
	netPath, logPath string
	net              *sources.NetworkMap
	log              *sources.EncounterLog
	netData, logData []byte
	netWas, logWas   fileState
}

// readState reads the network map (which must exist) and the encounter
// log (created when missing).
func (e *env) readState(netPath, logPath string) (*state, error) {
	st := &state{netPath: netPath, logPath: logPath}
	if same(netPath, logPath) {
		return nil, &usageError{msg: "--log and --network name the same file", hint: "the encounter log is a separate CSV, e.g. --log encounters.csv"}
	}
	var err error
	st.netData, st.netWas, err = readTracked(netPath)
	if err != nil {
		return nil, err
	}
	if !st.netWas.exists {
		return nil, withHint(fmt.Errorf("%s: no such file", netPath), "pass your network map with --network, or create a CSV with the header Name,Role,Institution,Email,How I found them,Date contacted,Response,Next step")
	}
	sheet, err := sources.ParseSheet(st.netData, netPath)
	if err != nil {
		return nil, err
	}
	if st.net, err = sources.NewNetworkMap(sheet); err != nil {
		return nil, err
	}
	for _, w := range st.net.Warnings {
		e.warn("%s", w)
	}
	st.logData, st.logWas, err = readTracked(logPath)
	if err != nil {
		return nil, err
	}
	if st.log, err = sources.ReadEncounterLog(bytes.NewReader(st.logData), logPath); err != nil {
		return nil, err
	}
	st.log.Like(st.net.Sheet)
	for _, w := range st.log.Warnings {
		e.warn("%s", w)
	}
	return st, nil
}

// writeState writes the log, then the map. If the map cannot be written,
// the log is put back as it was, so a failed command leaves both files
// as they were.
func (e *env) writeState(st *state) error {
	logOut := st.log.Sheet.Bytes()
	netOut := st.net.Sheet.Bytes()
	if testOnlyBeforeWrite != nil {
		testOnlyBeforeWrite()
	}
	// Check both before writing either.
	for _, f := range []struct {
		path string
		was  fileState
	}{{st.logPath, st.logWas}, {st.netPath, st.netWas}} {
		if err := checkWritable(f.path, f.was); err != nil {
			return err
		}
		if err := checkUnchanged(f.path, f.was); err != nil {
			return err
		}
	}
	logChanged := !bytes.Equal(logOut, st.logData) || !st.logWas.exists
	if logChanged {
		if err := writeAtomic(st.logPath, logOut, st.logWas, false); err != nil {
			return err
		}
	}
	if !bytes.Equal(netOut, st.netData) {
		if err := writeAtomic(st.netPath, netOut, st.netWas, true); err != nil {
			if logChanged {
				if st.logWas.exists {
					if rerr := writeFileAtomic(st.logPath, st.logData, st.logWas.mode.Perm()); rerr != nil {
						e.warn("could not put %s back as it was: %v", st.logPath, rerr)
					}
				} else {
					os.Remove(st.logPath)
				}
			}
			return err
		}
	}
	return nil
}

// same reports whether two paths name the same file.
func same(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	if err1 == nil && err2 == nil && aa == bb {
		return true
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// splitFlags lets flags follow positional arguments, as in
// `confplan met "Jane Doe" --at 14:30`: urfave/cli stops reading flags at
// the first argument, so the command reads the rest itself. Everything
// after "--" is an argument. It returns the positional arguments.
func splitFlags(c *cli.Context) ([]string, error) {
	in := c.Args().Slice()
	var pos []string
	for i := 0; i < len(in); i++ {
		a := in[i]
		if a == "--" {
			pos = append(pos, in[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		value, hasValue := "", false
		if k, v, ok := strings.Cut(name, "="); ok {
			name, value, hasValue = k, v, true
		}
		if name == "help" || name == "h" {
			if err := cli.ShowSubcommandHelp(c); err != nil {
				return nil, err
			}
			return nil, errHelpShown
		}
		fl := findFlag(c.Command.Flags, name)
		if fl == nil {
			return nil, &usageError{msg: "flag provided but not defined: -" + name, hint: fmt.Sprintf("see 'confplan %s --help'", c.Command.Name)}
		}
		if _, isBool := fl.(*cli.BoolFlag); isBool {
			if !hasValue {
				value = "true"
			}
		} else if !hasValue {
			if i+1 >= len(in) {
				return nil, &usageError{msg: "flag needs an argument: -" + name, hint: fmt.Sprintf("see 'confplan %s --help'", c.Command.Name)}
			}
			i++
			value = in[i]
		}
		if err := c.Set(fl.Names()[0], value); err != nil {
			return nil, &usageError{msg: fmt.Sprintf("invalid value %q for flag -%s: %v", value, name, err)}
		}
	}
	return pos, nil
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

// errHelpShown ends a command successfully after --help was given among
// its arguments.
var errHelpShown = errors.New("help shown")

func findFlag(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return f
			}
		}
	}
	return nil
}
