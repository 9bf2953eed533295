package planner

import (
	"slices"
	"strings"
	"testing"
)

// quickKeysAgree checks quickKeys' promise for one name: when it
// answers, the name is not read in full and every candidate makeSig
// finds is at one of its entries.
func quickKeysAgree(t *testing.T, m *Matcher, c *sigCache, name string) bool {
	t.Helper()
	ents, ok := m.quickKeys(nil, name)
	if !ok {
		return false
	}
	s := c.makeSig(name)
	if s.read {
		t.Errorf("quickKeys(%q) answers for a name read in full", name)
	}
	for _, k := range s.cands {
		i := slices.IndexFunc(ents, func(q keyCand) bool { return q.e == k.e })
		if i < 0 {
			t.Errorf("quickKeys(%q) lacks the entry of a candidate of makeSig", name)
			continue
		}
		// Its first names hold at least makeSig's: someAllowed may say
		// yes where mayBe says no, never the other way.
		if q := ents[i].given; k.given.init&^q.init != 0 || k.given.full&^q.full != 0 || k.given.fn&^q.fn != 0 {
			t.Errorf("quickKeys(%q) gives first names %+v where makeSig gives %+v", name, q, k.given)
		}
	}
	return true
}

// quickContacts are contacts whose keys take every path of looseKey and
// of makeSig's runs: particles, hyphens, digraphs, variants, Saint.
var quickContacts = []Contact{{Name: "Ana De La Cruz", Institution: "Duke"}, {Name: "Jennifer Müller-Schmidt"}, {Name: "Mohamed Ali"},
	{Name: "Wei Zhang"}, {Name: "Sean O'Brien"}, {Name: "Jean Saint-Pierre"}, {Name: "Lars Aagaard"}, {Name: "Karin van der Berg"},
	{Name: "José García-López"}, {Name: "Yury Ivanov"}, {Name: "Bjørn Øster"}, {Name: "John Smith Jr."}, {Name: "Hassan Alhassan"}}

// TestQuickKeysAgree compares quickKeys with makeSig on the names of the
// generated programs and the name tests, against their contacts and
// against contacts built to meet every rule.
func TestQuickKeysAgree(t *testing.T) {
	contacts, printed := prefilterCorpus(t)
	items, targets := genProgram(1, 20250927)
	for _, it := range items {
		for _, p := range it.People {
			printed = append(printed, p.Name)
		}
	}
	var forms []string
	for _, p := range printed {
		forms = append(forms, p, strings.ToUpper(p), "Dr. "+p, p+" Jr.", "and "+p, strings.ReplaceAll(p, " ", "-"))
	}
	var corpus []Contact
	for _, c := range contacts {
		corpus = append(corpus, Contact{Name: c})
	}
	for _, tc := range []struct {
		name string
		t    *Targets
	}{
		{"generated", targets},
		{"shared-surnames", &Targets{People: benchContacts(500, true, 1)}},
		{"corpus", &Targets{People: corpus}},
		{"rules", &Targets{People: quickContacts}},
	} {
		m := NewMatcher(tc.t, MatchOptions{})
		c := newSigCache(m, 0)
		n := 0
		for _, p := range forms {
			if quickKeysAgree(t, m, c, p) {
				n++
			}
		}
		t.Logf("%s: quickKeys answers for %d of %d names", tc.name, n, len(forms))
		if n < len(forms)/2 {
			t.Errorf("%s: quickKeys answers for only %d of %d names", tc.name, n, len(forms))
		}
	}
}

// FuzzQuickKeys checks quickKeys against makeSig on any name, for the
// contacts built to meet every rule.
func FuzzQuickKeys(f *testing.F) {
	for _, c := range quickContacts {
		f.Add(c.Name)
		f.Add("Dr. " + strings.ToUpper(c.Name))
	}
	for _, s := range []string{"Ana Cruz De La", "K. van der Berg", "Mueller-Schmidt J", "Muhammad Ali", "J Saint Pierre", "Smith-Zhang W.", "B. Oster", "Jr. Smith John", "Al Hassan"} {
		f.Add(s)
	}
	m := NewMatcher(&Targets{People: quickContacts}, MatchOptions{})
	f.Fuzz(func(t *testing.T, s string) {
		quickKeysAgree(t, m, newSigCache(m, 0), s)
	})
}

// BenchmarkQuickKeys summarises the distinct names of a generated
// program by their contact keys, as sigOf does first.
func BenchmarkQuickKeys(b *testing.B) {
	items, targets := genProgram(1, 20250927)
	m := NewMatcher(targets, MatchOptions{})
	seen := map[string]bool{}
	var names []string
	for _, it := range items {
		for _, p := range it.People {
			if !seen[p.Name] {
				seen[p.Name] = true
				names = append(names, p.Name)
			}
		}
	}
	buf := make([]keyCand, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range names {
			m.quickKeys(buf, s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(names)), "ns/name")
}

// FuzzLooseRepl checks appendLooseRepl against looseRepl, and looseKey
// against the map looked up with looseWord.
func FuzzLooseRepl(f *testing.F) {
	for _, s := range []string{"", "a", "aa", "aaa", "aae", "aea", "mueller", "muller", "aagaard", "oeue", "haaes", "mohamed", "muhammad", "mohammed", "hasan", "hassan", "hossein", "husain", "yurii", "ivanov"} {
		f.Add(s)
	}
	m := NewMatcher(&Targets{People: append(quickContacts, Contact{Name: "Anna Muller"}, Contact{Name: "Ole Gard"}, Contact{Name: "Sara Hussein"})}, MatchOptions{})
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLooseRepl(nil, []byte(s))), looseRepl.Replace(s); got != want {
			t.Errorf("appendLooseRepl(%q) = %q, want %q", s, got, want)
		}
		b := []byte(s)
		if got, want := m.looseKey(b, bitHash(b), looseDigraph(b)), m.keys[looseWord(s)]; got != want {
			t.Errorf("looseKey(%q) = %p, want %p", s, got, want)
		}
	})
}
