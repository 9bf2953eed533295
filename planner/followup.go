package planner

import "time"

// Encounter is a meeting with a person: planned (from a day plan) or
// logged after the fact (confplan met).
type Encounter struct {
	Name        string // as in the network map, or as printed in the program
	Institution string
	Email       string
	Role        string // the contact's role: Program Director, Resident, ...
	Where       string // the item's title or free text
	ItemID      string
	ItemKind    Kind // the context: poster, talk, session, event, reception; "" when unknown
	Room        string
	// Part is the part they play in the item (speaker, presenting author,
	// author); "" when unknown, as for encounters logged with 'met'. A
	// co-author was not necessarily there, and the draft says so.
	Part Role
	// At is when they met; for a planned encounter, the end of the stop
	// the user attends (a session that holds their talk, a poster walk).
	At    time.Time
	Notes string // one specific point to mention
	// Program is the target program they belong to, by its own name
	// ("University of Vermont Medical Center"), when known; drafts name it
	// rather than an abbreviation in the network map.
	Program string
	// Planned says the encounter is foreseen by a plan, not logged: its
	// draft is a template to finish after meeting, not a letter about a
	// conversation that has not happened.
	Planned bool
}

// programOfPoint is the program the talking point for the network-map
// person named name at s names, or "".
func programOfPoint(s *Stop, name string) string {
	for _, p := range s.Points {
		if p.TargetType == TargetPerson && p.Target == name {
			return p.Program
		}
	}
	return ""
}

// FollowUpKind is the first email after an encounter or the second touch.
type FollowUpKind string

// The follow-up kinds, as the JSON contract spells them.
const (
	FirstTouch  FollowUpKind = "first"
	SecondTouch FollowUpKind = "second"
)

// FollowUp is an email to send in a window after an encounter.
type FollowUp struct {
	Encounter   Encounter
	Kind        FollowUpKind
	WindowStart time.Time
	Due         time.Time
	Status      string // "upcoming", "due", "overdue", "sent", "answered"
	Subject     string
	Body        string
	Mailto      string // a mailto: URL with subject and body, when Email is known
	// SentAt is when the first email went out; set on second touches,
	// whose draft refers to it.
	SentAt time.Time
	// display is DisplayName(displayOf), as the plan that made the
	// follow-up named the person (see DisplayName).
	display, displayOf string
}

// DisplayName is DisplayName(f.Encounter.Name): the plan's own naming of
// the person when a plan made the follow-up (a plan names each person
// once, for its tables, calendars and notes), else worked out.
func (f *FollowUp) DisplayName() string {
	if f.displayOf == f.Encounter.Name && f.display != "" {
		return f.display
	}
	return DisplayName(f.Encounter.Name)
}

// The follow-up windows.
//
// The first email goes out between 48 and 72 hours after the encounter:
// absolute hours, so an encounter the evening before a daylight-saving
// change still gets exactly 48 h and 72 h. The second touch, when the
// first got no answer, is a matter of calendar days: 7 to 14 days after
// the first email was sent, at the same wall-clock time in the
// conference's zone.
const (
	FirstWindowOpens = 48 * time.Hour
	FirstWindowDue   = 72 * time.Hour
	SecondOpensDays  = 7
	SecondDueDays    = 14
)

// The statuses a follow-up can be in.
const (
	StatusUpcoming = "upcoming" // its window has not opened yet
	StatusDue      = "due"      // its window is open
	StatusOverdue  = "overdue"  // past its due time and not sent
	StatusSent     = "sent"
	StatusAnswered = "answered"
)

// FirstFollowUp is the follow-up after e: its window opens 48 h after e.At
// and it falls due 72 h after, with a drafted email. Status is left empty;
// see SetStatus.
func FirstFollowUp(e Encounter) FollowUp {
	f := FollowUp{Encounter: e, Kind: FirstTouch, WindowStart: e.At.Add(FirstWindowOpens), Due: e.At.Add(FirstWindowDue)}
	f.Subject, f.Body = Draft(f, "")
	f.Mailto = Mailto(e.Email, f.Subject, f.Body)
	return f
}

// SecondFollowUp is the second touch after a first email sent at sent
// that got no answer: its window runs from 7 to 14 calendar days after
// sent, in loc (the conference zone).
func SecondFollowUp(e Encounter, sent time.Time, loc *time.Location) FollowUp {
	s := sent.In(loc)
	f := FollowUp{Encounter: e, Kind: SecondTouch, SentAt: sent,
		WindowStart: s.AddDate(0, 0, SecondOpensDays), Due: s.AddDate(0, 0, SecondDueDays)}
	f.Subject, f.Body = Draft(f, "")
	f.Mailto = Mailto(e.Email, f.Subject, f.Body)
	return f
}

// StatusAt says where a follow-up not yet sent stands at now: upcoming
// before its window opens, due from the window's start to its due time
// (both included), overdue after.
func (f *FollowUp) StatusAt(now time.Time) string {
	switch {
	case now.Before(f.WindowStart):
		return StatusUpcoming
	case now.After(f.Due):
		return StatusOverdue
	}
	return StatusDue
}
