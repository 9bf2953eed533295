package planner_test

import (
	"reflect"
	"testing"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// TestPrefilterSynth matches the synthetic ASTRO meeting with and
// without the cheap rejection of names: the matches must be the same.
func TestPrefilterSynth(t *testing.T) {
	d := synth.Meeting(synth.Scale(1))
	m := planner.NewMatcher(d.Targets, planner.MatchOptions{})
	got, want := m.Match(d.Meeting.Items), planner.MatchReadingAll(m, d.Meeting.Items)
	if len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("%d matches with the prefilter, %d without; they differ", len(got), len(want))
	}
}
