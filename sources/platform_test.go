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

// TestReadPlatformExports reads invented files in the shapes real
// platforms export (frab/pentabarf XML as wafer and pentabarf write it,
// pretalx schedule JSON, Sessionize's three API shapes, Indico's
// timetable and contribution exports).
func TestReadPlatformExports(t *testing.T) {
	runGolden(t, []goldenCase{
		{
			// wafer: <date> in UTC, <start> local; <time_zone_name> names
			// the zone; a pentabarf day without offsets; a bad duration.
			file: "platform/frab.xml", format: "frab-xml", zone: "Asia/Kolkata",
			items: 4, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "12", planner.KindSession, "Hypofractionation in Low-Resource Settings",
					"2025-10-03T09:00:00+05:30", "2025-10-03T09:45:00+05:30", "Periyar Hall", "")
				wantPerson(t, it, "Ananya Iyer", planner.RoleSpeaker, "")
				wantPerson(t, it, "Rahul Menon", planner.RoleSpeaker, "")
				pd := wantItem(t, items, "13", planner.KindEvent, "Meet the Program Directors & Chiefs",
					"2025-10-03T10:30:00+05:30", "2025-10-03T12:00:00+05:30", "Periyar Hall", "")
				wantPerson(t, pd, "Lakshmi Nair", planner.RoleModerator, "")
				wantItem(t, items, "20", planner.KindSession, "Contouring Workshop",
					"2025-10-04T09:15:00+05:30", "2025-10-04T09:35:00+05:30", "Periyar Hall", "")
			},
		},
		{
			// No zone name: the offsets serve; a day running past midnight.
			file: "platform/frab-nightly.xml", format: "frab-xml", zone: "UTC+01:00",
			items: 2, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				wantItem(t, items, "101", planner.KindSession, "Late Show",
					"2025-12-27T23:30:00+01:00", "2025-12-28T00:30:00+01:00", "Saal 1", "")
				late := wantItem(t, items, "102", planner.KindSession, "After Midnight",
					"2025-12-28T01:00:00+01:00", "2025-12-28T01:30:00+01:00", "Saal 1", "")
				wantPerson(t, late, "Zoë Ng", planner.RoleSpeaker, "")
			},
		},
		{
			// Pentabarf as FOSDEM writes it: no offsets anywhere, the
			// <day_change> says when a day begins; --tz gives the zone.
			file: "platform/pentabarf.xml", tz: "Europe/Brussels", format: "frab-xml", zone: "Europe/Brussels",
			items: 2, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "1101", planner.KindSession, "An Open Treatment Planning System",
					"2026-01-31T10:30:00+01:00", "2026-01-31T10:55:00+01:00", "H.1302", "")
				wantPerson(t, it, "Kwame Mensah", planner.RoleSpeaker, "")
				wantItem(t, items, "1102", planner.KindSession, "Midnight Hacking on DICOM",
					"2026-02-01T00:30:00+01:00", "2026-02-01T01:30:00+01:00", "H.1302", "")
			},
		},
		{
			file: "platform/pretalx.json", format: "frab-json", zone: "UTC+01:00",
			items: 3, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "41", planner.KindEvent, "Adaptive Radiotherapy: What Residents Should Know",
					"2025-11-14T10:30:00+01:00", "2025-11-14T11:10:00+01:00", "Hörsaal A", "")
				wantPerson(t, it, "Marta Kowalska", planner.RoleSpeaker, "")
				wantPerson(t, it, "Kwame Mensah", planner.RoleSpeaker, "")
				// pretalx's d:hh:mm for a day and more.
				wantItem(t, items, "42", planner.KindSession, "All-Night Dosimetry Hackathon",
					"2025-11-15T00:30:00+01:00", "2025-11-16T02:30:00+01:00", "Stream 2", "")
				wantItem(t, items, "43", planner.KindSession, "Date from its day",
					"2025-11-14T11:00:00+01:00", "2025-11-14T11:30:00+01:00", "Stream 2", "")
			},
		},
		{
			// pretalx's REST API: talks with their slot; unscheduled and
			// withdrawn ones are skipped with a warning each.
			file: "platform/pretalx-api.json", format: "pretalx-api-json", zone: "UTC+01:00",
			items: 1, warnings: 2,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "QX7PLA", planner.KindSession, "Adaptive Radiotherapy in Practice",
					"2025-11-14T10:30:00+01:00", "2025-11-14T11:10:00+01:00", "Hörsaal A", "")
				wantPerson(t, it, "Marta Kowalska", planner.RoleSpeaker, "")
				if it.Type != "Talk" || it.Track != "Clinical" {
					t.Errorf("type, track = %q, %q", it.Type, it.Track)
				}
			},
		},
		{
			file: "platform/sessionize-all.json", tz: "Europe/Madrid", format: "sessionize-json", zone: "Europe/Madrid",
			items: 2, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				k := wantItem(t, items, "700101", planner.KindSession, "Keynote: Proton Therapy for Everyone?",
					"2025-05-17T09:00:00+02:00", "2025-05-17T09:45:00+02:00", "Aula Magna", "")
				wantPerson(t, k, "Elena García", planner.RoleSpeaker, "Hospital Clínic de Barcelona")
				wantPerson(t, k, "Tomasz Nowak", planner.RoleSpeaker, "Medical Physicist")
				if k.Track != "Clinical" || k.Type != "Keynote" {
					t.Errorf("track, type = %q, %q", k.Track, k.Type)
				}
			},
		},
		{
			file: "platform/sessionize-sessions.json", tz: "Europe/Madrid", format: "sessionize-json", zone: "Europe/Madrid",
			items: 1, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "800201", planner.KindEvent, "Residency Applications: Ask Us Anything",
					"2025-05-17T14:00:00+02:00", "2025-05-17T14:45:00+02:00", "Room 2.14", "")
				wantPerson(t, it, "Aisha Bello", planner.RoleSpeaker, "")
				if it.Track != "Careers" || it.Type != "Panel" {
					t.Errorf("track, type = %q, %q", it.Track, it.Type)
				}
			},
		},
		{
			file: "platform/sessionize-grid.json", tz: "Europe/Madrid", format: "sessionize-json", zone: "Europe/Madrid",
			items: 1, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				it := wantItem(t, items, "800301", planner.KindSession, "Brachytherapy Hands-On",
					"2025-05-18T10:00:00+02:00", "2025-05-18T11:30:00+02:00", "Hall B", "")
				wantPerson(t, it, "Mei Tanaka", planner.RoleSpeaker, "")
			},
		},
		{
			file: "platform/indico-timetable.json", format: "indico-json", zone: "Europe/Zurich",
			items: 3, warnings: 0,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				s := wantItem(t, items, "s1", planner.KindSession, "Physics Parallel Session: Block 1",
					"2025-10-20T09:00:00+02:00", "2025-10-20T10:30:00+02:00", "500/1-001 - Main Auditorium", "")
				wantPerson(t, s, "Ingrid Larsen", planner.RoleModerator, "University of Oslo")
				c := wantItem(t, items, "a4242t3", planner.KindTalk, "Monte Carlo Dose Engines on GPUs",
					"2025-10-20T09:00:00+02:00", "2025-10-20T09:20:00+02:00", "500/1-001 - Main Auditorium", "s1")
				wantPerson(t, c, "Hiroshi Sato", planner.RoleSpeaker, "KEK")
				wantItem(t, items, "b0", planner.KindSession, "Coffee break",
					"2025-10-20T10:30:00+02:00", "2025-10-20T11:00:00+02:00", "Foyer", "")
			},
		},
		{
			// The event export with its sessions and contributions: a
			// contribution naming its session belongs to the block of
			// that title in its time.
			file: "platform/indico-contributions.json", format: "indico-json", zone: "Asia/Tokyo",
			items: 2, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				var block planner.Item
				for _, it := range items {
					if it.Kind == planner.KindSession {
						block = it
					}
				}
				wantItem(t, items, block.ID, planner.KindSession, "Clinical Results",
					"2025-11-05T09:30:00+09:00", "2025-11-05T11:00:00+09:00", "Room 301", "")
				wantPerson(t, block, "Ken Ito", planner.RoleModerator, "NIRS")
				c := wantItem(t, items, "17", planner.KindTalk, "Carbon Ion Therapy for Pancreatic Cancer",
					"2025-11-05T10:00:00+09:00", "2025-11-05T10:25:00+09:00", "Room 301", block.ID)
				wantPerson(t, c, "Keiko Yamamoto", planner.RoleSpeaker, "QST Hospital")
				wantPerson(t, c, "Wei Chen", planner.RoleAuthor, "Fudan University")
				if c.Session != "Clinical Results" || c.Track != "Clinical" {
					t.Errorf("session, track = %q, %q", c.Session, c.Track)
				}
			},
		},
	})
}

// TestPlatformNeedsZone: a Sessionize file names no zone, so without
// --tz it fails saying so, and the error can be retried with a zone.
func TestPlatformNeedsZone(t *testing.T) {
	_, err := readFixture(t, "platform/sessionize-all.json", "")
	if err == nil || !errors.Is(err, ErrNoZone) {
		t.Fatalf("err = %v, want ErrNoZone", err)
	}
}

func TestClockDuration(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		bad  bool
	}{
		{in: "00:45", want: "45m0s"}, {in: "1:30", want: "1h30m0s"}, {in: "45", want: "45m0s"},
		{in: "00:30:00", want: "30m0s"}, {in: "1:02:00", want: "26h0m0s"},
		{in: "00:xx", bad: true}, {in: "", bad: true}, {in: "1:75", bad: true}, {in: "99:00:00:00", bad: true},
	} {
		got, err := clockDuration(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("clockDuration(%q) = %v, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("clockDuration(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

// fuzzPlatform seeds a fuzz target with the platform fixtures that match
// glob and checks that read never panics and returns only well-formed
// items: titled, with an ID, never ending before they start, IDs unique.
func fuzzPlatform(f *testing.F, glob string, read func([]byte, string, Options) (*Result, error)) {
	files, _ := filepath.Glob(filepath.Join("testdata", "platform", glob))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opt := range []Options{{}, {Zone: time.UTC}} {
			res, err := read(data, "fuzz", opt)
			if err != nil {
				continue
			}
			if res.Zone == nil && len(res.Items) > 0 {
				t.Fatal("items without a zone")
			}
			seen := map[string]bool{}
			for _, it := range res.Items {
				if it.End.Before(it.Start) || it.ID == "" || it.Title == "" || seen[it.ID] {
					t.Fatalf("bad item %+v", it)
				}
				seen[it.ID] = true
			}
		}
	})
}

func FuzzReadFrabXML(f *testing.F)    { fuzzPlatform(f, "frab*.xml", readFrabXML) }
func FuzzReadFrabJSON(f *testing.F)   { fuzzPlatform(f, "pretalx.json", readFrabJSON) }
func FuzzReadSessionize(f *testing.F) { fuzzPlatform(f, "sessionize*.json", readSessionize) }
func FuzzReadIndico(f *testing.F)     { fuzzPlatform(f, "indico*.json", readIndico) }
func FuzzReadPretalxAPI(f *testing.F) { fuzzPlatform(f, "pretalx-api*.json", readPretalxAPI) }

// A schedule.xml cut short keeps the events before the cut and says so.
func TestReadFrabXMLCut(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "platform", "frab.xml"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := readFrabXML(data[:1800], "cut.xml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 {
		t.Errorf("items = %d, want the 2 before the cut", len(res.Items))
	}
	last := res.Warnings[len(res.Warnings)-1].Error()
	if !strings.Contains(last, "ends early") {
		t.Errorf("warnings = %v, want one saying the file ends early", res.Warnings)
	}
}
