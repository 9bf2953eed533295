package planner

import (
	"bufio"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// oldResolveAt is resolveAt as it was before it read each distinct
// affiliation part once (readSeg); TestResolveAtDiff and
// FuzzResolveAtDiff compare the two.
func (x *instIndex) oldResolveAt(aff string, home bool) resolution {
	var hits []instHit
	elsewhere := false
	raw := strings.FieldsFunc(aff, func(r rune) bool { return r == ',' || r == ';' || r == '|' })
	// Each part's tokens, read once.
	rawToks := make([][]string, len(raw))
	tokensOf := func(i int) []string {
		if rawToks[i] == nil {
			rawToks[i] = instTokens(raw[i])
		}
		return rawToks[i]
	}
	if n := len(raw); n > 1 && strings.Join(tokensOf(n-1), " ") == "republic of" {
		// "Seoul, Korea, Republic of".
		raw = append(raw[:n-2:n-2], raw[n-2]+" republic of")
		rawToks = rawToks[:n-1]
		rawToks[n-2] = nil
	}
	segs := make([]segment, 0, len(raw))
	states := map[string]bool{}
	country := ""
	var cityList []string
	lastSeg := len(raw) - 1
	for lastSeg > 0 && len(tokensOf(lastSeg)) == 0 {
		lastSeg--
	}
	for ri, r := range raw {
		last := ri == lastSeg
		// Without leading numbers and markers; spaces separate tokens
		// anyway.
		var toks []string
		if t := strings.TrimSpace(r); len(strings.TrimLeft(t, "0123456789*†‡§ ")) == len(t) {
			toks = tokensOf(ri)
		} else {
			toks = instTokens(strings.TrimLeft(t, "0123456789*†‡§ "))
		}
		for len(toks) > 0 && isNumber(toks[len(toks)-1]) { // zip codes
			toks = toks[:len(toks)-1]
		}
		if len(toks) == 0 {
			continue
		}
		key := strings.Join(toks, " ")
		seg := segment{toks: toks}
		if st, ok := usStates[key]; ok && !(len(raw) == 1 && x.byText[key] != nil) {
			// (An affiliation "Michigan" alone is the university.)
			states[st] = true
			seg.place = true
			country = "us"
		} else if c, ok := foreignPlaces[key]; ok && last && !(len(raw) == 1 && x.byText[key] != nil) {
			// A country ends the address: Lebanon, NH is in the US.
			country = c
			seg.place = true
		} else if domestic[key] {
			seg.place = true
			country = "us"
		} else if c := cityOfKey(key, toks); c != "" && ri > 0 && x.byText[key] == nil {
			cityList = append(cityList, c)
			seg.city = true
		}
		segs = append(segs, seg)
	}
	firstInst := true
	for i := 0; i < len(segs); i++ {
		s := segs[i]
		if s.place || s.city {
			continue
		}
		if titleStart[s.toks[0]] && allGeneric(s.toks) {
			continue
		}
		a, exact := x.scan(s.toks, firstInst)
		if a == nil && i+1 < len(segs) && !segs[i+1].place {
			// "University of California, San Francisco".
			joined := append(append([]string(nil), s.toks...), segs[i+1].toks...)
			if b, ok := x.byText[strings.Join(joined, " ")]; ok {
				a, exact = b, true
				i++
			}
		}
		// A department or a job title ("Dept. of Rad Onc", "Professor
		// of Medicine") comes before the institution; anything else
		// that is not the institution, such as a city after it, ends
		// the place where a one-word name may stand.
		if !allGeneric(s.toks) && !deptStart[s.toks[0]] && !titleStart[s.toks[0]] {
			firstInst = false
		}
		if a == nil {
			continue
		}
		var ids []int
		for _, id := range a.ids {
			in := x.insts[id]
			if in.state != "" && (country != "" && country != "us" || len(states) > 0 && !in.inStates(states)) {
				continue
			}
			if in.country != "" && country != "" && in.country != country {
				continue
			}
			ids = append(ids, id)
		}
		if len(ids) == 0 {
			if c := cityOf(s.toks); c != "" && i > 0 {
				// "Columbia, MO": a city that is also an
				// institution's name elsewhere.
				cityList = append(cityList, c)
			} else {
				elsewhere = true
			}
			continue
		}
		if len(ids) > 1 && len(cityList) > 0 {
			var inCity []int
			for _, id := range ids {
				for _, c := range cityList {
					if x.insts[id].city == c || x.insts[id].city == "" { // a user's institution: no city known
						inCity = append(inCity, id)
						break
					}
				}
			}
			if len(inCity) > 0 {
				ids = inCity
			}
		}
		if home && len(ids) > 1 {
			// The first listed, with its siblings in one country
			// (every Mayo Clinic; only Bethesda's National Cancer
			// Institute; "UMMC" is Maryland's or Mississippi's).
			same := ids[:1]
			for _, id := range ids[1:] {
				if x.insts[id].country == x.insts[ids[0]].country {
					same = append(same, id)
				}
			}
			ids = same
		}
		for _, id := range ids {
			c := x.find(id)
			dup := false
			for _, h := range hits {
				if h.id == c {
					dup = true
				}
			}
			if !dup {
				hits = append(hits, instHit{id: c, alias: a.text, role: a.role, exact: exact})
			}
		}
	}
	var st []string
	for k := range states {
		st = append(st, k)
	}
	sort.Strings(st)
	return resolution{hits: hits, elsewhere: elsewhere, cities: cityList, states: st, country: country}
}

// resolveCases are affiliations as programs and network maps print
// them: the generated program's, the held-out match cases' printed text
// and institutions, and shapes that take every branch of resolveAt.
func resolveCases(t testing.TB) []string {
	out := []string{"", ",", "Seoul, Korea, Republic of", "Korea, Republic of", "Republic of", "Michigan", "Michigan, MI",
		"1 Department of Radiation Oncology, University of Michigan, Ann Arbor, MI 48109", "*Duke University, Durham, NC, USA",
		"Columbia, MO", "University of Missouri, Columbia, MO", "National Cancer Center, Tokyo, Japan", "National Cancer Center, Goyang",
		"University of California, San Francisco", "Lebanon, NH", "Mayo Clinic; Rochester | MN", "Tata Memorial Hospital, Mumbai, India",
		"Professor of Medicine, Stanford", "Dept. of Rad Onc, Penn State Health", "George Washington University", "12345, 678"}
	items, targets := genProgram(1, 20250927)
	seen := map[string]bool{}
	for _, it := range items {
		for _, p := range it.People {
			for _, a := range p.Affiliations {
				if !seen[a] {
					seen[a] = true
					out = append(out, a)
				}
			}
		}
	}
	for _, c := range targets.People {
		out = append(out, c.Institution)
	}
	if f, err := os.Open("../sources/testdata/matchcases.tsv"); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if c := strings.Split(sc.Text(), "\t"); len(c) == 6 {
				out = append(out, c[3])
				for _, l := range strings.Split(c[4], `\n`) {
					out = append(out, l, strings.TrimLeft(l, "0123456789 "))
				}
			}
		}
		f.Close()
	}
	sort.Strings(out)
	return out
}

// resolveIndex is a matcher's index with user programs and network-map
// institutions added, as resolveAt meets it.
func resolveIndex() *instIndex {
	_, targets := genProgram(1, 20250927)
	targets.People = append(targets.People, Contact{Name: "Ana Lima", Institution: "Hospital Sirio-Libanes Oncologia Zeta, Sao Paulo, Brazil"})
	return NewMatcher(targets, MatchOptions{}).inst
}

func TestResolveAtDiff(t *testing.T) {
	x := resolveIndex()
	cases := resolveCases(t)
	if len(cases) < 1000 {
		t.Fatalf("%d affiliations: too few to say anything", len(cases))
	}
	for round := 0; round < 2; round++ { // the second round reads the parts read in the first
		for _, a := range cases {
			for _, home := range []bool{false, true} {
				if got, want := x.resolveAt(a, home), x.oldResolveAt(a, home); !reflect.DeepEqual(got, want) {
					t.Fatalf("resolveAt(%q, %v) = %+v, want %+v", a, home, got, want)
				}
			}
		}
	}
}

func FuzzResolveAtDiff(f *testing.F) {
	for _, a := range resolveCases(f)[:200] {
		f.Add(a)
	}
	x := resolveIndex()
	f.Fuzz(func(t *testing.T, a string) {
		for _, home := range []bool{false, true} {
			if got, want := x.resolveAt(a, home), x.oldResolveAt(a, home); !reflect.DeepEqual(got, want) {
				t.Fatalf("resolveAt(%q, %v) = %+v, want %+v", a, home, got, want)
			}
		}
	})
}
