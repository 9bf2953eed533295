package planner

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// benchContacts makes n network-map contacts at directory institutions.
// With shared set, their surnames are five of the commonest (Smith, Kim,
// Patel, Nguyen, Wang), so every printed mention of those surnames meets
// a bucket of about n/5 contacts: the worst case of the surname index.
func benchContacts(n int, shared bool, seed uint64) []Contact {
	r := rand.New(rand.NewPCG(seed, 7))
	var insts []string
	for _, line := range strings.Split(directory+worldDirectory, "\n") {
		if f := strings.Split(line, "|"); len(f) == 4 {
			insts = append(insts, strings.TrimSpace(f[0]))
		}
	}
	first := []string{"Jennifer", "José", "Ana", "Wei", "Priya", "Omar", "Seo-Yeon", "Chinedu", "Laura", "Kevin", "María",
		"Tuan", "Olivia", "Rachel", "Benjamin", "Fatima", "Li", "Daniel", "Amira", "Piotr", "Zoë", "Min-Jung", "Sean", "Kenji"}
	last := []string{"Smith", "García-López", "De La Cruz", "Zhang", "Raman", "Al-Hassan", "Park", "Okafor", "Scott",
		"O'Brien", "Hernández", "Sato", "Price", "Kaplan", "Parker", "Rahimi", "Chen", "Ewing", "Darwish", "Jovanović"}
	for i := 0; len(last) < n/2; i++ {
		last = append(last, "Sur"+letters(i))
	}
	if shared {
		last = []string{"Smith", "Kim", "Patel", "Nguyen", "Wang"}
	}
	out := make([]Contact, n)
	for i := range out {
		given := first[r.IntN(len(first))]
		if shared {
			given = capital(letters(i)) + "a" // distinct given names in each surname
		}
		out[i] = Contact{Row: i, Name: given + " " + last[r.IntN(len(last))], Institution: insts[r.IntN(len(insts))]}
	}
	return out
}

// BenchmarkMatchContacts matches a program of ASTRO size (about 25,000
// printed names) and ten times that against 300 and 3,000 contacts, and
// against 500 contacts sharing five surnames. Matching is linear in the
// printed names: ns/mention should stay about level across program sizes
// and grow only with the contacts that share a printed surname. Each
// iteration matches against the three maps in turn, so the ratios to 300
// contacts (the budget: within 2×) compare times taken side by side, not
// minutes apart on a shared machine.
func BenchmarkMatchContacts(b *testing.B) {
	for _, scale := range []int{1, 10} {
		items, targets := genProgram(scale, 20250927)
		mentions := 0
		for _, it := range items {
			mentions += len(it.People)
		}
		maps := []struct {
			name   string
			n      int
			shared bool
		}{{"contacts=300", 300, false}, {"contacts=3000", 3000, false}, {"shared-surnames=500", 500, true}}
		ts := make([]*Targets, len(maps))
		for i, c := range maps {
			ts[i] = &Targets{People: benchContacts(c.n, c.shared, uint64(scale)), Programs: targets.Programs}
		}
		b.Run(fmt.Sprintf("ASTRO=%dx", scale), func(b *testing.B) {
			b.ReportAllocs()
			b.ResetTimer()
			took := make([]time.Duration, len(ts))
			// b.N, not b.Loop, so the row runs at its -cpu's GOMAXPROCS
			// (BenchmarkBudget says why).
			for range b.N {
				for i, t := range ts {
					t0 := time.Now()
					NewMatcher(t, MatchOptions{}).Match(items)
					took[i] += time.Since(t0)
				}
			}
			for i, c := range maps {
				b.ReportMetric(float64(took[i].Nanoseconds())/float64(b.N)/1e6, c.name+"-ms")
			}
			b.ReportMetric(float64(took[0].Nanoseconds())/float64(b.N)/float64(mentions), "ns/mention")
			b.ReportMetric(float64(took[1])/float64(took[0]), "3000/300")
			b.ReportMetric(float64(took[2])/float64(took[0]), "shared/300")
		})
	}
}

// BenchmarkMatchUnknownInstitutions matches the programs of
// BenchmarkMatchContacts against 300 and 3,000 contacts at institutions
// no index knows (200 made-up hospitals in Lima), as an IMG's colleagues
// at home may be: the prefilter's weakest case, contacts a printed
// affiliation that reads like theirs may confirm. NewMatcher and Match,
// as there; compare with its contacts=300 row.
func BenchmarkMatchUnknownInstitutions(b *testing.B) {
	for _, scale := range []int{1, 10} {
		items, targets := genProgram(scale, 20250927)
		for _, n := range []int{300, 3000} {
			t := &Targets{People: benchContacts(n, false, uint64(scale)), Programs: targets.Programs}
			for i := range t.People {
				t.People[i].Institution = fmt.Sprintf("Hospital Nacional %d, Lima", i%200)
			}
			b.Run(fmt.Sprintf("ASTRO=%dx/contacts=%d", scale, n), func(b *testing.B) {
				b.ReportAllocs()
				for range b.N { // b.N, not b.Loop: BenchmarkBudget says why
					NewMatcher(t, MatchOptions{}).Match(items)
				}
			})
		}
	}
}
