package planner

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// refSortBoardBy is sortBoardBy before it ranked the sessions once:
// sortWalk and sortBoard as they were, the session compared as a string
// at each comparison (first) and each item's fields read through a
// pointer.
func refSortBoardBy(all []Item, items []int32, bySession bool) {
	var first func(a, b *Item) int
	if bySession {
		first = func(a, b *Item) int {
			if (a.Session == "") != (b.Session == "") {
				if b.Session == "" {
					return -1
				}
				return 1
			}
			return strings.Compare(a.Session, b.Session)
		}
	}
	if len(items) < 2 {
		return
	}
	type keyed struct {
		num int
		it  *Item
		pos int32
	}
	ks := make([]keyed, len(items))
	for i, p := range items {
		ks[i] = keyed{boardNumber(all[p].Board), &all[p], p}
	}
	slices.SortStableFunc(ks, func(x, y keyed) int {
		a, b := x.it, y.it
		if first != nil {
			if c := first(a, b); c != 0 {
				return c
			}
		}
		if x.num != y.num {
			return cmp.Compare(x.num, y.num)
		}
		if a.Board != b.Board {
			return strings.Compare(a.Board, b.Board)
		}
		if !a.Start.Equal(b.Start) {
			return a.Start.Compare(b.Start)
		}
		return strings.Compare(a.ID, b.ID)
	})
	for i := range ks {
		items[i] = ks[i].pos
	}
}

// randomBoardItems are posters and talks with few distinct sessions,
// boards, starts and IDs, so that every tie rule is reached; with
// sessions (up to many, for the map path) or none.
func randomBoardItems(r *rand.Rand, n, sessions int) []Item {
	base := time.Date(2026, 9, 27, 10, 45, 0, 0, time.UTC)
	boards := []string{"", "1", "2", "12", "B-2", "Board 2", "02", "x", "99999999999999999999", "3a", "Board 12"}
	items := make([]Item, n)
	for i := range items {
		it := &items[i]
		it.ID = fmt.Sprint(r.IntN(n/2 + 1))
		it.Board = boards[r.IntN(len(boards))]
		it.Start = base.Add(time.Duration(r.IntN(3)) * time.Minute)
		if sessions > 0 && r.IntN(8) != 0 {
			it.Session = fmt.Sprintf("PQA %02d - Topic %d", r.IntN(sessions), r.IntN(2))
		}
	}
	return items
}

func checkSortBoard(t *testing.T, all []Item, items []int32, bySession bool) {
	t.Helper()
	got := slices.Clone(items)
	want := slices.Clone(items)
	sortBoardBy(all, got, bySession)
	refSortBoardBy(all, want, bySession)
	if !slices.Equal(got, want) {
		t.Fatalf("sortBoardBy(bySession %v) of %v = %v, want %v", bySession, items, got, want)
	}
}

func TestSortBoardDiff(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 1))
	for round := 0; round < 3000; round++ {
		n := r.IntN(60)
		all := randomBoardItems(r, n+r.IntN(5), []int{0, 1, 2, 5, 17, 40}[r.IntN(6)])
		// Positions in any order, some repeated, some left out.
		var items []int32
		for p := range all {
			if r.IntN(4) != 0 {
				items = append(items, int32(p))
			}
		}
		if r.IntN(3) == 0 {
			r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		}
		if len(items) > 0 && r.IntN(5) == 0 {
			items = append(items, items[r.IntN(len(items))])
		}
		checkSortBoard(t, all, items, round%2 == 0)
	}
}

func FuzzSortBoardDiff(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9}, true)
	f.Add([]byte{0, 0, 0, 255, 3, 3, 1}, false)
	f.Fuzz(func(t *testing.T, data []byte, bySession bool) {
		// Each three bytes make an item: its session, board and ID.
		var all []Item
		for len(data) >= 3 {
			it := Item{ID: fmt.Sprint(data[2] % 7), Board: []string{"", "1", "2", "B-2", "02", "x"}[int(data[1])%6]}
			if data[0]%5 != 0 {
				it.Session = fmt.Sprint("S", data[0]%23)
			}
			all = append(all, it)
			data = data[3:]
		}
		items := make([]int32, len(all))
		for i := range items {
			items[i] = int32(len(all) - 1 - i)
		}
		checkSortBoard(t, all, items, bySession)
	})
}
