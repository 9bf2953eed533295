package planner

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// lowerASCII writes the ASCII text s lower-cased into b, which has room
// for it, and returns it.
func lowerASCII(b []byte, s string) []byte {
	b = b[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

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
	if len(s) <= 64 && isASCII(s) {
		// Most words: lower-case them in place, one allocation.
		var buf [64]byte
		return string(lowerASCII(buf[:], s))
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
			if v, ok := foldCache.Load(r); ok {
				b.WriteString(v.(string))
				continue
			}
			v := foldRune(r)
			foldCache.Store(r, v)
			b.WriteString(v)
		}
	}
	return b.String()
}

// isUpper reports whether strings.ToUpper(s) == s, without making the
// copy: no rune changes, and no invalid UTF-8 (which ToUpper replaces).
func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size - 1
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldCache holds fold's answers for the runes beyond foldTable, as
// they are met (a name is read in all its forms; normalising one rune
// costs microseconds).
var foldCache sync.Map

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

// isCredential reports whether the printed token is a degree or honour:
// "MD", "Ph.D.", "PhD", "M.B.B.S.". A capitalized word such as "Do" (a
// surname) is not: a credential has two capitals or a dot.
func isCredential(tok string) bool {
	tok = strings.Trim(tok, " ,;()")
	if tok == "" || Credential(tok) == "" {
		return false
	}
	upper := 0
	for _, r := range tok {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2 || strings.Contains(tok, ".") || len(credentialKey(tok)) == 1
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
	// Quoted nicknames: Robert "Bob" Smith, Jennifer 'Jen' Smith.
	s = cutBetween(s, "\"“", "\"”", true)
	if strings.Contains(s, " '") {
		s = cutSingleQuoted(s)
	}
	s = strings.ReplaceAll(s, "*", "")
	s = strings.TrimSpace(s)
	// The last author of a list: "and B. Movsas".
	for _, and := range []string{"and ", "And ", "& "} {
		s = strings.TrimPrefix(s, and)
	}
	return strings.TrimSpace(s)
}

// containsAnyOf is strings.ContainsAny for a few characters, some not
// ASCII: one fast scan of s for each, where ContainsAny reads s a rune
// at a time.
func containsAnyOf(s, chars string) bool {
	for _, c := range chars {
		if strings.ContainsRune(s, c) {
			return true
		}
	}
	return false
}

// cutSingleQuoted removes a word in straight single quotes between
// spaces ("Jennifer 'Jen' Smith"), leaving apostrophes in names
// (O'Connor, D'Angelo) alone.
func cutSingleQuoted(s string) string {
	for {
		i := strings.Index(s, " '")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i+2:], "'")
		if j <= 0 || i+2+j+1 < len(s) && s[i+2+j+1] != ' ' && s[i+2+j+1] != ',' {
			return s
		}
		s = s[:i] + s[i+2+j+1:]
	}
}

// cutBetween replaces each run from an opener to the next closer with a
// space, in one pass. An opener with no closer after it cuts the rest of
// s, or, with keepUnclosed, is dropped alone.
func cutBetween(s, openers, closers string, keepUnclosed bool) string {
	if !containsAnyOf(s, openers) {
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

// The name model.
//
// A printed name is read into every plausible reading (personName): given
// names (full or initials), the surname's words, and how the reading came
// about. One printed name may have several readings:
//
//   - "Smith, Jennifer A., MD" and "Berg, K. van der" (surname first, with
//     a comma; particles after the given names belong to the surname);
//   - "Smith JA", "Liu Y" (PubMed/Vancouver: initials after the surname);
//   - "OYELARAN Tobi", "DEL VALLE Inés" (the surname in capitals first);
//   - "Jennifer A. Smith", "Ana De La Cruz", "Ana Silva Santos" (given
//     names first; the surname may be the last one to three words);
//   - "Liu Yang", "Lim Mei Xin" (the family name first, as in East Asia:
//     a guess, so the reading is weak and needs a confirmed institution);
//   - "Priyanka", "FNU Priyanka", "Priyanka Priyanka" (one name only);
//   - derived readings: a compound surname shortened to its first or last
//     part (García-López, Hernández García), without its particles (van der
//     Berg as Berg, bin Ismail as Ismail), and with a nickname printed in
//     quotes or brackets ("Margaret (Peggy) Lund") as the first name.
//
// Titles ("Prof. Dr. med.", "A/Prof", "PD"), credentials (MD, FRCR,
// "MD;RhMSUS"), generational suffixes and pronouns are dropped; the lists
// are in vocab.go. Surname keys are folded (case, accents, hyphens,
// apostrophes, spaces) and spelled loosely (ae/æ/ä, oe/ø/ö, ue/ü, aa/å are
// one letter; Mohammed/Mohamed/Muhammad and other transliterations are one
// name), so "Müller", "Mueller" and "Muller" have one key.
//
// compareNames is the one comparison of two readings; Matcher, SameName
// and everything that asks "is this the same person" use it.

// givenName is one given name: its hyphen parts, each a full folded name
// or a single-letter initial.
type givenName struct {
	parts  []string
	isFull bool   // spelled out, not an initial
	j      string // the parts joined
	canon  string // j spelled for comparison (canon)
}

// newGiven makes a given name of folded parts.
func newGiven(parts []string) givenName {
	g := givenName{parts: parts, isFull: true}
	for _, p := range parts {
		if len(p) < 2 {
			g.isFull = false
		}
	}
	if len(parts) == 1 {
		g.j = parts[0]
	} else {
		g.j = strings.Join(parts, "")
	}
	g.canon = canon(g.j)
	return g
}

func (g givenName) initial() byte { return g.parts[0][0] }

// full reports whether the name is spelled out (not an initial).
func (g givenName) full() bool { return g.isFull }

func (g givenName) joined() string { return g.j }

// personName is one reading of a printed name.
type personName struct {
	given   []givenName
	surname []string // folded words, hyphens kept: ["de", "la", "cruz"], ["garcia-lopez"]
	// how says how this reading reads the name, for evidence: "" for the
	// plain reading, "surname in capitals first", "first of two surnames".
	how string
	// partial is set on a reading that keeps part of a compound surname.
	partial bool
	// weak is set on a guess (family name first, one name only): it
	// needs a confirmed institution.
	weak bool
	// mononym is set when the person has one name only (the surname).
	mononym bool
	// compound is set on a reading that took given-name words into the
	// surname ("Ana Silva Santos" as Ana + Silva Santos): its second
	// surname alone is the plain reading, already there.
	compound bool
}

// key is the surname's match key: its letters without spaces, loosely
// spelled, so "Al-Hassan", "Al Hassan" and "Alhassan" agree, and so do
// "Müller", "Mueller" and "Muller".
func (n personName) key() string {
	if len(n.surname) == 1 {
		return looseWord(nameLetters(n.surname[0]))
	}
	var b strings.Builder
	for _, w := range n.surname {
		b.WriteString(nameLetters(w))
	}
	return looseWord(b.String())
}

// nameLetters keeps the letters of a folded word.
func nameLetters(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			var b strings.Builder
			for _, r := range w {
				if unicode.IsLetter(r) {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return w
}

// looseWord spells a folded word loosely: ae, oe, ue and aa become one
// vowel (Mueller = Müller = Muller, Aagaard = Ågård), and known
// transliterations one spelling (Mohamed = Muhammad, Yury = Yuri).
func looseWord(w string) string {
	if v, ok := variants[w]; ok {
		return v
	}
	if looseDigraph(w) {
		w = looseRepl.Replace(w)
		if v, ok := variants[w]; ok {
			return v
		}
	}
	return w
}

var looseRepl = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u", "aa", "a")

// wordKey folds a word of a name to its letters only: "O'Connor" → "oconnor",
// "García-López" → "garcialopez".
func wordKey(w string) string { return nameLetters(fold(w)) }

// nameWords splits s into words, dropping titles at the front, suffixes
// and, when drop is set, trailing credentials.
func nameWords(s string, dropTrailingCreds bool) []string {
	f := strings.Fields(s)
	f = f[stripTitles(f):]
	out := f[:0:0]
	for _, w := range f {
		if IsSuffix(w) {
			continue
		}
		out = append(out, strings.Trim(w, ",;"))
	}
	if dropTrailingCreds {
		for len(out) > 2 && isCredential(out[len(out)-1]) {
			out = out[:len(out)-1]
		}
		if len(out) == 2 && isCredential(out[1]) && isUpper(out[1]) && len(out[1]) > 2 {
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
	n := utf8.RuneCountInString(w)
	if n == 1 {
		return true
	}
	limit := 3
	if allCaps {
		limit = 2
	}
	if n > limit {
		return false
	}
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// appendGiven appends to out the given names of one given-name word.
func appendGiven(out []givenName, w string, allCaps bool) []givenName {
	return appendGivenFolded(out, w, nil, allCaps)
}

// appendGivenFolded is appendGiven of w, whose folded form own holds
// alone when it is not nil: a name of one part that is its folded form
// shares own.
func appendGivenFolded(out []givenName, w string, own []string, allCaps bool) []givenName {
	if isInitials(w, allCaps) {
		// "J.A." and "JA" are two names; "M.-J." is one hyphenated name.
		if strings.Contains(w, "-") {
			var parts []string
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '-' }) {
				if k := wordKey(p); k != "" {
					parts = append(parts, k[:1])
				}
			}
			if len(parts) == 0 {
				return out
			}
			return append(out, newGiven(parts))
		}
		for _, r := range w {
			if k := wordKey(string(r)); k != "" {
				out = append(out, newGiven([]string{k[:1]}))
			}
		}
		return out
	}
	if strings.IndexByte(w, '-') < 0 {
		f := foldedAt(w, own, 0)
		if k := nameLetters(f); k != "" && k == f && own != nil {
			return append(out, newGiven(own))
		} else if k != "" {
			return append(out, newGiven([]string{k}))
		}
		return out
	}
	var parts []string
	for _, p := range strings.Split(w, "-") {
		if k := wordKey(p); k != "" {
			parts = append(parts, k)
		}
	}
	if len(parts) == 0 {
		return out
	}
	return append(out, newGiven(parts))
}

// isParticleWord reports whether a printed word is a surname particle.
// One-letter particles (the Spanish "y", the Portuguese "e") count only in
// lower case: "John E Smith" has a middle initial.
func isParticleWord(w string) bool {
	var buf [8]byte
	k, ok := asciiKey(buf[:0], w)
	if !ok {
		if gaelic[strings.ToLower(w)] {
			return true
		}
		k := wordKey(w)
		if len(k) == 1 && w != k {
			return false
		}
		return particles[k]
	}
	// ASCII: strings.ToLower is w in lower case, and a word of letters
	// only is its key.
	if len(k) == len(w) && gaelic[string(k)] {
		return true
	}
	if len(k) == 1 && w != string(k) {
		return false
	}
	return particles[string(k)]
}

// surnameWords folds printed surname words, keeping hyphens; Saint is
// spelled St (Saint-Jean = St-Jean = St. Jean).
func surnameWords(ws []string) []string { return surnameFolded(ws, nil) }

// surnameFolded is surnameWords of ws, whose folded forms fs holds
// when it is not nil: a name's words are folded once for all its
// readings.
func surnameFolded(ws, fs []string) []string {
	var out []string
	// While every word is its folded form, the surname is fs itself.
	shared := fs != nil && len(ws) > 0
	for i, w := range ws {
		f := strings.Trim(foldedAt(w, fs, i), ".,;'") // fold spells ’ as '
		switch {
		case f == "saint":
			f = "st"
		case f == "sainte":
			f = "ste"
		case strings.HasPrefix(f, "saint-"):
			f = "st-" + f[len("saint-"):]
		case strings.HasPrefix(f, "sainte-"):
			f = "ste-" + f[len("sainte-"):]
		}
		keep := nameLetters(f) != ""
		if shared {
			if keep && f == fs[i] {
				continue
			}
			shared = false
			out = append(make([]string, 0, len(ws)), fs[:i]...)
		}
		if keep {
			out = append(out, f)
		}
	}
	if shared {
		return fs[:len(ws):len(ws)]
	}
	return out
}

// givens reads printed given-name words; particles inside given names
// are no names ("María de los Ángeles", "Maria das Graças").
func givens(ws []string, allCaps bool) []givenName { return givensFolded(ws, nil, allCaps) }

// givensFolded is givens of ws, whose folded forms fs holds when it is
// not nil.
func givensFolded(ws, fs []string, allCaps bool) []givenName {
	out := make([]givenName, 0, len(ws))
	for i, w := range ws {
		if i > 0 && len(ws) > 1 && strings.ToLower(w) == w && particles[nameLetters(foldedAt(w, fs, i))] {
			continue
		}
		var own []string
		if fs != nil {
			own = fs[i : i+1 : i+1]
		}
		out = appendGivenFolded(out, w, own, allCaps)
	}
	if len(out) == 0 {
		return nil // as a name with no given names always read
	}
	return out
}

// foldedAt is fold(w), the word at i of a list whose folded forms fs
// holds when it is not nil.
func foldedAt(w string, fs []string, i int) string {
	if fs != nil {
		return fs[i]
	}
	return fold(w)
}

// Name is a person's name as printed or typed anywhere (a network map, a
// speaker list, an author block, `met NAME`), read in every plausible way.
type Name struct {
	readings    []personName
	Credentials []string // as printed after the name: MD, PhD, FRCR
	Nicknames   []string // printed in quotes or brackets: Ted, Peggy (folded)
}

// ParseName reads a name. A text that holds no name has no readings.
func ParseName(s string) Name { return readName(s) }

// OK reports whether the name could be read at all.
func (n Name) OK() bool { return len(n.readings) > 0 }

// SameName reports whether two names, as printed or typed, can be the same
// person by name alone, and which readings agree. Weak readings (a
// guessed family-name-first order, a single name) count only when ok is
// set and weak reports it.
func SameName(a, b string) (ok bool, how string) {
	na, nb := readName(a), readName(b)
	best := nameFit{}
	for _, x := range na.readings {
		for _, y := range nb.readings {
			if x.key() != y.key() {
				continue
			}
			if f := compareNames(x, y); f.score > best.score {
				best = f
			}
		}
	}
	return best.score > 0, best.how
}

// takeNicknames finds nicknames printed in quotes (Theodore "Ted" Varga)
// or in brackets inside the name (Margaret (Peggy) Lund), or in trailing
// brackets when the word is a known nickname (Robert Chen (Bob)).
func takeNicknames(s string) []string {
	var out []string
	add := func(inner string, strict bool) {
		inner = strings.TrimSpace(inner)
		f := strings.Fields(inner)
		if len(f) == 0 || len(f) > 2 || strings.ContainsAny(inner, "/0123456789,;") {
			return
		}
		k := wordKey(f[0])
		if len(k) < 2 || Credential(f[0]) != "" {
			return
		}
		if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(r) {
			return
		}
		if strict && len(relatedNames(canon(k))) == 0 || len(out) >= 3 {
			return // a name has a nickname or two, not a list
		}
		for _, x := range out {
			if x == k {
				return
			}
		}
		out = append(out, k)
	}
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"(", ")"}, {"‘", "’"}, {" '", "' "}} {
		rest := s
		for {
			i := strings.Index(rest, q[0])
			if i < 0 {
				break
			}
			j := strings.Index(rest[i+len(q[0]):], q[1])
			if j < 0 {
				break
			}
			inner := rest[i+len(q[0]) : i+len(q[0])+j]
			after := strings.TrimSpace(rest[i+len(q[0])+j+len(q[1]):])
			// A bracket at the end is an affiliation or a note unless
			// it is a known nickname.
			add(inner, q[0] == "(" && (after == "" || strings.HasPrefix(after, ",")))
			rest = rest[i+len(q[0])+j+len(q[1]):]
		}
	}
	return out
}

// readName reads a printed name into its readings.
func readName(raw string) Name {
	var nm Name
	if containsAnyOf(raw, "\"“(‘'") {
		nm.Nicknames = takeNicknames(raw)
	}
	s := stripName(raw)
	if i := strings.Index(s, " | "); i >= 0 {
		s = s[:i]
	}
	if s == "" {
		return nm
	}
	var names, creds []string
	for i, seg := range strings.Split(s, ",") {
		seg = strings.TrimSpace(seg)
		switch {
		case !hasLetter(seg), IsSuffix(seg):
			continue // "", "2" (an affiliation marker), "Jr."
		case i > 0 && allCredentials(seg):
			creds = append(creds, seg)
			continue
		}
		names = append(names, seg)
	}
	for _, c := range creds {
		for _, t := range strings.FieldsFunc(c, func(r rune) bool { return r == ' ' || r == ';' || r == '/' || r == '&' }) {
			nm.Credentials = append(nm.Credentials, Credential(t))
		}
	}
	if len(names) == 0 {
		return nm
	}
	// "Echeverri, M.A.": initials after a lone surname, not a degree.
	if len(names) == 1 && len(creds) > 0 && len(strings.Fields(names[0])) == 1 && ReadsAsInitials(creds[0]) {
		names = append(names, creds[0])
		nm.Credentials = nm.Credentials[1:]
	}
	allCaps := isUpper(s)
	var base []personName
	if len(names) >= 2 {
		base = commaReadings(names[0], names[1], allCaps)
	} else {
		var space [4]personName // its readings, for the moment
		base = wordReadings(space[:0], nameWords(names[0], true), allCaps)
	}
	if len(base) > 0 {
		nm.readings = make([]personName, 0, len(base))
	}
	for _, r := range base {
		nm.readings = appendReading(nm.readings, r)
		for _, d := range derived(r) {
			nm.readings = appendReading(nm.readings, d)
		}
	}
	// A nickname stands for the first name.
	for _, nick := range nm.Nicknames {
		for _, r := range nm.readings {
			if r.mononym || r.weak || len(r.given) == 0 {
				continue
			}
			alt := r
			alt.given = append([]givenName{newGiven([]string{nick})}, r.given[1:]...)
			alt.how = joinHow(r.how, "nickname "+capital(nick))
			nm.readings = appendReading(nm.readings, alt)
			break
		}
	}
	return nm
}

// ReadsAsInitials reports whether a comma part printed after a lone
// surname is the person's initials rather than a degree: "Echeverri,
// L.A.", "Anzures, M.A.", "Lim, MX". Dotted initials count unless they
// spell a degree printed alone after surnames (M.D., D.O., Ph.D., R.N.);
// undotted capitals count only when they are no credential at all.
func ReadsAsInitials(part string) bool {
	s := strings.TrimSpace(part)
	if len(strings.Fields(s)) != 1 || len([]rune(strings.ReplaceAll(s, ".", ""))) > 3 || !isInitials(s, false) {
		return false
	}
	if !strings.Contains(s, ".") {
		return Credential(s) == ""
	}
	switch credentialKey(s) {
	case "MD", "DO", "PHD", "RN", "NP", "PA", "DDS", "DMD", "MB", "BS", "MS":
		return false
	}
	return true
}

func joinHow(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + ", " + b
}

// appendReading adds r unless an equal reading is there.
func appendReading(list []personName, r personName) []personName {
	k := r.key()
	if k == "" || len(r.given) == 0 && !r.mononym {
		return list
	}
	for _, x := range list {
		if x.mononym == r.mononym && sameGivens(x.given, r.given) && x.key() == k {
			return list
		}
	}
	return append(list, r)
}

func sameGivens(a, b []givenName) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].j != b[i].j || a[i].isFull != b[i].isFull {
			return false
		}
	}
	return true
}

// commaReadings reads "Surname, Given": "van der Berg, Pieter", "Berg, K.
// van der" (particles after the given names), "Suresh, FNU".
func commaReadings(sur, giv string, allCaps bool) []personName {
	sw := nameWords(sur, false)
	gw := nameWords(giv, true)
	if len(sw) == 0 {
		return nil
	}
	var lead []string
	for len(gw) > 1 && isParticleWord(gw[len(gw)-1]) {
		lead = append([]string{gw[len(gw)-1]}, lead...)
		gw = gw[:len(gw)-1]
	}
	gw = dropUnknown(gw)
	n := personName{surname: surnameWords(append(lead, sw...))}
	if len(gw) == 0 {
		n.mononym, n.weak, n.how = true, true, "single name"
		return []personName{n}
	}
	n.given = givens(gw, allCaps)
	return []personName{n}
}

// dropUnknown removes FNU and its kin; ws itself when it has none.
func dropUnknown(ws []string) []string {
	for i, w := range ws {
		if placeholderWord(w) {
			out := append(make([]string, 0, len(ws)-1), ws[:i]...)
			for _, w := range ws[i+1:] {
				if !placeholderWord(w) {
					out = append(out, w)
				}
			}
			return out
		}
	}
	return ws
}

// placeholderWord is unknownGiven[wordKey(w)], without folding a copy
// of a short ASCII word.
func placeholderWord(w string) bool {
	var buf [8]byte
	k, ok := asciiKey(buf[:0], w)
	if !ok {
		return unknownGiven[wordKey(w)]
	}
	return unknownGiven[string(k)]
}

// asciiKey appends wordKey(w) to dst when w is ASCII of at most eight
// bytes (its letters, in lower case); ok is false otherwise.
func asciiKey(dst []byte, w string) ([]byte, bool) {
	if len(w) > 8 {
		return dst, false
	}
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return dst, false
		case 'a' <= c && c <= 'z':
			dst = append(dst, c)
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		}
	}
	return dst, true
}

// mononymWord reports whether a word alone can be a person's name:
// two letters or more, not a title or a credential.
func mononymWord(w string) bool {
	return len([]rune(wordKey(w))) >= 2 && !IsHonorific(w) && Credential(w) == ""
}

// lusoSuffixes end Portuguese names as Jr. ends English ones: João
// Silva Filho is João Silva's son. They are surnames in their own right
// when nothing else is ("Carlos Neto").
var lusoSuffixes = setOf(`filho neto junior sobrinho`)

// wordReadings appends to space the readings of a name printed without a
// comma.
func wordReadings(space []personName, words []string, allCaps bool) (out []personName) {
	out = space
	words = dropUnknown(words) // "FNU Priyanka"
	if n := len(words); n >= 3 && lusoSuffixes[wordKey(words[n-1])] {
		words = words[:n-1]
	}
	n := len(words)
	if n == 0 {
		return nil
	}
	if n == 1 && !mononymWord(words[0]) {
		return nil
	}
	// Each word folded once, for every reading; the readings' surnames
	// and given names share these when a word is its folded form.
	fs := make([]string, n)
	for i, w := range words {
		fs[i] = fold(w)
	}
	if n == 1 || n == 2 && nameLetters(fs[0]) == nameLetters(fs[1]) {
		// "Priyanka", "FNU Priyanka", "Priyanka Priyanka".
		r := personName{surname: surnameFolded(words[n-1:], fs[n-1:]), mononym: true, weak: true, how: "single name"}
		out := []personName{r}
		if n == 2 {
			out = append(out, personName{surname: surnameFolded(words[1:], fs[1:]), given: givensFolded(words[:1], fs[:1], allCaps)})
		}
		return out
	}
	last := words[n-1]
	// "Smith JA", "Liu Y", "Lopez M.J.", "Smith J A": initials after the
	// surname.
	if isInitials(last, false) && !isInitials(words[0], allCaps) {
		k := 1
		for k < n-1 && isInitials(words[n-1-k], false) && len([]rune(strings.Trim(words[n-1-k], "."))) == 1 {
			k++
		}
		out = append(out, personName{surname: surnameFolded(words[:n-k], fs[:n-k]), given: givensFolded(words[n-k:], fs[n-k:], false), how: "surname first"})
		if !allCaps {
			return out
		}
	}
	// "OYELARAN Tobi", "DEL VALLE Inés": a surname in capitals first.
	caps := 0
	if !allCaps {
		for caps < n-1 && len([]rune(words[caps])) >= 2 && !strings.Contains(words[caps], ".") && isUpper(words[caps]) && hasLetter(words[caps]) {
			caps++
		}
	}
	var capsFirst []personName
	if caps > 0 {
		capsFirst = []personName{{surname: surnameFolded(words[:caps], fs[:caps]), given: givensFolded(words[caps:], fs[caps:], false), how: "surname in capitals first"}}
		if caps > 1 || len([]rune(words[0])) > 3 {
			return append(out, capsFirst...)
		}
		// "JA Smith", "MJS Wang": perhaps initials; the capitals reading
		// last, unless a vowel makes the word a surname ("LIU Yang",
		// "DOE Jane").
		if strings.ContainsAny(strings.ToLower(words[0]), "aeiouy") && len([]rune(words[0])) == 3 {
			out = append(out, capsFirst...)
		} else {
			defer func() { out = append(out, capsFirst...) }()
		}
	}
	// First [Middle] [particles] Last, and the compound surnames of the
	// last two or three words.
	cut := n - 1
	for cut > 1 && isParticleWord(words[cut-1]) {
		cut--
		// "Moura e Sá", "García y López": a conjunction joins two
		// surnames.
		if k := nameLetters(fs[cut]); (k == "e" || k == "y") && cut > 1 {
			cut--
		}
	}
	plain := personName{surname: surnameFolded(words[cut:], fs[cut:]), given: givensFolded(words[:cut], fs[:cut], allCaps)}
	out = append(out, plain)
	ks := []int{1, 2, 3}
	if cut < n-1 && cut > 1 {
		// "Lucía Fernández de la Torre": the word before the particles
		// may be a first surname.
		ks = append(ks, n-cut+1)
	}
	for _, k := range ks {
		if k >= n || n-k == cut || anyInitials(words[n-k:n-1]) || isParticleWord(words[n-k-1]) {
			continue // "J. Y. Lee" has no surname "Y. Lee"; "Ana De La" is no given name
		}
		alt := personName{surname: surnameFolded(words[n-k:], fs[n-k:]), given: givensFolded(words[:n-k], fs[:n-k], allCaps), compound: n-k < cut}
		if len(alt.given) > 0 {
			out = append(out, alt)
		}
	}
	// "Liu Yang", "Lim Mei Xin": the family name first, a guess.
	if n <= 3 && caps == 0 {
		full := true
		for _, w := range words {
			// "Tran Van Hung", "Le Minh Duc": a capitalised particle
			// may be a Vietnamese name.
			full = full && !isInitials(w, allCaps) && !(isParticleWord(w) && strings.ToLower(w) == w)
		}
		if full {
			out = append(out, personName{surname: surnameFolded(words[:1], fs[:1]), given: givensFolded(words[1:], fs[1:], allCaps), weak: true, how: "family name first"})
			if n == 3 {
				// "Nguyen Thi Mai": family, middle, then the given
				// name people use (Mai T. Nguyen).
				out = append(out, personName{surname: surnameFolded(words[:1], fs[:1]), given: givensFolded([]string{words[2], words[1]}, []string{fs[2], fs[1]}, allCaps), weak: true, how: "family name first, given name last"})
			}
		}
	}
	return out
}

// anyInitials reports whether any of ws is an initial; a bare O or D may
// begin an Irish or Italian surname (Aoife O Neill, Luca D Angelo).
func anyInitials(ws []string) bool {
	for _, w := range ws {
		if strings.Contains(w, ".") || len([]rune(w)) == 1 && w != "O" && w != "D" {
			return true
		}
	}
	return false
}

// derived returns the shortened readings of r's surname: without its
// particles (van der Berg as Berg; bin Ismail as Ismail), the first or
// the last of two surnames (Hernández García; García-López).
func derived(r personName) []personName {
	if r.mononym || r.weak {
		return nil
	}
	var out []personName
	s := r.surname
	i := 0
	for i < len(s)-1 && particles[nameLetters(s[i])] && len(nameLetters(s[i])) > 1 {
		i++ // ("y" and "e" join surnames; they never lead one)
	}
	if i > 0 {
		alt := r
		alt.surname = s[i:]
		if patronymic[nameLetters(s[0])] {
			alt.how = joinHow(r.how, "without "+s[0])
		} else {
			alt.partial = true
			alt.how = joinHow(r.how, "without the particle")
		}
		out = append(out, alt)
	}
	// Two surnames: the words after the particles, or the parts of one
	// hyphenated word.
	var first, second []string
	core := s[i:]
	switch {
	case len(core) == 2 && !particles[nameLetters(core[1])]:
		first, second = core[:1], core[1:]
	case len(core) == 1 && strings.Count(core[0], "-") == 1:
		p := strings.Split(core[0], "-")
		first, second = p[:1], p[1:]
	case len(core) > 2:
		// "Fernández de la Torre", "Moura e Sá": split at the first
		// particle inside.
		for j := 1; j < len(core)-1; j++ {
			if particles[nameLetters(core[j])] {
				first, second = core[:j], core[j:]
				if k := nameLetters(core[j]); k == "e" || k == "y" {
					second = core[j+1:]
				}
				break
			}
		}
	}
	if len(first) > 0 && len(second) > 0 && len(nameLetters(strings.Join(first, ""))) >= 2 && len(nameLetters(strings.Join(second, ""))) >= 2 {
		a := r
		a.surname, a.partial, a.how = first, true, joinHow(r.how, "first of two surnames")
		out = append(out, a)
		if !r.compound {
			b := r
			b.surname, b.partial, b.how = second, true, joinHow(r.how, "second of two surnames")
			out = append(out, b)
		}
	}
	return out
}

// parseName returns the first reading of a name; ok is false when the
// text holds no name with a given name.
func parseName(raw string) (personName, bool) {
	for _, r := range readName(raw).readings {
		if !r.mononym {
			return r, true
		}
	}
	return personName{}, false
}

// nameSplits returns every reading of a printed name.
func nameSplits(raw string) []personName { return readName(raw).readings }

// nameFit is how well two readings fit.
type nameFit struct {
	score float64 // 0 means incompatible
	how   string  // "first name Jennifer", "initial J", ...
	full  bool    // the first names were compared in full
	weak  bool    // one reading is a guess: needs a confirmed institution
}

// compareNames decides whether two readings with one surname key may be
// the same person: the one rule for "same person by name" in confplan.
// A reading that keeps part of a compound surname lowers the score; a
// guessed reading (family name first, a single name) is marked weak.
func compareNames(a, b personName) nameFit {
	var fit nameFit
	switch {
	case a.mononym || b.mononym:
		other, one := b, a
		if b.mononym {
			other, one = a, b
		}
		switch {
		case other.mononym:
			fit = nameFit{score: 0.8, how: "single name " + capital(one.key())}
		case len(other.given) == 1 && other.given[0].full() && looseWord(other.given[0].joined()) == one.key():
			fit = nameFit{score: 0.8, how: "single name " + capital(one.key()) + " printed twice"}
		default:
			return nameFit{}
		}
		fit.weak = true
		return fit
	default:
		fit = fitGiven(a.given, b.given)
	}
	if fit.score == 0 {
		return fit
	}
	if a.partial || b.partial {
		if a.weak || b.weak {
			return nameFit{} // one guess at a time: not a guessed order and a shortened surname
		}
		fit.score *= 0.9
	}
	for _, h := range []string{a.how, b.how} {
		fit.how = joinHow(fit.how, h)
	}
	if a.weak || b.weak {
		fit.weak = true
		fit.score *= 0.85
	}
	return fit
}

// canon is a given name's spelling for comparison: loose, and one
// spelling for transliterations.
func canon(s string) string { return looseWord(s) }

// nickInitial reports whether c (canon spelling) is a nickname whose
// formal name begins with the initial: Bill for W., Peggy for M. Lists
// print formal initials, so a formal name does not stand for its
// nicknames' initials (Helena is no N. for Nell).
func nickInitial(c string, initial byte) bool {
	for _, x := range formalsOf[c] {
		if x != "" && x[0] == initial {
			return true
		}
	}
	return false
}

// fitGiven compares the given names of two readings. First names must
// agree in full (spelling, nickname) or by initial (a nickname's formal
// name's initial counts: W. for Bill); middle initials, when both sides
// have one, must agree. A person may go by the middle name: "H. Russell
// Odell" is "Russell Odell".
func fitGiven(app, ref []givenName) nameFit {
	if len(app) == 0 || len(ref) == 0 {
		return nameFit{}
	}
	if fit := fitFirst(app, ref); fit.score > 0 {
		return fit
	}
	if len(ref) >= 2 && !ref[0].full() && ref[1].full() {
		if fit := fitFirst(app, ref[1:]); fit.score > 0 {
			fit.score *= 0.9
			fit.how += ", goes by the middle name"
			return fit
		}
	}
	if len(app) >= 2 && !app[0].full() && app[1].full() {
		if fit := fitFirst(app[1:], ref); fit.score > 0 {
			fit.score *= 0.9
			fit.how += ", goes by the middle name"
			return fit
		}
	}
	return nameFit{}
}

func fitFirst(app, ref []givenName) nameFit {
	a, r := app[0], ref[0]
	var fit nameFit
	aRest := initialsOf(app[1:])
	rRest := initialsOf(ref[1:])
	aOff, rOff := 1, 1 // the given names aRest[0] and rRest[0] stand for
	switch {
	case a.full() && r.full():
		aj, rj := a.joined(), r.joined()
		switch {
		case a.canon == r.canon:
			fit = nameFit{score: 1, how: "first name " + capital(rj), full: true}
		case len(app) > 1 && app[1].full() && len(aj) < len(rj) && canon(aj+app[1].joined()) == r.canon:
			// "Jean Luc" for Jean-Luc, "Mei Xin" for Meixin.
			fit = nameFit{score: 1, how: "first name " + capital(rj), full: true}
			aRest, aOff = aRest[1:], aOff+1
		case len(ref) > 1 && ref[1].full() && len(rj) < len(aj) && canon(rj+ref[1].joined()) == a.canon:
			fit = nameFit{score: 1, how: "first name " + capital(aj), full: true}
			rRest, rOff = rRest[1:], rOff+1
		default:
			if !nicknameOf(a.canon, r.canon) {
				return nameFit{}
			}
			fit = nameFit{score: 0.85, how: "first name " + capital(aj) + " ~ " + capital(rj) + " (nickname)", full: true}
		}
	default:
		// Initials. The letters after the first may be the rest of a
		// hyphenated first name ("S.-Y.", "SY" for Seo-Yeon) or a
		// middle initial.
		ai, ri := partInitials(a), partInitials(r)
		if ai[0] != ri[0] {
			// A nickname with another letter: W. for Bill, M. for Peggy.
			switch {
			case a.full() && nickInitial(a.canon, ri[0]):
				fit = nameFit{score: 0.8, how: "initial " + strings.ToUpper(ri[:1]) + " ~ " + capital(a.joined()) + " (nickname)"}
			case r.full() && nickInitial(r.canon, ai[0]):
				fit = nameFit{score: 0.8, how: "initial " + strings.ToUpper(ai[:1]) + " ~ " + capital(r.joined()) + " (nickname)"}
			default:
				return nameFit{}
			}
			break
		}
		n := min(len(ai), len(ri))
		if ai[:n] != ri[:n] {
			return nameFit{}
		}
		if len(ai) == 1 && len(ri) > 1 && len(aRest) > 0 && aRest[0] == ri[1] {
			aRest, aOff = aRest[1:], aOff+1
		}
		if len(ri) == 1 && len(ai) > 1 && len(rRest) > 0 && rRest[0] == ai[1] {
			rRest, rOff = rRest[1:], rOff+1
		}
		fit = nameFit{score: 0.85, how: "initial " + strings.ToUpper(ai[:1])}
	}
	if len(aRest) > 0 && len(rRest) > 0 {
		if aRest[0] != rRest[0] {
			return nameFit{}
		}
		// Two spelled-out middle names must be one name (Ann and Anne,
		// Azam and Azman are not the same twice).
		if am, rm := app[aOff], ref[rOff]; am.full() && rm.full() && !sameMiddle(am, rm) {
			return nameFit{}
		}
		fit.score = min(1, fit.score+0.05)
		fit.how += ", middle " + strings.ToUpper(string(aRest[:1]))
	}
	return fit
}

// sameMiddle reports whether two spelled-out middle names are one:
// spelled alike, one the start of the other (Ann, Anne), or nicknames.
func sameMiddle(a, b givenName) bool {
	return a.canon == b.canon || strings.HasPrefix(a.canon, b.canon) || strings.HasPrefix(b.canon, a.canon) || nicknameOf(a.canon, b.canon)
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

// SplitName splits a name as typed or printed into its given names and
// surname, in the name's own spelling, by the first reading of the name
// model: "Jane Q. Doe" gives "Jane Q." and "Doe", "Doe, Jane" and "DOE
// Jane" give "Jane" and "Doe"/"DOE", "Ana De La Cruz" gives "Ana" and
// "De La Cruz", "Dr. Jennifer Smith, MD" gives "Jennifer" and "Smith". A
// single name is all surname. It is for writing a network map's First and
// Last columns.
func SplitName(s string) (given, surname string) {
	n := readName(s)
	if len(n.readings) == 0 {
		return "", strings.TrimSpace(s)
	}
	r := n.readings[0]
	// The words as written, without titles, credentials and suffixes.
	var words []string
	for i, seg := range strings.Split(stripName(s), ",") {
		seg = strings.TrimSpace(seg)
		if seg == "" || i > 0 && allCredentials(seg) && !ReadsAsInitials(seg) || IsSuffix(seg) {
			continue
		}
		words = append(words, nameWords(seg, true)...)
	}
	// Each surname word of the reading takes the first word written so;
	// the rest are given names.
	orig := make([]string, len(r.surname))
	used := make([]bool, len(words))
	for i, sw := range r.surname {
		for j, w := range words {
			if !used[j] && strings.Trim(fold(w), ".,;'’") == sw {
				orig[i], used[j] = w, true
				break
			}
		}
	}
	var sw, gw []string
	for _, w := range orig {
		if w != "" {
			sw = append(sw, w)
		}
	}
	for j, w := range words {
		if !used[j] {
			gw = append(gw, w)
		}
	}
	return strings.Join(gw, " "), strings.Join(sw, " ")
}

// SurnameOf reports whether typed, read as a single name, is a surname
// of name in one of its readings: "Abu-Rahma" of "Abu-Rahma, Thomas",
// "Garcia" of "José García-López".
func SurnameOf(typed, name string) bool {
	var keys []string
	for _, r := range readName(typed).readings {
		if r.mononym {
			keys = append(keys, r.key())
		}
	}
	for _, r := range readName(name).readings {
		for _, k := range keys {
			if r.key() == k && !guess(r) {
				return true
			}
		}
	}
	return false
}
