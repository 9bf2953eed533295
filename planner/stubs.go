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

// PlanOptions tune the day plan.
type PlanOptions struct {
	Days   []string      // YYYY-MM-DD; empty means every day
	Buffer time.Duration // between items in different rooms
	Must   []string      // item IDs that must stay
	Skip   []string      // item IDs to leave out
	From   time.Duration // day window start, as time since midnight; 0 = none
	To     time.Duration // day window end, as time since midnight; 0 = none
}

// Plan is the chosen itinerary, day by day, with its follow-ups.
type Plan struct {
	Days      []DayPlan
	FollowUps []FollowUp
}

// DayPlan is one day's chosen stops and what was dropped.
type DayPlan struct {
	Day string // YYYY-MM-DD in the conference zone
}

// MakePlan chooses, for each day, the non-overlapping items of greatest
// total value.
func MakePlan(m *Meeting, t *Targets, matches []Match, opt PlanOptions) (*Plan, error) {
	return &Plan{}, nil
}

// FirstFollowUp is the follow-up after e: its window opens 48 h after e.At
// and it falls due 72 h after, with a drafted email.
func FirstFollowUp(e Encounter) FollowUp {
	return FollowUp{Encounter: e, Kind: FirstTouch, WindowStart: e.At.Add(48 * time.Hour), Due: e.At.Add(72 * time.Hour)}
}
