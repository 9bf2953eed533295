package sources

// JSON exports of program records:
//
//   - the OASIS / abstractsonline planner ("oasis-json"): presentation
//     records with Body or Title, PresentationNumber, SessionTitle,
//     Start/End local times ("2025-09-28T14:45:00", "9/28/2025 2:45:00
//     PM" or "/Date(1759095900000)/"), Location, PosterboardNumber,
//     PresenterDisplayName and an HTML AuthorBlock;
//   - Sched's session export ("sched-json"): name, event_start
//     ("2025-09-28 14:45"), event_end, venue, event_type, event_subtype
//     and speakers (objects with name, company, position, or a string);
//   - schema.org JSON-LD saved as a file ("json-ld").
//
// Records are an array at the top, or the array under "data", "items",
// "results", "sessions", "events" or "presentations". Keys match
// case-insensitively, ignoring "_" and spaces. A record that cannot be
// understood is skipped with a warning naming it ("record 17", counted
// from 1) and its line.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/confplan/confplan/planner"
)

// jtime is a time as an export writes it: an instant when it carries an
// offset, else a wall-clock date and (optionally) time of day.
type jtime struct {
	inst     time.Time
	abs      bool // inst is an exact instant
	date     civilDate
	clk      clock
	hasClock bool
}

// in returns the time in loc; wall-clock times are read in loc.
func (t jtime) in(loc *time.Location) time.Time {
	if t.abs {
		return t.inst.In(loc)
	}
	return at(t.date, t.clk, loc)
}

// add returns t plus d.
func (t jtime) add(d time.Duration) jtime {
	if t.abs {
		t.inst = t.inst.Add(d)
		return t
	}
	u := at(t.date, t.clk, time.UTC).Add(d)
	t.date = civilDate{u.Year(), u.Month(), u.Day()}
	t.clk = clock(u.Hour()*60 + u.Minute())
	return t
}

// sub returns t-u as if both were read in UTC (exact for instants).
func (t jtime) sub(u jtime) time.Duration {
	return t.in(time.UTC).Sub(u.in(time.UTC))
}

var (
	msDate      = regexp.MustCompile(`^/Date\((-?\d{1,15})([+-]\d{4})?\)/$`)
	isoLayouts  = []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04Z07:00", "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04:05Z0700"}
	wallLayouts = []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"}
	secondsRe   = regexp.MustCompile(`\b(\d{1,2}:\d{2}):\d{2}(?:\.\d+)?\b`)
)

// parseJTime reads a time as JSON exports write it: ISO 8601 with or
// without an offset, "/Date(ms)/", Unix seconds or milliseconds, or a date and a time in any form
// parseDate and parseClock know ("9/28/2025 2:45:00 PM").
func parseJTime(s string, order DateOrder) (jtime, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return jtime{}, errors.New("no time given")
	}
	if len(s) > 100 {
		return jtime{}, fmt.Errorf("time %q is too long", s[:40]+"…")
	}
	if m := msDate.FindStringSubmatch(s); m != nil {
		ms, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return jtime{}, fmt.Errorf("time %q not understood", s)
		}
		return jtime{inst: time.UnixMilli(ms).UTC(), abs: true, hasClock: true}, nil
	}
	if isDigits(s) && (len(s) == 10 || len(s) == 13) {
		// Unix time, as APIs write it: seconds (1792324800) or milliseconds.
		n, _ := strconv.ParseInt(s, 10, 64)
		if len(s) == 13 {
			n /= 1000
		}
		if n >= 946684800 && n < 4102444800 { // 2000 to 2100
			return jtime{inst: time.Unix(n, 0).UTC(), abs: true, hasClock: true}, nil
		}
	}
	// Only a time that writes an offset after its date can be an instant.
	if len(s) > 10 && strings.ContainsAny(s[10:], "Z+-z") {
		for _, l := range isoLayouts {
			if t, err := time.Parse(l, s); err == nil {
				return jtime{inst: t, abs: true, hasClock: true}, nil
			}
		}
	}
	for _, l := range wallLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return jtime{date: civilDate{t.Year(), t.Month(), t.Day()}, clk: clock(t.Hour()*60 + t.Minute()), hasClock: true}, nil
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return jtime{date: civilDate{t.Year(), t.Month(), t.Day()}}, nil
	}
	ds, ts := splitDateTime(secondsRe.ReplaceAllString(s, "$1"))
	if ds == "" {
		return jtime{}, fmt.Errorf("time %q has no date; want e.g. 2025-09-28T14:45:00", s)
	}
	d, err := parseDate(ds, order)
	if err != nil {
		return jtime{}, err
	}
	if ts == "" {
		return jtime{date: d}, nil
	}
	tr, err := parseTimeRange(ts)
	if err != nil {
		return jtime{}, err
	}
	return jtime{date: d, clk: tr.Start, hasClock: true}, nil
}

// jsonRecord is one record and where it starts.
type jsonRecord struct {
	m       map[string]any
	line    int
	err     error
	elem    string // "record 3, presentation 2" for a nested record; "" for record i
	session bool   // a session record that held its presentations
	kid     bool   // a presentation taken out of the session record before it
}

// recordKeys name the array of records inside a top-level object.
var recordKeys = []string{"data", "items", "results", "sessions", "events", "presentations", "records", "abstracts", "value"}

// readJSON reads a JSON program export.
func readJSON(data []byte, name string, opt Options) (*Result, error) {
	switch {
	case isFrabJSON(data):
		return readFrabJSON(data, name, opt)
	case isSessionize(data):
		return readSessionize(data, name, opt)
	case isIndico(data):
		return readIndico(data, name, opt)
	case isPretalxAPI(data):
		return readPretalxAPI(data, name, opt)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, jsonErr(name, data, dec, err)
	}
	var recs []jsonRecord
	top := map[string]any{}
	switch tok {
	case json.Delim('['):
		recs, err = jsonArray(dec, data)
	case json.Delim('{'):
		recs, err = jsonObject(dec, data, top)
	default:
		return nil, &Error{File: name, Reason: "JSON holds a single value, not program records"}
	}
	if err != nil {
		return nil, jsonErr(name, data, dec, err)
	}
	if _, ok := top["@context"]; ok || top["@graph"] != nil || ldIsEvent(top["@type"]) {
		return readJSONLDFile(top, recs, name, opt)
	}
	if len(recs) == 0 {
		return nil, &Error{File: name, Reason: "no records found: want an array of session or presentation objects, or one under \"data\"",
			Hint: "confplan reads OASIS/abstractsonline and Sched JSON exports"}
	}
	keys := map[string]bool{}
	for i, r := range recs {
		if i == 50 {
			break
		}
		for k := range r.m {
			keys[normKey(k)] = true
		}
	}
	switch {
	case keys["@type"] || keys["@context"]:
		return readJSONLDFile(top, recs, name, opt)
	case keys["presentationnumber"] || keys["presentations"] || keys["talks"] || keys["authorblock"] || keys["presenterdisplayname"] || keys["posterboardnumber"] || keys["sessiontitle"] || keys["body"]:
		return readOASIS(recs, top, name, opt)
	case keys["eventstart"] || keys["eventkey"] || keys["eventtype"] || keys["venue"]:
		return readSched(recs, top, name, opt)
	}
	// Records of some other export: read them as the rows of a table, so
	// the spreadsheet column names (Title, Date, Time, Room, Speakers …)
	// apply to their keys.
	if res, err := jsonTable(recs, name, data, opt); err == nil {
		return res, nil
	} else if errors.Is(err, ErrNoZone) {
		return nil, err
	}
	known := make([]string, 0, len(keys))
	for k := range keys {
		known = append(known, k)
	}
	sort.Strings(known)
	if len(known) > 12 {
		known = append(known[:12], "…")
	}
	return nil, &Error{File: name, Reason: fmt.Sprintf("records with fields %s are not a program export confplan knows", strings.Join(known, ", ")),
		Hint: "confplan reads OASIS/abstractsonline and Sched JSON exports, schema.org JSON-LD, CSV, HTML and iCal"}
}

// jsonTable reads flat records as a table: one column per key (sorted,
// so the result does not depend on the order keys come in), one row per
// record at its line. A list of names or of {name: …} objects is one cell
// with the names separated by ";"; nested objects give their name.
func jsonTable(recs []jsonRecord, name string, data []byte, opt Options) (*Result, error) {
	cols := map[string]bool{}
	for _, r := range recs {
		for k, v := range r.m {
			if jsonCell(v) != "" {
				cols[k] = true
			}
		}
	}
	header := make([]string, 0, len(cols))
	for k := range cols {
		header = append(header, k)
	}
	sort.Strings(header)
	rows := []sheetRow{{Line: max(1, recs[0].line), Cells: header}}
	for _, r := range recs {
		if r.m == nil {
			continue
		}
		cells := make([]string, len(header))
		for i, k := range header {
			cells[i] = jsonCell(r.m[k])
		}
		rows = append(rows, sheetRow{Line: r.line, Cells: cells})
	}
	res, err := importRows(rows, name, "json", data[:0], opt)
	if err != nil {
		return nil, err
	}
	return res, nil
}

// jsonCell is a record's value as a table cell.
func jsonCell(v any) string {
	switch x := v.(type) {
	case string, json.Number:
		return jsonScalar(x)
	case bool:
		return ""
	case map[string]any:
		return firstText(jsonScalar(x["name"]), jsonScalar(x["title"]), jsonScalar(x["fullName"]))
	case []any:
		var parts []string
		for _, e := range x {
			if c := jsonCell(e); c != "" {
				parts = append(parts, c)
			}
		}
		return strings.Join(parts, "; ")
	}
	return ""
}

// jsonErr turns a decoding error into one naming the line.
func jsonErr(name string, data []byte, dec *json.Decoder, err error) error {
	var se *json.SyntaxError
	off := int(dec.InputOffset())
	if errors.As(err, &se) {
		off = int(se.Offset)
	}
	return &Error{File: name, Line: lineOf(data, off), Reason: "invalid JSON: " + err.Error(), Hint: "export the file again; it may be cut short"}
}

// jsonArray reads the elements of an array whose '[' was just read.
func jsonArray(dec *json.Decoder, data []byte) ([]jsonRecord, error) {
	var recs []jsonRecord
	lines := newLineCounter(data)
	for dec.More() {
		start := int(dec.InputOffset())
		for start < len(data) && (data[start] == ',' || data[start] == ' ' || data[start] == '\n' || data[start] == '\r' || data[start] == '\t') {
			start++
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return recs, err
		}
		r := jsonRecord{line: lines.at(start)}
		if m, ok := v.(map[string]any); ok {
			r.m = m
		} else {
			r.err = fmt.Errorf("is a %s, not an object", jsonKind(v))
		}
		recs = append(recs, r)
	}
	_, err := dec.Token() // ']'
	return recs, err
}

func jsonKind(v any) string {
	switch v.(type) {
	case []any:
		return "list"
	case string:
		return "string"
	case json.Number:
		return "number"
	case nil:
		return "null"
	case bool:
		return "boolean"
	}
	return "value"
}

// jsonObject reads a top-level object whose '{' was just read: the records
// are the array under the first record key (or the first array of
// objects); other members are kept in top.
func jsonObject(dec *json.Decoder, data []byte, top map[string]any) ([]jsonRecord, error) {
	var recs []jsonRecord
	found := false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := t.(string)
		isRecKey := !found && contains(recordKeys, normKey(key))
		if isRecKey {
			t, err := dec.Token()
			if err != nil {
				return nil, err
			}
			if t == json.Delim('[') {
				recs, err = jsonArray(dec, data)
				if err != nil {
					return nil, err
				}
				found = true
				continue
			}
			// Not an array: put the value back together.
			if d, ok := t.(json.Delim); ok && d == '{' {
				sub := map[string]any{}
				inner, err := jsonObject(dec, data, sub)
				if err != nil {
					return nil, err
				}
				if len(inner) > 0 {
					recs, found = inner, true
				}
				top[key] = sub
			} else {
				top[key] = t
			}
			continue
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		top[key] = v
	}
	if _, err := dec.Token(); err != nil { // '}'
		return nil, err
	}
	_, ld := top["@context"]
	if !found && !ld && top["@type"] == nil {
		// The first array of objects under any key.
		keys := make([]string, 0, len(top))
		for k := range top {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if k == "@graph" {
				continue
			}
			if arr, ok := top[k].([]any); ok && len(arr) > 0 {
				if _, ok := arr[0].(map[string]any); ok {
					for _, e := range arr {
						r := jsonRecord{}
						if m, ok := e.(map[string]any); ok {
							r.m = m
						} else {
							r.err = fmt.Errorf("is a %s, not an object", jsonKind(e))
						}
						recs = append(recs, r)
					}
					delete(top, k)
					break
				}
			}
		}
	}
	return recs, nil
}

// normKey lower-cases a key and drops "_", "-" and spaces.
func normKey(k string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', ' ':
			return -1
		}
		return r
	}, strings.ToLower(k))
}

// normMap returns m with its keys, and those of the objects inside it,
// normalised by normKey; of keys that normalise alike, the first
// non-empty value (in sorted key order) wins.
func normMap(m map[string]any, depth int) map[string]any {
	if depth > 32 {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make(map[string]any, len(m))
	for _, k := range keys {
		v := normValue(m[k], depth+1)
		nk := normKey(k)
		if old, ok := out[nk]; ok && old != nil && jsonScalar(old) != "" {
			continue
		}
		out[nk] = v
	}
	return out
}

func normValue(v any, depth int) any {
	switch x := v.(type) {
	case map[string]any:
		return normMap(x, depth)
	case []any:
		if depth > 32 {
			return nil
		}
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = normValue(e, depth+1)
		}
		return out
	}
	return v
}

// normRecords normalises the keys of every record (see normMap).
func normRecords(recs []jsonRecord) {
	for i := range recs {
		if recs[i].m != nil {
			recs[i].m = normMap(recs[i].m, 0)
		}
	}
}

// field returns the first non-empty value among keys, in a record whose
// keys are normalised (normMap).
func field(m map[string]any, keys ...string) string {
	for _, want := range keys {
		if s := jsonScalar(m[want]); s != "" {
			return s
		}
	}
	return ""
}

func fieldValue(m map[string]any, keys ...string) any {
	for _, want := range keys {
		if v := m[want]; v != nil {
			return v
		}
	}
	return nil
}

func jsonScalar(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case json.Number:
		return x.String()
	}
	return ""
}

// recordElem names record i (0-based) for messages: "record 17".
func recordElem(i int) string { return fmt.Sprintf("record %d", i+1) }

func recordWarn(name string, recs []jsonRecord, i int, reason string) *Warning {
	e := recs[i].element(i)
	if recs[i].line == 0 {
		return &Warning{File: name, Element: e, Reason: reason} // the place already names the record
	}
	return &Warning{File: name, Line: recs[i].line, Element: e, Reason: e + ": " + reason}
}

// recordPeople reads a session record's people under keys: a string
// ("Moderator: A (X); B"), a list of names or person objects.
func recordPeople(m map[string]any, role planner.Role, keys ...string) []planner.Person {
	switch v := fieldValue(m, keys...).(type) {
	case string:
		return parseRoleList(stripHTML(v, false), role)
	case nil:
		return nil
	default:
		return schedPeople(v, role)
	}
}

func (r jsonRecord) element(i int) string {
	if r.elem != "" {
		return r.elem
	}
	return recordElem(i)
}

// jsonSource is an item's Source: the line when known, else the record.
func jsonSource(name string, recs []jsonRecord, i int) string {
	return source(name, recs[i].line, recs[i].element(i))
}

// presentationKeys name the list of presentations inside a session record.
var presentationKeys = []string{"presentations", "abstracts", "talks", "children"}

// oasisFlatten turns session records that hold their presentations
// ({"SessionTitle": …, "Presentations": [...]}) into the session's own
// record followed by its presentations, which take the session's title,
// number, room and times where they give none.
func oasisFlatten(recs []jsonRecord) []jsonRecord {
	out := make([]jsonRecord, 0, len(recs))
	for i, r := range recs {
		if r.m == nil {
			out = append(out, r)
			continue
		}
		var kids []any
		for _, k := range presentationKeys {
			if a, ok := r.m[k].([]any); ok {
				kids = a
				break
			}
		}
		if kids == nil {
			out = append(out, r)
			continue
		}
		r.session, r.elem = true, recordElem(i)
		out = append(out, r)
		inherit := map[string][]string{
			"sessiontitle":  {"sessiontitle", "title", "name"},
			"sessionnumber": {"sessionnumber", "sessioncode", "sessionid", "id"},
			"location":      {"location", "room"},
			"start":         {"start", "starttime", "sessionstart"},
			"date":          {"date", "sessiondate", "startdate"},
			"end":           {"end", "endtime", "sessionend"},
			"time":          {"time", "timerange", "sessiontime"},
		}
		for j, k := range kids {
			kr := jsonRecord{line: 0, elem: fmt.Sprintf("%s, presentation %d", recordElem(i), j+1), kid: true}
			km, ok := k.(map[string]any)
			if !ok {
				kr.err = fmt.Errorf("is a %s, not an object", jsonKind(k))
				out = append(out, kr)
				continue
			}
			c := make(map[string]any, len(km)+len(inherit))
			for key, v := range km {
				c[key] = v
			}
			for key, from := range inherit {
				if field(c, key) == "" {
					if v := field(r.m, from...); v != "" {
						c[key] = v
					}
				}
			}
			kr.m = c
			out = append(out, kr)
		}
	}
	return out
}

// jsonZone decides the zone of a JSON export: --tz, else a known meeting
// named in the export's top-level text, else the first offset seen when
// every time has one; else an error wrapping ErrNoZone.
func jsonZone(name string, opt Options, top map[string]any, times []jtime) (*time.Location, string, error) {
	var text []string
	for _, v := range top {
		if s := jsonScalar(v); s != "" && len(s) < 300 {
			text = append(text, s)
		}
	}
	sort.Strings(text)
	meeting, loc := guessMeeting([]byte(strings.Join(text, "\n")))
	if opt.Zone != nil {
		return opt.Zone, meeting, nil
	}
	if loc != nil {
		return loc, meeting, nil
	}
	var fixed *time.Location
	for _, t := range times {
		if !t.abs {
			return nil, "", noZone(name, "the records' times have no UTC offset and the meeting is not one confplan knows", "")
		}
		if fixed == nil {
			_, off := t.inst.Zone()
			if t.inst.Location() == time.UTC && off == 0 {
				// "Z" or /Date()/ times: UTC says nothing about the meeting's wall clock.
				return nil, "", noZone(name, "the records' times are in UTC and the meeting is not one confplan knows", "")
			}
			fixed = time.FixedZone(offsetName(off), off)
		}
	}
	return fixed, meeting, nil
}

// jsonDateOrder decides the order of numeric dates over every time field.
func jsonDateOrder(opt Options, recs []jsonRecord, keys ...string) DateOrder {
	if opt.DateOrder != DateAuto {
		return opt.DateOrder
	}
	var dates []string
	for _, r := range recs {
		for _, k := range keys {
			if s := field(r.m, k); s != "" {
				if d, _ := splitDateTime(s); d != "" && strings.ContainsAny(d, "/.") {
					dates = append(dates, d)
				}
			}
		}
	}
	return detectDateOrder(dates)
}

// stripHTML returns the text of an HTML fragment, superscripts glued to
// the word before them and bold marked "*" when mark is set.
func stripHTML(s string, mark bool) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return strings.TrimSpace(s)
	}
	var parts []string
	root := &html.Node{Type: html.ElementNode, Data: "span"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	parts = append(parts, flatText(root, mark))
	return strings.TrimSpace(strings.Join(parts, ""))
}

// readOASIS reads OASIS/abstractsonline presentation records.
func readOASIS(recs []jsonRecord, top map[string]any, name string, opt Options) (*Result, error) {
	normRecords(recs)
	recs = oasisFlatten(recs)
	order := jsonDateOrder(opt, recs, "start", "starttime", "end", "endtime", "date")
	type parsed struct {
		start, end jtime
		ok         bool
	}
	ps := make([]parsed, len(recs))
	var warns []*Warning
	var all []jtime
	// Dates printed without a year ("Sunday, September 28", as a scraped
	// page gives them) take the meeting's year, else the year near today
	// their weekdays fit.
	year := 0
	var yearless []string
	for _, r := range recs {
		if d := field(r.m, "date", "presentationdate", "sessiondate", "startdate"); d != "" {
			if _, err := parseDate(d, order); errors.Is(err, errNoYear) {
				yearless = append(yearless, d)
			}
		}
	}
	if len(yearless) > 0 {
		if _, m, _ := jsonZone(name, Options{Zone: time.UTC}, top, nil); m != "" {
			for _, km := range KnownMeetings {
				if km.Name == m {
					year = km.Year
				}
			}
		}
		if y, ok := weekdayYear(yearless, order, opt.Now); year == 0 && ok {
			year = y
			warns = append(warns, &Warning{File: name, Reason: fmt.Sprintf("dates without a year read as %d, the year near today their weekdays fit", y)})
		}
	}
	label := "" // a zone label printed with the times
	noEnd := 0
	for i, r := range recs {
		if r.err != nil {
			warns = append(warns, recordWarn(name, recs, i, r.err.Error()+"; skipped"))
			continue
		}
		startText := field(r.m, "start", "starttime", "presentationstart", "sessionstart", "startdatetime")
		if d := field(r.m, "date", "presentationdate", "sessiondate"); d != "" && !strings.ContainsAny(startText, "-/") {
			startText = d + " " + startText
		}
		s, err := parseJTime(startText, order)
		var rangeEnd *jtime
		if tt := field(r.m, "time", "timerange", "times", "presentationtime", "sessiontime"); (err != nil || !s.hasClock) && tt != "" {
			// A date field and a time-range text field: "date": "2026-10-19", "time": "10:45 AM - 12:00 PM".
			d := firstText(field(r.m, "date", "presentationdate", "sessiondate", "startdate"), startText)
			if tr, terr := parseTimeRange(tt); terr == nil && d != "" {
				if label == "" {
					label = tr.ZoneLabel
				}
				ds, derr := parseJTime(d, order)
				if derr != nil && year > 0 {
					if cd, e := parseDate(d, order); errors.Is(e, errNoYear) {
						cd.Year = year
						ds, derr = jtime{date: cd}, nil
					}
				}
				if derr == nil {
					s, err = jtime{date: ds.date, clk: tr.Start, hasClock: true}, nil
					if tr.HasEnd {
						e := jtime{date: ds.date, clk: tr.End, hasClock: true}
						rangeEnd = &e
					}
				}
			} else if terr != nil {
				err = terr
			}
		}
		if err != nil || !s.hasClock {
			if err == nil {
				err = errors.New("start has a date but no time")
			}
			warns = append(warns, recordWarn(name, recs, i, fmt.Sprintf("%q: start: %v; skipped", oasisTitle(r.m), err)))
			continue
		}
		endText := field(r.m, "end", "endtime", "presentationend", "sessionend", "enddatetime")
		e := s
		if rangeEnd != nil {
			e, endText = *rangeEnd, ""
		}
		if endText != "" {
			if !strings.ContainsAny(endText, "-/") && s.date.Year > 0 {
				if tr, err := parseTimeRange(endText); err == nil {
					e = jtime{date: s.date, clk: tr.Start, hasClock: true}
					endText = ""
				}
			}
			if endText != "" {
				e, err = parseJTime(endText, order)
				if err != nil {
					warns = append(warns, recordWarn(name, recs, i, fmt.Sprintf("%q: end: %v; skipped", oasisTitle(r.m), err)))
					continue
				}
			}
		}
		if endText == "" && rangeEnd == nil && e == s {
			e = s.add(defaultLength) // no end anywhere: an hour, as from CSV
			noEnd++
		}
		ps[i] = parsed{s, e, true}
		all = append(all, s, e)
	}
	if noEnd > 0 {
		warns = append(warns, &Warning{File: name, Reason: fmt.Sprintf("%d item(s) have no end time; each was given %d minutes", noEnd, int(defaultLength/time.Minute))})
	}
	loc, meeting, err := jsonZone(name, opt, top, all)
	if err != nil {
		if loc = labelZone(label); loc == nil {
			return nil, err
		}
		warns = append(warns, &Warning{File: name, Reason: fmt.Sprintf("times read as %s time, from the zone label %q the file prints", loc, label),
			Hint: "if that is not the meeting's zone, name it with --tz"})
	}
	lastSession := -1 // the last session record read, for the presentations it held
	var items []planner.Item
	seen := make(map[string]int) // ID → index in items
	for i, r := range recs {
		if !ps[i].ok {
			continue
		}
		m := r.m
		it := planner.Item{Title: oasisTitle(m), Source: jsonSource(name, recs, i)}
		if it.Title == "" && !r.kid && field(m, "sessiontitle") != "" {
			r.session = true // a session record alone: "session_title" and its times
		}
		if r.session {
			it.Title = stripHTML(field(m, "sessiontitle", "title", "name"), false)
		}
		if it.Title == "" {
			warns = append(warns, recordWarn(name, recs, i, "no title (Title or Body); skipped"))
			continue
		}
		it.Start, it.End = ps[i].start.in(loc), ps[i].end.in(loc)
		if it.End.Before(it.Start) {
			warns = append(warns, recordWarn(name, recs, i, fmt.Sprintf("%q ends before it starts; skipped", it.Title)))
			continue
		}
		if r.session {
			it.ID = field(m, "sessionnumber", "sessioncode", "sessionid", "id")
			it.Room = stripHTML(field(m, "location", "room", "roomname"), false)
			it.Type = field(m, "sessiontype", "type", "format")
			it.Track = field(m, "track", "category", "topic", "topicarea")
			it.Kind = sessionKind(it.Title, it.Type)
			it.People = append(recordPeople(m, planner.RoleModerator, "moderators", "chairs", "moderator", "chair"),
				recordPeople(m, planner.RoleSpeaker, "speakers", "faculty")...)
			it.People = fixPeople(it.People)
			if it.ID == "" {
				// "SS 22 - Gynecologic Cancer 1": the code its talks name.
				it.ID, _ = splitAbstractNumber(it.Title)
			}
			if it.ID == "" {
				it.ID = deriveID(it.Title, it.Start.Format(time.RFC3339), it.Room)
			}
			var note string
			if items, lastSession, _, note = placeItem(items, seen, it); note != "" {
				warns = append(warns, recordWarn(name, recs, i, note))
			}
			continue
		}
		num, rest := splitAbstractNumber(it.Title)
		if num != "" {
			it.Title = rest
		}
		it.ID = firstText(field(m, "presentationnumber", "abstractnumber", "finalnumber", "controlnumber"), num,
			field(m, "presentationid", "id", "abstractid"))
		it.Session = stripHTML(field(m, "sessiontitle", "session", "sessionname"), false)
		it.ParentID = field(m, "sessionnumber", "sessioncode", "sessionid")
		if it.ParentID == "" && it.Session != "" {
			if code, _ := splitAbstractNumber(it.Session); code != "" {
				it.ParentID = code
			}
		}
		if r.kid && it.ParentID == "" && lastSession >= 0 {
			// A presentation held in a session record without a code.
			it.ParentID = items[lastSession].ID
			if it.Session == "" {
				it.Session = items[lastSession].Title
			}
		}
		it.Room = stripHTML(field(m, "location", "room", "roomname", "locationname"), false)
		it.Board = field(m, "posterboardnumber", "boardnumber", "board", "posterboard")
		it.Type = field(m, "presentationtype", "sessiontype", "type", "format")
		it.Track = field(m, "track", "category", "topic", "topicarea", "sessiontrack")
		switch {
		case it.Board != "" || classify(it.Title, it.Type+" "+it.Session, planner.KindTalk) == planner.KindPoster:
			it.Kind = planner.KindPoster
		case it.Session != "":
			it.Kind = planner.KindTalk
		default:
			it.Kind = sessionKind(it.Title, it.Type)
		}
		var presenters []planner.Person
		if v, ok := fieldValue(m, "presenter", "presentingauthor").(map[string]any); ok && field(m, "presenterdisplayname", "presentername") == "" {
			// {"presenter": {"name": …, "affiliation": …}}
			presenters = schedPeople(v, planner.RolePresentingAuthor)
		} else if p := stripHTML(field(m, "presenterdisplayname", "presenter", "presentername", "presentingauthor"), false); p != "" {
			per := parsePersonText(p)
			if aff := stripHTML(field(m, "presenterinstitution", "presenteraffiliation", "institution"), false); aff != "" && !containsAffiliation(per.Affiliations, aff) {
				per.Affiliations = append(per.Affiliations, aff)
			}
			per.Role = planner.RolePresentingAuthor
			presenters = append(presenters, per)
		}
		var authors []planner.Person
		if ab := stripHTML(field(m, "authorblock", "authors", "authorlist"), true); ab != "" {
			authors = parseAuthorBlock(ab)
		}
		it.People = fixPeople(mergePresenter(presenters, authors))
		if it.ID == "" {
			it.ID = deriveID(it.Title, it.Start.Format(time.RFC3339), it.Room)
		}
		var note string
		if items, _, _, note = placeItem(items, seen, it); note != "" {
			warns = append(warns, recordWarn(name, recs, i, note))
		}
	}
	return &Result{Format: "oasis-json", Meeting: meeting, Zone: loc, Items: items, Warnings: warns}, nil
}

func oasisTitle(m map[string]any) string {
	return stripHTML(field(m, "title", "presentationtitle", "abstracttitle", "body"), false)
}

// readSched reads Sched session records.
func readSched(recs []jsonRecord, top map[string]any, name string, opt Options) (*Result, error) {
	normRecords(recs)
	order := jsonDateOrder(opt, recs, "eventstart", "eventend", "start", "end")
	type parsed struct {
		start, end jtime
		ok         bool
	}
	ps := make([]parsed, len(recs))
	var warns []*Warning
	var all []jtime
	for i, r := range recs {
		if r.err != nil {
			warns = append(warns, recordWarn(name, recs, i, r.err.Error()+"; skipped"))
			continue
		}
		if a := field(r.m, "active"); strings.EqualFold(a, "N") {
			continue // withdrawn from the schedule
		}
		title := stripHTML(field(r.m, "name", "title"), false)
		s, err := parseJTime(field(r.m, "eventstart", "start", "starttime"), order)
		if err == nil && !s.hasClock {
			err = errors.New("start has a date but no time")
		}
		if err != nil {
			warns = append(warns, recordWarn(name, recs, i, fmt.Sprintf("%q: event_start: %v; skipped", title, err)))
			continue
		}
		e := s
		if et := field(r.m, "eventend", "end", "endtime"); et != "" {
			if e, err = parseJTime(et, order); err != nil {
				warns = append(warns, recordWarn(name, recs, i, fmt.Sprintf("%q: event_end: %v; skipped", title, err)))
				continue
			}
		}
		ps[i] = parsed{s, e, true}
		all = append(all, s, e)
	}
	loc, meeting, err := jsonZone(name, opt, top, all)
	if err != nil {
		return nil, err
	}
	var items []planner.Item
	seen := make(map[string]int) // ID → index in items
	for i, r := range recs {
		if !ps[i].ok {
			continue
		}
		m := r.m
		it := planner.Item{Title: stripHTML(field(m, "name", "title"), false), Source: jsonSource(name, recs, i)}
		if it.Title == "" {
			warns = append(warns, recordWarn(name, recs, i, "no name; skipped"))
			continue
		}
		it.Start, it.End = ps[i].start.in(loc), ps[i].end.in(loc)
		if it.End.Before(it.Start) {
			warns = append(warns, recordWarn(name, recs, i, fmt.Sprintf("%q ends before it starts; skipped", it.Title)))
			continue
		}
		it.ID = field(m, "id", "eventkey", "eventid")
		it.Room = stripHTML(field(m, "venue", "room", "location"), false)
		it.Type = field(m, "eventtype", "type")
		it.Track = field(m, "eventsubtype", "subtype", "track")
		it.Kind = classify(it.Title, it.Type+" "+it.Track, planner.KindSession)
		if it.Kind == planner.KindTalk {
			it.Kind = planner.KindSession
		}
		it.People = append(schedPeople(fieldValue(m, "moderators", "moderator"), planner.RoleModerator),
			schedPeople(fieldValue(m, "speakers", "speaker"), planner.RoleSpeaker)...)
		it.People = append(it.People, schedPeople(fieldValue(m, "panelists"), planner.RolePanelist)...)
		it.People = fixPeople(it.People)
		if it.ID == "" {
			it.ID = deriveID(it.Title, it.Start.Format(time.RFC3339), it.Room)
		}
		var note string
		if items, _, _, note = placeItem(items, seen, it); note != "" {
			warns = append(warns, recordWarn(name, recs, i, note))
		}
	}
	return &Result{Format: "sched-json", Meeting: meeting, Zone: loc, Items: items, Warnings: warns}, nil
}

// schedPeople reads Sched speakers: a list of {name, company, position}
// objects, a list of names, or one string of names.
func schedPeople(v any, role planner.Role) []planner.Person {
	var out []planner.Person
	switch x := v.(type) {
	case string:
		t := stripHTML(x, false)
		if strings.Contains(t, ":") {
			return parseRoleList(t, role) // "Moderator: …; Speaker: …"
		}
		for _, piece := range splitNames(t) { // "A, MD, B (Affil), C"
			if per := parsePersonText(piece); per.Name != "" {
				per.Role = role
				out = append(out, per)
			}
		}
	case []any:
		for _, e := range x {
			out = append(out, schedPeople(e, role)...)
		}
	case map[string]any:
		name := stripHTML(field(x, "name", "fullname", "displayname"), false)
		if name == "" {
			return nil
		}
		per := parsePersonText(name)
		if per.Name == "" {
			return nil
		}
		if c := stripHTML(field(x, "company", "affiliation", "organization", "institution"), false); c != "" && !containsAffiliation(per.Affiliations, c) {
			per.Affiliations = append(per.Affiliations, c)
		}
		per.Role = role
		out = append(out, per)
	}
	return out
}

// readJSONLDFile reads schema.org JSON-LD saved as a .json file.
func readJSONLDFile(top map[string]any, recs []jsonRecord, name string, opt Options) (*Result, error) {
	src := &ldSource{file: name, opt: opt}
	if len(top) > 0 {
		src.roots = append(src.roots, any(top))
		src.elems = append(src.elems, "top-level object")
		src.lines = append(src.lines, 0)
	}
	for i, r := range recs {
		if r.m == nil {
			continue
		}
		src.roots = append(src.roots, any(r.m))
		src.elems = append(src.elems, recordElem(i))
		src.lines = append(src.lines, r.line)
	}
	src.guess = func() (string, *time.Location) { return "", nil }
	items, warns, loc, meeting, err := src.read()
	if err != nil {
		return nil, err
	}
	return &Result{Format: "json-ld", Meeting: meeting, Zone: loc, Items: items, Warnings: warns}, nil
}
