package sources

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// People as programs print them. The rules, in order:
//
//   - Pronouns in brackets ("(she/her/hers)") and placeholders ("-None-",
//     "N/A") are dropped.
//   - An affiliation follows a spaced dash ("Name, MD – Affiliation") or
//     sits in a trailing bracket ("Dr. X (UC Davis)"); several
//     affiliations in one bracket are separated by ";". Leading job
//     titles ("Associate Professor, Heidelberg University Hospital") are
//     stripped, the institution is kept as printed, cities and states
//     included.
//   - After the name, comma-separated parts that are credentials (MD, PhD,
//     "MD;PhD", "MD,MBBS,FACP") become Credentials; any other part after
//     them is an affiliation when none was found otherwise.
//   - Honorifics (Dr., Prof.) are dropped from the name.
//   - "Smith, John A., MD" (surname first) is turned into "John A. Smith",
//     so one person reads the same in every source; the matcher
//     normalises name forms either way.

// maxPeopleText bounds the text one people or author cell is read from:
// far above any real program's, low enough that no input is slow.
const maxPeopleText = 64 << 10

// maxPeople bounds the people read from one cell; real sessions list a
// few dozen at most, large consortia a few hundred authors.
const maxPeople = 500

// credential returns the usual spelling of credential c ("M.D." → "MD"),
// or "" when c is not one. The list is planner's (planner.Credential).
func credential(c string) string { return planner.Credential(c) }

// vocab remembers, for one read, planner's answers about the words of its
// people (credentials, honorifics, particles): a program asks about the
// same few thousand words ("MD", "Dr.", given names) for every person,
// and each answer folds or upper-cases its word afresh. A nil vocab asks
// planner every time. It is never shared between reads.
type vocab struct {
	creds     map[string]string
	titles    map[string]bool
	particles map[string]bool
	// lists hands out the read's person, credential and affiliation
	// lists, and holds each affiliation it prints once.
	lists personArena
}

// newVocab is a vocab whose affiliations are shared with the other
// reads of texts (nil: with none).
func newVocab(texts *sharedTexts) *vocab {
	return &vocab{creds: map[string]string{}, titles: map[string]bool{}, particles: map[string]bool{}, lists: personArena{shared: texts}}
}

// arena is v's lists (a nil v: nil, whose lists are their own arrays).
func (v *vocab) arena() *personArena {
	if v == nil {
		return nil
	}
	return &v.lists
}

// affiliations replaces each of list with the meeting's copy of its
// text (personArena.affiliation) and returns it.
func (v *vocab) affiliations(list []string) []string {
	for i, a := range list {
		list[i] = v.arena().affiliation(a)
	}
	return list
}

// credList is a copy of creds, from v's arena, its capacity ending at
// its length as personArena's lists do.
func (v *vocab) credList(creds []string) []string {
	return append(v.arena().strings(len(creds)), creds...)
}

func (v *vocab) credential(c string) string {
	if !planner.MayBeCredential(c) {
		return "" // a whole name: answered without a copy, and not remembered
	}
	if v == nil {
		return planner.Credential(c)
	}
	return remember(v.creds, c, planner.Credential)
}

func (v *vocab) isHonorific(w string) bool {
	if v == nil {
		return planner.IsHonorific(w)
	}
	return remember(v.titles, w, planner.IsHonorific)
}

func (v *vocab) isParticle(w string) bool {
	if v == nil {
		return planner.IsParticle(w)
	}
	return remember(v.particles, w, planner.IsParticle)
}

// remember is f(k), computed once per k in m.
func remember[V any](m map[string]V, k string, f func(string) V) V {
	r, ok := m[k]
	if !ok {
		r = f(k)
		m[k] = r
	}
	return r
}

// isPlaceholder reports whether s is an export's "nothing here" marker.
func isPlaceholder(s string) bool {
	t := strings.Trim(strings.TrimSpace(s), "-_*[]<>. ")
	if len(t) > 12 {
		return false // longer than any marker below, however cased
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			switch strings.ToLower(t) {
			case "", "none", "n/a", "na", "null", "nil", "tbd", "tba", "-":
				return true
			}
			return false
		}
	}
	// ASCII: compared without a lower-cased copy
	for _, m := range [...]string{"", "none", "n/a", "na", "null", "nil", "tbd", "tba", "-"} {
		if len(t) == len(m) && hasPrefixFold(t, m) {
			return true
		}
	}
	return false
}

// credentialsOnly reports whether part reads as credentials alone
// (vocabSplitCredentials' ok, without the slice).
func credentialsOnly(v *vocab, part string) bool {
	n := 0
	for i := 0; i < len(part); {
		for i < len(part) && credentialSep(part[i]) {
			i++
		}
		j := i
		for j < len(part) && !credentialSep(part[j]) {
			j++
		}
		if j == i {
			break
		}
		if v.credential(part[i:j]) == "" {
			return false
		}
		n++
		i = j
	}
	return n > 0
}

// credentialSep separates the credentials of one part.
func credentialSep(c byte) bool { return c == ';' || c == ',' || c == '/' || c == ' ' || c == '|' }

// splitCredentials reads a part such as "MD", "MD;PhD", "MD,MBBS,FACP",
// "MD PhD" or "M.D., Ph.D." as credentials. ok is false when any piece
// is not a credential.
func splitCredentials(part string) (creds []string, ok bool) { return vocabSplitCredentials(nil, part) }

func vocabSplitCredentials(v *vocab, part string) (creds []string, ok bool) {
	if creds, ok = appendCredentials(v, nil, part); !ok {
		return nil, false
	}
	return creds, true
}

// appendCredentials is vocabSplitCredentials appending to dst: dst and
// part's credentials when every piece of part is one, else dst as it was
// (its spare capacity may be written).
func appendCredentials(v *vocab, dst []string, part string) ([]string, bool) {
	n0 := len(dst)
	for i := 0; i < len(part); {
		for i < len(part) && credentialSep(part[i]) {
			i++
		}
		j := i
		for j < len(part) && !credentialSep(part[j]) {
			j++
		}
		if j == i {
			break
		}
		c := v.credential(part[i:j])
		if c == "" {
			return dst[:n0], false
		}
		dst = append(dst, c)
		i = j
	}
	return dst, len(dst) > n0
}

var (
	pronounRe = regexp.MustCompile(`(?i)\(\s*(?:she|he|they|ze|xe|her|him|them)\s*/[^)]*\)`)
	spaceRe   = regexp.MustCompile(`\s+`)
)

// affSeps separate a name from its affiliation.
var affSeps = []string{" – ", " — ", " - ", " -- ", " | "}

// maySeparate reports whether t can hold one of affSeps: a "-", "|" or
// the first byte of "–" and "—".
func maySeparate(t string) bool {
	return strings.IndexByte(t, '-') >= 0 || strings.IndexByte(t, '|') >= 0 || strings.IndexByte(t, 0xe2) >= 0
}

// parsePersonText reads one person as programs print them:
// "Sandra A.G Visser, PhD (she/her/hers)", "Erin Chew, MD;RhMSUS",
// "Jean Acevedo, -None-", "Name, MD – Affiliation", "Name (Affiliation)".
// Role is left empty for the caller. An empty Name means the text held
// no person.
func parsePersonText(s string) planner.Person { return vocabPersonText(nil, s) }

// vocabPersonText is parsePersonText asking v about words.
func vocabPersonText(v *vocab, s string) planner.Person {
	var p planner.Person
	// The credentials read from brackets and comma parts, on the stack
	// until the person is made: then one list from v's arena, not one
	// grown credential by credential.
	var credBuf [4]string
	creds := credBuf[:0]
	t := squeeze(truncate(s, 1000))
	var pronounAff []string
	if strings.Contains(t, "/") {
		// "Jane Roe (she/her) Emory University": pronouns, then the
		// affiliation with no separator.
		if loc := pronounRe.FindStringIndex(t); loc != nil {
			after := strings.TrimSpace(t[loc[1]:])
			if after != "" && !strings.ContainsAny(after[:1], ",;|–—-(") && institutional(after) && !startsWithName(after) {
				pronounAff = splitAffiliations(after)
				t = t[:loc[1]]
			}
		}
		t = strings.TrimSpace(pronounRe.ReplaceAllString(t, ""))
	}
	// "Maya Singh, MD (Moderator), Mayo Clinic": a role in brackets.
	if strings.Contains(t, "(") {
		t = cutRoleBrackets(t, &p)
	}
	affs := pronounAff
	// "Name, MD – Affiliation"
	for _, sep := range affSeps {
		if !maySeparate(t) {
			break
		}
		if i := indexTop(t, sep); i > 0 {
			affs = append(affs, splitAffiliations(t[i+len(sep):])...)
			t = strings.TrimSpace(t[:i])
			break
		}
	}
	// "Name (Affiliation)": a trailing bracket that is not pronouns.
	for strings.HasSuffix(t, ")") {
		open := matchingOpen(t)
		if open <= 0 {
			break
		}
		inner := strings.TrimSpace(t[open+1 : len(t)-1])
		t = strings.TrimSpace(t[:open])
		if c, ok := appendCredentials(v, creds, inner); ok {
			creds = c
			continue
		}
		if !isPlaceholder(inner) {
			affs = append(splitAffiliations(inner), affs...)
		}
	}
	var partBuf [8]string
	parts := appendTop(partBuf[:0], t, ',')
	if len(parts) == 0 {
		return p
	}
	name := strings.TrimSpace(parts[0])
	rest := parts[1:]
	// "Smith, John A., MD": surname first; "Echeverri, L.A.": initials
	// after a lone surname, not a degree (planner.ReadsAsInitials).
	surname := len(rest) > 0 && vocabIsSurname(v, name)
	if surname && !strings.Contains(name, " ") && planner.ReadsAsInitials(rest[0]) {
		name = strings.TrimSpace(rest[0]) + " " + name
		rest = rest[1:]
	} else if surname && isGivenNames(rest[0]) && (!isAcronym(rest[0]) || isAcronym(name)) {
		name = strings.TrimSpace(rest[0]) + " " + name
		rest = rest[1:]
	}
	var extra []string
	for i, part := range rest {
		part = strings.TrimSpace(part)
		if isPlaceholder(part) {
			continue
		}
		if c, ok := appendCredentials(v, creds, part); ok {
			creds = c
			continue
		}
		if suffix(part) && i == 0 {
			name += ", " + part
			continue
		}
		extra = append(extra, part)
	}
	if len(extra) > 0 && len(affs) == 0 {
		affs = splitAffiliations(strings.Join(extra, ", "))
	}
	name, named := vocabTrimNameCredentials(v, name)
	if len(named) > 0 {
		p.Credentials = append(named, creds...) // printed after the name, then the others
	} else if len(creds) > 0 {
		p.Credentials = v.credList(creds)
	}
	p.Name = vocabStripHonorific(v, name)
	if isPlaceholder(p.Name) || v.credential(p.Name) != "" {
		p.Name = "" // "-None-", or a credential alone
	}
	p.Affiliations = v.affiliations(affs)
	if p.Affiliations == nil {
		p.Affiliations = []string{}
	}
	return p
}

// indexTop returns the index of the first sep in s outside brackets, or
// -1.
func indexTop(s, sep string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 && strings.HasPrefix(s[i:], sep) {
				return i
			}
		}
	}
	return -1
}

// suffix reports whether part is a generational suffix (Jr., III).
func suffix(part string) bool { return planner.IsSuffix(strings.TrimSpace(part)) }

// matchingOpen returns the index of the "(" matching the ")" that ends t,
// or -1.
func matchingOpen(t string) int {
	depth := 0
	for i := len(t) - 1; i >= 0; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// splitTop splits s on sep outside brackets.
func splitTop(s string, sep rune) []string { return appendTop(nil, s, sep) }

// appendTop appends splitTop(s, sep) to parts: given an array on the
// caller's stack, a split into a few parts allocates nothing.
func appendTop(parts []string, s string, sep rune) []string {
	if 0 <= sep && sep < utf8.RuneSelf && sep != ')' && sep != ']' && strings.IndexByte(s, '(') < 0 && strings.IndexByte(s, '[') < 0 {
		// No bracket opens, so every sep splits (an ASCII byte is never
		// inside another rune): found with IndexByte, not rune by rune.
		// (A closing bracket is never a sep.)
		for {
			i := strings.IndexByte(s, byte(sep))
			if i < 0 {
				return append(parts, s)
			}
			parts = append(parts, s[:i])
			s = s[i+1:]
		}
	}
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case sep:
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + len(string(sep))
			}
		}
	}
	return append(parts, s[start:])
}

// isSurname reports whether s looks like a surname alone: one word, or
// words after a particle ("van den Heuvel").
func isSurname(s string) bool { return vocabIsSurname(nil, s) }

func vocabIsSurname(v *vocab, s string) bool {
	n := countFieldsUpTo(s, 4)
	if n == 0 || n > 4 {
		return false
	}
	var w string
	for i, at := 0, skipSpace(s, 0); i < n; i, at = i+1, skipSpace(s, at+len(w)) {
		w, _ = firstField(s[at:])
		if i < n-1 && !v.isParticle(w) {
			return false
		}
		if strings.IndexByte(w, '.') >= 0 {
			return false
		}
	}
	r, _ := utf8First(w)
	return unicode.IsUpper(r) && v.credential(s) == "" && !institutional(s)
}

// isGivenNames reports whether s looks like given names and initials
// ("John A.", "J.", "Mary-Kate").
func isGivenNames(s string) bool {
	f := strings.Fields(strings.TrimSpace(s))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	if credentialsOnly(nil, s) {
		return false
	}
	if institutional(s) || suffix(s) {
		return false
	}
	for i, w := range f {
		r, _ := utf8First(w)
		if !unicode.IsUpper(r) && (i == 0 || !planner.IsParticle(w)) { // "K. van der"
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’') {
				return false
			}
		}
	}
	return true
}

// cutRoleBrackets removes brackets that hold a role label ("(Moderator)",
// "(Panelist)") from t, setting p's role from the first.
func cutRoleBrackets(t string, p *planner.Person) string {
	for {
		i := strings.Index(t, "(")
		if i < 0 {
			return t
		}
		j := strings.Index(t[i:], ")")
		if j < 0 {
			return t
		}
		r, ok := roleLabel(t[i+1 : i+j])
		if !ok {
			rest := cutRoleBrackets(t[i+j+1:], p)
			return t[:i+j+1] + rest
		}
		if p.Role == "" {
			p.Role = r
		}
		t = strings.TrimSpace(strings.TrimSpace(t[:i]) + " " + strings.TrimSpace(t[i+j+1:]))
		t = strings.ReplaceAll(t, " ,", ",")
	}
}

// isAcronym reports whether s is one upper-case word of three or more
// letters ("UCSF", "MSKCC"): an institution after "Chen," unless the
// whole name is in capitals ("CHEN, BO").
func isAcronym(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 3 && !strings.ContainsAny(s, " .") && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// trimNameCredentials removes credentials printed after a name without a
// comma ("John Smith MD PhD"), keeping at least two words of name.
func trimNameCredentials(name string) (string, []string) { return vocabTrimNameCredentials(nil, name) }

func vocabTrimNameCredentials(v *vocab, name string) (string, []string) {
	if countFieldsUpTo(name, 2) <= 2 || v.credential(strings.TrimRight(lastField(name), ",;")) == "" {
		return squeeze(name), nil // strings.Join(strings.Fields(name), " "): no credential to take
	}
	f := strings.Fields(name)
	var creds []string
	for len(f) > 2 {
		w := strings.TrimRight(f[len(f)-1], ",;")
		c := v.credential(w)
		// Only upper-case forms, so "Anh Do" keeps its surname.
		if c == "" || (w != strings.ToUpper(w) && w != c) || strings.EqualFold(w, "ma") || strings.EqualFold(w, "me") {
			break
		}
		creds = append([]string{c}, creds...)
		f = f[:len(f)-1]
	}
	return strings.Join(f, " "), creds
}

// stripHonorific removes titles before a name (planner.StripHonorifics:
// "Prof. Dr. med.", "A/Prof", "PD Dr.").
func stripHonorific(name string) string { return vocabStripHonorific(nil, name) }

func vocabStripHonorific(v *vocab, name string) string {
	name = strings.Trim(name, " ,;")
	if w, more := firstField(name); !more || !v.isHonorific(w) {
		// No title to strip: StripHonorifics would only rejoin the
		// words with single spaces.
		return strings.Trim(squeeze(name), " ,;")
	}
	return planner.StripHonorifics(name)
}

// firstField returns the first of strings.Fields(s) and whether another
// follows, without the slice.
func firstField(s string) (w string, more bool) {
	i := skipSpace(s, 0)
	j := i
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return s[i:j], skipSpace(s, j) < len(s)
}

// skipSpace returns the index of the first non-space rune of s at or
// after i (len(s) when none).
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// lastField is the last of strings.Fields(s) ("" when none), without the
// slice.
func lastField(s string) string {
	if isASCII(s) { // read from the end
		end := len(s)
		for end > 0 && fieldSpace(s[end-1]) {
			end--
		}
		start := end
		for start > 0 && !fieldSpace(s[start-1]) {
			start--
		}
		return s[start:end]
	}
	w := ""
	for i := skipSpace(s, 0); i < len(s); i = skipSpace(s, i) {
		w, _ = firstField(s[i:])
		i += len(w)
	}
	return w
}

// countFields is len(strings.Fields(s)), without the slice.
func countFields(s string) int { return countFieldsUpTo(s, len(s)) }

// countFieldsUpTo is min(countFields(s), most+1): it stops counting
// after the field that passes most.
func countFieldsUpTo(s string, most int) int {
	n := 0
	inField := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII: judged without decoding
			space := fieldSpace(c)
			if !space && !inField {
				if n++; n > most {
					return n
				}
			}
			inField = !space
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		space := unicode.IsSpace(r)
		if !space && !inField {
			if n++; n > most {
				return n
			}
		}
		inField = !space
		i += size
	}
	return n
}

// institutionWords mark a text as naming an institution.
var institutionWords = []string{"universit", "hospital", "center", "centre", "institut", "clinic", "college", "school",
	"department", "dept", "division", "health", "medical", "medicine", "associates", "foundation", "cancer", "oncology",
	"laborator", "faculty of", "group", "network", "trust", "nhs", "society", "council", "corporation", "inc", "llc",
	"p.c.", "ltd", "gmbh", "program", "academy", "service", "system", "practice", "radiation", "ministry", "agency"}

// placeWords mark a comma part as a place, never a job title.
var placeWords = map[string]bool{"university": true, "universidad": true, "universität": true, "hospital": true, "center": true,
	"centre": true, "institute": true, "clinic": true, "college": true, "school": true, "department": true,
	"division": true, "foundation": true, "associates": true, "inc": true, "llc": true, "ltd": true, "trust": true,
	"nhs": true, "laboratory": true, "health": true, "system": true, "corporation": true, "company": true}

var jobWords = map[string]bool{"professor": true, "chair": true, "chairman": true, "chairwoman": true, "director": true,
	"chief": true, "officer": true, "resident": true, "fellow": true, "physicist": true, "attending": true,
	"instructor": true, "lecturer": true, "dean": true, "president": true, "head": true, "manager": true,
	"coordinator": true, "student": true, "physician": true, "scientist": true, "researcher": true,
	"consultant": true, "nurse": true, "dosimetrist": true, "therapist": true, "investigator": true,
	"founder": true, "partner": true, "specialist": true, "leader": true, "emeritus": true, "emerita": true,
	"postdoc": true, "trainee": true, "surgeon": true, "oncologist": true, "radiologist": true,
	"pathologist": true, "editor": true, "ceo": true, "cmo": true, "pgy": true, "md-candidate": true, "candidate": true}

func institutional(s string) bool {
	l := strings.ToLower(s)
	for _, w := range institutionWords {
		if strings.Contains(l, w) {
			if w == "inc" || w == "llc" || w == "ltd" {
				if !containsWord(l, w) {
					continue
				}
			}
			return true
		}
	}
	return false
}

func containsWord(l, w string) bool {
	for _, f := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == w {
			return true
		}
	}
	return false
}

// jobTitle reports whether a comma part is a job title
// ("Associate Professor", "Chief Medical Officer", "PGY-3 Resident",
// "Professor of Radiation Oncology"): it has a job word and no word that
// names a place ("Department Chair" is kept).
func jobTitle(s string) bool {
	// The words are the runs of letters and "-" of strings.ToLower(s),
	// lowered rune by rune as it does and read into buf, not a copy of
	// s cut into a slice: no key is longer than buf, so a longer word
	// is only asked whether it starts with "pgy".
	var buf [16]byte
	n, words := 0, 0 // the current word's length (bytes), the words so far
	job := false
	end := func() bool { // the word in buf ends: false if it names a place
		if n == 0 {
			return true
		}
		words++
		if n <= len(buf) {
			w := buf[:n]
			if placeWords[string(w)] {
				return false
			}
			if jobWords[string(w)] || w[n-1] == 's' && jobWords[string(w[:n-1])] {
				job = true
			}
		}
		if buf[0] == 'p' && n >= 3 && buf[1] == 'g' && buf[2] == 'y' {
			job = true
		}
		n = 0
		return true
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		} else if r >= utf8.RuneSelf {
			r = unicode.ToLower(r)
		}
		if r == '-' || 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLetter(r) {
			if n+utf8.RuneLen(r) <= len(buf) {
				utf8.EncodeRune(buf[n:], r)
			}
			n += utf8.RuneLen(r)
			continue
		}
		if !end() {
			return false
		}
		if words > 7 {
			return false
		}
	}
	return end() && words > 0 && words <= 7 && job
}

// splitAffiliations splits an affiliation text on ";" and strips leading
// job titles from each entry.
func splitAffiliations(s string) []string {
	var out []string
	var affBuf, partBuf [8]string
	for _, a := range appendTop(affBuf[:0], s, ';') {
		a = strings.Trim(strings.TrimSpace(a), ",;")
		if isPlaceholder(a) {
			continue
		}
		parts := appendTop(partBuf[:0], a, ',')
		for len(parts) > 1 && jobTitle(parts[0]) {
			parts = parts[1:]
		}
		if len(parts) == 1 && jobTitle(parts[0]) {
			continue // "Professor of Radiation Oncology; Fox Chase": the title alone
		}
		a = strings.TrimSpace(strings.Join(parts, ","))
		if a != "" {
			out = append(out, a)
		}
	}
	return out
}

// roleNames map printed role labels (lower case, singular) to roles.
var roleNames = map[string]planner.Role{
	"speaker": planner.RoleSpeaker, "presenter": planner.RoleSpeaker, "faculty": planner.RoleSpeaker,
	"invited speaker": planner.RoleSpeaker, "keynote": planner.RoleSpeaker, "keynote speaker": planner.RoleSpeaker,
	"lecturer": planner.RoleSpeaker, "guest speaker": planner.RoleSpeaker, "featured speaker": planner.RoleSpeaker,
	"expert": planner.RoleSpeaker, "instructor": planner.RoleSpeaker, "educator": planner.RoleSpeaker,
	"chair": planner.RoleModerator, "co-chair": planner.RoleModerator, "cochair": planner.RoleModerator,
	"session chair": planner.RoleModerator, "moderator": planner.RoleModerator, "co-moderator": planner.RoleModerator,
	"comoderator": planner.RoleModerator, "facilitator": planner.RoleModerator, "host": planner.RoleModerator,
	"chairperson": planner.RoleModerator, "convener": planner.RoleModerator, "organizer": planner.RoleModerator,
	"panelist": planner.RolePanelist, "panellist": planner.RolePanelist, "discussant": planner.RolePanelist,
	"panel member":      planner.RolePanelist,
	"presenting author": planner.RolePresentingAuthor, "abstract presenter": planner.RolePresentingAuthor,
	"author": planner.RoleAuthor, "co-author": planner.RoleAuthor, "coauthor": planner.RoleAuthor,
}

// roleLabel maps a printed role label ("Speakers", "Co-Chairs",
// "Invited Speaker") to a role; ok is false when it is not one.
func roleLabel(label string) (planner.Role, bool) {
	l := label
	if strings.Contains(l, "  ") || strings.ContainsAny(l, "\t\n\f\r") {
		l = spaceRe.ReplaceAllString(l, " ") // a label with a run of \s to make one space
	}
	l = strings.ToLower(strings.TrimSpace(l))
	if r, ok := roleNames[l]; ok {
		return r, true
	}
	if s, ok := strings.CutSuffix(l, "s"); ok {
		if r, ok := roleNames[s]; ok {
			return r, true
		}
	}
	if s, ok := strings.CutSuffix(l, "(s)"); ok {
		if r, ok := roleNames[strings.TrimSpace(s)]; ok {
			return r, true
		}
	}
	return "", false
}

// parseRoleList reads a list of people with roles:
// "Moderator: Dr. X (Affil); Speaker: Y, MD (Affil, City)". A person
// without a role prefix takes the role of the prefix before it, or
// defaultRole. People are separated by ";", "|" or line breaks, and after a
// closing bracket also by ",". Pieces that are only credentials
// ("Erin Chew, MD;RhMSUS") stay with the person before them.
func parseRoleList(s string, defaultRole planner.Role) []planner.Person {
	return parseRoles(nil, s, defaultRole, false)
}

// parseRoles is parseRoleList; with nameList, commas separate people
// from the start, as after a plural label ("Speakers: Ann Lee, Bo Chen").
func parseRoles(v *vocab, s string, defaultRole planner.Role, nameList bool) []planner.Person {
	return parseRolesTo(nil, v, s, defaultRole, nameList)
}

// parseRolesTo is parseRoles reading the people into dst's array when
// they fit (a caller that only reads them passes an array on its stack),
// else into one of their own.
func parseRolesTo(dst []planner.Person, v *vocab, s string, defaultRole planner.Role, nameList bool) []planner.Person {
	if len(s) > maxPeopleText {
		s = truncate(s, maxPeopleText)
	}
	var out []planner.Person
	role := defaultRole
	var pieces []string
	var lineStart, afterBar []bool
	one, yes, no := [1]string{s}, [1]bool{true}, [1]bool{false}
	if s != "" && !containsAnyOf(s, &rolePieceBytes) {
		pieces, lineStart, afterBar = one[:], yes[:], no[:] // one piece, the usual case
	} else {
		pieces, lineStart, afterBar = rolePieces(s)
	}
	var textBuf [8]string // a few people, as most texts name: on the stack
	var roleBuf [8]planner.Role
	var oneAnd [1]string
	texts, roles := textBuf[:0], roleBuf[:0]
	plural := nameList // after "Speakers:", commas may separate people
	lastLine := false  // the last person ended the line before this piece
	for k, piece := range pieces {
		piece = strings.TrimSpace(piece)
		if piece == "" {
			continue
		}
		// "Jane Roe, MD | Duke Cancer Institute | Durham, NC": a place
		// after a bar or semicolon ends the affiliation before it.
		if afterBar[k] && len(texts) > 0 && placeOnly(piece) {
			texts[len(texts)-1] += ", " + piece
			lastLine = k+1 < len(pieces) && lineStart[k+1]
			continue
		}
		// "Jennifer Smith | UCSF", "Jane Roe, MD; Emory University": an
		// institution after a bar or semicolon is the affiliation of the
		// person before it, when that person has none.
		if afterBar[k] && len(texts) > 0 && affiliationLine(piece) && !strings.Contains(piece, ":") && !startsWithName(piece) && !credentialHead(piece) &&
			len(vocabPersonText(v, texts[len(texts)-1]).Affiliations) == 0 {
			texts[len(texts)-1] += " – " + piece
			lastLine = k+1 < len(pieces) && lineStart[k+1]
			continue
		}
		// "John A. Smith, MD, PhD\nUniversity of X": a line that names an
		// institution under a person without one is that person's.
		if lineStart[k] && lastLine && len(texts) > 0 && affiliationLine(piece) &&
			len(vocabPersonText(v, texts[len(texts)-1]).Affiliations) == 0 {
			texts[len(texts)-1] += " – " + piece
			lastLine = false
			continue
		}
		lastLine = k+1 < len(pieces) && lineStart[k+1]
		if i := strings.Index(piece, ":"); i > 0 && i < 40 {
			if r, ok := roleLabel(piece[:i]); ok {
				role = r
				plural = strings.HasSuffix(strings.ToLower(strings.TrimSpace(piece[:i])), "s")
				piece = strings.TrimSpace(piece[i+1:])
			} else if len(strings.Fields(piece[:i])) <= 3 && !strings.ContainsAny(piece[:i], ",(") {
				piece = strings.TrimSpace(piece[i+1:]) // an unknown label: keep the role
			}
			if piece == "" {
				continue
			}
		}
		head := piece
		if strings.HasSuffix(head, ")") {
			if i := matchingOpen(head); i > 0 {
				head = strings.TrimSpace(head[:i])
			}
		}
		if len(texts) > 0 && len(texts[len(texts)-1]) < 1000 && credentialsOnly(v, head) {
			texts[len(texts)-1] += ", " + piece
			continue
		}
		ands := oneAnd[:]
		if strings.Contains(piece, " and ") || strings.Contains(piece, " & ") {
			ands = splitAnd(piece)
		} else {
			oneAnd[0] = strings.TrimSpace(piece) // splitAnd's answer without a separator
		}
		for _, x := range ands {
			if !plural {
				texts = append(texts, x)
				roles = append(roles, role)
				continue
			}
			for _, y := range splitNameList(x) {
				texts = append(texts, y)
				roles = append(roles, role)
			}
		}
	}
	if len(texts) > maxPeople {
		texts = texts[:maxPeople]
	}
	switch {
	case len(texts) > 0 && len(texts) <= cap(dst):
		out = dst[:0]
	case len(texts) > 0:
		out = make([]planner.Person, 0, len(texts))
	}
	for i, t := range texts {
		p := vocabPersonText(v, t)
		if p.Name == "" {
			continue
		}
		if p.Role == "" {
			p.Role = roles[i]
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil // as before the slice was sized: no person, no slice
	}
	return out
}

// rolePieceBytes are the bytes rolePieces splits at or after.
var rolePieceBytes = byteSet("\n\r;|)")

func byteSet(chars string) (set [256]bool) {
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return set
}

// containsAnyOf is strings.ContainsAny(s, chars) for the ASCII chars of
// set, without building the set each call.
func containsAnyOf(s string, set *[256]bool) bool {
	for i := 0; i < len(s); i++ {
		if set[s[i]] {
			return true
		}
	}
	return false
}

// rolePieces splits a people text at line breaks, ";" and "|", and after
// closing brackets (splitAfterBracket). lineStart: the piece begins a
// line; afterBar: it follows a "|" or ";" ("Name | Affiliation"). A text
// with none of those is one piece.
func rolePieces(s string) (pieces []string, lineStart, afterBar []bool) {
	for _, line := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
		first := true
		for pi, piece := range splitTop(line, ';') {
			for qi, q := range splitTop(piece, '|') {
				for xi, x := range splitAfterBracket(q) {
					pieces = append(pieces, x)
					lineStart = append(lineStart, first)
					afterBar = append(afterBar, (qi > 0 || pi > 0) && xi == 0)
					first = false
				}
			}
		}
	}
	return pieces, lineStart, afterBar
}

// placeOnly reports whether a piece is a place alone: "Durham, NC",
// "Boston, MA, USA", "Seoul, Korea": a city, then states or countries.
func placeOnly(s string) bool {
	parts := splitTop(s, ',')
	if len(parts) < 2 || institutional(s) {
		return false
	}
	for _, p := range parts[1:] {
		if !planner.IsPlace(p) {
			return false
		}
	}
	city := strings.Fields(parts[0])
	return len(city) >= 1 && len(city) <= 3 && !looksLikeName(parts[0]) || planner.IsPlace(parts[0])
}

// credentialHead reports whether a piece begins with credentials
// ("RhMSUS (Mayo Clinic)" of "Erin Chew, MD;RhMSUS (Mayo Clinic)").
func credentialHead(s string) bool {
	head := s
	if i := strings.IndexAny(head, ",("); i >= 0 {
		head = head[:i]
	}
	ok := credentialsOnly(nil, strings.TrimSpace(head))
	return ok
}

// startsWithName reports whether a piece begins with a person's name
// ("Jane Roe (Duke University)", "Jane Roe, MD, Emory"), not an
// institution.
func startsWithName(s string) bool {
	head := s
	if i := strings.IndexAny(head, ",("); i >= 0 {
		head = head[:i]
	}
	head = strings.TrimSpace(head)
	return looksLikeName(head) && !institutional(head)
}

// affiliationLine reports whether a line of a people cell names an
// institution rather than a person: institution words ("University of
// X"), an acronym alone ("UCSF"), or a place code at its end
// ("UC Davis, Sacramento, CA").
func affiliationLine(s string) bool {
	if strings.Contains(s, ":") {
		return false // a role label
	}
	if institutional(s) || isAcronym(s) {
		return true
	}
	parts := splitTop(s, ',')
	last := strings.TrimSpace(parts[len(parts)-1])
	return len(parts) > 1 && len(last) == 2 && strings.ToUpper(last) == last && credential(last) == "" && unicode.IsUpper(rune(last[0]))
}

// splitNameList splits "Hiroshi Tanaka, PhD, Rania Çelik" or "Ann Lee,
// Bo Chen" into people: a comma part that looks like a full name starts a
// new person; credentials stay with the name before them. Text with any
// other kind of part (an affiliation) is left whole.
func splitNameList(s string) []string {
	parts := splitTop(s, ',')
	if len(parts) < 2 {
		return []string{s}
	}
	var out []string
	for i, p := range parts {
		p = strings.TrimSpace(p)
		head := p
		if strings.HasSuffix(head, ")") {
			if j := matchingOpen(head); j > 0 {
				head = strings.TrimSpace(head[:j])
			}
		}
		switch cred := credentialsOnly(nil, head); {
		case cred && i > 0:
			out[len(out)-1] += ", " + p
		case looksLikeName(head):
			out = append(out, p)
		default:
			return []string{s}
		}
	}
	return out
}

// splitAnd splits "Jane Roe, MD and John Doe (Duke)" at an "and" or "&"
// outside brackets that is followed by a full name, so "Brigham and
// Women's Hospital" and "Arthritis & Rheumatology Associates" stay whole.
func splitAnd(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ' ':
			if depth > 0 {
				continue
			}
			var n int
			switch {
			case strings.HasPrefix(s[i:], " and "):
				n = 5
			case strings.HasPrefix(s[i:], " & "):
				n = 3
			default:
				continue
			}
			if r, _ := utf8First(s[i+n:]); !unicode.IsUpper(r) {
				continue // a name starts with a capital
			}
			head := truncate(s[i+n:], 120) // names are short: bound the work per "and"
			if j := strings.IndexAny(head, ",(;"); j >= 0 {
				head = head[:j]
			}
			if j := indexTop(head, " – "); j >= 0 {
				head = head[:j]
			}
			if j := indexTop(head, " - "); j >= 0 {
				head = head[:j]
			}
			left := strings.TrimSpace(s[start:i])
			lhead := truncate(left, 120)
			if j := strings.IndexAny(lhead, ",("); j >= 0 {
				lhead = lhead[:j]
			}
			if looksLikeName(strings.TrimSpace(head)) && looksLikeName(strings.TrimSpace(lhead)) {
				out = append(out, left)
				start = i + n
				i += n - 1
			}
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// looksLikeName reports whether s reads as a person's full name: two to
// five capitalised words or initials, none naming an institution.
func looksLikeName(s string) bool {
	s = stripHonorific(s)
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 || institutional(s) {
		return false
	}
	for _, w := range f {
		r, _ := utf8First(w)
		if !unicode.IsUpper(r) && !planner.IsParticle(w) {
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’') {
				return false
			}
		}
	}
	return true
}

// splitAfterBracket splits "A, MD (X), B (Y)" into "A, MD (X)" and
// "B (Y)": a comma right after a top-level closing bracket separates
// people.
func splitAfterBracket(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
			if depth == 0 {
				j := i + 1
				for j < len(s) && s[j] == ' ' {
					j++
				}
				if open := strings.LastIndex(s[:i], "("); open >= 0 {
					if _, ok := roleLabel(s[open+1 : i]); ok || strings.IndexByte(s[open:i+1], '/') >= 0 && pronounRe.MatchString(s[open:i+1]) {
						continue // "Maya Singh, MD (Moderator), Mayo Clinic", "Jane Doe (she/her), UCSF"
					}
				}
				if j < len(s) && s[j] == ',' {
					parts = append(parts, s[start:i+1])
					start = j + 1
					i = j
				}
			}
		}
	}
	return append(parts, s[start:])
}

// truncate cuts s to at most n bytes at a character boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
