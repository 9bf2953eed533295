package sources

// The platform readers (frab/pentabarf XML, pretalx/frab JSON, Sessionize,
// Indico) only turn their files into records: the fields as found, each
// with its place in the file. One stage, here, turns records into items:
// times in the meeting's zone, durations, IDs and duplicates, kinds and
// people, so every such format follows the same rules.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// progRecord is one program entry as an export gives it.
type progRecord struct {
	id, title, typ, track, room string
	start                       jtime
	end                         jtime // used when hasEnd
	hasEnd                      bool
	dur                         time.Duration // used when hasDur and not hasEnd
	hasDur                      bool
	people                      []planner.Person
	parent                      string // the id of the record's session, if any
	session                     string // the session's title, if any
	talk                        bool   // a contribution inside a session
	line                        int
	elem                        string // element path when there is no line
	skip                        string // why the record cannot be used; "" when it can
}

func (r *progRecord) source(file string) string { return source(file, r.line, r.elem) }

func (r *progRecord) warn(file, reason string) *Warning {
	if r.line > 0 && r.elem != "" {
		return &Warning{File: file, Line: r.line, Reason: r.elem + ": " + reason}
	}
	return &Warning{File: file, Line: r.line, Element: r.elem, Reason: reason}
}

// recordZone decides the zone of a file of records: --tz, else the zone
// the file declares (an IANA name, or a label labelZone knows), else a
// known meeting or the offsets of the records' times and of evidence such
// as day starts (see jsonZone). A declared zone confplan does not know
// gives a warning and is ignored.
func recordZone(name string, opt Options, declared string, top map[string]any, recs []progRecord, evidence ...jtime) (*time.Location, string, []*Warning, error) {
	var warns []*Warning
	if opt.Zone == nil && declared != "" {
		if loc := labelZone(declared); loc != nil {
			_, meeting, _ := jsonZone(name, Options{Zone: loc}, top, nil)
			return loc, meeting, nil, nil
		}
		warns = append(warns, &Warning{File: name, Reason: fmt.Sprintf("time zone %q is not an IANA zone name; ignored", clip(declared))})
	}
	var times []jtime
	for i := range recs {
		if recs[i].skip == "" {
			times = append(times, recs[i].start)
		}
	}
	if opt.Zone == nil {
		// Some times with an offset serve those without one, when the
		// offsets agree (and are not merely UTC).
		if off, ok := oneOffset(append(times, evidence...)); ok {
			for i, t := range times {
				if !t.abs {
					times[i] = jtime{inst: t.in(time.FixedZone(offsetName(off), off)), abs: true, hasClock: t.hasClock}
				}
			}
		}
	}
	loc, meeting, err := jsonZone(name, opt, top, times)
	if err != nil {
		reason := "the times are exact UTC instants, but the file does not name the meeting's time zone, which decides its days"
		for _, t := range times {
			if !t.abs {
				reason = "the times are wall-clock times without a UTC offset and the file does not name the meeting's time zone"
				break
			}
		}
		err = noZone(name, reason, "")
	}
	return loc, meeting, warns, err
}

// oneOffset returns the UTC offset that all exact times share; ok is
// false when there are none, they differ, or they are all UTC.
func oneOffset(times []jtime) (off int, ok bool) {
	seen := false
	for _, t := range times {
		if !t.abs {
			continue
		}
		_, o := t.inst.Zone()
		if seen && o != off {
			return 0, false
		}
		off, seen = o, true
	}
	return off, seen && off != 0
}

// buildItems turns records into items in loc. A record without a title
// or a usable time is skipped with a warning; one without an end or a
// duration lasts defaultLength, as in a CSV file (one notice says how
// many). IDs are the export's own; a record without one gets an ID
// derived from its content; an ID that comes twice follows placeItem.
func buildItems(file string, loc *time.Location, recs []progRecord) ([]planner.Item, []*Warning) {
	var items []planner.Item
	var warns []*Warning
	at := make(map[string]int)
	noEnd := 0
	for i := range recs {
		r := &recs[i]
		if r.skip != "" {
			warns = append(warns, r.warn(file, r.skip+"; skipped"))
			continue
		}
		if r.title == "" {
			warns = append(warns, r.warn(file, "no title; skipped"))
			continue
		}
		if !r.start.hasClock {
			warns = append(warns, r.warn(file, fmt.Sprintf("%q has a date but no time; skipped", clip(r.title))))
			continue
		}
		it := planner.Item{Title: r.title, Type: r.typ, Track: r.track, Room: r.room, Source: r.source(file), ParentID: r.parent, Session: r.session}
		it.Start = r.start.in(loc)
		switch {
		case r.hasEnd:
			it.End = r.end.in(loc)
		case r.hasDur:
			it.End = it.Start.Add(r.dur)
		default:
			it.End = it.Start.Add(defaultLength)
			noEnd++
		}
		if it.End.Before(it.Start) {
			warns = append(warns, r.warn(file, fmt.Sprintf("%q ends before it starts; skipped", clip(r.title))))
			continue
		}
		fallback := planner.KindSession
		if r.talk {
			fallback = planner.KindTalk
		}
		// The type says what an item is; a track is usually its topic
		// ("Community and social context" is no reception), so it speaks
		// only when there is no type.
		kindText := it.Type
		if kindText == "" {
			kindText = it.Track
		}
		it.Kind = classify(it.Title, kindText, fallback)
		it.People = fixPeople(r.people)
		it.ID = r.id
		if it.ID == "" {
			it.ID = deriveID(it.Title, it.Start.Format(time.RFC3339), it.Room)
		}
		var note string
		items, _, _, note = placeItem(items, at, it)
		if note != "" {
			warns = append(warns, r.warn(file, note))
		}
	}
	if noEnd > 0 {
		warns = append(warns, &Warning{File: file,
			Reason: fmt.Sprintf("%d item(s) have no end time or duration; each was given %d minutes", noEnd, int(defaultLength/time.Minute))})
	}
	return items, warns
}

// placeItem adds it to a file's items by the one rule every reader
// follows for a repeated ID: the same title at an overlapping or equal
// time is the same item, listed again (its people are merged into the
// first; merged is true); anything else is another item, kept under the
// ID with "~2", "~3" … appended. at maps IDs to their index in items.
// idx is where the item now is. note says what happened to a repeated
// ID, "" when the ID was new.
func placeItem(items []planner.Item, at map[string]int, it planner.Item) (out []planner.Item, idx int, merged bool, note string) {
	if j, dup := at[it.ID]; dup {
		if sameTitle(items[j].Title, it.Title) && (items[j].Overlaps(&it) || items[j].Start.Equal(it.Start)) {
			items[j].People = mergePeople(items[j].People, it.People)
			return items, j, true, fmt.Sprintf("%s is listed again (first at %s); merged", it.ID, items[j].Source)
		}
		base := it.ID
		for n := 2; ; n++ {
			if _, taken := at[base+"~"+strconv.Itoa(n)]; !taken {
				it.ID = base + "~" + strconv.Itoa(n)
				break
			}
		}
		note = fmt.Sprintf("ID %s is used again (first at %s) for %q; kept as %s", base, items[j].Source, clip(it.Title), it.ID)
	}
	at[it.ID] = len(items)
	return append(items, it), len(items), false, note
}

// personCache remembers how names read, for exports that name the same
// speakers again and again; a nil cache remembers nothing.
type personCache map[string]planner.Person

// person reads a person whose name a structured export gives in a field
// of its own: credentials and honorifics are still taken off, but the
// text is never split into several people.
func (c personCache) person(name string, role planner.Role, affiliations ...string) (planner.Person, bool) {
	p, ok := c[name]
	if !ok {
		raw := name
		name = squeeze(stripHTML(name, false))
		if name == "" {
			return planner.Person{}, false
		}
		p = parsePersonText(name)
		if p.Name == "" {
			p = planner.Person{Name: name}
		}
		if c != nil {
			c[raw] = p
		}
	}
	p.Credentials = append([]string(nil), p.Credentials...)
	p.Affiliations = append(make([]string, 0, len(p.Affiliations)+len(affiliations)), p.Affiliations...)
	p.Role = role
	for _, a := range affiliations {
		a = squeeze(stripHTML(a, false))
		if a != "" && !containsAffiliation(p.Affiliations, a) {
			p.Affiliations = append(p.Affiliations, a)
		}
	}
	return p, true
}

// clockDuration reads a schedule duration: "00:45", "1:30", "HH:MM:SS"
// ("00:30:00") or pretalx's "D:HH:MM" for a day or more ("1:02:00"),
// or plain minutes ("45"). Three parts are HH:MM:SS when the first has
// two digits, else D:HH:MM.
func clockDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	bad := fmt.Errorf("duration %q not understood; want hh:mm, e.g. 00:45", clip(s))
	parts := strings.Split(s, ":")
	n := make([]int, len(parts))
	for i, p := range parts {
		if !isDigits(p) || len(p) > 4 {
			return 0, bad
		}
		n[i], _ = strconv.Atoi(p)
	}
	var d time.Duration
	switch len(parts) {
	case 1:
		d = time.Duration(n[0]) * time.Minute
	case 2:
		if n[1] > 59 {
			return 0, bad
		}
		d = time.Duration(n[0])*time.Hour + time.Duration(n[1])*time.Minute
	case 3:
		if n[1] > 59 || n[2] > 59 && len(parts[0]) == 2 {
			return 0, bad
		}
		if len(parts[0]) == 2 {
			d = time.Duration(n[0])*time.Hour + time.Duration(n[1])*time.Minute + time.Duration(n[2])*time.Second
		} else {
			if n[1] > 23 {
				return 0, bad
			}
			d = time.Duration(n[0])*24*time.Hour + time.Duration(n[1])*time.Hour + time.Duration(n[2])*time.Minute
		}
	default:
		return 0, bad
	}
	if d > 14*24*time.Hour {
		return 0, bad
	}
	return d, nil
}
