package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

// loggedFollowUps are follow-ups as 'confplan followups' builds them from
// the encounter log: a first email due, one upcoming, a second touch.
func loggedFollowUps(t *testing.T) []planner.FollowUp {
	t.Helper()
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 11, 3, 12, 0, 0, 0, ny)
	a := planner.FirstFollowUp(planner.Encounter{Name: "Dr. Jane Doe", Institution: "Emory University", Email: "jdoe@emory.example",
		Role: "Program Director", Where: "ARRO reception", ItemKind: planner.KindReception, Notes: "J-1 sponsorship",
		At: time.Date(2025, 10, 31, 18, 0, 0, 0, ny)})
	b := planner.FirstFollowUp(planner.Encounter{Name: "Smith, Jennifer", Institution: "University of California, San Francisco",
		Where: "=Hypofractionation in LMICs", ItemKind: planner.KindPoster, ItemID: "2034", Room: "Poster Hall F",
		At: time.Date(2025, 11, 2, 10, 0, 0, 0, ny)})
	c := planner.SecondFollowUp(planner.Encounter{Name: "Piotr Jovanović", Institution: "Vanderbilt University Medical Center",
		Email: "pj@vumc.example", Where: "Meet the Expert: Prostate SBRT", ItemKind: planner.KindSession,
		At: time.Date(2025, 10, 20, 9, 0, 0, 0, ny)}, time.Date(2025, 10, 23, 8, 0, 0, 0, ny), ny)
	fs := []planner.FollowUp{a, b, c}
	for i := range fs {
		fs[i].Status = fs[i].StatusAt(now)
	}
	return fs
}

func TestFollowUpsRenderers(t *testing.T) {
	fs := loggedFollowUps(t)
	for _, tt := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"followups-table.txt", func(b *bytes.Buffer) error { return export.WriteFollowUpsTable(b, fs) }},
		{"followups.json", func(b *bytes.Buffer) error { return export.WriteFollowUpsJSON(b, fs) }},
		{"followups.csv", func(b *bytes.Buffer) error { return export.WriteFollowUpsCSV(b, fs) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}

func TestFollowUpsJSONContract(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteFollowUpsJSON(&b, loggedFollowUps(t)); err != nil {
		t.Fatal(err)
	}
	var got struct {
		FollowUps []map[string]any `json:"followups"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.FollowUps) != 3 {
		t.Fatalf("%d follow-ups", len(got.FollowUps))
	}
	for _, key := range []string{"name", "institution", "email", "met_at", "where", "notes", "window_start", "due", "kind", "status", "subject", "body", "mailto"} {
		if _, ok := got.FollowUps[0][key]; !ok {
			t.Errorf("key %q missing", key)
		}
	}
	f := got.FollowUps[0]
	for key, want := range map[string]string{"met_at": "2025-10-31T18:00:00-04:00", "window_start": "2025-11-02T17:00:00-05:00",
		"due": "2025-11-03T17:00:00-05:00", "kind": "first", "status": "due"} {
		if f[key] != want {
			t.Errorf("%s = %v, want %s", key, f[key], want)
		}
	}
	if s := got.FollowUps[2]; s["kind"] != "second" || s["window_start"] != "2025-10-30T08:00:00-04:00" || s["due"] != "2025-11-06T08:00:00-05:00" {
		t.Errorf("second touch %v – %v (%v)", s["window_start"], s["due"], s["kind"])
	}
}

func TestFollowUpsCSVNeutralizes(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteFollowUpsCSV(&b, loggedFollowUps(t)); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows", len(rows))
	}
	for _, r := range rows[1:] {
		for _, cell := range r {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %q would run as a formula", cell)
			}
		}
	}
	if rows[2][8] != "'=Hypofractionation in LMICs" {
		t.Errorf("where = %q", rows[2][8])
	}
}
