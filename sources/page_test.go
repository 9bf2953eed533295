package sources

import (
	"maps"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/confplan/confplan/planner"
)

// The page readers' scanners are checked against the regular expressions
// and library calls they replace.

var presidAttrRef = regexp.MustCompile(`data-presid\s*=\s*["']?([^"'\s>]+)`)

func presidLinesRef(data []byte) map[string]int {
	lines := make(map[string]int)
	line, last := 1, 0
	for _, m := range presidAttrRef.FindAllSubmatchIndex(data, -1) {
		line += strings.Count(string(data[last:m[0]]), "\n")
		last = m[0]
		id := string(data[m[2]:m[3]])
		if _, ok := lines[id]; !ok {
			lines[id] = line
		}
	}
	return lines
}

func FuzzPresidLines(f *testing.F) {
	for _, s := range []string{`<li data-presid="2607001" data-buildcode="M">`, "data-presid = '12'\n<li data-presid=13>",
		`data-presid=""`, `data-presiddata-presid=5`, "data-presid\t=\n\"x y\"", `data-presid=>`, "data-presid=\xff\xfe\n data-presid=a\vb",
		`data-presid='9'data-presid="9"`, `data-presi=1 data-presid`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := presidLines(data), presidLinesRef(data); !maps.Equal(got, want) {
			t.Errorf("presidLines(%q) = %v, want %v", data, got, want)
		}
	})
}

func cutLabelRef(s string, labels ...string) (string, bool) {
	ls := strings.ToLower(s)
	for _, l := range labels {
		if strings.HasPrefix(ls, l) {
			rest := strings.TrimSpace(s[len(l):])
			if strings.HasPrefix(rest, ":") {
				return strings.TrimSpace(rest[1:]), true
			}
		}
	}
	return "", false
}

func FuzzCutLabel(f *testing.F) {
	for _, s := range []string{"Location: Hall A", "ROOM : 12", "Locatİon: x", "trac\u212a: Lung", "Session ID: SS 01", "session idx: 1",
		"In Session: SS 2", "Venue:", "\xffroom: 1", "Track:Breast", "Part of: SS 03 - Breast"} {
		f.Add(s)
	}
	labels := [][]string{{"location", "room", "venue"}, {"session id", "session code", "session number", "code"}, {"track", "topic", "category"},
		{"session", "part of", "in session"}, {"session type", "type", "format"}, {"session id", "session code", "session number", "abstract number"}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ls := range labels {
			gv, gok := cutLabel(s, ls...)
			wv, wok := cutLabelRef(s, ls...)
			if gv != wv || gok != wok {
				t.Errorf("cutLabel(%q, %q) = %q, %v; want %q, %v", s, ls, gv, gok, wv, wok)
			}
		}
	})
}

func FuzzAppendTextLine(f *testing.F) {
	for _, s := range []string{"<table><tr><td> a  b </td><td>c\u00a0\u2003d</td></tr></table>", "<p>x<script> y </script>z</p>", "\xff <b>\u2028</b>q", "",
		"\xe2\x80<b></b>\x83x", "a\xe2<i>\x80</i>\x83b\xe2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(s))
		if err != nil {
			return
		}
		want := "head\n" + oneLine(doc.Text())
		if got := string(appendTextLine([]byte("head\n"), doc.Get(0))); got != want {
			t.Errorf("appendTextLine(%q) = %q, want %q", s, got, want)
		}
	})
}

// flatTextRef is flatTextSkip as it was before it wrote lines in one
// pass: the whole text, then split, collapsed and joined.
func flatTextRef(n *html.Node, mark bool, skip func(*html.Node) bool) string {
	var b strings.Builder
	root := n
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 || skip != nil && n != root && skip(n) {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "img", "svg":
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			b.WriteByte('\n')
		}
		bold := mark && n.Type == html.ElementNode && (n.Data == "b" || n.Data == "strong")
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if bold {
			b.WriteByte('*')
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n, 0)
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.FieldsFunc(l, isSpaceRune), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func FuzzFlatten(f *testing.F) {
	for _, s := range []string{"<div>Raman<sup>1</sup>, <b>Lee</b>2<br>Duke</div>", "\xe2\x80<b></b>\x83x", "<p>a\xe2<i>\x80</i>\x83b</p>",
		"<li class=\"list-row\">x</li><div> y \u2003 z<script>q</script></div>", "\xe2\x80<p>\x83</p>", "<b>\xe2\x80</b>\x83"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(s))
		if err != nil {
			return
		}
		root := doc.Get(0)
		for _, mark := range []bool{false, true} {
			for _, skip := range []func(*html.Node) bool{nil, isListRow} {
				want := flatTextRef(root, mark, skip)
				got, marked := flatten(root, mark, false, skip, 0)
				if got != want {
					t.Errorf("flatten(%q, mark %v) = %q, want %q", s, mark, got, want)
				}
				if !marked && mark && got != flatTextRef(root, false, skip) {
					t.Errorf("flatten(%q) marked nothing but differs from the unmarked text", s)
				}
				if one := oneLine(want); !mark && flatLine(root, skip) != one {
					t.Errorf("flatLine(%q) = %q, want %q", s, flatLine(root, skip), one)
				}
				for _, limit := range []int{1, 5, 16} {
					if p, _ := flatten(root, mark, true, skip, limit); !strings.HasPrefix(oneLine(want), p) {
						t.Errorf("flatten(%q, limit %d) = %q, not a start of %q", s, limit, p, oneLine(want))
					}
				}
			}
		}
	})
}

var trOpenRef = regexp.MustCompile(`(?i)<tr[\s>/]`)

func FuzzTrOpens(f *testing.F) {
	for _, s := range []string{"<table><tr><td>1</td></tr><TR class=x><tr/>", "<tr<tr>", "<track><tr\n>", "<t", "<tr", "<!-- <tr> --><tR\f>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var want []int
		for _, m := range trOpenRef.FindAllIndex(data, -1) {
			want = append(want, m[0])
		}
		if got := trOpens(data); !slices.Equal(got, want) {
			t.Errorf("trOpens(%q) = %v, want %v", data, got, want)
		}
	})
}

var abstractPrefixRef = regexp.MustCompile(`^((?:[A-Z]{1,4}[ -]?)?\d{1,6}[A-Za-z]?)\s*[-–—:.]\s+(\S.*)$`)

func splitAbstractNumberRef(title string) (num, rest string) {
	m := abstractPrefixRef.FindStringSubmatch(title)
	if m == nil {
		return "", title
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
}

func FuzzSplitAbstractNumber(f *testing.F) {
	for _, s := range []string{"1001 - Title", "LBA 03 – Title", "SS-01 — Breast 3", "PQA 01 - x", "ABCDE1 - x", "1234567 - x", "12a: y",
		"12 .\tz ", "12 -x", "12 - \nx", "12 -\nx\ny", "AB -5 - x", "1001 – \u00a0T", "1 - \xff", "A1B - c", "E 12 –  T  ", "12–x", "12 —"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gn, gr := splitAbstractNumber(s)
		wn, wr := splitAbstractNumberRef(s)
		if gn != wn || gr != wr {
			t.Errorf("splitAbstractNumber(%q) = %q, %q; want %q, %q", s, gn, gr, wn, wr)
		}
	})
}

// The author-merging helpers as they were, lowering and splitting with
// copies.

func nameSurnameInitialRef(name string) (string, rune) {
	name = strings.Trim(oneLine(strings.ReplaceAll(name, "*", "")), " ,")
	if i := strings.Index(name, ","); i > 0 {
		last, first := strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+1:])
		return last, firstRuneRef(first)
	}
	f := strings.Fields(name)
	if len(f) == 0 {
		return "", 0
	}
	last := f[len(f)-1]
	if len(f) > 1 && isInitialsRef(last) && !isInitialsRef(f[0]) {
		return f[0], firstRuneRef(last)
	}
	return last, firstRuneRef(f[0])
}

func isInitialsRef(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if s == "" || len([]rune(s)) > 3 {
		return false
	}
	return strings.ToUpper(s) == s
}

func firstRuneRef(s string) rune {
	for _, r := range strings.ToUpper(s) {
		return r
	}
	return 0
}

func containsAffiliationRef(list []string, af string) bool {
	for _, l := range list {
		a, b := strings.ToLower(l), strings.ToLower(af)
		if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
			return true
		}
	}
	return false
}

func FuzzAuthorMerge(f *testing.F) {
	for _, s := range []string{"Priya Raman, MD", "P Raman1", "Raman P", "P. A. Raman*", "raman, priya", "ÅSA Öberg", "Ö.B.", "x\u2004y z",
		"\xc3.\xa9", "Duke University", "DUKE UNIVERSITY, Durham", "İstanbul Üniversitesi", "ıstanbul", "\xffab", "\ufffdab", "Ⱥb", "ⱥB"} {
		f.Add(s, "Duke Univ")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, s := range []string{a, b} {
			gs, gi := nameSurnameInitial(s)
			ws, wi := nameSurnameInitialRef(s)
			if gs != ws || gi != wi {
				t.Errorf("nameSurnameInitial(%q) = %q, %q; want %q, %q", s, gs, gi, ws, wi)
			}
			if isInitials(s) != isInitialsRef(s) || firstRune(s) != firstRuneRef(s) {
				t.Errorf("isInitials/firstRune(%q) = %v, %q; want %v, %q", s, isInitials(s), firstRune(s), isInitialsRef(s), firstRuneRef(s))
			}
		}
		if got, want := containsAffiliation([]string{a}, b), containsAffiliationRef([]string{a}, b); got != want {
			t.Errorf("containsAffiliation(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

// lineWriterRef is what a lineWriter writes for pieces: their text
// joined, then each line's white space collapsed and empty lines
// dropped, or, with one, all of it on one line.
func lineWriterRef(pieces []string, one bool) string {
	all := strings.Join(pieces, "")
	if one {
		return oneLine(all)
	}
	var out []string
	for _, l := range strings.Split(all, "\n") {
		if l = strings.Join(strings.FieldsFunc(l, isSpaceRune), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func FuzzLineWriter(f *testing.F) {
	for _, s := range []string{"xabcdefg \u00a0y", "xabcdefg \ty", "xabcdefg  y", "xabcdefg ", "xabc efg hij klm nop\u2003q", "a b c d e f g h i j k",
		"xabcdefg é", "x\u00a0abcdefgh ijklmnop qrstuvw\n xyz", "ab|cd ef|gh", "\xe2|\x80\x83x", "abcdefgh|ijklmnop \x7f\x01qrstu  vw"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pieces := strings.Split(s, "|")
		for _, one := range []bool{false, true} {
			w := lineWriter{one: one}
			for _, p := range pieces {
				w.text(p)
			}
			w.flush()
			if got, want := string(w.buf), lineWriterRef(pieces, one); got != want {
				t.Errorf("lineWriter(%q, one %v) = %q, want %q", pieces, one, got, want)
			}
		}
	})
}

// appendMergedRef is appendMerged as it was, asking sameAuthor of every
// pair.
func appendMergedRef(out, presenters, authors []planner.Person) []planner.Person {
	out = slices.Grow(out, len(presenters)+len(authors))
	used := make([]bool, len(authors))
	for _, p := range presenters {
		for i, a := range authors {
			if used[i] || !sameAuthorRef(p.Name, a.Name) {
				continue
			}
			used[i] = true
			for _, af := range a.Affiliations {
				if !containsAffiliationRef(p.Affiliations, af) {
					p.Affiliations = append(p.Affiliations, af)
				}
			}
			break
		}
		if p.Affiliations == nil {
			p.Affiliations = []string{}
		}
		out = append(out, p)
	}
	for i, a := range authors {
		if !used[i] {
			out = append(out, a)
		}
	}
	return out
}

func sameAuthorRef(full, short string) bool {
	fs, fi := nameSurnameInitialRef(full)
	ss, si := nameSurnameInitialRef(short)
	return fs != "" && strings.EqualFold(fs, ss) && (fi == 0 || si == 0 || fi == si)
}

// TestMergePresenters: appendMerged and mergedOver (which writes over
// the authors) merge random presenters into random author lists as the
// old pairwise merge did.
func TestMergePresenters(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	names := []string{"Priya Raman, MD", "P Raman", "Raman P", "P. A. Raman*", "Q Raman", "Lee, Ann", "A Lee", "Ann Lee", "", "Öberg Å", "Å Öberg", "J Smith"}
	affs := []string{"Duke University", "duke university, Durham", "Mayo Clinic", "", "MAYO"}
	person := func() planner.Person {
		p := planner.Person{Name: names[rng.IntN(len(names))]}
		for range rng.IntN(3) {
			p.Affiliations = append(p.Affiliations, affs[rng.IntN(len(affs))])
		}
		return p
	}
	list := func(n int) []planner.Person {
		var ps []planner.Person
		for range n {
			ps = append(ps, person())
		}
		return ps
	}
	clone := func(ps []planner.Person) []planner.Person {
		out := slices.Clone(ps)
		for i := range out {
			out[i].Affiliations = slices.Clip(slices.Clone(out[i].Affiliations))
		}
		return out
	}
	for range 5000 {
		pres, auth, out := list(rng.IntN(3)), list(rng.IntN(40)), list(rng.IntN(2))
		want := appendMergedRef(clone(out), clone(pres), clone(auth))
		if got := appendMerged(clone(out), clone(pres), clone(auth)); !reflect.DeepEqual(got, want) {
			t.Fatalf("appendMerged(%v, %v, %v) = %v, want %v", out, pres, auth, got, want)
		}
		want = appendMergedRef(nil, clone(pres), clone(auth))
		if got := mergedOver(clone(pres), clone(auth)); !reflect.DeepEqual(got, want) {
			t.Fatalf("mergedOver(%v, %v) = %v, want %v", pres, auth, got, want)
		}
	}
}

// hasAnyRef is hasAny as it was: each phrase looked for in the whole text.
func hasAnyRef(w string, phrases []string) bool {
	for _, p := range phrases {
		for i := 0; ; {
			j := strings.Index(w[i:], p)
			if j < 0 {
				break
			}
			j += i
			if j > 0 && w[j-1] == ' ' && j+len(p) < len(w) && w[j+len(p)] == ' ' {
				return true
			}
			i = j + 1
		}
	}
	return false
}

func FuzzHasAny(f *testing.F) {
	for _, s := range []string{" arro reception ", " poster q&a session ", " e-poster ", "  ", " meet the program directors ", "arro ", " residents", " x  y "} {
		f.Add(s, "x y")
	}
	f.Fuzz(func(t *testing.T, w, extra string) {
		if extra == "" {
			extra = "x" // phrases are never empty
		}
		for _, ps := range [][]string{posterWords, eventWords, receptionWords, receptionTitleWords, {extra}, {" arro", extra, "y "}} {
			if got, want := hasAny(w, ps), hasAnyRef(w, ps); got != want {
				t.Errorf("hasAny(%q, %q) = %v, want %v", w, ps, got, want)
			}
		}
	})
}
