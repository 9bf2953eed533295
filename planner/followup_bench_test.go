package planner_test

import (
	"testing"

	"github.com/confplan/confplan/planner"
)

// BenchmarkFirstFollowUp drafts the first follow-up (subject, body and
// mailto link) of every person a plan of the synthetic ASTRO meeting
// meets: what MakePlan's follow-ups cost beyond finding the encounters.
func BenchmarkFirstFollowUp(b *testing.B) {
	in := astroPlanInput(1)
	p, err := planner.MakePlan(in.meeting, in.targets, in.matches, planner.PlanOptions{})
	if err != nil {
		b.Fatal(err)
	}
	if len(p.FollowUps) == 0 {
		b.Fatal("no follow-ups")
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range p.FollowUps {
			planner.FirstFollowUp(p.FollowUps[i].Encounter)
		}
	}
}
