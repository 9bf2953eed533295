// Package planner is confplan's domain: the items of a conference program,
// the people who appear in them, the user's targets (people from the network
// map and residency programs), the matches between them, the day plan and the
// follow-ups that each planned encounter leaves behind.
//
// Everything here is pure: no file, network or clock access. Readers of real
// files live in package sources; writers of iCal, tables and checklists live
// in package export; the command line wires them together.
//
// Times. Every instant an Item carries is a time.Time in the conference's
// location (Meeting.Zone), so Format, Truncate-to-day and "which day" questions
// answer in the conference's wall clock, never in the machine's.
package planner
