package sources

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// Author blocks as ASTRO abstracts publish them:
//
//	D. W. Bruner1, S. L. Pugh2,3, W. R. Lee3, … and B. Movsas17; 1Nell Hodgson
//	Woodruff School of Nursing, Winship Cancer Institute at Emory University,
//	Atlanta, GA, 2NRG Oncology, ...
//
// The author list ends at the first ";" or line break that is followed by
// the affiliation marker 1 (or the lowest marker any author uses). The
// affiliation list is split on its number markers, each expected in
// sequence and preceded by the start, a comma, a semicolon or a line
// break, so that commas, street numbers and postal codes inside an
// affiliation do not split it. Authors are split on "," ";" and "and";
// digits glued to a surname are its markers ("Pugh2,3" → 2 and 3), a
// lone run of digits after a comma belongs to the author before it, and
// "*" marks the presenting author.

// superscripts are the characters an author block is flattened from:
// superscript digits and commas, no-break spaces, ellipses ("..." too)
// and CR line ends.
var superscripts = map[rune]string{
	'⁰': "0", '¹': "1", '²': "2", '³': "3", '⁴': "4", '⁵': "5", '⁶': "6", '⁷': "7", '⁸': "8", '⁹': "9",
	'˒': ",", '⸴': ",", '\u00a0': " ", '…': " ",
}

// flattenSuperscripts replaces superscripts in s, left to right ("\r\n"
// and "\r" are "\n", "..." is " "), returning s itself when there is
// none, as in most author blocks.
func flattenSuperscripts(s string) string {
	// The next '\r', 0xc2, 0xcb, 0xe2 (the first bytes of the runes in
	// superscripts) and "..." at or after i: -1 when none is left, -2
	// before the first search. Each is searched for again only once
	// passed, so a block is not read byte by byte.
	at := [5]int{-2, -2, -2, -2, -2}
	var b []byte
	last := 0
	for i := 0; ; {
		c := -1
		for k := range at {
			if at[k] == -2 || at[k] >= 0 && at[k] < i {
				var x int
				if k == 4 {
					x = indexDots(s[i:])
				} else {
					x = strings.IndexByte(s[i:], flattenStarts[k])
				}
				if x >= 0 {
					x += i
				}
				at[k] = x
			}
			if at[k] >= 0 && (c < 0 || at[k] < c) {
				c = at[k]
			}
		}
		if c < 0 {
			break
		}
		i = c
		rep, n := "", 0
		switch s[i] {
		case '\r':
			rep, n = "\n", 1
			if i+1 < len(s) && s[i+1] == '\n' {
				n = 2
			}
		case '.':
			rep, n = " ", 3 // at[4]: "..."
		default:
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
		return s // the usual block: nothing to replace
	}
	return string(append(b, s[last:]...))
}

var flattenStarts = [4]byte{'\r', 0xc2, 0xcb, 0xe2}

// indexDots is strings.Index(s, "..."), eight bytes at a time: an author
// list's initials put a "." every few bytes, which strings.Index then
// compares at every position. The windows start six bytes apart, so a
// run of three lies wholly inside one.
func indexDots(s string) int {
	const dots = 0x2e2e2e2e2e2e2e2e
	i := 0
	for ; i+8 <= len(s); i += 6 {
		y := binary.LittleEndian.Uint64([]byte(s[i:i+8])) ^ dots
		d := ^((y&loBits + loBits) | y | loBits) // 0x80 at each ".", exactly
		if run := d & (d >> 8) & (d >> 16); run != 0 {
			return i + bits.TrailingZeros64(run)/8
		}
	}
	for ; i+3 <= len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' && s[i+2] == '.' {
			return i
		}
	}
	return -1
}

// indexRare is strings.Index(s, sep), searching for sep's byte at k,
// which is rare in s, rather than its first ("d" in " and ", not " ").
func indexRare(s, sep string, k int) int {
	for i := k; i < len(s); {
		j := strings.IndexByte(s[i:], sep[k])
		if j < 0 {
			return -1
		}
		i += j
		if start := i - k; start+len(sep) <= len(s) && s[start:start+len(sep)] == sep {
			return start
		}
		i++
	}
	return -1
}

// parseAuthorBlock reads an abstract's author block as published:
// "D. W. Bruner1, S. L. Pugh2,3, and B. Movsas17; 1Nell Hodgson ..., 2NRG Oncology"
// (superscripts already flattened to digits or Unicode superscripts),
// resolving each author's affiliation numbers. A presenting author marked
// with "*" gets RolePresentingAuthor; everyone else RoleAuthor.
func parseAuthorBlock(s string) []planner.Person { return parseAuthorBlockIn(s, nil) }

// parseAuthorBlockIn is parseAuthorBlock taking its people and their
// affiliation lists from arena (nil: from their own arrays).
func parseAuthorBlockIn(s string, arena *personArena) []planner.Person {
	t := s
	if len(t) > maxPeopleText {
		t = truncate(t, maxPeopleText)
	}
	t = flattenSuperscripts(t)
	authorText, affText, numbered := splitAuthorBlock(t)
	var authorBuf [32]rawAuthor // the usual block's authors and their marks: on the stack
	var markBuf [64]int
	authors, marks := splitAuthors(authorText, authorBuf[:0], markBuf[:0])
	if len(authors) > maxPeople {
		authors = authors[:maxPeople]
	}
	var affs affList
	var plain []string
	if numbered {
		var affBuf [16]numberedAff // the usual block's affiliations: on the stack
		affs = numberedAffiliations(affText, affBuf[:0])
	} else if strings.TrimSpace(affText) != "" {
		for _, a := range strings.Split(affText, "\n") {
			if a = strings.Trim(strings.TrimSpace(a), ",;."); a != "" {
				plain = append(plain, a)
			}
		}
	}
	anyMarks := false
	for _, a := range authors {
		anyMarks = anyMarks || a.to > a.from
	}
	out := arena.persons(len(authors))
	// The authors' affiliations, one array for the block: each author's
	// is a slice of it whose capacity ends at its length, so that an
	// append to one never writes into the next.
	nmarks := 0
	for _, a := range authors {
		nmarks += a.to - a.from
	}
	list := arena.strings(nmarks + 1)
	for _, a := range authors {
		start := len(list)
		p := planner.Person{Name: a.name, Role: planner.RoleAuthor}
		if a.presenting {
			p.Role = planner.RolePresentingAuthor
		}
		if strings.IndexByte(a.name, ',') >= 0 { // most names have no ", " to cut at
			if head, tail, ok := strings.Cut(a.name, ", "); ok {
				if creds, ok := splitCredentials(strings.ReplaceAll(tail, ", ", ",")); ok {
					p.Name, p.Credentials = head, creds
				}
			}
		}
		for _, n := range marks[a.from:a.to] {
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
				if aff, ok := affs.get(n); ok && !contains(list[start:], aff) {
					list = append(list, arena.affiliation(aff))
				}
			}
		}
		if a.to == a.from && len(plain) == 1 {
			list = append(list, arena.affiliation(plain[0]))
		}
		if a.to == a.from && !anyMarks && len(affs) == 1 {
			// One numbered affiliation and no author marked: theirs.
			list = append(list, arena.affiliation(affs[0].text))
		}
		p.Affiliations = list[start:len(list):len(list)]
		out = append(out, p)
	}
	return out
}

// personArena hands out the person lists and affiliation lists of one
// table's author blocks from a few large arrays rather than two
// allocations a block. Each list's capacity ends at the length asked
// for, so that an append to one never writes into the next. A nil arena
// allocates each list on its own.
type personArena struct {
	people []planner.Person
	strs   []string
	// affs holds each distinct affiliation once: co-authors and
	// abstracts print the same ones again and again, and the matcher
	// reads each one printed (a repeat it compares by pointer, not by
	// its bytes). shared, when set, holds them once for the other
	// files of the meeting too.
	affs   map[string]string
	shared *sharedTexts
}

// affiliation is aff as the meeting first printed it: the table's copy,
// else the other files' (shared).
func (a *personArena) affiliation(aff string) string {
	if a == nil {
		return aff
	}
	if s, ok := a.affs[aff]; ok {
		return s
	}
	if a.affs == nil {
		a.affs = make(map[string]string)
	}
	aff = a.shared.intern(aff)
	a.affs[aff] = aff
	return aff
}

// sharedTexts holds one copy of each text for the files ReadMeeting
// reads side by side. Each table asks it only for a text new to the
// table: a few thousand times a meeting, not once a person printed.
type sharedTexts struct {
	mu sync.Mutex
	m  map[string]string
}

// intern is s, or the copy of it t already holds (a nil t: s).
func (t *sharedTexts) intern(s string) string {
	if t == nil {
		return s
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if c, ok := t.m[s]; ok {
		return c
	}
	if t.m == nil {
		t.m = make(map[string]string)
	}
	t.m[s] = s
	return s
}

// persons is an empty list with room for n people.
func (a *personArena) persons(n int) []planner.Person {
	if a == nil {
		return make([]planner.Person, 0, n)
	}
	if n > cap(a.people)-len(a.people) {
		a.people = make([]planner.Person, 0, max(n, 512))
	}
	k := len(a.people)
	a.people = a.people[:k+n]
	return a.people[k : k : k+n]
}

// strings is an empty list with room for n strings.
func (a *personArena) strings(n int) []string {
	if a == nil {
		return make([]string, 0, n)
	}
	if n > cap(a.strs)-len(a.strs) {
		// Blocks double from 64 to 1024, so that a table with a few
		// lists (a vocab's credentials) does not hold a large one.
		a.strs = make([]string, 0, max(n, min(2*cap(a.strs), 1024), 64))
	}
	k := len(a.strs)
	a.strs = a.strs[:k+n]
	return a.strs[k : k : k+n]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// splitAuthorBlock finds where the affiliation list starts: after a ";"
// or line break followed by a marker digit and a letter. Without one, a
// line break or ";" followed by an institution-looking text starts an
// unnumbered affiliation.
func splitAuthorBlock(t string) (authors, affs string, numbered bool) {
	semi, nl := indexFrom(t, 0, ';'), indexFrom(t, 0, '\n') // the next of each, -1: none left
	for i := 0; i < len(t); i++ {
		if semi >= 0 && semi < i {
			semi = indexFrom(t, i, ';')
		}
		if nl >= 0 && nl < i {
			nl = indexFrom(t, i, '\n')
		}
		switch {
		case semi < 0 && nl < 0:
			i = len(t)
			continue
		case semi < 0 || nl >= 0 && nl < semi:
			i = nl
		default:
			i = semi
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

func hasMarkers(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' && unicode.IsLetter(rune(s[i-1])) {
			return true
		}
	}
	return false
}

func startsLetter(s string) bool {
	r, _ := utf8First(s)
	return unicode.IsLetter(r)
}

// affList is a block's numbered affiliations, by ascending number.
type affList []numberedAff

type numberedAff struct {
	n    int
	text string
}

// get returns affiliation n.
func (l affList) get(n int) (string, bool) {
	if n >= 1 && n <= len(l) && l[n-1].n == n {
		return l[n-1].text, true // numbered 1, 2, 3, … as most lists are
	}
	i := sort.Search(len(l), func(i int) bool { return l[i].n >= n })
	if i < len(l) && l[i].n == n {
		return l[i].text, true
	}
	return "", false
}

// numberedAffiliations splits "1Univ A, City, ST, 2Univ B" on its
// markers, appending them to out. A marker is a run of up to three
// digits at the start or after a ",", ";" or line break (spaces
// allowed), followed by a letter: the text is searched for its runs of
// digits (indexDigit), which are few, and each is asked what comes
// before it, not read separator by separator.
func numberedAffiliations(t string, out affList) affList {
	type mark struct{ n, at, text int }
	var buf [64]mark // most blocks: no allocation
	marks := buf[:0]
	for i := indexDigit(t, 0); i >= 0; {
		j := i // a run starts at i: the search starts after a run or at 0
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		b := i - 1
		for b >= 0 && (t[b] == ' ' || t[b] == '\t') {
			b--
		}
		if b < 0 || t[b] == ',' || t[b] == ';' || t[b] == '\n' {
			m := j
			for m < len(t) && (t[m] == ' ' || t[m] == '.' || t[m] == ')') {
				m++
			}
			if j-i <= 3 && m < len(t) && startsLetter(t[m:]) {
				n, _ := strconv.Atoi(t[i:j])
				marks = append(marks, mark{n, i, m})
			}
		}
		i = indexDigit(t, j)
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
	// Spaced as squeeze leaves it (single spaces, no other white space),
	// as most lists are: each affiliation is too, squeezed or not.
	clean := spaced(t)
	for i, m := range seq {
		end := len(t)
		if i+1 < len(seq) {
			end = seq[i+1].at
		}
		// The separator before the next marker goes first, so that
		// squeeze has nothing to do in most affiliations.
		a := trimAffEnd(t[m.text:end], true)
		if clean {
			a = strings.Trim(a, " ") // what squeeze makes of it
		} else {
			a = squeeze(a)
		}
		a = trimAffEnd(a, false)
		if a != "" {
			out = append(out, numberedAff{m.n, a}) // seq counts up: out stays sorted
		}
	}
	return out
}

// spaced reports whether squeeze(s) == s: its words are apart by single
// spaces and nothing else, as most author blocks are. Eight bytes at a
// time while they are printable ASCII (single spaces found as
// collapseSpace finds them), a chunk with other bytes byte by byte, and
// then eight at a time again; outside ASCII only the runes a white-space
// rune can start with (first bytes C2, E1, E2, E3) are decoded.
func spaced(s string) bool {
	if s == "" {
		return true
	}
	prev := true // the last byte was a space (or the start)
	for i := 0; i < len(s); {
		if i+16 <= len(s) {
			// Sixteen at once when both words are printable ASCII (a
			// word with no high bit whose bytes are none below a space):
			// the same test as the eight below, and a space that ends
			// the first word and one that starts the second are a pair.
			x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
			z := binary.LittleEndian.Uint64([]byte(s[i+8 : i+16]))
			if (x|(x-spaces)|z|(z-spaces))&hiBits == 0 {
				sx, sz := spaceBytes(x), spaceBytes(z)
				if sx&(sx<<8) != 0 || sz&(sz<<8|sx>>56) != 0 || prev && sx&0x80 != 0 {
					return false
				}
				prev = sz>>63 != 0
				i += 16
				continue
			}
		}
		if i+8 <= len(s) {
			x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
			if x&hiBits == 0 && (x-spaces)&^x&hiBits == 0 { // printable ASCII
				sp := spaceBytes(x)
				if sp&(sp<<8) != 0 || prev && sp&0x80 != 0 {
					return false // two spaces in a row, or a space first
				}
				prev = sp>>63 != 0
				i += 8
				continue
			}
		}
		for end := min(i+8, len(s)); i < end; {
			switch c := s[i]; {
			case c == ' ':
				if prev {
					return false
				}
				prev = true
				i++
			case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
				return false
			case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3:
				r, n := utf8.DecodeRuneInString(s[i:])
				if unicode.IsSpace(r) {
					return false
				}
				prev = false
				i += n
			default:
				prev = false
				i++
			}
		}
	}
	return !prev
}

// spaceBytes has 0x80 at each byte of x that is a space, exactly, and
// nothing else.
func spaceBytes(x uint64) uint64 {
	y := x ^ spaces // zero bytes where x has a space
	return ^((y&loBits + loBits) | y | loBits)
}

// indexDigit is the index of the first ASCII digit of t at or after i,
// or -1: eight bytes at a time, as an affiliation list has few.
func indexDigit(t string, i int) int {
	for ; i+8 <= len(t); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(t[i : i+8]))
		// 0x80 at each byte in '0'..'9': from 0x30, below 0x3a, not
		// above 0x7f (the sums of the low seven bits carry into no
		// other byte).
		y := x & loBits
		d := (y + 0x5050505050505050) &^ (y + 0x4646464646464646) &^ x & hiBits
		if d != 0 {
			return i + bits.TrailingZeros64(d)/8
		}
	}
	for ; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			return i
		}
	}
	return -1
}

// indexFrom is the index of the first c in t at or after i, or -1.
func indexFrom(t string, i int, c byte) int {
	if k := strings.IndexByte(t[i:], c); k >= 0 {
		return i + k
	}
	return -1
}

// trimAffEnd is strings.TrimRight(s, ",;. \t\n") (with breaks) or
// strings.TrimRight(s, ",;. ") without building a cutset each call.
func trimAffEnd(s string, breaks bool) string {
	end := len(s)
	for end > 0 {
		switch s[end-1] {
		case ',', ';', '.', ' ':
		case '\t', '\n':
			if !breaks {
				return s[:end]
			}
		default:
			return s[:end]
		}
		end--
	}
	return s[:end]
}

type rawAuthor struct {
	name       string
	from, to   int // the author's marks: arena[from:to] of splitAuthors
	presenting bool
}

// splitAuthors splits the author list into names with their markers,
// appending them to out and their marks to arena, which it returns.
// The marks are offsets into the arena, not slices of it, so that a
// caller's array can hold them.
func splitAuthors(t string, out []rawAuthor, arena []int) ([]rawAuthor, []int) {
	if !spaced(t) {
		t = squeeze(t) // line breaks inside names
	}
	// Presenting marks anywhere? Pieces are tested for them only then.
	marked := strings.IndexByte(t, '*') >= 0 || strings.Contains(t, "†")
	n := 1 + strings.Count(t, ",") + strings.Count(t, ";")
	var pieceBuf [32]string
	pieces := pieceBuf[:0]
	if n > len(pieceBuf) {
		pieces = make([]string, 0, n)
	}
	semi := strings.IndexByte(t, ';') // the next ";" at or after pos, -1: none left
	// The next " and " and " & " at or after a piece's start, -1: none
	// left; a piece is searched for them only when one starts inside it
	// (neither holds a "," or ";", so none spans two pieces).
	and, amp := indexRare(t, " and ", 3), indexRare(t, " & ", 1)
	for pos := 0; pos < len(t); {
		// the fields between "," and ";", none empty
		rest := t[pos:]
		if semi >= 0 && semi < pos {
			if semi = strings.IndexByte(rest, ';'); semi >= 0 {
				semi += pos
			}
		}
		i := strings.IndexByte(rest, ',')
		if semi >= 0 && (i < 0 || semi-pos < i) {
			i = semi - pos
		}
		from := pos
		if and >= 0 && and < from {
			if and = indexRare(rest, " and ", 3); and >= 0 {
				and += from
			}
		}
		if amp >= 0 && amp < from {
			if amp = indexRare(rest, " & ", 1); amp >= 0 {
				amp += from
			}
		}
		p := rest
		if i >= 0 {
			p = rest[:i]
			pos += i + 1
		} else {
			pos = len(t)
		}
		if p == "" {
			continue
		}
		end := from + len(p) // the piece is t[from:end]
		// "A. Smith1 and B. Jones2", "and B. Jones", "& B. Jones"
		p = strings.TrimSpace(p)
		for k, sep := range [...]string{" and ", " & "} {
			if at := [...]int{and, amp}[k]; at < 0 || at >= end {
				continue // none in this piece
			}
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
		name, arena, star = splitMarksIn(p, arena, marked)
		if name == "" {
			// a lone "3" after "Pugh2," belongs to the author before
			if len(out) > 0 {
				a := &out[len(out)-1]
				if lastTo == start { // they follow its marks in the arena: extended in place
					if lastTo = len(arena); lastTo > lastFrom {
						a.from, a.to = lastFrom, lastTo
					}
				} else {
					if len(arena) > start {
						// its marks, then these, copied to the arena's end
						n := len(arena)
						arena = append(arena, arena[a.from:a.to]...)
						arena = append(arena, arena[start:n]...)
						a.from, a.to = n, len(arena)
					}
					lastTo = -1
				}
				out[len(out)-1].presenting = out[len(out)-1].presenting || star
			}
			continue
		}
		if len(out) > 0 && out[len(out)-1].to == out[len(out)-1].from && !strings.Contains(out[len(out)-1].name, ",") && (suffix(name) || credential(name) != "") {
			// "J. Smith, Jr.1" or "J. Smith, MD1"
			out[len(out)-1].name += ", " + name
			out[len(out)-1].from, out[len(out)-1].to = start, len(arena)
			out[len(out)-1].presenting = out[len(out)-1].presenting || star
			lastFrom, lastTo = start, len(arena)
			continue
		}
		out = append(out, rawAuthor{name: name, from: start, to: len(arena), presenting: star})
		lastFrom, lastTo = start, len(arena)
	}
	return out, arena
}

var presentingMarks = strings.NewReplacer("*", "", "†", "", "‡", "", "§", "")

// splitMarks removes the presenting marker "*" and the trailing
// affiliation digits from one author, appending the digits to marks.
func splitMarks(p string, marks []int) (name string, _ []int, star bool) {
	return splitMarksIn(p, marks, true)
}

// splitMarksIn is splitMarks; marked false says p holds no "*" or "†"
// (its block has none), which are then not looked for.
func splitMarksIn(p string, marks []int, marked bool) (name string, _ []int, star bool) {
	if star = marked && strings.IndexByte(p, '*') >= 0; star || marked && strings.Contains(p, "†") {
		p = presentingMarks.Replace(p)
	}
	p = strings.TrimSpace(p)
	end := len(p)
	for end > 0 && (p[end-1] >= '0' && p[end-1] <= '9' || p[end-1] == ' ') {
		end--
	}
	// The runs of digits after the name, up to three digits each.
	for i := end; i < len(p); {
		j := i
		for j < len(p) && p[j] != ' ' {
			j++
		}
		if j > i && j-i <= 3 {
			n, _ := strconv.Atoi(p[i:j])
			marks = append(marks, n)
		}
		for j < len(p) && p[j] == ' ' {
			j++
		}
		i = j
	}
	name = strings.TrimSpace(p[:end])
	return name, marks, star
}
