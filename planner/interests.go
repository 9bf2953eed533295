package planner

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
)

// words folds s to lower-case words without diacritics or punctuation:
// "Poster Q&A" → poster q a.
func words(s string) []string {
	return strings.FieldsFunc(fold(s), notWordRune)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// mayHavePhrase reports whether folded text (fold's) may hold one of
// phrases as words (containsPhrase): false when it has not even the
// letters of any phrase's first word, which every word of the text it
// matches contains, as a substring (for a one-word phrase, less a plural
// s). Most texts hold none, and need not be cut into words.
func mayHavePhrase(folded string, phrases [][]string) bool {
	for _, p := range phrases {
		if len(p) > 0 && strings.Contains(folded, needleOf(p)) {
			return true
		}
	}
	return false
}

// needleOf is the letters of phrase p every text holding it as words
// holds: its first word, less a plural s for a one-word phrase.
func needleOf(p []string) string {
	if len(p) == 1 {
		return strings.TrimSuffix(p[0], "s")
	}
	return p[0]
}

// phraseNeedles are the letters mayHavePhrase looks for: each phrase's
// first word (less a plural s for a one-word phrase), but none that
// holds another (a text with "medical" has "med"), each once. A text
// holds one of them exactly when mayHavePhrase says it may.
func phraseNeedles(phrases [][]string) []string {
	var all []string
	for _, p := range phrases {
		if len(p) > 0 {
			all = append(all, needleOf(p))
		}
	}
	var out []string
	for i, w := range all {
		keep := true
		for j, v := range all {
			// Another needle inside w (the first of equal ones stays).
			if j != i && strings.Contains(w, v) && (len(v) < len(w) || j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, w)
		}
	}
	return out
}

// hasNeedle reports whether folded holds one of needles.
func hasNeedle(folded string, needles []string) bool {
	for _, w := range needles {
		if strings.Contains(folded, w) {
			return true
		}
	}
	return false
}

// phraseSet is a phrase list with its needles (phraseNeedles), worked
// out once for the lists a plan asks of every item.
type phraseSet struct {
	phrases [][]string
	needles []string
	bytes   [][]byte // the needles, for a text folded on the stack
}

func newPhraseSet(phrases [][]string) phraseSet {
	set := phraseSet{phrases: phrases, needles: phraseNeedles(phrases)}
	for _, w := range set.needles {
		set.bytes = append(set.bytes, []byte(w))
	}
	return set
}

// The phrase lists of every item's scoring, with their needles.
var (
	networkingSet = newPhraseSet(networkingPhrases)
	applicantSet  = newPhraseSet(applicantPhrases)
	traineeSet    = newPhraseSet(traineePhrases)
)

// has is hasPhrase(text, set.phrases). An ASCII text (fold lower-cases
// it, nothing more) is first looked through lower-cased on the stack:
// most hold no needle, and are never folded into a string.
func (set *phraseSet) has(text string) bool {
	var f string
	if len(text) <= 256 && isASCII(text) {
		var buf [256]byte
		low := lowerASCII(buf[:], text)
		if !slices.ContainsFunc(set.bytes, func(w []byte) bool { return bytes.Contains(low, w) }) {
			return false
		}
		f = fold(text) // the text itself when it is lower-case already
	} else if f = fold(text); !hasNeedle(f, set.needles) {
		return false
	}
	w := strings.FieldsFunc(f, notWordRune) // words(text)
	for _, p := range set.phrases {
		if containsPhrase(w, p) {
			return true
		}
	}
	return false
}

// containsPhrase reports whether phrase occurs in text as whole words; the
// phrase's last word may carry a plural s ("poster" finds "Posters").
func containsPhrase(text, phrase []string) bool {
	n := len(phrase)
	if n == 0 {
		return false
	}
	for i := 0; i+n <= len(text); i++ {
		ok := true
		for j, w := range phrase {
			t := text[i+j]
			if t == w || j == n-1 && (plural(t, w, "s") || plural(t, w, "es") || plural(w, t, "s")) {
				continue
			}
			ok = false
			break
		}
		if ok {
			return true
		}
	}
	return false
}

// plural reports whether word is stem+suffix, without building the string.
func plural(word, stem, suffix string) bool {
	return len(word) == len(stem)+len(suffix) && strings.HasPrefix(word, stem) && strings.HasSuffix(word, suffix)
}

// InterestHits returns the interests (as the user wrote them) that the
// item's title, type or track mentions, case- and diacritic-insensitively,
// as whole words: "SBRT" finds "Stereotactic Body RT (SBRT)" but
// "RT" does not find "SBRT".
func InterestHits(it *Item, interests []string) []string {
	var hits []string
	var text [][]string
	for _, s := range []string{it.Title, it.Type, it.Track} {
		if s != "" {
			text = append(text, words(s))
		}
	}
	for _, in := range interests {
		p := words(in)
		for _, t := range text {
			if containsPhrase(t, p) {
				hits = append(hits, strings.TrimSpace(in))
				break
			}
		}
	}
	return hits
}

// networkingPhrases mark the events where applicants meet residents and
// faculty: ARRO, resident and medical-student events, Meet the Expert
// sessions and poster Q&A.
var networkingPhrases = [][]string{
	{"arro"}, {"resident"}, {"residents"}, {"residency"}, {"medical", "student"}, {"med", "student"},
	{"meet", "the", "expert"}, {"meet", "the", "experts"}, {"poster", "q", "a"}, {"poster", "qa"},
	{"networking"}, {"mentorship"}, {"mentoring"}, {"trainee"}, {"aspp"},
}

// IsNetworking reports whether the item is a networking event: an ARRO,
// resident or medical-student event, a Meet the Expert session or a
// poster Q&A. A talk's or poster's own title does not count.
func IsNetworking(it *Item) bool {
	return isNetworking(it, func(text string) bool { return hasPhrase(text, networkingPhrases) })
}

// isNetworking is IsNetworking with netText telling whether a text holds
// a networking phrase.
func isNetworking(it *Item, netText func(string) bool) bool {
	if it.Kind == KindEvent {
		return true
	}
	for _, s := range [...]string{it.Type, it.Track, it.Session} {
		if s != "" && netText(s) {
			return true
		}
	}
	// A talk or poster titled "... for Residents of Rural Areas" is
	// research, not a residents' event; its type or session says whether
	// it is a poster Q&A.
	return it.Kind != KindTalk && it.Kind != KindPoster && it.Title != "" && netText(it.Title)
}

// hasPhrase reports whether text holds one of phrases as whole words
// (containsPhrase).
func hasPhrase(text string, phrases [][]string) bool {
	f := fold(text)
	if !mayHavePhrase(f, phrases) {
		return false
	}
	w := strings.FieldsFunc(f, notWordRune) // words(text)
	for _, p := range phrases {
		if containsPhrase(w, p) {
			return true
		}
	}
	return false
}

// Interests returns the interests of the matcher's options that the item
// mentions.
func (m *Matcher) Interests(it *Item) []string { return InterestHits(it, m.opt.Interests) }
