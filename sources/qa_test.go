package sources

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

// Inputs shaped as new users bring them, unlike the demo set: each was
// read wrongly once. The golden files hold the whole result.
func TestReadQAInputs(t *testing.T) {
	runGolden(t, []goldenCase{
		// Times without AM/PM in a 12-hour file: 2:45 - 4:00 is the
		// afternoon, 12:15 - 1:15 ends past noon, 7:00 stays morning.
		{file: "qa/no-ampm.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 5, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					want := map[string]string{
						"Morning Plenary":          "2026-10-18T08:00:00-04:00 2026-10-18T09:30:00-04:00",
						"Lunch Symposium":          "2026-10-18T12:15:00-04:00 2026-10-18T13:15:00-04:00",
						"Afternoon Oral Session":   "2026-10-18T14:45:00-04:00 2026-10-18T16:00:00-04:00",
						"Evening Poster Reception": "2026-10-18T17:30:00-04:00 2026-10-18T19:00:00-04:00",
						"Early Bird Contouring":    "2026-10-19T07:00:00-04:00 2026-10-19T07:55:00-04:00",
					}[it.Title]
					if got := rfc(it.Start) + " " + rfc(it.End); got != want {
						t.Errorf("%s: %s, want %s", it.Title, got, want)
					}
				}
			}},
		// A Session column of codes: the row that opens SS 07 is the
		// session, the rows with only times (8:02 - 8:12, 1:05 - 1:15 in
		// a PM session) are its talks.
		{file: "qa/session-code-talks.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 7, warnings: 1,
			kinds: map[planner.Kind]int{planner.KindSession: 2, planner.KindTalk: 5},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				s := wantItem(t, items, "SS 07", planner.KindSession, "Lung 2: Oligometastatic NSCLC", "2026-10-19T08:00:00-04:00", "2026-10-19T09:15:00-04:00", "Room 206", "")
				wantPerson(t, s, "Kwame Acheampong", planner.RoleModerator, "Johns Hopkins University")
				for _, it := range items {
					if it.Title == "MRI-guided SBRT" {
						if rfc(it.Start) != "2026-10-19T13:05:00-04:00" || it.ParentID != "SS 08" {
							t.Errorf("MRI-guided SBRT at %s in %q, want 13:05 in SS 08", rfc(it.Start), it.ParentID)
						}
					}
				}
			}},
		// An eventScribe session page saved with its title, date lines and
		// speaker rows left open, under a site banner <h1>: the banner is
		// not the session, each nested line and role is read in order.
		{file: "qa/eventscribe-unclosed.html", tz: "America/New_York", format: "eventscribe-html", zone: "America/New_York", items: 1, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title != "Panel: Navigating the Residency Match as an International Medical Graduate" || it.Room != "Room 151A" ||
						rfc(it.Start) != "2026-10-18T14:45:00-04:00" || rfc(it.End) != "2026-10-18T16:00:00-04:00" || len(it.People) != 3 {
						t.Errorf("item = %q in %q %s–%s with %d people", it.Title, it.Room, rfc(it.Start), rfc(it.End), len(it.People))
					}
					wantPerson(t, it, "Priya Raman", planner.RoleModerator, "Duke University")
					wantPerson(t, it, "Omar Al-Sayed", planner.RolePanelist, "MD Anderson")
					wantPerson(t, it, "Grace Kim", planner.RolePanelist, "Northwestern University")
				}
			}},
		// A European table: rowspan date and time cells, day headers in
		// <th> rows that settle 08/05/2026 as 8 May, a windows-1252 page.
		{file: "qa/table-rowspan-dayheaders.html", tz: "Europe/Vienna", format: "html-table", zone: "Europe/Vienna", items: 5, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Teaching Lecture: Brachytherapy for Cervix" {
						if rfc(it.Start) != "2026-05-08T08:30:00+02:00" || it.Room != "Hall B" {
							t.Errorf("%s at %s in %s, want 8 May 08:30 in Hall B (rowspan)", it.Title, rfc(it.Start), it.Room)
						}
						wantPerson(t, it, "Ana García", planner.RoleModerator, "Barcelona, Spain")
					}
					if it.Title == "Symposium: Proton Therapy in Children" && it.Room != "Hall C" {
						t.Errorf("%s in %q, want Hall C (rowspan)", it.Title, it.Room)
					}
				}
			}},
		// Google Sheets cells with a role, then a person and their
		// institution on lines of their own.
		{file: "qa/gsheets-multiline-people.csv", tz: "America/Chicago", format: "csv", zone: "America/Chicago", items: 2, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					switch it.Title {
					case "Tumor Board: Head and Neck":
						if len(it.People) != 3 {
							t.Errorf("%d people, want 3: %+v", len(it.People), it.People)
						}
						wantPerson(t, it, "John A. Smith", planner.RoleModerator, "University of X")
						wantPerson(t, it, "Ann Lee", planner.RolePanelist, "Duke University")
						wantPerson(t, it, "Bo Chen", planner.RolePanelist, "UCSF")
					case "ARRO Resident Lunch":
						wantPerson(t, it, "Heather Mitchell", planner.RoleSpeaker, "UC Davis, Sacramento, CA")
					}
				}
			}},
		// Whova's agenda export: "Sub" rows are talks in the session
		// above; a Speakers column of bare names separated by commas.
		{file: "qa/whova-agenda.csv", tz: "America/Chicago", format: "csv", zone: "America/Chicago", items: 4, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindTalk: 2, planner.KindReception: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				var plenary planner.Item
				for _, it := range items {
					if it.Title == "Opening Plenary" {
						plenary = it
					}
				}
				if len(plenary.People) != 2 || plenary.People[1].Name != "Chris Wong" || len(plenary.People[0].Affiliations) != 0 {
					t.Errorf("plenary people = %+v, want Maria Lopez and Chris Wong", plenary.People)
				}
				for _, it := range items {
					if it.Kind == planner.KindTalk && it.ParentID != plenary.ID {
						t.Errorf("talk %q in %q, want the plenary %q", it.Title, it.ParentID, plenary.ID)
					}
				}
			}},
		// Sched's web export: Time Start / Time End / Venue, speakers as a
		// comma list with credentials ("Priya Raman, MD, Grace Kim").
		{file: "qa/sched-web-export.csv", tz: "America/Chicago", format: "csv", zone: "America/Chicago", items: 3, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Career Development: Applying to Residency as an IMG" {
						if len(it.People) != 2 || rfc(it.Start) != "2026-10-17T12:00:00-05:00" || it.Room != "Room 152A" {
							t.Errorf("%+v", it)
						}
						wantPerson(t, it, "Priya Raman", planner.RoleSpeaker, "")
						wantPerson(t, it, "Grace Kim", planner.RoleSpeaker, "")
					}
				}
			}},
		// Authors with Unicode superscripts and a "*" presenting marker,
		// their numbered affiliations in a column of their own; Vancouver
		// style authors ending in a full stop.
		{file: "qa/posters-superscripts.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 2, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindPoster: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "3001", planner.KindPoster, "Hypofractionated RT in Elderly Glioblastoma", "2025-09-29T10:45:00-04:00", "2025-09-29T11:45:00-04:00", "Exhibit Hall", "")
				wantPerson(t, it, "Smith J", planner.RoleAuthor, "VA Ann Arbor Healthcare System")
				wantPerson(t, it, "Doe A", planner.RolePresentingAuthor, "Duke University, Durham, NC")
				if a := it.People[1].Affiliations; len(a) != 1 {
					t.Errorf("presenting author affiliations = %q, want Duke alone", a)
				}
				wantPerson(t, items["3002"], "Adeyemi TO", planner.RoleAuthor, "")
			}},
		// A European export: ";" delimiters, dotted times 14.45–16.00,
		// dates 02/05/2026 whose weekday (Sat) settles them as 2 May,
		// German titles before the chair's name.
		{file: "qa/euro-weekday-dates.csv", tz: "Europe/Vienna", format: "csv", zone: "Europe/Vienna", items: 2, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Opening Ceremony" {
						if rfc(it.Start) != "2026-05-02T14:45:00+02:00" || rfc(it.End) != "2026-05-02T16:00:00+02:00" {
							t.Errorf("%s: %s–%s, want 2 May 14:45–16:00", it.Title, rfc(it.Start), rfc(it.End))
						}
						wantPerson(t, it, "Hans Weber", planner.RoleModerator, "Berlin, Germany")
					}
				}
			}},
		// Excel on a European machine: BOM, ";" and CRLF, dd.mm.yyyy and
		// 24-hour times, two chairs in one cell.
		{file: "qa/excel-semicolon-bom-crlf.csv", tz: "Europe/Vienna", format: "csv", zone: "Europe/Vienna", items: 3, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Teaching Lecture: Re-irradiation" {
						if rfc(it.Start) != "2025-05-13T14:00:00+02:00" || it.Room != "Strauss 2" || len(it.People) != 2 {
							t.Errorf("%+v", it)
						}
						wantPerson(t, it, "Jörg Müller", planner.RoleModerator, "")
					}
				}
			}},
		// A Cvent-style export: date and time in one cell, a code column,
		// speakers as "Dr. Name - Institution" separated by ";".
		{file: "qa/cvent-datetime.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 3, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "MTE-12", planner.KindSession, "Meet the Experts: Proton Therapy", "2026-10-18T14:45:00-04:00", "2026-10-18T16:00:00-04:00", "Room 151A", "")
				wantPerson(t, it, "Carlos Diaz", planner.RoleSpeaker, "MD Anderson Cancer Center")
				wantPerson(t, it, "Ewa Nowak", planner.RoleSpeaker, "Memorial Sloan Kettering")
				wantItem(t, items, "SOC-1", planner.KindReception, "Evening Networking Reception", "2026-10-19T19:00:00-04:00", "2026-10-19T23:30:00-04:00", "Rooftop Terrace", "")
			}},
		// A JSON program of sessions holding their presentations, whose
		// times have no date (the session's), chairs as a list, the
		// presenter as an object.
		{file: "qa/nested-sessions.json", tz: "America/New_York", format: "oasis-json", zone: "America/New_York", items: 3, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindTalk: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				s := wantItem(t, items, "S1", planner.KindSession, "Breast Oral Session", "2026-06-12T09:00:00-04:00", "2026-06-12T10:30:00-04:00", "Salon A", "")
				wantPerson(t, s, "Bo Chen", planner.RoleModerator, "")
				it := wantItem(t, items, "102", planner.KindTalk, "Hypofractionation in DCIS", "2026-06-12T09:12:00-04:00", "2026-06-12T09:24:00-04:00", "Salon A", "S1")
				wantPerson(t, it, "Chris Wong", planner.RolePresentingAuthor, "Jefferson")
			}},
		// A script's export (pandas): an unnamed index column, ISO dates
		// with a midnight time, 24-hour times with seconds, speakers as a
		// Python list, a TBD time skipped with a warning.
		{file: "qa/pandas-export.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 2, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Opening Plenary" {
						if rfc(it.Start) != "2026-10-18T08:00:00-04:00" || len(it.People) != 2 {
							t.Errorf("%s at %s with %+v", it.Title, rfc(it.Start), it.People)
						}
						wantPerson(t, it, "Omar Al-Sayed", planner.RoleSpeaker, "")
					}
				}
			}},
		// Talks without AM/PM under an evening session (7:05 - 7:25 under
		// 7:00 PM - 9:00 PM) are in the evening: the session settles it.
		{file: "qa/evening-talks-no-ampm.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 3, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindTalk: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Autocontouring in Practice" && (rfc(it.Start) != "2026-10-19T19:05:00-04:00" || it.ParentID != "SOC 1") {
						t.Errorf("%s at %s in %q, want 19:05 in SOC 1", it.Title, rfc(it.Start), it.ParentID)
					}
				}
			}},
		// Vancouver authors ("Doe A") with the presenting author's full
		// name and institution in columns of their own: one person.
		{file: "qa/posters-vancouver-presenter.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 2, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindPoster: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Board == "A12" {
						if len(it.People) != 3 {
							t.Errorf("people = %+v, want Alice Doe once among 3", it.People)
						}
						wantPerson(t, it, "Alice Doe", planner.RolePresentingAuthor, "Stanford University")
					}
				}
			}},
		// Dates without a year ("Oct. 18") under a title line that
		// prints the year once.
		{file: "qa/year-in-title-line.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 2, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Closing" && rfc(it.Start) != "2026-10-19T16:00:00-04:00" {
						t.Errorf("Closing at %s, want 2026-10-19 16:00", rfc(it.Start))
					}
				}
			}},
	})
}

// The same person written two ways is one person.
func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Doe A", "Alice Doe", true},
		{"Smith JA", "John A. Smith", true},
		{"van der Berg JA", "J. A. van der Berg", true},
		{"Doe A", "Bob Doe", false},
		{"Ann Lee MD", "Bo Lee", false},
		{"Ann Lee", "Lee, Ann", false}, // nameKey takes names already in reading order
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestListLiteral(t *testing.T) {
	tests := []struct {
		in   string
		want []string // nil with ok false: not a list
		ok   bool
	}{
		{`['Lakshmi Rao', 'Omar Al-Sayed']`, []string{"Lakshmi Rao", "Omar Al-Sayed"}, true},
		{`["Ann Lee", "James O'Connor"]`, []string{"Ann Lee", "James O'Connor"}, true},
		{`["Ann \"Annie\" Lee"]`, []string{`Ann "Annie" Lee`}, true},
		{`[]`, nil, true},
		{`[Ann Lee]`, nil, false},
		{`['unterminated]`, nil, false},
		{`Ann Lee`, nil, false},
	}
	for _, tt := range tests {
		got, ok := listLiteral(tt.in)
		if ok != tt.ok || strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("listLiteral(%s) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestAffiliationLine(t *testing.T) {
	for s, want := range map[string]bool{
		"University of X": true, "UCSF": true, "UC Davis, Sacramento, CA": true, "Duke University": true,
		"Ann Lee, MD": false, "Bo Chen": false, "Lee, Ann": false, "Moderator: Duke University": false, "Jane Roe, PA": false,
	} {
		if got := affiliationLine(s); got != want {
			t.Errorf("affiliationLine(%q) = %v, want %v", s, got, want)
		}
	}
	// Names on lines of their own stay people.
	got := parseRoleList("Speakers:\nAnn Lee\nBo Chen\nUCSF", planner.RoleSpeaker)
	if len(got) != 2 || got[1].Name != "Bo Chen" || len(got[1].Affiliations) != 1 || len(got[0].Affiliations) != 0 {
		t.Errorf("parseRoleList = %+v", got)
	}
}

// Inputs that cannot be read must say why and what to do, never a
// misleading reason.
func TestReadQAErrors(t *testing.T) {
	tests := []struct {
		name, in, tz string
		want         []string // in the error text, with its hint
	}{
		{name: "table-ambiguous-dates.html", tz: "Europe/Vienna",
			in: "<table><tr><th>Date</th><th>Time</th><th>Session</th></tr>\n" +
				"<tr><td>08/05/2026</td><td>08:30-09:30</td><td>Proffered Papers</td></tr>\n" +
				"<tr><td>09/05/2026</td><td>10:00-11:00</td><td>Keynote</td></tr></table>",
			want: []string{"table-ambiguous-dates.html:2:", `date "08/05/2026" reads both`, "--date-order"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opt Options
			if tt.tz != "" {
				opt.Zone, _ = time.LoadLocation(tt.tz)
			}
			_, err := ReadProgram(strings.NewReader(tt.in), tt.name, opt)
			if err == nil {
				t.Fatalf("no error")
			}
			var e *Error
			msg := err.Error()
			if errors.As(err, &e) {
				msg += " hint: " + e.Hint
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not contain %q", msg, w)
				}
			}
		})
	}
}

func rfc(t time.Time) string { return t.Format(time.RFC3339) }

// Sched's export prints "Saturday, October 17" with no year: the year
// near today whose calendar fits the weekdays, with a notice; without a
// clock or a weekday, a notice says to add the year.
func TestReadQANoYear(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "qa", "sched-no-year.csv"))
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := time.LoadLocation("America/Chicago")
	tests := []struct {
		name  string
		now   time.Time
		items int
		start string // of the first item
		note  string
	}{
		{"today 2026", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 3, "2026-10-17T08:00:00-05:00", "read as 2026"},
		{"today 2027", time.Date(2027, 11, 1, 0, 0, 0, 0, time.UTC), 3, "2026-10-17T08:00:00-05:00", "read as 2026"},
		{"today 2030", time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), 0, "", "add the year"},
		{"no clock", time.Time{}, 0, "", "add the year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ReadProgram(bytes.NewReader(data), "sched-no-year.csv", Options{Zone: loc, Now: tt.now})
			if tt.items == 0 {
				if err == nil {
					t.Fatalf("read %d items, want none", len(res.Items))
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != tt.items {
				t.Fatalf("%d items, want %d", len(res.Items), tt.items)
			}
			if tt.items > 0 && rfc(res.Items[0].Start) != tt.start {
				t.Errorf("first item starts %s, want %s", rfc(res.Items[0].Start), tt.start)
			}
			found := false
			for _, w := range res.Warnings {
				found = found || strings.Contains(w.Reason+" "+w.Hint, tt.note)
			}
			if !found {
				t.Errorf("no notice %q among %v", tt.note, res.Warnings)
			}
		})
	}
}
