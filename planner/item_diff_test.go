package planner

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"
)

// refSortItems is SortItems before it sorted an index of keys.
func refSortItems(items []Item) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := &items[i], &items[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		if !a.End.Equal(b.End) {
			return a.End.Before(b.End)
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.ID < b.ID
	})
}

func randomItems(r *rand.Rand, n int) []Item {
	la, _ := time.LoadLocation("America/Los_Angeles")
	zones := []*time.Location{time.UTC, la, time.FixedZone("UTC+02:00", 7200)}
	base := time.Date(2026, 9, 27, 8, 0, 0, 0, time.UTC)
	kinds := []Kind{KindSession, KindTalk, KindPoster, KindEvent, KindReception, ""}
	items := make([]Item, n)
	for i := range items {
		start := base.Add(time.Duration(r.IntN(12)) * 15 * time.Minute)
		if r.IntN(10) == 0 {
			start = start.Add(time.Duration(r.IntN(3)) * time.Nanosecond)
		}
		if r.IntN(20) == 0 {
			start = time.Time{}
		}
		if r.IntN(30) == 0 {
			start = time.Date(1960+r.IntN(3), 1, 1, 0, 0, 0, r.IntN(2), time.UTC) // before 1970: negative Unix seconds
		}
		end := start.Add(time.Duration(r.IntN(4)) * 30 * time.Minute)
		if r.IntN(10) == 0 {
			end = end.Add(-time.Duration(r.IntN(3)) * time.Nanosecond)
		}
		items[i] = Item{ID: fmt.Sprint(r.IntN(n/3 + 1)), Kind: kinds[r.IntN(len(kinds))],
			Start: start.In(zones[r.IntN(len(zones))]), End: end.In(zones[r.IntN(len(zones))]), Source: fmt.Sprint(i)}
	}
	return items
}

func checkSortItems(t *testing.T, items []Item) {
	t.Helper()
	got := append([]Item(nil), items...)
	want := append([]Item(nil), items...)
	SortItems(got)
	refSortItems(want)
	for i := range got {
		if got[i].Source != want[i].Source || !got[i].Start.Equal(want[i].Start) || got[i].Start.Location() != want[i].Start.Location() {
			t.Fatalf("SortItems of %d items: at %d got item %s, want %s", len(items), i, got[i].Source, want[i].Source)
		}
	}
}

func TestSortItemsAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 5))
	for _, n := range []int{0, 1, 2, 3, 5, 10, 40, 200, 1000} {
		for range 50 {
			items := randomItems(r, n)
			checkSortItems(t, items)
			refSortItems(items)
			checkSortItems(t, items) // already sorted
		}
	}
}

func FuzzSortItems(f *testing.F) {
	f.Add(uint64(1), uint16(10))
	f.Add(uint64(7), uint16(300))
	f.Fuzz(func(t *testing.T, seed uint64, n uint16) {
		checkSortItems(t, randomItems(rand.New(rand.NewPCG(seed, 1)), int(n%2000)))
	})
}
