package planner

import (
	"net/url"
	"strings"
	"testing"
)

// oldMailto is Mailto as it was before it encoded in one pass
// (url.QueryEscape, then "+" as "%20"); the differential test and the
// fuzz target compare the two.
func oldMailto(email, subject, body string) string {
	email = strings.TrimSpace(email)
	if email == "" || strings.ContainsAny(email, " \t\r\n<>") {
		return ""
	}
	esc := func(s string) string { return strings.ReplaceAll(url.QueryEscape(s), "+", "%20") }
	q := "subject=" + esc(subject)
	if body != "" {
		q += "&body=" + esc(strings.ReplaceAll(body, "\n", "\r\n"))
	}
	return "mailto:" + (&url.URL{Path: email}).EscapedPath() + "?" + q
}

var mailtoCases = []struct{ email, subject, body string }{
	{"ana@example.org", "Thank you — “SBRT”", "Dear Dr. De La Cruz,\n\nThank you!\r\n+1 & more; 100% ~ ok_ok.\n"},
	{" zoë@example.org ", "a+b c", ""},
	{"x@y", "", "\n\n\r\r"},
	{"a b@y", "s", "b"},
	{"", "s", "b"},
	{"o'brien+tag@example.org", "Q&A: 2:45 PM - 4:00 PM?", "日本語 \x00\x7f\xff"},
}

func TestMailtoDiff(t *testing.T) {
	for _, c := range mailtoCases {
		if got, want := Mailto(c.email, c.subject, c.body), oldMailto(c.email, c.subject, c.body); got != want {
			t.Errorf("Mailto(%q, %q, %q) = %q, want %q", c.email, c.subject, c.body, got, want)
		}
	}
}

func FuzzMailtoDiff(f *testing.F) {
	for _, c := range mailtoCases {
		f.Add(c.email, c.subject, c.body)
	}
	f.Fuzz(func(t *testing.T, email, subject, body string) {
		if got, want := Mailto(email, subject, body), oldMailto(email, subject, body); got != want {
			t.Errorf("Mailto(%q, %q, %q) = %q, want %q", email, subject, body, got, want)
		}
	})
}
