package planner

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestCreditFacts checks that creditFacts counts the targets credits
// credits, and says whether one hops, as the credits themselves do, on
// random stops of random matches (targets credited several times, by
// persons and programs, in every part, some worth nothing).
func TestCreditFacts(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 4))
	roles := []Role{RoleSpeaker, RoleModerator, RolePanelist, RolePresentingAuthor, RoleAuthor, ""}
	for round := 0; round < 200; round++ {
		tg := &Targets{}
		for i := 0; i < 1+r.IntN(8); i++ {
			tg.People = append(tg.People, Contact{Name: fmt.Sprintf("P%d", i), Priority: r.IntN(4), Role: []string{"Resident", "Faculty", "Program Director", ""}[r.IntN(4)]})
		}
		for i := 0; i < 1+r.IntN(8); i++ {
			tg.Programs = append(tg.Programs, Program{Name: fmt.Sprintf("G%d", i), Priority: r.IntN(4)})
		}
		m := &Meeting{}
		var matches []Match
		for i := 0; i < 1+r.IntN(12); i++ {
			id := fmt.Sprint("I", i)
			m.Items = append(m.Items, Item{ID: id, Kind: KindTalk})
			for k := r.IntN(5); k > 0; k-- {
				mt := Match{ItemID: id, Role: roles[r.IntN(len(roles))]}
				if r.IntN(2) == 0 {
					mt.TargetType, mt.TargetIndex = TargetPerson, r.IntN(len(tg.People))
				} else {
					mt.TargetType, mt.TargetIndex = TargetProgram, r.IntN(len(tg.Programs))
				}
				matches = append(matches, mt)
			}
		}
		sc := newScorer(m, m.Index(), tg, matches, nil)
		for k := 0; k < 10; k++ {
			var items []int32
			for i := range m.Items {
				if r.IntN(2) == 0 {
					items = append(items, int32(i))
				}
			}
			n, hop := sc.creditFacts(items)
			cr := sc.credits(items, false)
			want := false
			for i := range cr {
				want = want || hops(&cr[i].Match)
			}
			if n != len(cr) || hop != want {
				t.Fatalf("round %d items %v: creditFacts = %d, %v; credits: %d, %v", round, items, n, hop, len(cr), want)
			}
		}
	}
}
