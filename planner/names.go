package planner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// fold lowercases s and removes diacritics: "García-López" becomes
// "garcia-lopez". Letters that do not decompose (ø, ł, ß, æ) are spelled
// out the way English-language programs print them.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || 'A' <= s[i] && s[i] <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r < rune(len(foldTable)):
			b.WriteString(foldTable[r])
		default:
			b.WriteString(foldRune(r))
		}
	}
	return b.String()
}

// foldTable holds fold's answer for the Latin letters that names use
// most, so the common case costs no Unicode normalization.
var foldTable = func() (t [0x250]string) {
	for r := range t {
		t[r] = foldRune(rune(r))
	}
	return t
}()

// foldRune folds one rune: decomposed, marks removed, lower case.
func foldRune(r rune) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, string(r))
	if err != nil {
		out = string(r)
	}
	return foldSpecial.Replace(strings.ToLower(out))
}

var foldSpecial = strings.NewReplacer(
	"ø", "o", "ł", "l", "ß", "ss", "æ", "ae", "œ", "oe", "đ", "d", "ð", "d",
	"þ", "th", "ı", "i", "’", "'", "‘", "'", "‐", "-", "‑", "-", "–", "-",
)

// credentials are the degrees, licences and honours printed after names.
var credentials = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`MD DO PHD MBBS MBCHB MBBCH MB BS BCH CHB MS MSC MPH MBA MHS MHA MSCE MSCI MSE MSPH
		MA BA BS BSC RN NP PA PAC APRN DNP CNS RTT RT CMD DABR DABMP FACR FASTRO FACRO FRCPC FRCR FRCS
		FRANZCR FACP FAAPM FASCO FRCSC FCCP DMD DDS PHARMD PHARM DPHIL DSC SCD MMED MCH MRCP FRCP MPHIL
		JD LLM EDD MSW LCSW CCRP CCRC CTR CNMT RTR RTT CDCES AM MD-PHD MDPHD ABR FAAP DRPH MBE MAS
		MSHP MTR MSCR MEHP MEDED FABS FACS`) {
		credentials[c] = true
	}
}

// isCredential reports whether the printed token is a degree or honour:
// "MD", "Ph.D.", "PhD", "M.B.B.S.". A capitalized word such as "Do" (a
// surname) is not: a credential has two capitals or a dot.
func isCredential(tok string) bool {
	tok = strings.Trim(tok, " ,;()")
	if tok == "" {
		return false
	}
	key := strings.ToUpper(strings.ReplaceAll(tok, ".", ""))
	if !credentials[key] {
		return false
	}
	upper := 0
	for _, r := range tok {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2 || strings.Contains(tok, ".") || len(key) == 1
}

// allCredentials reports whether every token of s is a credential:
// "MD", "MD;PhD", "MS, DABR", "MD/PhD".
func allCredentials(s string) bool {
	toks := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ';' || r == '/' || r == ',' || r == '&' })
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if !isCredential(t) {
			return false
		}
	}
	return true
}

// titles are the honorifics printed before names.
var titles = map[string]bool{
	"dr": true, "doctor": true, "prof": true, "professor": true, "mr": true, "mrs": true,
	"ms": true, "miss": true, "mx": true, "sir": true, "dame": true, "assoc": true, "asst": true,
}

// suffixes are generational suffixes, dropped before matching.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// particles begin compound surnames: van der Berg, De La Cruz, al Hassan.
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "dos": true, "das": true, "du": true, "la": true, "le": true,
	"el": true, "al": true, "bin": true, "ibn": true, "ter": true, "ten": true, "st": true, "abu": true,
}

// gaelic are the Irish and Scottish surname prefixes, as written
// (with the fada: a bare "O" is more likely an initial).
var gaelic = map[string]bool{"ó": true, "ní": true, "nic": true, "uí": true, "mac": true, "mc": true}

// givenName is one given name: its hyphen parts, each a full folded name
// or a single-letter initial.
type givenName struct {
	parts []string
}

func (g givenName) initial() byte { return g.parts[0][0] }

// full reports whether the name is spelled out (not an initial).
func (g givenName) full() bool {
	for _, p := range g.parts {
		if len(p) < 2 {
			return false
		}
	}
	return true
}

func (g givenName) joined() string { return strings.Join(g.parts, "") }

// personName is a parsed name: given names in order and the surname's
// words, each folded with hyphens and apostrophes removed.
type personName struct {
	given   []givenName
	surname []string // words, e.g. ["de", "la", "cruz"] or ["garcialopez"]
	// lastFirst is set when the name was written "Last, First".
	lastFirst bool
	// partial is set on a reading that keeps only the first of two
	// surnames ("María Hernández García" printed "M. Hernández").
	partial bool
	// swapped is set on the reading of a two-word name as surname first
	// ("Zhang Wei"): it needs a confirmed affiliation.
	swapped bool
}

// paternal returns the reading of a two-word surname that keeps its first
// word, as Spanish and Portuguese names are often shortened.
func paternal(n personName) (personName, bool) {
	if len(n.surname) != 2 || particles[n.surname[0]] || len(n.surname[0]) < 2 || len(n.surname[1]) < 2 {
		return personName{}, false
	}
	return personName{given: n.given, surname: n.surname[:1], lastFirst: n.lastFirst, partial: true}, true
}

// key is the surname's match key: its letters without spaces, so
// "Al-Hassan", "Al Hassan" and "Alhassan" agree.
func (n personName) key() string { return strings.Join(n.surname, "") }

// wordKey folds a word of a name to its letters only: "O'Connor" → "oconnor",
// "García-López" → "garcialopez".
func wordKey(w string) string {
	w = fold(w)
	var b strings.Builder
	for _, r := range w {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stripName removes what is not part of a name: parentheses (pronouns,
// affiliations), quoted nicknames, trailing credentials and a dash-joined
// affiliation ("Name, MD – Affiliation").
func stripName(s string) string {
	s = cutBetween(strings.TrimSpace(s), "([", ")]", false)
	for _, dash := range []string{" – ", " — ", " - "} {
		if i := strings.Index(s, dash); i > 0 {
			s = s[:i]
		}
	}
	// Quoted nicknames: Robert "Bob" Smith.
	s = cutBetween(s, "\"“", "\"”", true)
	s = strings.ReplaceAll(s, "*", "")
	s = strings.TrimSpace(s)
	// The last author of a list: "and B. Movsas".
	for _, and := range []string{"and ", "And ", "& "} {
		s = strings.TrimPrefix(s, and)
	}
	return strings.TrimSpace(s)
}

// cutBetween replaces each run from an opener to the next closer with a
// space, in one pass. An opener with no closer after it cuts the rest of
// s, or, with keepUnclosed, is dropped alone.
func cutBetween(s, openers, closers string, keepUnclosed bool) string {
	if !strings.ContainsAny(s, openers) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexAny(s, openers)
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		_, size := utf8.DecodeRuneInString(s[i:])
		j := strings.IndexAny(s[i+size:], closers)
		if j < 0 {
			if keepUnclosed {
				b.WriteString(s[i+size:])
			}
			break
		}
		b.WriteByte(' ')
		_, csize := utf8.DecodeRuneInString(s[i+size+j:])
		s = s[i+size+j+csize:]
	}
	return b.String()
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// nameWords splits s into words, dropping titles at the front, suffixes
// and, when drop is set, trailing credentials.
func nameWords(s string, dropTrailingCreds bool) []string {
	f := strings.Fields(s)
	// Titles at the front.
	for len(f) > 0 && titles[strings.Trim(fold(f[0]), ".")] && len(f) > 1 {
		f = f[1:]
	}
	out := f[:0:0]
	for _, w := range f {
		if suffixes[strings.Trim(fold(w), ".,")] {
			continue
		}
		out = append(out, strings.Trim(w, ",;"))
	}
	if dropTrailingCreds {
		for len(out) > 2 && isCredential(out[len(out)-1]) {
			out = out[:len(out)-1]
		}
		if len(out) == 2 && isCredential(out[1]) && strings.ToUpper(out[1]) == out[1] && len(out[1]) > 2 {
			out = out[:1]
		}
	}
	var clean []string
	for _, w := range out {
		if strings.Trim(w, ".,;-'") != "" {
			clean = append(clean, w)
		}
	}
	return clean
}

// isInitials reports whether a printed given-name word is made of
// initials: "J.", "J.A.", "M.-J.", "JA" (up to three capitals, when the
// name is not printed all in capitals).
func isInitials(w string, allCaps bool) bool {
	if strings.Contains(w, ".") {
		for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '-' }) {
			if len([]rune(p)) > 1 {
				return false
			}
		}
		return true
	}
	r := []rune(w)
	if len(r) == 1 {
		return true
	}
	limit := 3
	if allCaps {
		limit = 2
	}
	if len(r) > limit {
		return false
	}
	for _, c := range r {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// parseGiven reads one given-name word.
func parseGiven(w string, allCaps bool) []givenName {
	if isInitials(w, allCaps) {
		// "J.A." and "JA" are two names; "M.-J." is one hyphenated name.
		if strings.Contains(w, "-") {
			var g givenName
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '-' }) {
				if k := wordKey(p); k != "" {
					g.parts = append(g.parts, k[:1])
				}
			}
			if len(g.parts) == 0 {
				return nil
			}
			return []givenName{g}
		}
		var out []givenName
		for _, r := range w {
			if k := wordKey(string(r)); k != "" {
				out = append(out, givenName{parts: []string{k[:1]}})
			}
		}
		return out
	}
	var g givenName
	for _, p := range strings.Split(w, "-") {
		if k := wordKey(p); k != "" {
			g.parts = append(g.parts, k)
		}
	}
	if len(g.parts) == 0 {
		return nil
	}
	return []givenName{g}
}

// parseName reads a name as people print it: "Dr. Jennifer A. Smith, MD",
// "Smith, Jennifer", "J. A. Smith", "JA Smith", "Smith JA",
// "van der Berg, Pieter", "Ana De La Cruz". It returns false when no
// surname and given name can be told apart.
func parseName(raw string) (personName, bool) {
	s := stripName(raw)
	if s == "" {
		return personName{}, false
	}
	// Comma segments: drop the credential ones.
	var segs []string
	for _, seg := range strings.Split(s, ",") {
		seg = strings.TrimSpace(seg)
		if !hasLetter(seg) || allCredentials(seg) || suffixes[strings.Trim(fold(seg), ".")] {
			continue // "", "2" (an affiliation marker), "MD", "Jr."
		}
		segs = append(segs, seg)
	}
	if len(segs) == 0 {
		return personName{}, false
	}
	allCaps := strings.ToUpper(s) == s
	var n personName
	if len(segs) >= 2 {
		// Last, First.
		sw := nameWords(segs[0], false)
		gw := nameWords(segs[1], true)
		if len(sw) == 0 || len(gw) == 0 {
			return personName{}, false
		}
		n.lastFirst = true
		for _, w := range sw {
			if k := wordKey(w); k != "" {
				n.surname = append(n.surname, k)
			}
		}
		for _, w := range gw {
			n.given = append(n.given, parseGiven(w, allCaps)...)
		}
		return n, len(n.surname) > 0 && len(n.given) > 0
	}
	words := nameWords(segs[0], true)
	if len(words) < 2 {
		return personName{}, false
	}
	// "Smith JA", "Smith J": surname first, initials last.
	last := words[len(words)-1]
	if !strings.Contains(last, ".") && isInitials(last, false) && !isInitials(words[0], allCaps) {
		n.lastFirst = true
		for _, w := range words[:len(words)-1] {
			if k := wordKey(w); k != "" {
				n.surname = append(n.surname, k)
			}
		}
		n.given = parseGiven(last, false)
		return n, len(n.surname) > 0 && len(n.given) > 0
	}
	// First [Middle] [particles] Last.
	cut := len(words) - 1
	for cut > 1 && (particles[wordKey(words[cut-1])] || gaelic[strings.ToLower(words[cut-1])]) {
		cut--
	}
	for _, w := range words[cut:] {
		if k := wordKey(w); k != "" {
			n.surname = append(n.surname, k)
		}
	}
	for _, w := range words[:cut] {
		n.given = append(n.given, parseGiven(w, allCaps)...)
	}
	return n, len(n.surname) > 0 && len(n.given) > 0
}

// nameSplits returns the ways a printed name in First … Last order can be
// cut into given names and a surname of one to three words, the longest
// surname first; for "Last, First" and "Smith JA" forms there is one way.
// Matching tries each against the targets' surname keys, so compound
// surnames work whether or not they are hyphenated.
func nameSplits(raw string) []personName {
	out := nameSplitsOne(raw)
	if alt, ok := umlauts(raw); ok {
		out = append(out, nameSplitsOne(alt)...)
	}
	return out
}

// umlauts spells ä, ö and ü the German way (Müller → Mueller), for names
// printed one way and kept the other.
func umlauts(s string) (string, bool) {
	if !strings.ContainsAny(s, "äöüÄÖÜ") {
		return "", false
	}
	return umlautSpelling.Replace(s), true
}

var umlautSpelling = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue")

func nameSplitsOne(raw string) []personName {
	n, ok := parseName(raw)
	if !ok {
		return nil
	}
	if n.lastFirst {
		if p, ok := paternal(n); ok {
			return []personName{n, p}
		}
		return []personName{n}
	}
	s := stripName(raw)
	if i := strings.Index(s, ","); i >= 0 {
		s = s[:i]
	}
	words := nameWords(s, true)
	allCaps := strings.ToUpper(s) == s
	out := []personName{n}
	// "SMITH Jennifer": a surname in capitals before given names.
	if !allCaps && len(words) >= 2 && len(words[0]) >= 2 && strings.ToUpper(words[0]) == words[0] && !strings.Contains(words[0], ".") {
		caps := 1
		for caps < len(words)-1 && strings.ToUpper(words[caps]) == words[caps] {
			caps++
		}
		var alt personName
		for _, w := range words[:caps] {
			alt.surname = append(alt.surname, wordKey(w))
		}
		for _, w := range words[caps:] {
			alt.given = append(alt.given, parseGiven(w, false)...)
		}
		if alt.key() != "" && len(alt.given) > 0 {
			out = append(out, alt)
		}
	}
	// "Zhang Wei": two full words may be surname first.
	if len(words) == 2 && !isInitials(words[0], allCaps) && !isInitials(words[1], allCaps) {
		alt := personName{surname: []string{wordKey(words[0])}, given: parseGiven(words[1], allCaps), swapped: true}
		if alt.key() != "" && len(alt.given) > 0 {
			out = append(out, alt)
		}
	}
	for k := 1; k <= 3 && k < len(words); k++ {
		var alt personName
		for _, w := range words[len(words)-k:] {
			if wk := wordKey(w); wk != "" {
				alt.surname = append(alt.surname, wk)
			}
		}
		if alt.key() == n.key() {
			continue
		}
		for _, w := range words[:len(words)-k] {
			alt.given = append(alt.given, parseGiven(w, allCaps)...)
		}
		if len(alt.given) > 0 && len(alt.surname) > 0 {
			out = append(out, alt)
			if p, ok := paternal(alt); ok {
				out = append(out, p)
			}
		}
	}
	return out
}

// nameFit is how well a printed name fits a target's name.
type nameFit struct {
	score float64 // 0 means incompatible
	how   string  // "first name Jennifer", "initial J", ...
	full  bool    // the first names were compared in full
}

// nicknames pairs common short forms with their full names.
var nicknames = map[string]string{
	"bob": "robert", "rob": "robert", "bobby": "robert", "bill": "william", "will": "william",
	"liz": "elizabeth", "beth": "elizabeth", "jim": "james", "jimmy": "james", "mike": "michael",
	"dan": "daniel", "danny": "daniel", "dave": "david", "tom": "thomas", "tony": "anthony",
	"joe": "joseph", "chris": "christopher", "matt": "matthew", "nick": "nicholas", "ben": "benjamin",
	"sam": "samuel", "steve": "steven", "kate": "katherine", "katie": "katherine", "jen": "jennifer",
	"jenny": "jennifer", "alex": "alexander", "andy": "andrew", "pat": "patrick", "rick": "richard",
	"dick": "richard", "ed": "edward", "ted": "edward", "greg": "gregory", "jeff": "jeffrey",
	"jon": "jonathan", "josh": "joshua", "ken": "kenneth", "larry": "lawrence", "meg": "margaret",
	"peggy": "margaret", "sue": "susan", "tim": "timothy", "vicky": "victoria", "zach": "zachary",
}

func sameFirst(a, b string) bool {
	if a == b {
		return true
	}
	if nicknames[a] != "" && nicknames[a] == b || nicknames[b] != "" && nicknames[b] == a {
		return true
	}
	return nicknames[a] != "" && nicknames[a] == nicknames[b]
}

// fitGiven compares the given names printed in an item (app) with the
// target's (ref). First names must agree in full or by initial; middle
// initials, when both sides have one, must agree.
func fitGiven(app, ref []givenName) nameFit {
	if len(app) == 0 || len(ref) == 0 {
		return nameFit{}
	}
	a, r := app[0], ref[0]
	if a.initial() != r.initial() {
		return nameFit{}
	}
	var fit nameFit
	aRest := initialsOf(app[1:])
	rRest := initialsOf(ref[1:])
	switch {
	case a.full() && r.full():
		aj, rj := a.joined(), r.joined()
		switch {
		case aj == rj:
			fit = nameFit{score: 1, how: "first name " + capital(aj), full: true}
		case len(app) > 1 && app[1].full() && aj+app[1].joined() == rj:
			// "Jean Luc" for Jean-Luc.
			fit = nameFit{score: 1, how: "first name " + capital(rj), full: true}
			aRest = aRest[1:]
		case len(ref) > 1 && ref[1].full() && rj+ref[1].joined() == aj:
			fit = nameFit{score: 1, how: "first name " + capital(aj), full: true}
			rRest = rRest[1:]
		case sameFirst(aj, rj):
			fit = nameFit{score: 0.85, how: "first name " + capital(aj) + " ~ " + capital(rj), full: true}
		default:
			return nameFit{}
		}
	default:
		// Initials. The letters after the first may be the rest of a
		// hyphenated first name ("S.-Y.", "SY" for Seo-Yeon) or a
		// middle initial.
		ai, ri := partInitials(a), partInitials(r)
		n := min(len(ai), len(ri))
		if ai[:n] != ri[:n] {
			return nameFit{}
		}
		if len(ai) == 1 && len(ri) > 1 && len(aRest) > 0 && aRest[0] == ri[1] {
			aRest = aRest[1:]
		}
		if len(ri) == 1 && len(ai) > 1 && len(rRest) > 0 && rRest[0] == ai[1] {
			rRest = rRest[1:]
		}
		fit = nameFit{score: 0.85, how: "initial " + strings.ToUpper(ai[:1])}
	}
	if len(aRest) > 0 && len(rRest) > 0 {
		if aRest[0] != rRest[0] {
			return nameFit{}
		}
		fit.score = min(1, fit.score+0.05)
		fit.how += ", middle " + strings.ToUpper(string(aRest[:1]))
	}
	return fit
}

// capital upper-cases the first letter of a folded name for evidence.
func capital(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func initialsOf(g []givenName) []byte {
	out := make([]byte, 0, len(g))
	for _, x := range g {
		out = append(out, x.initial())
	}
	return out
}

func partInitials(g givenName) string {
	var b []byte
	for _, p := range g.parts {
		b = append(b, p[0])
	}
	return string(b)
}

func prefixOf(a, b string) bool { return strings.HasPrefix(b, a) }

// givenText renders given names for evidence: "Jennifer A", "J A".
func givenText(g []givenName) string {
	var parts []string
	for _, x := range g {
		if x.full() {
			parts = append(parts, strings.Join(x.parts, "-"))
		} else {
			parts = append(parts, strings.ToUpper(strings.Join(x.parts, "-")))
		}
	}
	return strings.Join(parts, " ")
}
