package sources

// Sessionize API exports ("sessionize-json"), in each of the shapes its
// API endpoints give:
//
//   - "All": {"sessions": [...], "speakers": [...], "categories": [...],
//     "rooms": [...]}, linked by id: a session names its speakers by
//     their ids, its room by roomId and its categories by categoryItems;
//   - "Sessions": [{"groupId", "groupName", "sessions": [...]}], where a
//     session holds its speakers as {id, name}, its room by name and its
//     categories as {name, categoryItems: [{name}]};
//   - "Schedule Grid": [{"date", "rooms": [{"name", "sessions": [...]}],
//     "timeSlots": [...]}].
//
// startsAt and endsAt are the event's wall clock without an offset; the
// file never names the zone, so it comes from --tz or a known meeting.
// A category whose title says "track" gives the item's track, one that
// says "format" or "type" its type.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/confplan/confplan/planner"
)

// isSessionize reports whether a JSON document looks like a Sessionize
// export.
func isSessionize(data []byte) bool {
	return bytes.Contains(data, []byte(`"startsAt"`)) && bytes.Contains(data, []byte(`"speakers"`)) &&
		(bytes.Contains(data, []byte(`"roomId"`)) || bytes.Contains(data, []byte(`"isServiceSession"`)))
}

type szSession struct {
	ID            any    `json:"id"`
	Title         string `json:"title"`
	StartsAt      string `json:"startsAt"`
	EndsAt        string `json:"endsAt"`
	Speakers      []any  `json:"speakers"` // ids ("All") or {id, name}
	CategoryItems []any  `json:"categoryItems"`
	Categories    []struct {
		Name          string `json:"name"`
		CategoryItems []struct {
			Name string `json:"name"`
		} `json:"categoryItems"`
	} `json:"categories"`
	RoomID any    `json:"roomId"`
	Room   string `json:"room"`
	Status string `json:"status"`
	elem   string
}

type szSpeaker struct {
	ID        any    `json:"id"`
	Name      string `json:"name"`
	FullName  string `json:"fullName"`
	FirstName string `json:"firstName"`
	LastName  string `json:"lastName"`
	TagLine   string `json:"tagLine"`
}

func (s szSpeaker) name() string {
	return firstText(s.FullName, s.Name, strings.TrimSpace(s.FirstName+" "+s.LastName))
}

// readSessionize reads a Sessionize export of any shape.
func readSessionize(data []byte, name string, opt Options) (*Result, error) {
	var sessions []szSession
	speakers := map[string]szSpeaker{}
	rooms := map[string]string{}
	catOf := map[string][2]string{} // category item id → category title, item name
	head := bytes.TrimLeft(data, " \t\r\n")
	bad := func(err error) error {
		return &Error{File: name, Reason: "Sessionize export not understood: " + err.Error(), Hint: "export the event again from Sessionize's API/Embed page (JSON)"}
	}
	if len(head) > 0 && head[0] == '{' {
		var all struct {
			Sessions   []szSession `json:"sessions"`
			Speakers   []szSpeaker `json:"speakers"`
			Categories []struct {
				Title string `json:"title"`
				Items []struct {
					ID   any    `json:"id"`
					Name string `json:"name"`
				} `json:"items"`
			} `json:"categories"`
			Rooms []struct {
				ID   any    `json:"id"`
				Name string `json:"name"`
			} `json:"rooms"`
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(&all); err != nil {
			return nil, bad(err)
		}
		for i := range all.Sessions {
			all.Sessions[i].elem = fmt.Sprintf("sessions[%d]", i)
		}
		sessions = all.Sessions
		for _, s := range all.Speakers {
			speakers[idText(s.ID)] = s
		}
		for _, r := range all.Rooms {
			rooms[idText(r.ID)] = r.Name
		}
		for _, c := range all.Categories {
			for _, it := range c.Items {
				catOf[idText(it.ID)] = [2]string{c.Title, it.Name}
			}
		}
	} else {
		var groups []struct {
			GroupName string      `json:"groupName"`
			Sessions  []szSession `json:"sessions"`
			Rooms     []struct {
				Name     string      `json:"name"`
				Sessions []szSession `json:"sessions"`
			} `json:"rooms"`
		}
		if err := json.Unmarshal(data, &groups); err != nil {
			return nil, bad(err)
		}
		for gi, g := range groups {
			for i, s := range g.Sessions {
				s.elem = fmt.Sprintf("[%d].sessions[%d]", gi, i)
				sessions = append(sessions, s)
			}
			for ri, r := range g.Rooms {
				for i, s := range r.Sessions {
					s.elem = fmt.Sprintf("[%d].rooms[%d].sessions[%d]", gi, ri, i)
					if s.Room == "" {
						s.Room = r.Name
					}
					sessions = append(sessions, s)
				}
			}
		}
	}
	var warns []*Warning
	recs := make([]progRecord, 0, len(sessions))
	people := personCache{}
	resolved := map[string]planner.Person{} // speaker id and name → person
	for _, s := range sessions {
		r := progRecord{elem: s.elem, id: idText(s.ID), title: oneLine(s.Title)}
		switch st := strings.ToLower(s.Status); st {
		case "declined", "cancelled", "canceled", "waitlisted", "withdrawn":
			warns = append(warns, r.warn(name, fmt.Sprintf("%q is %s; skipped", clip(r.title), st)))
			continue
		}
		if strings.TrimSpace(s.StartsAt) == "" {
			warns = append(warns, r.warn(name, fmt.Sprintf("%q is not on the schedule (no startsAt); skipped", clip(r.title))))
			continue
		}
		var err error
		if r.start, err = parseJTime(s.StartsAt, DateAuto); err != nil {
			r.skip = "startsAt: " + err.Error()
		} else if strings.TrimSpace(s.EndsAt) != "" {
			if r.end, err = parseJTime(s.EndsAt, DateAuto); err != nil {
				r.skip = "endsAt: " + err.Error()
			}
			r.hasEnd = err == nil
		}
		r.room = firstText(oneLine(s.Room), rooms[idText(s.RoomID)])
		for _, c := range s.CategoryItems {
			if ci, ok := catOf[idText(c)]; ok {
				szCategory(&r, ci[0], ci[1])
			}
		}
		for _, c := range s.Categories {
			for _, it := range c.CategoryItems {
				szCategory(&r, c.Name, it.Name)
			}
		}
		for _, ref := range s.Speakers {
			var sp szSpeaker
			switch x := ref.(type) {
			case string:
				sp = speakers[x]
			case map[string]any:
				sp = szSpeaker{ID: x["id"], Name: jsonScalar(x["name"]), FullName: jsonScalar(x["fullName"])}
				if full, ok := speakers[idText(sp.ID)]; ok {
					sp = full
				}
			}
			key := idText(sp.ID) + "\x00" + sp.name()
			p, ok := resolved[key]
			if !ok {
				var aff []string
				if org := tagLineOrg(sp.TagLine); org != "" {
					aff = append(aff, org)
				}
				p, ok = people.person(sp.name(), planner.RoleSpeaker, aff...)
				if !ok {
					continue
				}
				resolved[key] = p
			}
			p.Affiliations = append([]string{}, p.Affiliations...)
			r.people = append(r.people, p)
		}
		recs = append(recs, r)
	}
	loc, meeting, zw, err := recordZone(name, opt, "", map[string]any{}, recs)
	if err != nil {
		return nil, err
	}
	warns = append(warns, zw...)
	items, bw := buildItems(name, loc, recs)
	for i := range items {
		if items[i].Kind == planner.KindTalk {
			items[i].Kind = planner.KindSession
		}
	}
	return &Result{Format: "sessionize-json", Meeting: meeting, Zone: loc, Items: items, Warnings: append(warns, bw...)}, nil
}

// szCategory puts a category item where it belongs: a track or a type.
func szCategory(r *progRecord, category, item string) {
	c := strings.ToLower(category)
	item = oneLine(item)
	switch {
	case strings.Contains(c, "track") || strings.Contains(c, "topic") || strings.Contains(c, "thema"):
		if r.track == "" {
			r.track = item
		}
	case strings.Contains(c, "format") || strings.Contains(c, "type"):
		if r.typ == "" {
			r.typ = item
		}
	}
}

// tagLineOrg returns the organisation in a speaker's tag line: the part
// after its last " at ", " @ ", " bei " or " an der " ("Principal
// Architect at Microsoft" → "Microsoft"), else the whole line.
func tagLineOrg(s string) string {
	s = oneLine(s)
	best := -1
	var sep string
	for _, w := range []string{" at ", " @ ", " bei ", " an der ", " chez "} {
		if i := strings.LastIndex(s, w); i > best {
			best, sep = i, w
		}
	}
	if best > 0 && best+len(sep) < len(s) {
		return strings.TrimSpace(s[best+len(sep):])
	}
	return s
}
