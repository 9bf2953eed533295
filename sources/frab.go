package sources

// frab / pentabarf schedules, as frab, pretalx, wafer, indico's frab
// plugin and c3voc's tools write them, in XML ("frab-xml"):
//
//	<schedule><conference><title/><time_zone_name/></conference>
//	  <day date="2023-09-10" start="…" end="…"><room name="…">
//	    <event id="35" guid="…"><date>2023-09-10T05:00:00+00:00</date>
//	      <start>10:30</start><duration>00:20</duration><room/><title/>
//	      <subtitle/><track/><type/><persons><person id="63">Name</person>…
//
// and in JSON ("frab-json", the c3voc schema):
//
//	{"schedule": {"conference": {"title", "time_zone_name", "days": [
//	  {"date", "day_start", "day_end", "rooms": {"Room": [event…]}}]}}}
//
// An event's <date>, when it carries a UTC offset, is its exact start
// (wafer writes it in UTC while <start> is the local wall clock). Without
// an offset the start is the day's date at <start> in the conference
// zone; a start before the day's own start (a day running 10:00 to 04:00)
// falls on the next calendar date; pentabarf's <day_change> says when a
// day begins where <day> has no start. <duration> is hh:mm (pretalx writes
// d:hh:mm past a day). The zone is --tz, else <time_zone_name>, else the
// offsets of the times.

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/confplan/confplan/planner"
)

// frabEvent is one <event> with the day and room it sits in, as found.
type frabEvent struct {
	ID       string       `xml:"id,attr" json:"-"`
	GUID     string       `xml:"guid,attr" json:"guid"`
	Date     string       `xml:"date" json:"date"`
	Start    string       `xml:"start" json:"start"`
	Duration string       `xml:"duration" json:"duration"`
	Room     string       `xml:"room" json:"room"`
	Title    string       `xml:"title" json:"title"`
	Subtitle string       `xml:"subtitle" json:"subtitle"`
	Track    string       `xml:"track" json:"track"`
	Type     string       `xml:"type" json:"type"`
	Persons  []frabPerson `xml:"persons>person" json:"persons"`

	JSONID   any `xml:"-" json:"id"`
	dayDate  string
	dayStart string
	roomName string
	line     int
	elem     string
}

// frabPerson is a <person>: its name as text (XML) or public_name/name
// (JSON), and a role where a generator gives one.
type frabPerson struct {
	Name        string `xml:",chardata" json:"-"`
	Role        string `xml:"role,attr" json:"role"`
	JName       string `xml:"-" json:"name"`
	PublicName  string `xml:"-" json:"public_name"`
	FullName    string `xml:"-" json:"full_public_name"`
	Affiliation string `xml:"affiliation,attr" json:"affiliation"`
}

func (p frabPerson) name() string { return firstText(p.Name, p.JName, p.PublicName, p.FullName) }

type frabConference struct {
	Title     string `xml:"title" json:"title"`
	Acronym   string `xml:"acronym" json:"acronym"`
	ZoneName  string `xml:"time_zone_name" json:"time_zone_name"`
	DayChange string `xml:"day_change" json:"day_change"` // pentabarf: when a day begins ("09:00")
}

// isFrabXML reports whether the XML document's root element is <schedule>.
func isFrabXML(head []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false
	for range 64 {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if se, ok := tok.(xml.StartElement); ok {
			return strings.EqualFold(se.Name.Local, "schedule")
		}
	}
	return false
}

func xmlCharset(label string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "iso-8859-1", "latin1", "latin-1", "iso8859-1":
		return charmap.ISO8859_1.NewDecoder().Reader(r), nil
	case "windows-1252", "cp1252":
		return charmap.Windows1252.NewDecoder().Reader(r), nil
	case "us-ascii", "ascii":
		return r, nil
	}
	return nil, fmt.Errorf("encoding %q is not supported; save the file as UTF-8", label)
}

// readFrabXML reads a frab/pentabarf schedule XML file.
func readFrabXML(data []byte, name string, opt Options) (*Result, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = xmlCharset
	var conf frabConference
	var events []frabEvent
	var dayDate, dayStart, room string
	var warns []*Warning
	days, inEvents := 0, 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			if len(events) == 0 {
				return nil, &Error{File: name, Line: line, Reason: "invalid XML: " + err.Error(), Hint: "export the schedule again; it may be cut short"}
			}
			warns = append(warns, &Warning{File: name, Line: line, Reason: fmt.Sprintf("the XML ends early (%v); read the %d events before this line", err, len(events))})
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "conference":
			if err := xmlConference(d, &conf); err != nil {
				line, _ := d.InputPos()
				return nil, &Error{File: name, Line: line, Reason: "invalid XML in <conference>: " + err.Error()}
			}
		case "day":
			days++
			dayDate, dayStart, room = xmlAttr(se, "date"), xmlAttr(se, "start"), ""
		case "room":
			room = xmlAttr(se, "name")
		case "event":
			line, _ := d.InputPos()
			ev, err := xmlEvent(d, se)
			if err != nil {
				warns = append(warns, &Warning{File: name, Line: line, Reason: fmt.Sprintf("<event id=%q>: %v; skipped", xmlAttr(se, "id"), err)})
				continue
			}
			inEvents++
			ev.dayDate, ev.dayStart, ev.roomName, ev.line = dayDate, dayStart, room, line
			events = append(events, ev)
		}
	}
	if inEvents == 0 && days == 0 {
		return nil, &Error{File: name, Reason: "a <schedule> without <day> or <event> elements", Hint: "export the conference's schedule.xml (frab/pentabarf format)"}
	}
	return frabResult("frab-xml", name, opt, conf, events, warns)
}

// xmlConference reads the <conference> whose start tag was just read.
func xmlConference(d *xml.Decoder, c *frabConference) error {
	var text []byte
	var field *string
	depth := 0
	for {
		tok, err := d.RawToken()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			text, field = text[:0], nil
			if depth == 1 {
				switch t.Name.Local {
				case "title":
					field = &c.Title
				case "acronym":
					field = &c.Acronym
				case "time_zone_name":
					field = &c.ZoneName
				case "day_change":
					field = &c.DayChange
				}
			}
		case xml.CharData:
			if field != nil {
				text = append(text, t...)
			}
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			if field != nil {
				*field = strings.TrimSpace(string(text))
				field = nil
			}
			depth--
		}
	}
}

// xmlEvent reads an <event> whose start tag was just read: the text of
// its child elements, and its <persons>. Walking the raw tokens costs a
// fraction of DecodeElement's reflection; the file is read leniently, so
// tags need not match.
func xmlEvent(d *xml.Decoder, se xml.StartElement) (frabEvent, error) {
	ev := frabEvent{ID: xmlAttr(se, "id"), GUID: xmlAttr(se, "guid")}
	var text []byte
	var field *string // the child being read
	var person *frabPerson
	depth := 0
	for {
		tok, err := d.RawToken()
		if err != nil {
			return ev, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			text = text[:0]
			field = nil
			switch {
			case depth == 1:
				switch t.Name.Local {
				case "date":
					field = &ev.Date
				case "start":
					field = &ev.Start
				case "duration":
					field = &ev.Duration
				case "room":
					field = &ev.Room
				case "title":
					field = &ev.Title
				case "subtitle":
					field = &ev.Subtitle
				case "track":
					field = &ev.Track
				case "type":
					field = &ev.Type
				}
			case depth == 2 && t.Name.Local == "person":
				ev.Persons = append(ev.Persons, frabPerson{Role: xmlAttr(t, "role"), Affiliation: xmlAttr(t, "affiliation")})
				person = &ev.Persons[len(ev.Persons)-1]
				field = &person.Name
			}
		case xml.CharData:
			if field != nil {
				text = append(text, t...)
			}
		case xml.EndElement:
			if depth == 0 {
				return ev, nil
			}
			if field != nil {
				*field = strings.TrimSpace(string(text))
				field = nil
			}
			depth--
		}
	}
}

func xmlAttr(se xml.StartElement, key string) string {
	for _, a := range se.Attr {
		if a.Name.Local == key {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

// isFrabJSON reports whether a JSON document looks like a frab schedule:
// a "schedule" object holding "conference" near the top.
func isFrabJSON(data []byte) bool {
	head := data[:min(len(data), 8192)]
	return bytes.Contains(head, []byte(`"schedule"`)) && bytes.Contains(head, []byte(`"conference"`)) &&
		bytes.Contains(data, []byte(`"days"`)) && !bytes.Contains(head, []byte(`"@context"`))
}

// frabJSONDoc is a schedule JSON file; R is how a day's rooms decode.
type frabJSONDoc[R any] struct {
	Schedule struct {
		Conference struct {
			frabConference
			Days []struct {
				Date     string       `json:"date"`
				DayStart string       `json:"day_start"`
				Rooms    map[string]R `json:"rooms"`
			} `json:"days"`
		} `json:"conference"`
	} `json:"schedule"`
}

// readFrabJSON reads a pretalx/frab schedule JSON file. The whole file is
// decoded at once; only when an event does not fit is it decoded again
// event by event, so that one bad event costs only itself.
func readFrabJSON(data []byte, name string, opt Options) (*Result, error) {
	var events []frabEvent
	var warns []*Warning
	var conf frabConference
	var typed frabJSONDoc[[]frabEvent]
	if err := json.Unmarshal(data, &typed); err == nil {
		conf = typed.Schedule.Conference.frabConference
		if len(typed.Schedule.Conference.Days) == 0 {
			return nil, &Error{File: name, Element: "schedule.conference", Reason: "the schedule has no days", Hint: "export the schedule again once talks are scheduled"}
		}
		for di, day := range typed.Schedule.Conference.Days {
			for _, r := range sortedRooms(day.Rooms) {
				for ei := range day.Rooms[r] {
					ev := day.Rooms[r][ei]
					ev.elem = fmt.Sprintf("days[%d].rooms[%q][%d]", di, r, ei)
					ev.dayDate, ev.dayStart, ev.roomName = day.Date, day.DayStart, r
					events = append(events, ev)
				}
			}
		}
	} else {
		var doc frabJSONDoc[json.RawMessage]
		dec := json.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(&doc); err != nil {
			return nil, jsonErr(name, data, dec, err)
		}
		conf = doc.Schedule.Conference.frabConference
		if len(doc.Schedule.Conference.Days) == 0 {
			return nil, &Error{File: name, Element: "schedule.conference", Reason: "the schedule has no days", Hint: "export the schedule again once talks are scheduled"}
		}
		for di, day := range doc.Schedule.Conference.Days {
			for _, r := range sortedRooms(day.Rooms) {
				var list []json.RawMessage
				if err := json.Unmarshal(day.Rooms[r], &list); err != nil {
					warns = append(warns, &Warning{File: name, Element: fmt.Sprintf("days[%d].rooms[%q]", di, r), Reason: "not a list of events; skipped"})
					continue
				}
				for ei, raw := range list {
					elem := fmt.Sprintf("days[%d].rooms[%q][%d]", di, r, ei)
					var ev frabEvent
					if err := json.Unmarshal(raw, &ev); err != nil {
						warns = append(warns, &Warning{File: name, Element: elem, Reason: fmt.Sprintf("event not understood (%v); skipped", err)})
						continue
					}
					ev.dayDate, ev.dayStart, ev.roomName, ev.elem = day.Date, day.DayStart, r, elem
					events = append(events, ev)
				}
			}
		}
	}
	for i := range events {
		events[i].ID = idText(events[i].JSONID)
	}
	return frabResult("frab-json", name, opt, conf, events, warns)
}

func sortedRooms[R any](m map[string]R) []string {
	rooms := make([]string, 0, len(m))
	for r := range m {
		rooms = append(rooms, r)
	}
	sort.Strings(rooms)
	return rooms
}

// frabResult turns a schedule's events into the file's result.
func frabResult(format, name string, opt Options, conf frabConference, events []frabEvent, warns []*Warning) (*Result, error) {
	recs := make([]progRecord, len(events))
	people := personCache{}
	for i := range events {
		ev := &events[i]
		r := &recs[i]
		r.line, r.elem = ev.line, ev.elem
		if ev.line > 0 {
			r.elem = ""
		}
		r.id = firstText(ev.ID, ev.GUID)
		r.title = oneLine(ev.Title)
		if s := oneLine(ev.Subtitle); s != "" && r.title == "" {
			r.title = s
		}
		r.room = firstText(oneLine(ev.Room), oneLine(ev.roomName))
		r.track, r.typ = oneLine(ev.Track), oneLine(ev.Type)
		for _, p := range ev.Persons {
			role := planner.RoleSpeaker
			if rl, ok := roleLabel(p.Role); ok {
				role = rl
			}
			if per, ok := people.person(p.name(), role, p.Affiliation); ok {
				r.people = append(r.people, per)
			}
		}
		start, err := frabStart(ev)
		if err != nil {
			r.skip = fmt.Sprintf("%q: %v", clip(r.title), err)
			continue
		}
		r.start = start
		if strings.TrimSpace(ev.Duration) != "" {
			d, err := clockDuration(ev.Duration)
			if err != nil {
				r.skip = fmt.Sprintf("%q: %v", clip(r.title), err)
				continue
			}
			r.dur, r.hasDur = d, true
		}
	}
	top := map[string]any{"title": conf.Title, "acronym": conf.Acronym}
	var days []jtime
	for i := range events {
		if t, err := parseJTime(events[i].dayStart, DateAuto); err == nil && t.abs {
			days = append(days, t)
		}
	}
	loc, meeting, zw, err := recordZone(name, opt, strings.TrimSpace(conf.ZoneName), top, recs, days...)
	if err != nil {
		return nil, err
	}
	warns = append(warns, zw...)
	// A wall-clock start before its day's start (the <day>'s start, else
	// pentabarf's <day_change>) belongs to the next date.
	for i := range recs {
		r := &recs[i]
		dayStart := events[i].dayStart
		if dayStart == "" && conf.DayChange != "" && events[i].dayDate != "" {
			dayStart = dateOnly(events[i].dayDate) + " " + strings.TrimSpace(conf.DayChange)
		}
		if r.skip != "" || r.start.abs || dayStart == "" {
			continue
		}
		ds, err := parseJTime(dayStart, DateAuto)
		if err != nil || !ds.hasClock {
			continue
		}
		if r.start.in(loc).Before(ds.in(loc)) {
			r.start = r.start.add(24 * time.Hour)
		}
	}
	items, bw := buildItems(name, loc, recs)
	warns = append(warns, bw...)
	for i := range items {
		if items[i].Kind == planner.KindTalk {
			items[i].Kind = planner.KindSession
		}
	}
	if meeting == "" {
		meeting = oneLine(conf.Title)
	}
	return &Result{Format: format, Meeting: meeting, Zone: loc, Items: items, Warnings: warns}, nil
}

// frabStart reads an event's start: its <date> when that is a full time,
// else the day's date at <start>.
func frabStart(ev *frabEvent) (jtime, error) {
	if s := strings.TrimSpace(ev.Date); s != "" {
		t, err := parseJTime(s, DateAuto)
		if err == nil && t.hasClock {
			return t, nil
		}
		if err == nil && strings.TrimSpace(ev.Start) == "" {
			return jtime{}, errors.New("<date> has no time and there is no <start>")
		}
	}
	date := firstText(dateOnly(ev.Date), dateOnly(ev.dayDate))
	st := strings.TrimSpace(ev.Start)
	if date == "" || st == "" {
		return jtime{}, errors.New("no <date> or <start>")
	}
	if t, err := parseJTime(st, DateAuto); err == nil && t.hasClock {
		return t, nil // a full time in <start>
	}
	d, err := parseDate(date, DateAuto)
	if err != nil {
		return jtime{}, err
	}
	c, err := parseClock(st)
	if err != nil {
		return jtime{}, fmt.Errorf("start %q: %v", clip(st), err)
	}
	return jtime{date: d, clk: c, hasClock: true}, nil
}

// dateOnly returns the YYYY-MM-DD part of a date or date-time.
func dateOnly(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		return s[:10]
	}
	return s
}

// idText is a JSON id, a number or a string, as text.
func idText(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case json.Number:
		return x.String()
	}
	return ""
}
