package planner

import (
	"slices"
	"strings"
	"time"
)

// Kind says what sort of program item an Item is.
type Kind string

// The kinds of item.
const (
	KindSession   Kind = "session"   // a session: symposium, panel, Meet the Expert, scientific session
	KindTalk      Kind = "talk"      // an oral abstract or talk inside a session
	KindPoster    Kind = "poster"    // a poster (board in the poster hall)
	KindEvent     Kind = "event"     // an ARRO, resident, medical-student or similar event
	KindReception Kind = "reception" // a reception or other social event
)

// Role is the part a person plays in an item.
type Role string

// The roles, strongest first (see Role.Rank).
const (
	RoleSpeaker          Role = "speaker"
	RoleModerator        Role = "moderator"
	RolePanelist         Role = "panelist"
	RolePresentingAuthor Role = "presenting author"
	RoleAuthor           Role = "author"
)

// Rank orders roles by how much a person is on stage: 0 is strongest.
// Unknown roles rank after authors.
func (r Role) Rank() int {
	switch r {
	case RoleSpeaker:
		return 0
	case RoleModerator:
		return 1
	case RolePanelist:
		return 2
	case RolePresentingAuthor:
		return 3
	case RoleAuthor:
		return 4
	}
	return 5
}

// Person is one appearance of a person in an item, as the program prints it.
type Person struct {
	// Name is the person's name without credentials, pronouns or
	// affiliation markers, given names first ("Jennifer A. Smith",
	// "J. A. Smith"; a printed "Smith, Jennifer A." reads "Jennifer A. Smith").
	Name string `json:"name"`
	// Credentials are the degrees and honours printed with the name (MD, PhD).
	Credentials []string `json:"credentials,omitempty"`
	Role        Role     `json:"role"`
	// Affiliations are the institutions printed for this person, each as
	// printed (departments, cities and states included).
	Affiliations []string `json:"affiliations"`
}

// Item is anything on the program a user can attend.
type Item struct {
	// ID is stable: the export's session code, abstract or poster number,
	// or else derived deterministically from the item's content.
	ID       string
	Kind     Kind
	Title    string
	Type     string // session type or track as printed ("Meet the Expert", "Poster Q&A")
	Track    string
	Start    time.Time // in the conference's zone
	End      time.Time // in the conference's zone; never before Start
	Room     string
	Board    string // poster board, where given
	ParentID string // the session a talk or poster belongs to
	Session  string // the title of the parent session, where known
	People   []Person
	// Source names where the item was read: "file:line" or "file:element".
	Source string
}

// Overlaps reports whether two items share any time.
func (it *Item) Overlaps(o *Item) bool {
	return it.Start.Before(o.End) && o.Start.Before(it.End)
}

// Day returns the item's date in the conference zone as YYYY-MM-DD.
func (it *Item) Day() string { return it.Start.Format("2006-01-02") }

// Meeting is a conference program: its items and the zone its wall clock
// runs in.
type Meeting struct {
	// Name identifies the meeting ("ASTRO 2025 Annual Meeting"); it seeds
	// calendar UIDs, so the same program gives the same UIDs.
	Name  string
	Zone  *time.Location
	Items []Item
}

// SortItems orders items by start, end, kind, ID: the canonical order
// every output uses. Items equal in all four keep their order (a stable
// sort). The keys are read once per item and the items sorted as an
// index, then moved once each, rather than compared through time.Time
// and swapped whole at every step.
func SortItems(items []Item) {
	type sortKey struct {
		start, end   int64 // Unix seconds
		startN, endN int32 // and nanoseconds
		id           string
		kind         int32 // the rank of the item's Kind among the kinds there are
		at           int32 // the item's index: equal items keep their order
	}
	var kinds []Kind // the distinct kinds, few
	for i := range items {
		if !slices.Contains(kinds, items[i].Kind) {
			kinds = append(kinds, items[i].Kind)
		}
	}
	slices.Sort(kinds)
	keys := make([]sortKey, len(items))
	for i := range items {
		it := &items[i]
		keys[i] = sortKey{it.Start.Unix(), it.End.Unix(), int32(it.Start.Nanosecond()), int32(it.End.Nanosecond()), it.ID,
			int32(slices.Index(kinds, it.Kind)), int32(i)}
	}
	cmp := func(a, b sortKey) int {
		switch {
		case a.start != b.start:
			return cmpInt(a.start, b.start)
		case a.startN != b.startN:
			return cmpInt(int64(a.startN), int64(b.startN))
		case a.end != b.end:
			return cmpInt(a.end, b.end)
		case a.endN != b.endN:
			return cmpInt(int64(a.endN), int64(b.endN))
		case a.kind != b.kind:
			return int(a.kind - b.kind)
		case a.id != b.id:
			return strings.Compare(a.id, b.id)
		}
		return int(a.at - b.at)
	}
	if slices.IsSortedFunc(keys, cmp) {
		return
	}
	slices.SortFunc(keys, cmp)
	// Move each item once, cycle by cycle: position j takes item keys[j].at.
	for start := range keys {
		if keys[start].at < 0 {
			continue
		}
		tmp := items[start]
		j := start
		for {
			k := int(keys[j].at)
			keys[j].at = -1
			if k == start {
				items[j] = tmp
				break
			}
			items[j] = items[k]
			j = k
		}
	}
}

func cmpInt(a, b int64) int {
	if a < b {
		return -1
	}
	return 1
}

// Index returns a map from item ID to its position in m.Items.
func (m *Meeting) Index() map[string]int {
	idx := make(map[string]int, len(m.Items))
	for i := range m.Items {
		idx[m.Items[i].ID] = i
	}
	return idx
}
