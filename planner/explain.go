package planner

import (
	"fmt"
	"sort"
	"strings"
)

// NearMiss is one printed person that shares a surname reading with a
// contact, with the verdict: found, or the reason it was not taken.
type NearMiss struct {
	ItemID       string
	Who          string   // as printed
	Affiliations []string // as printed
	Found        bool
	Score        float64 // when found
	// Reason says which readings were compared and why they were taken
	// or rejected: "given names differ: Jennifer ~ John", "institution
	// differs: ...".
	Reason string
}

// Readings describes how the name model reads a name, one reading a
// line: "given Jennifer A, surname Smith", "given Y, surname Liu (family
// name first)".
func Readings(name string) []string {
	var out []string
	for _, r := range readName(name).readings {
		s := "surname " + displaySurname(r)
		if r.mononym {
			s = "single name " + displaySurname(r)
		} else {
			s = "given " + displayGiven(r.given) + ", " + s
		}
		if r.how != "" && !(r.mononym && r.how == "single name") {
			s += " (" + r.how + ")"
		}
		out = append(out, s)
	}
	return out
}

// InstitutionOf says how the matcher reads contact ci's Institution: the
// institutions of the graph it names, or, for a name the graph does not
// know, that name kept as the user wrote it.
func (m *Matcher) InstitutionOf(ci int) []string {
	if ci < 0 || ci >= len(m.t.People) {
		return nil
	}
	if m.adhoc[ci] {
		return []string{fmt.Sprintf("%s (not in the directory: compared by its words)", strings.TrimSpace(m.t.People[ci].Institution))}
	}
	var out []string
	for _, w := range m.instOf[ci] {
		in := m.inst.insts[w]
		where := in.city
		if in.state != "" {
			where = strings.TrimSpace(capitalWords(where) + ", " + in.state)
		} else if in.country != "" {
			where = strings.TrimSpace(capitalWords(where) + ", " + capitalWords(in.country))
		}
		out = append(out, strings.TrimSuffix(m.instName[w]+" ("+strings.Trim(where, ", ")+")", " ()"))
	}
	return out
}

func capitalWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = capital(w)
	}
	return strings.Join(f, " ")
}

// Explain lists, for contact ci, every printed person in items whose name
// shares a surname reading with the contact's, found or not, and why, and
// those whose surname is one typo off: the near misses a user needs to
// see when someone was not found. It reads every printed name, so it
// costs a little more than Match.
func (m *Matcher) Explain(items []Item, ci int) []NearMiss {
	if ci < 0 || ci >= len(m.t.People) {
		return nil
	}
	keys, firm := map[string]bool{}, map[string]bool{}
	for _, r := range readName(m.t.People[ci].Name).readings {
		keys[r.key()] = true
		if !guess(r) {
			firm[r.key()] = true
		}
	}
	var out []NearMiss
	for i := range items {
		it := &items[i]
		for _, p := range it.People {
			readings := readName(p.Name).readings
			near, typo := false, ""
			for _, r := range readings {
				near = near || !guess(r) && keys[r.key()] || firm[r.key()]
			}
			if !near {
				typo = oneLetterOff(readings, firm)
				if typo == "" {
					continue
				}
			}
			var pr printed
			for _, a := range p.Affiliations {
				pr.add(&affInfo{resolution: m.inst.resolveAt(a, false), aff: a})
			}
			if typo != "" {
				out = append(out, NearMiss{ItemID: it.ID, Who: p.Name, Affiliations: p.Affiliations, Reason: typo})
				continue
			}
			out = append(out, m.verdict(it.ID, p, readings, pr, ci))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Found && !out[j].Found })
	return out
}

// oneTypo reports whether a and b differ by one letter added, dropped or
// changed, or two neighbours swapped (Smtih, Smith).
func oneTypo(a, b string) bool {
	if EditDistance(a, b, 1) <= 1 {
		return true
	}
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// guess reports whether a reading is a guessed order (family name
// first), which matching compares only with firm readings.
func guess(r personName) bool { return r.weak && !r.mononym }

// oneLetterOff returns a reason when a printed surname is one typo from
// one of the contact's (Smtih for Smith): not a match, but worth a look.
func oneLetterOff(readings []personName, keys map[string]bool) string {
	for _, r := range readings {
		k := r.key()
		if len(k) < 5 {
			continue
		}
		for ck := range keys {
			if len(ck) >= 5 && oneTypo(k, ck) {
				return fmt.Sprintf("surname %s is one typo from the map's %s: not taken (a misprint?)", displaySurname(r), capital(ck))
			}
		}
	}
	return ""
}

// verdict compares one printed person with contact ci over every pair of
// readings and keeps the best outcome: a match, else the rejection that
// got furthest (names fit but the institution does not, before names
// that do not fit).
func (m *Matcher) verdict(itemID string, p Person, readings []personName, pr printed, ci int) NearMiss {
	nm := NearMiss{ItemID: itemID, Who: p.Name, Affiliations: p.Affiliations}
	c := m.t.People[ci]
	var nameReason, affReason string
	for _, r := range readings {
		for _, cand := range append(m.people[r.key()][:len(m.people[r.key()]):len(m.people[r.key()])], m.guesses[r.key()]...) {
			if cand.idx != ci || guess(r) && guess(cand.name) {
				continue
			}
			fit := compareNames(r, cand.name)
			if fit.score == 0 {
				if nameReason == "" {
					nameReason = fmt.Sprintf("given names differ: printed %s, the map's %s", readingText(r), readingText(cand.name))
				}
				continue
			}
			score, ev, ok := m.checkAffiliation(ci, pr, fit)
			if ok && fit.weak && score < 0.85 {
				ok = false
				ev = "that reading is a guess, which needs an institution that agrees, and " + ev
			}
			if !ok {
				if affReason == "" {
					affReason = fmt.Sprintf("name fits (%s) but %s", fit.how, ev)
				}
				continue
			}
			if s := round2(fit.score * score); !nm.Found || s > nm.Score {
				nm.Found, nm.Score = true, s
				nm.Reason = fmt.Sprintf("name %q ~ %q (surname, %s); %s", strings.TrimSpace(p.Name), c.Name, fit.how, ev)
			}
		}
	}
	switch {
	case nm.Found:
	case affReason != "":
		nm.Reason = affReason
	case nameReason != "":
		nm.Reason = nameReason
	default:
		nm.Reason = "no reading of the printed name has the map's surname"
	}
	return nm
}

// readingText renders a reading for a reason: "Jennifer A Smith", "Y Liu".
func readingText(r personName) string {
	if r.mononym {
		return displaySurname(r) + " (single name)"
	}
	return strings.TrimSpace(displayGiven(r.given) + " " + displaySurname(r))
}

// displayGiven renders given names for people: "Jennifer A", "Mei Xin".
func displayGiven(g []givenName) string {
	var parts []string
	for _, x := range g {
		var ps []string
		for _, p := range x.parts {
			ps = append(ps, capital(p))
		}
		parts = append(parts, strings.Join(ps, "-"))
	}
	return strings.Join(parts, " ")
}

// displaySurname renders a reading's surname words: "De La Cruz",
// "Garcia-Lopez".
func displaySurname(r personName) string {
	var ps []string
	for _, w := range r.surname {
		parts := strings.Split(w, "-")
		for i, p := range parts {
			parts[i] = capital(p)
		}
		ps = append(ps, strings.Join(parts, "-"))
	}
	return strings.Join(ps, " ")
}
