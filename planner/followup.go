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
	At          time.Time // when they met; for a planned encounter, the item's end
	Notes       string    // one specific point to mention
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
}
