package planner

import (
	"fmt"
	"reflect"
	"runtime"
	"testing"
)

func TestMatchParts(t *testing.T) {
	items := func(people ...int) []Item {
		out := make([]Item, len(people))
		for i, n := range people {
			out[i] = Item{ID: fmt.Sprint(i), People: make([]Person, n)}
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		items []Item
		n     int
		want  []int // each part's items
	}{
		{"none", nil, 4, []int{0}},
		{"small program: one part", items(100, 200, 300), 2, []int{3}},
		{"one processor", items(5000, 5000, 5000), 1, []int{3}},
		{"two even halves", items(3000, 3000, 3000, 3000), 2, []int{2, 2}},
		{"three parts, as far as the mentions allow", items(3000, 3000, 3000, 3000, 3000, 3000), 3, []int{2, 2, 2}},
		{"fewer parts than processors when mentions are few", items(4096, 4096, 1), 8, []int{2, 1}},
		{"a big item is a part of its own", items(1, 9000, 1, 1), 2, []int{2, 2}},
	} {
		parts, total := matchParts(tc.items, tc.n)
		var got []int
		joined, people := 0, 0
		for _, p := range parts {
			got = append(got, len(p))
			for i := range p {
				people += len(p[i].People)
				if p[i].ID != fmt.Sprint(joined) {
					t.Errorf("%s: part item %s at %d: the parts are not the items in order", tc.name, p[i].ID, joined)
				}
				joined++
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: parts of %v items, want %v", tc.name, got, tc.want)
		}
		if joined != len(tc.items) {
			t.Errorf("%s: parts hold %d items, want %d", tc.name, joined, len(tc.items))
		}
		if total != people {
			t.Errorf("%s: total %d people, the parts print %d", tc.name, total, people)
		}
	}
}

// After flatten every institution points at its canonical one, so find,
// which matching calls from parts running at once, writes nothing.
func TestInstIndexFlatten(t *testing.T) {
	x := &instIndex{}
	for range 5 {
		x.add(institution{})
	}
	x.union(4, 3) // 4 → 3
	x.union(3, 2) // 3 → 2
	x.union(2, 1) // 2 → 1: a chain 4 → 3 → 2 → 1
	if got := x.find(4); got != 1 {
		t.Fatalf("find(4) = %d, want 1", got)
	}
	x.flatten()
	want := []int{0, 1, 1, 1, 1}
	if fmt.Sprint(x.parent) != fmt.Sprint(want) {
		t.Errorf("parents after flatten %v, want %v", x.parent, want)
	}
	before := fmt.Sprint(x.parent)
	for i := range x.parent {
		x.find(i)
	}
	if after := fmt.Sprint(x.parent); after != before {
		t.Errorf("find wrote the flat index: %s, then %s", before, after)
	}
}

// No items, or no targets, give an empty list of matches, not nil.
func TestMatchNoneIsEmpty(t *testing.T) {
	m := NewMatcher(&Targets{}, MatchOptions{})
	if got := m.Match(nil); got == nil || len(got) != 0 {
		t.Errorf("Match(nil) = %#v, want an empty list", got)
	}
	many := make([]Item, 3)
	for i := range many {
		many[i] = Item{ID: fmt.Sprint(i), People: make([]Person, minPartMentions)}
	}
	if got := m.Match(many); got == nil || len(got) != 0 {
		t.Errorf("Match of %d people and no targets = %#v, want an empty list", 3*minPartMentions, got)
	}
}

// TestTouch: touch reads every person of every item, even one with no
// name or no affiliation (its sum counts each byte it reads once).
func TestTouch(t *testing.T) {
	items := []Item{
		{People: []Person{{Name: "Ana", Affiliations: []string{"Bay", "Cape"}}, {Name: ""}}},
		{},
		{People: []Person{{Name: "Dee", Affiliations: []string{""}}, {Affiliations: []string{"Eton"}}}},
	}
	want := int(2 + 'A' + 'B' + 0 + 1 + 'D' + 1 + 'E')
	if got := touch(items); got != want {
		t.Errorf("touch = %d, want %d", got, want)
	}
}

// TestReadContactNames: the names read side by side are each contact's,
// in order, whatever the runs.
func TestReadContactNames(t *testing.T) {
	people := benchContacts(5*minPartNames+3, false, 1)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		got := readContactNames(people)
		if len(got) != len(people) {
			t.Fatalf("GOMAXPROCS %d: %d names read for %d contacts", procs, len(got), len(people))
		}
		for i, c := range people {
			want := readContact{readName(c.Name).readings, fold(c.Name)}
			if !reflect.DeepEqual(got[i], want) {
				t.Fatalf("GOMAXPROCS %d: contact %d (%q) read as %+v, want %+v", procs, i, c.Name, got[i], want)
			}
		}
	}
}
