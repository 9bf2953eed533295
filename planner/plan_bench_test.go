package planner_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

// BenchmarkMakePlan plans an ASTRO-scale meeting: four days, 120 sessions
// with 4 talks each, 2,400 posters in 16 poster sessions, 40 ARRO events,
// 40 people and 34 programs as targets, about 12,000 matches.
func BenchmarkMakePlan(b *testing.B) {
	r := rand.New(rand.NewPCG(2025, 9))
	var items []planner.Item
	var matches []planner.Match
	tg := &planner.Targets{}
	for i := 0; i < 40; i++ {
		tg.People = append(tg.People, planner.Contact{Name: fmt.Sprintf("Person %d", i), Role: []string{"Program Director", "Faculty", "Resident"}[i%3], Priority: 1 + i%3})
	}
	for i := 0; i < 34; i++ {
		tg.Programs = append(tg.Programs, planner.Program{Name: fmt.Sprintf("Program %d", i), Visa: "J-1", Priority: 1 + i%3})
	}
	add := func(it planner.Item, n int) {
		items = append(items, it)
		for k := 0; k < n; k++ {
			if r.IntN(4) == 0 {
				matches = append(matches, planner.Match{ItemID: it.ID, TargetType: planner.TargetPerson, TargetIndex: r.IntN(40), Role: planner.RoleSpeaker})
			} else {
				matches = append(matches, planner.Match{ItemID: it.ID, TargetType: planner.TargetProgram, TargetIndex: r.IntN(34), Role: planner.RoleAuthor})
			}
		}
	}
	for d := 0; d < 4; d++ {
		for s := 0; s < 30; s++ {
			start := at(d, 7+r.IntN(10), 15*r.IntN(4))
			id := fmt.Sprintf("S%d-%d", d, s)
			add(planner.Item{ID: id, Kind: planner.KindSession, Title: id, Start: start, End: start.Add(75 * time.Minute), Room: fmt.Sprintf("Room %d", r.IntN(12))}, 3)
			for k := 0; k < 4; k++ {
				t := start.Add(time.Duration(k*15) * time.Minute)
				add(planner.Item{ID: fmt.Sprintf("%s-T%d", id, k), Kind: planner.KindTalk, ParentID: id, Start: t, End: t.Add(15 * time.Minute), Room: items[len(items)-1-k].Room}, 2)
			}
		}
		for s := 0; s < 4; s++ {
			start := at(d, 10+2*s, 45)
			for p := 0; p < 150; p++ {
				add(planner.Item{ID: fmt.Sprintf("P%d-%d-%d", d, s, p), Kind: planner.KindPoster, Type: "Poster Q&A", Board: fmt.Sprint(p + 1), Start: start, End: start.Add(time.Hour), Room: "Poster Hall"}, 3)
			}
		}
		for e := 0; e < 10; e++ {
			start := at(d, 8+e, 0)
			add(planner.Item{ID: fmt.Sprintf("E%d-%d", d, e), Kind: planner.KindEvent, Type: "ARRO Event", Start: start, End: start.Add(time.Hour), Room: "Salon 7"}, 2)
		}
	}
	planner.SortItems(items)
	m := &planner.Meeting{Name: "bench", Zone: la, Items: items}
	opt := planner.PlanOptions{Buffer: 10 * time.Minute, Interests: []string{"SBRT", "proton"}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := planner.MakePlan(m, tg, matches, opt); err != nil {
			b.Fatal(err)
		}
	}
}
