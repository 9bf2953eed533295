package sources

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// The allocation-free forms of the person-text helpers must answer as
// the plain forms they replaced (kept here as the reference).

func refIsPlaceholder(s string) bool {
	t := strings.Trim(strings.TrimSpace(s), "-_*[]<>. ")
	if len(t) > 12 {
		return false
	}
	switch strings.ToLower(t) {
	case "", "none", "n/a", "na", "null", "nil", "tbd", "tba", "-":
		return true
	}
	return false
}

func refIsSurname(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for i, w := range f {
		if i < len(f)-1 && !planner.IsParticle(w) {
			return false
		}
		if strings.ContainsAny(w, ".") {
			return false
		}
	}
	r, _ := utf8First(f[len(f)-1])
	return unicode.IsUpper(r) && planner.Credential(s) == "" && !institutional(s)
}

func refTrimNameCredentials(name string) (string, []string) {
	f := strings.Fields(name)
	var creds []string
	for len(f) > 2 {
		w := strings.TrimRight(f[len(f)-1], ",;")
		c := planner.Credential(w)
		if c == "" || (w != strings.ToUpper(w) && w != c) || strings.EqualFold(w, "ma") || strings.EqualFold(w, "me") {
			break
		}
		creds = append([]string{c}, creds...)
		f = f[:len(f)-1]
	}
	return strings.Join(f, " "), creds
}

func refLooksLikeZone(l string) bool {
	if strings.Contains(l, "/") && !strings.Contains(l, " ") {
		return true
	}
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' }) {
		lw := strings.ToLower(w)
		if zoneWords[lw] || strings.HasPrefix(lw, "utc") || strings.HasPrefix(lw, "gmt") {
			return true
		}
		if len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w && (w[len(w)-1] == 'T' || w == "Z") {
			return true
		}
	}
	return false
}

// refJobTitle is jobTitle before it read its words without a lowered
// copy and a slice of them.
func refJobTitle(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	job := false
	for _, w := range words {
		if placeWords[w] {
			return false
		}
		if jobWords[w] || jobWords[strings.TrimSuffix(w, "s")] || strings.HasPrefix(w, "pgy") {
			job = true
		}
	}
	return job
}

// refVocabPersonText is vocabPersonText before it gathered the
// credentials on the stack.
func refVocabPersonText(v *vocab, s string) planner.Person {
	var p planner.Person
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
		if c, ok := appendCredentials(v, p.Credentials, inner); ok {
			p.Credentials = c
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
		if c, ok := appendCredentials(v, p.Credentials, part); ok {
			p.Credentials = c
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
	name, creds := vocabTrimNameCredentials(v, name)
	if len(creds) > 0 {
		p.Credentials = append(creds, p.Credentials...)
	}
	p.Name = vocabStripHonorific(v, name)
	if isPlaceholder(p.Name) || v.credential(p.Name) != "" {
		p.Name = "" // "-None-", or a credential alone
	}
	p.Affiliations = affs
	if p.Affiliations == nil {
		p.Affiliations = []string{}
	}
	return p
}

func refStripHonorific(name string) string {
	return planner.StripHonorifics(strings.Trim(name, " ,;"))
}

var personWords = []string{"Dr.", "dr", "Prof.", "PD", "med.", "A/Prof", "van", "de", "Van", "der", "MD", "M.D.", "PhD", "DO", "Do",
	"Ma", "MA", "Jr.", "III", "Tomás", "Iyer", "Ana", "Li", "N/A", "none", "NONE", "-None-", "TBD", "nİl", "İ", "K", "ſ",
	"University", "Inc", "PDT", "(ET)", "Pacific", "time", "UTC+2", "gmt", "Z", "CEST", "America/Chicago", "KT", "KT", "ÉT", "(", ")", "J.", "J.A.", "Smith", "García", "O'Connor", "Oncology", ",", ";", "", "\u00a0", "\u2003", "\t", "\n", "  ", "*", "[", "]",
	"Professor", "professors", "PGY-3", "pgy", "Pg", "Residents", "Department", "CHAIR", "Chairs", "UNIVERSITÄT", "universität", "Md-Candidate",
	"-", "of", "Oncologistsxxxxxxxxxxx", "PGYxxxxxxxxxxxxxxxxxxxxxx", "Investigators", "İnc", "\xff", "é"}

func randomPersonText(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(7); n >= 0; n-- {
		b.WriteString(personWords[r.IntN(len(personWords))])
		switch r.IntN(4) {
		case 0:
			b.WriteString(" ")
		case 1:
			b.WriteString(", ")
		case 2:
			b.WriteString(personWords[r.IntN(len(personWords))])
		}
	}
	return b.String()
}

// testVocab is shared by every check, so that its answers are asked
// again of texts other than the one that filled them.
var testVocab = newVocab(nil)

func checkPersonHelpers(t *testing.T, s string) {
	t.Helper()
	if got, want := vocabIsSurname(testVocab, s), refIsSurname(s); got != want {
		t.Errorf("vocabIsSurname(%q) = %v, want %v", s, got, want)
	}
	if got, want := vocabStripHonorific(testVocab, s), refStripHonorific(s); got != want {
		t.Errorf("vocabStripHonorific(%q) = %q, want %q", s, got, want)
	}
	p := vocabPersonText(testVocab, s)
	if got, want := fmt.Sprintf("%#v", p), fmt.Sprintf("%#v", refVocabPersonText(nil, s)); got != want {
		t.Errorf("vocabPersonText(%q) = %s, want %s", s, got, want)
	}
	// The lists come from testVocab's arena: an append to one never
	// writes into the next.
	next := vocabPersonText(testVocab, s)
	_ = append(p.Credentials, "X")
	if got, want := fmt.Sprintf("%#v", next), fmt.Sprintf("%#v", refVocabPersonText(nil, s)); got != want {
		t.Errorf("vocabPersonText(%q) = %s after an append to the list before it, want %s", s, got, want)
	}
	if got, want := fmt.Sprint(vocabPersonText(testVocab, s)), fmt.Sprint(parsePersonText(s)); got != want {
		t.Errorf("vocabPersonText(%q) = %s, want %s", s, got, want)
	}
	var buf [2]planner.Person
	if got, want := fmt.Sprintf("%q", parseRolesTo(buf[:0], testVocab, s, planner.RolePresentingAuthor, false)), fmt.Sprintf("%q", parseRoles(nil, s, planner.RolePresentingAuthor, false)); got != want {
		t.Errorf("parseRolesTo(%q) = %s, want %s", s, got, want)
	}
	if got, want := jobTitle(s), refJobTitle(s); got != want {
		t.Errorf("jobTitle(%q) = %v, want %v", s, got, want)
	}
	if got, want := isPlaceholder(s), refIsPlaceholder(s); got != want {
		t.Errorf("isPlaceholder(%q) = %v, want %v", s, got, want)
	}
	if got, want := isSurname(s), refIsSurname(s); got != want {
		t.Errorf("isSurname(%q) = %v, want %v", s, got, want)
	}
	gn, gc := trimNameCredentials(s)
	wn, wc := refTrimNameCredentials(s)
	if gn != wn || strings.Join(gc, "|") != strings.Join(wc, "|") {
		t.Errorf("trimNameCredentials(%q) = %q %q, want %q %q", s, gn, gc, wn, wc)
	}
	if got, want := stripHonorific(s), refStripHonorific(s); got != want {
		t.Errorf("stripHonorific(%q) = %q, want %q", s, got, want)
	}
	if got, want := looksLikeZone(s), refLooksLikeZone(s); got != want {
		t.Errorf("looksLikeZone(%q) = %v, want %v", s, got, want)
	}
	if got, want := countFields(s), len(strings.Fields(s)); got != want {
		t.Errorf("countFields(%q) = %d, want %d", s, got, want)
	}
}

func TestPersonHelpersAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 2))
	for range 20000 {
		checkPersonHelpers(t, randomPersonText(r))
	}
	for _, s := range []string{"", " ", "Dr. Ann Lee", "Dr.  Ann\u00a0Lee ,", "PD Dr. med. Anna Weber", "John Smith MD PhD", "Anh Do", "van den Heuvel", "nİl", "\u2003N/A\u2003"} {
		checkPersonHelpers(t, s)
	}
}

func FuzzPersonHelpers(f *testing.F) {
	for _, s := range []string{"Dr. Ann Lee", "John Smith MD PhD", "van den Heuvel", "-None-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPersonHelpers(t, s) })
}

// foldName's table of Latin letters must fold as the decomposition does,
// letter by letter and in any mix with ASCII and other text.
func TestFoldNameTable(t *testing.T) {
	var all []rune
	for r := rune(0); r < 0x250; r++ {
		all = append(all, r)
	}
	all = append(all, 'İ', 'ẞ', '\u0301', '\u0308', 'Ω', 'K', 'ǅ', 'ﬁ', '\u00a0')
	for _, r := range all {
		if got, want := foldName(string(r)), foldNameNFD(string(r)); got != want {
			t.Errorf("foldName(%q) = %q, want %q", string(r), got, want)
		}
	}
	rnd := rand.New(rand.NewPCG(13, 3))
	for range 20000 {
		var b strings.Builder
		for n := rnd.IntN(8); n >= 0; n-- {
			b.WriteRune(all[rnd.IntN(len(all))])
		}
		s := b.String()
		if got, want := foldName(s), foldNameNFD(s); got != want {
			t.Errorf("foldName(%q) = %q, want %q", s, got, want)
		}
	}
}

// refAppendTop is appendTop before texts without brackets were split
// with IndexByte.
func refAppendTop(parts []string, s string, sep rune) []string {
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

var topPieces = []string{"a", "Bo", ",", ";", "|", "(", ")", "[", "]", " ", "é", "\xff", "\xe2\x80", "–", "MD", "PhD"}

func checkAppendTop(t *testing.T, s string, sep rune) {
	t.Helper()
	if got, want := appendTop(nil, s, sep), refAppendTop(nil, s, sep); strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
		t.Fatalf("appendTop(%q, %q) = %q, want %q", s, sep, got, want)
	}
}

func TestAppendTopAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 71))
	seps := []rune{',', ';', '|', '–', '(', ')', ']'}
	for range 100000 {
		var b strings.Builder
		for n := r.IntN(8); n >= 0; n-- {
			b.WriteString(topPieces[r.IntN(len(topPieces))])
		}
		checkAppendTop(t, b.String(), seps[r.IntN(len(seps))])
	}
}

func FuzzAppendTop(f *testing.F) {
	f.Add("Tomás Iyer, DO, MD", int32(','))
	f.Add("Jane Roe (Duke, NC), MD", int32(','))
	f.Fuzz(func(t *testing.T, s string, sep int32) {
		if sep != utf8.RuneError { // on which both split invalid text out of bounds: no caller passes it
			checkAppendTop(t, s, rune(sep))
		}
	})
}
