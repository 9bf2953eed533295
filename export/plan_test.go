package export_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

// TestPlanTableReadsWell checks what the day table shows a user: a walk's
// boards per poster session, one main "lost to" with "+N more", and
// target-less networking fillers counted, not listed, unless --explain.
func TestPlanTableReadsWell(t *testing.T) {
	poster := func(id, board, session string) planner.Item {
		return planner.Item{ID: id, Kind: planner.KindPoster, Board: board, Session: session, Start: at(0, 10, 30), End: at(0, 11, 30), Room: "Hall B"}
	}
	walk := planner.Stop{ID: "posters@x", Kind: planner.KindPoster, Walk: true, Title: "Poster walk: 3 posters (PQA 05, PQA 09)",
		Start: at(0, 10, 30), End: at(0, 11, 30), Room: "Hall B", Value: 990, Items: []planner.Item{
			poster("2001", "1", "PQA 05 - Head and Neck Cancer Poster Q&A"),
			poster("2017", "Board 1", "PQA 09 - Sarcoma Poster Q&A"),
			poster("2018", "Board 2", "PQA 09 - Sarcoma Poster Q&A"),
		}}
	talk := planner.Stop{ID: "T1", Kind: planner.KindTalk, Title: "A talk", Start: at(0, 11, 30), End: at(0, 11, 40), Room: "Room 1", Value: 60}
	p := &planner.Plan{Days: []planner.DayPlan{{
		Day: "2025-09-27", Stops: []planner.Stop{walk, talk}, Value: 1050,
		Explain: []planner.Explain{
			{ID: "posters@x", Title: walk.Title, Start: walk.Start, End: walk.End, Value: 990, Chosen: true},
			{ID: "SS", Title: "A long session", Start: at(0, 10, 0), End: at(0, 12, 0), Value: 500, Against: []string{"T1", "posters@x"}},
			{ID: "MTE", Title: "Meet the Expert: nobody of yours", Start: at(0, 10, 30), End: at(0, 11, 20), Value: 20, Against: []string{"posters@x"}, Filler: true},
			{ID: "SS-T1", Title: "A talk of the long session", Start: at(0, 10, 40), End: at(0, 10, 50), Value: 90, Against: []string{"posters@x"}, Parent: "SS"},
			{ID: "T1", Title: "A talk", Start: talk.Start, End: talk.End, Value: 60, Chosen: true},
		},
	}}}
	var b bytes.Buffer
	if err := export.WritePlan(&b, p, export.TableOptions{Zone: la}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"PQA 05 board 1; PQA 09",
		"boards 1, 2",
		"│ Poster walk: 3 posters (PQA │", // the main loss: the walk, worth most
		"+1 more",
		"Also dropped: 1 talk of the sessions above; 1 networking event with none of your targets",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("table lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Meet the Expert: nobody") || strings.Contains(got, "A talk of the long") {
		t.Errorf("a filler is listed without --explain:\n%s", got)
	}
	b.Reset()
	if err := export.WritePlan(&b, p, export.TableOptions{Zone: la, Explain: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Meet the Expert: nobody") {
		t.Errorf("--explain hides a filler:\n%s", b.String())
	}
}

// TestPlannedAndLoggedFollowUpsShareUID: the follow-up an itinerary plans
// and the one 'confplan followups' writes after 'met' logs the encounter
// are one calendar event: same UID, the logged one newer (SEQUENCE 1,
// DTSTAMP at the encounter); met on another day, they are two.
func TestPlannedAndLoggedFollowUpsShareUID(t *testing.T) {
	person := planner.Encounter{Name: "Zoë Fernández, DO", Institution: "Maryland Proton Treatment Center", Email: "z@example.org", Where: "A poster", ItemKind: planner.KindPoster}
	planned := person
	planned.At, planned.ItemID = at(0, 11, 30), "posters@x"
	logged := person
	logged.At, logged.Where, logged.ItemKind = at(0, 11, 25), "her poster on melanoma", planner.KindPoster
	other := logged
	other.At = at(1, 9, 0)
	write := func(f planner.FollowUp, opt export.CalendarOptions) (uid, seq, stamp string) {
		t.Helper()
		var b bytes.Buffer
		if err := export.WriteICal(&b, nil, []planner.FollowUp{f}, opt); err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(b.String(), "\r\n") {
			k, v, _ := strings.Cut(l, ":")
			switch k {
			case "UID":
				uid = v
			case "SEQUENCE":
				seq = v
			case "DTSTAMP":
				stamp = v
			}
		}
		return uid, seq, stamp
	}
	pu, ps, pst := write(planner.FirstFollowUp(planned), export.CalendarOptions{Meeting: meetingName, Zone: la})
	lu, ls, lst := write(planner.FirstFollowUp(logged), export.CalendarOptions{Meeting: "confplan follow-ups", Zone: la, Logged: true})
	ou, _, _ := write(planner.FirstFollowUp(other), export.CalendarOptions{Meeting: "confplan follow-ups", Zone: la, Logged: true})
	if pu != lu {
		t.Errorf("planned UID %s, logged UID %s: a calendar holding both shows two reminders", pu, lu)
	}
	if ou == lu {
		t.Error("an encounter on another day shares the UID")
	}
	if ps != "0" || ls != "1" || !(lst > pst) {
		t.Errorf("planned SEQUENCE %s DTSTAMP %s, logged SEQUENCE %s DTSTAMP %s: the logged one must be newer", ps, pst, ls, lst)
	}
}

// TestBigWalkNotesStayShort: a walk with more people than an hour allows
// spells out the strongest ten and lists the rest by name and board.
func TestBigWalkNotesStayShort(t *testing.T) {
	var items []planner.Item
	var points []planner.TalkingPoint
	for i := range 15 {
		id := fmt.Sprintf("P%02d", i)
		title := fmt.Sprintf("A Long Poster Title Number %d About Hypofractionated Radiotherapy in Early-Stage Breast Cancer", i)
		items = append(items, planner.Item{ID: id, Kind: planner.KindPoster, Board: fmt.Sprint(i + 1), Title: title, Start: at(0, 10, 45), End: at(0, 11, 45), Room: "Hall D"})
		points = append(points, planner.TalkingPoint{TargetType: planner.TargetProgram, Who: fmt.Sprintf("Presenter %d", i), Program: "Some University", Priority: 1,
			Part: planner.RolePresentingAuthor, ItemID: id, ItemTitle: title, Say: fmt.Sprintf("Ask about the poster “%s” (board %d).", title, i+1)})
	}
	walk := planner.Stop{ID: "posters@y", Kind: planner.KindPoster, Walk: true, Title: "Poster walk: 15 posters", Start: at(0, 10, 45), End: at(0, 11, 45),
		Room: "Hall D", Items: items, Points: points, Value: 4500}
	var b bytes.Buffer
	if err := export.WriteICal(&b, &planner.Plan{Days: []planner.DayPlan{{Day: "2025-09-27", Stops: []planner.Stop{walk}}}}, nil, export.CalendarOptions{Meeting: meetingName, Zone: la}); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(&b)
	if err != nil {
		t.Fatal(err)
	}
	desc := cal.Events()[0].GetProperty(ics.ComponentPropertyDescription).Value
	desc = strings.NewReplacer(`\n`, "\n", `\,`, ",", `\;`, ";").Replace(desc)
	for i, p := range points {
		full := strings.Contains(desc, p.Say)
		if i < 10 && !full {
			t.Errorf("point %d not spelled out", i)
		}
		if i >= 10 && (full || !strings.Contains(desc, fmt.Sprintf("• Presenter %d — from Some University (P1), presenting author (board %d)", i, i+1))) {
			t.Errorf("point %d not listed by name and board:\n%s", i, desc)
		}
	}
	if !strings.Contains(desc, "Also in the hall, if time allows:") {
		t.Errorf("no 'also in the hall' list:\n%s", desc)
	}
}
