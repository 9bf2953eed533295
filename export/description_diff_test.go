package export

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// oldDescription is description as it was before it cut in one string;
// TestDescriptionDiff and FuzzDescriptionDiff compare the two.
func oldDescription(s string) string {
	n, ok := cleanEscapedLen(s)
	if !ok {
		s = cleanText(s)
		n = escapedLen(s)
	}
	if n <= descriptionLimit {
		return s
	}
	body, last := s, ""
	if i := strings.LastIndex(s, "\n\n"); i >= 0 && escapedLen(s[i:]) <= descriptionLimit/4 {
		body, last = s[:i], s[i:]
	}
	lines := strings.SplitAfter(body, "\n")
	const noteMax = 120
	room := descriptionLimit - noteMax - escapedLen(last)
	var b strings.Builder
	kept := 0
	for _, l := range lines {
		if room -= escapedLen(l); room < 0 {
			break
		}
		b.WriteString(l)
		kept++
	}
	if !strings.HasSuffix(b.String(), "\n") {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "… %d more lines: the day plan (confplan plan --html) lists them all", len(lines)-kept)
	b.WriteString(last)
	return b.String()
}

func descriptionCases() []string {
	line := "• Board 12 #2010 — Circulating Tumor DNA; Dynamics, During \\ Radiotherapy\n"
	return []string{"", "short", strings.Repeat(line, 200), strings.Repeat(line, 200) + "\nWhy (value 30): a; b",
		strings.Repeat(line, 200) + "\n\n", strings.Repeat("x", 9000), strings.Repeat(line, 150) + strings.Repeat("y", 3000),
		strings.Repeat(line, 100) + "\n\nWhy: " + strings.Repeat("z,", 1500), strings.Repeat("a\r\nb\x01\n", 3000), strings.Repeat("\n", 9000)}
}

func TestDescriptionDiff(t *testing.T) {
	for _, s := range descriptionCases() {
		if got, want := description(s), oldDescription(s); got != want {
			t.Errorf("description(%.60q…) = %.200q, want %.200q", s, got, want)
		}
		if got, want := description([]byte(s)), oldDescription(s); got != want {
			t.Errorf("description([]byte(%.60q…)) = %.200q, want %.200q", s, got, want)
		}
	}
}

func FuzzDescriptionDiff(f *testing.F) {
	for _, s := range descriptionCases() {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, k int) {
		s = strings.Repeat(s, 1+(k&0x1f)) // long enough to be cut, often
		want := oldDescription(s)
		if got := description(s); got != want {
			t.Errorf("description(%.60q…) = %.200q, want %.200q", s, got, want)
		}
		if got := description([]byte(s)); got != want {
			t.Errorf("description([]byte(%.60q…)) = %.200q, want %.200q", s, got, want)
		}
	})
}

// oldCleanEscapedLen is cleanEscapedLen (and, in its second result,
// isClean) before their byte table; FuzzCleanScanDiff compares them.
func oldCleanEscapedLen(s string) (int, bool) {
	n := len(s)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 && c != '\n' && c != '\t' || c == 0x7f:
				return 0, false
			case c == '\\' || c == ';' || c == ',' || c == '\n':
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xa0 || planner.IsBidiControl(r) || r == utf8.RuneError && size == 1 {
			return 0, false
		}
		i += size
	}
	return n, true
}

func FuzzCleanScanDiff(f *testing.F) {
	for _, s := range []string{"", "a;b,c\\d\ne\tf", "\r", "\x7f", "\u0085", "\u202e", "\xff", "Zoë 日本", "abcdefgh;ijkl", "abcdefg\x01hijkl", "abcd\u202eefgh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := cleanEscapedLen(s)
		wn, wok := oldCleanEscapedLen(s)
		if n != wn || ok != wok || isClean(s) != wok {
			t.Errorf("%q: cleanEscapedLen = %d, %v, isClean = %v; want %d, %v", s, n, ok, isClean(s), wn, wok)
		}
		if bn, bok := cleanEscapedLen([]byte(s)); bn != wn || bok != wok {
			t.Errorf("%q: cleanEscapedLen of bytes = %d, %v; want %d, %v", s, bn, bok, wn, wok)
		}
	})
}

// oldIsOneSpaced is isOneSpaced before its byte loop.
func oldIsOneSpaced(s string) bool {
	space := true
	for _, r := range s {
		if r == ' ' {
			if space {
				return false
			}
			space = true
			continue
		}
		if r < utf8.RuneSelf && r > ' ' || r >= utf8.RuneSelf && !unicode.IsSpace(r) {
			space = false
			continue
		}
		if unicode.IsSpace(r) {
			return false
		}
		space = false
	}
	return !space || s == ""
}

func FuzzIsOneSpacedDiff(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u0085", "\x00", "\x1f b", "\xff \xfe", "a\u2003",
		"Circulating Tumor DNA Dynamics", "Circulating  Tumor DNA Dynamics", "Circulating Tumor DNA Dynamics ", " Circulating Tumor DNA", "abcdefgh ijklmnop",
		"abcdefg  hijklmnop", "abcdefgh\x7fijklmno", "abcdefgh\tijklmno", "Zoë Fernández and Łukasz Wiśniewski"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := planner.IsOneSpaced(s), oldIsOneSpaced(s); got != want {
			t.Errorf("planner.IsOneSpaced(%q) = %v, want %v", s, got, want)
		}
		if got, want := planner.OneSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("planner.OneSpaced(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestCleanRuneAll holds cleanRune to the decoding it shortcuts (a C1 or
// bidi control, or invalid UTF-8, rejected; else the rune's length) on
// every string of one to three bytes that starts with a byte of another
// character, and on the four-byte runes' edges.
func TestCleanRuneAll(t *testing.T) {
	want := func(s string) int {
		r, size := utf8.DecodeRuneInString(s)
		if r < 0xa0 || planner.IsBidiControl(r) || r == utf8.RuneError && size == 1 {
			return 0
		}
		return size
	}
	check := func(s string) {
		if got, w := cleanRune(s, 0), want(s); got != w {
			t.Fatalf("cleanRune(%q) = %d, want %d", s, got, w)
		}
		if got, w := cleanRune([]byte(s), 0), want(s); got != w {
			t.Fatalf("cleanRune([]byte(%q)) = %d, want %d", s, got, w)
		}
	}
	b := make([]byte, 3)
	for c := 0x80; c < 0x100; c++ {
		b[0] = byte(c)
		check(string(b[:1]))
		for d := 0; d < 0x100; d++ {
			b[1] = byte(d)
			check(string(b[:2]))
			for e := 0; e < 0x100; e++ {
				b[2] = byte(e)
				check(string(b))
			}
		}
	}
	for _, s := range []string{"\U00010000", "\U0010ffff", "\xf0\x90\x80", "\xf4\x90\x80\x80", "𝄞x"} {
		check(s)
	}
}

// TestIsOneSpacedAll holds planner.IsOneSpaced to the old one on every
// string of up to three bytes that starts with a byte of another
// character, alone and between words and spaces.
func TestIsOneSpacedAll(t *testing.T) {
	b := make([]byte, 3)
	check := func(seq []byte) {
		for _, s := range []string{string(seq), "a" + string(seq) + " b", " " + string(seq), "a " + string(seq) + " ", string(seq) + "  b"} {
			if got, want := planner.IsOneSpaced(s), oldIsOneSpaced(s); got != want {
				t.Fatalf("planner.IsOneSpaced(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for c := 0x80; c < 0x100; c++ {
		b[0] = byte(c)
		check(b[:1])
		for d := 0; d < 0x100; d++ {
			b[1] = byte(d)
			check(b[:2])
			for e := 0; e < 0x100; e++ {
				b[2] = byte(e)
				check(b)
			}
		}
	}
}
