package main

import (
	"errors"
	"strings"
	"time"
)

// The one reader of the times a user types: --at (met, done), --now
// (followups), --from and --to (plan). Program files have their own,
// broader reader (sources); these are what a person types at a prompt.

// parseWhen reads a time as users type it, in loc: "2025-09-28 14:30",
// "2025-09-28T14:30", RFC 3339 (its offset is kept as the instant),
// "9/28/2025 2:30 PM", "Sep 28 2:30pm" or "28 September 14:30" (this
// year), or a time alone ("14:30", "2:30pm", "yesterday 18:30"), which
// means that time on now's date (or the day before) in loc.
func parseWhen(s string, loc *time.Location, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(loc), nil
	}
	norm := strings.ToUpper(strings.Join(strings.Fields(strings.ReplaceAll(s, ".", "")), " "))
	norm = strings.NewReplacer(" AM", "AM", " PM", "PM").Replace(norm)
	for _, layout := range []string{
		"2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02T15:04:05",
		"2006-01-02 3:04PM", "2006-01-02 3PM", "1/2/2006 15:04", "1/2/2006 3:04PM", "1/2/2006 3PM",
	} {
		if t, err := time.ParseInLocation(layout, norm, loc); err == nil {
			return t, nil
		}
	}
	// "Sep 28 2:30pm", "28 September, 14:30": this year.
	dm := strings.ReplaceAll(norm, ",", "")
	for _, layout := range []string{
		"Jan 2 15:04", "Jan 2 3:04PM", "Jan 2 3PM", "2 Jan 15:04", "2 Jan 3:04PM", "2 Jan 3PM",
		"January 2 15:04", "January 2 3:04PM", "January 2 3PM", "2 January 15:04", "2 January 3:04PM", "2 January 3PM",
	} {
		if t, err := time.ParseInLocation(layout, dm, loc); err == nil {
			return time.Date(now.In(loc).Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, loc), nil
		}
	}
	// A time alone is today's; "yesterday 18:30" is yesterday's.
	day := now.In(loc)
	clockPart := norm
	switch {
	case strings.HasPrefix(norm, "TODAY "):
		clockPart = strings.TrimPrefix(norm, "TODAY ")
	case strings.HasPrefix(norm, "YESTERDAY "):
		clockPart = strings.TrimPrefix(norm, "YESTERDAY ")
		day = day.AddDate(0, 0, -1)
	}
	if h, m, ok := parseClock(clockPart); ok {
		return time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, loc), nil
	}
	if t, err := time.ParseInLocation("2006-01-02", norm, loc); err == nil {
		return t, nil
	}
	return time.Time{}, errors.New("not a time confplan understands")
}

// parseClock reads a time of day as users type it: "14:30", "2:30pm",
// "2:30 p.m.", "6 PM", "1430", "noon", "midnight". It returns the hour
// (0–23) and minute.
func parseClock(s string) (hour, minute int, ok bool) {
	norm := strings.ToUpper(strings.Join(strings.Fields(strings.ReplaceAll(s, ".", "")), ""))
	switch norm {
	case "NOON":
		return 12, 0, true
	case "MIDNIGHT":
		return 0, 0, true
	}
	for _, layout := range []string{"15:04", "3:04PM", "3PM", "1504"} {
		if t, err := time.Parse(layout, norm); err == nil {
			return t.Hour(), t.Minute(), true
		}
	}
	return 0, 0, false
}
