package planner

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// MayBeCredential is false only where Credential finds nothing.
func checkMayBeCredential(t *testing.T, s string) {
	t.Helper()
	if !MayBeCredential(s) && Credential(s) != "" {
		t.Errorf("MayBeCredential(%q) = false, but Credential gives %q", s, Credential(s))
	}
}

func TestMayBeCredential(t *testing.T) {
	words := strings.Fields(credentialWords)
	parts := append(words, "Ma", "S", "Tomás", "Iyer", "(UK)", "(Hons)", " ", ".", "(", ")", "\t", "\u00a0", "ß", "ſ", "ı", "M.", "D.", "Ph. D.", "FRCR (Clin Onc)")
	r := rand.New(rand.NewPCG(13, 6))
	for range 50000 {
		var b strings.Builder
		for n := r.IntN(4); n >= 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
			if r.IntN(3) == 0 {
				b.WriteString(" ")
			}
		}
		checkMayBeCredential(t, b.String())
	}
	for _, w := range words {
		if !MayBeCredential(w) {
			t.Errorf("MayBeCredential(%q) = false", w)
		}
	}
	if MayBeCredential("Tomás Iyer") {
		t.Errorf("MayBeCredential(%q) = true: the bound is too loose to help", "Tomás Iyer")
	}
}

func FuzzMayBeCredential(f *testing.F) {
	for _, s := range []string{"MD", "M. D.", "FRCR (Clin Onc)", "Tomás Iyer", "Ma S"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMayBeCredential(t, s) })
}
