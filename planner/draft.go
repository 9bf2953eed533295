package planner

import (
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
	where := OneSpaced(e.Where)
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
	b.Grow(draftSize) // most drafts fit: one allocation, not one per doubling
	writeAll(&b, Salutation(e.Name, e.Role), ",\n\n")
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
		writeAll(&b, "I hope you are well. I wrote", sent, " ", after, ", and I wanted to follow up briefly in case my note got buried.\n\n")
		b.WriteString(askLine(e))
		b.WriteString("\n\nThank you for your time, and I understand how busy this season is.\n\n")
		writeAll(&b, "Best regards,\n", sign, "\n")
		return subject, b.String()
	}
	subject = firstSubject(kind, title, e.Planned)
	coAuthor := e.Part == RoleAuthor && where != ""
	note := noteSentence(e.Notes, coAuthor, e.Planned)
	switch {
	// A co-author may not have been at the board or on stage: the draft
	// speaks of their group's work, not of a conversation.
	case coAuthor && kind == KindPoster:
		subject = "Your poster " + quoteTitle(title)
		writeAll(&b, "I visited the poster ", dq(where), " at the meeting and enjoyed learning about your group's work.")
	case coAuthor && kind == KindTalk:
		subject = "Your group's talk " + quoteTitle(title)
		writeAll(&b, "I enjoyed the presentation of your group's work, ", dq(where), ", at the meeting.")
	case e.Planned:
		// Drafted from the plan, before the meeting: a template that
		// thanks them for what they did on the program, claims no
		// conversation, and marks where to say what was talked about.
		b.WriteString(plannedOpening(kind, where))
	case kind == KindPoster:
		if where != "" {
			writeAll(&b, "Thank you for taking the time to walk me through your poster, ", dq(where), ".")
		} else {
			b.WriteString("Thank you for taking the time to walk me through your poster.")
		}
	case kind == KindTalk:
		if where != "" {
			writeAll(&b, "I enjoyed your presentation, ", dq(where), ", and I am grateful you took a moment to speak with me afterwards.")
		} else {
			b.WriteString("I enjoyed your talk, and I am grateful you took a moment to speak with me afterwards.")
		}
	case kind == KindSession:
		if where != "" {
			writeAll(&b, "Thank you for the session ", dq(where), ", and for taking a moment to speak with me afterwards.")
		} else {
			b.WriteString("Thank you for taking a moment to speak with me after the session.")
		}
	case kind == KindEvent:
		writeAll(&b, "It was a pleasure to meet you", atPhrase(kind, where), ". Thank you for making time for trainees like me.")
	case note != "":
		// The note speaks of the conversation; the opening does not.
		writeAll(&b, "It was a pleasure to meet you", atPhrase(kind, where), ".")
	default:
		writeAll(&b, "It was a pleasure to meet you", atPhrase(kind, where), ", and thank you for the conversation.")
	}
	if n := note; n != "" {
		b.WriteString(" " + n)
	}
	if e.Planned && !coAuthor {
		b.WriteString(" [After you meet: one sentence on what you talked about.]")
	}
	b.WriteString("\n\n")
	b.WriteString(askLine(e))
	b.WriteString("\n\nThank you again for your time.\n\n")
	writeAll(&b, "Best regards,\n", sign, "\n")
	return subject, b.String()
}

// draftSize is the room a draft's body is given at first: those of the
// synthetic ASTRO meeting's plan are 370–700 bytes.
const draftSize = 768

// writeAll writes parts to b, one after the other.
func writeAll(b *strings.Builder, parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
}

// plannedOpening thanks someone for their part in the program, before
// any conversation: "Thank you for your talk, "SBRT for …"."
func plannedOpening(kind Kind, where string) string {
	switch {
	case kind == KindPoster && where != "":
		return "Thank you for presenting your poster, " + dq(where) + ", at the meeting."
	case kind == KindPoster:
		return "Thank you for presenting your poster at the meeting."
	case kind == KindTalk && where != "":
		return "Thank you for your talk, " + dq(where) + "."
	case kind == KindTalk:
		return "Thank you for your talk at the meeting."
	case kind == KindSession && where != "":
		return "Thank you for the session " + dq(where) + "."
	case kind == KindEvent || kind == KindReception:
		return "Thank you for making time for trainees" + atPhrase(kind, where) + "."
	}
	return "Thank you for making time for trainees at the meeting."
}

// noteSentence turns the user's note on an encounter (--notes, or the
// topic a plan raised) into a sentence of the letter. Users write notes
// as topics ("J-1 sponsorship"), as what was done ("asked about H-1B",
// "discussed research years") or as what the other person did
// ("suggested the observership", "offered to review my CV"); the first
// two become the topic of the conversation, the last is thanked for. A
// planned or co-author draft claims no conversation: it asks to hear
// more about the topic, and leaves out what the other person did.
func noteSentence(notes string, coAuthor, planned bool) string {
	n := OneSpaced(notes)
	n = strings.TrimRight(n, ".;, ")
	if n == "" {
		return ""
	}
	topic, theirs := readNote(n)
	switch {
	case theirs && (coAuthor || planned):
		return ""
	case theirs:
		return "I was grateful that you " + topic + "."
	case coAuthor:
		return "I would be grateful for a chance to ask you about " + topic + "."
	case planned:
		return "I would value your thoughts on " + topic + "."
	}
	return "I especially appreciated our conversation about " + topic + "."
}

// readNote splits a note into its topic and whether it says what the
// other person did. A leading verb of talking is dropped ("asked about
// H-1B" is about H-1B); a verb of theirs is kept, in the past tense as
// written ("suggested …"). The first letter is lowered unless the word
// is an ordinary word (see commonStarts).
func readNote(n string) (topic string, theirs bool) {
	low := strings.ToLower(n)
	for _, p := range []string{"we talked about ", "we discussed ", "we spoke about ", "i asked about ", "i asked her about ", "i asked him about ", "i asked them about ",
		"asked her about ", "asked him about ", "asked them about ", "asked about ", "talked about ", "spoke about ", "chatted about ", "discussed ",
		"conversation about ", "conversation on ", "talk about ", "re: ", "re ", "about ", "asked "} {
		if strings.HasPrefix(low, p) && len(n) > len(p) {
			return lowerFirst(n[len(p):]), false
		}
	}
	for _, pr := range []string{"she ", "he ", "they "} {
		// "she suggested the observership": what they did.
		if strings.HasPrefix(low, pr) {
			if t, theirs := readNote(n[len(pr):]); theirs {
				return t, true
			}
		}
	}
	first, _, _ := strings.Cut(low, " ")
	switch first {
	case "suggested", "recommended", "advised", "offered", "invited", "mentioned", "encouraged", "said", "told", "shared", "explained", "agreed", "promised", "introduced":
		return lowerFirst(n), true
	}
	return lowerFirst(n), false
}

func lowerFirst(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if lw := strings.ToLower(w); lw != w && commonStarts[lw] {
		return lw + strings.TrimPrefix(s, w)
	}
	return s
}

// commonStarts are ordinary words a note may start with in capitals
// ("Research years"), which a sentence lowers; any other capitalised
// first word may be a name ("Boston", "McGill", "J-1") and stays.
var commonStarts = map[string]bool{}

func init() {
	for _, w := range strings.Fields("the a an her his their your my our research visa visas residency residents resident observership observerships program programs " +
		"letter letters mentorship mentoring interview interviews away rotation rotations elective electives how what whether when why where which who possible future next " +
		"applying application applications sponsorship funding career clinical publications publication projects project collaboration opportunities " +
		"advice fellowship fellowships training step usmle match") {
		commonStarts[w] = true
	}
}

func firstSubject(kind Kind, title string, planned bool) string {
	switch {
	case planned && kind == KindPoster && title != "":
		return "Your poster " + quoteTitle(title)
	case planned && kind == KindPoster:
		return "Your poster at the meeting"
	case planned && title != "" && kind != KindTalk && kind != KindSession:
		// Not "great to meet you": the meeting has not happened yet.
		return "Following up after " + titleOrPlace(title)
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
	return "Great to meet you at " + titleOrPlace(title)
}

// titleOrPlace is a program title in quotes when it reads as a title
// ("“Meet the Program Directors: Speed Networking”"), else a place with
// its article ("the ARRO reception").
func titleOrPlace(t string) string {
	if strings.Contains(t, ": ") {
		return quoteTitle(t)
	}
	return withArticle(t)
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
	return "Following up from " + titleOrPlace(title)
}

func quoteTitle(t string) string { return "\u201c" + t + "\u201d" }

// dq puts a title between plain double quotes on one line, as an email
// quotes it: no escapes (Go's %q would write \" and \n into the letter).
func dq(s string) string { return "\"" + OneSpaced(s) + "\"" }

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
	if strings.Contains(where, ": ") {
		return " at " + dq(where)
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
		"poster hall", "exhibit hall", "hall", "booth", "lounge", "lobby", "foyer", "entrance", "café", "cafe", "bar", "networking", "workshop", "panel", "symposium", "meeting", "fair", "hour", "seminar", "day"} {
		if strings.HasSuffix(lw, n) {
			return "the " + where
		}
	}
	return where
}

// askLine is what the email asks for, by the person's role: a program
// director about the residency program, a resident about life as a
// resident there, a faculty member about their group's research, a
// physicist about the physics work, an alumnus for advice on the Match.
// It names the program by its own name when the plan knows it (the
// network map may say "CCF"), with the article English gives it ("the
// University of Vermont", "the Harvard Radiation Oncology Program",
// "Mayo Clinic").
func askLine(e Encounter) string {
	const prep = "As I prepare my application to radiation oncology residency, "
	name := OneSpaced(e.Program)
	if name == "" {
		name = OneSpaced(e.Institution)
	}
	place := WithThe(name)
	r := strings.ToLower(e.Role)
	switch {
	case strings.Contains(r, "alumn"):
		return prep + "I would be grateful for any advice on how you approached the Match, and to stay in touch."
	case name == "":
		return prep + "I would be grateful to stay in touch."
	case strings.Contains(r, "physicist") || strings.Contains(r, "physics"):
		return prep + "I would be grateful to stay in touch and to learn more about the physics and research work at " + place + "."
	}
	switch roleClass(e.Role) {
	case classPD:
		return prep + "I would be grateful to stay in touch and to learn more about " + programPhrase(name) + ", including what it looks for in applicants."
	case classResident:
		return prep + "I would be grateful to hear more about life as a resident at " + place + ", whenever you have a few minutes."
	case classFaculty:
		return prep + "I would be grateful to stay in touch, and to hear whether there might be a way to contribute to your group's research at " + place + "."
	}
	return prep + "I would be grateful to stay in touch and to learn more about " + programPhrase(name) + "."
}

// ofHeads are the nouns that take "the" when "of" follows them in a name.
var ofHeads = map[string]bool{"university": true, "college": true, "institute": true, "school": true, "hospital": true,
	"academy": true, "center": true, "centre": true, "faculty": true, "department": true, "division": true}

// programPhrase is the residency program of an institution: "the
// residency program at the University of Vermont", or the program itself
// when the name is one ("the Harvard Radiation Oncology Program").
func programPhrase(name string) string {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == "program" || w == "programme" || w == "residency" {
			return WithThe(name)
		}
	}
	return "the residency program at " + WithThe(name)
}

// WithThe is an institution's name as a sentence says it: "the" before a
// name built on "<University, College, School, Institute, …> of" ("the
// University of Vermont", "the Medical College of Wisconsin", "the Icahn
// School of Medicine at Mount Sinai"), one ending in Program, Institute
// or Residency ("the Dana-Farber Cancer Institute"), one starting with
// Royal or National, and the few that carry it officially ("the Ohio
// State University"); none before names that are names ("Emory
// University", "Mayo Clinic", "NYU Langone Health", "Tata Memorial
// Centre", "UCSF").
func WithThe(name string) string {
	name = OneSpaced(name)
	low := strings.ToLower(name)
	if name == "" || strings.HasPrefix(low, "the ") {
		return name
	}
	if strings.ToUpper(name) == name {
		return name // an abbreviation: UCSF, MSKCC
	}
	words := strings.Fields(low)
	for i := 0; i+1 < len(words); i++ {
		// "University of …", "Medical College of …", "Icahn School of
		// Medicine", "All India Institute of Medical Sciences".
		if words[i+1] == "of" && ofHeads[words[i]] {
			return "the " + name
		}
	}
	if words[0] == "royal" || words[0] == "national" {
		return "the " + name // the Royal Marsden Hospital, the National Cancer Center
	}
	switch words[len(words)-1] {
	case "program", "programme", "residency", "institute":
		return "the " + name
	}
	for _, p := range []string{"ohio state university", "johns hopkins hospital", "christie"} {
		if strings.HasPrefix(low, p) {
			return "the " + name
		}
	}
	return name
}

// shorten cuts s to at most n runes at a word boundary, adding "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	var cut string // the first n runes
	if utf8.ValidString(s) {
		k := 0
		for i := range s {
			if k == n {
				cut = s[:i]
				break
			}
			k++
		}
	} else {
		cut = string([]rune(s)[:n]) // each invalid byte as U+FFFD
	}
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

// Addressee is a person's name as a headline addresses them: "Dr. Zoë
// Fernández" for those Salutation calls Dr., else the display name
// ("Kenji Zhao").
func Addressee(name, role string) string { return addressee(name, role, DisplayName) }

// Addressee is Addressee(name, role), naming the person as p.DisplayName
// does: once per name for the plan.
func (p *Plan) Addressee(name, role string) string { return addressee(name, role, p.DisplayName) }

func addressee(name, role string, display func(string) string) string {
	if strings.HasPrefix(Salutation(name, role), "Dear Dr. ") {
		return "Dr. " + display(name)
	}
	return display(name)
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
// body filled in (no body when body is empty), or "" when there is no
// address.
func Mailto(email, subject, body string) string {
	email = strings.TrimSpace(email)
	if email == "" || strings.ContainsAny(email, " \t\r\n<>") {
		return ""
	}
	path := (&url.URL{Path: email}).EscapedPath()
	n := len("mailto:") + len(path) + len("?subject=") + mailtoLen(subject, false)
	if body != "" {
		n += len("&body=") + mailtoLen(body, true)
	}
	var b strings.Builder // grown once: the URL is its one allocation
	b.Grow(n)
	b.WriteString("mailto:")
	b.WriteString(path)
	b.WriteString("?subject=")
	writeMailto(&b, subject, false)
	if body != "" {
		b.WriteString("&body=")
		writeMailto(&b, body, true)
	}
	return b.String()
}

// writeMailto writes s percent-encoded for RFC 6068 to b, as
// url.QueryEscape does but with spaces as %20, not "+"; with crlf, each
// newline as a CRLF (%0D%0A), as an email's lines end. The encoding is
// made in a buffer on the stack and written to b a chunk at a time
// (a body's every space is an escape: three builder writes each cost
// more than the bytes).
func writeMailto(b *strings.Builder, s string, crlf bool) {
	const hex = "0123456789ABCDEF"
	var buf [512]byte
	out := buf[:0]
	for i := 0; i < len(s); i++ {
		if len(out) > len(buf)-6 { // room for the longest escape
			b.Write(out)
			out = buf[:0]
		}
		switch c := s[i]; {
		case mailtoPlain(c):
			out = append(out, c)
		case c == '\n' && crlf:
			out = append(out, "%0D%0A"...)
		default:
			out = append(out, '%', hex[c>>4], hex[c&15])
		}
	}
	b.Write(out)
}

// mailtoLen is the length of s as writeMailto writes it.
func mailtoLen(s string, crlf bool) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case mailtoPlain(c):
			n++
		case c == '\n' && crlf:
			n += 6
		default:
			n += 3
		}
	}
	return n
}

// mailtoPlain reports whether a query component keeps byte c as it is:
// the unreserved characters of RFC 3986.
func mailtoPlain(c byte) bool { return mailtoUnreserved[c] }

var mailtoUnreserved = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~'
	}
	return t
}()

// DisplayName is a person's name as a headline shows it: given names
// first, without titles, degrees, pronouns or notes. "Abu-Rahma, Thomas"
// reads "Thomas Abu-Rahma", "Dr. Ana De La Cruz" reads "Ana De La Cruz",
// "Smith, John A., MD, PhD" reads "John A. Smith" and "Zoë Fernández, DO"
// reads "Zoë Fernández". It reads names as the matching does (see
// parseName) but keeps their spelling; a name it cannot read comes back
// as written, on one line.
func DisplayName(name string) string {
	raw := OneSpaced(name)
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
	return EditDistance(ka, kb, limit) <= limit
}

// nameKey is a display name's letters, folded.
func nameKey(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(DisplayName(name)) {
		b.WriteString(wordKey(w))
	}
	return b.String()
}

// EditDistance is the Levenshtein distance between a and b in runes,
// or limit+1 when it is more than limit.
func EditDistance(a, b string, limit int) int {
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
