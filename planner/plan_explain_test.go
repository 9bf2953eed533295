package planner_test

import (
	"slices"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

// TestPlanExplain: a chosen stop always says how its value adds up and
// what each credit is worth; a dropped candidate says so with
// PlanOptions.Explain, and the plan is otherwise the same.
func TestPlanExplain(t *testing.T) {
	items := []planner.Item{
		{ID: "A", Kind: planner.KindSession, Title: "A", Start: at(0, 9, 0), End: at(0, 10, 0), Room: "Room 1"},
		{ID: "B", Kind: planner.KindSession, Title: "B", Start: at(0, 9, 30), End: at(0, 10, 30), Room: "Room 2"},
	}
	m := &planner.Meeting{Name: "explain", Zone: la, Items: items}
	tg := &planner.Targets{People: []planner.Contact{{Name: "Ana Silva", Role: "Program Director", Priority: 1}, {Name: "Bo Chen", Priority: 3}}}
	matches := []planner.Match{
		{ItemID: "A", TargetType: planner.TargetPerson, TargetIndex: 0, Role: planner.RoleSpeaker, Who: "Ana Silva"},
		{ItemID: "B", TargetType: planner.TargetPerson, TargetIndex: 1, Role: planner.RoleSpeaker, Who: "Bo Chen"},
	}
	plan := func(explain bool) planner.DayPlan {
		p, err := planner.MakePlan(m, tg, matches, planner.PlanOptions{Buffer: 10 * time.Minute, Explain: explain})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Days) != 1 || len(p.Days[0].Stops) != 1 || len(p.Days[0].Explain) != 2 {
			t.Fatalf("want one day, one stop, two candidates: %+v", p.Days)
		}
		return p.Days[0]
	}
	short, long := plan(false), plan(true)
	for _, d := range []planner.DayPlan{short, long} {
		s := d.Stops[0]
		if s.ID != "A" || len(s.Why) == 0 || len(s.Credits) != 1 || s.Credits[0].Reason == "" {
			t.Errorf("chosen stop %s: why %q, credits %+v", s.ID, s.Why, s.Credits)
		}
		if e := d.Explain[0]; !e.Chosen || !slices.Equal(e.Why, s.Why) {
			t.Errorf("chosen candidate %s: why %q, want the stop's %q", e.ID, e.Why, s.Why)
		}
	}
	if e := short.Explain[1]; e.ID != "B" || e.Chosen || e.Why != nil {
		t.Errorf("without Explain, dropped candidate %s says why %q", e.ID, e.Why)
	}
	if e := long.Explain[1]; e.ID != "B" || e.Chosen || len(e.Why) != 1 || e.Value != 30 {
		t.Errorf("with Explain, dropped candidate %s: value %d, why %q", e.ID, e.Value, e.Why)
	}
	a, b := short.Explain[1], long.Explain[1]
	a.Why, b.Why = nil, nil
	if a.Reason != b.Reason || !slices.Equal(a.Against, b.Against) || a.Value != b.Value {
		t.Errorf("Explain changes the verdict: %+v vs %+v", a, b)
	}
}
