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

// BenchmarkSigSynth summarises the distinct printed names of the
// synthetic ASTRO meeting at 1×, as Match does before reading any
// (prefilter.go): the cost per distinct name.
func BenchmarkSigSynth(b *testing.B) {
	d := synth.Meeting(synth.Scale(1))
	m := planner.NewMatcher(d.Targets, planner.MatchOptions{})
	seen := map[string]bool{}
	var names []string
	for _, it := range d.Meeting.Items {
		for _, p := range it.People {
			if !seen[p.Name] {
				seen[p.Name] = true
				names = append(names, p.Name)
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		planner.SigAll(m, names)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(names)), "ns/name")
}
