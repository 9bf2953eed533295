package export

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/confplan/confplan/planner"
)

type jsonStop struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Title   string   `json:"title"`
	Start   string   `json:"start"`
	End     string   `json:"end"`
	Room    string   `json:"room"`
	Value   int      `json:"value"`
	Pinned  bool     `json:"pinned"`
	Walk    bool     `json:"walk"`
	Items   []string `json:"items"`
	Who     []string `json:"who"`
	Why     []string `json:"why"`
	Credits []string `json:"credits"`
}

type jsonDropped struct {
	ID     string   `json:"id"`
	Title  string   `json:"title"`
	Start  string   `json:"start"`
	End    string   `json:"end"`
	Room   string   `json:"room"`
	Value  int      `json:"value"`
	LostTo []string `json:"lost_to"`
	Reason string   `json:"reason"`
	Filler bool     `json:"filler"`
}

type jsonDay struct {
	Day     string        `json:"day"`
	Value   int           `json:"value"`
	Stops   []jsonStop    `json:"stops"`
	Dropped []jsonDropped `json:"dropped"`
}

func planJSON(p *planner.Plan) (days []jsonDay) {
	days = []jsonDay{}
	for _, d := range p.Days {
		jd := jsonDay{Day: d.Day, Value: d.Value, Stops: []jsonStop{}, Dropped: []jsonDropped{}}
		for i := range d.Stops {
			s := &d.Stops[i]
			js := jsonStop{ID: s.ID, Kind: string(s.Kind), Title: s.Title, Start: rfc3339(s.Start), End: rfc3339(s.End), Room: s.Room,
				Value: s.Value, Pinned: s.Must, Walk: s.Walk, Items: []string{}, Who: []string{}, Why: append([]string{}, s.Why...), Credits: []string{}}
			for _, it := range s.Items {
				js.Items = append(js.Items, it.ID)
			}
			for _, c := range s.Credits {
				js.Credits = append(js.Credits, c.Reason)
			}
			if who := whoCell(s, nil); who != "" {
				js.Who = strings.Split(who, "\n")
			}
			jd.Stops = append(jd.Stops, js)
		}
		for _, e := range d.Dropped() {
			jd.Dropped = append(jd.Dropped, jsonDropped{ID: e.ID, Title: e.Title, Start: rfc3339(e.Start), End: rfc3339(e.End), Room: e.Room,
				Value: e.Value, LostTo: append([]string{}, e.Against...), Reason: e.Reason, Filler: e.Filler})
		}
		days = append(days, jd)
	}
	return days
}

// WritePlanJSON writes {"days":[...], "followups":[...]}: each day with
// its value, its stops (id, kind, title, start, end in RFC 3339, room,
// value, pinned, walk, the items covered, who to meet, why it is worth
// it) and what was dropped for conflicts (with the stops it lost to and
// why), then the follow-ups as 'followups --format json' writes them.
func WritePlanJSON(w io.Writer, p *planner.Plan) error {
	out := struct {
		Days      []jsonDay      `json:"days"`
		FollowUps []jsonFollowUp `json:"followups"`
	}{planJSON(p), jsonFollowUps(p.FollowUps)}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// WritePlanCSV writes one row per chosen stop (status "chosen") and per
// candidate dropped for a conflict (status "dropped"), with the JSON's
// fields as columns; lists are joined with "; ".
func WritePlanCSV(w io.Writer, p *planner.Plan) error {
	cw := newCSV(w)
	cw.Write([]string{"day", "status", "id", "kind", "title", "start", "end", "room", "value", "who", "why", "lost_to"})
	for _, d := range planJSON(p) {
		for _, s := range d.Stops {
			cw.Write([]string{d.Day, "chosen", s.ID, s.Kind, s.Title, s.Start, s.End, s.Room, strconv.Itoa(s.Value), strings.Join(s.Who, "; "), strings.Join(s.Why, "; "), ""})
		}
		for _, x := range d.Dropped {
			cw.Write([]string{d.Day, "dropped", x.ID, "", x.Title, x.Start, x.End, x.Room, strconv.Itoa(x.Value), "", x.Reason, strings.Join(x.LostTo, "; ")})
		}
	}
	cw.Flush()
	return cw.Error()
}
