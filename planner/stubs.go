package planner

// Stubs: signatures the matching and planning helpers implement; each
// deletes its stub when the real code lands.

import "time"

// MatchOptions tune matching.
type MatchOptions struct {
	Interests []string // --interests: words or phrases to flag in titles and types
}

// Matcher finds targets in program items. Build it once per set of
// targets; Match is then linear in the number of people mentioned.
type Matcher struct{}

// NewMatcher indexes the targets.
func NewMatcher(t *Targets, opt MatchOptions) *Matcher { return &Matcher{} }

// Match returns every (item, target) match, in item order then target order.
func (m *Matcher) Match(items []Item) []Match { return nil }

// FirstFollowUp is the follow-up after e: its window opens 48 h after e.At
// and it falls due 72 h after, with a drafted email.
func FirstFollowUp(e Encounter) FollowUp {
	return FollowUp{Encounter: e, Kind: FirstTouch, WindowStart: e.At.Add(48 * time.Hour), Due: e.At.Add(72 * time.Hour)}
}
