package sources

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzCollapseSpace checks that the one-pass collapse is exactly
// strings.Join(strings.FieldsFunc(s, space), " ") for both notions of
// space it is used with, invalid UTF-8 included.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a", "a ", "a  b", "a\tb", "a\u00a0b", "Smith, John A., MD",
		"\n Jane\r\n Roe \u3000", "a\xffb  c", "\u2002x\u200b y", "x\u0085", "  \t  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tc := range []struct {
			name  string
			space func(rune) bool
		}{{"isSpaceRune", isSpaceRune}, {"unicode.IsSpace", unicode.IsSpace}} {
			want := strings.Join(strings.FieldsFunc(s, tc.space), " ")
			if got := collapseSpace(s, tc.space); got != want {
				t.Errorf("collapseSpace(%q, %s) = %q, want %q", s, tc.name, got, want)
			}
		}
		if got, want := squeeze(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("squeeze(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestFieldSpace checks fieldSpace against the white space of
// strings.Fields in ASCII, for every byte.
func TestFieldSpace(t *testing.T) {
	for c := range 256 {
		if got, want := fieldSpace(byte(c)), c < 0x80 && unicode.IsSpace(rune(c)); got != want {
			t.Errorf("fieldSpace(%#x) = %v, want %v", c, got, want)
		}
	}
}
