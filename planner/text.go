package planner

import "strings"

// CleanText removes from text what must not reach a file or a terminal:
// control characters other than tab and newline, and the bidi controls
// that can make text read differently from what it is (Trojan Source,
// CVE-2021-42574). Invalid UTF-8 becomes U+FFFD.
func CleanText(s string) string {
	clean := true
	for _, r := range s {
		if dropRune(r) || r == '\uFFFD' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if dropRune(r) {
			return -1
		}
		return r
	}, s)
}

func dropRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}
