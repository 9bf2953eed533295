package main

import (
	"testing"
	"time"
)

func TestParseWhen(t *testing.T) {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Skip(err)
	}
	now := time.Date(2025, 9, 29, 20, 0, 0, 0, time.UTC) // 13:00 PDT
	tests := []struct{ in, want string }{
		{"2025-09-28 14:30", "2025-09-28T14:30:00-07:00"},
		{"2025-09-28T14:30", "2025-09-28T14:30:00-07:00"},
		{"2025-09-28 2:30 PM", "2025-09-28T14:30:00-07:00"},
		{"2025-09-28 2:30 p.m.", "2025-09-28T14:30:00-07:00"},
		{"9/28/2025 2:30pm", "2025-09-28T14:30:00-07:00"},
		{"2025-09-28T14:30:00-04:00", "2025-09-28T11:30:00-07:00"},
		{"14:30", "2025-09-29T14:30:00-07:00"},
		{"2pm", "2025-09-29T14:00:00-07:00"},
		{"2025-11-02 01:30", "2025-11-02T01:30:00-07:00"}, // the repeated hour: the first
		{"2025-09-28", "2025-09-28T00:00:00-07:00"},
		{"Sep 28 2:30pm", "2025-09-28T14:30:00-07:00"},
		{"sep 28, 14:30", "2025-09-28T14:30:00-07:00"},
		{"28 September 2:30 PM", "2025-09-28T14:30:00-07:00"},
		{"September 28 2pm", "2025-09-28T14:00:00-07:00"},
		{"yesterday 18:30", "2025-09-28T18:30:00-07:00"},
		{"today 9am", "2025-09-29T09:00:00-07:00"},
	}
	for _, tt := range tests {
		got, err := parseWhen(tt.in, la, now)
		if err != nil {
			t.Errorf("parseWhen(%q): %v", tt.in, err)
			continue
		}
		if g := got.Format(time.RFC3339); g != tt.want {
			t.Errorf("parseWhen(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
	for _, bad := range []string{"", "yestreday 18:30", "yesterday", "25:00", "2025-13-01 10:00", "noonish", "Sep 31 10:00"} {
		if _, err := parseWhen(bad, la, now); err == nil {
			t.Errorf("parseWhen(%q) accepted", bad)
		}
	}
}

func FuzzParseWhen(f *testing.F) {
	for _, s := range []string{"2025-09-28 14:30", "9/28/2025 2:30 PM", "14:30", "2pm", "2025-09-28T14:30:00-04:00", "2:30 p.m."} {
		f.Add(s)
	}
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		f.Skip(err)
	}
	now := time.Date(2025, 9, 29, 20, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseWhen(s, la, now)
		if err == nil && got.Location() != la {
			t.Fatalf("parseWhen(%q) gave a time in %v, not the conference zone", s, got.Location())
		}
	})
}

// TestParseClock: --from and --to read times of day as --at does.
func TestParseClock(t *testing.T) {
	for _, tt := range []struct {
		in   string
		h, m int
	}{
		{"14:30", 14, 30}, {"2:30pm", 14, 30}, {"2:30 p.m.", 14, 30}, {"6 p.m.", 18, 0}, {"6PM", 18, 0},
		{"1430", 14, 30}, {"08:00", 8, 0}, {"noon", 12, 0}, {"Midnight", 0, 0}, {"12am", 0, 0}, {"12:15 PM", 12, 15},
	} {
		h, m, ok := parseClock(tt.in)
		if !ok || h != tt.h || m != tt.m {
			t.Errorf("parseClock(%q) = %d:%02d %v, want %d:%02d", tt.in, h, m, ok, tt.h, tt.m)
		}
	}
	for _, bad := range []string{"", "25:00", "6 pm-ish", "14:60", "yesterday"} {
		if _, _, ok := parseClock(bad); ok {
			t.Errorf("parseClock(%q) accepted", bad)
		}
	}
}
