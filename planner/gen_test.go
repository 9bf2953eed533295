package planner

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// genProgram generates a deterministic ASTRO-like program for benchmarks:
// at scale 1, about 400 sessions, 2,500 posters, 25,000 author mentions,
// 300 network-map people and 90 target programs. Everything grows with
// scale.
func genProgram(scale int, seed uint64) ([]Item, *Targets) {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	type inst struct{ name, city, state string }
	var insts []inst
	var progs []Program
	for _, line := range strings.Split(directory, "\n") {
		f := strings.Split(line, "|")
		if len(f) != 4 || strings.Contains(f[3], "lookalike") {
			continue
		}
		name, city, state := strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])
		var aliases []string
		for _, a := range strings.Split(f[3], ";") {
			aliases = append(aliases, strings.TrimLeft(strings.TrimSpace(a), "~")) // "~": a former name
		}
		insts = append(insts, inst{name, city, state})
		for _, a := range aliases {
			insts = append(insts, inst{a, city, state})
		}
		progs = append(progs, Program{Name: name, Aliases: aliases, City: city, State: state})
	}
	nProg := 90 * scale
	for i := len(progs); i < nProg; i++ {
		name := fmt.Sprintf("Regional Cancer Institute %d", i)
		progs = append(progs, Program{Name: name, Aliases: []string{fmt.Sprintf("RCI %d", i)}, City: "Springfield", State: "IL"})
		insts = append(insts, inst{name, "Springfield", "IL"})
	}
	progs = progs[:nProg]
	foreign := []string{"Tata Memorial Hospital, Mumbai, India", "Peter MacCallum Cancer Centre, Melbourne, Australia",
		"Gustave Roussy, Villejuif, France", "Heidelberg University Hospital, Heidelberg, Germany",
		"Princess Margaret Cancer Centre, Toronto, ON, Canada", "Sun Yat-sen University Cancer Center, Guangzhou, China"}
	first := []string{"Jennifer", "José", "Ana", "Wei", "Priya", "Omar", "Seo-Yeon", "Chinedu", "Laura", "Kevin", "María",
		"Tuan", "Olivia", "Rachel", "Benjamin", "Fatima", "Li", "Daniel", "Amira", "Piotr", "Zoë", "Min-Jung", "Sean", "Kenji"}
	last := []string{"Smith", "García-López", "De La Cruz", "Zhang", "Raman", "Al-Hassan", "Park", "Okafor", "Scott",
		"O'Brien", "Hernández", "Sato", "Price", "Kaplan", "Parker", "Rahimi", "Chen", "Ewing", "Darwish", "Jovanović",
		"Müller", "Kim", "O'Connor", "Zhao", "van der Berg", "Patel", "Nguyen", "Okoro", "Silva-Santos", "Lindqvist"}
	// Surnames grow with the scale so the index has realistic buckets.
	for i := 0; len(last) < 200*scale; i++ {
		last = append(last, "Sur"+letters(i))
	}
	t := &Targets{Programs: progs}
	for i := 0; i < 300*scale; i++ {
		in := insts[r.IntN(len(insts))]
		t.People = append(t.People, Contact{Row: i, Name: first[r.IntN(len(first))] + " " + last[r.IntN(len(last))], Institution: in.name})
	}
	affil := func() string {
		if r.IntN(4) == 0 {
			return foreign[r.IntN(len(foreign))]
		}
		in := insts[r.IntN(len(insts))]
		if r.IntN(2) == 0 {
			return "Department of Radiation Oncology, " + in.name + ", " + in.city + ", " + in.state
		}
		return in.name + ", " + in.city + ", " + in.state
	}
	printed := func() string {
		f, l := first[r.IntN(len(first))], last[r.IntN(len(last))]
		switch r.IntN(3) {
		case 0:
			return f + " " + l
		case 1:
			return f[:1] + ". " + string(rune('A'+r.IntN(26))) + ". " + l
		}
		return l + ", " + f
	}
	start := time.Date(2025, 9, 27, 8, 0, 0, 0, time.UTC)
	var items []Item
	roles := []Role{RoleModerator, RoleSpeaker, RoleSpeaker, RolePanelist}
	for i := 0; i < 400*scale; i++ {
		it := Item{ID: fmt.Sprintf("S%d", i), Kind: KindSession, Title: fmt.Sprintf("Session %d", i), Start: start.Add(time.Duration(i) * time.Minute)}
		it.End = it.Start.Add(time.Hour)
		for j := 0; j < 4; j++ {
			it.People = append(it.People, Person{Name: printed(), Role: roles[j], Affiliations: []string{affil()}})
		}
		items = append(items, it)
	}
	for i := 0; i < 2500*scale; i++ {
		it := Item{ID: fmt.Sprintf("P%d", i), Kind: KindPoster, Title: fmt.Sprintf("Poster %d", i), Start: start.Add(time.Duration(i) * time.Minute)}
		it.End = it.Start.Add(time.Hour)
		n := 6 + r.IntN(6) // 9,4 authors on average
		for j := 0; j < n; j++ {
			role := RoleAuthor
			if j == 0 {
				role = RolePresentingAuthor
			}
			it.People = append(it.People, Person{Name: printed(), Role: role, Affiliations: []string{affil()}})
		}
		items = append(items, it)
	}
	return items, t
}

// letters spells i in base 26 with lower-case letters: names have no
// digits, and a digit-only difference would collapse surname keys.
func letters(i int) string {
	b := []byte{byte('a' + i%26)}
	for i /= 26; i > 0; i /= 26 {
		b = append(b, byte('a'+i%26))
	}
	return string(b)
}

func TestGenProgramSize(t *testing.T) {
	items, targets := genProgram(1, 1)
	mentions := 0
	for _, it := range items {
		mentions += len(it.People)
	}
	if len(items) != 2900 || mentions < 20000 || mentions > 30000 || len(targets.People) != 300 || len(targets.Programs) != 90 {
		t.Errorf("generated %d items, %d mentions, %d people, %d programs", len(items), mentions, len(targets.People), len(targets.Programs))
	}
	m := NewMatcher(targets, MatchOptions{})
	if got := m.Match(items); len(got) == 0 {
		t.Error("no matches in the generated program")
	}
}

// BenchmarkMatch matches an ASTRO-size program (scale 1) and ten times
// that; ns/mention should stay about the same.
func BenchmarkMatch(b *testing.B) {
	for _, scale := range []int{1, 10} {
		items, targets := genProgram(scale, 20250927)
		mentions := 0
		for _, it := range items {
			mentions += len(it.People)
		}
		b.Run(fmt.Sprintf("x%d", scale), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m := NewMatcher(targets, MatchOptions{})
				m.Match(items)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(mentions), "ns/mention")
		})
	}
}
