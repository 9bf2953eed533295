package export_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

// TestChanges re-plans the fixture with one stop moved, one gone and one
// lost to a conflict, and checks what the change list and the new file
// say; events the earlier file had that confplan did not write are left
// alone.
func TestChanges(t *testing.T) {
	p, fs := fixture(t)
	opt := calOptions()
	var first bytes.Buffer
	if err := export.WriteICal(&first, p, fs, opt); err != nil {
		t.Fatal(err)
	}
	// A user's own event in the same file.
	data := strings.Replace(first.String(), "END:VCALENDAR\r\n", "BEGIN:VEVENT\r\nUID:dentist@example.org\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:20250927T170000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 1)
	prior, err := export.ReadPrior(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	d0 := p.Days[0]
	if len(d0.Stops) < 3 {
		t.Fatalf("fixture: %d stops on the first day, want 3", len(d0.Stops))
	}
	moved, gone, lost := d0.Stops[0], d0.Stops[1], d0.Stops[2]
	re := *p
	re.Days = append([]planner.DayPlan{}, p.Days...)
	nd := d0
	nd.Stops = []planner.Stop{moved}
	nd.Stops[0].Start = moved.Start.Add(15 * 60e9)
	nd.Stops[0].End = moved.End.Add(15 * 60e9)
	nd.Explain = []planner.Explain{{ID: lost.ID, Title: lost.Title, Reason: "dropped: overlaps X “Other” (900)"}}
	re.Days[0] = nd
	opt.Prior = prior
	changes := export.Changes(&re, nil, opt)
	kinds := make(map[string]export.Change)
	for _, c := range changes {
		kinds[c.UID] = c
	}
	if c := kinds[export.UID(opt.Meeting, moved.ID)]; c.Kind != export.Moved || !c.Was.Start.Equal(moved.Start) {
		t.Errorf("moved stop: %+v", c)
	}
	if c := kinds[export.UID(opt.Meeting, gone.ID)]; c.Kind != export.Dropped || c.Why != "no longer in the program" {
		t.Errorf("removed stop: %+v", c)
	}
	if c := kinds[export.UID(opt.Meeting, lost.ID)]; c.Kind != export.Dropped || c.Why != "overlaps X “Other” (900)" {
		t.Errorf("stop lost to a conflict: %+v", c)
	}
	if _, ok := kinds["dentist@example.org"]; ok {
		t.Error("a user's own event is listed as dropped")
	}
	followUps := 0
	for _, c := range changes {
		if c.FollowUp {
			followUps++
		}
	}
	if followUps != len(fs) {
		t.Errorf("%d follow-ups dropped, want all %d (none passed to the re-plan)", followUps, len(fs))
	}
	var out bytes.Buffer
	if err := export.WriteChanges(&out, "plan.ics", changes, la); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Changes since plan.ics", "  moved    ", " → ", "  dropped  ", ": no longer in the program", "  dropped  follow-up "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("change list lacks %q:\n%s", want, out.String())
		}
	}

	opt.Cancel = true
	var b bytes.Buffer
	if err := export.WriteICal(&b, &re, nil, opt); err != nil {
		t.Fatal(err)
	}
	again, err := export.ReadPrior(&b)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{gone.ID, lost.ID} {
		uid := export.UID(opt.Meeting, id)
		if got := again[uid]; got.Status != "CANCELLED" || got.Sequence != prior[uid].Sequence+1 || !got.Start.Equal(prior[uid].Start) {
			t.Errorf("stop %s in the new file: %+v, want cancelled at its old time with SEQUENCE %d", id, got, prior[uid].Sequence+1)
		}
	}
	if got := again[export.UID(opt.Meeting, moved.ID)]; got.Status != "" || got.Sequence != 1 {
		t.Errorf("moved stop in the new file: %+v, want SEQUENCE 1", got)
	}
	if _, ok := again["dentist@example.org"]; ok {
		t.Error("the new file writes a user's own event")
	}
	if n := len(export.Changes(&re, nil, export.CalendarOptions{Meeting: opt.Meeting, Zone: la})); n != 0 {
		t.Errorf("%d changes without an earlier file", n)
	}
}

// TestFollowUpAlarmsEverywhere: a follow-up rings when its window opens
// in every file: the itinerary, the tasks, and 'followups --ics' (logged,
// written without --alarm).
func TestFollowUpAlarmsEverywhere(t *testing.T) {
	p, fs := fixture(t)
	plan := calOptions()
	logged := export.CalendarOptions{Name: "Follow-ups", Meeting: "confplan follow-ups", Zone: la, Logged: true}
	files := map[string]func(*bytes.Buffer) error{
		"itinerary":       func(b *bytes.Buffer) error { return export.WriteICal(b, p, fs, plan) },
		"tasks":           func(b *bytes.Buffer) error { return export.WriteTodos(b, fs, plan) },
		"followups --ics": func(b *bytes.Buffer) error { return export.WriteICal(b, nil, fs, logged) },
	}
	for name, write := range files {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		cal := parse(t, b.Bytes())
		var alarms [][]*ics.VAlarm
		for _, e := range cal.Events() {
			if strings.HasPrefix(prop(&e.ComponentBase, ics.ComponentPropertyCategories), "Follow-up") {
				alarms = append(alarms, e.Alarms())
			}
		}
		for _, td := range cal.Todos() {
			alarms = append(alarms, td.Alarms())
		}
		if len(alarms) != len(fs) {
			t.Errorf("%s: %d follow-ups, want %d", name, len(alarms), len(fs))
		}
		for i, as := range alarms {
			if len(as) != 1 || prop(&as[0].ComponentBase, ics.ComponentPropertyTrigger) != "PT0S" || prop(&as[0].ComponentBase, ics.ComponentPropertyAction) != "DISPLAY" {
				t.Errorf("%s: follow-up %d: want one DISPLAY alarm when its window opens, got %d", name, i, len(as))
			}
		}
	}
}

// TestWalkMoves: a poster session that moves gives its walk a new ID (the
// ID holds the time), but the phone sees the same walk moved: same UID,
// SEQUENCE 1, and the change list says moved, not dropped and added.
func TestWalkMoves(t *testing.T) {
	p, fs := fixture(t)
	opt := calOptions()
	var first bytes.Buffer
	if err := export.WriteICal(&first, p, fs, opt); err != nil {
		t.Fatal(err)
	}
	prior, err := export.ReadPrior(&first)
	if err != nil {
		t.Fatal(err)
	}
	re := *p
	re.Days = append([]planner.DayPlan{}, p.Days...)
	d := re.Days[0]
	d.Stops = append([]planner.Stop{}, d.Stops...)
	walk := -1
	for i := range d.Stops {
		if d.Stops[i].Walk {
			walk = i
		}
	}
	if walk < 0 {
		t.Fatal("fixture: no poster walk on the first day")
	}
	old := d.Stops[walk]
	w := &d.Stops[walk]
	w.Start, w.End = w.Start.Add(15*time.Minute), w.End.Add(15*time.Minute)
	w.ID = "posters@moved"
	re.Days[0] = d
	opt.Prior = prior
	oldUID := export.UID(opt.Meeting, old.ID)
	var moved []export.Change
	for _, c := range export.Changes(&re, fs, opt) {
		if c.UID == oldUID || c.UID == export.UID(opt.Meeting, w.ID) {
			moved = append(moved, c)
		}
	}
	if len(moved) != 1 || moved[0].Kind != export.Moved || moved[0].UID != oldUID {
		t.Errorf("the moved walk: %+v, want one move keeping UID %s", moved, oldUID)
	}
	opt.Cancel = true
	var b bytes.Buffer
	if err := export.WriteICal(&b, &re, fs, opt); err != nil {
		t.Fatal(err)
	}
	again, err := export.ReadPrior(&b)
	if err != nil {
		t.Fatal(err)
	}
	if got := again[oldUID]; got.Status == "CANCELLED" || got.Sequence != 1 || !got.Start.Equal(w.Start) {
		t.Errorf("the walk in the new file: %+v, want it at %v with SEQUENCE 1", got, w.Start)
	}
	if _, ok := again[export.UID(opt.Meeting, w.ID)]; ok {
		t.Error("the moved walk is written twice")
	}
	if !strings.Contains(b.String(), "RELATED-TO:"+oldUID) && len(fs) > 0 {
		for _, f := range fs {
			if f.Encounter.ItemID == old.ID {
				t.Error("a follow-up from the walk does not relate to the walk's UID")
			}
		}
	}
}
