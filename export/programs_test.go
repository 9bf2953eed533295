package export_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

// shortlistFixture is a small invented case: a program where the PD
// replied and was met, one with only a co-author on the program, one the
// user knows nothing about, and text that must not reach a terminal or a
// spreadsheet as it is.
func shortlistFixture(t *testing.T) *planner.Shortlist {
	t.Helper()
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 9, 27, 18, 0, 0, 0, ny)
	tg := &planner.Targets{
		People: []planner.Contact{
			{Name: "Okafor, Chidi", Role: "Program Director", Institution: "Emory University", Email: "cokafor@emory.example",
				DateContacted: "2026-07-01", Response: "Replied – happy to meet at ASTRO", NextStep: "Ask about J-1 sponsorship"},
			{Name: "María José Ruiz", Role: "Resident", Institution: "Emory", NextStep: "=HYPERLINK(\"x\")"},
			{Name: "Lena Vogel", Role: "Faculty", Institution: "Charité Berlin", Notes: "co-author on my 2025 abstract"},
		},
		Programs: []planner.Program{
			{Name: "Emory University", Aliases: []string{"Winship Cancer Institute"}, City: "Atlanta", State: "GA", Visa: "J-1", IMGFriendly: "yes", Priority: 1},
			{Name: "University of Utah", City: "Salt Lake City", State: "UT", Visa: "J-1;H-1B", IMGFriendly: "", Priority: 2},
			{Name: "Brown University", City: "Providence", State: "RI", Visa: "none", IMGFriendly: "no", Priority: 3},
		},
	}
	start := time.Date(2026, 9, 28, 10, 30, 0, 0, ny)
	m := &planner.Meeting{Name: "ASTRO 2026", Zone: ny, Items: []planner.Item{
		{ID: "2014", Kind: planner.KindPoster, Title: "Hypofractionation in LMICs", Board: "14", Room: "Poster Hall", Start: start, End: start.Add(time.Hour),
			People: []planner.Person{
				{Name: "Ana P. Lima", Role: planner.RolePresentingAuthor, Affiliations: []string{"Huntsman Cancer Institute, Salt Lake City, UT"}},
				{Name: "Lena Vogel", Role: planner.RoleAuthor, Affiliations: []string{"Charité Berlin"}},
			}},
		{ID: "S3", Kind: planner.KindSession, Title: "Residents' Forum \x1b[31m", Room: "Room 5", Start: start.Add(3 * time.Hour), End: start.Add(4 * time.Hour),
			People: []planner.Person{{Name: "María José Ruiz", Role: planner.RolePanelist, Affiliations: []string{"Emory University"}}}},
	}}
	log := []planner.FollowUp{{Encounter: planner.Encounter{Name: "Okafor, Chidi", Institution: "Emory University", At: at, Where: "ARRO reception"},
		Kind: planner.FirstTouch, Status: planner.StatusUpcoming, WindowStart: at.Add(48 * time.Hour), Due: at.Add(72 * time.Hour)}}
	opt := planner.ShortlistOptions{Visa: "J-1", Meeting: true, Log: true, Now: start.Add(-2 * time.Hour)}
	return planner.MakeShortlist(tg, m, log, opt)
}

func TestProgramsGolden(t *testing.T) {
	s := shortlistFixture(t)
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"programs.txt", func(b *bytes.Buffer) error { return export.WriteProgramsTable(b, s) }},
		{"programs.json", func(b *bytes.Buffer) error { return export.WriteProgramsJSON(b, s) }},
		{"programs.csv", func(b *bytes.Buffer) error { return export.WriteProgramsCSV(b, s) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(b.String(), "\x1b") || strings.Contains(b.String(), `\u001b`) {
				t.Errorf("an escape sequence reached the output")
			}
			if tc.name == "programs.csv" && strings.Contains(b.String(), ",=HYPERLINK") {
				t.Errorf("a formula reached the CSV as it is")
			}
			golden(t, tc.name, b.Bytes())
		})
	}
}
