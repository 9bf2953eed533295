package sources_test

import (
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

func TestEncounterLogRoundTrip(t *testing.T) {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	l := sources.NewEncounterLog("encounters.csv")
	at := time.Date(2025, 9, 28, 14, 30, 0, 0, la)
	enc := planner.Encounter{Name: "Smith, Jennifer", Institution: "University of California, San Francisco", Email: "js@ucsf.example",
		Where: "=cmd reception", ItemKind: planner.KindReception, Notes: "asked about J-1; \"send CV\"\nnext week", At: at}
	f := planner.FirstFollowUp(enc)
	row := l.Append(sources.LogEntry{Zone: "America/Los_Angeles", Thread: planner.Thread{Encounter: enc, WindowStart: f.WindowStart, Due: f.Due, Stage: sources.LogOpen}})
	if row != 0 {
		t.Fatalf("row %d", row)
	}
	data := l.Sheet.Bytes()
	if !strings.Contains(string(data), "'=cmd reception") {
		t.Errorf("formula not neutralized:\n%s", data)
	}
	if !strings.Contains(string(data), "2025-09-28T14:30:00-07:00") {
		t.Errorf("time not RFC 3339 in the zone:\n%s", data)
	}
	back, err := sources.ReadEncounterLog(strings.NewReader(string(data)), "encounters.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Entries) != 1 || len(back.Warnings) != 0 {
		t.Fatalf("entries %d, warnings %v", len(back.Entries), back.Warnings)
	}
	got := back.Entries[0]
	if got.Encounter.Where != "=cmd reception" || got.Encounter.Notes != enc.Notes || got.Encounter.Name != enc.Name {
		t.Errorf("read back %+v", got.Encounter)
	}
	if !got.Encounter.At.Equal(at) || !got.Due.Equal(f.Due) || got.Encounter.At.Location().String() != "America/Los_Angeles" {
		t.Errorf("times read back: %v %v", got.Encounter.At, got.Due)
	}
	// Update touches only the status columns of that row.
	sent := at.Add(50 * time.Hour)
	got.Stage, got.SentAt, got.PriorResponse = sources.LogSent, sent, "old reply"
	back.Update(got)
	out := string(back.Sheet.Bytes())
	if !strings.Contains(out, ",sent,2025-09-30T16:30:00-07:00,,,old reply,America/Los_Angeles") {
		t.Errorf("after update:\n%s", out)
	}
	if !strings.HasPrefix(out, strings.SplitN(string(data), "\n", 2)[0]) {
		t.Errorf("header changed")
	}
}

func TestReadEncounterLog(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		entries int
		warns   []string
		err     string
	}{
		{name: "empty is a new log", in: "", entries: 0},
		{name: "user columns and order", in: "Name;Met at;Due;Status;Time zone;My column\r\n" +
			"Jane Doe;2025-09-28 14:30;2025-10-01 14:30;open;America/New_York;x\r\n", entries: 1},
		{name: "bad rows are skipped with their line", in: "Met at,Name,Due,Status,Time zone\n" +
			"2025-09-28T14:30:00-04:00,Jane Doe,,open,\n" +
			"yesterday,John Roe,,open,\n" +
			"2025-09-28T14:30:00-04:00,Ana Roe,,shipped,\n" +
			"2025-09-28T14:30:00-04:00,Bo Li,,open,Mars/Olympus\n" +
			",,,,\n",
			entries: 1, warns: []string{`encounters.csv:3: Met at "yesterday"`, `encounters.csv:4: status "shipped"`, `encounters.csv:5: time zone "Mars/Olympus"`}},
		{name: "network map is not a log", in: "Name,Role,Institution\nJane,PD,Emory\n", err: "not an encounter log"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := sources.ReadEncounterLog(strings.NewReader(tt.in), "encounters.csv")
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Entries) != tt.entries {
				t.Errorf("%d entries, want %d", len(l.Entries), tt.entries)
			}
			if len(l.Warnings) != len(tt.warns) {
				t.Fatalf("warnings %v, want %d", l.Warnings, len(tt.warns))
			}
			for i, w := range l.Warnings {
				if !strings.Contains(w.Error(), tt.warns[i]) {
					t.Errorf("warning %q, want %q", w, tt.warns[i])
				}
			}
			if got := string(l.Sheet.Bytes()); tt.in != "" && got != tt.in {
				t.Errorf("round trip changed the log")
			}
		})
	}
}

func TestNetworkMapEdit(t *testing.T) {
	in := "Full name;E-mail;Next action;Mine\r\nJane Doe;jd@x.example;;1\r\n"
	n, err := sources.ReadNetworkMap(strings.NewReader(in), "n.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !n.Set(0, sources.FieldNextStep, "Follow up by 2025-10-01") {
		t.Fatal("no Next step column found")
	}
	if n.Set(0, sources.FieldResponse, "x") || n.Has(sources.FieldResponse) {
		t.Error("Set wrote a column the map does not have")
	}
	n.Add(map[sources.Field]string{sources.FieldName: "New Person", sources.FieldEmail: "np@x.example", sources.FieldRole: "ignored"})
	want := "Full name;E-mail;Next action;Mine\r\nJane Doe;jd@x.example;Follow up by 2025-10-01;1\r\nNew Person;np@x.example;;\r\n"
	if got := string(n.Sheet.Bytes()); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}

	// First and last name columns get the name split.
	n, err = sources.ReadNetworkMap(strings.NewReader("First name,Last name,Institution\nJane,Doe,Yale\n"), "n.csv")
	if err != nil {
		t.Fatal(err)
	}
	n.Add(map[sources.Field]string{sources.FieldName: "Smith, Jennifer A.", sources.FieldInstitution: "UCSF"})
	if got := string(n.Sheet.Bytes()); got != "First name,Last name,Institution\nJane,Doe,Yale\nJennifer A.,Smith,UCSF\n" {
		t.Errorf("got %q", got)
	}
	// The split is the name model's: particles stay with the surname.
	n.Add(map[sources.Field]string{sources.FieldName: "Dr. Ana De La Cruz", sources.FieldInstitution: "University of Miami"})
	if got := string(n.Sheet.Bytes()); !strings.HasSuffix(got, "\nAna,De La Cruz,University of Miami\n") {
		t.Errorf("got %q", got)
	}
}

func FuzzReadEncounterLog(f *testing.F) {
	f.Add("Met at,Name,Institution,Email,Role,Where,Item ID,Kind,Room,Notes,Window start,Due,Status,Sent at,Second touch sent at,Response,Map response when sent,Time zone\n" +
		"2025-09-28T14:30:00-07:00,\"Smith, Jennifer\",UCSF,js@ucsf.example,PD,'=x,2034,poster,Hall F,\"a\nb\",2025-09-30T14:30:00-07:00,2025-10-01T14:30:00-07:00,sent,2025-09-30T16:00:00-07:00,,,,America/Los_Angeles\n")
	f.Add("Name;Met at;Due;Status;Time zone\r\nJane;2025-09-28 14:30;;open;America/New_York\r\n")
	f.Add("Met at,Name,Status\n,,\nx,y,z\n")
	f.Fuzz(func(t *testing.T, in string) {
		l, err := sources.ReadEncounterLog(strings.NewReader(in), "fuzz.csv")
		if err != nil {
			return
		}
		if got := string(l.Sheet.Bytes()); in != "" && got != in {
			t.Fatalf("round trip changed %q into %q", in, got)
		}
		for _, e := range l.Entries {
			if e.Encounter.Name == "" || e.Encounter.At.IsZero() {
				t.Fatalf("entry without name or time: %+v", e)
			}
			e.Stage = sources.LogAnswered
			l.Update(e)
		}
		l.Append(sources.LogEntry{Thread: planner.Thread{Encounter: planner.Encounter{Name: "N"}, Stage: sources.LogOpen}})
		if _, err := sources.ReadEncounterLog(strings.NewReader(string(l.Sheet.Bytes())), "fuzz.csv"); err != nil && l.Sheet.WellFormed() {
			t.Fatalf("written log does not read back: %v\n%q", err, l.Sheet.Bytes())
		}
	})
}
