package sources

// Signatures of the shared text primitives (dates, times, people, author
// blocks). The CSV helper replaces these stubs with real implementations
// in datetime.go and people.go and deletes this file; other readers call
// them as declared here.

import (
	"time"

	"github.com/confplan/confplan/planner"
)

// civilDate is a calendar date without a zone.
type civilDate struct {
	Year  int
	Month time.Month
	Day   int
}

// clock is a wall-clock time of day in minutes since midnight.
type clock int

// at returns the instant of date d at wall-clock c in loc.
func at(d civilDate, c clock, loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, int(c)/60, int(c)%60, 0, 0, loc)
}

// parseDate reads one date in any supported form. Numeric dates with both
// parts ≤ 12 use order; DateAuto then fails as ambiguous.
func parseDate(s string, order DateOrder) (civilDate, error) { return civilDate{}, errTODO }

// detectDateOrder decides MDY or DMY from a whole column of date strings;
// it returns DateAuto when every value is ambiguous or the column has
// no numeric dates.
func detectDateOrder(values []string) DateOrder { return DateAuto }

// parseClock reads one time of day: "2:45 PM", "2:45 p.m.", "14:45", "2pm", "noon".
func parseClock(s string) (clock, error) { return 0, errTODO }

// timeRange is a parsed "2:45 PM - 4:00 PM PDT".
type timeRange struct {
	Start, End clock
	HasEnd     bool
	ZoneLabel  string // "PDT", "Pacific time", ... as printed; a hint only
}

// parseTimeRange reads a time or a range with "-", "–", "—" or "to" and an
// optional trailing zone label. A single time gives HasEnd false.
func parseTimeRange(s string) (timeRange, error) { return timeRange{}, errTODO }

// parsePersonText reads one person as programs print them:
// "Sandra A.G Visser, PhD (she/her/hers)", "Erin Chew, MD;RhMSUS",
// "Jean Acevedo, -None-", "Name, MD – Affiliation", "Name (Affiliation)".
// Role is left empty for the caller.
func parsePersonText(s string) planner.Person { return planner.Person{} }

// parseRoleList reads a list of people with roles:
// "Moderator: Dr. X (Affil); Speaker: Y, MD (Affil, City)". A person
// without a role prefix gets defaultRole.
func parseRoleList(s string, defaultRole planner.Role) []planner.Person { return nil }

// parseAuthorBlock reads an abstract's author block as published:
// "D. W. Bruner1, S. L. Pugh2,3, and B. Movsas17; 1Nell Hodgson ..., 2NRG Oncology"
// (superscripts already flattened to digits or Unicode superscripts),
// resolving each author's affiliation numbers. A presenting author marked
// with "*" gets RolePresentingAuthor; everyone else RoleAuthor.
func parseAuthorBlock(s string) []planner.Person { return nil }

// guessMeeting recognises a known meeting (KnownMeetings) named in text and
// returns its name and zone; loc is nil when none is recognised.
func guessMeeting(text []byte) (name string, loc *time.Location) { return "", nil }

// classify decides an item's kind from its title and its type, category or
// session text: posters, ARRO/resident/medical-student events, receptions,
// sessions. Talks are decided by structure (a presentation inside a
// session), not here; fallback is the kind to use when nothing says otherwise.
func classify(title, typ string, fallback planner.Kind) planner.Kind { return fallback }

// deriveID returns a stable ID for an item without one, from its content:
// the same parts always give the same ID.
func deriveID(parts ...string) string { return "" }
