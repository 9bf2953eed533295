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
	benchWrite(b, func(in icalInput) error { return export.WriteICal(io.Discard, in.plan, in.plan.FollowUps, in.opt) })
}

type restInput struct {
	d       synth.Domain
	matches []planner.Match
}

var restInputs = make(map[int]restInput)

// BenchmarkRest is the budget's rest stage alone (what follows matching
// in `confplan plan`): the plan, the phone calendar, the follow-up
// checklist and the itinerary table, all written to a pipe.
func BenchmarkRest(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			benchMu.Lock()
			in, ok := restInputs[k]
			if !ok {
				d := synth.Meeting(synth.Scale(k))
				in = restInput{d: d, matches: planner.NewMatcher(d.Targets, planner.MatchOptions{}).Match(d.Meeting.Items)}
				restInputs[k] = in
			}
			benchMu.Unlock()
			m := in.d.Meeting
			opt := export.CalendarOptions{Name: m.Name + " plan", Meeting: m.Name, Zone: m.Zone, Alarm: 10 * 60e9}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				p, err := planner.MakePlan(m, in.d.Targets, in.matches, planner.PlanOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if err := export.WriteICal(io.Discard, p, p.FollowUps, opt); err != nil {
					b.Fatal(err)
				}
				if err := export.WriteChecklist(io.Discard, p.FollowUps, opt); err != nil {
					b.Fatal(err)
				}
				if err := export.WritePlan(io.Discard, p, export.TableOptions{Zone: m.Zone}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWritePlan writes the itinerary table of a planned synthetic
// meeting, as `confplan plan` prints it.
func BenchmarkWritePlan(b *testing.B) {
	benchWrite(b, func(in icalInput) error {
		return export.WritePlan(io.Discard, in.plan, export.TableOptions{Zone: in.opt.Zone})
	})
}

// BenchmarkWriteChecklist writes the follow-up checklist of a planned
// synthetic meeting.
func BenchmarkWriteChecklist(b *testing.B) {
	benchWrite(b, func(in icalInput) error { return export.WriteChecklist(io.Discard, in.plan.FollowUps, in.opt) })
}

// benchWrite runs write on the planned synthetic meeting at each scale.
func benchWrite(b *testing.B, write func(icalInput) error) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			in := astroPlan(b, k)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := write(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
