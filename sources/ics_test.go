package sources

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

func TestReadICS(t *testing.T) {
	runGolden(t, []goldenCase{
		{
			// TZID events give the zone; a floating event is read in it;
			// an all-day event is skipped with a warning.
			file: "ics/sched.ics", format: "ical", zone: "America/Chicago",
			items: 3, warnings: 1,
			kinds: map[planner.Kind]int{planner.KindEvent: 1, planner.KindSession: 1, planner.KindReception: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				p := wantItem(t, items, "5c1f2a9e8b7d6c5b4a39281706f5e4d3", planner.KindEvent,
					"Panel: Building a Residency Application as an International Medical Graduate",
					"2026-05-15T08:30:00-05:00", "2026-05-15T09:45:00-05:00", "Hyatt Regency, Grand Ballroom B", "")
				if p.Type != "Panel" || p.Track != "Panel, Trainees" {
					t.Errorf("type/track = %q/%q", p.Type, p.Track)
				}
				wantPerson(t, p, "Priya Raman", planner.RoleModerator, "Duke University")
				wantPerson(t, p, "Omar Al-Sayed", planner.RoleSpeaker, "")
				wantPerson(t, p, "Grace Kim", planner.RoleSpeaker, "Northwestern University")
				if len(p.People) != 3 {
					t.Errorf("people = %+v; the description's prose is not people", p.People)
				}
				// UTC with a DURATION, shown in the conference zone.
				k := wantItem(t, items, "7e2d", planner.KindSession, "Keynote: The Future of Adaptive Radiotherapy",
					"2026-05-15T10:00:00-05:00", "2026-05-15T10:45:00-05:00", "Main Hall", "")
				wantPerson(t, k, "Hiroshi Tanaka", planner.RoleSpeaker, "")
				wantPerson(t, k, "Rania Çelik", planner.RoleSpeaker, "")
				wantItem(t, items, "recep-1", planner.KindReception, "Welcome Reception",
					"2026-05-15T19:00:00-05:00", "2026-05-15T21:00:00-05:00", "Skyline Terrace", "")
			},
		},
		{
			// Broken events are skipped with their line; the rest import.
			file: "ics/broken.ics", tz: "America/New_York", format: "ical", zone: "America/New_York",
			items: 2, warnings: 2,
		},
	})
}

func TestReadICSErrors(t *testing.T) {
	tests := []struct {
		name, input string
		noZone      bool
		want        string
	}{
		{"utc-nozone.ics", "", true, "--tz"},
		{"unknown-tz.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Mars/Olympus:20260601T090000\r\nSUMMARY:A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", true, "Mars/Olympus"},
		{"local.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260601T090000\r\nSUMMARY:A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", true, "no time zone"},
		{"garbage.ics", "BEGIN:VCALENDAR\r\nthis is not ical\r\n", false, "not a readable iCalendar file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.input == "" {
				_, err = readFixture(t, "ics/"+tc.name, "")
			} else {
				_, err = ReadProgram(strings.NewReader(tc.input), tc.name, Options{})
			}
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, ErrNoZone) != tc.noZone {
				t.Errorf("errors.Is(err, ErrNoZone) = %v, want %v (%v)", !tc.noZone, tc.noZone, err)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("error %v is not an *Error", err)
			} else if !strings.Contains(err.Error()+" "+e.Hint, tc.want) {
				t.Errorf("error %q (hint %q) does not contain %q", err, e.Hint, tc.want)
			}
		})
	}
}

func TestICSZone(t *testing.T) {
	tests := []struct {
		tzid, want string
		ok         bool
	}{
		{"America/Chicago", "America/Chicago", true},
		{`"America/Chicago"`, "America/Chicago", true},
		{"/mozilla.org/20050126_1/America/New_York", "America/New_York", true},
		{"Pacific Standard Time", "America/Los_Angeles", true},
		{"Local", "", false},
		{"", "", false},
		{"Not/AZone", "", false},
	}
	for _, tc := range tests {
		l, ok := icsZone(tc.tzid)
		if ok != tc.ok || ok && l.String() != tc.want {
			t.Errorf("icsZone(%q) = %v, %v; want %s, %v", tc.tzid, l, ok, tc.want, tc.ok)
		}
	}
}

func TestSplitNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hiroshi Tanaka, PhD, Rania Çelik", []string{"Hiroshi Tanaka, PhD", "Rania Çelik"}},
		{"Omar Al-Sayed, MD, PhD; Grace Kim (Northwestern University)", []string{"Omar Al-Sayed, MD, PhD", " Grace Kim (Northwestern University)"}},
		{"A. Smith (Mayo Clinic, Rochester, MN), B. Jones", []string{"A. Smith (Mayo Clinic, Rochester, MN)", "B. Jones"}},
	}
	for _, tc := range tests {
		got := splitNames(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitNames(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzReadICS feeds the iCal reader arbitrary input: it must never panic.
func FuzzReadICS(f *testing.F) {
	files, _ := filepath.Glob("testdata/ics/*.ics")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	ny, _ := time.LoadLocation("America/New_York")
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := readICS(data, "fuzz.ics", Options{Zone: ny})
		if err != nil {
			return
		}
		for _, it := range res.Items {
			if it.End.Before(it.Start) || it.ID == "" || it.Title == "" {
				t.Fatalf("bad item %+v", it)
			}
		}
	})
}

// TestReadICSCalendarZone: a Sched feed writes UTC times and names the
// meeting's zone in X-WR-TIMEZONE; the items show in that zone.
func TestReadICSCalendarZone(t *testing.T) {
	feed := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-CALNAME:Sched Demo", "X-WR-TIMEZONE:America/Los_Angeles",
		"BEGIN:VEVENT", "UID:s1", "DTSTART:20250928T214500Z", "DTEND:20250928T230000Z", "SUMMARY:Panel: Away Rotations",
		"DESCRIPTION:Speakers: Priya Raman\\, MD\\, Omar Al-Sayed", "CATEGORIES:ARRO", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	res, err := ReadProgram(strings.NewReader(feed), "all.ics", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Zone.String() != "America/Los_Angeles" || len(res.Items) != 1 {
		t.Fatalf("zone %v, items %+v", res.Zone, res.Items)
	}
	it := res.Items[0]
	if it.Start.Format(time.RFC3339) != "2025-09-28T14:45:00-07:00" || it.End.Format(time.RFC3339) != "2025-09-28T16:00:00-07:00" {
		t.Errorf("times %v – %v", it.Start, it.End)
	}
	if it.Kind != planner.KindEvent || len(it.People) != 2 {
		t.Errorf("kind %s, people %+v", it.Kind, it.People)
	}
}
