package planner_test

import (
	"reflect"
	"runtime"
	"testing"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// A program large enough to be matched in parts side by side, and read
// in blocks, gives the matches, evidence included, of matching it in one
// run, and of matching it item by item.
func TestMatchSideBySide(t *testing.T) {
	d := synth.Meeting(synth.ASTRO())
	match := func(procs int) []planner.Match {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		return planner.NewMatcher(d.Targets, planner.MatchOptions{Evidence: true}).Match(d.Meeting.Items)
	}
	one := match(1)
	if len(one) == 0 {
		t.Fatal("no matches")
	}
	for _, procs := range []int{2, 4} {
		if got := match(procs); !reflect.DeepEqual(got, one) {
			t.Errorf("GOMAXPROCS %d: %d matches differ from the %d of one run", procs, len(got), len(one))
		}
	}
	// Item by item, each call a block and a part of its own, the matches
	// are the same: what an item matches does not depend on the items
	// read with it.
	m1 := planner.NewMatcher(d.Targets, planner.MatchOptions{Evidence: true})
	var byItem []planner.Match
	for i := range d.Meeting.Items {
		byItem = append(byItem, m1.Match(d.Meeting.Items[i:i+1])...)
	}
	if !reflect.DeepEqual(byItem, one) {
		t.Errorf("item by item: %d matches differ from the %d of one call", len(byItem), len(one))
	}
	// One matcher, matched from several goroutines at once: Match only
	// reads it.
	m := planner.NewMatcher(d.Targets, planner.MatchOptions{Evidence: true})
	outs := make([][]planner.Match, 3)
	done := make(chan int)
	for i := range outs {
		go func() { outs[i] = m.Match(d.Meeting.Items); done <- i }()
	}
	for range outs {
		<-done
	}
	for i, out := range outs {
		if !reflect.DeepEqual(out, one) {
			t.Errorf("concurrent call %d: matches differ from one run's", i)
		}
	}
}
