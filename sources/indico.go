package sources

// Indico's HTTP export API ("indico-json"), in its two program shapes:
//
//   - the timetable, /export/timetable/ID.json: {"results": {"<event>":
//     {"<YYYYMMDD>": {"<entry id>": entry}}}}, where an entry has an
//     entryType (Session, Contribution, Break), title (slotTitle for a
//     session block), startDate and endDate as {"date", "time", "tz"},
//     room or roomFullname, conveners and presenters, and a session's
//     contributions under "entries";
//   - the event with its contributions (and sessions),
//     /export/event/ID.json?detail=contributions: {"results": [{"title",
//     "timezone", "contributions": [{"title", "startDate", "endDate",
//     "duration", "room", "speakers", "primaryauthors", "coauthors",
//     "session", "track", "type"}], "sessions": [...]}]}.
//
// Each time is the wall clock in its own "tz", so every instant is exact;
// the meeting's zone is the event's timezone, else the times' tz.
// Conveners are moderators, presenters and speakers speakers, primary
// authors and co-authors authors. A contribution without a start is not
// on the timetable and is skipped with a warning.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// isIndico reports whether a JSON document looks like an Indico export.
func isIndico(data []byte) bool {
	return bytes.Contains(data, []byte(`"startDate"`)) && bytes.Contains(data, []byte(`"results"`)) &&
		(bytes.Contains(data, []byte(`"entryType"`)) || bytes.Contains(data, []byte(`"contributions"`)) || bytes.Contains(data, []byte(`"HTTPAPIResult"`)))
}

type indicoReader struct {
	file   string
	people personCache
	zone   string // the first zone seen
	recs   []progRecord
	warns  []*Warning
}

func readIndico(data []byte, name string, opt Options) (*Result, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		return nil, jsonErr(name, data, dec, err)
	}
	ir := &indicoReader{file: name, people: personCache{}}
	meeting := ""
	switch res := doc["results"].(type) {
	case map[string]any: // the timetable
		for _, ev := range sortedKeys(res) {
			days, _ := res[ev].(map[string]any)
			for _, day := range sortedKeys(days) {
				entries, _ := days[day].(map[string]any)
				ir.entries(entries, fmt.Sprintf("results.%s.%s", ev, day), nil)
			}
		}
	case []any: // events with their contributions and sessions
		for i, e := range res {
			ev, ok := e.(map[string]any)
			if !ok {
				continue
			}
			if meeting == "" {
				meeting = oneLine(jsonScalar(ev["title"]))
			}
			if tz := jsonScalar(ev["timezone"]); tz != "" && ir.zone == "" {
				ir.zone = tz
			}
			elem := fmt.Sprintf("results[%d]", i)
			sessions, _ := ev["sessions"].([]any)
			for j, s := range sessions {
				if m, ok := s.(map[string]any); ok {
					ir.sessionBlock(m, fmt.Sprintf("%s.sessions[%d]", elem, j))
				}
			}
			contribs, _ := ev["contributions"].([]any)
			for j, c := range contribs {
				if m, ok := c.(map[string]any); ok {
					ir.entry(m, fmt.Sprintf("%s.contributions[%d]", elem, j), nil)
				}
			}
		}
	default:
		return nil, &Error{File: name, Element: "results", Reason: "an Indico export without results", Hint: "export the timetable (export/timetable/ID.json) or the event with detail=contributions"}
	}
	loc, guessed, zw, err := recordZone(name, opt, ir.zone, map[string]any{"title": meeting}, ir.recs)
	if err != nil {
		return nil, err
	}
	items, bw := buildItems(name, loc, ir.recs)
	// A contribution that names its session by title belongs to the one
	// session block of that title ("Title" or "Title: Block 1") in its
	// time, if there is one.
	blocks := map[string][]int{}
	for j := range items {
		if items[j].Kind == planner.KindSession {
			t := strings.ToLower(oneLine(items[j].Title))
			blocks[t] = append(blocks[t], j)
			if k := strings.Index(t, ": "); k > 0 {
				blocks[t[:k]] = append(blocks[t[:k]], j)
			}
		}
	}
	for i := range items {
		c := &items[i]
		if c.ParentID != "" || c.Session == "" {
			continue
		}
		parent := -1
		for _, j := range blocks[strings.ToLower(oneLine(c.Session))] {
			if s := &items[j]; j != i && !c.Start.Before(s.Start) && !c.End.After(s.End) {
				if parent >= 0 && parent != j {
					parent = -2 // two blocks fit: leave it
					break
				}
				parent = j
			}
		}
		if parent >= 0 {
			c.ParentID = items[parent].ID
		}
	}
	warns := append(append(ir.warns, zw...), bw...)
	if meeting == "" {
		meeting = guessed
	}
	return &Result{Format: "indico-json", Meeting: meeting, Zone: loc, Items: items, Warnings: warns}, nil
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// entries reads a timetable's entries (a map by entry id).
func (ir *indicoReader) entries(m map[string]any, elem string, parent *progRecord) {
	for _, id := range sortedKeys(m) {
		if e, ok := m[id].(map[string]any); ok {
			if jsonScalar(e["id"]) == "" && jsonScalar(e["uniqueId"]) == "" {
				e["id"] = id
			}
			ir.entry(e, elem+"."+id, parent)
		}
	}
}

// sessionBlock reads a session of the event export: its blocks are
// {startDate, endDate, room, conveners, session: {title}, contributions}.
func (ir *indicoReader) sessionBlock(m map[string]any, elem string) {
	if s, ok := m["session"].(map[string]any); ok && jsonScalar(m["title"]) == "" {
		m["title"] = s["title"]
	}
	m["entryType"] = "Session"
	ir.entry(m, elem, nil)
}

// entry reads one timetable entry or contribution.
func (ir *indicoReader) entry(m map[string]any, elem string, parent *progRecord) {
	typ := firstText(jsonScalar(m["entryType"]), jsonScalar(m["_type"]))
	r := progRecord{elem: elem}
	r.id = firstText(jsonScalar(m["uniqueId"]), jsonScalar(m["friendly_id"]), jsonScalar(m["id"]), jsonScalar(m["db_id"]))
	r.title = oneLine(firstText(jsonScalar(m["slotTitle"]), jsonScalar(m["title"])))
	if st := oneLine(jsonScalar(m["title"])); typ == "Session" && st != "" && r.title != st {
		r.title = st + ": " + r.title
	}
	r.room = oneLine(firstText(jsonScalar(m["roomFullname"]), jsonScalar(m["room"]), jsonScalar(m["location"])))
	r.typ = oneLine(firstText(indicoName(m["type"]), jsonScalar(m["entryType"])))
	r.track = oneLine(indicoName(m["track"]))
	if s := indicoName(m["session"]); s != "" && parent == nil {
		r.session = oneLine(s)
	}
	if parent != nil {
		r.parent, r.session, r.talk = parent.id, parent.title, true
		if r.room == "" {
			r.room = parent.room
		}
	} else if typ == "Contribution" && r.session != "" {
		r.talk = true
	}
	r.people = append(r.people, ir.indicoPeople(m["conveners"], planner.RoleModerator)...)
	r.people = append(r.people, ir.indicoPeople(m["presenters"], planner.RoleSpeaker)...)
	r.people = append(r.people, ir.indicoPeople(m["speakers"], planner.RoleSpeaker)...)
	authors := append(ir.indicoPeople(m["primaryauthors"], planner.RoleAuthor), ir.indicoPeople(m["coauthors"], planner.RoleAuthor)...)
	r.people = mergePeople(r.people, authors)
	start, zone, err := indicoTime(m["startDate"])
	switch {
	case err != nil:
		r.skip = fmt.Sprintf("%q: startDate: %v", clip(r.title), err)
	case !start.hasClock:
		ir.warns = append(ir.warns, r.warn(ir.file, fmt.Sprintf("%q is not on the timetable (no start); skipped", clip(r.title))))
		return
	}
	r.start = start
	if ir.zone == "" {
		ir.zone = zone
	}
	if end, _, err := indicoTime(m["endDate"]); err == nil && end.hasClock {
		r.end, r.hasEnd = end, true
	} else if d := jsonScalar(m["duration"]); d != "" {
		if n, err := parseDuration(d); err == nil {
			r.dur, r.hasDur = time.Duration(n)*time.Minute, true
		}
	}
	ir.recs = append(ir.recs, r)
	if kids, ok := m["entries"].(map[string]any); ok {
		p := r
		if p.id == "" {
			p.id = deriveID(r.title, start.in(time.UTC).Format(time.RFC3339), r.room)
			ir.recs[len(ir.recs)-1].id = p.id
		}
		ir.entries(kids, elem+".entries", &p)
	}
	if kids, ok := m["contributions"].([]any); ok {
		p := r
		for j, c := range kids {
			if cm, ok := c.(map[string]any); ok {
				ir.entry(cm, fmt.Sprintf("%s.contributions[%d]", elem, j), &p)
			}
		}
	}
}

// indicoName is a value that is a name or an object with one ("track":
// {"title": …}).
func indicoName(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return firstText(jsonScalar(x["title"]), jsonScalar(x["name"]))
	}
	return ""
}

// indicoTime reads {"date": "2013-04-29", "time": "16:00:00", "tz":
// "Europe/Zurich"}: with a known tz it is an exact instant. A null or
// absent value has no clock and no error.
func indicoTime(v any) (jtime, string, error) {
	m, ok := v.(map[string]any)
	if !ok {
		if s := jsonScalar(v); s != "" {
			t, err := parseJTime(s, DateAuto)
			return t, "", err
		}
		return jtime{}, "", nil
	}
	date, clk, tz := jsonScalar(m["date"]), jsonScalar(m["time"]), jsonScalar(m["tz"])
	if date == "" {
		return jtime{}, tz, nil
	}
	t, err := parseJTime(strings.TrimSpace(date+" "+secondsRe.ReplaceAllString(clk, "$1")), DateAuto)
	if err != nil {
		return jtime{}, tz, err
	}
	if loc := labelZone(tz); loc != nil && !t.abs && t.hasClock {
		t = jtime{inst: t.in(loc), abs: true, hasClock: true}
	}
	return t, tz, nil
}

// indicoPeople reads a list of Indico persons: fullName or name, or
// first and last names, with an affiliation.
func (ir *indicoReader) indicoPeople(v any, role planner.Role) []planner.Person {
	list, _ := v.([]any)
	var out []planner.Person
	for _, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			if s := jsonScalar(e); s != "" {
				if p, ok := ir.people.person(s, role); ok {
					out = append(out, p)
				}
			}
			continue
		}
		name := firstText(
			strings.TrimSpace(jsonScalar(m["first_name"])+" "+jsonScalar(m["last_name"])),
			strings.TrimSpace(jsonScalar(m["firstName"])+" "+jsonScalar(m["familyName"])),
			jsonScalar(m["fullName"]), jsonScalar(m["full_name"]), jsonScalar(m["name"]))
		if p, ok := ir.people.person(name, role, jsonScalar(m["affiliation"])); ok {
			out = append(out, p)
		}
	}
	return out
}
