package export

import (
	"strings"
	"testing"

	"github.com/confplan/confplan/planner"
)

// oldMdEscape is mdEscape as it was before it copied runs of plain bytes
// whole; TestMdEscapeDiff and FuzzMdEscapeDiff compare the two.
func oldMdEscape(s string, escapeAt bool) string {
	s = mdLine(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	alnum := func(i int) bool { return i >= 0 && i < len(s) && isSchemeByte(s[i]) }
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~':
			b.WriteByte('\\')
		case ':':
			if strings.HasPrefix(s[i:], "://") || linkScheme(s[:i]) {
				b.WriteByte('\\')
			}
		case '.':
			if i >= 3 && strings.EqualFold(s[i-3:i], "www") {
				b.WriteByte('\\')
			}
		case '@':
			if escapeAt && alnum(i-1) && alnum(i+1) {
				b.WriteByte('\\')
			}
		case '#', '+', '-', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		}
		if i == 0 && c >= '0' && c <= '9' {
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j < len(s) && (s[j] == '.' || s[j] == ')') {
				b.WriteString(s[i:j])
				b.WriteByte('\\')
				i = j - 1
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

var mdCases = []string{"", "plain text", "07:50 (Room 3014)", "1. one", "12) twelve", "1.", "123", "# h", "+1", "-", "=x", "a#b",
	"see https://evil.example and www.evil.example or mail evil@evil.example", "mailto:x@y", "JavaScript:alert(1)", "WWW.x", "ww.x",
	"`code` *bold* _it_ ~~gone~~ | a | b | &lt;b&gt;", "[x](javascript:alert(1)) ![y](z)", "a\\b", "@a", "a@", "a@b", "é@b", "1.2.3", "0:00",
	"2. https://x.example", "Zoë Fernández\n  two  lines"}

func TestMdEscapeDiff(t *testing.T) {
	for _, s := range mdCases {
		for _, at := range []bool{true, false} {
			if got, want := mdEscape(s, at), oldMdEscape(s, at); got != want {
				t.Errorf("mdEscape(%q, %v) = %q, want %q", s, at, got, want)
			}
		}
	}
}

func FuzzMdEscapeDiff(f *testing.F) {
	for _, s := range mdCases {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, at bool) {
		if got, want := mdEscape(s, at), oldMdEscape(s, at); got != want {
			t.Errorf("mdEscape(%q, %v) = %q, want %q", s, at, got, want)
		}
	})
}

// oldMdURL is mdURL before it looked at eight bytes at a time;
// FuzzMdURLDiff compares the two.
func oldMdURL(u string) string {
	for i := 0; i < len(u); i++ {
		if c := u[i]; c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '\\' {
			return urlEscapes.Replace(planner.CleanText(u))
		}
	}
	return u
}

func FuzzMdURLDiff(f *testing.F) {
	for _, s := range []string{"", "mailto:a@b.example?subject=Hi%20there&body=Dear%0D%0A", "mailto:a@b?subject=x y", "mailto:<a>", "abcdefgh\\ijk", "abcdefghijklmnop\x7f", "Zoë"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for k := 0; k <= len(s) && k < 9; k++ {
			if got, want := mdURL(s[k:]), oldMdURL(s[k:]); got != want {
				t.Fatalf("mdURL(%q) = %q, want %q", s[k:], got, want)
			}
		}
	})
}
