package sources_test

import (
	"encoding/json"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// Two CSV files whose IDs collide: 3250 is a session in one and a poster
// in the other (different items, both stay); S1 is the same session in
// both (one item, people merged). The ICS file names the zone, which
// serves the CSV files.
var meetingFiles = []sources.Input{
	{Name: "sessions.csv", Data: []byte("ID,Title,Date,Start,End,Room,Moderators\n" +
		"3250,Lung 1: Early-Stage NSCLC,10/18/2026,8:00 AM,9:15 AM,Room 206,Ama Mensah (Korle Bu)\n" +
		"S1,Meet the Program Directors,10/18/2026,2:45 PM,4:00 PM,Hall C,Lakshmi Rao\n")},
	{Name: "posters.csv", Data: []byte("ID,Title,Date,Start,End,Room,Board,Presenter\n" +
		"3250,Poster Q&A: Financial Toxicity,10/19/2026,10:45 AM,11:45 AM,Poster Hall,118,Wei Zhang\n" +
		"S1,Meet the Program Directors,10/18/2026,2:45 PM,4:00 PM,Hall C,,Chris Wong\n")},
	{Name: "calendar.ics", Data: []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:America/New_York\r\n" +
		"BEGIN:VEVENT\r\nUID:e1@test\r\nDTSTAMP:20260901T000000Z\r\nDTSTART:20261018T130000Z\r\nDTEND:20261018T140000Z\r\nSUMMARY:Opening Plenary\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")},
}

func TestReadMeetingLosesNothing(t *testing.T) {
	m, res, warns := sources.ReadMeeting(meetingFiles, sources.Options{})
	for _, r := range res {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Name, r.Err)
		}
	}
	if m.Zone == nil || m.Zone.String() != "America/New_York" {
		t.Fatalf("zone = %v, want America/New_York", m.Zone)
	}
	byTitle := map[string]planner.Item{}
	for _, it := range m.Items {
		byTitle[it.Title] = it
		if it.Start.Location() != m.Zone {
			t.Errorf("%s: start %v not in the meeting zone", it.ID, it.Start)
		}
	}
	if len(m.Items) != 4 {
		t.Errorf("items = %d, want 4 (two 3250s, one S1, the plenary): %+v", len(m.Items), m.Items)
	}
	lung, poster := byTitle["Lung 1: Early-Stage NSCLC"], byTitle["Poster Q&A: Financial Toxicity"]
	if lung.ID == poster.ID || !strings.HasPrefix(lung.ID, "3250") || !strings.HasPrefix(poster.ID, "3250") {
		t.Errorf("IDs = %q, %q; want both kept, distinct", lung.ID, poster.ID)
	}
	pd := byTitle["Meet the Program Directors"]
	var names []string
	for _, p := range pd.People {
		names = append(names, p.Name)
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"Chris Wong", "Lakshmi Rao"}) {
		t.Errorf("merged people = %q", names)
	}
	if len(warns) != 2 {
		t.Errorf("notes = %v, want one merge and one rename", warns)
	}
}

// TestReadMeetingOrder: every order of the files gives the same meeting.
func TestReadMeetingOrder(t *testing.T) {
	var want string
	perms := [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}
	for _, p := range perms {
		in := []sources.Input{meetingFiles[p[0]], meetingFiles[p[1]], meetingFiles[p[2]]}
		m, _, _ := sources.ReadMeeting(in, sources.Options{})
		b, err := json.Marshal(meetingJSON(m))
		if err != nil {
			t.Fatal(err)
		}
		if want == "" {
			want = string(b)
			continue
		}
		if string(b) != want {
			t.Errorf("order %v gives\n%s\nwant\n%s", p, b, want)
		}
	}
}

func meetingJSON(m *planner.Meeting) any {
	type item struct {
		planner.Item
		Start, End string
	}
	var out []item
	for _, it := range m.Items {
		out = append(out, item{it, it.Start.Format(time.RFC3339), it.End.Format(time.RFC3339)})
	}
	return struct {
		Name, Zone string
		Items      []item
	}{m.Name, m.Zone.String(), out}
}

// The same session in a spreadsheet and a JSON export (both print its
// code in its title) is one item in the meeting, with both files' people.
func TestReadMeetingSameSessionTwoFormats(t *testing.T) {
	la, _ := time.LoadLocation("America/Los_Angeles")
	in := []sources.Input{
		{Name: "program.csv", Data: []byte("Session_Title,Session_Date,Session_Time,Room,Chairs,Presentation_Title,Presentation_Time,Presenter\n" +
			"SS 14 - CNS 2: Brain Metastases,9/28/2025,2:45 PM - 4:00 PM,Moscone West 3001,Ama Mensah,SRS for EGFR-Mutant Metastases,2:45 PM - 2:55 PM,Wei Zhang\n")},
		{Name: "program.json", Data: []byte(`[{"session_title": "SS 14 - CNS 2: Brain Metastases", "date": "2025-09-28", "time": "2:45 PM - 4:00 PM",
			"room": "Moscone West 3001", "chairs": "Sofia Rossi"}]`)},
	}
	m, res, _ := sources.ReadMeeting(in, sources.Options{Zone: la})
	for _, r := range res {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Name, r.Err)
		}
	}
	var sessions []planner.Item
	for _, it := range m.Items {
		if it.Kind == planner.KindSession {
			sessions = append(sessions, it)
		}
	}
	if len(sessions) != 1 || sessions[0].ID != "SS 14" || len(sessions[0].People) != 2 {
		t.Errorf("sessions = %+v, want one SS 14 with both chairs", sessions)
	}
}

// A file read without a zone is read again in the one another file
// names, from its parsed rows: the result is what reading it with --tz
// in that zone gives, warnings and errors included.
func TestReadMeetingZoneRetryIsReadInZone(t *testing.T) {
	ics := meetingFiles[2]
	for _, csv := range []string{
		"ID,Title,Date,Start,End,Room,Moderators\n3250,Lung 1,10/18/2026,8:00 AM,9:15 AM,Room 206,Ama Mensah (Korle Bu)\n",
		"Title,Date,Time,Notes,Extra\nA talk,10/18/2026,2:45 - 4:00,n,x\n,10/18/2026,9:00 AM,,\nB talk,10/19/2026,9:00,\"open\n" +
			"C talk,10/19/2026,bad time,,\nD talk,10/18/2026,10:00 AM - 11:00 AM,,,,\n",
		"Regional Summit 2026\nTitle;Date;Start time;Duration\nOpening;Saturday, October 17;9:00;45\nClosing;Saturday, October 17;17:00;30 min\n",
		"Title,Date,Time\nOnly a title,,\n",
		// People read before the times (readPeople), row by row, around
		// rows that are no item: a day header, a blank row, a row with no
		// title.
		"Title,Date,Time,Authors,Presenting Author\n" +
			"\"Sunday, October 18, 2026\",,,,\n" +
			",,,,\n" +
			"Poster A,10/18/2026,9:00 AM - 10:00 AM,\"A. Rao1, B. Chen2; 1Duke University, Durham, NC, 2Mayo Clinic, Rochester, MN\",\"Anil Rao, MD\"\n" +
			",10/18/2026,9:00 AM,C. Diaz,\n" +
			"Poster B,,2:00 PM - 3:00 PM,\"J. Smith1*, K. Lee1; 1Emory University\",\n" +
			"Poster C,10/18/2026,4:00 PM,,Wei Zhang (Peking Union Medical College Hospital)\n",
	} {
		in := sources.Input{Name: "program.csv", Data: []byte(csv)}
		m, res, _ := sources.ReadMeeting([]sources.Input{in, ics}, sources.Options{})
		if m.Zone == nil {
			t.Fatalf("no zone")
		}
		want, wantErr := sources.ReadProgram(strings.NewReader(csv), in.Name, sources.Options{Zone: m.Zone})
		got, gotErr := res[0].Result, res[0].Err
		if (wantErr == nil) != (gotErr == nil) || wantErr != nil && wantErr.Error() != gotErr.Error() {
			t.Errorf("%q: error %v, want %v", csv, gotErr, wantErr)
		}
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		if string(g) != string(w) {
			t.Errorf("%q:\n got %s\nwant %s", csv, g, w)
		}
	}
}

// Files are read side by side when Go runs goroutines in parallel: the
// meeting, the results and the warnings are those of reading them one
// after another, whatever the order.
func TestReadMeetingSideBySide(t *testing.T) {
	read := func(procs int, in []sources.Input) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		m, res, warns := sources.ReadMeeting(in, sources.Options{})
		b, err := json.Marshal([]any{meetingJSON(m), res, warns})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, p := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}} {
		in := []sources.Input{meetingFiles[p[0]], meetingFiles[p[1]], meetingFiles[p[2]]}
		if one, four := read(1, in), read(4, in); one != four {
			t.Errorf("order %v: side by side\n%s\none after another\n%s", p, four, one)
		}
	}
	// A saved page that names the zone and two spreadsheets that wait for
	// it, read while the page is.
	f := synth.Generate(synth.Demo())
	in := []sources.Input{{Name: "program.html", Data: f.Program}, {Name: "posters.csv", Data: f.Posters}, {Name: "arro.csv", Data: f.ARRO}}
	if one, four := read(1, in), read(4, in); one != four {
		t.Errorf("the demo meeting read side by side differs from it read one file after another")
	}
}
