package planner

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Draft writes the email for a follow-up: short, specific, and adapted to
// where the two people met (a poster, a talk, a session, an ARRO or other
// trainee event, a reception, or free text). sign closes the email; empty
// leaves a "[Your name]" placeholder. The draft is deterministic: the same
// follow-up gives the same text.
func Draft(f FollowUp, sign string) (subject, body string) {
	e := f.Encounter
	if sign == "" {
		sign = "[Your name]"
	}
	kind := e.ItemKind
	if kind == "" {
		kind = GuessKind(e.Where)
	}
	where := strings.Join(strings.Fields(e.Where), " ")
	switch {
	case e.ItemID != "":
	case kind == KindPoster || kind == KindTalk:
		// Free text ("poster 2034", "her talk on SBRT") is not a title to
		// quote back; the draft speaks of the poster or the talk.
		where = ""
	case kind == KindSession:
		// "the Meet the Expert session": a place, not a title.
		kind = ""
	}
	title := shorten(where, 70)
	var b strings.Builder
	fmt.Fprintf(&b, "%s,\n\n", Salutation(e.Name, e.Role))
	if f.Kind == SecondTouch {
		subject = secondSubject(kind, title)
		sent := ""
		if !f.SentAt.IsZero() {
			sent = " on " + f.SentAt.In(f.WindowStart.Location()).Format("January 2")
		}
		after := "after we met" + atPhrase(kind, where)
		if e.Part == RoleAuthor && where != "" && (kind == KindPoster || kind == KindTalk) {
			after = "about your group's work, " + dq(where)
		}
		fmt.Fprintf(&b, "I hope you are well. I wrote%s %s, and I wanted to follow up briefly in case my note got buried.\n\n", sent, after)
		b.WriteString(askLine(e))
		b.WriteString("\n\nThank you for your time, and I understand how busy this season is.\n\n")
		fmt.Fprintf(&b, "Best regards,\n%s\n", sign)
		return subject, b.String()
	}
	subject = firstSubject(kind, title)
	coAuthor := e.Part == RoleAuthor && where != ""
	switch {
	// A co-author may not have been at the board or on stage: the draft
	// speaks of their group's work, not of a conversation.
	case coAuthor && kind == KindPoster:
		subject = "Your poster " + quoteTitle(title)
		fmt.Fprintf(&b, "I visited the poster %s at the meeting and enjoyed learning about your group's work.", dq(where))
	case coAuthor && kind == KindTalk:
		subject = "Your group's talk " + quoteTitle(title)
		fmt.Fprintf(&b, "I enjoyed the presentation of your group's work, %s, at the meeting.", dq(where))
	case kind == KindPoster:
		if where != "" {
			fmt.Fprintf(&b, "Thank you for taking the time to walk me through your poster, %s.", dq(where))
		} else {
			b.WriteString("Thank you for taking the time to walk me through your poster.")
		}
	case kind == KindTalk:
		if where != "" {
			fmt.Fprintf(&b, "I enjoyed your presentation, %s, and I am grateful you took a moment to speak with me afterwards.", dq(where))
		} else {
			b.WriteString("I enjoyed your talk, and I am grateful you took a moment to speak with me afterwards.")
		}
	case kind == KindSession:
		if where != "" {
			fmt.Fprintf(&b, "Thank you for the session %s, and for taking a moment to speak with me afterwards.", dq(where))
		} else {
			b.WriteString("Thank you for taking a moment to speak with me after the session.")
		}
	case kind == KindEvent:
		fmt.Fprintf(&b, "It was a pleasure to meet you%s. Thank you for making time for trainees like me.", atPhrase(kind, where))
	case kind == KindReception:
		fmt.Fprintf(&b, "It was a pleasure to meet you%s, and thank you for the conversation.", atPhrase(kind, where))
	default:
		fmt.Fprintf(&b, "It was a pleasure to meet you%s, and thank you for the conversation.", atPhrase(kind, where))
	}
	if n := strings.TrimRight(strings.TrimSpace(e.Notes), ". "); n != "" {
		if coAuthor {
			fmt.Fprintf(&b, " I would be grateful for a chance to ask you about %s.", n)
		} else {
			fmt.Fprintf(&b, " I especially appreciated our conversation about %s.", n)
		}
	}
	b.WriteString("\n\n")
	b.WriteString(askLine(e))
	b.WriteString("\n\nThank you again for your time.\n\n")
	fmt.Fprintf(&b, "Best regards,\n%s\n", sign)
	return subject, b.String()
}

func firstSubject(kind Kind, title string) string {
	switch {
	case title == "" && kind == KindPoster:
		return "Thank you for walking me through your poster"
	case title == "" && kind == KindTalk:
		return "Thank you for your talk"
	case title == "" && kind == KindSession:
		return "Thank you for the session"
	case title == "":
		return "Thank you for meeting with me"
	case kind == KindPoster:
		return "Thank you: your poster " + quoteTitle(title)
	case kind == KindTalk:
		return "Thank you: your talk " + quoteTitle(title)
	case kind == KindSession:
		return "Thank you: " + quoteTitle(title)
	}
	return "Great to meet you at " + withArticle(title)
}

func secondSubject(kind Kind, title string) string {
	switch {
	case title == "" && kind == KindPoster:
		return "Following up on your poster"
	case title == "" && kind == KindTalk:
		return "Following up on your talk"
	case title == "":
		return "Following up"
	case kind == KindPoster:
		return "Following up on your poster " + quoteTitle(title)
	case kind == KindTalk:
		return "Following up on your talk " + quoteTitle(title)
	case kind == KindSession:
		return "Following up after " + quoteTitle(title)
	}
	return "Following up from " + withArticle(title)
}

func quoteTitle(t string) string { return "\u201c" + t + "\u201d" }

// dq puts a title between plain double quotes on one line, as an email
// quotes it: no escapes (Go's %q would write \" and \n into the letter).
func dq(s string) string { return "\"" + strings.Join(strings.Fields(s), " ") + "\"" }

// atPhrase is " at the ARRO reception", " at “Title”" or "".
func atPhrase(kind Kind, where string) string {
	if where == "" {
		switch kind {
		case KindPoster:
			return " at your poster"
		case KindTalk:
			return " after your talk"
		case KindSession:
			return " after the session"
		}
		return ""
	}
	switch kind {
	case KindPoster:
		return " at your poster, " + dq(where)
	case KindTalk, KindSession:
		return " after " + dq(where)
	}
	return " at " + withArticle(where)
}

// withArticle puts "the" before a generic place: "ARRO reception" becomes
// "the ARRO reception"; "Moscone West, Room 2001" and "the poster hall"
// stay as they are.
func withArticle(where string) string {
	lw := strings.ToLower(where)
	for _, a := range []string{"the ", "a ", "an ", "my ", "your ", "our "} {
		if strings.HasPrefix(lw, a) {
			return where
		}
	}
	for _, n := range []string{"reception", "session", "event", "social", "mixer", "dinner", "lunch", "breakfast", "happy hour",
		"poster hall", "exhibit hall", "hall", "booth", "lounge", "workshop", "panel", "symposium", "meeting", "fair", "hour", "seminar", "day"} {
		if strings.HasSuffix(lw, n) {
			return "the " + where
		}
	}
	return where
}

func askLine(e Encounter) string {
	if inst := strings.TrimSpace(e.Institution); inst != "" {
		return fmt.Sprintf("As I prepare my application to radiation oncology residency, I would be grateful to stay in touch and to learn more about the program at %s.", inst)
	}
	return "As I prepare my application to radiation oncology residency, I would be grateful to stay in touch."
}

// shorten cuts s to at most n runes at a word boundary, adding "…".
func shorten(s string, n int) string {
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

// GuessKind reads the kind of an encounter's place from free text
// ("the ARRO reception", "poster 2034", "Meet the Expert session").
// It returns "" when nothing says.
func GuessKind(where string) Kind {
	w := " " + strings.ToLower(where) + " "
	has := func(words ...string) bool {
		for _, x := range words {
			if strings.Contains(w, x) {
				return true
			}
		}
		return false
	}
	switch {
	case has("reception", "happy hour", "dinner", "social", "networking hour", "party", "gala"):
		return KindReception
	case has("arro", "resident", "medical student", "trainee", "mentorship", "mixer", "career", "aspp", "residency fair"):
		return KindEvent
	case has("poster", "e-poster", "eposter", "board "):
		return KindPoster
	case has(" talk", "oral", "abstract", "presentation", "lecture", "keynote", "plenary"):
		return KindTalk
	case has("session", "panel", "symposium", "meet the expert", "workshop", "educational", "debate", "course"):
		return KindSession
	}
	return ""
}

// Salutation is "Dear Dr. Surname" for people with a doctorate or in
// physician roles, else "Dear First Last". It reads names as users write
// them: "Dr. Ana De La Cruz", "Smith, Jennifer", "Sean O'Connor, MD",
// "Zoë Müller, PhD", "Kenji Zhao, MS, CMD".
func Salutation(name, role string) string {
	n := strings.TrimSpace(name)
	doctor := false
	for _, p := range []string{"Dr. ", "Dr ", "Prof. ", "Prof ", "Professor "} {
		if strings.HasPrefix(n, p) {
			n, doctor = strings.TrimSpace(n[len(p):]), true
			break
		}
	}
	// Drop trailing credentials: "Sean O'Connor, MD", "Rachel Kaplan MD".
	parts := strings.Split(n, ",")
	for len(parts) > 1 {
		last := strings.TrimSpace(parts[len(parts)-1])
		if !credentialList(last) {
			break
		}
		doctor = doctor || hasDoctorate(last)
		parts = parts[:len(parts)-1]
	}
	words := strings.Fields(strings.Join(parts, ","))
	for len(words) > 1 && credentialList(words[len(words)-1]) {
		doctor = doctor || hasDoctorate(words[len(words)-1])
		words = words[:len(words)-1]
	}
	n = strings.Join(words, " ")
	var first, surname string
	if i := strings.Index(n, ","); i >= 0 { // "Smith, Jennifer"
		surname, first = strings.TrimSpace(n[:i]), strings.TrimSpace(n[i+1:])
	} else {
		w := strings.Fields(n)
		if len(w) == 0 {
			return "Hello"
		}
		i := len(w) - 1
		for i > 1 && isParticleWord(w[i-1]) {
			i--
		}
		first, surname = strings.Join(w[:i], " "), strings.Join(w[i:], " ")
	}
	r := strings.ToLower(role)
	if !doctor && (strings.Contains(r, "director") || strings.Contains(r, "faculty") || strings.Contains(r, "chair") ||
		strings.Contains(r, "resident") || strings.Contains(r, "attending") || strings.Contains(r, "professor") || strings.Contains(r, "physician")) {
		doctor = true
	}
	if doctor && surname != "" {
		return "Dear Dr. " + surname
	}
	return strings.TrimSpace("Dear " + first + " " + surname)
}

// credentialList reports whether s is only degrees: "MD", "MD;PhD", "MS CMD".
func credentialList(s string) bool {
	toks := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ';' || r == '/' || r == ',' })
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if Credential(t) == "" { // the one list, in vocab.go
			return false
		}
	}
	return true
}

func hasDoctorate(s string) bool {
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ';' || r == '/' || r == ',' }) {
		switch strings.ToUpper(strings.ReplaceAll(t, ".", "")) {
		case "MD", "DO", "PHD", "MBBS", "MBCHB", "DPHIL", "SCD", "DSC", "DMD", "DDS", "DRPH", "EDD", "PHARMD", "DNP":
			return true
		}
	}
	return false
}

// Mailto returns a mailto: URL that opens a new email with subject and
// body filled in, or "" when there is no address.
func Mailto(email, subject, body string) string {
	email = strings.TrimSpace(email)
	if email == "" || strings.ContainsAny(email, " \t\r\n<>") {
		return ""
	}
	q := "subject=" + mailtoEscape(subject) + "&body=" + mailtoEscape(strings.ReplaceAll(body, "\n", "\r\n"))
	return "mailto:" + (&url.URL{Path: email}).EscapedPath() + "?" + q
}

// mailtoEscape percent-encodes for RFC 6068: spaces as %20, not "+".
func mailtoEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// DisplayName is a person's name as a headline shows it: given names
// first, without titles, degrees, pronouns or notes. "Abu-Rahma, Thomas"
// reads "Thomas Abu-Rahma", "Dr. Ana De La Cruz" reads "Ana De La Cruz",
// "Smith, John A., MD, PhD" reads "John A. Smith" and "Zoë Fernández, DO"
// reads "Zoë Fernández". It reads names as the matching does (see
// parseName) but keeps their spelling; a name it cannot read comes back
// as written, on one line.
func DisplayName(name string) string {
	raw := strings.Join(strings.Fields(name), " ")
	s := stripName(raw)
	var segs []string
	for _, seg := range strings.Split(s, ",") {
		seg = strings.TrimSpace(seg)
		if seg == "" || allCredentials(seg) || suffixes[strings.Trim(fold(seg), ".")] {
			continue
		}
		segs = append(segs, seg)
	}
	var words []string
	switch {
	case len(segs) == 0:
		return raw
	case len(segs) >= 2: // Last, First
		surname, given := nameWords(segs[0], false), nameWords(segs[1], true)
		if len(surname) == 0 || len(given) == 0 {
			return raw
		}
		words = append(given, surname...)
	default:
		words = nameWords(segs[0], true)
	}
	if len(words) < 2 {
		// "Prof. Li": the title is all that makes one word a name.
		return raw
	}
	return strings.Join(words, " ")
}

// LooksLike reports whether two names, as people type them, are probably
// the same name with a typo: their display names (see DisplayName),
// folded to letters without case or accents, differ by at most one edit
// (two for names of ten letters or more). "Dr Jennifer Smtih" looks like
// "Smith, Jennifer"; "Jose Garcia Lopez" looks like "Dr. José
// García-López". Identical keys count too.
func LooksLike(a, b string) bool {
	ka, kb := nameKey(a), nameKey(b)
	if ka == "" || kb == "" {
		return false
	}
	limit := 1
	if len(ka) >= 10 && len(kb) >= 10 {
		limit = 2
	}
	return editDistance(ka, kb, limit) <= limit
}

// nameKey is a display name's letters, folded.
func nameKey(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(DisplayName(name)) {
		b.WriteString(wordKey(w))
	}
	return b.String()
}

// editDistance is the Levenshtein distance between a and b in runes,
// or limit+1 when it is more than limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// NameWords are the words of a name as a person might type part of it:
// the display name's words (see DisplayName) and the parts of hyphenated
// ones, folded to letters without case or accents. "Dr. José
// García-López" gives jose, garcialopez, garcia, lopez; "van der Berg,
// Pieter" gives pieter, van, der, berg.
func NameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(DisplayName(name)) {
		if k := wordKey(w); k != "" {
			out = append(out, k)
		}
		if strings.Contains(w, "-") {
			for _, p := range strings.Split(w, "-") {
				if k := wordKey(p); k != "" {
					out = append(out, k)
				}
			}
		}
	}
	return out
}
