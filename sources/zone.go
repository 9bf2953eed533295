package sources

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// KnownMeeting is a meeting confplan recognises by name in an input, so
// that a saved page without offsets still gets the right zone.
type KnownMeeting struct {
	Name    string // "ASTRO 2025 Annual Meeting"
	Society string // "ASTRO"
	Year    int
	Number  int    // the society's annual meeting number (67th)
	City    string // where it is held
	Zone    string // IANA zone of the meeting's wall clock
}

// KnownMeetings are the meetings guessMeeting recognises. A page is
// recognised only from the meeting's name ("ASTRO 2025", "ASTRO Annual
// Meeting 2025", "2025 ASTRO Annual Meeting", "#ASTRO25", or "67th Annual
// Meeting" on a page that names ASTRO) — never from a printed zone label,
// which may be the platform's own.
var KnownMeetings = []KnownMeeting{
	{Name: "ASTRO 2023 Annual Meeting", Society: "ASTRO", Year: 2023, Number: 65, City: "San Diego, CA", Zone: "America/Los_Angeles"},
	{Name: "ASTRO 2024 Annual Meeting", Society: "ASTRO", Year: 2024, Number: 66, City: "Washington, DC", Zone: "America/New_York"},
	{Name: "ASTRO 2025 Annual Meeting", Society: "ASTRO", Year: 2025, Number: 67, City: "San Francisco, CA", Zone: "America/Los_Angeles"},
	{Name: "ASTRO 2026 Annual Meeting", Society: "ASTRO", Year: 2026, Number: 68, City: "", Zone: "America/New_York"}, // Eastern time; city not recorded
}

var (
	astroName   = `(?:ASTRO|American Society for Radiation Oncology|American Society for Therapeutic Radiology and Oncology)`
	meetingYear = regexp.MustCompile(`(?i)\b` + astroName + `(?:'s)?[\s,:–-]*(?:(?:\d{1,2}(?:st|nd|rd|th)\s+)?Annual\s+Meeting[\s,:–-]*)?(20\d\d)\b` +
		`|(?i)\b(20\d\d)\s+` + astroName + `\b` +
		`|(?i)#?\bASTRO\s?'?(\d\d)\b`)
	meetingNumber = regexp.MustCompile(`(?i)\b(\d{2})(?:st|nd|rd|th)\s+Annual\s+Meeting\b`)
)

// guessMeeting recognises a known meeting (KnownMeetings) named in text and
// returns its name and zone; loc is nil when none is recognised. When the
// text names several known meetings (a 2025 page announcing ASTRO 2026),
// the one named most often wins; a tie recognises none. It lowers text's
// ASCII letters in place (lowerASCII): every caller passes a buffer of
// its own, and the patterns ignore case, so no copy is made.
func guessMeeting(text []byte) (name string, loc *time.Location) {
	if len(text) > 8<<20 {
		text = text[:8<<20]
	}
	counts := map[int]int{}
	// The patterns all contain ASTRO or the society's name: run them only
	// on the windows around those words, so a large file costs one pass.
	var windows [][]byte
	lower := lowerASCII(text) // text itself, lowered: the patterns match either
	last := -1
	next := nextOf(lower, "astro", "american society")
	for i := 0; i < len(lower); {
		j := next(i)
		if j < 0 {
			break
		}
		start, end := max(j-60, last, 0), min(j+160, len(text))
		if start < end {
			windows = append(windows, text[start:end])
			last = end
		}
		i = j + 1
	}
	var found [][][]byte
	for _, w := range windows {
		if mayNameYear(w) {
			found = append(found, meetingYear.FindAllSubmatch(w, -1)...)
		}
	}
	for _, m := range found {
		for g, v := range m[1:] {
			if len(v) == 0 {
				continue
			}
			y, _ := strconv.Atoi(string(v))
			if g == 2 {
				y += 2000
			}
			if i := meetingByYear(y); i >= 0 {
				counts[i]++
			}
		}
	}
	if len(windows) > 0 {
		var nums [][][]byte
		for i := 0; i < len(lower); {
			j := bytes.Index(lower[i:], []byte("annual meeting"))
			if j < 0 {
				break
			}
			start := max(i+j-12, 0)
			nums = append(nums, meetingNumber.FindAllSubmatch(text[start:min(i+j+20, len(text))], -1)...)
			i += j + 1
		}
		for _, m := range nums {
			n, _ := strconv.Atoi(string(m[1]))
			for i, km := range KnownMeetings {
				if km.Number == n {
					counts[i]++
				}
			}
		}
	}
	best, bestN, tie := -1, 0, false
	for i := range KnownMeetings {
		switch c := counts[i]; {
		case c > bestN:
			best, bestN, tie = i, c, false
		case c == bestN && c > 0:
			tie = true
		}
	}
	if best < 0 || tie {
		return "", nil
	}
	km := KnownMeetings[best]
	l, err := time.LoadLocation(km.Zone)
	if err != nil {
		return "", nil
	}
	return km.Name, l
}

// mayNameMeeting reports whether guessMeeting can recognise a meeting in
// a text that holds s between line breaks (or spaces), where it cannot
// when no piece of the text may: whether s holds an "ſ" (which the
// patterns fold to s), "annual meeting" or "american society" in any
// ASCII case, or an "astro" that mayNameYear could accept in a window
// around it, one at the start or end of s or after a space or before a
// byte yearLead allows. (Outside those, no window guessMeeting cuts from
// the text passes mayNameYear, and without "annual meeting" no meeting
// number counts.) Most titles and sessions answer in a pass over their
// bytes: "Gastrointestinal" is no candidate.
func mayNameMeeting[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c|0x20 != 'a' && c != 0xc5 {
			continue
		}
		if s[i] == 0xc5 {
			if i+1 < len(s) && s[i+1] == 0xbf { // ſ
				return true
			}
			continue
		}
		if i+1 == len(s) {
			break
		}
		switch s[i+1] | 0x20 {
		case 's':
			if hasPrefixFold(s[i:], "astro") {
				q := i + len("astro")
				if i == 0 || reSpace(s[i-1]) || q == len(s) || yearLead(s[q]) {
					return true
				}
			}
		case 'm':
			if hasPrefixFold(s[i:], "american society") {
				return true
			}
		case 'n':
			if hasPrefixFold(s[i:], "annual meeting") {
				return true
			}
		}
	}
	return false
}

// lowerASCII lowers the ASCII letters of s in place, leaving every other
// byte as it is, so an index into the result is an index into s, and
// returns s. The words guessMeeting looks for are ASCII; bytes.ToLower
// would shift the indexes after invalid UTF-8 or a rune whose lower case
// has another length (İ).
func lowerASCII(s []byte) []byte {
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			s[i] = c + 'a' - 'A'
		}
	}
	return s
}

// astroNames are astroName's spellings, lower case.
var astroNames = []string{"astro", "american society for radiation oncology", "american society for therapeutic radiology and oncology"}

// mayNameYear reports whether meetingYear can match in w: whether w holds
// one of astroNames (in any case) with what each of the pattern's forms
// needs next to it: after it a year, "'s", "Annual", a separator, or two
// digits (the first and third forms); before it a space and after it a
// word end (the second). It is a necessary condition only, so that the
// regexp runs on the few windows that can match rather than on every
// "Gastrointestinal" of a poster list.
func mayNameYear(w []byte) bool {
	if bytes.Contains(w, []byte("ſ")) { // folds to s: leave it to the regexp
		return true
	}
	for p := 0; p < len(w); p++ {
		if w[p]|0x20 != 'a' {
			continue
		}
		for _, name := range astroNames {
			q := p + len(name)
			if q > len(w) || !hasPrefixFold(w[p:], name) {
				continue
			}
			if q < len(w) && yearLead(w[q]) || p > 0 && reSpace(w[p-1]) && (q == len(w) || !reWord(w[q])) {
				return true
			}
		}
	}
	return false
}

// yearLead reports whether c can follow the society's name in the first
// and third forms of meetingYear: "'s", a separator (– starts with 0xE2),
// a digit, or "Annual".
func yearLead(c byte) bool {
	switch {
	case c == '\'' || c == ',' || c == ':' || c == '-' || c == 0xE2 || c == 'a' || c == 'A' || reSpace(c):
		return true
	case '0' <= c && c <= '9':
		return true
	}
	return false
}

// reSpace and reWord are the regexp package's \s and \w.
func reSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func reWord(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// nextOf returns a function that gives the position of the first of words
// at or after i in s, or -1. Calls must not go backwards; each word is
// searched for again only once passed, so walking all of s costs one pass
// per word, not one per hit.
func nextOf(s []byte, words ...string) func(i int) int {
	at := make([]int, len(words)) // next known position of each word; -1 none left
	for k := range at {
		at[k] = -2 // not searched yet
	}
	return func(i int) int {
		best := -1
		for k, w := range words {
			if at[k] == -2 || (at[k] >= 0 && at[k] < i) {
				at[k] = -1
				if r := bytes.Index(s[i:], []byte(w)); r >= 0 {
					at[k] = i + r
				}
			}
			if at[k] >= 0 && (best < 0 || at[k] < best) {
				best = at[k]
			}
		}
		return best
	}
}

func meetingByYear(y int) int {
	for i, km := range KnownMeetings {
		if km.Year == y {
			return i
		}
	}
	return -1
}

// zoneHint returns a --tz example for an error hint, from a zone label the
// input printed ("PDT" → America/Los_Angeles) or a default.
func zoneHint(label string) string {
	if loc := labelZone(label); loc != nil && strings.Contains(loc.String(), "/") {
		return loc.String()
	}
	l := strings.ToLower(label)
	switch {
	case strings.Contains(l, "pacific") || l == "pdt" || l == "pst" || l == "pt":
		return "America/Los_Angeles"
	case strings.Contains(l, "mountain") || l == "mdt" || l == "mst" || l == "mt":
		return "America/Denver"
	case strings.Contains(l, "central") || l == "cdt" || l == "cst" || l == "ct":
		return "America/Chicago"
	case strings.Contains(l, "east") || l == "edt" || l == "est" || l == "et":
		return "America/New_York"
	}
	return "America/Los_Angeles"
}

// zoneLabels map the zone labels programs print to IANA zones. Keys are
// lower case with "time", "zone", "standard", "daylight", "usa", "us"
// and punctuation taken out (see labelKey).
var zoneLabels = map[string]string{
	"eastern": "America/New_York", "east coast": "America/New_York", "et": "America/New_York", "edt": "America/New_York", "est": "America/New_York",
	"central": "America/Chicago", "ct": "America/Chicago", "cdt": "America/Chicago", "cst": "America/Chicago",
	"mountain": "America/Denver", "mt": "America/Denver", "mdt": "America/Denver", "mst": "America/Denver",
	"pacific": "America/Los_Angeles", "west coast": "America/Los_Angeles", "pt": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pst": "America/Los_Angeles",
	"arizona": "America/Phoenix", "alaska": "America/Anchorage", "akdt": "America/Anchorage", "akst": "America/Anchorage",
	"hawaii": "Pacific/Honolulu", "hst": "Pacific/Honolulu", "atlantic": "America/Halifax", "adt": "America/Halifax", "ast": "America/Halifax",
	"cet": "Europe/Berlin", "cest": "Europe/Berlin", "central european": "Europe/Berlin", "central european summer": "Europe/Berlin", "mez": "Europe/Berlin", "mesz": "Europe/Berlin",
	"wet": "Europe/Lisbon", "west": "Europe/Lisbon", "western european": "Europe/Lisbon",
	"eet": "Europe/Athens", "eest": "Europe/Athens", "eastern european": "Europe/Athens",
	"bst": "Europe/London", "british summer": "Europe/London", "uk": "Europe/London",
	"gmt": "UTC", "utc": "UTC", "z": "UTC", "coordinated universal": "UTC",
	"india": "Asia/Kolkata", "indian": "Asia/Kolkata",
	"jst": "Asia/Tokyo", "japan": "Asia/Tokyo", "kst": "Asia/Seoul", "korea": "Asia/Seoul",
	"sgt": "Asia/Singapore", "singapore": "Asia/Singapore", "hkt": "Asia/Hong_Kong", "hong kong": "Asia/Hong_Kong",
	"china": "Asia/Shanghai", "beijing": "Asia/Shanghai",
	"aest": "Australia/Sydney", "aedt": "Australia/Sydney", "australian eastern": "Australia/Sydney",
	"acst": "Australia/Adelaide", "acdt": "Australia/Adelaide", "awst": "Australia/Perth",
	"nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland", "new zealand": "Pacific/Auckland",
	"brt": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo", "art": "America/Argentina/Buenos_Aires", "argentina": "America/Argentina/Buenos_Aires",
	"mexico city": "America/Mexico_City", "colombia": "America/Bogota", "cot": "America/Bogota", "peru": "America/Lima", "pet": "America/Lima",
	"chile": "America/Santiago", "clt": "America/Santiago",
}

// labelKey reduces a printed zone label to a zoneLabels key:
// "East Coast USA Time" → "east coast", "(Eastern Daylight Time)" → "eastern".
func labelKey(label string) string {
	f := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool {
		return r == ' ' || r == '(' || r == ')' || r == ',' || r == '.' || r == '-' || r == '_'
	})
	out := f[:0]
	for _, w := range f {
		switch w {
		case "time", "zone", "standard", "daylight", "summer", "usa", "us", "u.s", "america", "american", "hours", "&", "canada":
			if w == "summer" && len(out) > 0 && (out[len(out)-1] == "european" || out[len(out)-1] == "british") {
				out = append(out, w)
			}
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// offsetLabel is a printed offset: "gmt-07:00", "utc+2", "utc+0530".
var offsetLabel = regexp.MustCompile(`^\(?(?:utc|gmt)([+-])(\d{1,2}):?(\d{2})?\)?$`)

// labelZone maps a zone as a file or program prints it to an IANA zone:
// an IANA name ("Europe/Berlin"), or a label such as "Eastern time",
// "ET", "EDT", "Pacific time", "Central", "CET" or "East Coast USA Time".
// Abbreviations name the zone people mean (EST is New York's clock, with
// its summer time), not the fixed-offset zones of the same name. It
// returns nil when the label is not known; never the machine's zone.
func labelZone(label string) *time.Location {
	if v, ok := zoneCache.Load(label); ok {
		return v.(*time.Location)
	}
	loc := lookupLabelZone(label)
	if zoneCacheSize.Add(1) < 1000 { // a few labels per file; bounded for hostile input
		zoneCache.Store(label, loc)
	}
	return loc
}

// zoneCache remembers labelZone's answers: loading a zone reads the zone
// database each time.
var (
	zoneCache     sync.Map
	zoneCacheSize atomic.Int64
)

func lookupLabelZone(label string) *time.Location {
	label = strings.TrimSpace(label)
	if label == "" || len(label) > 60 || strings.EqualFold(label, "local") {
		return nil
	}
	if strings.Contains(label, "/") {
		if loc, err := time.LoadLocation(label); err == nil {
			return loc
		}
	}
	key := labelKey(label)
	if m := offsetLabel.FindStringSubmatch(strings.ToLower(strings.Join(strings.Fields(label), ""))); m != nil {
		h, _ := strconv.Atoi(m[2])
		mins, _ := strconv.Atoi(m[3])
		off := (h*60 + mins) * 60
		if m[1] == "-" {
			off = -off
		}
		if h > 14 || mins > 59 {
			return nil
		}
		if off == 0 {
			return time.UTC
		}
		return time.FixedZone(offsetName(off), off)
	}
	name, ok := zoneLabels[key]
	if !ok {
		return nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	return loc
}
