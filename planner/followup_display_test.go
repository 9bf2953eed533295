package planner_test

import (
	"testing"

	"github.com/confplan/confplan/planner"
)

// TestFollowUpDisplayName holds FollowUp.DisplayName, which a plan's
// follow-ups answer from the plan's naming of the person, to
// DisplayName of the encounter's name: for every follow-up of the
// synthetic ASTRO plan, for one whose name changed since, and for one
// made outside a plan.
func TestFollowUpDisplayName(t *testing.T) {
	in := astroPlanInput(1)
	p, err := planner.MakePlan(in.meeting, in.targets, in.matches, planner.PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.FollowUps) == 0 {
		t.Fatal("no follow-ups")
	}
	for i := range p.FollowUps {
		f := &p.FollowUps[i]
		if got, want := f.DisplayName(), planner.DisplayName(f.Encounter.Name); got != want {
			t.Errorf("follow-up %d: DisplayName() = %q, want %q", i, got, want)
		}
	}
	f := p.FollowUps[0]
	f.Encounter.Name = "Abu-Rahma, Thomas, MD"
	if got, want := f.DisplayName(), "Thomas Abu-Rahma"; got != want {
		t.Errorf("after a new name: DisplayName() = %q, want %q", got, want)
	}
	g := planner.FirstFollowUp(planner.Encounter{Name: "Dr. Ana De La Cruz"})
	if got, want := g.DisplayName(), "Ana De La Cruz"; got != want {
		t.Errorf("outside a plan: DisplayName() = %q, want %q", got, want)
	}
}
