package planner

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// oldShorten is shorten before it cut valid UTF-8 in place rather than
// through a slice of runes; TestShortenDiff and FuzzShortenDiff compare
// the two.
func oldShorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-") + "…"
}

var shortenCases = []string{"", "short", "Circulating Tumor DNA Dynamics During Definitive Chemoradiation for Head and Neck Cancer",
	"Zoë Fernández, Łukasz Wiśniewski; 日本語のタイトル 日本語のタイトル 日本語のタイトル 日本語のタイトル", "a\xffb\xfe c d e f g h i j k l m n o p q r s t u v w x y z",
	strings.Repeat("word, ", 30), strings.Repeat("x", 100)}

func TestShortenDiff(t *testing.T) {
	for _, s := range shortenCases {
		for _, n := range []int{0, 1, 5, 30, 40, 70, 200} {
			if got, want := shorten(s, n), oldShorten(s, n); got != want {
				t.Errorf("shorten(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

func FuzzShortenDiff(f *testing.F) {
	for _, s := range shortenCases {
		f.Add(s, 40)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n &= 0x7f
		if got, want := shorten(s, n), oldShorten(s, n); got != want {
			t.Errorf("shorten(%q, %d) = %q, want %q", s, n, got, want)
		}
	})
}
