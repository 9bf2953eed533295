package planner_test

import (
	"fmt"
	"testing"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// BenchmarkMatchSynth matches the synthetic ASTRO meeting (internal/synth,
// as domain values: the items and targets the budget's match stage sees)
// at 1× and 10×: NewMatcher and Match, nothing else, for profiles of the
// match stage without the import around it.
func BenchmarkMatchSynth(b *testing.B) {
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			d := synth.Meeting(synth.Scale(k))
			b.ReportAllocs()
			for b.Loop() {
				planner.NewMatcher(d.Targets, planner.MatchOptions{}).Match(d.Meeting.Items)
			}
		})
	}
}
