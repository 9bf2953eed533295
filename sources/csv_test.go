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

const demoDir = "../../shared/samples/astro-demo"

func readDemo(t *testing.T, file string) *Result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(demoDir, file))
	if os.IsNotExist(err) {
		t.Skipf("demo set not present: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	res, err := ReadProgram(bytes.NewReader(data), file, Options{Zone: la})
	if err != nil {
		t.Fatalf("ReadProgram(%s): %v", file, err)
	}
	return res
}

// The demo CSV files import with no warning, the counts of the demo
// README, and their posters carry boards, sessions and merged presenting
// authors.
func TestDemoCSV(t *testing.T) {
	tests := []struct {
		file  string
		kind  planner.Kind
		count int
	}{
		{"posters.csv", planner.KindPoster, 600},
		{"arro.csv", planner.KindEvent, 14},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res := readDemo(t, tt.file)
			for _, w := range res.Warnings {
				t.Errorf("warning: %v", w)
			}
			if res.Format != "csv" {
				t.Errorf("Format = %q, want csv", res.Format)
			}
			if got := len(res.Items); got != tt.count {
				t.Errorf("got %d items, want %d", got, tt.count)
			}
			ids := map[string]bool{}
			for _, it := range res.Items {
				if it.Kind != tt.kind {
					t.Errorf("%s: %q kind %s, want %s", it.Source, it.Title, it.Kind, tt.kind)
				}
				if ids[it.ID] {
					t.Errorf("%s: duplicate ID %s", it.Source, it.ID)
				}
				ids[it.ID] = true
				if it.Start.IsZero() || !it.End.After(it.Start) {
					t.Errorf("%s: times %v–%v", it.Source, it.Start, it.End)
				}
				if len(it.People) == 0 && it.Title != "ARRO Reception" {
					t.Errorf("%s: no people", it.Source)
				}
				presenting := 0
				for _, p := range it.People {
					if p.Role == planner.RolePresentingAuthor {
						presenting++
					}
					if tt.kind == planner.KindPoster && len(p.Affiliations) == 0 {
						t.Errorf("%s: %s has no affiliation", it.Source, p.Name)
					}
				}
				if tt.kind == planner.KindPoster {
					if presenting != 1 {
						t.Errorf("%s: %d presenting authors, want 1", it.Source, presenting)
					}
					if it.Board == "" || it.Session == "" {
						t.Errorf("%s: board %q session %q", it.Source, it.Board, it.Session)
					}
				}
			}
		})
	}
	t.Run("first poster", func(t *testing.T) {
		res := readDemo(t, "posters.csv")
		it := res.Items[0]
		if it.ID != "2001" || it.Board != "1" || it.Session != "PQA 01 - Breast Cancer Poster Q&A" ||
			it.Start.Format(time.RFC3339) != "2025-09-27T10:45:00-07:00" || it.End.Format(time.RFC3339) != "2025-09-27T11:45:00-07:00" ||
			it.Room != "Poster Hall, Exhibit Hall D" || it.Source != "posters.csv:2" {
			t.Errorf("first poster = %+v", it)
		}
		p := it.People[0]
		if p.Name != "Jonathan Price" || p.Role != planner.RolePresentingAuthor || strings.Join(p.Credentials, ",") != "PhD,DABR" ||
			strings.Join(p.Affiliations, "|") != "Yale University, New Haven, CT" {
			t.Errorf("presenting author = %+v", p)
		}
		if len(it.People) != 8 {
			t.Errorf("%d people, want the 8 authors", len(it.People))
		}
	})
}

func TestReadCSVGolden(t *testing.T) {
	runGolden(t, []goldenCase{
		{file: "csv/sessions-talks.csv", format: "csv", zone: "America/New_York", items: 6, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindSession: 2, planner.KindTalk: 2, planner.KindEvent: 1, planner.KindReception: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				wantItem(t, items, "SS 01", planner.KindSession, "Breast 3: Omission of Radiotherapy", "2024-09-29T14:45:00-04:00", "2024-09-29T16:00:00-04:00", "Room 201", "")
				wantItem(t, items, "1001", planner.KindTalk, "Omission of RT in Luminal A Breast Cancer", "2024-09-29T14:45:00-04:00", "2024-09-29T14:55:00-04:00", "Room 201", "SS 01")
				wantItem(t, items, "1002", planner.KindTalk, "Endocrine Therapy Alone After Lumpectomy", "2024-09-29T14:45:00-04:00", "2024-09-29T16:00:00-04:00", "Room 201", "SS 01")
				wantItem(t, items, "SOC 2", planner.KindReception, "Networking Reception", "2024-10-01T21:00:00-04:00", "2024-10-02T00:30:00-04:00", "Rooftop", "")
				wantPerson(t, items["SS 01"], "John A. Smith", planner.RoleModerator, "Mayo Clinic, Rochester, MN")
				wantPerson(t, items["EDU 5"], "Bo Chen", planner.RoleSpeaker, "UCSF")
				wantPerson(t, items["1001"], "Erin Chew", planner.RoleSpeaker, "University of Michigan, Ann Arbor, MI")
			}},
		{file: "csv/posters.tsv", tz: "America/Los_Angeles", format: "tsv", zone: "America/Los_Angeles", items: 2, warnings: 1,
			kinds: map[planner.Kind]int{planner.KindPoster: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "2101", planner.KindPoster, "Dose Escalation in Pancreatic Cancer", "2025-09-28T10:45:00-07:00", "2025-09-28T11:45:00-07:00", "Poster Hall", "")
				if it.Board != "12" {
					t.Errorf("board %q, want 12", it.Board)
				}
				wantPerson(t, it, "James O'Connor", planner.RolePresentingAuthor, "Fox Chase Cancer Center, Philadelphia, PA")
				if countRole(it, "James O'Connor") != 1 || len(it.People) != 3 {
					t.Errorf("people = %+v, want the presenting author once among 3", it.People)
				}
				wantPerson(t, items["2102"], "Å. Lefèvre", planner.RolePresentingAuthor, "Rigshospitalet, Copenhagen, Denmark")
				wantPerson(t, items["2102"], "Z. Ó Briain", planner.RoleAuthor, "St. Luke's Hospital, Dublin, Ireland")
			}},
		{file: "csv/damaged.csv", tz: "America/Los_Angeles", format: "csv", zone: "America/Los_Angeles", items: 4, warnings: 6},
		// An unterminated quote costs its own record only: reading resumes
		// at the next line that reads as a record, not at the cell's
		// continuation lines.
		{file: "csv/resync.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 3, warnings: 1},
		{file: "csv/sched-export.csv", format: "csv", zone: "America/Los_Angeles", items: 3, warnings: 1,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindEvent: 1, planner.KindPoster: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				var career planner.Item
				for _, it := range items {
					if it.Title == "Resident Career Fair" {
						career = it
					}
				}
				if got := career.Start.Format(time.RFC3339); got != "2025-09-28T12:00:00-07:00" {
					t.Errorf("offset time read as %s", got)
				}
			}},
		{file: "csv/per-speaker.csv", format: "csv", zone: "America/Los_Angeles", items: 2, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title != "Hypofractionation Debate" {
						continue
					}
					if it.Start.Format(time.RFC3339) != "2025-09-28T14:45:00-07:00" || len(it.People) != 2 {
						t.Errorf("%s %+v", it.Start.Format(time.RFC3339), it.People)
					}
					wantPerson(t, it, "Ann Lee", planner.RoleSpeaker, "Duke University")
					wantPerson(t, it, "Bo Chen", planner.RoleSpeaker, "Zuckerberg San Francisco General")
				}
			}},
		// A session and a presentation on one row: the session is an item
		// once (its code its ID), each presentation a talk in it.
		{file: "csv/presentations.csv", tz: "America/Los_Angeles", format: "csv", zone: "America/Los_Angeles", items: 3, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindTalk: 2, planner.KindSession: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "1045", planner.KindTalk, "Stereotactic Radiosurgery for EGFR-Mutant Brain Metastases", "2025-09-28T14:45:00-07:00", "2025-09-28T14:55:00-07:00", "Moscone West 3001", "SS 14")
				if it.Session != "CNS 2: Brain Metastases" {
					t.Errorf("session %q", it.Session)
				}
				wantPerson(t, it, "Wei Zhang", planner.RoleSpeaker, "Fudan University Shanghai Cancer Center")
				wantPerson(t, items["1046"], "Maria Lopez", planner.RoleSpeaker, "University of Texas MD Anderson Cancer Center, Houston, TX")
			}},
		// Indico's contribution list as CSV: Date is the start, Duration
		// minutes.
		{file: "csv/indico-contributions.csv", tz: "Europe/Zurich", format: "csv", zone: "Europe/Zurich", items: 2, warnings: 1,
			kinds: map[planner.Kind]int{planner.KindTalk: 1, planner.KindPoster: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "12", planner.KindTalk, "Monte Carlo Dose Engines", "2025-10-20T09:00:00+02:00", "2025-10-20T09:20:00+02:00", "", "")
				wantPerson(t, it, "Ingrid Larsen", planner.RoleSpeaker, "University of Oslo")
			}},
		{file: "csv/session-rows.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 4, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindTalk: 2, planner.KindSession: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				var session, talk, plenary planner.Item
				for _, it := range items {
					switch it.Title {
					case "Head and Neck 1: De-escalation":
						session = it
					case "De-escalated Radiotherapy in HPV+ Oropharynx":
						talk = it
					case "Plenary Session":
						plenary = it
					}
				}
				wantItem(t, items, session.ID, planner.KindSession, "Head and Neck 1: De-escalation", "2026-10-19T10:45:00-04:00", "2026-10-19T12:00:00-04:00", "Room 12", "")
				wantPerson(t, session, "Ann Lee", planner.RoleModerator, "")
				wantPerson(t, session, "Bo Chen", planner.RoleModerator, "")
				wantItem(t, items, talk.ID, planner.KindTalk, "De-escalated Radiotherapy in HPV+ Oropharynx", "2026-10-19T10:45:00-04:00", "2026-10-19T10:55:00-04:00", "Room 12", session.ID)
				wantPerson(t, talk, "Cy Dee", planner.RoleSpeaker, "Duke University, Durham, NC, USA")
				for _, p := range talk.People {
					if p.Role == planner.RoleModerator {
						t.Errorf("the talk has the session's chair %s", p.Name)
					}
				}
				wantItem(t, items, plenary.ID, planner.KindSession, "Plenary Session", "2026-10-19T13:00:00-04:00", "2026-10-19T14:30:00-04:00", "Hall A", "")
				wantPerson(t, plenary, "Eve Fox", planner.RoleModerator, "")
			}},
		{file: "csv/outlook.csv", format: "csv", zone: "America/Los_Angeles", items: 2, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindEvent: 1, planner.KindReception: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Late Reception" && it.End.Format(time.RFC3339) != "2025-09-30T01:00:00-07:00" {
						t.Errorf("reception ends %s, want 01:00 the next day", it.End.Format(time.RFC3339))
					}
				}
			}},
		{file: "csv/durations.csv", tz: "Europe/Vienna", format: "csv", zone: "Europe/Vienna", items: 3, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					switch it.Title {
					case "Contouring Workshop: Head and Neck":
						if it.End.Sub(it.Start) != 90*time.Minute || it.Start.Format("2006-01-02 15:04") != "2025-09-28 07:00" {
							t.Errorf("%s: %v–%v", it.Title, it.Start, it.End)
						}
					case "Breakfast Symposium":
						if it.Start.Format("2006-01-02 15:04") != "2025-09-29 06:45" || it.End.Sub(it.Start) != defaultLength {
							t.Errorf("%s: %v–%v", it.Title, it.Start, it.End)
						}
					}
				}
			}},
	})
}

// A damaged file names each bad line and why, and still imports the good
// rows around them.
func TestReadCSVDamagedWarnings(t *testing.T) {
	res, err := readFixture(t, "csv/damaged.csv", "America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`csv/damaged.csv:1: ignored columns confplan does not use: "Internal Notes", "Color"`,
		"csv/damaged.csv:9: unterminated quote",
		`csv/damaged.csv:3: row has 10 cells and the header has 8 (a stray delimiter?); kept the first 8, not "and", "more"`,
		"csv/damaged.csv:4: row skipped: no title",
		`csv/damaged.csv:5: row skipped: date "9/31/2025"`,
		`csv/damaged.csv:6: row skipped: time "9am–" has no end`,
	}
	var got []string
	for _, w := range res.Warnings {
		got = append(got, w.Error())
	}
	all := strings.Join(got, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("no warning %q in:\n%s", w, all)
		}
	}
	var titles []string
	for _, it := range res.Items {
		titles = append(titles, it.Title)
	}
	if strings.Join(titles, "|") != "Good Session One|Ragged Row|Good Session Two (second line of the title)|Good Session Three" {
		t.Errorf("items = %q", titles)
	}
}

func TestReadCSVErrors(t *testing.T) {
	tests := []struct {
		name, in string
		opt      Options
		want     []string // in the message or hint
		noZone   bool
	}{
		{"ambiguous dates", "Title,Date,Time\nA,3/4/2025,9:00 AM - 10:00 AM\nB,4/3/2025,9:00 AM - 10:00 AM\n",
			Options{Zone: time.UTC}, []string{"t.csv:2", "3/4/2025", "--date-order"}, false},
		{"no zone", "Title,Date,Time\nA,9/28/2025,2:45 PM - 4:00 PM\n",
			Options{}, []string{"t.csv", "time zone", "--tz"}, true},
		{"no zone, a label confplan does not know", "Title,Date,Time\nA,9/28/2025,2:45 PM - 4:00 PM IST\n",
			Options{}, []string{"t.csv", "time zone", "--tz"}, true},
		{"meeting named only in a description", "Title,Date,Time,Description\nA,9/28/2026,2:45 PM - 4:00 PM,Results first shown at ASTRO 2024\n",
			Options{}, []string{"--tz"}, true},
		{"no header", "foo,bar\n1,2\n", Options{Zone: time.UTC}, []string{"t.csv:1", "header", "Title"}, false},
		{"empty", "\n\n", Options{Zone: time.UTC}, []string{"empty"}, false},
		{"old xls", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", Options{Zone: time.UTC}, []string{".xls", "save it as .xlsx or CSV"}, false},
		{"pdf", "%PDF-1.7\n", Options{Zone: time.UTC}, []string{"PDF"}, false},
		{"binary", "\x00\x01\x02garbage", Options{Zone: time.UTC}, []string{"binary"}, false},
		{"nothing usable", "Title,Date,Time\nA,someday,soon\n", Options{Zone: time.UTC}, []string{"no program items"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadProgram(strings.NewReader(tt.in), "t.csv", tt.opt)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			var e *Error
			if errors.As(err, &e) {
				msg += " hint: " + e.Hint
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not mention %q", msg, w)
				}
			}
			if got := errors.Is(err, ErrNoZone); got != tt.noZone {
				t.Errorf("errors.Is(err, ErrNoZone) = %v, want %v", got, tt.noZone)
			}
		})
	}
}

// The same program in every delimiter, line end and encoding a
// spreadsheet may write reads the same.
func TestReadCSVDialects(t *testing.T) {
	rows := [][]string{
		{"Session Title", "Date", "Start", "End", "Room/Location", "Speakers"},
		{"Café Scientifique: Proton Therapy", "28.09.2025", "14:45", "16:00", "Saal 1", "Moderator: Zoë Müller, MD (Universitätsklinikum Heidelberg, Heidelberg, Germany)"},
		{"Hypofractionation; the Debate", "29.09.2025", "08:00", "09:15", "Saal 2", "Speaker: Ann Lee, MD\nSpeaker: Bo Chen, PhD"},
	}
	encode := func(delim string, eol string) string {
		var b strings.Builder
		for _, r := range rows {
			for i, c := range r {
				if i > 0 {
					b.WriteString(delim)
				}
				if strings.ContainsAny(c, delim+"\n\",;") {
					c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
				}
				b.WriteString(c)
			}
			b.WriteString(eol)
		}
		return b.String()
	}
	utf16le := func(s string) string {
		var b []byte
		b = append(b, 0xff, 0xfe)
		for _, r := range s {
			if r > 0xffff {
				panic("test text is in the BMP")
			}
			b = append(b, byte(r), byte(r>>8))
		}
		return string(b)
	}
	win1252 := func(s string) string {
		var b []byte
		for _, r := range s {
			switch {
			case r < 0x80:
				b = append(b, byte(r))
			case r >= 0xa0 && r <= 0xff:
				b = append(b, byte(r))
			default:
				panic("not in Windows-1252")
			}
		}
		return string(b)
	}
	vienna, _ := time.LoadLocation("Europe/Vienna")
	tests := []struct {
		name, in, format string
	}{
		{"comma LF", encode(",", "\n"), "csv"},
		{"comma CRLF BOM", "\ufeff" + encode(",", "\r\n"), "csv"},
		{"semicolon CRLF", encode(";", "\r\n"), "csv"},
		{"tab", encode("\t", "\n"), "tsv"},
		{"pipe", encode("|", "\n"), "csv"},
		{"classic Mac CR", strings.ReplaceAll(encode(";", "\n"), "\n", "\r"), "csv"},
		{"UTF-16 tab (Excel Unicode text)", utf16le(encode("\t", "\r\n")), "tsv"},
		{"Windows-1252", win1252(encode(";", "\r\n")), "csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "classic Mac CR" {
				// quoted line breaks would become CRs too; keep one speaker per cell
				tt.in = strings.ReplaceAll(tt.in, "MD\rSpeaker", "MD; Speaker")
			}
			res, err := ReadProgram(strings.NewReader(tt.in), "p", Options{Zone: vienna})
			if err != nil {
				t.Fatal(err)
			}
			if res.Format != tt.format {
				t.Errorf("Format = %q, want %q", res.Format, tt.format)
			}
			if len(res.Warnings) > 0 {
				t.Errorf("warnings: %v", res.Warnings)
			}
			if len(res.Items) != 2 {
				t.Fatalf("%d items, want 2", len(res.Items))
			}
			a, b := res.Items[0], res.Items[1]
			if a.Title != rows[1][0] || a.Start.Format(time.RFC3339) != "2025-09-28T14:45:00+02:00" || a.Room != "Saal 1" {
				t.Errorf("item 1 = %q %s %q", a.Title, a.Start.Format(time.RFC3339), a.Room)
			}
			if len(a.People) != 1 || a.People[0].Name != "Zoë Müller" || a.People[0].Role != planner.RoleModerator ||
				a.People[0].Affiliations[0] != "Universitätsklinikum Heidelberg, Heidelberg, Germany" {
				t.Errorf("item 1 people = %+v", a.People)
			}
			if b.Title != rows[2][0] || len(b.People) != 2 {
				t.Errorf("item 2 = %q with %+v", b.Title, b.People)
			}
		})
	}
}

func TestSniffDelimiter(t *testing.T) {
	tests := []struct {
		in   string
		want rune
	}{
		{"Title,Date,Time\nA,B,C\n", ','},
		{"Title;Date;Time\n\"A, B\";1;2\n", ';'},
		{"Title\tDate\nA, B\t1\n", '\t'},
		{"Title;Date\nSmith, John; 2\nLee, Ann; 3\n", ';'},
		{"just one column\nrow\n", ','},
		{"Report title\nTitle|Date|Time\na|b|c\nd|e|f\n", '|'},
	}
	for _, tt := range tests {
		if got := sniffDelimiter([]byte(tt.in)); got != tt.want {
			t.Errorf("sniffDelimiter(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"45", 45}, {"45 min", 45}, {"45 minutes", 45}, {"1:30", 90}, {"1h30", 90}, {"1 h 30 min", 90},
		{"1.5 hours", 90}, {"2 hrs", 120}, {"90m", 90},
		{"", -1}, {"soon", -1}, {"0", 0}, {"3000", -1}, {"1:75", -1},
	}
	for _, tt := range tests {
		got, err := parseDuration(tt.in)
		if tt.want < 0 {
			if err == nil {
				t.Errorf("parseDuration(%q) = %d, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("parseDuration(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestHeaderSynonyms(t *testing.T) {
	tests := []struct {
		header []string
		want   map[colField]string
	}{
		{[]string{"Session_Title", "Abstract #", "Time Start", "Time End", "Room/Location", "Board number"},
			map[colField]string{colTitle: "Session_Title", colID: "Abstract #", colStart: "Time Start", colEnd: "Time End", colRoom: "Room/Location", colBoard: "Board number"}},
		{[]string{"Session Title", "Presentation Title", "Session Code", "Abstract Number", "Date (M/D/YYYY)", "TIME"},
			map[colField]string{colTitle: "Presentation Title", colSession: "Session Title", colSessionID: "Session Code", colID: "Abstract Number", colDate: "Date (M/D/YYYY)", colTime: "TIME"}},
		{[]string{"Session Title", "Session Start Time", "Presentation Title", "Presentation Start Time", "Session Room", "Presenter Institution"},
			map[colField]string{colTitle: "Presentation Title", colSession: "Session Title", colStart: "Presentation Start Time", colRoom: "Session Room", colAffiliation: "Presenter Institution"}},
		{[]string{"Session", "Date", "Time", "Room"},
			map[colField]string{colSession: "Session", colDate: "Date", colTime: "Time", colRoom: "Room"}},
		{[]string{"Event", "Category", "Id", "Location"},
			map[colField]string{colTitle: "Event", colType: "Category", colID: "Id", colRoom: "Location"}},
	}
	for _, tt := range tests {
		c, _ := mapHeader(tt.header)
		for f, h := range tt.want {
			i, ok := c.col.at(f)
			if !ok || tt.header[i] != h {
				t.Errorf("header %q: field %d is column %d, want %q", tt.header, f, i, h)
			}
		}
	}
}

// FuzzReadCSV feeds damaged exports through the sniffer and the row
// pipeline: no input may panic, and every item that comes out is whole.
func FuzzReadCSV(f *testing.F) {
	for _, name := range []string{"sessions-talks.csv", "posters.tsv", "damaged.csv", "sched-export.csv", "durations.csv", "session-rows.csv", "resync.csv", "presentations.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata", "csv", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("Title,Date,Time\n\"unterminated,9/28/2025,2:45 PM - 4:00 PM\nB,9/28/2025,noon\n"))
	f.Add([]byte("Title;Date;Start;End\nA;28.09.2025;14:45;16:00\n;;;\nB;;15:00;\n"))
	f.Add([]byte("\xff\xfeT\x00i\x00t\x00l\x00e\x00\n\x00"))
	la, _ := time.LoadLocation("America/Los_Angeles")
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := readCSV(data, "f.csv", Options{Zone: la})
		if err != nil {
			return
		}
		ids := map[string]bool{}
		for _, it := range res.Items {
			if it.ID == "" || it.Title == "" || it.Source == "" || it.Kind == "" {
				t.Errorf("incomplete item %+v", it)
			}
			if ids[it.ID] {
				t.Errorf("duplicate ID %q", it.ID)
			}
			ids[it.ID] = true
			if it.End.Before(it.Start) || it.Start.Location() != la {
				t.Errorf("item %q: %v–%v", it.Title, it.Start, it.End)
			}
		}
	})
}

// astroScaleCSV builds a poster export the size of a whole ASTRO annual
// meeting's (about 2,500 posters, 8 authors each), deterministically.
func astroScaleCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Abstract Number,Title,Authors,Presenting Author,Session,Date,Time,Location,Board\r\n")
	surnames := []string{"Smith", "Nguyen", "Patel", "O'Connor", "Gutiérrez", "van den Heuvel", "Wiśniewski", "Okafor"}
	places := []string{"University of Michigan, Ann Arbor, MI", "Department of Radiation Oncology, Duke University, Durham, NC",
		"Tata Memorial Hospital, Mumbai, India", "Peter MacCallum Cancer Centre, Melbourne, Australia"}
	for i := 0; i < n; i++ {
		var authors []string
		for a := 0; a < 8; a++ {
			authors = append(authors, fmt.Sprintf("%c. %c. %s%d", 'A'+(i+a)%26, 'B'+a, surnames[(i+a)%len(surnames)], a%4+1))
		}
		block := strings.Join(authors[:7], ", ") + ", and " + authors[7] + "; "
		for p := range places {
			if p > 0 {
				block += ", "
			}
			block += fmt.Sprintf("%d%s", p+1, places[p])
		}
		fmt.Fprintf(&b, "%d,\"Outcomes of Hypofractionated Radiotherapy, Cohort %d\",\"%s\",\"%c. Presenter %s, MD\",PQA %02d - Poster Q&A,9/%d/2025,%d:45 AM - %d:45 AM,\"Poster Hall, Exhibit Hall D\",Board %d\r\n",
			2000+i, i, block, 'A'+i%26, surnames[i%len(surnames)], i%20, 27+i%4, 8+i%3, 9+i%3, i%200+1)
	}
	return b.Bytes()
}

func BenchmarkReadCSV(b *testing.B) {
	data := astroScaleCSV(2500)
	la, _ := time.LoadLocation("America/Los_Angeles")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := ReadProgram(bytes.NewReader(data), "posters.csv", Options{Zone: la})
		if err != nil || len(res.Items) != 2500 {
			b.Fatalf("%v, %d items", err, len(res.Items))
		}
	}
}

func TestNumberedTitle(t *testing.T) {
	tests := []struct{ in, num, rest string }{
		{"1001 - Omission of RT", "1001", "Omission of RT"},
		{"1001 – Omission of RT", "1001", "Omission of RT"},
		{"12 - Too Short", "", ""},
		{"2025 Year in Review", "", ""},
		{"1001 -", "", ""},
	}
	for _, tt := range tests {
		num, rest, ok := numberedTitle(tt.in)
		if num != tt.num || rest != tt.rest || ok != (tt.num != "") {
			t.Errorf("numberedTitle(%q) = %q, %q, %v", tt.in, num, rest, ok)
		}
	}
}

func TestCellSplit(t *testing.T) {
	tests := []struct{ in, date, tm string }{
		{"Sunday, September 28, 2025 2:45 PM - 4:00 PM PDT", "Sunday, September 28, 2025", "2:45 PM - 4:00 PM PDT"},
		{"Sep 28, 2025 at 2:45 PM", "Sep 28, 2025", "2:45 PM"},
		{"9/28/2025 14:45", "9/28/2025", "14:45"},
		{"2025-09-28 14:45", "2025-09-28", "14:45"},
		{"2025-09-28T14:45:00", "2025-09-28", "14:45:00"},
		{"Sun, Sep 28 | 2:45 PM", "Sun, Sep 28", "2:45 PM"},
		{"2:45 PM - 4:00 PM", "", "2:45 PM - 4:00 PM"},
		{"September 28, 2025", "September 28, 2025", ""},
		{"28.09.2025", "28.09.2025", ""},
		{"9am–", "", "9am–"},
		{"", "", ""},
	}
	for _, tt := range tests {
		d, tm := cellSplit(tt.in)
		if d != tt.date || tm != tt.tm {
			t.Errorf("cellSplit(%q) = %q, %q; want %q, %q", tt.in, d, tm, tt.date, tt.tm)
		}
	}
}

func TestHeaderDateOrder(t *testing.T) {
	tests := []struct {
		header string
		want   DateOrder
	}{
		{"Date (M/D/YYYY)", DateMDY},
		{"Date (dd/mm/yyyy)", DateDMY},
		{"Datum (TT.MM.JJJJ)", DateDMY},
		{"Date", DateAuto},
		{"Date (local)", DateAuto},
	}
	for _, tt := range tests {
		cells := []string{"Title", tt.header}
		c, _ := mapHeader(cells)
		if got := headerDateOrder(cells, c); got != tt.want {
			t.Errorf("headerDateOrder(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
	res, err := ReadProgram(strings.NewReader("Title,Date (D/M/YYYY),Time\nA,3/4/2025,9:00 AM - 10:00 AM\n"), "t.csv", Options{Zone: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Items[0].Start.Format("2006-01-02"); got != "2025-04-03" {
		t.Errorf("3/4/2025 under a D/M/YYYY header = %s, want 2025-04-03", got)
	}
}

func TestReadCSVEndDateNextDay(t *testing.T) {
	in := "Subject,Start Date,Start Time,End Date,End Time\nLong Evening,9/29/2025,5:00 PM,9/30/2025,1:00 AM\n"
	res, err := ReadProgram(strings.NewReader(in), "o.csv", Options{Zone: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Items[0].End.Format(time.RFC3339); got != "2025-09-30T01:00:00Z" {
		t.Errorf("end = %s, want 2025-09-30T01:00:00Z", got)
	}
}

func TestCellMarkup(t *testing.T) {
	tests := []struct {
		in      string
		authors bool
		want    string
	}{
		{"J. Smith<sup>1</sup>, <b>K. Lee</b><sup>2,3</sup>", true, "J. Smith1, K. Lee*2,3"},
		{"J. Smith<sup>1</sup>, <b>K. Lee</b>", false, "J. Smith1, K. Lee"},
		{"Line one<br/>Line two", false, "Line one\nLine two"},
		{"Dose &lt; 50 Gy &amp; toxicity", false, "Dose < 50 Gy & toxicity"},
		{"V20 < 30% and > 10", false, "V20 < 30% and > 10"},
		{"plain", false, "plain"},
	}
	for _, tt := range tests {
		if got := cellMarkup(tt.in, tt.authors); got != tt.want {
			t.Errorf("cellMarkup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	got := parseAuthorBlock(cellMarkup("J. Smith<sup>1</sup>, <b>K. Lee</b><sup>2</sup>; <sup>1</sup>Univ A, <sup>2</sup>Univ B", true))
	if len(got) != 2 || got[1].Role != planner.RolePresentingAuthor || got[1].Affiliations[0] != "Univ B" {
		t.Errorf("author block from HTML = %+v", got)
	}
}

// Two authors of one poster who share a surname and initial are two people
// when their affiliations differ, and one when they share one.
func TestReadCSVNamesakeAuthors(t *testing.T) {
	in := "Abstract Number,Title,Authors,Date,Time\n" +
		`2001,Namesakes,"H. Sullivan1, K. Lee2, and H. Sullivan3; 1Duke University, Durham, NC, 2Yale University, New Haven, CT, 3Emory University, Atlanta, GA",9/27/2025,10:45 AM - 11:45 AM` + "\n" +
		`2002,Listed twice,"H. Sullivan1, and H. Sullivan1; 1Duke University, Durham, NC",9/27/2025,10:45 AM - 11:45 AM` + "\n"
	res, err := ReadProgram(strings.NewReader(in), "p.csv", Options{Zone: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{3, 1} {
		if got := len(res.Items[i].People); got != want {
			t.Errorf("item %s: %d people, want %d: %+v", res.Items[i].ID, got, want, res.Items[i].People)
		}
	}
}

// A zone label printed with the times or in a time column's header is
// the zone when nothing better names one, with a warning saying so.
func TestReadCSVZoneLabel(t *testing.T) {
	for _, tc := range []struct{ name, in, zone, start string }{
		{"PDT after the times", "Title,Date,Time\nA,9/28/2025,2:45 PM - 4:00 PM PDT\n", "America/Los_Angeles", "2025-09-28T14:45:00-07:00"},
		{"East Coast USA Time", "Title,Date,Time\nA,9/28/2025,2:45 PM - 4:00 PM East Coast USA Time\n", "America/New_York", "2025-09-28T14:45:00-04:00"},
		{"a header's label", "Title,Date,Start Time (CET),End Time (CET)\nA,28.09.2025,14:45,16:00\n", "Europe/Berlin", "2025-09-28T14:45:00+02:00"},
		{"Eastern time in brackets", "Title,Date,Time\nA,10/18/2026,2:45 PM - 4:00 PM (Eastern time)\n", "America/New_York", "2026-10-18T14:45:00-04:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ReadProgram(strings.NewReader(tc.in), "t.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Zone.String() != tc.zone {
				t.Errorf("zone = %v, want %s", res.Zone, tc.zone)
			}
			if got := res.Items[0].Start.Format(time.RFC3339); got != tc.start {
				t.Errorf("start = %s, want %s", got, tc.start)
			}
			if len(res.Warnings) == 0 || !strings.Contains(res.Warnings[0].Error(), "zone label") {
				t.Errorf("warnings = %v, want one naming the zone label", res.Warnings)
			}
		})
	}
}

// Columns that hold a whole date and time, as exports name them, and
// Excel's date serials in a CSV saved from Excel.
func TestReadCSVDateTimeColumns(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	for _, tc := range []struct{ name, in string }{
		{"starts_at", "title,starts_at,ends_at,room\nA,2026-10-18 14:45,2026-10-18 16:00,R1\n"},
		{"date_start", "Name,date_start,date_end\nA,2026-10-18 14:45:00,2026-10-18 16:00:00\n"},
		{"Start Date/Time", "Title,Start Date/Time,End Date/Time\nA,10/18/2026 2:45 PM,10/18/2026 4:00 PM\n"},
		{"Excel serials", "Title,Start,End\nA,46313.6145833333,46313.6666666667\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ReadProgram(strings.NewReader(tc.in), "t.csv", Options{Zone: ny})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 {
				t.Fatalf("items = %d", len(res.Items))
			}
			it := res.Items[0]
			if s, e := it.Start.Format(time.RFC3339), it.End.Format(time.RFC3339); s != "2026-10-18T14:45:00-04:00" || e != "2026-10-18T16:00:00-04:00" {
				t.Errorf("times = %s – %s", s, e)
			}
		})
	}
}

// BenchmarkColumnsGet reads a poster row's cells as the row pipeline
// does: a title, an author block, affiliations and a session with no
// markup, the common case.
func BenchmarkColumnsGet(b *testing.B) {
	cols, _ := mapHeader([]string{"Title", "Authors", "Affiliations", "Session"})
	cols.markup = map[markupCell]string{}
	cells := []string{"Dose escalation in stage III NSCLC",
		strings.Repeat("J. A. Smith1,2, P. van der Berg3, A. De La Cruz4, ", 6) + "1Duke University, Durham, NC; 2Emory University, Atlanta, GA",
		strings.Repeat("Department of Radiation Oncology, Duke University, Durham, NC; ", 4),
		"Poster Q and A 02"}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range []colField{colTitle, colAuthors, colAffiliation, colSession} {
			_ = cols.get(cells, f)
		}
	}
}
