package export

import (
	"fmt"
	"strings"
	"testing"
)

// oldDescription is description as it was before it cut in one string;
// TestDescriptionDiff and FuzzDescriptionDiff compare the two.
func oldDescription(s string) string {
	n, ok := cleanEscapedLen(s)
	if !ok {
		s = cleanText(s)
		n = escapedLen(s)
	}
	if n <= descriptionLimit {
		return s
	}
	body, last := s, ""
	if i := strings.LastIndex(s, "\n\n"); i >= 0 && escapedLen(s[i:]) <= descriptionLimit/4 {
		body, last = s[:i], s[i:]
	}
	lines := strings.SplitAfter(body, "\n")
	const noteMax = 120
	room := descriptionLimit - noteMax - escapedLen(last)
	var b strings.Builder
	kept := 0
	for _, l := range lines {
		if room -= escapedLen(l); room < 0 {
			break
		}
		b.WriteString(l)
		kept++
	}
	if !strings.HasSuffix(b.String(), "\n") {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "… %d more lines: the day plan (confplan plan --html) lists them all", len(lines)-kept)
	b.WriteString(last)
	return b.String()
}

func descriptionCases() []string {
	line := "• Board 12 #2010 — Circulating Tumor DNA; Dynamics, During \\ Radiotherapy\n"
	return []string{"", "short", strings.Repeat(line, 200), strings.Repeat(line, 200) + "\nWhy (value 30): a; b",
		strings.Repeat(line, 200) + "\n\n", strings.Repeat("x", 9000), strings.Repeat(line, 150) + strings.Repeat("y", 3000),
		strings.Repeat(line, 100) + "\n\nWhy: " + strings.Repeat("z,", 1500), strings.Repeat("a\r\nb\x01\n", 3000), strings.Repeat("\n", 9000)}
}

func TestDescriptionDiff(t *testing.T) {
	for _, s := range descriptionCases() {
		if got, want := description(s), oldDescription(s); got != want {
			t.Errorf("description(%.60q…) = %.200q, want %.200q", s, got, want)
		}
	}
}

func FuzzDescriptionDiff(f *testing.F) {
	for _, s := range descriptionCases() {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, k int) {
		s = strings.Repeat(s, 1+(k&0x1f)) // long enough to be cut, often
		if got, want := description(s), oldDescription(s); got != want {
			t.Errorf("description(%.60q…) = %.200q, want %.200q", s, got, want)
		}
	})
}
