package planner_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// benchScales are the sizes the plan is measured at: ASTRO size and ten
// times that. Cost should grow about tenfold.
var benchScales = []int{1, 10}

type planInput struct {
	meeting *planner.Meeting
	targets *planner.Targets
	matches []planner.Match
}

var (
	benchMu     sync.Mutex
	benchInputs = make(map[int]planInput)
)

// astroPlanInput generates (once per scale) a synthetic meeting at k
// times ASTRO size, as domain values, and its matches.
func astroPlanInput(k int) planInput {
	benchMu.Lock()
	defer benchMu.Unlock()
	in, ok := benchInputs[k]
	if !ok {
		d := synth.Meeting(synth.Scale(k))
		in = planInput{meeting: d.Meeting, targets: d.Targets}
		in.matches = planner.NewMatcher(d.Targets, planner.MatchOptions{}).Match(d.Meeting.Items)
		benchInputs[k] = in
	}
	return in
}

// BenchmarkPlan plans every day of a synthetic meeting from its matches.
func BenchmarkPlan(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			in := astroPlanInput(k)
			if len(in.matches) == 0 {
				b.Fatal("no matches to plan from")
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				p, err := planner.MakePlan(in.meeting, in.targets, in.matches, planner.PlanOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if len(p.Days) == 0 {
					b.Fatal("empty plan")
				}
			}
		})
	}
}
