package sources

// iCalendar program feeds (a Sched "all.ics", a meeting app's calendar
// export), read with golang-ical, which unfolds lines and unescapes text.
//
// Each VEVENT is an item: UID is its ID, SUMMARY its title, LOCATION its
// room, CATEGORIES its type and track, and a DESCRIPTION whose first lines
// are "Speakers: …" (or "Moderator: …", "Panelists: …") gives its people.
// DTSTART/DTEND with a TZID are wall-clock times in that IANA zone (also
// the conference zone unless --tz says otherwise); UTC times are instants,
// shown in the conference zone; floating times are wall-clock times in the
// conference zone. The conference zone is --tz, else the events' TZID,
// else X-WR-TIMEZONE, else a known meeting named by X-WR-CALNAME. All-day
// (DATE) and cancelled events are skipped with a warning.
//
// golang-ical reads floating times in the machine's zone, so times are
// read here from the property values, never with its GetStartAt.

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/confplan/confplan/planner"
)

// icsValue is a DTSTART or DTEND as written.
type icsValue struct {
	date   civilDate
	clk    clock
	utc    bool
	dateOn bool           // VALUE=DATE: no time of day
	tz     *time.Location // from TZID, nil when floating or UTC
	tzName string         // the TZID as written
}

var icsTimeRe = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$`)

// windowsZones maps the Windows zone names Outlook writes as TZID.
var windowsZones = map[string]string{
	"pacific standard time": "America/Los_Angeles", "mountain standard time": "America/Denver",
	"us mountain standard time": "America/Phoenix", "central standard time": "America/Chicago",
	"eastern standard time": "America/New_York", "us eastern standard time": "America/Indiana/Indianapolis",
	"alaskan standard time": "America/Anchorage", "hawaiian standard time": "Pacific/Honolulu",
	"atlantic standard time": "America/Halifax", "gmt standard time": "Europe/London",
	"w. europe standard time": "Europe/Berlin", "romance standard time": "Europe/Paris",
	"central europe standard time": "Europe/Budapest", "e. europe standard time": "Europe/Chisinau",
	"tokyo standard time": "Asia/Tokyo", "china standard time": "Asia/Shanghai",
	"india standard time": "Asia/Kolkata", "aus eastern standard time": "Australia/Sydney",
	"utc": "UTC", "coordinated universal time": "UTC",
}

// icsZone resolves a TZID: an IANA name, one embedded in a longer ID
// ("/mozilla.org/20050126_1/America/New_York"), or a Windows name. The
// machine's zone ("Local", "") is never a zone.
func icsZone(tzid string) (*time.Location, bool) {
	id := strings.Trim(strings.TrimSpace(tzid), `"`)
	if id == "" || strings.EqualFold(id, "local") {
		return nil, false
	}
	if l, ok := windowsZones[strings.ToLower(id)]; ok {
		id = l
	}
	if l, err := time.LoadLocation(id); err == nil {
		return l, true
	}
	parts := strings.Split(id, "/")
	for i := range parts {
		cand := strings.Join(parts[i:], "/")
		if !strings.Contains(cand, "/") {
			break
		}
		if l, err := time.LoadLocation(cand); err == nil {
			return l, true
		}
	}
	return nil, false
}

// icsTime reads the property p ("DTSTART") of an event.
func icsTime(p *ics.IANAProperty) (icsValue, error) {
	var v icsValue
	m := icsTimeRe.FindStringSubmatch(strings.TrimSpace(p.Value))
	if m == nil {
		return v, fmt.Errorf("%s %q is not an iCalendar date-time; want e.g. 20250928T144500", p.IANAToken, p.Value)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return v, fmt.Errorf("%s %q is not a valid date", p.IANAToken, p.Value)
	}
	v.date = civilDate{y, time.Month(mo), d}
	if m[4] == "" {
		v.dateOn = true
		return v, nil
	}
	h, _ := strconv.Atoi(m[4])
	mi, _ := strconv.Atoi(m[5])
	if h > 23 || mi > 59 {
		return v, fmt.Errorf("%s %q is not a valid time", p.IANAToken, p.Value)
	}
	v.clk = clock(h*60 + mi)
	v.utc = m[7] == "Z"
	if tz := p.ICalParameters["TZID"]; len(tz) > 0 && !v.utc {
		v.tzName = tz[0]
		l, ok := icsZone(tz[0])
		if ok {
			v.tz = l
		}
	}
	return v, nil
}

// instant returns v as an instant: UTC, in its TZID zone, or (floating)
// in conf.
func (v icsValue) instant(conf *time.Location) time.Time {
	switch {
	case v.utc:
		return at(v.date, v.clk, time.UTC).In(conf)
	case v.tz != nil:
		return at(v.date, v.clk, v.tz).In(conf)
	}
	return at(v.date, v.clk, conf)
}

// icsEvent is a parsed VEVENT and the line its BEGIN is on.
type icsEvent struct {
	ev   *ics.VEvent
	line int
}

var icsDurationRe = regexp.MustCompile(`^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$`)

// icsDuration reads an RFC 5545 duration.
func icsDuration(s string) (time.Duration, bool) {
	m := icsDurationRe.FindStringSubmatch(strings.ToUpper(strings.TrimSpace(s)))
	if m == nil || m[1] == "-" {
		return 0, false
	}
	var d time.Duration
	for i, unit := range []time.Duration{7 * 24 * time.Hour, 24 * time.Hour, time.Hour, time.Minute, time.Second} {
		if m[i+2] == "" {
			continue
		}
		n, err := strconv.Atoi(m[i+2])
		if err != nil || n > 10000 {
			return 0, false
		}
		d += time.Duration(n) * unit
	}
	return d, true
}

// readICS reads an iCalendar program feed.
func readICS(data []byte, name string, opt Options) (*Result, error) {
	begins, calProps := icsScan(data)
	var events []icsEvent
	var warns []*Warning
	cal, err := ics.ParseCalendarWithOptions(bytes.NewReader(data), ics.WithUnknownPropertyHandler(ics.AcceptUnknownPropertyHandler))
	if err == nil {
		for i, ev := range cal.Events() {
			line := 0
			if len(cal.Events()) == len(begins) {
				line = begins[i]
			}
			events = append(events, icsEvent{ev, line})
		}
	} else {
		// Read event by event, so one broken event does not lose the rest.
		if len(begins) == 0 {
			return nil, &Error{File: name, Reason: "not a readable iCalendar file: " + err.Error(),
				Hint: "export the calendar again (.ics); confplan needs BEGIN:VEVENT … END:VEVENT blocks"}
		}
		chunks := icsChunks(data)
		for _, c := range chunks {
			wrapped := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + c.text + "\r\nEND:VCALENDAR\r\n"
			cc, err := ics.ParseCalendarWithOptions(strings.NewReader(wrapped), ics.WithUnknownPropertyHandler(ics.AcceptUnknownPropertyHandler))
			if err != nil || len(cc.Events()) != 1 {
				reason := "event cannot be read"
				if err != nil {
					reason += ": " + err.Error()
				}
				if !c.closed {
					reason = "event has no END:VEVENT"
				}
				warns = append(warns, &Warning{File: name, Line: c.line, Reason: reason + "; skipped"})
				continue
			}
			events = append(events, icsEvent{cc.Events()[0], c.line})
		}
	}
	calName := firstText(calProps["X-WR-CALNAME"], calProps["NAME"])
	res := &Result{Format: "ical", Meeting: calName}
	if known, _ := guessMeeting([]byte(calName)); known != "" {
		res.Meeting = known // the canonical name, as in every format
	}

	// The conference zone.
	type parsed struct {
		start, end icsValue
		dur        time.Duration
		hasEnd     bool
		ok         bool
	}
	ps := make([]parsed, len(events))
	var evZone *time.Location
	floating, unknownTZ := false, ""
	for i, e := range events {
		where := func(reason string) *Warning {
			w := &Warning{File: name, Line: e.line, Reason: reason}
			if e.line == 0 {
				w.Element = fmt.Sprintf("VEVENT %d", i+1)
			}
			return w
		}
		title := icsProp(e.ev, ics.ComponentPropertySummary)
		sp := e.ev.GetProperty(ics.ComponentPropertyDtStart)
		if sp == nil {
			warns = append(warns, where(fmt.Sprintf("event %q has no DTSTART; skipped", title)))
			continue
		}
		s, err := icsTime(sp)
		if err != nil {
			warns = append(warns, where(fmt.Sprintf("event %q: %v; skipped", title, err)))
			continue
		}
		if s.dateOn {
			warns = append(warns, where(fmt.Sprintf("all-day event %q has no time; skipped", title)))
			continue
		}
		if strings.EqualFold(icsProp(e.ev, ics.ComponentPropertyStatus), "CANCELLED") {
			warns = append(warns, where(fmt.Sprintf("event %q is cancelled; skipped", title)))
			continue
		}
		pr := parsed{start: s, ok: true}
		if ep := e.ev.GetProperty(ics.ComponentPropertyDtEnd); ep != nil {
			en, err := icsTime(ep)
			if err != nil {
				warns = append(warns, where(fmt.Sprintf("event %q: %v; skipped", title, err)))
				continue
			}
			pr.end, pr.hasEnd = en, true
		} else if d, ok := icsDuration(icsProp(e.ev, ics.ComponentPropertyDuration)); ok {
			pr.dur = d
		}
		if s.tzName != "" && s.tz == nil {
			unknownTZ = s.tzName
		}
		if s.tz != nil && evZone == nil {
			evZone = s.tz
		}
		if !s.utc && s.tzName == "" {
			floating = true
		}
		ps[i] = pr
	}
	loc := opt.Zone
	if loc == nil {
		loc = evZone
	}
	if loc == nil {
		if l, ok := icsZone(calProps["X-WR-TIMEZONE"]); ok {
			loc = l
		}
	}
	if loc == nil {
		if n, l := guessMeeting([]byte(calName + "\n" + calProps["X-WR-CALDESC"])); l != nil {
			loc = l
			if res.Meeting == "" {
				res.Meeting = n
			}
		}
	}
	if unknownTZ != "" && opt.Zone == nil {
		return nil, noZone(name, fmt.Sprintf("TZID %q is not a time zone confplan knows", unknownTZ), "")
	}
	if loc == nil {
		reason := "the events' times are exact UTC instants, but the calendar names no time zone: the meeting's zone is needed to show them on its wall clock and to know where its days begin"
		if floating {
			reason = "the events' times have no time zone and the calendar names none"
		}
		for _, p := range ps {
			if p.ok {
				return nil, noZone(name, reason, "")
			}
		}
	}
	if loc != nil && loc.String() == "UTC" && opt.Zone == nil && evZone == nil {
		// A UTC calendar zone says nothing about the meeting's wall clock.
		return nil, noZone(name, "the calendar's only time zone is UTC: its times are exact, but the meeting's own zone is needed to show them on its wall clock and to know where its days begin", "")
	}
	res.Zone = loc

	seen := make(map[string]int) // ID → index in res.Items
	for i, e := range events {
		pr := ps[i]
		if !pr.ok {
			continue
		}
		src := source(name, e.line, fmt.Sprintf("VEVENT %d", i+1))
		it := planner.Item{Title: oneLine(icsProp(e.ev, ics.ComponentPropertySummary)), Source: src}
		warn := func(reason string) {
			w := &Warning{File: name, Line: e.line, Reason: reason}
			if e.line == 0 {
				w.Element = fmt.Sprintf("VEVENT %d", i+1)
			}
			warns = append(warns, w)
		}
		if it.Title == "" {
			warn("event has no SUMMARY; skipped")
			continue
		}
		if pr.start.tzName != "" && pr.start.tz == nil {
			pr.start.tz = opt.Zone // --tz given: read an unknown TZID's wall clock in it
		}
		it.Start = pr.start.instant(loc)
		switch {
		case pr.hasEnd:
			if pr.end.tzName != "" && pr.end.tz == nil {
				pr.end.tz = opt.Zone
			}
			if pr.end.dateOn {
				it.End = it.Start
			} else {
				it.End = pr.end.instant(loc)
			}
		default:
			it.End = it.Start.Add(pr.dur)
		}
		if it.End.Before(it.Start) {
			warn(fmt.Sprintf("event %q ends before it starts; skipped", it.Title))
			continue
		}
		it.ID = strings.TrimSpace(icsProp(e.ev, ics.ComponentPropertyUniqueId))
		it.Room = oneLine(icsProp(e.ev, ics.ComponentPropertyLocation))
		var cats []string
		for _, p := range e.ev.GetProperties(ics.ComponentPropertyCategories) {
			for _, c := range strings.Split(p.Value, ",") {
				if c = strings.TrimSpace(c); c != "" && !contains(cats, c) {
					cats = append(cats, c)
				}
			}
		}
		if len(cats) > 0 {
			it.Type = cats[0]
			it.Track = strings.Join(cats, ", ")
		}
		it.Kind = classify(it.Title, strings.Join(cats, " "), planner.KindSession)
		if it.Kind == planner.KindTalk {
			it.Kind = planner.KindSession
		}
		it.People = fixPeople(icsPeople(stripHTML(icsProp(e.ev, ics.ComponentPropertyDescription), false)))
		if it.ID == "" {
			it.ID = deriveID(it.Title, it.Start.Format(time.RFC3339), it.Room)
		}
		if _, dup := seen[it.ID]; dup {
			// Recurrence overrides share a UID; keep each occurrence apart.
			it.ID = deriveID(it.ID, it.Start.Format(time.RFC3339))
		}
		var note string
		if res.Items, _, _, note = placeItem(res.Items, seen, it); note != "" {
			warn("event " + note)
		}
	}
	res.Warnings = warns
	return res, nil
}

func icsProp(ev *ics.VEvent, p ics.ComponentProperty) string {
	if v := ev.GetProperty(p); v != nil {
		return strings.TrimSpace(v.Value)
	}
	return ""
}

// icsScan returns the lines of the BEGIN:VEVENT lines and the calendar's
// own properties (X-WR-CALNAME, X-WR-TIMEZONE, NAME), unfolded.
func icsScan(data []byte) ([]int, map[string]string) {
	var begins []int
	props := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), MaxInput+1)
	line, depth := 0, 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		u := strings.ToUpper(l)
		switch {
		case strings.HasPrefix(u, "BEGIN:VEVENT"):
			begins = append(begins, line)
			depth++
		case strings.HasPrefix(u, "BEGIN:") && !strings.HasPrefix(u, "BEGIN:VCALENDAR"):
			depth++
		case strings.HasPrefix(u, "END:") && !strings.HasPrefix(u, "END:VCALENDAR"):
			depth--
		case depth == 0:
			for _, k := range []string{"X-WR-CALNAME", "X-WR-TIMEZONE", "X-WR-CALDESC", "NAME"} {
				if strings.HasPrefix(u, k+":") || strings.HasPrefix(u, k+";") {
					if i := strings.Index(l, ":"); i >= 0 && props[k] == "" {
						props[k] = ics.FromText(strings.TrimSpace(l[i+1:]))
					}
				}
			}
		}
	}
	return begins, props
}

// icsChunk is the raw text of one VEVENT.
type icsChunk struct {
	text   string
	line   int
	closed bool
}

// icsChunks splits data into its VEVENT blocks.
func icsChunks(data []byte) []icsChunk {
	var out []icsChunk
	var cur *icsChunk
	var b strings.Builder
	line := 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), MaxInput+1)
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		u := strings.ToUpper(l)
		if strings.HasPrefix(u, "BEGIN:VEVENT") {
			if cur != nil {
				cur.text = b.String()
				out = append(out, *cur)
			}
			cur = &icsChunk{line: line}
			b.Reset()
		}
		if cur == nil {
			continue
		}
		b.WriteString(l)
		b.WriteString("\r\n")
		if strings.HasPrefix(u, "END:VEVENT") {
			cur.text, cur.closed = strings.TrimSuffix(b.String(), "\r\n"), true
			out = append(out, *cur)
			cur = nil
		}
	}
	if cur != nil {
		cur.text = b.String()
		out = append(out, *cur)
	}
	return out
}

// icsPeople reads the role lines a DESCRIPTION starts with: "Speakers:
// Jane Doe, MD; John Roe", "Moderator: …". Names may be separated by ";"
// or by "," (credentials after a comma stay with their name).
func icsPeople(desc string) []planner.Person {
	var out []planner.Person
	for _, l := range strings.Split(desc, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			if len(out) > 0 {
				break
			}
			continue
		}
		label, rest, ok := strings.Cut(l, ":")
		if !ok {
			break
		}
		role, ok := roleFromLabel(label, false)
		if !ok {
			break
		}
		for _, t := range splitNames(rest) {
			per := parsePersonText(t)
			if per.Name == "" {
				continue
			}
			per.Role = role
			out = append(out, per)
		}
	}
	return out
}

// credentialPiece matches a comma-separated piece that is credentials,
// not a name: "MD", "PhD", "MD, PhD", "FACR".
var credentialPiece = regexp.MustCompile(`^(?:[A-Z][A-Z.\-]{1,7}|PhD|MSc|MBChB|DPhil|MHSc|MSPH|MMSc|PharmD|EdD|DrPH|ScD|MEd)$`)

// splitNames splits a list of names on ";" or, without any ";", on ","
// — keeping credentials ("Jane Doe, MD, PhD") and "(Affiliation, City)"
// with their name.
func splitNames(s string) []string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, ";") {
		return strings.Split(s, ";")
	}
	var out []string
	depth := 0
	start := 0
	pieces := []string{}
	for i, r := range s {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case ',':
			if depth == 0 {
				pieces = append(pieces, s[start:i])
				start = i + 1
			}
		}
	}
	pieces = append(pieces, s[start:])
	for _, p := range pieces {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		core := strings.TrimSpace(p)
		if i := strings.Index(core, "("); i > 0 {
			core = strings.TrimSpace(core[:i])
		}
		if len(out) > 0 && credentialPiece.MatchString(core) {
			out[len(out)-1] += ", " + p
			continue
		}
		out = append(out, p)
	}
	return out
}
