package planner

import (
	"math/rand/v2"
	"strings"
	"testing"
)

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
	}
}
