package export

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"github.com/confplan/confplan/planner"
)

// TestCleanShortcuts checks that clean's and oneSpaced's shortcut for
// text that needs nothing gives what the long way gives, on random text
// made of the characters each treats specially.
func TestCleanShortcuts(t *testing.T) {
	alpha := []string{"a", "B", " ", "  ", "\t", "\n", "\r", "\r\n", "\x01", "\x7f", "\u0085", "\u00a0", "é", "“", "\u202e", "\u200f", "\ufffd", "\xff", "\xe2\x80", "\u2028", "\u3000", "—", "\u009f", "Z"}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 100000; i++ {
		var b strings.Builder
		for n := r.IntN(8); n > 0; n-- {
			b.WriteString(alpha[r.IntN(len(alpha))])
		}
		s := b.String()
		if got, want := clean(s), cleanText(s); got != want {
			t.Fatalf("clean(%q) = %q, want %q", s, got, want)
		}
		if got, want := planner.OneSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("planner.OneSpaced(%q) = %q, want %q", s, got, want)
		}
		n, ok := cleanEscapedLen(s + ";,\\")
		if ok != isClean(s+";,\\") || ok && n != escapedLen(s+";,\\") {
			t.Fatalf("cleanEscapedLen(%q) = %d, %v; want %d, %v", s, n, ok, escapedLen(s), isClean(s))
		}
	}
}

// TestWrapShortcut checks wrapText's shortcut for text that already fits
// against the long way.
func TestWrapShortcut(t *testing.T) {
	alpha := []string{"a", "bb", "ccc ", " ", "  ", "\n", "\t", "日本", "é", "wordwordword", "\u00a0"}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 100000; i++ {
		var b strings.Builder
		for n := r.IntN(8); n > 0; n-- {
			b.WriteString(alpha[r.IntN(len(alpha))])
		}
		s, w := b.String(), 1+r.IntN(12)
		if got, want := wrapText(s, w), wrapLong(s, w); got != want {
			t.Fatalf("wrapText(%q, %d) = %q, want %q", s, w, got, want)
		}
	}
}

// TestTextWidth checks textWidth's count for printable ASCII against
// runewidth's.
func TestTextWidth(t *testing.T) {
	for _, s := range []string{"", "a", "Room 103A", "~!@#$%^&*()_+{}|:<>?", " x ", "\x7f", "\x01a", "é", "日本", "a\tb"} {
		if got, want := textWidth(s), runewidth.StringWidth(s); got != want {
			t.Errorf("textWidth(%q) = %d, want %d", s, got, want)
		}
	}
}
