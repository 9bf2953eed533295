package planner

import "strings"

// Finding the person a user typed among their contacts: `confplan met
// "Jane Doe"` and `confplan done Smith`.
//
// A typed name is compared with the matching match uses (Matcher), so
// "Jennifer Smith", "Smith, Jennifer" and "Dr. Jennifer A. Smith, MD" are
// one contact, and a namesake at another institution is not. What the
// comparison cannot settle is never guessed: FindContact returns every
// candidate, and the command asks.

// FindContact finds name among contacts. hits are the contacts the name
// (and the institution, when given) fits. When there are none, near are
// contacts whose name fits once their own institution is assumed: people
// the user might mean but did not identify clearly enough to add a second
// row for them without asking.
//
// Cost: one Matcher over the contacts, and one match per distinct
// institution when there is no hit.
func FindContact(contacts []Contact, name, institution string) (hits, near []int) {
	if len(contacts) == 0 {
		return nil, nil
	}
	matcher := NewMatcher(&Targets{People: contacts}, MatchOptions{})
	lookup := func(aff string) []int {
		p := Person{Name: name, Role: RoleSpeaker}
		if aff != "" {
			p.Affiliations = []string{aff}
		}
		var out []int
		for _, mt := range matcher.Match([]Item{{ID: "met", People: []Person{p}}}) {
			if mt.TargetType == TargetPerson && !containsIndex(out, mt.TargetIndex) {
				out = append(out, mt.TargetIndex)
			}
		}
		return out
	}
	hits = lookup(institution)
	if len(hits) > 0 {
		return hits, nil
	}
	if institution != "" {
		// Known under another institution (moved, or a different person).
		return nil, lookup("")
	}
	seen := make(map[string]bool)
	for _, ct := range contacts {
		if ct.Institution == "" || seen[ct.Institution] {
			continue
		}
		seen[ct.Institution] = true
		for _, j := range lookup(ct.Institution) {
			if contacts[j].Institution == ct.Institution && !containsIndex(near, j) {
				near = append(near, j)
			}
		}
	}
	return nil, near
}

// Similar returns the contacts whose names look like a typo of name (see
// LooksLike): "Jennifer Smtih" is no new person.
func Similar(contacts []Contact, name string) []int {
	var out []int
	for i, ct := range contacts {
		if LooksLike(name, ct.Name) {
			out = append(out, i)
		}
	}
	return out
}

// ByWords returns the people whose name, as written, contains every
// significant word of typed (ignoring case, accents, punctuation, titles
// and degrees; a part of a hyphenated surname counts: "garcia" finds
// "Dr. José García-López").
func ByWords(people []Contact, typed string) []int {
	var words []string
	for _, w := range significantWords(typed) {
		words = append(words, NameWords(w)...)
	}
	if len(words) == 0 {
		return nil
	}
	var out []int
	for i, p := range people {
		have := make(map[string]bool)
		for _, h := range NameWords(p.Name) {
			have[h] = true
		}
		all := true
		for _, w := range words {
			all = all && have[w]
		}
		if all {
			out = append(out, i)
		}
	}
	return out
}

// FullName reports whether name has at least a given name and a surname
// once titles and degrees are set aside ("Dr. Patel, MD" has not): enough
// to add someone new.
func FullName(name string) bool { return len(significantWords(name)) >= 2 }

// significantWords are a name's words without titles, degrees and
// generational suffixes (the lists the name matching uses: IsHonorific,
// IsCredential, IsSuffix), in lower case: "Dr. Zhang, PhD" gives
// ["zhang"].
func significantWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' || r == ';' }) {
		k := strings.Trim(w, "()")
		if strings.Trim(k, ".") == "" || IsHonorific(k) || IsCredential(k) || IsSuffix(k) {
			continue
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

func containsIndex(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// Outcome is how a typed name resolved among the contacts.
type Outcome int

// The outcomes of Identify.
const (
	Found         Outcome = iota // one contact: Identity.Index
	NewPerson                    // no one like it: add them
	Ambiguous                    // several contacts fit: Identity.Candidates
	NotClear                     // none fits clearly; the candidates fit with their own institution
	NotFullName                  // too little to tell who, and to add a row; the candidates have those words
	LooksLikeTypo                // no one fits, but the candidates' names look like a typo of it
)

// Identity is the result of Identify.
type Identity struct {
	Outcome    Outcome
	Index      int   // the contact, when Found; else -1
	Candidates []int // the contacts to offer otherwise
}

// Identify decides whom a typed name (and institution) means among the
// contacts, for `confplan met`: one contact, a new person, or a question
// for the user — never a guess. With isNew the user said it is someone
// new. A typo of a contact's name ("Jennifer Smtih") and a surname alone
// ("Patel") are questions, not new people.
func Identify(contacts []Contact, typed, institution string, isNew bool) Identity {
	if isNew {
		return Identity{Outcome: NewPerson, Index: -1}
	}
	hits, near := FindContact(contacts, typed, institution)
	switch {
	case len(hits) == 1:
		return Identity{Outcome: Found, Index: hits[0]}
	case len(hits) > 1:
		return Identity{Outcome: Ambiguous, Index: -1, Candidates: hits}
	case len(near) > 0:
		return Identity{Outcome: NotClear, Index: -1, Candidates: near}
	case !FullName(typed):
		return Identity{Outcome: NotFullName, Index: -1, Candidates: ByWords(contacts, typed)}
	}
	if similar := Similar(contacts, typed); len(similar) > 0 {
		return Identity{Outcome: LooksLikeTypo, Index: -1, Candidates: similar}
	}
	return Identity{Outcome: NewPerson, Index: -1}
}

// FindMet finds a typed name among the people met (the encounter log),
// for `confplan done`: the contacts it fits, else those it fits with
// their own institution, else those whose names hold every word typed
// ("Smith", "garcia"). The log holds only the people met, so a part of a
// name rarely fits two; when it does, all are returned.
func FindMet(people []Contact, typed, institution string) []int {
	hits, near := FindContact(people, typed, institution)
	switch {
	case len(hits) > 0:
		return hits
	case len(near) > 0:
		return near
	}
	return ByWords(people, typed)
}
