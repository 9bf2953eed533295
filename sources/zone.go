package sources

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
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
	meetingYear = regexp.MustCompile(`(?i)` + astroName + `(?:'s)?[\s,:–-]*(?:(?:\d{1,2}(?:st|nd|rd|th)\s+)?Annual\s+Meeting[\s,:–-]*)?(20\d\d)\b` +
		`|(?i)\b(20\d\d)\s+` + astroName + `\b` +
		`|(?i)#?\bASTRO\s?'?(\d\d)\b`)
	meetingNumber = regexp.MustCompile(`(?i)\b(\d{2})(?:st|nd|rd|th)\s+Annual\s+Meeting\b`)
)

// guessMeeting recognises a known meeting (KnownMeetings) named in text and
// returns its name and zone; loc is nil when none is recognised. When the
// text names several known meetings (a 2025 page announcing ASTRO 2026),
// the one named most often wins; a tie recognises none.
func guessMeeting(text []byte) (name string, loc *time.Location) {
	if len(text) > 8<<20 {
		text = text[:8<<20]
	}
	counts := map[int]int{}
	// The patterns all contain ASTRO or the society's name: run them only
	// on the windows around those words, so a large file costs one pass.
	var windows [][]byte
	lower := bytes.ToLower(text)
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
		found = append(found, meetingYear.FindAllSubmatch(w, -1)...)
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
