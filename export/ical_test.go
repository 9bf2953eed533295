package export_test

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var la = mustZone("America/Los_Angeles")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

func at(d, hh, mm int) time.Time { return time.Date(2025, 9, 27+d, hh, mm, 0, 0, la) }

const meetingName = "ASTRO 2025 Annual Meeting (test)"

// fixture is a small meeting with the shapes that matter: a session with
// talks, a poster walk, an ARRO event, text that needs escaping and long
// non-ASCII titles that need folding.
func fixture(t *testing.T) (*planner.Plan, []planner.FollowUp) {
	t.Helper()
	return fixtureExplained(t, false)
}

// fixtureExplained is fixture, planned with PlanOptions.Explain set as
// given (for the --explain table).
func fixtureExplained(t *testing.T, explain bool) (*planner.Plan, []planner.FollowUp) {
	t.Helper()
	hall := "Poster Hall, Exhibit Hall D"
	items := []planner.Item{
		{ID: "MTE-01", Kind: planner.KindSession, Type: "Meet the Expert", Title: "Meet the Expert: Hypofractionated Radiotherapy for Oral Cavity Squamous Cell Carcinoma", Start: at(0, 7, 0), End: at(0, 7, 50), Room: "Room 3014"},
		{ID: "SS-02", Kind: planner.KindSession, Title: "Evidence Update: Proton Beam Therapy; Esophagus, Stomach \\ Pancreas", Start: at(0, 7, 15), End: at(0, 7, 55), Room: "Moscone West 2003"},
		{ID: "SS-10", Kind: planner.KindSession, Title: "Scientific Session 10 – Gastrointestinal", Start: at(0, 13, 0), End: at(0, 14, 15), Room: "Room 2001"},
		{ID: "1001", Kind: planner.KindTalk, ParentID: "SS-10", Title: "Ablative Radiotherapy for Oligometastatic Pancreatic Cancer: A Phase II Trial\r\nwith a stray line break", Start: at(0, 13, 0), End: at(0, 13, 10), Room: "Room 2001"},
		{ID: "2003", Kind: planner.KindPoster, Type: "Poster Q&A", Session: "PQA 01 - Breast Cancer Poster Q&A", Board: "Board 12", Title: "Dosimetric Comparison of Accelerated Partial-Breast Irradiation — Évaluation multicentrique à Zürich, Kraków and Łódź 🧪", Start: at(0, 10, 45), End: at(0, 11, 45), Room: hall},
		{ID: "2001", Kind: planner.KindPoster, Type: "Poster Q&A", Session: "PQA 01 - Breast Cancer Poster Q&A", Board: "Board 2", Title: "放射線治療の日本語タイトル：長い題名が七十五オクテットで折り返されることを確かめるためのもの", Start: at(0, 10, 45), End: at(0, 11, 45), Room: hall},
		{ID: "ARRO-1", Kind: planner.KindEvent, Type: "ARRO Event", Title: "ARRO Resident Research Speed Networking", Start: at(1, 12, 30), End: at(1, 13, 30), Room: "Marriott Marquis, Yerba Buena Salon 7"},
	}
	m := &planner.Meeting{Name: meetingName, Zone: la, Items: items}
	planner.SortItems(m.Items)
	tg := &planner.Targets{
		People: []planner.Contact{
			{Name: "Dr. José García-López", Role: "Program Director", Institution: "Harvard Radiation Oncology Program", Email: "jgl@harvard.example", Priority: 1},
			{Name: "Rachel Kaplan MD", Role: "Faculty", Institution: "University of Pennsylvania", Priority: 3},
			{Name: "Łukasz Wiśniewski", Role: "Resident", Institution: "Memorial Sloan Kettering", Email: "lw@msk.example", Priority: 2},
		},
		Programs: []planner.Program{
			{Name: "Memorial Sloan Kettering Cancer Center", Aliases: []string{"MSK", "Memorial Sloan Kettering"}, Visa: "J-1;H-1B", Priority: 1},
			{Name: "Harvard Radiation Oncology Program", Visa: "none", Priority: 1},
		},
	}
	matches := []planner.Match{
		{ItemID: "MTE-01", TargetType: planner.TargetPerson, TargetIndex: 0, Target: tg.People[0].Name, Role: planner.RoleSpeaker, Who: "José García-López"},
		{ItemID: "SS-02", TargetType: planner.TargetPerson, TargetIndex: 1, Target: tg.People[1].Name, Role: planner.RoleSpeaker, Who: "Rachel Kaplan"},
		{ItemID: "1001", TargetType: planner.TargetPerson, TargetIndex: 2, Target: tg.People[2].Name, Role: planner.RolePresentingAuthor, Who: "Ł. Wiśniewski"},
		{ItemID: "2003", TargetType: planner.TargetProgram, TargetIndex: 0, Target: tg.Programs[0].Name, Role: planner.RolePresentingAuthor, Who: "Camila Rivera"},
		{ItemID: "2001", TargetType: planner.TargetProgram, TargetIndex: 1, Target: tg.Programs[1].Name, Role: planner.RoleAuthor, Who: "K. Tanaka"},
		{ItemID: "ARRO-1", TargetType: planner.TargetProgram, TargetIndex: 0, Target: tg.Programs[0].Name, Role: planner.RoleModerator, Who: "Pieter van der Berg"},
	}
	p, err := planner.MakePlan(m, tg, matches, planner.PlanOptions{Buffer: 10 * time.Minute, Explain: explain})
	if err != nil {
		t.Fatal(err)
	}
	// Follow-ups drafted here, not by FirstFollowUp, so the golden files
	// test the writers alone.
	var fs []planner.FollowUp
	for _, f := range p.FollowUps {
		f.Subject = "Thank you, " + f.Encounter.Name + "; great to meet you at ASTRO"
		f.Body = "Dear " + f.Encounter.Name + ",\r\n\r\nThank you for your time at " + f.Encounter.Where + ". I am an international medical graduate applying to radiation oncology; could I ask two short questions by email?\n\nWith thanks,\nA. Applicant"
		if f.Encounter.Email != "" {
			f.Mailto = "mailto:" + f.Encounter.Email + "?subject=Thank%20you&body=Dear%20colleague%2C%0D%0A"
		}
		f.Status = "upcoming"
		fs = append(fs, f)
	}
	if len(fs) != 2 {
		t.Fatalf("fixture has %d follow-ups, want 2 (García-López, Wiśniewski)", len(fs))
	}
	return p, fs
}

func calOptions() export.CalendarOptions {
	return export.CalendarOptions{Name: "ASTRO 2025 — my plan", Meeting: meetingName, Zone: la, Alarm: 10 * time.Minute}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it); got:\n%s", name, got)
	}
}

func writeAll(t *testing.T, p *planner.Plan, fs []planner.FollowUp, opt export.CalendarOptions) (itin, todos, check []byte) {
	t.Helper()
	var a, b, c bytes.Buffer
	if err := export.WriteICal(&a, p, fs, opt); err != nil {
		t.Fatal(err)
	}
	if err := export.WriteTodos(&b, fs, opt); err != nil {
		t.Fatal(err)
	}
	if err := export.WriteChecklist(&c, fs, opt); err != nil {
		t.Fatal(err)
	}
	return a.Bytes(), b.Bytes(), c.Bytes()
}

func TestGolden(t *testing.T) {
	p, fs := fixture(t)
	itin, todos, check := writeAll(t, p, fs, calOptions())
	golden(t, "itinerary.ics", itin)
	golden(t, "followups.ics", todos)
	golden(t, "followups.md", check)
	var tbl bytes.Buffer
	if err := export.WritePlan(&tbl, p, export.TableOptions{Zone: la}); err != nil {
		t.Fatal(err)
	}
	golden(t, "plan.txt", tbl.Bytes())
	// The explained plan differs in the candidates' reasons alone, which
	// only --explain shows.
	pe, fse := fixtureExplained(t, true)
	itinE, todosE, checkE := writeAll(t, pe, fse, calOptions())
	var tblE bytes.Buffer
	if err := export.WritePlan(&tblE, pe, export.TableOptions{Zone: la}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(itin, itinE) || !bytes.Equal(todos, todosE) || !bytes.Equal(check, checkE) || !bytes.Equal(tbl.Bytes(), tblE.Bytes()) {
		t.Error("a plan made with PlanOptions.Explain writes another calendar, checklist or table")
	}
	tbl.Reset()
	if err := export.WritePlan(&tbl, pe, export.TableOptions{Zone: la, Explain: true}); err != nil {
		t.Fatal(err)
	}
	golden(t, "plan-explain.txt", tbl.Bytes())

	// Same input, same bytes.
	itin2, todos2, check2 := writeAll(t, p, fs, calOptions())
	if !bytes.Equal(itin, itin2) || !bytes.Equal(todos, todos2) || !bytes.Equal(check, check2) {
		t.Error("a second run on the same input wrote different bytes")
	}
}

// checkRaw checks the RFC 5545 basics on the raw bytes.
func checkRaw(t *testing.T, name string, data []byte) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Errorf("%s: does not end with CRLF", name)
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("%s:%d: bare CR or LF in %q", name, i+1, line)
		}
		if len(line) > 75 {
			t.Errorf("%s:%d: %d octets, want at most 75: %q", name, i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("%s:%d: a UTF-8 character is split by folding: %q", name, i+1, line)
		}
		if strings.Contains(line, "TZID") {
			t.Errorf("%s:%d: TZID written: %q", name, i+1, line)
		}
	}
	for _, want := range []string{"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", "PRODID:", "CALSCALE:GREGORIAN\r\n", "METHOD:PUBLISH\r\n", "X-WR-CALNAME:"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("%s: lacks %q", name, want)
		}
	}
}

func parse(t *testing.T, data []byte) *ics.Calendar {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("golang-ical cannot parse our output: %v", err)
	}
	return cal
}

func prop(c *ics.ComponentBase, p ics.ComponentProperty) string {
	if v := c.GetProperty(p); v != nil {
		return v.Value
	}
	return ""
}

func TestICalReparses(t *testing.T) {
	p, fs := fixture(t)
	opt := calOptions()
	itin, todos, _ := writeAll(t, p, fs, opt)
	checkRaw(t, "itinerary.ics", itin)
	checkRaw(t, "followups.ics", todos)

	cal := parse(t, itin)
	events := cal.Events()
	byUID := make(map[string]*ics.VEvent)
	for _, e := range events {
		uid := e.Id()
		if byUID[uid] != nil {
			t.Errorf("UID %s twice", uid)
		}
		byUID[uid] = e
	}
	nStops := 0
	var prevEnd time.Time
	for _, d := range p.Days {
		for _, s := range d.Stops {
			nStops++
			uid := export.UID(meetingName, s.ID)
			e := byUID[uid]
			if e == nil {
				t.Errorf("stop %s: no VEVENT with UID %s", s.ID, uid)
				continue
			}
			start, err1 := e.GetStartAt()
			end, err2 := e.GetEndAt()
			if err1 != nil || err2 != nil || !start.Equal(s.Start) || !end.Equal(s.End) {
				t.Errorf("stop %s: event %v–%v (%v %v), want %v–%v", s.ID, start, end, err1, err2, s.Start, s.End)
			}
			if !prevEnd.IsZero() && start.Before(prevEnd) {
				t.Errorf("stop %s overlaps the one before", s.ID)
			}
			prevEnd = end
			// The summary names whom the stop is for first.
			got := prop(&e.ComponentBase, ics.ComponentPropertySummary)
			switch {
			case len(s.Points) == 0 && got != strings.Join(strings.Fields(s.Title), " "):
				t.Errorf("SUMMARY %q, want %q", got, s.Title)
			case len(s.Points) > 0 && !strings.Contains(got, planner.DisplayName(s.Points[0].Target)) && !strings.Contains(got, s.Points[0].Who):
				t.Errorf("SUMMARY %q does not name %q first", got, s.Points[0].Target)
			}
			if got := prop(&e.ComponentBase, ics.ComponentPropertyLocation); got != s.Room {
				t.Errorf("LOCATION %q, want %q", got, s.Room)
			}
			desc := prop(&e.ComponentBase, ics.ComponentPropertyDescription)
			local := s.Start.In(la).Format("15:04")
			if !strings.Contains(desc, local) || !strings.Contains(desc, "PDT") {
				t.Errorf("stop %s: DESCRIPTION lacks the local time %s PDT:\n%s", s.ID, local, desc)
			}
			for _, pt := range s.Points {
				if !strings.Contains(desc, pt.Say) {
					t.Errorf("stop %s: DESCRIPTION lacks the talking point %q", s.ID, pt.Say)
				}
			}
			alarms := e.Alarms()
			if len(alarms) != 1 || prop(&alarms[0].ComponentBase, ics.ComponentPropertyTrigger) != "-PT10M" ||
				prop(&alarms[0].ComponentBase, ics.ComponentPropertyAction) != "DISPLAY" ||
				prop(&alarms[0].ComponentBase, ics.ComponentPropertyDescription) == "" {
				t.Errorf("stop %s: want one DISPLAY alarm 10 min before with a DESCRIPTION", s.ID)
			}
			if prop(&e.ComponentBase, ics.ComponentPropertyDtstamp) == "" || prop(&e.ComponentBase, ics.ComponentPropertySequence) != "0" {
				t.Errorf("stop %s: DTSTAMP/SEQUENCE missing", s.ID)
			}
		}
	}
	if len(events) != nStops+len(fs) {
		t.Errorf("%d events, want %d stops + %d follow-ups", len(events), nStops, len(fs))
	}
	// Follow-up events: at the window's start, related to the encounter.
	followUps := 0
	for _, e := range events {
		if prop(&e.ComponentBase, ics.ComponentPropertyCategories) != "Follow-up,confplan" {
			continue
		}
		followUps++
		rel := prop(&e.ComponentBase, ics.ComponentPropertyRelatedTo)
		if byUID[rel] == nil {
			t.Errorf("follow-up %s: RELATED-TO %q is no event in the file", e.Id(), rel)
			continue
		}
		encEnd, _ := byUID[rel].GetEndAt()
		start, _ := e.GetStartAt()
		if got := start.Sub(encEnd); got != 48*time.Hour {
			t.Errorf("follow-up %s starts %s after its encounter ends, want 48h", e.Id(), got)
		}
		desc := prop(&e.ComponentBase, ics.ComponentPropertyDescription)
		if !strings.Contains(desc, "Dear ") || !strings.Contains(desc, "mailto:") {
			t.Errorf("follow-up %s: DESCRIPTION lacks the draft or the mailto: link:\n%s", e.Id(), desc)
		}
		if strings.Contains(desc, "\r") {
			t.Errorf("follow-up %s: a CR survived in the DESCRIPTION", e.Id())
		}
	}
	if followUps != len(fs) {
		t.Errorf("%d follow-up events, want %d", followUps, len(fs))
	}

	// Tasks: DTSTART, DUE 72 h after the encounter, NEEDS-ACTION, related.
	tcal := parse(t, todos)
	if got := len(tcal.Todos()); got != len(fs) {
		t.Fatalf("%d VTODOs, want %d", got, len(fs))
	}
	for i, td := range tcal.Todos() {
		f := fs[i]
		due, err := td.GetDueAt()
		if err != nil || !due.Equal(f.Due) || !due.Equal(f.Encounter.At.Add(72*time.Hour)) {
			t.Errorf("todo %d: DUE %v (%v), want %v", i, due, err, f.Due)
		}
		start, err := td.GetStartAt()
		if err != nil || !start.Equal(f.WindowStart) {
			t.Errorf("todo %d: DTSTART %v, want %v", i, start, f.WindowStart)
		}
		if s := prop(&td.ComponentBase, ics.ComponentPropertyStatus); s != "NEEDS-ACTION" {
			t.Errorf("todo %d: STATUS %q", i, s)
		}
		if rel := prop(&td.ComponentBase, ics.ComponentPropertyRelatedTo); rel != export.UID(meetingName, f.Encounter.ItemID) {
			t.Errorf("todo %d: RELATED-TO %q", i, rel)
		}
		if byUID[td.Id()] != nil {
			t.Errorf("todo %d shares its UID with an event", i)
		}
	}
}

func TestSequenceAndStampFollowContent(t *testing.T) {
	p, fs := fixture(t)
	opt := calOptions()
	first, _, _ := writeAll(t, p, fs, opt)
	prior, err := export.ReadPrior(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	opt.Prior = prior
	again, _, _ := writeAll(t, p, fs, opt)
	if !bytes.Equal(first, again) {
		t.Fatal("rewriting over the same earlier file changed it")
	}

	// Talking points change: new DTSTAMP, same SEQUENCE. Room changes:
	// SEQUENCE rises.
	d := &p.Days[0]
	d.Stops[0].Points[0].Say += " Bring your CV."
	d.Stops[1].Room = "Room 3016"
	changed, _, _ := writeAll(t, p, fs, opt)
	cal := parse(t, changed)
	for i, s := range d.Stops[:2] {
		var e *ics.VEvent
		for _, ev := range cal.Events() {
			if ev.Id() == export.UID(meetingName, s.ID) {
				e = ev
			}
		}
		if e == nil {
			t.Fatalf("no event for %s", s.ID)
		}
		old := prior[e.Id()]
		stamp, _ := e.GetDtStampTime()
		if !stamp.Equal(old.Stamp.Add(time.Second)) {
			t.Errorf("%s: DTSTAMP %v, want one second after %v", s.ID, stamp, old.Stamp)
		}
		wantSeq := []string{"0", "1"}[i]
		if got := prop(&e.ComponentBase, ics.ComponentPropertySequence); got != wantSeq {
			t.Errorf("%s: SEQUENCE %s, want %s", s.ID, got, wantSeq)
		}
	}
}

// TestDSTFollowUps: a meeting over the first Sunday of November in New
// York. 48 h is an absolute duration, so a follow-up after a 16:00 EDT
// encounter on Saturday opens at 15:00 EST on Monday: the same instant
// 48 h later, an hour earlier on the wall clock.
func TestDSTFollowUps(t *testing.T) {
	ny := mustZone("America/New_York")
	items := []planner.Item{
		{ID: "S1", Kind: planner.KindSession, Title: "Saturday session", Start: time.Date(2026, 10, 31, 15, 0, 0, 0, ny), End: time.Date(2026, 10, 31, 16, 0, 0, 0, ny), Room: "Hall A"},
		// 01:30 happens twice on 1 November; this is the second, in EST.
		{ID: "S2", Kind: planner.KindEvent, Title: "Night owl reception", Start: time.Date(2026, 11, 1, 6, 30, 0, 0, time.UTC).In(ny), End: time.Date(2026, 11, 1, 7, 30, 0, 0, time.UTC).In(ny), Room: "Bar"},
		{ID: "S3", Kind: planner.KindSession, Title: "Monday session", Start: time.Date(2026, 11, 2, 9, 0, 0, 0, ny), End: time.Date(2026, 11, 2, 10, 0, 0, 0, ny), Room: "Hall A"},
	}
	m := &planner.Meeting{Name: "DST test meeting", Zone: ny, Items: items}
	tg := &planner.Targets{People: []planner.Contact{
		{Name: "Dr. A", Role: "Program Director", Email: "a@example.org", Priority: 1},
		{Name: "Dr. B", Role: "Faculty", Email: "b@example.org", Priority: 1},
	}}
	matches := []planner.Match{
		{ItemID: "S1", TargetType: planner.TargetPerson, TargetIndex: 0, Role: planner.RoleSpeaker},
		{ItemID: "S2", TargetType: planner.TargetPerson, TargetIndex: 1, Role: planner.RoleSpeaker},
	}
	p, err := planner.MakePlan(m, tg, matches, planner.PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	opt := export.CalendarOptions{Name: "DST", Meeting: m.Name, Zone: ny}
	// Fixed drafts keep the golden files about the writers alone.
	fs := append([]planner.FollowUp(nil), p.FollowUps...)
	for i := range fs {
		fs[i].Subject, fs[i].Body, fs[i].Mailto = "Thank you", "Dear "+fs[i].Encounter.Name+",\n\nThank you.", ""
	}
	itin, todos, check := writeAll(t, p, fs, opt)
	checkRaw(t, "dst.ics", itin)
	golden(t, "dst.ics", itin)
	golden(t, "dst.md", check)
	for _, want := range []string{
		"DTSTART:20261031T190000Z", "DTEND:20261031T200000Z", // Saturday 15:00–16:00 EDT
		"DTSTART:20261101T063000Z", // 01:30 EST, the second one
		"DTSTART:20261102T200000Z", // Dr. A: window opens 48 h after 20:00Z
		"DTSTART:20261103T073000Z", // Dr. B: 48 h after 07:30Z
	} {
		if !bytes.Contains(itin, []byte(want+"\r\n")) {
			t.Errorf("itinerary lacks %s", want)
		}
	}
	if !bytes.Contains(todos, []byte("DUE:20261103T200000Z\r\n")) {
		t.Error("Dr. A's task is not due 72 h after 20:00Z")
	}
	// The wall clock moved: 16:00 EDT + 48 h is 15:00 EST.
	for _, want := range []string{"due Tue 3 Nov 15:00 EST", "Send from Mon 2 Nov 15:00 EST", "met at “Saturday session” (Hall A), Sat 31 Oct 16:00 EDT"} {
		if !bytes.Contains(check, []byte(want)) {
			t.Errorf("checklist lacks %q:\n%s", want, check)
		}
	}
}

func TestFoldAndEscape(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", " ", ",", ";", "\\", "\n", "\r\n", "\r", "é", "ł", "日本", "🧪", "\t", ":", "\"", "\x01"}
	for i := 0; i < 300; i++ {
		var b strings.Builder
		for n := r.IntN(300); n > 0; n-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		text := b.String()
		p := &planner.Plan{Days: []planner.DayPlan{{Day: "2025-09-27", Stops: []planner.Stop{{
			ID: "X", Kind: planner.KindSession, Title: text, Room: text, Start: at(0, 9, 0), End: at(0, 10, 0),
			Items: []planner.Item{{ID: "X", Kind: planner.KindSession, Title: text}},
		}}}}}
		fs := []planner.FollowUp{{
			Encounter:   planner.Encounter{Name: "N", ItemID: "X", At: at(0, 10, 0)},
			WindowStart: at(2, 10, 0), Due: at(3, 10, 0), Body: text,
		}}
		var out bytes.Buffer
		if err := export.WriteICal(&out, p, fs, export.CalendarOptions{Meeting: "m", Name: text}); err != nil {
			t.Fatal(err)
		}
		checkRaw(t, "random", out.Bytes())
		cal := parse(t, out.Bytes())
		e := cal.Events()[0]
		body := strings.TrimRight(strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x01", "").Replace(text), "\n")
		line := strings.Join(strings.Fields(body), " ")
		if got := prop(&e.ComponentBase, ics.ComponentPropertySummary); got != line {
			t.Fatalf("SUMMARY round trip:\n got %q\nwant %q", got, line)
		}
		if got := prop(&e.ComponentBase, ics.ComponentPropertyLocation); got != line && line != "" {
			t.Fatalf("LOCATION round trip:\n got %q\nwant %q", got, line)
		}
		f := cal.Events()[1]
		if got := prop(&f.ComponentBase, ics.ComponentPropertyDescription); !strings.Contains(got, "\n"+body+"\n") {
			t.Fatalf("DESCRIPTION round trip: %q not in\n%q", body, got)
		}
	}
}

func TestEscapes(t *testing.T) {
	p := &planner.Plan{Days: []planner.DayPlan{{Day: "2025-09-27", Stops: []planner.Stop{{
		ID: "X", Kind: planner.KindSession, Title: `a,b;c\d` + "\r\ne\rf", Start: at(0, 9, 0), End: at(0, 10, 0),
		Items: []planner.Item{{ID: "X"}},
	}}}}}
	var out bytes.Buffer
	if err := export.WriteICal(&out, p, nil, export.CalendarOptions{Meeting: "m"}); err != nil {
		t.Fatal(err)
	}
	if want := `SUMMARY:a\,b\;c\\d e f` + "\r\n"; !strings.Contains(out.String(), want) {
		t.Errorf("want %q in:\n%s", want, out.String())
	}
}

func TestNoEndNoDTEND(t *testing.T) {
	p := &planner.Plan{Days: []planner.DayPlan{{Day: "2025-09-27", Stops: []planner.Stop{{
		ID: "X", Kind: planner.KindEvent, Title: "Opening reception", Start: at(0, 18, 0), End: at(0, 18, 0),
		Items: []planner.Item{{ID: "X"}},
	}}}}}
	var out bytes.Buffer
	if err := export.WriteICal(&out, p, nil, export.CalendarOptions{Meeting: "m"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "DTEND") || !strings.Contains(out.String(), "DTSTART:20250928T010000Z\r\n") {
		t.Errorf("an item without an end: want DTSTART only, got\n%s", out.String())
	}
}

// longWalk is a day with one poster walk through n boards, each poster
// with a long title full of commas (escaped, they take two bytes each)
// and of letters beyond ASCII (calcurse cuts a longer line at 8,192
// bytes and skips the event when the cut splits a character).
func longWalk(n int) *planner.Plan {
	s := planner.Stop{ID: "WALK", Kind: planner.KindPoster, Walk: true, Title: "Poster walk", Room: "Poster Hall, Exhibit Hall D",
		Start: at(0, 10, 45), End: at(0, 11, 45), Value: 4120, Why: []string{"University of Miami (P1) via Laura Lewis, presenting author: 100×1×3"}}
	for i := 0; i < n; i++ {
		id := fmt.Sprint(2000 + i)
		s.Items = append(s.Items, planner.Item{ID: id, Kind: planner.KindPoster, Board: fmt.Sprint(i + 1), Session: "PQA 01 - Breast Cancer Poster Q&A",
			Title: fmt.Sprintf("Poster %d: Résultats, toxicité et coût de l’irradiation hypofractionnée du sein entier — essai multicentrique, randomisé (Zürich, Kraków, Łódź)", i+1),
			Start: s.Start, End: s.End, Room: s.Room})
	}
	s.Points = []planner.TalkingPoint{{ItemID: "2000", TargetType: planner.TargetPerson, Target: "Laura Lewis", Who: "Laura Lewis", Role: "Faculty", Part: planner.RolePresentingAuthor, Say: "Ask about the trial's cost analysis."}}
	return &planner.Plan{Days: []planner.DayPlan{{Day: "2025-09-27", Stops: []planner.Stop{s}}}}
}

// A walk through hundreds of boards keeps its DESCRIPTION within what
// every client reads (calcurse skips an event whose unfolded line reaches
// 8,192 bytes; Google Calendar keeps 8,192 characters): the head — whom
// to find, where, when — stays, the route is cut at a line with a note
// pointing to the day plan, and why the stop is worth it stays last.
func TestLongDescriptionFits(t *testing.T) {
	for _, n := range []int{3, 40, 400} {
		var out bytes.Buffer
		if err := export.WriteICal(&out, longWalk(n), nil, calOptions()); err != nil {
			t.Fatal(err)
		}
		unfolded := strings.ReplaceAll(out.String(), "\r\n ", "")
		var desc string
		for _, l := range strings.Split(unfolded, "\r\n") {
			if strings.HasPrefix(l, "DESCRIPTION:") && len(l) > len(desc) {
				desc = l
			}
		}
		if len(desc) > 8000 {
			t.Errorf("%d posters: DESCRIPTION line of %d bytes, want at most 8,000", n, len(desc))
		}
		text := prop(&parse(t, out.Bytes()).Events()[0].ComponentBase, ics.ComponentPropertyDescription)
		for _, want := range []string{"Laura Lewis", "Where: board 1, Poster Hall, Exhibit Hall D", "When: ", "Poster 1: Résultats", "\n\nWhy (value 4120): University of Miami"} {
			if !strings.Contains(text, want) {
				t.Errorf("%d posters: DESCRIPTION lacks %q:\n%s", n, want, text)
			}
		}
		cut := strings.Contains(text, "more lines: the day plan (confplan plan --html) lists them all")
		if cut != (n == 400) {
			t.Errorf("%d posters: cut = %v, want %v:\n%s", n, cut, n == 400, text)
		}
		if n < 400 && !strings.Contains(text, fmt.Sprintf("Poster %d: Résultats", n)) {
			t.Errorf("%d posters: the last poster is missing:\n%s", n, text)
		}
	}
}
