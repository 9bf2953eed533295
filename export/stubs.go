package export

// Stubs: signatures the iCal helper implements; it deletes this file when
// the real writers land.

import (
	"errors"
	"io"
	"time"

	"github.com/confplan/confplan/planner"
)

// CalendarOptions tune the calendars written.
type CalendarOptions struct {
	Name    string         // calendar name shown by clients (X-WR-CALNAME)
	Meeting string         // meeting identity: seeds UIDs
	Zone    *time.Location // conference zone, for local times in descriptions
	Alarm   time.Duration  // DISPLAY alarm before each event; 0 = none
}

// WriteICal writes the phone calendar: one VEVENT per planned item and one
// per follow-up (at its window's start). plan may be nil.
func WriteICal(w io.Writer, plan *planner.Plan, followups []planner.FollowUp, opt CalendarOptions) error {
	return errors.New("not implemented")
}

// WriteTodos writes follow-ups as VTODOs for task apps.
func WriteTodos(w io.Writer, followups []planner.FollowUp, opt CalendarOptions) error {
	return errors.New("not implemented")
}

// WriteChecklist writes follow-ups as a Markdown checklist grouped by due date.
func WriteChecklist(w io.Writer, followups []planner.FollowUp, opt CalendarOptions) error {
	return errors.New("not implemented")
}
