package sources

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

func TestReadJSON(t *testing.T) {
	runGolden(t, []goldenCase{
		{
			file: "json/oasis.json", format: "oasis-json", zone: "America/Los_Angeles",
			items: 2, warnings: 2,
			kinds: map[planner.Kind]int{planner.KindTalk: 1, planner.KindPoster: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				talk := wantItem(t, items, "1045", planner.KindTalk, "Stereotactic Radiosurgery for EGFR-Mutant Brain Metastases",
					"2025-09-28T14:45:00-07:00", "2025-09-28T14:55:00-07:00", "Moscone West 3001", "SS 14")
				if talk.Session != "SS 14 - CNS 2: Brain Metastases" {
					t.Errorf("session = %q", talk.Session)
				}
				wantPerson(t, talk, "Wei Zhang", planner.RolePresentingAuthor, "Fudan University")
				wantPerson(t, talk, "S. L. Pugh", planner.RoleAuthor, "NRG Oncology")
				if len(talk.People) != 3 {
					t.Errorf("people = %+v, want the presenter merged with W. Zhang", talk.People)
				}
				poster := wantItem(t, items, "2210", planner.KindPoster, "Financial Toxicity in Rural Patients Receiving Palliative Radiotherapy",
					"2025-09-29T10:45:00-07:00", "2025-09-29T11:45:00-07:00", "Poster Hall, Exhibit Hall D", "PQA 05")
				if poster.Board != "118" {
					t.Errorf("board = %q", poster.Board)
				}
			},
		},
		{
			file: "json/sched.json", tz: "America/New_York", format: "sched-json", zone: "America/New_York",
			items: 2, warnings: 1,
			kinds: map[planner.Kind]int{planner.KindEvent: 1, planner.KindSession: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				pd := wantItem(t, items, "a1b2c3", planner.KindEvent, "Meet the Program Directors: Radiation Oncology",
					"2026-10-18T12:00:00-04:00", "2026-10-18T13:00:00-04:00", "Room 152A", "")
				wantPerson(t, pd, "Lakshmi Rao", planner.RoleSpeaker, "University of Pittsburgh")
				wantPerson(t, pd, "Olga Petrov", planner.RoleSpeaker, "")
				wantPerson(t, pd, "Chris Wong", planner.RoleModerator, "Thomas Jefferson University")
				ed := wantItem(t, items, "d4e5f6", planner.KindSession, "Educational Session: Pediatric Craniospinal Irradiation",
					"2026-10-19T08:00:00-04:00", "2026-10-19T09:15:00-04:00", "Hall C", "")
				wantPerson(t, ed, "Amal Haddad", planner.RoleSpeaker, "")
				wantPerson(t, ed, "Peter O'Neill", planner.RoleSpeaker, "Mayo Clinic, Rochester, MN")
			},
		},
		{
			// Session records holding their presentations; numeric dates
			// that are unambiguous only as a column (09/29).
			file: "json/oasis-sessions.json", tz: "America/Los_Angeles", format: "oasis-json", zone: "America/Los_Angeles",
			items: 3, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindTalk: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				s := wantItem(t, items, "SS 22", planner.KindSession, "SS 22 - Gynecologic Cancer 1: Brachytherapy",
					"2025-09-29T14:45:00-07:00", "2025-09-29T16:00:00-07:00", "Moscone South 156", "")
				wantPerson(t, s, "Ama Mensah", planner.RoleModerator, "Korle Bu")
				wantPerson(t, s, "Sofia Rossi", planner.RoleModerator, "University of Toronto")
				a := wantItem(t, items, "1150", planner.KindTalk, "Image-Guided Adaptive Brachytherapy in Low-Resource Settings",
					"2025-09-29T14:45:00-07:00", "2025-09-29T14:55:00-07:00", "Moscone South 156", "SS 22")
				wantPerson(t, a, "Ngozi Eze", planner.RolePresentingAuthor, "Lagos University Teaching Hospital")
				wantPerson(t, a, "A. Mensah", planner.RoleAuthor, "Korle Bu")
				// Without times of its own, a presentation takes its session's.
				wantItem(t, items, "1151", planner.KindTalk, "Vaginal Cuff Brachytherapy Dose De-escalation",
					"2025-09-29T14:45:00-07:00", "2025-09-29T16:00:00-07:00", "Moscone South 156", "SS 22")
			},
		},
		{
			// Records of an export confplan has no reader for: read as a
			// table, so spreadsheet column names apply to their keys.
			file: "json/flat-records.json", tz: "America/New_York", format: "json", zone: "America/New_York",
			items: 2, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Meet the PDs" {
						wantItem(t, items, it.ID, planner.KindSession, "Meet the PDs", "2026-10-18T14:45:00-04:00", "2026-10-18T16:00:00-04:00", "Hall C", "")
						wantPerson(t, it, "Bo Chen", planner.RoleSpeaker, "")
					}
				}
			},
		},
		{
			// A scraped program: a session with its presentations, dates
			// without a year (the meeting the file names gives it), time
			// ranges with a zone label, chairs and presenters as objects.
			file: "json/scraped-sessions.json", format: "oasis-json", zone: "America/Los_Angeles",
			items: 3, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindTalk: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				var s planner.Item
				for _, it := range items {
					if it.Kind == planner.KindSession {
						s = it
					}
				}
				wantItem(t, items, s.ID, planner.KindSession, "SS 22 - Gynecologic Cancer 1: Brachytherapy", "2025-09-29T14:45:00-07:00", "2025-09-29T16:00:00-07:00", "Moscone South 156", "")
				wantPerson(t, s, "Sofia Rossi", planner.RoleModerator, "University of Toronto")
				a := wantItem(t, items, "1150", planner.KindTalk, "Image-Guided Adaptive Brachytherapy in Low-Resource Settings", "2025-09-29T14:45:00-07:00", "2025-09-29T14:55:00-07:00", "Moscone South 156", s.ID)
				wantPerson(t, a, "Ngozi Eze", planner.RolePresentingAuthor, "Lagos University Teaching Hospital")
				b := wantItem(t, items, "1151", planner.KindTalk, "Vaginal Cuff Brachytherapy Dose De-escalation", "2025-09-29T14:55:00-07:00", "2025-09-29T15:05:00-07:00", "Moscone South 156", s.ID)
				wantPerson(t, b, "Priya Raman", planner.RolePresentingAuthor, "Tata Memorial Hospital")
			},
		},
		{
			// A session record holding its talks, with a date field and
			// time-range text fields.
			file: "json/nested-talks.json", tz: "America/New_York", format: "oasis-json", zone: "America/New_York",
			items: 3, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindTalk: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				var s, a planner.Item
				for _, it := range items {
					switch it.Title {
					case "Gyn 2: Brachytherapy":
						s = it
					case "Image-Guided Brachytherapy in Low-Resource Settings":
						a = it
					}
				}
				wantItem(t, items, s.ID, planner.KindSession, "Gyn 2: Brachytherapy", "2026-10-20T08:00:00-04:00", "2026-10-20T09:15:00-04:00", "Room 7", "")
				wantPerson(t, s, "Ama Mensah", planner.RoleModerator, "")
				wantItem(t, items, a.ID, planner.KindTalk, "Image-Guided Brachytherapy in Low-Resource Settings", "2026-10-20T08:00:00-04:00", "2026-10-20T08:10:00-04:00", "Room 7", s.ID)
				wantPerson(t, a, "Ngozi Eze", planner.RolePresentingAuthor, "Lagos University Teaching Hospital")
			},
		},
		{
			// schema.org Role wrappers (PerformanceRole, OrganizationRole,
			// Role) around performer, organizer and contributor keep their
			// people, with the roles their roleName names.
			file: "json/jsonld-roles.json", format: "json-ld", zone: "America/New_York",
			items: 1, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "EDU 12", planner.KindEvent, "Panel: Global Radiation Oncology Careers",
					"2026-10-19T10:00:00-04:00", "2026-10-19T11:15:00-04:00", "Room 152A", "")
				wantPerson(t, it, "Ngozi Eze", planner.RoleModerator, "Lagos University Teaching Hospital")
				wantPerson(t, it, "Rafael Souza", planner.RolePanelist, "Hospital Sírio-Libanês")
				wantPerson(t, it, "Mei Tanaka", planner.RoleSpeaker, "")
				wantPerson(t, it, "Lakshmi Rao", planner.RoleModerator, "")
				wantPerson(t, it, "Wei Zhang", planner.RoleAuthor, "")
			},
		},
		{
			// schema.org saved as .json: the meeting (a multi-day event)
			// names the zone; its sub-events have no offsets.
			file: "json/jsonld.json", format: "json-ld", zone: "America/New_York",
			items: 1, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "EDU 12", planner.KindSession, "Contouring the Post-Operative Prostate Bed",
					"2024-09-30T13:00:00-04:00", "2024-09-30T14:15:00-04:00", "Room 202A", "")
				wantPerson(t, it, "Nicholas Walker", planner.RoleSpeaker, "Winship")
			},
		},
	})
}

func TestReadJSONErrors(t *testing.T) {
	tests := []struct {
		name, input string
		noZone      bool
		want        string
	}{
		{"broken.json", "", false, "broken.json:2: invalid JSON"},
		{"unknown.json", "", false, "not a program export"},
		{"sched.json", "", true, "no UTC offset"},
		{"utc.json", `[{"name": "A", "event_start": "2026-10-18T16:00:00Z", "event_end": "2026-10-18T17:00:00Z"}]`, true, "UTC"},
		{"empty.json", `{"data": []}`, false, "no records"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.input == "" {
				_, err = readFixture(t, "json/"+tc.name, "")
			} else {
				_, err = ReadProgram(strings.NewReader(tc.input), tc.name, Options{})
			}
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, ErrNoZone) != tc.noZone {
				t.Errorf("errors.Is(err, ErrNoZone) = %v, want %v (%v)", !tc.noZone, tc.noZone, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

func TestParseJTime(t *testing.T) {
	la, _ := time.LoadLocation("America/Los_Angeles")
	tests := []struct {
		in    string
		order DateOrder
		want  string // in America/Los_Angeles
		err   bool
	}{
		{"2025-09-28T14:45:00", DateAuto, "2025-09-28T14:45:00-07:00", false},
		{"2025-09-28T14:45", DateAuto, "2025-09-28T14:45:00-07:00", false},
		{"2025-09-28 14:45", DateAuto, "2025-09-28T14:45:00-07:00", false},
		{"2025-09-28T17:45:00-04:00", DateAuto, "2025-09-28T14:45:00-07:00", false},
		{"2025-09-28T21:45:00Z", DateAuto, "2025-09-28T14:45:00-07:00", false},
		{"9/28/2025 2:45:00 PM", DateAuto, "2025-09-28T14:45:00-07:00", false},
		{"28/09/2025 14:45", DateDMY, "2025-09-28T14:45:00-07:00", false},
		{"September 28, 2025 2:45 PM", DateAuto, "2025-09-28T14:45:00-07:00", false},
		{"/Date(1759095900000)/", DateAuto, "2025-09-28T14:45:00-07:00", false},
		{"1759095900", DateAuto, "2025-09-28T14:45:00-07:00", false},    // Unix seconds
		{"1759095900000", DateAuto, "2025-09-28T14:45:00-07:00", false}, // Unix milliseconds
		{"1234567", DateAuto, "", true},
		{"", DateAuto, "", true},
		{"2:45 PM", DateAuto, "", true},
		{"2025-13-45T99:99", DateAuto, "", true},
	}
	for _, tc := range tests {
		got, err := parseJTime(tc.in, tc.order)
		if (err != nil) != tc.err {
			t.Errorf("parseJTime(%q) error = %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if err == nil {
			if s := got.in(la).Format(time.RFC3339); s != tc.want {
				t.Errorf("parseJTime(%q) = %s, want %s", tc.in, s, tc.want)
			}
		}
	}
}

// FuzzReadJSON feeds the JSON reader arbitrary input: it must never
// panic, and every item it returns must be well formed.
func FuzzReadJSON(f *testing.F) {
	files, _ := filepath.Glob("testdata/json/*.json")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"@context":"https://schema.org","@type":"Event","name":"A","startDate":"2025-09-28T14:45:00-07:00","subEvent":[{"@type":"Event","name":"1 - B","startDate":"2025-09-28T14:45:00-07:00","duration":"PT10M"}]}`))
	f.Add([]byte(`{"data":{"items":[{"Body":"X","Start":"/Date(1759095900000-0700)/"}]}}`))
	la, _ := time.LoadLocation("America/Los_Angeles")
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := readJSON(data, "fuzz.json", Options{Zone: la})
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

// BenchmarkReadOASIS reads an OASIS export at ASTRO scale: 3,000
// presentation records with HTML author blocks.
func BenchmarkReadOASIS(b *testing.B) {
	var buf strings.Builder
	buf.WriteString(`{"meeting": "ASTRO 2025 Annual Meeting", "data": [`)
	for i := 0; i < 3000; i++ {
		if i > 0 {
			buf.WriteString(",\n")
		}
		fmt.Fprintf(&buf, `{"PresentationNumber": "%d", "Title": "Abstract %d on Hypofractionation", "SessionTitle": "SS %02d - Session", "Start": "9/%d/2025 %d:%02d:00 AM", "End": "9/%d/2025 %d:%02d:00 AM", "Location": "Room %d", "PresenterDisplayName": "Priya Raman, MD", "AuthorBlock": "<b>P. Raman</b><sup>1</sup>, J. Smith<sup>2</sup>, and R. Patel<sup>1,2</sup>; <sup>1</sup>Duke University, Durham, NC, <sup>2</sup>University of Michigan, Ann Arbor, MI"}`,
			1000+i, i, i%90, 27+i%4, 8+i%4, i%6*10, 27+i%4, 8+i%4, i%6*10+9, i%30)
	}
	buf.WriteString("]}")
	data := []byte(buf.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		res, err := ReadProgram(bytes.NewReader(data), "bench.json", Options{})
		if err != nil || len(res.Items) != 3000 {
			b.Fatalf("%v, %d items", err, len(res.Items))
		}
	}
}

// TestJSONLDZones: offsets give the zone when nothing else does; UTC
// alone does not.
func TestJSONLDZones(t *testing.T) {
	ev := func(start string) string {
		return `{"@context":"https://schema.org","@type":"Event","name":"Tumor Board","startDate":"` + start + `","duration":"PT1H"}`
	}
	tests := []struct {
		in, tz, want string
		noZone       bool
	}{
		{ev("2026-04-17T08:00:00-05:00"), "", "2026-04-17T08:00:00-05:00", false},
		{ev("2026-04-17T13:00:00Z"), "", "", true},
		{ev("2026-04-17T13:00:00Z"), "America/Chicago", "2026-04-17T08:00:00-05:00", false},
		{ev("2026-04-17T08:00:00"), "", "", true},
		{ev("2026-04-17T08:00:00"), "America/Chicago", "2026-04-17T08:00:00-05:00", false},
	}
	for _, tc := range tests {
		var opt Options
		if tc.tz != "" {
			opt.Zone, _ = time.LoadLocation(tc.tz)
		}
		res, err := ReadProgram(strings.NewReader(tc.in), "ld.json", opt)
		if tc.noZone {
			if !errors.Is(err, ErrNoZone) {
				t.Errorf("%s: err = %v, want ErrNoZone", tc.in, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if got := res.Items[0].Start.Format(time.RFC3339); got != tc.want || res.Format != "json-ld" {
			t.Errorf("%s: start %s format %s, want %s", tc.in, got, res.Format, tc.want)
		}
	}
}

// A scraped array without a meeting name: the weekdays give the year near
// today, the printed label the zone, each with a warning.
func TestReadJSONYearlessLabel(t *testing.T) {
	in := `[{"session_title": "Head and Neck 1", "date": "Monday, October 19", "time": "10:45 AM - 12:00 PM ET", "room": "Room 12",
	  "talks": [{"title": "De-escalation in HPV+ Oropharynx", "time": "10:45 AM - 10:55 AM ET", "presenter": "Cy Dee"}]}]`
	res, err := ReadProgram(strings.NewReader(in), "s.json", Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Zone.String() != "America/New_York" || len(res.Items) != 2 {
		t.Fatalf("zone %v, items %d", res.Zone, len(res.Items))
	}
	if got := res.Items[0].Start.Format(time.RFC3339); got != "2026-10-19T10:45:00-04:00" {
		t.Errorf("start = %s", got)
	}
	if len(res.Warnings) != 2 {
		t.Errorf("warnings = %v, want the year and the zone label", res.Warnings)
	}
}
