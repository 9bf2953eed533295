package planner

import "time"

// The follow-up lifecycle of one encounter, as the encounter log records
// it:
//
//	open ──done──▶ sent ──done──▶ second sent
//	  │              │                 │
//	  └──────────────┴── an answer ────┴──▶ answered
//
// open: the first email (48–72 h after the encounter) is still to send.
// sent: it went out; with no answer, a second touch falls due 7 to 14
// days later. second sent: the second touch went out too; nothing more
// is due. answered: they replied (recorded with done --response, or typed
// into the network map's Response column after the first email), which
// closes the thread from any stage.

// The stages of a thread, as the encounter log spells them.
const (
	StageOpen       = "open"
	StageSent       = "sent"
	StageSecondSent = "second sent"
	StageAnswered   = "answered"
)

// Thread is one encounter and where its follow-up stands.
type Thread struct {
	Encounter   Encounter
	WindowStart time.Time // the first email's window
	Due         time.Time
	Stage       string // StageOpen, StageSent, StageSecondSent, StageAnswered
	SentAt      time.Time
	SecondAt    time.Time
	Response    string
	// PriorResponse is the network map's Response when the first email
	// was sent, so a reply typed into the map later is noticed.
	PriorResponse string
}

// Answered reports whether the thread is closed by an answer: recorded in
// the log, or typed into the map's Response (mapResponse, when the person
// is in the map) since the first email went out.
func (t Thread) Answered(mapResponse string, inMap bool) bool {
	return t.Stage == StageAnswered || t.Response != "" ||
		(inMap && t.Stage != StageOpen && mapResponse != "" && mapResponse != t.PriorResponse)
}

// FollowUp is the email the thread asks for at now, in loc (the
// conference zone): the first email while open, the second touch once
// sent. ok is false when nothing is pending (second touch sent, or
// answered) — unless all, when such a thread gives its last follow-up
// with the status sent or answered.
func (t Thread) FollowUp(loc *time.Location, now time.Time, mapResponse string, inMap, all bool) (f FollowUp, ok bool) {
	enc := t.Encounter
	enc.At = enc.At.In(loc)
	answered := t.Answered(mapResponse, inMap)
	first := func() FollowUp {
		f := FirstFollowUp(enc)
		f.WindowStart, f.Due = t.WindowStart.In(loc), t.Due.In(loc)
		return f
	}
	switch {
	case t.Stage == StageOpen && !answered:
		f = first()
		f.Status = f.StatusAt(now)
		return f, true
	case t.Stage == StageSent && !answered && !t.SentAt.IsZero():
		f = SecondFollowUp(enc, t.SentAt, loc)
		f.Status = f.StatusAt(now)
		return f, true
	case !all:
		return FollowUp{}, false
	}
	if t.SentAt.IsZero() || t.Stage == StageOpen {
		f = first()
	} else {
		f = SecondFollowUp(enc, t.SentAt, loc)
	}
	f.Status = StatusSent
	if answered {
		f.Status = StatusAnswered
	}
	return f, true
}

// Mark is what `confplan done` did to a person's threads.
type Mark int

// The marks.
const (
	MarkedNothing    Mark = iota // every thread was already past what was asked
	MarkedSent                   // the first email went out
	MarkedSecondSent             // the second touch went out
	MarkedAnswered               // their answer was recorded
)

// MarkDone moves a person's threads one step at at: with a response,
// every thread not yet answered becomes answered; else the open ones
// become sent (remembering mapResponse, the map's Response as it is now),
// or, when none is open, the sent ones become second sent. It returns the
// indexes of the threads it changed (changed in place) and what it did.
func MarkDone(threads []Thread, at time.Time, response, mapResponse string) ([]int, Mark) {
	var changed []int
	if response != "" {
		for i := range threads {
			if threads[i].Stage != StageAnswered {
				threads[i].Stage, threads[i].Response = StageAnswered, response
				changed = append(changed, i)
			}
		}
		if len(changed) == 0 {
			return nil, MarkedNothing
		}
		return changed, MarkedAnswered
	}
	for i := range threads {
		if threads[i].Stage == StageOpen {
			threads[i].Stage, threads[i].SentAt, threads[i].PriorResponse = StageSent, at, mapResponse
			changed = append(changed, i)
		}
	}
	if len(changed) > 0 {
		return changed, MarkedSent
	}
	for i := range threads {
		if threads[i].Stage == StageSent {
			threads[i].Stage, threads[i].SecondAt = StageSecondSent, at
			changed = append(changed, i)
		}
	}
	if len(changed) > 0 {
		return changed, MarkedSecondSent
	}
	return nil, MarkedNothing
}

// NextStep is the text for the network map's Next step column after a
// mark (or, for MarkedNothing, after a new encounter: the first email's
// deadline), with dates in layout: the map's own date style.
func NextStep(m Mark, f FollowUp, at time.Time, layout string) string {
	switch m {
	case MarkedSent:
		return "Second touch " + f.WindowStart.Format(layout) + " to " + f.Due.Format(layout) + " if no reply"
	case MarkedSecondSent:
		return "Second touch sent " + at.Format(layout) + "; wait for a reply"
	case MarkedAnswered:
		return "Answered " + at.Format(layout) + ": decide the next step"
	}
	return "Follow up by " + f.Due.Format(layout)
}
