package planner

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// prefilterCorpus gathers names as people type and print them: the
// network-map names of the held-out match cases and every quoted string
// of the name tests, with each one's usual printed forms.
func prefilterCorpus(t *testing.T) (contacts, printed []string) {
	seen := map[*[]string]map[string]bool{&contacts: {}, &printed: {}}
	add := func(list *[]string, s string) {
		if s = strings.TrimSpace(s); s != "" && !seen[list][s] {
			seen[list][s] = true
			*list = append(*list, s)
		}
	}
	if f, err := os.Open("../sources/testdata/matchcases.tsv"); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if c := strings.Split(sc.Text(), "\t"); len(c) == 6 && c[2] != "=program" {
				add(&contacts, c[2])
			}
		}
		f.Close()
	}
	for _, file := range []string{"names_test.go", "match_test.go", "contacts_test.go"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`).FindAllStringSubmatch(string(data), -1) {
			if len(q[1]) < 60 && hasLetter(q[1]) {
				add(&contacts, strings.ReplaceAll(q[1], `\"`, `"`))
			}
		}
	}
	for _, c := range contacts {
		add(&printed, c)
		g, s := SplitName(c)
		if g == "" || s == "" {
			continue
		}
		var ini, dotted []string
		for _, w := range strings.Fields(g) {
			r := []rune(w)
			ini = append(ini, string(r[0]))
			dotted = append(dotted, string(r[0])+".")
		}
		for _, p := range []string{
			strings.Join(dotted, " ") + " " + s, s + " " + strings.Join(ini, ""), s + ", " + strings.Join(dotted, " "),
			strings.ToUpper(s) + " " + g, s + ", " + g, g + " " + s + ", MD, PhD", s + " " + g,
		} {
			add(&printed, p)
		}
	}
	return contacts, printed
}

// TestPrefilterAdmitsEveryFit checks the cheap rejection's promise: every
// printed name and contact that compareNames fits pass it.
func TestPrefilterAdmitsEveryFit(t *testing.T) {
	contacts, printed := prefilterCorpus(t)
	if len(contacts) < 300 {
		t.Fatalf("corpus of %d names: too small to say anything", len(contacts))
	}
	tg := &Targets{}
	for _, c := range contacts {
		tg.People = append(tg.People, Contact{Name: c})
	}
	m := NewMatcher(tg, MatchOptions{})
	byKey := map[string][]personName{}
	for _, c := range contacts {
		for _, q := range readName(c).readings {
			byKey[q.key()] = append(byKey[q.key()], q)
		}
	}
	cache := newSigCache(m, 0)
	pairs := 0
	for _, p := range printed {
		sig := cache.sigOf(p)
		for _, r := range readName(p).readings {
			for _, q := range byKey[r.key()] {
				if compareNames(r, q).score == 0 {
					continue
				}
				pairs++
				k := contactSig(q, q.key())
				if !k.admits(readingSig(r)) {
					t.Errorf("printed %q (reading %v) fits contact reading %v, but its first names do not admit it", p, r, q)
				}
				if sig.read {
					continue
				}
				ok := false
				for _, c := range sig.cands {
					ok = ok || c.e == m.keys[q.key()] && k.admits(c.given)
				}
				if !ok {
					t.Errorf("printed %q (reading %v) fits contact reading %v, but the prefilter rejects it (summary %+v)", p, r, q, sig.cands)
				}
			}
		}
	}
	t.Logf("%d names, %d printed forms, %d fitting pairs", len(contacts), len(printed), pairs)
}

// TestPrefilterChangesNoMatch matches generated programs with and
// without the cheap rejection of names: the matches must be the same.
func TestPrefilterChangesNoMatch(t *testing.T) {
	items, targets := genProgram(1, 20250927)
	for _, c := range []struct {
		name   string
		n      int
		shared bool
	}{{"contacts=300", 300, false}, {"shared-surnames=500", 500, true}} {
		tg := &Targets{People: append(benchContacts(c.n, c.shared, 1), targets.People...), Programs: targets.Programs}
		m := NewMatcher(tg, MatchOptions{})
		got, want := m.Match(items), MatchReadingAll(m, items)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d matches with the prefilter, %d without; they differ", c.name, len(got), len(want))
		}
	}
}

// TestPrefilterAdhocInstitutions matches a generated program against
// contacts at institutions no index knows (the network map alone names
// them), with none, and at known ones, printed at theirs, at theirs and
// a known one, at a known one alone, or with none: the matches with the
// prefilter are those of reading every name.
func TestPrefilterAdhocInstitutions(t *testing.T) {
	items, targets := genProgram(1, 20250927)
	items = slices.Clone(items)
	var people []Contact
	k := 0
	for i := range items {
		ps := slices.Clone(items[i].People)
		items[i].People = ps
		for j := range ps {
			k++
			if k%40 != 0 {
				continue
			}
			inst := fmt.Sprintf("Hospital Nacional Daniel Alcides %d, Lima", k%7)
			c := Contact{Row: len(people), Name: ps[j].Name, Institution: inst}
			switch k / 40 % 5 {
			case 0: // printed at the contact's institution
				ps[j].Affiliations = []string{fmt.Sprintf("Hospital Nacional Daniel Alcides %d, Lima, Peru", k%7)}
			case 1: // and at a known one
				ps[j].Affiliations = []string{fmt.Sprintf("Hospital Nacional Daniel Alcides %d", k%7), "Duke University, Durham, NC"}
			case 2: // at a known one alone: not them
			case 3: // no institution in the map
				c.Institution = ""
			case 4: // printed with no affiliation
				ps[j].Affiliations = nil
			}
			people = append(people, c)
		}
	}
	tg := &Targets{People: append(people, benchContacts(300, false, 1)...), Programs: targets.Programs}
	for i := range tg.People {
		tg.People[i].Row = i
	}
	m := NewMatcher(tg, MatchOptions{})
	got, want := m.Match(items), MatchReadingAll(m, items)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%d matches with the prefilter, %d without; they differ", len(got), len(want))
	}
	found := 0
	for _, x := range want {
		if x.TargetType == TargetPerson && x.TargetIndex < len(people) {
			found++
		}
	}
	if found < len(people)/3 {
		t.Errorf("%d of the %d contacts found: the test says little", found, len(people))
	}
}

// TestBitSetsHoldTheirMaps checks that the filters before the variants
// and key maps answer yes for every string the maps hold: a no is final.
func TestBitSetsHoldTheirMaps(t *testing.T) {
	if len(variants) == 0 {
		t.Fatal("no spelling variants loaded")
	}
	for v := range variants {
		if !variantBits.has(bitHash(v)) {
			t.Errorf("variantBits lacks %q", v)
		}
	}
	m := NewMatcher(&Targets{People: []Contact{{Name: "Ana De La Cruz", Institution: "Duke"}, {Name: "Jennifer Müller-Schmidt"}, {Name: "Mohamed Ali"}}}, MatchOptions{})
	for k := range m.keys {
		if !m.keyBits.has(bitHash(k)) {
			t.Errorf("keyBits lacks %q", k)
		}
	}
}

// TestUnknownAffiliationNeedsASharedWord checks the prefilter's rule for
// affiliations no index knows: a name is read when the affiliation
// shares a distinctive word with some contact's institution, or the
// contact has none, and the matches are those of reading every name.
func TestUnknownAffiliationNeedsASharedWord(t *testing.T) {
	tg := &Targets{People: []Contact{
		{Name: "Ana Lima", Institution: "Hospital Sirio-Libanes Oncologia Zeta"},
		{Name: "Bruno Costa"},
	}}
	items := []Item{
		{ID: "1", People: []Person{{Name: "Ana Lima", Affiliations: []string{"Hospital Sirio-Libanes, Sao Paulo, Brazil"}}}},
		{ID: "2", People: []Person{{Name: "Ana Lima", Affiliations: []string{"Instituto Qwerty, Porto"}}}},
		{ID: "3", People: []Person{{Name: "Bruno Costa", Affiliations: []string{"Instituto Qwerty, Porto"}}}},
	}
	m := NewMatcher(tg, MatchOptions{})
	got := m.Match(items)
	m.readAll = true
	want := m.Match(items)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("prefilter changes the matches:\n got %+v\nwant %+v", got, want)
	}
	var ids []string
	for _, x := range got {
		ids = append(ids, x.ItemID+":"+x.Target)
	}
	if strings.Join(ids, ",") != "1:Ana Lima,3:Bruno Costa" {
		t.Errorf("matches %v, want 1:Ana Lima (shared words) and 3:Bruno Costa (no institution in the map)", ids)
	}
}

// FuzzIsPlain checks isPlain's promise: a plain name strips as
// stripPlain does (stripName has nothing to cut) and has no nickname in
// quotes or brackets; looseDigraph is the test looseWord makes.
func FuzzIsPlain(f *testing.F) {
	for _, s := range []string{"Jennifer A. Smith", "García-López, María", "Robert \"Bob\" Smith", "Jennifer 'Jen' Smith",
		"O'Brien, Sean", "and B. Movsas", "J. Smith - Duke", "J. Smith – Duke", "Ana (Ani) Cruz", "*J. Smith", "  & Kim  ", "Müller\u00a0Hans"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isPlain(s) {
			if got, want := stripPlain(s), stripName(s); got != want {
				t.Errorf("isPlain(%q): stripPlain %q, stripName %q", s, got, want)
			}
			if strings.ContainsAny(s, "\"“(‘") || strings.Contains(s, " '") {
				t.Errorf("isPlain(%q) with a nickname mark", s)
			}
		}
		b := []byte(s)
		if got, want := looseDigraph(b), bytes.Contains(b, []byte("ae")) || bytes.Contains(b, []byte("oe")) || bytes.Contains(b, []byte("ue")) || bytes.Contains(b, []byte("aa")); got != want {
			t.Errorf("looseDigraph(%q) = %v", s, got)
		}
		i, size := indexSpace(s)
		if j := strings.IndexFunc(s, unicode.IsSpace); i != j {
			t.Errorf("indexSpace(%q) = %d, want %d", s, i, j)
		} else if j >= 0 {
			if _, n := utf8.DecodeRuneInString(s[j:]); n != size {
				t.Errorf("indexSpace(%q) size %d, want %d", s, size, n)
			}
		}
	})
}

func TestLetterRuns(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"smith", []string{"smith"}},
		{"al hassan", []string{"al", "hassan", "alhassan"}},
		{"de la cruz", []string{"de", "la", "dela", "cruz", "lacruz", "delacruz"}},
		{"o'brien, md.", []string{"o", "brien", "obrien", "md", "brienmd", "obrienmd"}},
		{"  li-wei  ", []string{"li", "wei", "liwei"}},
		{"zoë", []string{"zoë"}},
		{"42", nil},
	} {
		var got []string
		letterRuns(tc.in, func(run string) { got = append(got, run) })
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("letterRuns(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSomeAllowedAsksWhatMayBeAsks: quickKeys' answer (someAllowed)
// says yes wherever the full summary's (mayBe) does, and, for names
// whose first names it reads as makeSig does, no wherever mayBe says no:
// it asks the same of the printed affiliations (a contact no institution
// confirms, one any may confirm when a printed part reads like theirs,
// one at a printed institution, and, when none is printed, one whose
// institution shares a word with a printed part).
func TestSomeAllowedAsksWhatMayBeAsks(t *testing.T) {
	tg := &Targets{People: []Contact{
		{Name: "Ana Lima", Institution: "Hospital Sirio-Libanes Oncologia Zeta"}, // only the map names it
		{Name: "Bruno Costa"},                               // no institution
		{Name: "Wei Zhang", Institution: "Duke University"}, // a known one
	}}
	m := NewMatcher(tg, MatchOptions{})
	c := newSigCache(m, 0)
	inst := m.inst.reader()
	for _, tc := range []struct {
		name, aff string
		want      bool
	}{
		{"A. Lima", "Instituto Qwerty, Porto", false}, // no word in common, no institution named
		{"A. Lima", "Hospital Sirio-Libanes, Sao Paulo, Brazil", true},
		{"A. Lima", "Duke University", false}, // a known institution, not hers
		{"A. Lima", "", true},                 // nothing printed to rule her out
		{"B. Costa", "Instituto Qwerty, Porto", true},
		{"B. Costa", "Duke University", true},
		{"W. Zhang", "Duke University", true},
		{"W. Zhang", "Instituto Qwerty, Porto", false},
		{"W. Zhang", "Hospital Sirio-Libanes, Sao Paulo, Brazil", false},
		// Unknown to the index, with a word of Ana Lima's institution:
		// hers may confirm her, not Wei Zhang's.
		{"A. Lima", "Clinica Sirio, Porto", true},
		{"W. Zhang", "Clinica Sirio, Porto", false},
		{"Wei Zhang", "Duke University", true},
	} {
		var pr printed
		if tc.aff != "" {
			a := &affInfo{resolution: inst.resolveAt(tc.aff, false), aff: tc.aff}
			a.printAlone()
			pr = a.alone
		}
		mt := mentionOf(&pr)
		keys, ok := m.quickKeys(nil, tc.name)
		if !ok {
			t.Fatalf("quickKeys(%q) does not answer", tc.name)
		}
		full := m.mayBe(c.sigOf(tc.name), &pr)
		quick := m.someAllowed(keys, &mt)
		if full != tc.want {
			t.Errorf("mayBe(%q at %q) = %v, want %v", tc.name, tc.aff, full, tc.want)
		}
		if strings.Contains(tc.name, ".") && quick != full || full && !quick {
			t.Errorf("someAllowed(%q at %q) = %v, mayBe %v", tc.name, tc.aff, quick, full)
		}
	}
}
