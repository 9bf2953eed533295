package export

import (
	"bufio"
	"io"
	"sort"
	"strings"

	"github.com/confplan/confplan/planner"
)

// WriteChecklist writes follow-ups as a Markdown checklist grouped by due
// date (in the conference's zone), earliest first:
//
//	## Due Tue 30 Sep 2025
//
//	- [ ] Email Ana De La Cruz (Institution) — due Tue 30 Sep 14:00 PDT
//	  - Send from Mon 29 Sep 14:00 PDT; met at “…” (Room), Sat 27 Sep 14:00 PDT
//	  - To: x@example.org
//
//	  > Subject: …
//	  >
//	  > the drafted email
//
//	  [Open the draft in your mail app](<mailto:…>)
//
// Headlines name people by their display name (planner.DisplayName:
// "Abu-Rahma, Thomas, MD" reads "Thomas Abu-Rahma"); the draft's
// salutation keeps "Dr.". Sent or answered follow-ups are ticked.
func WriteChecklist(w io.Writer, followups []planner.FollowUp, opt CalendarOptions) error {
	fs := make([]*planner.FollowUp, len(followups))
	for i := range followups {
		fs[i] = &followups[i]
	}
	sort.SliceStable(fs, func(i, j int) bool {
		if !fs[i].Due.Equal(fs[j].Due) {
			return fs[i].Due.Before(fs[j].Due)
		}
		return fs[i].Encounter.Name < fs[j].Encounter.Name
	})
	bw := bufio.NewWriter(w)
	title := opt.Name
	if title == "" {
		title = opt.Meeting
	}
	if title != "" {
		bw.WriteString("# Follow-ups — " + mdText(title) + "\n\n")
	} else {
		bw.WriteString("# Follow-ups\n\n")
	}
	if len(fs) == 0 {
		bw.WriteString("No follow-ups: no planned or logged encounter with a person from your network map.\n")
		return bw.Flush()
	}
	day := ""
	for _, f := range fs {
		loc := localZone(opt, f.Due)
		if d := f.Due.In(loc).Format("Mon 2 Jan 2006"); d != day {
			day = d
			bw.WriteString("## Due " + d + "\n\n")
		}
		box := " "
		if isDone(f) {
			box = "x"
		}
		e := &f.Encounter
		writeLines(bw, "- [", box, "] ", mdText(followUpSummary(f, nil)), " — due ", localTime(f.Due, loc), "\n")
		line := "Send from " + localTime(f.WindowStart, loc)
		if e.Where != "" {
			line += "; met at “" + e.Where + "”"
			if e.Room != "" {
				line += " (" + e.Room + ")"
			}
			if !e.At.IsZero() {
				line += ", " + localTime(e.At, loc)
			}
		}
		writeLines(bw, "  - ", mdText(line), "\n")
		if e.Role != "" {
			writeLines(bw, "  - Role: ", mdText(e.Role), "\n")
		}
		if e.Notes != "" {
			writeLines(bw, "  - Mention: ", mdText(e.Notes), "\n")
		}
		if e.Email != "" {
			writeLines(bw, "  - To: ", mdEmail(e.Email), "\n")
		} else {
			bw.WriteString("  - To: no email in your network map yet\n")
		}
		if f.Subject != "" || f.Body != "" {
			bw.WriteString("\n")
			if f.Subject != "" {
				writeLines(bw, "  > Subject: ", mdText(f.Subject), "\n")
				if f.Body != "" {
					bw.WriteString("  >\n")
				}
			}
			for _, l := range strings.Split(strings.TrimRight(clean(f.Body), "\n"), "\n") {
				if f.Body == "" {
					break
				}
				if strings.TrimSpace(l) == "" {
					bw.WriteString("  >\n")
					continue
				}
				writeLines(bw, "  > ", mdText(l), "\n")
			}
		}
		if f.Mailto != "" {
			writeLines(bw, "\n  [Open the draft in your mail app](<", mdURL(f.Mailto), ">)\n")
		}
		bw.WriteString("\n")
	}
	bw.WriteString("After each email, update Date contacted and Next step in your network map.\n")
	return bw.Flush()
}

// writeLines writes parts to w, one after the other.
func writeLines(w io.StringWriter, parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
}

// mdLine makes s one line of Markdown text.
func mdLine(s string) string { return oneLine(s) }

// mdText makes text from a program or a spreadsheet one line of Markdown
// that renders as the text itself, not as markup: the characters that
// open emphasis, code, links, images, raw HTML, entities, tables and
// strikethrough are backslash-escaped, and so are the ":" of "https://",
// "javascript:" and the like, the "." of "www." and the "@" of an
// address, so no renderer makes a link of it. Only confplan's own links
// (mdURL) are live. Ordinary text ("07:50", "(Room 3014)") stays as it
// reads.
func mdText(s string) string { return mdEscape(s, true) }

// mdEmail is mdText for an address the user gave: it may stay a link.
func mdEmail(s string) string { return mdEscape(s, false) }

func mdEscape(s string, escapeAt bool) string {
	s = mdLine(s)
	// Runs of bytes that need no look are copied whole; most text has
	// few of the others, and much none at all.
	var b []byte
	done := 0               // s[:done] is in b (when b is set)
	escape := func(i int) { // a backslash before s[i]
		if b == nil {
			b = make([]byte, 0, len(s)+8)
		}
		b = append(b, s[done:i]...)
		b = append(b, '\\')
		done = i
	}
	alnum := func(i int) bool { return i >= 0 && i < len(s) && isSchemeByte(s[i]) }
	if len(s) > 0 && s[0] >= '0' && s[0] <= '9' {
		// "1. " would start a numbered list: escape its dot.
		j := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j < len(s) && (s[j] == '.' || s[j] == ')') {
			escape(j)
			// The dot or parenthesis is written as it is: on with what
			// follows it.
			b = append(b, s[j])
			done = j + 1
			return mdEscapeFrom(s, j+1, b, done, escapeAt)
		}
	}
	for i := 0; i < len(s); i++ {
		if !mdLook[s[i]] {
			continue
		}
		switch c := s[i]; c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~':
			escape(i)
		case ':':
			if strings.HasPrefix(s[i:], "://") || linkScheme(s[:i]) {
				escape(i)
			}
		case '.':
			if i >= 3 && strings.EqualFold(s[i-3:i], "www") {
				escape(i)
			}
		case '@':
			if escapeAt && alnum(i-1) && alnum(i+1) {
				escape(i)
			}
		case '#', '+', '-', '=':
			if i == 0 {
				escape(i) // a heading, a list item, a setext underline
			}
		}
	}
	if b == nil {
		return s
	}
	return string(append(b, s[done:]...))
}

// mdEscapeFrom is mdEscape's loop from s[from:], with b and done as it
// left them (after a numbered list's escaped dot).
func mdEscapeFrom(s string, from int, b []byte, done int, escapeAt bool) string {
	alnum := func(i int) bool { return i >= 0 && i < len(s) && isSchemeByte(s[i]) }
	for i := from; i < len(s); i++ {
		if !mdLook[s[i]] {
			continue
		}
		esc := false
		switch c := s[i]; c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~':
			esc = true
		case ':':
			esc = strings.HasPrefix(s[i:], "://") || linkScheme(s[:i])
		case '.':
			esc = i >= 3 && strings.EqualFold(s[i-3:i], "www")
		case '@':
			esc = escapeAt && alnum(i-1) && alnum(i+1)
		}
		if esc {
			b = append(b, s[done:i]...)
			b = append(b, '\\')
			done = i
		}
	}
	return string(append(b, s[done:]...))
}

// mdLook marks the bytes mdEscape looks at.
var mdLook = func() (t [256]bool) {
	for _, c := range []byte("\\`*_[]<>&|~:.@#+-=") {
		t[c] = true
	}
	return t
}()

// linkScheme reports whether before ends with a URL scheme renderers
// turn into links without "//": mailto:, javascript:, data: ...
func linkScheme(before string) bool {
	j := len(before)
	for j > 0 && isSchemeByte(before[j-1]) {
		j--
	}
	switch strings.ToLower(before[j:]) {
	case "mailto", "javascript", "vbscript", "data", "file", "xmpp", "tel", "sms":
		return true
	}
	return false
}

func isSchemeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// mdURL is a link target confplan makes (a mailto: URL), safe inside
// <…>: no angle brackets, spaces or line breaks.
func mdURL(u string) string {
	i := 0
	for ; i+8 <= len(u); i += 8 { // eight bytes a look: a draft's URL runs to kilobytes
		if b := u[i : i+8]; urlUnsafe[b[0]]|urlUnsafe[b[1]]|urlUnsafe[b[2]]|urlUnsafe[b[3]]|
			urlUnsafe[b[4]]|urlUnsafe[b[5]]|urlUnsafe[b[6]]|urlUnsafe[b[7]] != 0 {
			break
		}
	}
	for ; i < len(u); i++ {
		if urlUnsafe[u[i]] != 0 {
			return urlEscapes.Replace(planner.CleanText(u))
		}
	}
	return u // printable ASCII, none of urlEscapes' (a mailto: URL confplan made)
}

// urlUnsafe marks the bytes mdURL does not leave as they are: controls,
// space, DEL, other characters' bytes, and the angle brackets and
// backslash.
var urlUnsafe = func() (t [256]uint8) {
	for c := range t {
		if c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '\\' {
			t[c] = 1
		}
	}
	return t
}()

var urlEscapes = strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "%0A", "\r", "%0D", "\\", "%5C")
