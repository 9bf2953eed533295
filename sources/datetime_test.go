package sources

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	d := func(y int, m time.Month, day int) civilDate { return civilDate{y, m, day} }
	tests := []struct {
		in    string
		order DateOrder
		want  civilDate
		err   error // nil, errNoYear, errAmbiguousDate, or errBad for any other failure
	}{
		{"9/28/2025", DateAuto, d(2025, 9, 28), nil},
		{"09/28/25", DateAuto, d(2025, 9, 28), nil},
		{"28/9/2025", DateAuto, d(2025, 9, 28), nil},
		{"September 28, 2025", DateAuto, d(2025, 9, 28), nil},
		{"Sunday, September 28, 2025", DateAuto, d(2025, 9, 28), nil},
		{"Sun, Sep 28, 2025", DateAuto, d(2025, 9, 28), nil},
		{"Sept. 28th, 2025", DateAuto, d(2025, 9, 28), nil},
		{"06 November 2026", DateAuto, d(2026, 11, 6), nil},
		{"Friday 6 Nov 2026", DateAuto, d(2026, 11, 6), nil},
		{"2025-09-28", DateAuto, d(2025, 9, 28), nil},
		{"2025/9/28", DateAuto, d(2025, 9, 28), nil},
		{"2025-09-28T14:45:00", DateAuto, d(2025, 9, 28), nil},
		{"28.09.2025", DateAuto, d(2025, 9, 28), nil},
		{"03.04.2025", DateAuto, d(2025, 4, 3), nil}, // dots are day-first
		{"28-Sep-2025", DateAuto, d(2025, 9, 28), nil},
		{"2025 September 28", DateAuto, d(2025, 9, 28), nil},
		{"  9/28/2025  ", DateAuto, d(2025, 9, 28), nil},
		{"3/4/2025", DateMDY, d(2025, 3, 4), nil},
		{"3/4/2025", DateDMY, d(2025, 4, 3), nil},
		{"5/5/2025", DateAuto, d(2025, 5, 5), nil},
		{"2/29/2024", DateAuto, d(2024, 2, 29), nil},
		{"3/4/2025", DateAuto, civilDate{}, errAmbiguousDate},
		{"Sun, Sep 28", DateAuto, d(0, 9, 28), errNoYear},
		{"Sunday, September 28", DateAuto, d(0, 9, 28), errNoYear},
		{"9/28", DateAuto, d(0, 9, 28), errNoYear},
		{"2/29/2025", DateAuto, civilDate{}, errBad},
		{"13/13/2025", DateAuto, civilDate{}, errBad},
		{"28/9/2025", DateMDY, civilDate{}, errBad},
		{"September 2025", DateAuto, civilDate{}, errBad},
		{"Smarch 3, 2025", DateAuto, civilDate{}, errBad},
		{"TBD", DateAuto, civilDate{}, errBad},
		{"", DateAuto, civilDate{}, errBad},
		{"2:45 PM", DateAuto, civilDate{}, errBad},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDate(tt.in, tt.order)
			switch {
			case tt.err == nil && err != nil:
				t.Fatalf("parseDate(%q) error %v", tt.in, err)
			case tt.err == errBad && err == nil:
				t.Fatalf("parseDate(%q) = %v, want an error", tt.in, got)
			case tt.err != nil && tt.err != errBad && !errors.Is(err, tt.err):
				t.Fatalf("parseDate(%q) error %v, want %v", tt.in, err, tt.err)
			}
			if (tt.err == nil || tt.err == errNoYear) && got != tt.want {
				t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// errBad marks a test case that must fail, for any reason.
var errBad = errors.New("any error")

func TestDetectDateOrder(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want DateOrder
	}{
		{"month first", []string{"3/4/2025", "9/28/2025"}, DateMDY},
		{"day first", []string{"3/4/2025", "28/9/2025"}, DateDMY},
		{"dots day first", []string{"01.10.2025", "28.09.2025"}, DateDMY},
		{"all ambiguous", []string{"3/4/2025", "4/3/2025"}, DateAuto},
		{"month names only", []string{"September 28, 2025", "2025-09-28"}, DateAuto},
		{"majority", []string{"9/28/2025", "9/29/2025", "29/9/2025"}, DateMDY},
		{"empty", nil, DateAuto},
		{"with weekday", []string{"Sun 9/28/2025"}, DateMDY},
		{"weekday settles day first", []string{"Sat 02/05/2026", "Sun 03/05/2026"}, DateDMY},
		{"weekday settles month first", []string{"Thu 02/05/2026"}, DateMDY},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectDateOrder(tt.in); got != tt.want {
				t.Errorf("detectDateOrder(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseClock(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for an error
	}{
		{"2:45 PM", "14:45"},
		{"2:45 p.m.", "14:45"},
		{"2:45 P.M.", "14:45"},
		{"2:45pm", "14:45"},
		{"2:45p", "14:45"},
		{"2pm", "14:00"},
		{"2 PM", "14:00"},
		{"12:00 PM", "12:00"},
		{"12:30 AM", "00:30"},
		{"12 a.m.", "00:00"},
		{"noon", "12:00"},
		{"Noon", "12:00"},
		{"midnight", "00:00"},
		{"14:45", "14:45"},
		{"14.45", "14:45"},
		{"14h30", "14:30"},
		{"14:45:00", "14:45"},
		{"0930", "09:30"},
		{"08:00", "08:00"},
		{"2", ""},
		{"25:00", ""},
		{"13:00 PM", ""},
		{"2:61 PM", ""},
		{"", ""},
		{"TBD", ""},
		{"2:45 PM PDT", ""}, // a label belongs to parseTimeRange
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseClock(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Errorf("parseClock(%q) = %v, want an error", tt.in, got)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Errorf("parseClock(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseTimeRange(t *testing.T) {
	tests := []struct {
		in         string
		start, end string // end "" means no end
		label      string
		bad        bool
	}{
		{in: "2:45 PM - 4:00 PM", start: "14:45", end: "16:00"},
		{in: "2:45 PM – 4:00 PM PDT", start: "14:45", end: "16:00", label: "PDT"},
		{in: "2:45 PM — 4:00 PM (ET)", start: "14:45", end: "16:00", label: "ET"},
		{in: "2:45 p.m. to 4 p.m. Pacific time", start: "14:45", end: "16:00", label: "Pacific time"},
		{in: "10:45 AM - 11:45 AM East Coast USA Time", start: "10:45", end: "11:45", label: "East Coast USA Time"},
		{in: "8:00 AM-9:15 AM MST", start: "08:00", end: "09:15", label: "MST"},
		{in: "14:45-16:00", start: "14:45", end: "16:00"},
		{in: "14:45 – 16:00 CEST", start: "14:45", end: "16:00", label: "CEST"},
		{in: "9:00 - 10:30 UTC+2", start: "09:00", end: "10:30", label: "UTC+2"},
		{in: "2pm-3:30pm", start: "14:00", end: "15:30"},
		{in: "2 - 3:30 PM", start: "14:00", end: "15:30"},
		{in: "11 - 1 PM", start: "11:00", end: "13:00"},
		{in: "11:30 - 12:30 PM", start: "11:30", end: "12:30"},
		{in: "noon - 1:30 PM", start: "12:00", end: "13:30"},
		{in: "1:00 PM - 4:00", start: "13:00", end: "16:00"},
		{in: "9:00 PM - 1:00 AM", start: "21:00", end: "01:00"},
		{in: "7:00 AM until 8:00 AM", start: "07:00", end: "08:00"},
		{in: "2:45 PM", start: "14:45"},
		{in: "2:45 PM (Pacific Time (US & Canada))", start: "14:45", label: "Pacific Time (US & Canada)"},
		{in: "14:00 America/Los_Angeles", start: "14:00", label: "America/Los_Angeles"},
		// No AM/PM on either end: an end before the start is past noon.
		{in: "12:15 - 1:15", start: "12:15", end: "13:15"},
		{in: "11:30 - 1:00", start: "11:30", end: "13:00"},
		{in: "2:45 - 4:00", start: "02:45", end: "04:00"}, // settled per file by importRows
		{in: "9am–", bad: true},
		{in: "9am -", bad: true},
		{in: "4:00 PM - 2:45 PM", bad: true},
		{in: "2:45 PM - 4:00 PM Room 3014", bad: true},
		{in: "2 - 3", bad: true},
		{in: "TBA", bad: true},
		{in: "", bad: true},
		{in: "2:45 PM - banana", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseTimeRange(tt.in)
			if tt.bad {
				if err == nil {
					t.Errorf("parseTimeRange(%q) = %+v, want an error", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseTimeRange(%q): %v", tt.in, err)
			}
			if got.Start.String() != tt.start || got.HasEnd != (tt.end != "") || (got.HasEnd && got.End.String() != tt.end) || got.ZoneLabel != tt.label {
				t.Errorf("parseTimeRange(%q) = %v–%v (end %v) %q; want %s–%s %q", tt.in, got.Start, got.End, got.HasEnd, got.ZoneLabel, tt.start, tt.end, tt.label)
			}
		})
	}
}

func TestParseTimeRangeAfterMidnight(t *testing.T) {
	got, err := parseTimeRange("9:00 PM - 1:00 AM")
	if err != nil {
		t.Fatal(err)
	}
	la, _ := time.LoadLocation("America/Los_Angeles")
	d := civilDate{2025, 9, 27}
	start, end := at(d, got.Start, la), at(d, got.End, la)
	if want := "2025-09-28T01:00:00-07:00"; end.Format(time.RFC3339) != want {
		t.Errorf("end = %s, want %s", end.Format(time.RFC3339), want)
	}
	if end.Sub(start) != 4*time.Hour {
		t.Errorf("length %v, want 4h", end.Sub(start))
	}
}

func TestTimeErrorsSayWhatToDo(t *testing.T) {
	_, err := parseTimeRange("9am–")
	if err == nil || err.Error() != `time "9am–" has no end; want e.g. 2:45 PM - 4:00 PM` {
		t.Errorf("error = %v", err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"9/28/2025", "September 28, 2025", "Sunday, September 28, 2025", "Sun, Sep 28",
		"06 November 2026", "2025-09-28", "28.09.2025", "3/4/2025", "2025-09-28T14:45:00-07:00", "28th Sept 2025", "9/28", ""} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, order int) {
		o := DateOrder(order % 3)
		if o < 0 {
			o = -o
		}
		d, err := parseDate(s, o)
		if err == nil && (d.Year < 1900 || d.Year > 2200 || !validDay(d.Year, d.Month, d.Day)) {
			t.Errorf("parseDate(%q) = %v, an impossible date", s, d)
		}
		if errors.Is(err, errNoYear) && (d.Year != 0 || !validDay(2024, d.Month, d.Day)) {
			t.Errorf("parseDate(%q) = %v with errNoYear", s, d)
		}
		detectDateOrder([]string{s, s})
	})
}

func FuzzParseTimeRange(f *testing.F) {
	for _, s := range []string{"2:45 PM - 4:00 PM", "2:45 PM – 4:00 PM PDT", "2:45 p.m. to 4 p.m. Pacific time",
		"10:45 AM - 11:45 AM East Coast USA Time", "14:45-16:00", "11 - 1 PM", "noon - 1:30 PM", "9:00 PM - 1:00 AM",
		"9am–", "2:45 PM (Pacific Time (US & Canada))", "0930", "14h30", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tr, err := parseTimeRange(s)
		if err == nil {
			if tr.Start < 0 || tr.Start > 24*60 {
				t.Errorf("parseTimeRange(%q) start %d", s, tr.Start)
			}
			if tr.HasEnd && (tr.End < tr.Start || tr.End > 48*60) {
				t.Errorf("parseTimeRange(%q) = %d–%d", s, tr.Start, tr.End)
			}
		}
		if c, err := parseClock(s); err == nil && (c < 0 || c > 24*60) {
			t.Errorf("parseClock(%q) = %d", s, c)
		}
		cellSplit(s)
		parseDuration(s)
	})
}

func TestParseDateWeekdayMismatch(t *testing.T) {
	_, err := parseDate("Sunday, September 27, 2025", DateAuto)
	if err == nil || err.Error() != `date "Sunday, September 27, 2025": September 27, 2025 is a Saturday` {
		t.Errorf("err = %v, want the weekday mismatch named", err)
	}
	if _, err := parseDate("Sat 9/27/2025", DateAuto); err != nil {
		t.Errorf("matching weekday: %v", err)
	}
}

// Bare and H24 say how a range was written, so importRows can settle
// times without AM/PM from the rest of the file.
func TestTimeRangeStyle(t *testing.T) {
	tests := []struct {
		in        string
		bare, h24 bool
	}{
		{"2:45 - 4:00", true, false},
		{"12:15 - 1:15", true, false},
		{"8:02", true, false},
		{"2:45 PM - 4:00 PM", false, false},
		{"2:45 - 4:00 PM", false, false},
		{"14:45-16:00", false, true},
		{"08:00 - 09:30", false, true},
		{"0930", false, true},
		{"noon - 1:30", false, false},
	}
	for _, tt := range tests {
		got, err := parseTimeRange(tt.in)
		if err != nil {
			t.Fatalf("parseTimeRange(%q): %v", tt.in, err)
		}
		if got.Bare != tt.bare || got.H24 != tt.h24 {
			t.Errorf("parseTimeRange(%q): bare %v h24 %v, want %v %v", tt.in, got.Bare, got.H24, tt.bare, tt.h24)
		}
	}
}

// A time range is not a date without a year: "12:15 -" once read as
// December 15 and split "12:15 - 1:15" into a date and a time.
func TestTimeIsNotDate(t *testing.T) {
	for _, s := range []string{"12:15 -", "12:15", "9:30"} {
		if isDateText(s) {
			t.Errorf("isDateText(%q) = true", s)
		}
	}
	for _, s := range []string{"9/28", "28.9", "Sun Sep 28"} {
		if !isDateText(s) {
			t.Errorf("isDateText(%q) = false", s)
		}
	}
}

func TestLabelZone(t *testing.T) {
	for _, tc := range []struct{ label, want string }{
		{"Eastern time", "America/New_York"}, {"ET", "America/New_York"}, {"EDT", "America/New_York"},
		{"EST", "America/New_York"}, {"East Coast USA Time", "America/New_York"},
		{"Eastern Daylight Time", "America/New_York"}, {"Pacific time", "America/Los_Angeles"},
		{"Pacific Time (US & Canada)", "America/Los_Angeles"}, {"PT", "America/Los_Angeles"},
		{"Central", "America/Chicago"}, {"CDT", "America/Chicago"}, {"Mountain Time", "America/Denver"},
		{"CET", "Europe/Berlin"}, {"CEST", "Europe/Berlin"}, {"Central European Summer Time", "Europe/Berlin"},
		{"AEST", "Australia/Sydney"}, {"JST", "Asia/Tokyo"}, {"Europe/Vienna", "Europe/Vienna"},
		{"GMT-07:00", "UTC-07:00"}, {"UTC+2", "UTC+02:00"}, {"UTC", "UTC"},
		{"", ""}, {"Local", ""}, {"Room 5", ""}, {"IST", ""}, {"Mars/Olympus", ""},
	} {
		got := ""
		if loc := labelZone(tc.label); loc != nil {
			got = loc.String()
		}
		if got != tc.want {
			t.Errorf("labelZone(%q) = %q, want %q", tc.label, got, tc.want)
		}
	}
}
