package sources

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

// The -update flag rewrites golden files. It is registered once for the
// package's tests, whichever test file gets there first.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files under testdata/")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// goldenResult is what a golden file holds: the whole Result, times in
// RFC 3339 with their offset.
type goldenResult struct {
	Format   string       `json:"format"`
	Meeting  string       `json:"meeting"`
	Zone     string       `json:"zone"`
	Items    []goldenItem `json:"items"`
	Warnings []string     `json:"warnings"`
}

type goldenItem struct {
	ID       string           `json:"id"`
	Kind     planner.Kind     `json:"kind"`
	Title    string           `json:"title"`
	Type     string           `json:"type,omitempty"`
	Track    string           `json:"track,omitempty"`
	Start    string           `json:"start"`
	End      string           `json:"end"`
	Room     string           `json:"room,omitempty"`
	Board    string           `json:"board,omitempty"`
	ParentID string           `json:"parent_id,omitempty"`
	Session  string           `json:"session,omitempty"`
	People   []planner.Person `json:"people,omitempty"`
	Source   string           `json:"source"`
}

func golden(res *Result) goldenResult {
	g := goldenResult{Format: res.Format, Meeting: res.Meeting, Items: []goldenItem{}, Warnings: []string{}}
	if res.Zone != nil {
		g.Zone = res.Zone.String()
	}
	for _, it := range res.Items {
		g.Items = append(g.Items, goldenItem{ID: it.ID, Kind: it.Kind, Title: it.Title, Type: it.Type, Track: it.Track,
			Start: it.Start.Format(time.RFC3339), End: it.End.Format(time.RFC3339), Room: it.Room, Board: it.Board,
			ParentID: it.ParentID, Session: it.Session, People: it.People, Source: it.Source})
	}
	for _, w := range res.Warnings {
		g.Warnings = append(g.Warnings, w.Error())
	}
	return g
}

// checkGolden compares res with testdata/<file>.golden, rewriting it
// under -update.
func checkGolden(t *testing.T, file string, res *Result) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(golden(res)); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	path := filepath.Join("testdata", file+".golden")
	if updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from its golden file; got:\n%s", file, got)
	}
}

// readFixture reads testdata/file through ReadProgram, as the CLI does.
func readFixture(t *testing.T, file, tz string) (*Result, error) {
	t.Helper()
	var opt Options
	if tz != "" {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			t.Fatal(err)
		}
		opt.Zone = loc
	}
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return ReadProgram(f, file, opt)
}

// goldenCase is one fixture and what must hold beyond its golden file.
type goldenCase struct {
	file       string
	tz         string // --tz, "" for none
	format     string
	zone       string
	items      int
	warnings   int
	kinds      map[planner.Kind]int
	checkItems func(t *testing.T, items map[string]planner.Item)
}

func runGolden(t *testing.T, cases []goldenCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			res, err := readFixture(t, tc.file, tc.tz)
			if err != nil {
				t.Fatalf("ReadProgram: %v", err)
			}
			if res.Format != tc.format {
				t.Errorf("format = %q, want %q", res.Format, tc.format)
			}
			if res.Zone == nil || res.Zone.String() != tc.zone {
				t.Errorf("zone = %v, want %s", res.Zone, tc.zone)
			}
			if len(res.Items) != tc.items {
				t.Errorf("items = %d, want %d", len(res.Items), tc.items)
			}
			if len(res.Warnings) != tc.warnings {
				t.Errorf("warnings = %d, want %d: %v", len(res.Warnings), tc.warnings, res.Warnings)
			}
			byID := make(map[string]planner.Item)
			kinds := make(map[planner.Kind]int)
			for _, it := range res.Items {
				byID[it.ID] = it
				kinds[it.Kind]++
				if it.End.Before(it.Start) {
					t.Errorf("%s ends before it starts", it.ID)
				}
				if it.Start.Location() != res.Zone {
					t.Errorf("%s start %v is not in the result zone %v", it.ID, it.Start, res.Zone)
				}
				for _, p := range it.People {
					if p.Role == "" || p.Name == "" || p.Affiliations == nil {
						t.Errorf("%s: incomplete person %+v", it.ID, p)
					}
				}
			}
			for k, n := range tc.kinds {
				if kinds[k] != n {
					t.Errorf("%s items = %d, want %d (%v)", k, kinds[k], n, kinds)
				}
			}
			if tc.checkItems != nil {
				tc.checkItems(t, byID)
			}
			checkGolden(t, tc.file, res)
		})
	}
}

// wantItem checks the fields of one item that matter most.
func wantItem(t *testing.T, items map[string]planner.Item, id string, kind planner.Kind, title, start, end, room, parent string) planner.Item {
	t.Helper()
	it, ok := items[id]
	if !ok {
		ids := make([]string, 0, len(items))
		for k := range items {
			ids = append(ids, k)
		}
		t.Fatalf("no item %q; have %v", id, ids)
	}
	if it.Kind != kind || it.Title != title || it.Room != room || it.ParentID != parent {
		t.Errorf("item %s = %s %q room %q parent %q; want %s %q room %q parent %q", id, it.Kind, it.Title, it.Room, it.ParentID, kind, title, room, parent)
	}
	if s := it.Start.Format(time.RFC3339); s != start {
		t.Errorf("item %s start = %s, want %s", id, s, start)
	}
	if e := it.End.Format(time.RFC3339); e != end {
		t.Errorf("item %s end = %s, want %s", id, e, end)
	}
	return it
}

// wantPerson checks that item it lists name with role and an affiliation
// containing aff.
func wantPerson(t *testing.T, it planner.Item, name string, role planner.Role, aff string) {
	t.Helper()
	for _, p := range it.People {
		if p.Name != name {
			continue
		}
		if p.Role != role {
			t.Errorf("%s: %s role = %q, want %q", it.ID, name, p.Role, role)
		}
		if aff != "" && !strings.Contains(strings.Join(p.Affiliations, " | "), aff) {
			t.Errorf("%s: %s affiliations = %q, want one containing %q", it.ID, name, p.Affiliations, aff)
		}
		return
	}
	t.Errorf("%s: no person %q among %+v", it.ID, name, it.People)
}

func countRole(it planner.Item, name string) int {
	n := 0
	for _, p := range it.People {
		if p.Name == name {
			n++
		}
	}
	return n
}

func TestReadHTML(t *testing.T) {
	runGolden(t, []goldenCase{
		{
			file: "html/eventscribe-list.html", tz: "America/Los_Angeles", format: "eventscribe-html", zone: "America/Los_Angeles",
			items: 7, warnings: 1,
			kinds: map[planner.Kind]int{planner.KindSession: 3, planner.KindTalk: 2, planner.KindEvent: 1, planner.KindReception: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				mte := wantItem(t, items, "MTE 04", planner.KindSession, "Meet the Expert: Theranostics in Neuroendocrine Tumors",
					"2026-06-06T07:00:00-07:00", "2026-06-06T07:50:00-07:00", "Room 204A", "")
				if mte.Type != "Meet the Expert" || mte.Track != "Oncology" {
					t.Errorf("MTE 04 type/track = %q/%q", mte.Type, mte.Track)
				}
				wantPerson(t, mte, "Sandra A.G Visser", planner.RoleSpeaker, "Erasmus MC")
				wantPerson(t, mte, "Erin Chew", planner.RoleModerator, "Arizona Arthritis & Rheumatology Associates, P.C.")
				ss := wantItem(t, items, "SS 12", planner.KindSession, "SS 12 - Prostate: PSMA PET After Radiotherapy",
					"2026-06-06T08:00:00-07:00", "2026-06-06T09:30:00-07:00", "Hall B", "")
				wantPerson(t, ss, "Pankaj Bansal", planner.RoleModerator, "Mayo Clinic")
				if strings.HasSuffix(ss.Source, "schedule row 2") {
					t.Errorf("merged session source %q should be the M row's line", ss.Source)
				}
				t1 := wantItem(t, items, "0412", planner.KindTalk, "PSMA PET Detection Rates at Low PSA After Prostatectomy",
					"2026-06-06T08:00:00-07:00", "2026-06-06T08:10:00-07:00", "Hall B", "SS 12")
				if t1.Session != ss.Title {
					t.Errorf("talk session = %q", t1.Session)
				}
				wantPerson(t, t1, "Jean-Luc O'Brien", planner.RolePresentingAuthor, "Montréal")
				wantPerson(t, t1, "M. Nguyen", planner.RoleAuthor, "VA Ann Arbor")
				if n := countRole(t1, "J. O'Brien"); n != 0 {
					t.Errorf("presenter listed again as author J. O'Brien")
				}
				// A talk without a time of its own takes its session's.
				wantItem(t, items, "0413", planner.KindTalk, "Salvage Radiotherapy Guided by PSMA PET: A Phase II Trial",
					"2026-06-06T08:00:00-07:00", "2026-06-06T09:30:00-07:00", "Hall B", "SS 12")
				wantItem(t, items, "RF 01", planner.KindEvent, "Residents and Fellows: Navigating the Job Market",
					"2026-06-06T12:00:00-07:00", "2026-06-06T13:00:00-07:00", "Room 210", "")
				wantItem(t, items, "REC 1", planner.KindReception, "Welcome Reception",
					"2026-06-06T18:30:00-07:00", "2026-06-06T20:00:00-07:00", "Terrace", "")
				// After the stray </div>, the next day's rows still import.
				wantItem(t, items, "PQA 02", planner.KindSession, "Poster Q&A: Physics",
					"2026-06-07T10:00:00-07:00", "2026-06-07T11:30:00-07:00", "Exhibit Hall", "")
			},
		},
		{
			// Day headers without a year, a date printed with the time, a
			// range past midnight, a row without data-presid or code, an
			// unreadable day header and an empty row.
			file: "html/eventscribe-myschedule.html", format: "eventscribe-html", zone: "America/New_York",
			items: 2, warnings: 3,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				h := wantItem(t, items, "55001", planner.KindSession, "Late-Night Contouring Hackathon",
					"2026-10-18T21:00:00-04:00", "2026-10-19T01:00:00-04:00", "Room 9", "")
				wantPerson(t, h, "Yuki D. Yang", planner.RoleModerator, "Miami Cancer Institute")
				if len(h.People) != 1 {
					t.Errorf("people = %+v; a sponsor is not a person to meet", h.People)
				}
				for id, it := range items {
					if it.Title == "Plenary Session" {
						if !strings.HasPrefix(id, "x-") || it.Start.Format(time.RFC3339) != "2026-10-19T09:00:00-04:00" {
							t.Errorf("plenary = %s %v", id, it.Start)
						}
					}
				}
			},
		},
		{
			file: "html/eventscribe-session.html", format: "eventscribe-html", zone: "America/New_York",
			items: 3, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindTalk: 2},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				s := wantItem(t, items, "SS 20", planner.KindSession, "SS 20 - Lung 4: Immunotherapy and SBRT",
					"2024-09-30T10:45:00-04:00", "2024-09-30T12:00:00-04:00", "Walter E. Washington Convention Center, Room 207", "")
				wantPerson(t, s, "Kwame W. Acheampong", planner.RoleModerator, "Johns Hopkins University")
				wantPerson(t, s, "Haruka Park", planner.RoleModerator, "Washington University in St. Louis")
				if len(s.People) != 2 {
					t.Errorf("session people = %+v, want the 2 moderators only", s.People)
				}
				a := wantItem(t, items, "1101", planner.KindTalk, "Durvalumab After SBRT for Early-Stage NSCLC",
					"2024-09-30T10:45:00-04:00", "2024-09-30T10:55:00-04:00", "Walter E. Washington Convention Center, Room 207", "SS 20")
				wantPerson(t, a, "Min-Jung Sato", planner.RolePresentingAuthor, "Heidelberg")
				// Broken nesting: the speakers list after </div> belongs to
				// the title before it in document order.
				b := wantItem(t, items, "1102", planner.KindTalk, "Pneumonitis Risk With Consolidative Immunotherapy",
					"2024-09-30T10:55:00-04:00", "2024-09-30T11:05:00-04:00", "Walter E. Washington Convention Center, Room 207", "SS 20")
				wantPerson(t, b, "François Lefèvre", planner.RolePresentingAuthor, "University of Miami")
				if len(a.People) != 1 {
					t.Errorf("talk 1101 people = %+v", a.People)
				}
			},
		},
		{
			// A presentation page: the session it names is its parent.
			file: "html/eventscribe-presentation.html", format: "eventscribe-html", zone: "America/Los_Angeles",
			items: 1, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "1001", planner.KindTalk, "Dosimetric Comparison of Proton Therapy and Partial-Breast Irradiation",
					"2025-09-27T08:02:00-07:00", "2025-09-27T08:12:00-07:00", "Moscone West 2003", "SS 01")
				wantPerson(t, it, "Priya Raman", planner.RolePresentingAuthor, "Duke University")
				wantPerson(t, it, "Vikram Bhattacharya", planner.RoleAuthor, "University of Michigan")
			},
		},
		{
			// The same page saved by Chrome as "Webpage, Single File".
			file: "html/eventscribe-session.mhtml", format: "eventscribe-html", zone: "America/New_York",
			items: 3, warnings: 0,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindTalk: 2},
		},
		{
			file: "html/jsonld.html", format: "json-ld", zone: "UTC-05:00",
			items: 3, warnings: 1,
			kinds: map[planner.Kind]int{planner.KindSession: 1, planner.KindTalk: 1, planner.KindEvent: 1},
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				s := wantItem(t, items, "GP-1", planner.KindSession, "Plenary: Hypofractionation Everywhere?",
					"2026-04-17T08:00:00-05:00", "2026-04-17T09:30:00-05:00", "Ballroom A", "")
				wantPerson(t, s, "Maria Ortiz", planner.RoleSpeaker, "University of Nebraska Medical Center")
				wantPerson(t, s, "Tom Becker", planner.RoleSpeaker, "Nebraska Medicine")
				talk := wantItem(t, items, "201", planner.KindTalk, "Five Fractions for Prostate: Five-Year Outcomes",
					"2026-04-17T08:05:00-05:00", "2026-04-17T08:20:00-05:00", "Ballroom A", "GP-1")
				wantPerson(t, talk, "Lena Vogel", planner.RolePresentingAuthor, "Creighton University")
				wantItem(t, items, "https://gpos.example.invalid/program#career", planner.KindEvent, "Residents' Career Lunch",
					"2026-04-17T12:00:00-05:00", "2026-04-17T13:00:00-05:00", "Room 3", "")
			},
		},
		{
			file: "html/microdata.html", tz: "Europe/Zurich", format: "microdata", zone: "Europe/Zurich",
			items: 2, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					if it.Title == "Contouring Workshop: Head and Neck" {
						if it.Room != "Hörsaal 2" || it.Type != "Workshop" || it.Start.Format(time.RFC3339) != "2026-03-14T09:00:00+01:00" {
							t.Errorf("workshop = %+v", it)
						}
						wantPerson(t, it, "Zoë Müller", planner.RoleSpeaker, "University Hospital Zürich")
					}
				}
			},
		},
		{
			file: "html/table-dayheaders.html", format: "html-table", zone: "America/Los_Angeles",
			items: 4, warnings: 1,
		},
	})
}

func TestReadHTMLErrors(t *testing.T) {
	tests := []struct {
		file   string
		noZone bool
		want   string // in the error text
	}{
		{"html/nozone.html", true, "no time zone"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			_, err := readFixture(t, tc.file, "")
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, ErrNoZone) != tc.noZone {
				t.Errorf("errors.Is(ErrNoZone) = %v, want %v", !tc.noZone, tc.noZone)
			}
			var e *Error
			if !errors.As(err, &e) || !strings.Contains(e.Hint, "--tz") {
				t.Errorf("error %v has no hint naming --tz", err)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.file) {
				t.Errorf("error %q does not name the file and %q", err, tc.want)
			}
		})
	}
	// A page with no program at all.
	_, err := ReadProgram(strings.NewReader("<html><body><p>Hello</p></body></html>"), "page.html", Options{})
	if err == nil || !strings.Contains(err.Error(), "page.html") {
		t.Errorf("page without a program: err = %v", err)
	}
}

// FuzzReadHTML feeds the HTML reader arbitrary pages: it must never
// panic, and every item it returns must be well formed.
func FuzzReadHTML(f *testing.F) {
	files, _ := filepath.Glob("testdata/html/*.*html")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<ul id="agenda"><li class="dayrow">Sunday, September 28, 2025</li><li class="list-row bucket"><div class="prestime">9 PM - 1 AM</div></li><div class="bucketwrapper"><li class="list-row" data-buildcode="P" data-presid="x"><span>1 - A</span></li></div>`))
	la, _ := time.LoadLocation("America/Los_Angeles")
	f.Fuzz(func(t *testing.T, data []byte) {
		read := readHTML
		if isMHTML(bytes.ToLower(data[:min(len(data), 4096)])) {
			read = readMHTML
		}
		res, err := read(data, "fuzz.html", Options{Zone: la})
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

// esPage generates an eventScribe full-schedule page at meeting scale:
// sessions sessions over four days, each a bucket of talks talks. With
// unclosed, every row leaves its <section> open, so the parser nests each
// row inside the one before.
func esPage(sessions, talks int, unclosed bool) []byte {
	var b bytes.Buffer
	b.WriteString("<html><head><title>ASTRO 2025 Annual Meeting – Full Schedule</title></head><body><ul id=\"agenda\">\n")
	days := []string{"Saturday, September 27, 2025", "Sunday, September 28, 2025", "Monday, September 29, 2025", "Tuesday, September 30, 2025"}
	end := "</section>"
	if unclosed {
		end = ""
	}
	id := 100000
	for s := 0; s < sessions; s++ {
		if s%(sessions/len(days)+1) == 0 {
			fmt.Fprintf(&b, "<li class=\"list-group-item dayrow\">%s</li>\n", days[s/(sessions/len(days)+1)])
		}
		h := 7 + s%10
		fmt.Fprintf(&b, `<li class="list-group-item list-row bucket"><div class="list-row-content"><div class="list-row-secondary prestime"><span>%d:00 AM - %d:55 AM <small>PDT</small></span></div><div class="list-row-primary"><span>SS %03d - Session %d</span><div class="text-12">Location:   Room %d</div><div class="text-12 session-meta">Session ID: SS %03d &nbsp;|&nbsp; Scientific Session &nbsp;|&nbsp; Track: Breast Cancer</div><section class="text-12"><div class="mar-btm-xs">Moderator: <a>Moderator %d, MD</a> &ndash; University of Michigan</div>%s</div></div></li>`+"\n",
			h%12+1, h%12+1, s, s, s%40, s, s, end)
		id++
		fmt.Fprintf(&b, "<div class=\"bucketwrapper\"><li class=\"list-group-item list-row\" data-presid=\"%d\" data-buildcode=\"M\"><div class=\"list-row-content\"><div class=\"list-row-primary\"><span>SS %03d - Session %d</span></div></div></li>\n", id, s, s)
		for t := 0; t < talks; t++ {
			id++
			fmt.Fprintf(&b, `<li class="list-group-item list-row" data-presid="%d" data-buildcode="P"><div class="list-row-content"><div class="list-row-secondary prestime"><span>%d:%02d AM - %d:%02d AM <small>PDT</small></span></div><div class="list-row-primary"><span>%d - Talk %d of session %d</span><section class="text-12"><div class="mar-btm-xs">Presenter: <a>Priya Raman, MD</a> &ndash; Duke University</div><div class="mar-btm-xs authors">Authors: P. Raman<sup>1</sup>, J. Smith<sup>2</sup>, and R. Patel<sup>1,2</sup>; <sup>1</sup>Duke University, Durham, NC, <sup>2</sup>University of Michigan, Ann Arbor, MI</div>%s</div></div></li>`+"\n",
				id, h%12+1, t*8, h%12+1, t*8+8, 1000+s*talks+t, t, s, end)
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("</ul></body></html>\n")
	return b.Bytes()
}

// TestEventScribeNestedRows: when every row leaves an element open, the
// parser nests each row in the one before; each row must still get only
// its own people and its own session.
func TestEventScribeNestedRows(t *testing.T) {
	for _, unclosed := range []bool{false, true} {
		res, err := ReadProgram(bytes.NewReader(esPage(12, 3, unclosed)), "gen.html", Options{})
		if err != nil {
			t.Fatalf("unclosed=%v: %v", unclosed, err)
		}
		if len(res.Items) != 12*4 || len(res.Warnings) != 0 {
			t.Fatalf("unclosed=%v: %d items, warnings %v; want 48 items", unclosed, len(res.Items), res.Warnings)
		}
		for _, it := range res.Items {
			switch it.Kind {
			case planner.KindSession:
				if len(it.People) != 1 || !strings.HasPrefix(it.People[0].Name, "Moderator") {
					t.Errorf("unclosed=%v: session %s people = %+v", unclosed, it.ID, it.People)
				}
			case planner.KindTalk:
				if len(it.People) != 3 || it.People[0].Role != planner.RolePresentingAuthor || it.ParentID == "" {
					t.Errorf("unclosed=%v: talk %s parent %q people = %+v", unclosed, it.ID, it.ParentID, it.People)
				}
			}
		}
	}
}

// BenchmarkReadEventScribe reads a full schedule at ASTRO scale: 400
// sessions with 6 talks each (2,800 rows, about 2.5 MB).
func BenchmarkReadEventScribe(b *testing.B) {
	for _, unclosed := range []bool{false, true} {
		data := esPage(400, 6, unclosed)
		name := "well-formed"
		if unclosed {
			name = "nested"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				res, err := ReadProgram(bytes.NewReader(data), "gen.html", Options{})
				if err != nil || len(res.Items) != 400*7 {
					b.Fatalf("%v, %d items", err, len(res.Items))
				}
			}
		})
	}
}

// TestEventScribeWithoutBuildCodes: pages without data-buildcode still
// tell sessions from presentations by their row URLs.
func TestEventScribeWithoutBuildCodes(t *testing.T) {
	page := `<html><head><title>ASTRO 2025 Annual Meeting</title></head><body><ul id="agenda">
<li class="dayrow">Sunday, September 28, 2025</li>
<li class="list-row bucket"><div class="list-row-secondary">2:45 PM - 4:00 PM</div><div class="list-row-primary"><span>SS 30 - GI 1</span><div class="text-12">Location: Room 1</div></div></li>
<div class="bucketwrapper">
<li class="list-row" data-url="ajaxcalls/SessionInfo.asp?PresentationID=7" data-presid="7"><div class="list-row-primary"><span>SS 30 - GI 1</span></div></li>
<li class="list-row" data-url="ajaxcalls/PresentationInfo.asp?PresentationID=8" data-presid="8"><div class="list-row-secondary">2:45 PM - 2:55 PM</div><div class="list-row-primary"><span>1201 - A Talk</span></div></li>
</div></ul></body></html>`
	res, err := ReadProgram(strings.NewReader(page), "old.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 || len(res.Warnings) != 0 {
		t.Fatalf("items %+v warnings %v", res.Items, res.Warnings)
	}
	byID := map[string]planner.Item{res.Items[0].ID: res.Items[0], res.Items[1].ID: res.Items[1]}
	wantItem(t, byID, "7", planner.KindSession, "SS 30 - GI 1", "2025-09-28T14:45:00-07:00", "2025-09-28T16:00:00-07:00", "Room 1", "")
	wantItem(t, byID, "1201", planner.KindTalk, "A Talk", "2025-09-28T14:45:00-07:00", "2025-09-28T14:55:00-07:00", "Room 1", "7")
}

// TestReadHTMLLegacyEncoding: a page saved in Windows-1252 reads with
// its accents intact.
func TestReadHTMLLegacyEncoding(t *testing.T) {
	page := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>ASTRO 2025 Annual Meeting</title></head><body><ul id=\"agenda\">" +
		"<li class=\"dayrow\">Sunday, September 28, 2025</li>" +
		"<li class=\"list-row\" data-presid=\"1\" data-buildcode=\"M\"><div class=\"prestime\">2:45 PM \x96 4:00 PM</div><div class=\"list-row-primary\"><span>Caf\xe9 Talk</span>" +
		"<div class=\"mar-btm-xs\">Speaker: <a>Zo\xeb M\xfcller, PhD</a> \x96 Universit\xe4tsspital Z\xfcrich</div></div></li></ul></body></html>"
	res, err := ReadProgram(strings.NewReader(page), "legacy.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 {
		t.Fatalf("items = %+v, warnings %v", res.Items, res.Warnings)
	}
	it := res.Items[0]
	if it.Title != "Café Talk" || it.End.Format("15:04") != "16:00" {
		t.Errorf("item = %q %v-%v", it.Title, it.Start, it.End)
	}
	wantPerson(t, it, "Zoë Müller", planner.RoleSpeaker, "Universitätsspital Zürich")
}

// TestEventScribeSkippedSession: when a session row is skipped, its
// presentations do not join the session before it.
func TestEventScribeSkippedSession(t *testing.T) {
	page := `<html><head><title>ASTRO 2025 Annual Meeting</title></head><body><ul id="agenda">
<li class="dayrow">Sunday, September 28, 2025</li>
<li class="list-row" data-presid="1" data-buildcode="M"><div class="prestime">1:00 PM - 2:00 PM</div><div class="list-row-primary"><span>First Session</span></div></li>
<li class="list-row bucket"><div class="prestime">to be announced</div><div class="list-row-primary"><span>SS 31 - Second Session</span></div></li>
<div class="bucketwrapper">
<li class="list-row" data-presid="3" data-buildcode="M"><div class="list-row-primary"><span>SS 31 - Second Session</span></div></li>
<li class="list-row" data-presid="4" data-buildcode="P"><div class="prestime">2:45 PM - 2:55 PM</div><div class="list-row-primary"><span>1301 - A Talk</span></div></li>
</div></ul></body></html>`
	res, err := ReadProgram(strings.NewReader(page), "skip.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.ID == "1301" && it.ParentID != "" {
			t.Errorf("talk joined %q, the session before its own", it.ParentID)
		}
	}
	if len(res.Warnings) == 0 {
		t.Errorf("no warning for the session without a time")
	}
}

// TestHTMLTableRowspan: a session cell spanning its talks' rows applies
// to each of them, and the columns stay aligned.
func TestHTMLTableRowspan(t *testing.T) {
	page := `<html><head><title>ASTRO 2025 Annual Meeting</title></head><body><table>
<tr><th>Date</th><th>Session</th><th>Time</th><th>Presentation Title</th><th>Presenter</th><th>Room</th></tr>
<tr><td rowspan="3">9/28/2025</td><td rowspan="2">SS 40 - Physics 3</td><td>2:45 PM - 2:55 PM</td><td>Motion Management in MR-Linac Lung SBRT</td><td>Tuan Nakamura, PhD</td><td rowspan="2">Room 3014</td></tr>
<tr><td>2:55 PM - 3:05 PM</td><td>Auto-Contouring Audit Across 12 Centers</td><td>Sarah Lewis</td></tr>
<tr><td>SS 41 - GI 2</td><td>3:15 PM - 3:25 PM</td><td>Short-Course Radiotherapy for Rectal Cancer</td><td>Mei Watanabe</td><td>Room 3016</td></tr>
</table></body></html>`
	res, err := ReadProgram(strings.NewReader(page), "rowspan.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Format != "html-table" || len(res.Items) != 3 || len(res.Warnings) != 0 {
		t.Fatalf("format %s, items %+v, warnings %v", res.Format, res.Items, res.Warnings)
	}
	want := []struct{ title, start, room, session string }{
		{"Motion Management in MR-Linac Lung SBRT", "2025-09-28T14:45:00-07:00", "Room 3014", "SS 40 - Physics 3"},
		{"Auto-Contouring Audit Across 12 Centers", "2025-09-28T14:55:00-07:00", "Room 3014", "SS 40 - Physics 3"},
		{"Short-Course Radiotherapy for Rectal Cancer", "2025-09-28T15:15:00-07:00", "Room 3016", "SS 41 - GI 2"},
	}
	for i, w := range want {
		it := res.Items[i]
		if it.Title != w.title || it.Start.Format(time.RFC3339) != w.start || it.Room != w.room || it.Session != w.session {
			t.Errorf("item %d = %q %s %q session %q; want %q %s %q session %q", i, it.Title, it.Start.Format(time.RFC3339), it.Room, it.Session, w.title, w.start, w.room, w.session)
		}
	}
}

func TestCommentFree(t *testing.T) {
	tests := []struct {
		page string
		want bool
	}{
		{"<table><tr><td>a</td></tr><tr><td>b</td></tr></table>", true},
		{"<!-- header --><table><tr><td>a</td></tr><!-- x --><tr></tr></table>", true},
		{"<table><!-- <tr><td>old</td></tr> --><tr><td>a</td></tr></table>", false},
		{"<table><tr></tr><!-- unterminated <tr>", false},
	}
	for _, tc := range tests {
		data := []byte(tc.page)
		if got := commentFree(data, trOpens(data)); got != tc.want {
			t.Errorf("commentFree(%q) = %v, want %v", tc.page, got, tc.want)
		}
	}
}

func TestLineCounter(t *testing.T) {
	data := []byte("a\nb\nc\nd")
	c := newLineCounter(data)
	for _, tc := range []struct{ off, want int }{{0, 1}, {2, 2}, {4, 3}, {7, 4}, {100, 4}, {1, 1}, {6, 4}} {
		if got := c.at(tc.off); got != tc.want || got != lineOf(data, tc.off) {
			t.Errorf("at(%d) = %d, want %d", tc.off, got, tc.want)
		}
	}
}

// A page saved before it finished loading imports what it has and warns
// that it ends early; a whole page does not.
func TestReadHTMLTruncated(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "html", "eventscribe-list.html"))
	if err != nil {
		t.Fatal(err)
	}
	la, _ := time.LoadLocation("America/Los_Angeles")
	whole, err := ReadProgram(bytes.NewReader(data), "whole.html", Options{Zone: la})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range whole.Warnings {
		if strings.Contains(w.Reason, "ends early") {
			t.Errorf("whole page: %v", w)
		}
	}
	cut := data[:len(data)*3/4]
	res, err := ReadProgram(bytes.NewReader(cut), "cut.html", Options{Zone: la})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range res.Warnings {
		found = found || strings.Contains(w.Error(), "ends early")
	}
	if !found || len(res.Items) == 0 {
		t.Errorf("cut page: %d items, warnings %v; want items and an ends-early warning", len(res.Items), res.Warnings)
	}
}
