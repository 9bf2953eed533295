package export

import (
	"encoding/json"
	"io"
	"strconv"
	"time"

	"github.com/confplan/confplan/planner"
)

// WriteItemsTable writes items as a table: ID, kind, day, start–end, room,
// title and how many people appear in each.
func WriteItemsTable(w io.Writer, items []planner.Item) error {
	rows := make([][]string, len(items))
	for i := range items {
		it := &items[i]
		rows[i] = []string{it.ID, string(it.Kind), it.Start.Format("Mon 2 Jan"), clockRange(it.Start, it.End), it.Room, it.Title, strconv.Itoa(len(it.People))}
	}
	return writeTable(w, []string{"ID", "Kind", "Day", "Time", "Room", "Title", "People"}, rows)
}

// clockRange formats a start–end pair as conference wall-clock times.
func clockRange(start, end time.Time) string {
	return start.Format("15:04") + "–" + end.Format("15:04")
}

type jsonPerson struct {
	Name         string   `json:"name"`
	Role         string   `json:"role"`
	Affiliations []string `json:"affiliations"`
}

type jsonItem struct {
	ID       string       `json:"id"`
	Kind     string       `json:"kind"`
	Title    string       `json:"title"`
	Type     string       `json:"type"`
	Start    string       `json:"start"`
	End      string       `json:"end"`
	Room     string       `json:"room"`
	Board    string       `json:"board"`
	ParentID string       `json:"parent_id"`
	People   []jsonPerson `json:"people"`
	Source   string       `json:"source"`
}

// FileSummary is what inspect's table says of one program file.
type FileSummary struct {
	Name     string         `json:"name"`
	Read     bool           `json:"read"`
	Format   string         `json:"format,omitempty"`
	Items    int            `json:"items"`
	Kinds    map[string]int `json:"kinds"`
	Warnings int            `json:"warnings"`
}

// Summary is what inspect's table says besides the items: each file, and
// the zone the times are in.
type Summary struct {
	Files []FileSummary
	Zone  string
}

// WriteItemsJSON writes {"items":[...]} with RFC 3339 times.
func WriteItemsJSON(w io.Writer, items []planner.Item) error {
	return WriteInspectJSON(w, items, Summary{})
}

// WriteInspectJSON writes {"items":[...], "files":[...], "zone": …}: the
// items with RFC 3339 times, and what the table says of each file
// (format, items by kind, warnings) and of the zone.
func WriteInspectJSON(w io.Writer, items []planner.Item, sum Summary) error {
	out := struct {
		Items []jsonItem    `json:"items"`
		Files []FileSummary `json:"files,omitempty"`
		Zone  string        `json:"zone,omitempty"`
	}{Items: make([]jsonItem, len(items)), Files: sum.Files, Zone: sum.Zone}
	for i := range items {
		it := &items[i]
		people := make([]jsonPerson, len(it.People))
		for j, p := range it.People {
			aff := p.Affiliations
			if aff == nil {
				aff = []string{}
			}
			people[j] = jsonPerson{Name: p.Name, Role: string(p.Role), Affiliations: aff}
		}
		out.Items[i] = jsonItem{
			ID: it.ID, Kind: string(it.Kind), Title: it.Title, Type: it.Type,
			Start: it.Start.Format(time.RFC3339), End: it.End.Format(time.RFC3339),
			Room: it.Room, Board: it.Board, ParentID: it.ParentID, People: people, Source: it.Source,
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// WriteItemsCSV writes one row per item; people as "Name (role; affiliation)"
// joined by " | ".
func WriteItemsCSV(w io.Writer, items []planner.Item) error {
	cw := newCSV(w)
	cw.Write([]string{"id", "kind", "title", "type", "start", "end", "room", "board", "parent_id", "people", "source"})
	for i := range items {
		it := &items[i]
		var people string
		for j, p := range it.People {
			if j > 0 {
				people += " | "
			}
			people += p.Name + " (" + string(p.Role)
			for _, a := range p.Affiliations {
				people += "; " + a
			}
			people += ")"
		}
		cw.Write([]string{it.ID, string(it.Kind), it.Title, it.Type, it.Start.Format(time.RFC3339), it.End.Format(time.RFC3339), it.Room, it.Board, it.ParentID, people, it.Source})
	}
	cw.Flush()
	return cw.Error()
}
