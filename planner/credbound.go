package planner

import (
	"unicode"
	"unicode/utf8"
)

// credentialRunes is the length of the longest credential key.
var credentialRunes = func() int {
	n := 0
	for k := range credentials {
		n = max(n, utf8.RuneCountInString(k))
	}
	return n
}()

// MayBeCredential reports whether Credential(c) can be other than "":
// false when c is longer than Credential reads, or when the part before
// its first "(" holds more runes that stay in a credential's key (not
// dots, brackets or spaces) than the longest key has. A caller asking
// about every name ("Tomás Iyer") answers most without the key's copies.
func MayBeCredential(c string) bool {
	if len(c) > 24 {
		return false
	}
	n := 0
	for _, r := range c {
		switch {
		case r == '(':
			return true // Credential's key, and the degree before a note, have at most n more
		case r == '.' || r == ')' || unicode.IsSpace(r):
		default:
			if n++; n > credentialRunes {
				return false
			}
		}
	}
	return true
}
