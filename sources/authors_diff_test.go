package sources

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// The author-block scanner's rewrites must read every block as the code
// they replaced (kept here as the reference).

func refFlattenSuperscripts(s string) string {
	if strings.IndexByte(s, '\r') < 0 && strings.IndexByte(s, 0xc2) < 0 && strings.IndexByte(s, 0xcb) < 0 &&
		strings.IndexByte(s, 0xe2) < 0 && !strings.Contains(s, "...") {
		return s // the usual block: no byte any replacement starts with
	}
	var b []byte
	last := 0
	for i := 0; i < len(s); {
		rep, n := "", 0
		switch s[i] {
		case '\r':
			rep, n = "\n", 1
			if i+1 < len(s) && s[i+1] == '\n' {
				n = 2
			}
		case '.':
			if strings.HasPrefix(s[i:], "...") {
				rep, n = " ", 3
			}
		case 0xc2, 0xcb, 0xe2: // the first bytes of the runes in superscripts
			r, size := utf8.DecodeRuneInString(s[i:])
			if v, ok := superscripts[r]; ok {
				rep, n = v, size
			}
		}
		if n == 0 {
			i++
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(append(b, s[last:i]...), rep...)
		i += n
		last = i
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

func refParseAuthorBlock(s string) []planner.Person {
	t := s
	if len(t) > maxPeopleText {
		t = truncate(t, maxPeopleText)
	}
	t = refFlattenSuperscripts(t)
	authorText, affText, numbered := refSplitAuthorBlock(t)
	var authorBuf [32]refRawAuthor // the usual block's authors: on the stack (their marks are not: they leak)
	authors := refSplitAuthors(authorText, authorBuf[:0], nil)
	if len(authors) > maxPeople {
		authors = authors[:maxPeople]
	}
	var affs affList
	var plain []string
	if numbered {
		var affBuf [16]numberedAff // the usual block's affiliations: on the stack
		affs = refNumberedAffiliations(affText, affBuf[:0])
	} else if strings.TrimSpace(affText) != "" {
		for _, a := range strings.Split(affText, "\n") {
			if a = strings.Trim(strings.TrimSpace(a), ",;."); a != "" {
				plain = append(plain, a)
			}
		}
	}
	anyMarks := false
	for _, a := range authors {
		anyMarks = anyMarks || len(a.marks) > 0
	}
	out := make([]planner.Person, 0, len(authors))
	// The authors' affiliations, one array for the block: each author's
	// is a slice of it whose capacity ends at its length, so that an
	// append to one never writes into the next.
	nmarks := 0
	for _, a := range authors {
		nmarks += len(a.marks)
	}
	arena := make([]string, 0, nmarks+1)
	for _, a := range authors {
		start := len(arena)
		p := planner.Person{Name: a.name, Role: planner.RoleAuthor}
		if a.presenting {
			p.Role = planner.RolePresentingAuthor
		}
		if head, tail, ok := strings.Cut(a.name, ", "); ok {
			if creds, ok := splitCredentials(strings.ReplaceAll(tail, ", ", ",")); ok {
				p.Name, p.Credentials = head, creds
			}
		}
		for _, n := range a.marks {
			ns := []int{n}
			if _, ok := affs.get(n); !ok && n >= 10 && n < 1000 {
				// "Smith J¹²": superscripts printed without a comma are
				// affiliations 1 and 2 when there is no 12th.
				ns = nil
				for _, d := range strconv.Itoa(n) {
					ns = append(ns, int(d-'0'))
				}
			}
			for _, n := range ns {
				if aff, ok := affs.get(n); ok && !contains(arena[start:], aff) {
					arena = append(arena, aff)
				}
			}
		}
		if len(a.marks) == 0 && len(plain) == 1 {
			arena = append(arena, plain[0])
		}
		if len(a.marks) == 0 && !anyMarks && len(affs) == 1 {
			// One numbered affiliation and no author marked: theirs.
			arena = append(arena, affs[0].text)
		}
		p.Affiliations = arena[start:len(arena):len(arena)]
		out = append(out, p)
	}
	return out
}

func refNumberedAffiliations(t string, out affList) affList {
	type mark struct{ n, at, text int }
	var buf [64]mark // most blocks: no allocation
	marks := buf[:0]
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			continue
		}
		if i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
			continue
		}
		// preceded by the start, or by , ; or a line break (spaces allowed)
		k := i - 1
		for k >= 0 && (t[k] == ' ' || t[k] == '\t') {
			k--
		}
		if k >= 0 && t[k] != ',' && t[k] != ';' && t[k] != '\n' {
			continue
		}
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j-i > 3 {
			continue
		}
		m := j
		for m < len(t) && (t[m] == ' ' || t[m] == '.' || t[m] == ')') {
			m++
		}
		if m >= len(t) || !startsLetter(t[m:]) {
			continue
		}
		n, _ := strconv.Atoi(t[i:j])
		marks = append(marks, mark{n, i, m})
	}
	// Keep the markers that count up from the first: 1, 2, 3, ... (a gap
	// is allowed: elided lists jump from 3 to 17).
	seq := marks[:0] // filtered in place
	for _, m := range marks {
		if len(seq) == 0 || m.n > seq[len(seq)-1].n {
			seq = append(seq, m)
		}
	}
	out = slices.Grow(out, len(seq))
	for i, m := range seq {
		end := len(t)
		if i+1 < len(seq) {
			end = seq[i+1].at
		}
		// The separator before the next marker goes first, so that
		// squeeze has nothing to do in most affiliations.
		a := squeeze(trimAffEnd(t[m.text:end], true))
		a = trimAffEnd(a, false)
		if a != "" {
			out = append(out, numberedAff{m.n, a}) // seq counts up: out stays sorted
		}
	}
	return out
}

func refSplitAuthors(t string, out []refRawAuthor, arena []int) []refRawAuthor {
	t = squeeze(t) // line breaks inside names
	n := 1
	for i := 0; i < len(t); i++ {
		if t[i] == ',' || t[i] == ';' {
			n++
		}
	}
	var pieceBuf [64]string
	pieces := pieceBuf[:0]
	if n > len(pieceBuf) {
		pieces = make([]string, 0, n)
	}
	for rest := t; rest != ""; {
		// the fields between "," and ";", none empty
		i := strings.IndexAny(rest, ",;")
		p := rest
		if i >= 0 {
			p, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if p == "" {
			continue
		}
		// "A. Smith1 and B. Jones2", "and B. Jones", "& B. Jones"
		p = strings.TrimSpace(p)
		for _, sep := range []string{" and ", " & "} {
			for {
				i := strings.Index(p, sep)
				if i < 0 {
					break
				}
				pieces = append(pieces, p[:i])
				p = p[i+len(sep):]
			}
		}
		for _, pre := range []string{"and ", "& "} {
			p = strings.TrimPrefix(p, pre)
		}
		pieces = append(pieces, p)
	}
	// The list's closing full stop is not part of the last name:
	// "Adeyemi TO." is "Adeyemi TO", "Lee C." is "Lee C".
	if n := len(pieces); n > 1 {
		last := strings.TrimSpace(pieces[n-1])
		if body, ok := strings.CutSuffix(last, "."); ok && !strings.HasSuffix(body, ".") {
			f := strings.Fields(body)
			tok := ""
			if len(f) > 0 {
				tok = f[len(f)-1]
			}
			vancouver := len(f) >= 2 && strings.ToUpper(tok) == tok && strings.ToLower(f[0]) != f[0] && strings.ToUpper(f[0]) != f[0]
			if !strings.Contains(tok, ".") && (len([]rune(tok)) >= 2 || vancouver) {
				pieces[n-1] = body
			}
		}
	}
	// "Berg, P. van der1", "Smith, J.": a lone surname, then its
	// initials (and particles), is one author.
	for i := 0; i+1 < len(pieces); i++ {
		a := strings.TrimSpace(pieces[i])
		if strings.IndexFunc(a, func(r rune) bool { return r == ' ' || r >= '0' && r <= '9' }) >= 0 {
			continue
		}
		b := strings.TrimSpace(pieces[i+1])
		f := strings.Fields(b)
		if len(f) == 0 || !strings.Contains(f[0], ".") {
			continue
		}
		// "Smith, J.; Patel, R." and "García, A.1": initials alone after
		// a lone surname.
		initials, _, _ := splitMarks(f[0], nil)
		if !(len(f) == 1 && planner.ReadsAsInitials(initials) || len(f) >= 2 && planner.IsParticle(f[1])) {
			continue
		}
		pieces[i] = a + ", " + b
		pieces = append(pieces[:i+1], pieces[i+2:]...)
	}
	out = slices.Grow(out, len(pieces))
	arena = slices.Grow(arena, 2*len(pieces)) // the authors' marks, one array for the block
	lastFrom, lastTo := 0, -1                 // the last author's marks are arena[lastFrom:lastTo]
	for _, p := range pieces {
		p = strings.TrimSpace(p)
		if p == "" || p == "et al." || p == "et al" {
			continue
		}
		start := len(arena)
		var name string
		var star bool
		name, arena, star = splitMarks(p, arena)
		marks := arena[start:len(arena):len(arena)]
		if len(marks) == 0 {
			marks = nil
		}
		if name == "" {
			// a lone "3" after "Pugh2," belongs to the author before
			if len(out) > 0 {
				if lastTo == start { // they follow its marks in the arena: extended in place
					if lastTo = len(arena); lastTo > lastFrom {
						out[len(out)-1].marks = arena[lastFrom:lastTo:lastTo]
					}
				} else {
					out[len(out)-1].marks = append(out[len(out)-1].marks, marks...)
					lastTo = -1
				}
				out[len(out)-1].presenting = out[len(out)-1].presenting || star
			}
			continue
		}
		if len(out) > 0 && len(out[len(out)-1].marks) == 0 && !strings.Contains(out[len(out)-1].name, ",") && (suffix(name) || credential(name) != "") {
			// "J. Smith, Jr.1" or "J. Smith, MD1"
			out[len(out)-1].name += ", " + name
			out[len(out)-1].marks = marks
			out[len(out)-1].presenting = out[len(out)-1].presenting || star
			lastFrom, lastTo = start, len(arena)
			continue
		}
		out = append(out, refRawAuthor{name: name, marks: marks, presenting: star})
		lastFrom, lastTo = start, len(arena)
	}
	return out
}

func refSplitAuthorBlock(t string) (authors, affs string, numbered bool) {
	for i := 0; i < len(t); i++ {
		if t[i] != ';' && t[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n') {
			j++
		}

		k := j
		for k < len(t) && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k > j && k-j <= 3 {
			m := k
			for m < len(t) && (t[m] == ' ' || t[m] == '.' || t[m] == ')') {
				m++
			}
			if m < len(t) && startsLetter(t[m:]) {
				return t[:i], t[j:], true
			}
		}
		i = j - 1 // separators inside this blank run lead to the same j
	}
	// No numbered list: a last line or ";" part that names an institution.
	if i := strings.LastIndex(t, "\n"); i > 0 && institutional(t[i+1:]) && !hasMarkers(t[:i]) {
		return t[:i], t[i+1:], false
	}
	if i := strings.LastIndex(t, ";"); i > 0 && institutional(t[i+1:]) && !hasMarkers(t[:i]) {
		return t[:i], t[i+1:], false
	}
	return t, "", false
}

// refRawAuthor is rawAuthor before its marks were offsets into the arena.
type refRawAuthor struct {
	name       string
	marks      []int
	presenting bool
}

// asRef is splitAuthors' answer as refSplitAuthors gives it.
func asRef(out []rawAuthor, arena []int) []refRawAuthor {
	var ref []refRawAuthor
	for _, a := range out {
		r := refRawAuthor{name: a.name, presenting: a.presenting}
		if a.to > a.from {
			r.marks = arena[a.from:a.to]
		}
		ref = append(ref, r)
	}
	return ref
}

var blockWords = []string{"T. Iyer", "C. G. Huang", "S. MacLeod", "J.-W. Y. Vargas", "Berg", "P. van der", "Smith", "J.", "Doe A", "Jr.", "MD", "et al.",
	"1", "2", "3", "12", "1,2", "17", "1234", "*", "†", "¹", "²³", "˒", "…", "...", "\u00a0", "–", "—", ",", ", ", ";", "; ", "\n", "\r\n", "\r", " and ", " & ", "and ", "\t",
	"George Washington University, DC", "Department of Radiation Oncology", "MD Anderson Cancer Center, Houston, TX", "Baylor Scott & White Medical Center – Temple, TX",
	"University", "Hospital", "Center", ".", ")", " ", "  ", "a", "Ó", "(", "2)", "3.", "\u2003", "\u3000", "\u1680", "\u0085", "\u205f", "\u2028", "\v", "\f", "\xe2", "\xc2", "\x01", "\x7f", "\x85", "\xe3", "é"}

func randomBlock(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(30); n >= 0; n-- {
		b.WriteString(blockWords[r.IntN(len(blockWords))])
		if r.IntN(3) == 0 {
			b.WriteString(", ")
		}
	}
	return b.String()
}

func checkAuthorBlock(t *testing.T, s string) {
	t.Helper()
	if got, want := spaced(s), squeeze(s) == s; got != want {
		t.Errorf("spaced(%q) = %v, want %v", s, got, want)
	}
	for i := range min(len(s), 12) + 1 {
		if got, want := indexDots(s[i:]), strings.Index(s[i:], "..."); got != want {
			t.Errorf("indexDots(%q) = %d, want %d", s[i:], got, want)
		}
		if got, want := spaced(s[i:]), squeeze(s[i:]) == s[i:]; got != want {
			t.Errorf("spaced(%q) = %v, want %v", s[i:], got, want)
		}
		want := strings.IndexAny(s[i:], "0123456789")
		if want >= 0 {
			want += i
		}
		if got := indexDigit(s, i); got != want {
			t.Errorf("indexDigit(%q, %d) = %d, want %d", s, i, got, want)
		}
		for _, sep := range [...]string{" and ", " & "} {
			if got, want := indexRare(s[i:], sep, strings.IndexAny(sep, "d&")), strings.Index(s[i:], sep); got != want {
				t.Errorf("indexRare(%q, %q) = %d, want %d", s[i:], sep, got, want)
			}
		}
	}
	if got, want := flattenSuperscripts(s), refFlattenSuperscripts(s); got != want {
		t.Errorf("flattenSuperscripts(%q) = %q, want %q", s, got, want)
	}
	if got, want := fmt.Sprintf("%+v", numberedAffiliations(s, nil)), fmt.Sprintf("%+v", refNumberedAffiliations(s, nil)); got != want {
		t.Errorf("numberedAffiliations(%q) = %s, want %s", s, got, want)
	}
	if got, want := fmt.Sprintf("%+v", asRef(splitAuthors(s, nil, nil))), fmt.Sprintf("%+v", refSplitAuthors(s, nil, nil)); got != want {
		t.Errorf("splitAuthors(%q) = %s, want %s", s, got, want)
	}
	{
		ga, gf, gn := splitAuthorBlock(s)
		wa, wf, wn := refSplitAuthorBlock(s)
		if ga != wa || gf != wf || gn != wn {
			t.Errorf("splitAuthorBlock(%q) = %q %q %v, want %q %q %v", s, ga, gf, gn, wa, wf, wn)
		}
	}
	want := fmt.Sprintf("%q", refParseAuthorBlock(s))
	if got := fmt.Sprintf("%q", parseAuthorBlock(s)); got != want {
		t.Errorf("parseAuthorBlock(%q) = %s, want %s", s, got, want)
	}
	// From a shared arena, and unchanged by appends to the block's before.
	in := parseAuthorBlockIn(s, testArena)
	if got := fmt.Sprintf("%q", in); got != want {
		t.Errorf("parseAuthorBlockIn(%q) = %s, want %s", s, got, want)
	}
	next := parseAuthorBlockIn(s, testArena)
	_ = append(in, planner.Person{Name: "X"})
	for i := range in {
		_ = append(in[i].Affiliations, "X")
	}
	if got := fmt.Sprintf("%q", next); got != want {
		t.Errorf("parseAuthorBlockIn(%q) = %s after appends to the lists before it, want %s", s, got, want)
	}
}

var testArena = &personArena{}

func TestAuthorBlockAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 7))
	for range 20000 {
		checkAuthorBlock(t, randomBlock(r))
	}
	for _, s := range []string{"", " ", "1", " 1A", "\t2B, 3C", "A1, B2; 1X, 2Y", "D. W. Bruner1, S. L. Pugh2,3, and B. Movsas17; 1Nell Hodgson Woodruff School, Atlanta, GA, 2NRG Oncology, 17Henry Ford",
		"Smith J¹², Doe A³\n¹Univ A, ²Univ B, ³Univ C", "Berg, P. van der1, Smith, J.2; 1X Univ, 2Y Univ", "A. Lee1... B. Kim2", "Lee C.",
		"......", "a.b..c...d", "1234567...", "12345678...", "123456..", "x .. ...", " and", " an and ", "dd and  & &&  &"} {
		checkAuthorBlock(t, s)
	}
}

func FuzzAuthorBlock(f *testing.F) {
	for _, s := range []string{"D. W. Bruner1, S. L. Pugh2,3, and B. Movsas17; 1Nell Hodgson Woodruff School, 2NRG Oncology", "Smith J¹², Doe A³\n¹Univ A, ²Univ B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAuthorBlock(t, s) })
}

var _ = []any{slices.Grow[[]int], strconv.Itoa, utf8.RuneSelf, planner.RoleAuthor}
