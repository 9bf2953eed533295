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
	}
	return IsBidiControl(r)
}

// IsBidiControl reports whether r is a bidi control character: the
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
// the marks U+200E, U+200F and U+061C.
func IsBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// SafeCell makes text safe to put in a spreadsheet cell: text starting
// with "=", "+", "-", "@", a tab or a carriage return would run as a
// formula in Excel, LibreOffice or Google Sheets, so it gets a leading
// "'" (OWASP's advice on CSV injection). Other text is returned
// unchanged.
func SafeCell(text string) string {
	if text == "" {
		return text
	}
	switch text[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + text
	}
	return text
}
