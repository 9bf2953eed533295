package sources

import (
	"fmt"
	"html"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// The CSV path's rewrites must answer as the code they replaced (kept
// here as the reference), on random texts and under the fuzzer.

// refNameKey is nameKey before its words were folded once per table.
func refNameKey(name string) (string, rune) {
	// "Doe A", "Smith JA" (Vancouver): the surname first, then initials.
	if head, ini, ok := lastTwoFields(name); ok {
		if n := utf8.RuneCountInString(ini); n <= 3 && strings.ToUpper(ini) == ini && strings.ToLower(ini) != ini &&
			strings.ToUpper(head) != head && !strings.ContainsAny(ini, ".,") && credential(ini) == "" {
			raw := strings.Fields(name)
			sur := strings.FieldsFunc(foldName(strings.Join(raw[:len(raw)-1], " ")), func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
			first, _ := utf8First(foldName(ini))
			if len(sur) > 0 {
				return sur[len(sur)-1], first
			}
		}
	}
	// The words split at " ", "." and ",", folded one by one (folding
	// never makes or removes those; a word of accents alone folds to
	// nothing and is no word): the last that is not a suffix, else the
	// first; with the first's initial when they differ.
	var last, first string
	end := len(name)
	for end > 0 {
		w, start := prevWord(name, end)
		if start < 0 {
			break
		}
		end = start
		if w == "" {
			continue
		}
		last = w
		if !suffix(w) {
			break
		}
	}
	if last == "" {
		return "", 0
	}
	for i := 0; i < end; {
		for i < end && nameSep(name[i]) {
			i++
		}
		if i < end && name[i] < utf8.RuneSelf {
			return last, unicode.ToLower(rune(name[i])) // what folding the word gives first
		}
		w, j := nextWord(name[:end], i)
		if j < 0 {
			break
		}
		if w != "" {
			first = w
			break
		}
		i = j
	}
	if first == "" {
		return last, 0 // one word, or one and its suffixes
	}
	r, _ := utf8First(first)
	return last, r
}

var nameKeyWords = []string{"T.", "Iyer", "Iyer1", "J.-W.", "Y.", "O'Connor", "Smith", "JA", "J", "A", "Doe", "MD", "Md", "dos", "Santos", "Van", "Dyke",
	"Jr.", "Jr", "III", "II", "iii", "Schröder", "Éva", "Ó", "İ", "ǅ", "\u0301", "Ω", "K", "ſ", "ß", "Li", "WU", "Wu", "TO", "CHEN", "BO", "É", "ÉÉ", "Ää",
	",", ".", " ", "  ", "\t", "\u00a0", "\u2003", "\n", "-", "*", "1", "2,3", "Dr.", "de la", "García-López", "Ng", "NG", "Le",
	"\u0085", "\u1680", "\u3000", "\u205f", "O’Connor", "ą", "\xc2", "\xe2\x80", "\xa0", "\x85", "Łukasz", "李"}

func randomName(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(6); n >= 0; n-- {
		b.WriteString(nameKeyWords[r.IntN(len(nameKeyWords))])
		switch r.IntN(5) {
		case 0, 1:
			b.WriteString(" ")
		case 2:
			b.WriteString(", ")
		case 3:
			b.WriteString(".")
		}
	}
	return b.String()
}

// testNameKeys is shared by every check, so that its folds are asked
// again of names other than the one that filled them.
var testNameKeys = newNameKeys()

func checkNameKey(t *testing.T, s string) {
	t.Helper()
	ws, wi := refNameKey(s)
	if gs, gi := testNameKeys.nameKey(s); gs != ws || gi != wi {
		t.Errorf("nameKeys.nameKey(%q) = %q %q, want %q %q", s, gs, gi, ws, wi)
	}
	if gs, gi := nameKey(s); gs != ws || gi != wi {
		t.Errorf("nameKey(%q) = %q %q, want %q %q", s, gs, gi, ws, wi)
	}
	if f := strings.Fields(s); len(f) > 0 && lastField(s) != f[len(f)-1] || len(f) == 0 && lastField(s) != "" {
		t.Errorf("lastField(%q) = %q, want the last of %q", s, lastField(s), f)
	}
	if got, want := countFields(s), len(strings.Fields(s)); got != want {
		t.Errorf("countFields(%q) = %d, want %d", s, got, want)
	}
	{
		gf, gl, gok := lastTwoFields(s)
		f := strings.Fields(s)
		if ok := len(f) >= 2; gok != ok || ok && (gf != f[0] || gl != f[len(f)-1]) {
			t.Errorf("lastTwoFields(%q) = %q %q %v, want the first and last of %q", s, gf, gl, gok, f)
		}
	}
	if f := strings.Fields(s); !shortLastField(s) && len(f) > 0 && utf8.RuneCountInString(f[len(f)-1]) <= 3 {
		t.Errorf("shortLastField(%q) = false, but the last field %q is short", s, f[len(f)-1])
	}
	if got, want := upperWord(s), strings.ToUpper(s) == s && strings.ToLower(s) != s; got != want {
		t.Errorf("upperWord(%q) = %v, want %v", s, got, want)
	}
	if got, want := hasLowerCase(s), strings.ToUpper(s) != s; got != want {
		t.Errorf("hasLowerCase(%q) = %v, want %v", s, got, want)
	}
}

// refRoleLabel is roleLabel before its label was collapsed without the
// regexp when there is nothing to collapse.
func refRoleLabel(label string) (planner.Role, bool) {
	l := strings.ToLower(strings.TrimSpace(spaceRe.ReplaceAllString(label, " ")))
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

func TestRoleLabelAgrees(t *testing.T) {
	words := []string{"Speaker", "speakers", "Co-Chair", "Panel", "member", "Invited", "Session", "Chair(s)", "(s)", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u2003", "MODERATOR", "Keynote"}
	r := rand.New(rand.NewPCG(13, 8))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(4); n >= 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
		}
		s := b.String()
		gr, gok := roleLabel(s)
		wr, wok := refRoleLabel(s)
		if gr != wr || gok != wok {
			t.Errorf("roleLabel(%q) = %q %v, want %q %v", s, gr, gok, wr, wok)
		}
	}
}

// refSplitCredentials is vocabSplitCredentials before it appended to a
// caller's slice.
func refSplitCredentials(part string) (creds []string, ok bool) {
	sep := func(c byte) bool { return c == ';' || c == ',' || c == '/' || c == ' ' || c == '|' }
	for i := 0; i < len(part); {
		for i < len(part) && sep(part[i]) {
			i++
		}
		j := i
		for j < len(part) && !sep(part[j]) {
			j++
		}
		if j == i {
			break
		}
		c := planner.Credential(part[i:j])
		if c == "" {
			return nil, false
		}
		creds = append(creds, c)
		i = j
	}
	return creds, len(creds) > 0
}

func TestCredentialsAgree(t *testing.T) {
	words := []string{"MD", "M.D.", "PhD", "Ph.D.", "FRCR (Clin Onc)", "DO", "Do", "Smith", "MBBS", ";", ",", "/", " ", "|", "", "-None-", "Tomás Iyer", "(UK)", "FACP"}
	r := rand.New(rand.NewPCG(13, 9))
	v := newVocab(nil)
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(5); n >= 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
		}
		part := b.String()
		want, wok := refSplitCredentials(part)
		if got, ok := vocabSplitCredentials(v, part); ok != wok || strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Errorf("vocabSplitCredentials(%q) = %q %v, want %q %v", part, got, ok, want, wok)
		}
		if got := credentialsOnly(v, part); got != wok {
			t.Errorf("credentialsOnly(%q) = %v, want %v", part, got, wok)
		}
		dst := make([]string, r.IntN(3), 4)
		for i := range dst {
			dst[i] = fmt.Sprint("c", i)
		}
		wantDst := append([]string(nil), dst...)
		if wok {
			wantDst = append(wantDst, want...)
		}
		got, ok := appendCredentials(v, dst, part)
		if ok != wok || strings.Join(got, "|") != strings.Join(wantDst, "|") {
			t.Errorf("appendCredentials(%q, %q) = %q %v, want %q %v", dst, part, got, ok, wantDst, wok)
		}
	}
}

func TestLineSource(t *testing.T) {
	var s lineSources // one for every source: they cross its buffers' ends
	var got, want []string
	for range 300 {
		for _, name := range []string{"", "posters.csv", strings.Repeat("långt namn/", 12) + "x.csv", strings.Repeat("n", 5000)} {
			for _, line := range []int{0, 1, 99, 100, 2501, 1 << 40, -3, math.MinInt64} {
				got = append(got, s.source(name, line))
				want = append(want, name+":"+fmt.Sprint(line))
			}
		}
	}
	for i := range got { // after all were written: none was overwritten
		if got[i] != want[i] {
			t.Fatalf("source %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestNameKeyAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 4))
	for range 30000 {
		checkNameKey(t, randomName(r))
	}
	for _, s := range []string{"", " ", "T. Iyer", "Smith JA", "Doe A", "J. Smith, Jr.", "Jr.", "\u0301", "É. Ó", "Adeyemi TO", "CHEN BO", "ß", "K. van der Berg"} {
		checkNameKey(t, s)
	}
}

func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"T. Iyer", "Smith JA", "J. Smith, Jr.", "É. Ó"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNameKey(t, s) })
}

// TestOneLetterNoEntity: html reads no one-letter name after "&" as a
// character reference, whatever follows that is not a letter, digit or
// ";" (mayHaveEntity relies on it).
func TestOneLetterNoEntity(t *testing.T) {
	for c := byte(0); c < utf8.RuneSelf; c++ {
		if !isASCIILetter(c) {
			continue
		}
		for _, next := range []string{"", " ", ",", "-", ".", "&", "<", "/", "=", "é", "\n", "\x00"} {
			s := "&" + string(c) + next
			if got := html.UnescapeString(s); got != s {
				t.Errorf("html.UnescapeString(%q) = %q", s, got)
			}
		}
	}
}

var entityPieces = []string{"Q&A", "A&M", "&", "&amp;", "&amp", "&lt", "&#39;", "&#x41;", "&A;", "&Ab", "&a1", "&a", "&nbsp", "a", " ", ";", "#", "é", "R&D"}

func checkMayHaveEntity(t *testing.T, s string) {
	t.Helper()
	if !mayHaveEntity(s) && html.UnescapeString(s) != s {
		t.Fatalf("mayHaveEntity(%q) = false, but html.UnescapeString gives %q", s, html.UnescapeString(s))
	}
}

func TestMayHaveEntitySound(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 61))
	for range 100000 {
		var b strings.Builder
		for n := r.IntN(6); n >= 0; n-- {
			b.WriteString(entityPieces[r.IntN(len(entityPieces))])
		}
		checkMayHaveEntity(t, b.String())
	}
}

func FuzzMayHaveEntity(f *testing.F) {
	f.Add("PQA 08 - Pediatric Cancer Poster Q&A")
	f.Add("Texas A&M &amp; R&D &#39;")
	f.Fuzz(checkMayHaveEntity)
}
