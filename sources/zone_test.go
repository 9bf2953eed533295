package sources

import (
	"bytes"
	"testing"
)

// FuzzMayNameYear checks that the pre-filter never hides a match of
// meetingYear: it may let windows through, never drop one that matches.
func FuzzMayNameYear(f *testing.F) {
	for _, s := range []string{"ASTRO 2025", "astro's 2026", "ASTRO Annual Meeting 2024", "67th ASTRO", "2026 ASTRO", "#ASTRO25",
		"ASTRO'25", "American Society for Radiation Oncology, 2023", "Gastrointestinal 2026", "AſTRO 2025", "ASTRO–2025",
		"2025 American Society for Therapeutic Radiology and Oncology", "ASTRO 68th Annual Meeting 2026", "astro2026", "x ASTRO"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, w []byte) {
		if meetingYear.Match(w) && !mayNameYear(w) {
			t.Errorf("mayNameYear(%q) = false, but meetingYear matches %q", w, meetingYear.Find(w))
		}
	})
}

// FuzzLowerBytes checks lowerBytes against bytes.ToLower, invalid UTF-8
// and runes whose lower case has another length included.
func FuzzLowerBytes(f *testing.F) {
	for _, s := range []string{"", "ASTRO 2026", "Gastro\xff", "İSTANBUL Ⱥ ſ K", "Ayşe Ramírez – PQA 02"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, s []byte) {
		if got, want := lowerBytes(s), bytes.ToLower(s); !bytes.Equal(got, want) {
			t.Errorf("lowerBytes(%q) = %q, want %q", s, got, want)
		}
	})
}
