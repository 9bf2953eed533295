package planner

import (
	"strings"
	"testing"
)

// oldNormWords is normWords as it was before its ASCII pass;
// TestNormWordsDiff and FuzzNormWordsDiff compare the two.
func oldNormWords(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if r == '&' || r == '+' || ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') || r > 127 {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

var normCases = []string{"", " ", "a", "A", "ana de la cruz", "Ana De La Cruz", "  a  b  ", "a b", "a  b", "a b ", " a b", "O'Brien-Smith, M.D.",
	"AT&T + co", "Poster Hall (Exhibit Hall D)", "Zoë Fernández", "İstanbul", "a\u00a0", "\u00a0a", "KELVIN \u212a", "x\x00y", "\xff\xfe", "ǅ"}

func TestNormWordsDiff(t *testing.T) {
	for _, s := range normCases {
		if got, want := normWords(s), oldNormWords(s); got != want {
			t.Errorf("normWords(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormWordsDiff(f *testing.F) {
	for _, s := range normCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normWords(s), oldNormWords(s); got != want {
			t.Errorf("normWords(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestAppendNormWords holds appendNormWords to normWords, after text
// already in the buffer.
func TestAppendNormWords(t *testing.T) {
	for _, s := range normCases {
		for _, before := range []string{"", "x ", "ab"} {
			if got, want := string(appendNormWords([]byte(before), s)), before+normWords(s); got != want {
				t.Errorf("appendNormWords(%q, %q) = %q, want %q", before, s, got, want)
			}
		}
	}
}

func FuzzAppendNormWords(f *testing.F) {
	for _, s := range normCases {
		f.Add("", s)
	}
	f.Fuzz(func(t *testing.T, before, s string) {
		if got, want := string(appendNormWords([]byte(before), s)), before+normWords(s); got != want {
			t.Errorf("appendNormWords(%q, %q) = %q, want %q", before, s, got, want)
		}
	})
}
