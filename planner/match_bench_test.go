package planner

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
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
// and grow only with the contacts that share a printed surname.
func BenchmarkMatchContacts(b *testing.B) {
	for _, scale := range []int{1, 10} {
		items, targets := genProgram(scale, 20250927)
		mentions := 0
		for _, it := range items {
			mentions += len(it.People)
		}
		for _, c := range []struct {
			name   string
			n      int
			shared bool
		}{{"contacts=300", 300, false}, {"contacts=3000", 3000, false}, {"shared-surnames=500", 500, true}} {
			t := &Targets{People: benchContacts(c.n, c.shared, uint64(scale)), Programs: targets.Programs}
			b.Run(fmt.Sprintf("ASTRO=%dx/%s", scale, c.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					NewMatcher(t, MatchOptions{}).Match(items)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(mentions), "ns/mention")
			})
		}
	}
}
