package planner_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

const demoDir = "../../shared/samples/astro-demo"

// loadDemo reads the demo meeting, targets and matches, skipping the test
// when the samples are absent (or, while the readers and the matcher are
// being written, not yet readable).
func loadDemo(t *testing.T) (*planner.Meeting, *planner.Targets, []planner.Match) {
	t.Helper()
	if _, err := os.Stat(demoDir); err != nil {
		t.Skipf("demo samples not found: %v", err)
	}
	m := &planner.Meeting{}
	var opt sources.Options // the zone found in program.html serves the CSVs
	for _, f := range []string{"program.html", "posters.csv", "arro.csv"} {
		fh, err := os.Open(filepath.Join(demoDir, f))
		if err != nil {
			t.Fatal(err)
		}
		res, err := sources.ReadProgram(fh, f, opt)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		if m.Zone == nil {
			m.Zone, opt.Zone = res.Zone, res.Zone
		}
		if m.Name == "" {
			m.Name = res.Meeting
		}
		m.Items = append(m.Items, res.Items...)
	}
	planner.SortItems(m.Items)
	tg := &planner.Targets{}
	fh, err := os.Open(filepath.Join(demoDir, "network.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	if tg.People, _, err = sources.ReadContacts(fh, "network.csv"); err != nil {
		t.Fatal(err)
	}
	fp, err := os.Open(filepath.Join(demoDir, "programs.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fp.Close()
	if tg.Programs, _, err = sources.ReadPrograms(fp, "programs.csv"); err != nil {
		t.Fatal(err)
	}
	matches := planner.NewMatcher(tg, planner.MatchOptions{}).Match(m.Items)
	if len(matches) == 0 {
		t.Fatal("the matcher found nothing in the demo")
	}
	return m, tg, matches
}

// TestDemoConflictsGoToPriorityOne plans the demo meeting and checks the
// planted conflicts: each winner (a priority-1 target) is chosen, each
// loser (only priority-3 targets) is dropped, against the winner.
func TestDemoConflictsGoToPriorityOne(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(demoDir, "conflicts.json"))
	if err != nil {
		t.Skipf("demo conflicts not found: %v", err)
	}
	var conflicts []struct {
		Day    string `json:"day"`
		Winner string `json:"winner_title"`
		Loser  string `json:"loser_title"`
	}
	if err := json.Unmarshal(raw, &conflicts); err != nil {
		t.Fatal(err)
	}
	m, tg, matches := loadDemo(t)
	p, err := planner.MakePlan(m, tg, matches, planner.PlanOptions{Buffer: 10 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	byTitle := make(map[string]planner.Explain)
	chosenTitles := make(map[string]string) // title -> stop ID
	for _, d := range p.Days {
		for _, e := range d.Explain {
			byTitle[e.Title] = e
		}
		for _, s := range d.Stops {
			for _, it := range s.Items {
				chosenTitles[it.Title] = s.ID
			}
		}
	}
	for _, c := range conflicts {
		w, l := byTitle[c.Winner], byTitle[c.Loser]
		if _, ok := chosenTitles[c.Winner]; !ok || !w.Chosen {
			t.Errorf("%s: winner %q not chosen (value %d: %v; %s)", c.Day, c.Winner, w.Value, w.Why, w.Reason)
		}
		if _, ok := chosenTitles[c.Loser]; ok || l.Chosen {
			t.Errorf("%s: loser %q chosen (value %d: %v)", c.Day, c.Loser, l.Value, l.Why)
		}
		if l.ID != "" && !containsID(l.Against, w.ID) {
			t.Errorf("%s: loser %q dropped against %v, want against the winner %s (%s)", c.Day, c.Loser, l.Against, w.ID, l.Reason)
		}
	}
	// Every planned encounter with a person has its follow-up.
	people := 0
	seen := make(map[string]bool)
	for _, d := range p.Days {
		for _, s := range d.Stops {
			for _, c := range s.Credits {
				if c.Match.TargetType == planner.TargetPerson && !seen[c.Match.Target] {
					seen[c.Match.Target] = true
					people++
				}
			}
		}
	}
	if len(p.FollowUps) != people {
		t.Errorf("%d follow-ups for %d people met", len(p.FollowUps), people)
	}
	for _, f := range p.FollowUps {
		if f.WindowStart.Sub(f.Encounter.At) != 48*time.Hour || f.Due.Sub(f.Encounter.At) != 72*time.Hour {
			t.Errorf("follow-up for %s: window %s–%s after %s", f.Encounter.Name, f.WindowStart, f.Due, f.Encounter.At)
		}
	}
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
