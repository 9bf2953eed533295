package sources

import (
	"crypto/sha1"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// Item kinds are decided from the words of an item's type (category,
// track, session) first and its title second:
//
//   - poster: "poster", "e-poster", "ePoster", "digital poster", "poster
//     Q&A", "poster viewing"; a type that says "board" presentations;
//   - event: trainee events — ARRO, resident, medical student, ASPP,
//     career, mentoring, international medical graduate, program director
//     meet-ups, the residency match. An "ARRO Reception" is an event: for
//     the user it is a trainee event first;
//   - reception: reception, happy hour, networking reception, mixer, gala
//     (and, in a type, "social" and "party");
//   - otherwise the caller's fallback (session, or talk inside a session).
//
// A talk's title only decides "poster": research titles mention
// residents and medical students without being trainee events.
//
// "Meet the Expert" and similar formats are sessions.
var (
	posterWords    = []string{"poster", "eposter", "e-poster", "board presentation", "poster q&a", "digital poster"}
	eventWords     = []string{"arro", "resident", "residents", "residency", "medical student", "medical students", "aspp", "career", "careers", "mentoring", "mentorship", "mentor", "trainee", "trainees", "international medical graduate", "international medical graduates", "img", "imgs", "program directors", "meet the program directors", "residency match", "student workshop", "early career"}
	receptionWords = []string{"reception", "receptions", "social", "social event", "happy hour", "networking reception", "mixer", "gala", "party", "networking event"}
	// In titles "social" and "party" are too common ("Social Determinants
	// of Health"); these phrases are not.
	receptionTitleWords = []string{"reception", "receptions", "happy hour", "networking reception", "mixer", "gala", "networking event", "social hour", "social event"}
)

// classify decides an item's kind from its title and its type, category or
// session text: posters, ARRO/resident/medical-student events, receptions,
// sessions. Talks are decided by structure (a presentation inside a
// session), not here; fallback is the kind to use when nothing says otherwise.
func classify(title, typ string, fallback planner.Kind) planner.Kind {
	var buf [128]byte // the type's words, on the stack when they fit
	return classifyIn(appendTypeWords(buf[:0], typ), title, fallback)
}

// typeWords is the type text as classify matches it: its words between
// single spaces, a space before and after them.
func typeWords(typ string) string {
	return string(appendTypeWords(make([]byte, 0, len(typ)+2), typ))
}

// appendTypeWords appends typeWords(typ) to dst.
func appendTypeWords(dst []byte, typ string) []byte {
	return append(appendWordText(append(dst, ' '), typ), ' ')
}

// classifyWords is classify with the type's words already found
// (typeWords), for readers that see one type in many rows.
func classifyWords(t, title string, fallback planner.Kind) planner.Kind {
	return classifyIn(t, title, fallback)
}

// classifyIn is classifyWords for type words held as a string or as
// bytes. The title's words are written on the stack (when they fit), so
// a call allocates nothing.
func classifyIn[T string | []byte](t T, title string, fallback planner.Kind) planner.Kind {
	if inWords(t, posterSet) {
		return planner.KindPoster // the title need not be read
	}
	var buf [256]byte
	w := appendTypeWords(buf[:0], title)
	// A talk's title is a research title ("Medical Student Perceptions of
	// ..."), so for talks only the type says event or reception.
	talk := fallback == planner.KindTalk
	switch {
	case inWords(w, posterSet):
		return planner.KindPoster
	case inWords(t, eventSet) || !talk && inWords(w, eventSet):
		return planner.KindEvent
	case inWords(t, receptionSet) || !talk && inWords(w, receptionTitleSet):
		return planner.KindReception
	}
	return fallback
}

// wordText lower-cases s and replaces everything but letters, digits, "&"
// and "-" with single spaces, so phrases match on word boundaries.
func wordText(s string) string {
	return string(appendWordText(make([]byte, 0, len(s)), s))
}

// appendWordText appends wordText(s) to dst.
func appendWordText(dst []byte, s string) []byte {
	start := len(dst)
	space := true
	// ASCII byte by byte, without a lower-cased copy: each byte writes at
	// most one, into room made once.
	dst = slices.Grow(dst, len(s))
	out := dst[start : start+len(s)]
	k := 0
	for i := 0; i < len(s); i++ {
		switch c := wordBytes[s[i]]; c {
		case 0:
			if !space {
				out[k] = ' '
				k++
				space = true
			}
		case utf8.RuneSelf:
			return appendWordRunes(dst[:start], s)
		default:
			out[k] = c
			k++
			space = false
		}
	}
	dst = dst[:start+k]
	// Words are never white space, so the only space to trim is one
	// after the last word.
	if space && k > 0 {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// appendWordRunes is appendWordText for text that is not all ASCII.
func appendWordRunes(dst []byte, s string) []byte {
	start := len(dst)
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '-' {
			dst = utf8.AppendRune(dst, r)
			space = false
		} else if !space {
			dst = append(dst, ' ')
			space = true
		}
	}
	if space && len(dst) > start {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// wordBytes is what appendWordText writes for each byte: an ASCII word
// byte lower-cased, 0 for a byte between words, utf8.RuneSelf for the
// bytes that are not ASCII.
var wordBytes = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = utf8.RuneSelf
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&' || c == '-':
			t[c] = byte(c)
		}
	}
	return t
}()

// hasAny reports whether w (spaced as classify spaces it) holds one of
// phrases (none of them "") as whole words: after a space and before
// one. Only the places after a space whose byte starts some phrase are
// tried against the phrases, in one pass over w.
func hasAny(w string, phrases []string) bool {
	var first [4]uint64 // the phrases' first bytes
	for _, p := range phrases {
		first[p[0]>>6] |= 1 << (p[0] & 63)
	}
	for j := 1; j < len(w); j++ {
		if w[j-1] != ' ' {
			if k := strings.IndexByte(w[j:], ' '); k >= 0 {
				j += k // the next space: j+1 is after it
				continue
			}
			break
		}
		c := w[j]
		if first[c>>6]&(1<<(c&63)) == 0 {
			continue
		}
		rest := w[j:]
		for _, p := range phrases {
			if p[0] == c && len(p) < len(rest) && rest[len(p)] == ' ' && rest[:len(p)] == p {
				return true
			}
		}
	}
	return false
}

// phraseSet is a list of phrases (none of them "") filed by first byte,
// so that a word is tried only against the phrases it can start.
type phraseSet [256][]string

func newPhraseSet(phrases []string) *phraseSet {
	var s phraseSet
	for _, p := range phrases {
		s[p[0]] = append(s[p[0]], p)
	}
	return &s
}

// The kinds' phrases, filed once.
var (
	posterSet         = newPhraseSet(posterWords)
	eventSet          = newPhraseSet(eventWords)
	receptionSet      = newPhraseSet(receptionWords)
	receptionTitleSet = newPhraseSet(receptionTitleWords)
)

// inWords is hasAny(w, the phrases of s), for w a string or bytes.
func inWords[T string | []byte](w T, s *phraseSet) bool {
	for j := 1; j < len(w); j++ {
		if w[j-1] != ' ' {
			continue
		}
		for _, p := range s[w[j]] {
			if len(p) < len(w)-j && w[j+len(p)] == ' ' && string(w[j:j+len(p)]) == p {
				return true
			}
		}
	}
	return false
}

// deriveID returns a stable ID for an item without one, from its content:
// the same parts always give the same ID. Parts are normalised (case,
// spacing) before hashing, so re-exports that only reflow text keep
// their IDs. The ID is "x-" and the first 10 hex digits of a SHA-1.
func deriveID(parts ...string) string {
	h := sha1.New()
	for _, p := range parts {
		h.Write([]byte(strings.ToLower(squeeze(p))))
		h.Write([]byte{0})
	}
	return "x-" + hex.EncodeToString(h.Sum(nil))[:10]
}
