package planner

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The plan compares candidates' rooms by their keys (builder.roomKey,
// cand.sameRoom); sameRoom is how it compared them before, word by word,
// and TestSameRoom holds the two to the same answers.

// sameRoom compares rooms as people read them: case and spacing aside. An
// unknown room is never the same as another.
func sameRoom(a, b string) bool {
	if a == b {
		return strings.TrimSpace(a) != ""
	}
	// Word by word, rune by rune, lower-cased: without building either.
	words := 0
	for {
		a, b = strings.TrimLeftFunc(a, unicode.IsSpace), strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == "" && b == "" && words > 0
		}
		for {
			endA, endB := a == "", b == ""
			ra, na := utf8.DecodeRuneInString(a)
			rb, nb := utf8.DecodeRuneInString(b)
			endA = endA || unicode.IsSpace(ra)
			endB = endB || unicode.IsSpace(rb)
			if endA || endB {
				if endA != endB {
					return false
				}
				break
			}
			if unicode.ToLower(ra) != unicode.ToLower(rb) {
				return false
			}
			a, b = a[na:], b[nb:]
		}
		words++
	}
}

// TestSameRoom checks sameRoom's word-by-word comparison against the
// rooms it compares, lower-cased and one-spaced, on random rooms made of
// the characters it treats specially.
func TestSameRoom(t *testing.T) {
	alpha := []string{"a", "A", " ", "  ", "\t", "\n", "Ä", "ä", "Σ", "σ", "ς", "\u00a0", "\xff", "\ufffd", "1", "İ", "i"}
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 200000; i++ {
		var a, b strings.Builder
		for n := r.IntN(5); n > 0; n-- {
			a.WriteString(alpha[r.IntN(len(alpha))])
		}
		for n := r.IntN(5); n > 0; n-- {
			b.WriteString(alpha[r.IntN(len(alpha))])
		}
		x, y := a.String(), b.String()
		if r.IntN(4) == 0 {
			y = strings.ToUpper(x)
		}
		want := norm(x) != "" && norm(x) == norm(y)
		if got := sameRoom(x, y); got != want {
			t.Fatalf("sameRoom(%q, %q) = %v, want %v", x, y, got, want)
		}
		bl := &builder{rooms: make(map[string]string)}
		c, d := &cand{room: bl.roomKey(x)}, &cand{room: bl.roomKey(y)}
		if got := c.sameRoom(d); got != want {
			t.Fatalf("cand.sameRoom of rooms %q and %q = %v, want %v", x, y, got, want)
		}
	}
}
