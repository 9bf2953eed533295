package sources_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// The platform formats at ASTRO size and 10×: the synthetic meeting's
// items (read once from its program page and poster list) written as a
// frab schedule.xml, a pretalx schedule.json, a Sessionize "All" export
// and an Indico timetable. BenchmarkImportPlatform reads them as confplan
// does; BenchmarkParsePlatformFloor merely parses the same bytes with
// encoding/xml or encoding/json, the floor no reader can beat.

var (
	platMu    sync.Mutex
	platFiles = map[int]map[string][]byte{}
)

var platFormats = []string{"frab-xml", "frab-json", "sessionize-json", "indico-json"}

func platformFiles(b *testing.B, k int) map[string][]byte {
	platMu.Lock()
	defer platMu.Unlock()
	if f, ok := platFiles[k]; ok {
		return f
	}
	f := astroFiles(k)
	res, err := sources.ReadProgram(bytes.NewReader(f.Program), "program.html", sources.Options{})
	if err != nil {
		b.Fatal(err)
	}
	items := res.Items
	posters, err := sources.ReadProgram(bytes.NewReader(f.Posters), "posters.csv", sources.Options{Zone: res.Zone})
	if err != nil {
		b.Fatal(err)
	}
	items = append(items, posters.Items...)
	out := map[string][]byte{
		"frab-xml":        frabXML(items, res.Zone),
		"frab-json":       frabJSON(items, res.Zone),
		"sessionize-json": sessionizeJSON(items),
		"indico-json":     indicoJSON(items, res.Zone),
	}
	platFiles[k] = out
	return out
}

// byDay groups items by day and room, in order, as schedules list them.
func byDay(items []planner.Item) (days []string, rooms map[string][]string, at map[string]map[string][]planner.Item) {
	at = map[string]map[string][]planner.Item{}
	rooms = map[string][]string{}
	for _, it := range items {
		d := it.Start.Format("2006-01-02")
		if at[d] == nil {
			at[d] = map[string][]planner.Item{}
			days = append(days, d)
		}
		r := it.Room
		if r == "" {
			r = "TBA"
		}
		if at[d][r] == nil {
			rooms[d] = append(rooms[d], r)
		}
		at[d][r] = append(at[d][r], it)
	}
	return days, rooms, at
}

func hhmm(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d.Hours()), int(d.Minutes())%60)
}

func frabXML(items []planner.Item, loc *time.Location) []byte {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><version>1</version><conference><title>ASTRO</title><time_zone_name>%s</time_zone_name></conference>\n", loc)
	days, rooms, at := byDay(items)
	n := 0
	for i, d := range days {
		fmt.Fprintf(&buf, "<day index=\"%d\" date=\"%s\">\n", i+1, d)
		for _, r := range rooms[d] {
			buf.WriteString("<room name=\"")
			xml.EscapeText(&buf, []byte(r))
			buf.WriteString("\">\n")
			for _, it := range at[d][r] {
				n++
				fmt.Fprintf(&buf, "<event id=\"%d\" guid=\"g-%d\"><date>%s</date><start>%s</start><duration>%s</duration><room>", n, n, it.Start.Format(time.RFC3339), it.Start.Format("15:04"), hhmm(it.End.Sub(it.Start)))
				xml.EscapeText(&buf, []byte(r))
				buf.WriteString("</room><title>")
				xml.EscapeText(&buf, []byte(it.Title))
				fmt.Fprintf(&buf, "</title><type>%s</type><persons>", it.Kind)
				for j, p := range it.People {
					fmt.Fprintf(&buf, "<person id=\"%d\">", j+1)
					xml.EscapeText(&buf, []byte(p.Name))
					buf.WriteString("</person>")
				}
				buf.WriteString("</persons></event>\n")
			}
			buf.WriteString("</room>\n")
		}
		buf.WriteString("</day>\n")
	}
	buf.WriteString("</schedule>\n")
	return buf.Bytes()
}

func frabJSON(items []planner.Item, loc *time.Location) []byte {
	type person struct {
		Name string `json:"name"`
	}
	type event struct {
		ID       int      `json:"id"`
		GUID     string   `json:"guid"`
		Date     string   `json:"date"`
		Start    string   `json:"start"`
		Duration string   `json:"duration"`
		Room     string   `json:"room"`
		Title    string   `json:"title"`
		Type     string   `json:"type"`
		Persons  []person `json:"persons"`
	}
	type day struct {
		Index int                `json:"index"`
		Date  string             `json:"date"`
		Rooms map[string][]event `json:"rooms"`
	}
	days, rooms, at := byDay(items)
	var ds []day
	n := 0
	for i, d := range days {
		dd := day{Index: i + 1, Date: d, Rooms: map[string][]event{}}
		for _, r := range rooms[d] {
			for _, it := range at[d][r] {
				n++
				e := event{ID: n, GUID: fmt.Sprintf("g-%d", n), Date: it.Start.Format(time.RFC3339), Start: it.Start.Format("15:04"),
					Duration: hhmm(it.End.Sub(it.Start)), Room: r, Title: it.Title, Type: string(it.Kind)}
				for _, p := range it.People {
					e.Persons = append(e.Persons, person{p.Name})
				}
				dd.Rooms[r] = append(dd.Rooms[r], e)
			}
		}
		ds = append(ds, dd)
	}
	doc := map[string]any{"schedule": map[string]any{"version": "1", "conference": map[string]any{
		"title": "ASTRO", "acronym": "astro", "time_zone_name": loc.String(), "days": ds}}}
	b, _ := json.Marshal(doc)
	return b
}

func sessionizeJSON(items []planner.Item) []byte {
	type session struct {
		ID       string   `json:"id"`
		Title    string   `json:"title"`
		StartsAt string   `json:"startsAt"`
		EndsAt   string   `json:"endsAt"`
		Speakers []string `json:"speakers"`
		RoomID   int      `json:"roomId"`
		Status   string   `json:"status"`
	}
	type speaker struct {
		ID       string `json:"id"`
		FullName string `json:"fullName"`
		TagLine  string `json:"tagLine"`
	}
	type room struct {
		ID   int    `json:"id"`
		Name string `json:"name"`
	}
	var ss []session
	var sp []speaker
	var rs []room
	roomID := map[string]int{}
	speakerID := map[string]string{}
	for i, it := range items {
		id, ok := roomID[it.Room]
		if !ok {
			id = 1000 + len(rs)
			roomID[it.Room] = id
			rs = append(rs, room{id, it.Room})
		}
		s := session{ID: fmt.Sprint(i + 1), Title: it.Title, StartsAt: it.Start.Format("2006-01-02T15:04:05"), EndsAt: it.End.Format("2006-01-02T15:04:05"), RoomID: id, Status: "Accepted"}
		for _, p := range it.People {
			pid, ok := speakerID[p.Name]
			if !ok {
				pid = fmt.Sprintf("sp-%d", len(sp))
				speakerID[p.Name] = pid
				tag := ""
				if len(p.Affiliations) > 0 {
					tag = "Radiation Oncologist at " + p.Affiliations[0]
				}
				sp = append(sp, speaker{pid, p.Name, tag})
			}
			s.Speakers = append(s.Speakers, pid)
		}
		ss = append(ss, s)
	}
	b, _ := json.Marshal(map[string]any{"sessions": ss, "speakers": sp, "rooms": rs, "categories": []any{}, "questions": []any{}})
	return b
}

func indicoJSON(items []planner.Item, loc *time.Location) []byte {
	days := map[string]map[string]any{}
	for i, it := range items {
		d := it.Start.Format("20060102")
		if days[d] == nil {
			days[d] = map[string]any{}
		}
		var presenters []map[string]string
		for _, p := range it.People {
			aff := ""
			if len(p.Affiliations) > 0 {
				aff = p.Affiliations[0]
			}
			presenters = append(presenters, map[string]string{"name": p.Name, "affiliation": aff})
		}
		days[d][fmt.Sprintf("c%d", i)] = map[string]any{
			"entryType": "Contribution", "title": it.Title, "room": it.Room, "presenters": presenters,
			"startDate": map[string]string{"date": it.Start.Format("2006-01-02"), "time": it.Start.Format("15:04:05"), "tz": loc.String()},
			"endDate":   map[string]string{"date": it.End.Format("2006-01-02"), "time": it.End.Format("15:04:05"), "tz": loc.String()},
		}
	}
	b, _ := json.Marshal(map[string]any{"count": 1, "_type": "HTTPAPIResult", "results": map[string]any{"1": days}})
	return b
}

func BenchmarkImportPlatform(b *testing.B) {
	for _, format := range platFormats {
		for _, k := range benchScales {
			b.Run(fmt.Sprintf("%s/ASTRO=%dx", format, k), func(b *testing.B) {
				data := platformFiles(b, k)[format]
				loc, _ := time.LoadLocation("America/New_York")
				opt := sources.Options{Zone: loc}
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					res, err := sources.ReadProgram(bytes.NewReader(data), "program", opt)
					if err != nil {
						b.Fatal(err)
					}
					if res.Format != format {
						b.Fatalf("format %s, want %s", res.Format, format)
					}
				}
			})
		}
	}
}

// BenchmarkParsePlatformFloor parses the same files with the standard
// library alone: every XML token, or the JSON into generic values.
func BenchmarkParsePlatformFloor(b *testing.B) {
	for _, format := range platFormats {
		for _, k := range benchScales {
			b.Run(fmt.Sprintf("%s/ASTRO=%dx", format, k), func(b *testing.B) {
				data := platformFiles(b, k)[format]
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					if format == "frab-xml" {
						d := xml.NewDecoder(bytes.NewReader(data))
						for {
							if _, err := d.Token(); err == io.EOF {
								break
							} else if err != nil {
								b.Fatal(err)
							}
						}
						continue
					}
					var v any
					if err := json.Unmarshal(data, &v); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
