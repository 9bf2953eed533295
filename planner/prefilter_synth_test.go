package planner_test

import (
	"reflect"
	"testing"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// TestPrefilterSynth matches the synthetic ASTRO meeting with and
// without the cheap rejection of names: the matches must be the same.
// At 3× the network map is dense (900 contacts from the same surnames,
// about four a surname), as the quick no's institution and initial
// checks meet most often.
func TestPrefilterSynth(t *testing.T) {
	for _, k := range []int{1, 3} {
		if k > 1 && testing.Short() {
			continue
		}
		d := synth.Meeting(synth.Scale(k))
		m := planner.NewMatcher(d.Targets, planner.MatchOptions{})
		got, want := m.Match(d.Meeting.Items), planner.MatchReadingAll(m, d.Meeting.Items)
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%dx: %d matches with the prefilter, %d without; they differ", k, len(got), len(want))
		}
	}
}
