package export_test

import (
	"fmt"
	"io"
	"sync"
	"testing"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// benchScales are the sizes the export is measured at: ASTRO size and
// ten times that. Cost should grow about tenfold.
var benchScales = []int{1, 10}

type icalInput struct {
	plan *planner.Plan
	opt  export.CalendarOptions
}

var (
	benchMu     sync.Mutex
	benchInputs = make(map[int]icalInput)
)

// astroPlan generates (once per scale) the plan of a synthetic meeting at
// k times ASTRO size.
func astroPlan(b *testing.B, k int) icalInput {
	benchMu.Lock()
	defer benchMu.Unlock()
	in, ok := benchInputs[k]
	if !ok {
		d := synth.Meeting(synth.Scale(k))
		matches := planner.NewMatcher(d.Targets, planner.MatchOptions{}).Match(d.Meeting.Items)
		p, err := planner.MakePlan(d.Meeting, d.Targets, matches, planner.PlanOptions{})
		if err != nil {
			b.Fatal(err)
		}
		in = icalInput{plan: p, opt: export.CalendarOptions{Name: "Benchmark plan", Meeting: d.Meeting.Name, Zone: d.Meeting.Zone, Alarm: 10 * 60e9}}
		benchInputs[k] = in
	}
	return in
}

// BenchmarkWriteICal writes the phone calendar of a planned synthetic
// meeting: its stops and its follow-ups.
func BenchmarkWriteICal(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			in := astroPlan(b, k)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := export.WriteICal(io.Discard, in.plan, in.plan.FollowUps, in.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
