package planner

import (
	_ "embed"
	"strings"
)

// Given names and their nicknames, from data.
//
// data/nicknames.csv is names.csv of github.com/carltonnorthern/nicknames
// (commit 21d7505, June 2026), under the Apache License 2.0
// (data/nicknames.LICENSE): about 1,100 English given names and their
// nicknames as (name, has_nickname, nickname) triples, hand-curated from
// a genealogy list by Old Dominion University's Web Science and Digital
// Libraries group. It is copied unchanged. data/nicknames-more.csv, in
// the same format, is confplan's own: the Spanish, Italian, Portuguese,
// Russian, German and Dutch diminutives people print at international
// meetings (Paco, Pepe, Sasha, Misha, Hans, Wim), which the English list
// lacks; its not_nickname rows withdraw a few English pairs whose
// nickname is a common given name in its own right elsewhere (Ana is not
// short for Bryanna at an oncology meeting). data/spellings.txt groups transliterations of one name
// (Mohammed, Mohamed, Muhammad; Yury, Yuri).

//go:embed data/nicknames.csv
var nicknamesCSV string

//go:embed data/nicknames-more.csv
var nicknamesMoreCSV string

//go:embed data/spellings.txt
var spellingsTxt string

// variants maps a spelling to the group's first spelling.
var variants = map[string]string{}

// nicksOf maps a formal given name (canon spelling) to its nicknames;
// formalsOf maps a nickname to its formal names.
var nicksOf, formalsOf = map[string][]string{}, map[string][]string{}

func init() {
	for _, line := range strings.Split(spellingsTxt, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		for _, v := range f[1:] {
			variants[v] = f[0]
			variantBits.add(v)
		}
	}
	for _, data := range []string{nicknamesCSV, nicknamesMoreCSV} {
		for _, line := range strings.Split(data, "\n") {
			a, rest, ok := strings.Cut(strings.TrimSpace(line), ",")
			if !ok {
				continue
			}
			rel, b, ok := strings.Cut(rest, ",")
			if !ok || rel != "has_nickname" && rel != "not_nickname" {
				continue
			}
			a, b = canon(wordKey(a)), canon(wordKey(b))
			if a == "" || b == "" || a == b {
				continue
			}
			if rel == "not_nickname" {
				nicksOf[a] = removeName(nicksOf[a], b)
				formalsOf[b] = removeName(formalsOf[b], a)
				continue
			}
			nicksOf[a] = appendName(nicksOf[a], b)
			formalsOf[b] = appendName(formalsOf[b], a)
		}
	}
}

func removeName(list []string, s string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

func appendName(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// relatedNames returns the nicknames of a formal name and the formal
// names of a nickname, in canon spelling.
func relatedNames(c string) []string {
	if len(formalsOf[c]) == 0 {
		return nicksOf[c]
	}
	return append(append([]string(nil), nicksOf[c]...), formalsOf[c]...)
}

// nicknameOf reports whether a and b are one given name: one is a
// nickname of the other (Bill, William) or both are nicknames of one
// formal name (Jim, Jimmy). Two formal names that share a nickname
// (Edward and Edwin, both Ed) are not.
func nicknameOf(a, b string) bool {
	for _, x := range nicksOf[a] {
		if x == b {
			return true
		}
	}
	for _, f := range formalsOf[a] {
		if f == b {
			return true
		}
		for _, x := range nicksOf[f] {
			if x == b {
				return true
			}
		}
	}
	return false
}
