package synth_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

func TestGenerateIsDeterministic(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  synth.Config
	}{
		{"demo", synth.Demo()},
		{"astro", synth.ASTRO()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := synth.Generate(tc.cfg).List(), synth.Generate(tc.cfg).List()
			for i := range a {
				if !bytes.Equal(a[i].Data, b[i].Data) {
					t.Errorf("%s differs between two runs with the same config", a[i].Name)
				}
			}
			other := tc.cfg
			other.Seed++
			if bytes.Equal(synth.Generate(other).Program, a[0].Data) {
				t.Errorf("program.html is the same for seeds %d and %d", tc.cfg.Seed, other.Seed)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  synth.Config
		k    int
	}{
		{"ASTRO=1x", synth.ASTRO(), 1},
		{"ASTRO=10x", synth.Scale(10), 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := synth.Count(tc.cfg)
			if s.Sessions != 400*tc.k || s.Posters != 2500*tc.k || s.People != 300*tc.k || s.Programs != 90*tc.k {
				t.Errorf("got %d sessions, %d posters, %d people, %d programs; want %d, %d, %d, %d",
					s.Sessions, s.Posters, s.People, s.Programs, 400*tc.k, 2500*tc.k, 300*tc.k, 90*tc.k)
			}
			if lo, hi := 22500*tc.k, 27500*tc.k; s.Mentions < lo || s.Mentions > hi {
				t.Errorf("%d people mentioned, want about %d", s.Mentions, 25000*tc.k)
			}
			// A quarter of the sessions hold 4–8 talks each.
			if lo, hi := 100*tc.k*4, 100*tc.k*8; s.Talks < lo || s.Talks > hi {
				t.Errorf("%d talks, want %d to %d", s.Talks, lo, hi)
			}
			if frac := float64(s.PeopleInProgram) / float64(s.People); frac < 0.6 || frac > 0.95 {
				t.Errorf("%d of %d network people appear in the program, want most but not all", s.PeopleInProgram, s.People)
			}
		})
	}
}

// TestFilesMatchDomain checks the files against the generator's account
// of the meeting: every item is in its file, with its people.
func TestFilesMatchDomain(t *testing.T) {
	cfg := synth.Demo()
	f := synth.Generate(cfg)
	d := synth.Meeting(cfg)
	s := synth.Count(cfg)
	page := string(f.Program)

	if got := strings.Count(page, `class="list-group-item dayrow"`); got != cfg.Days {
		t.Errorf("%d day rows, want %d", got, cfg.Days)
	}
	if got := strings.Count(page, `data-buildcode="P"`); got != s.Talks {
		t.Errorf("%d talk rows, want %d", got, s.Talks)
	}
	if got := strings.Count(page, `<div class="bucketwrapper">`); got != cfg.Sessions/4 {
		t.Errorf("%d bucket wrappers, want %d", got, cfg.Sessions/4)
	}
	if !strings.Contains(page, cfg.Name) || !strings.Contains(page, "<small>EDT</small>") {
		t.Errorf("program.html does not name the meeting and its zone label")
	}

	posters := readCSV(t, "posters.csv", f.Posters, 9)
	arro := readCSV(t, "arro.csv", f.ARRO, 8)
	readCSV(t, "network.csv", f.Network, 10)
	readCSV(t, "programs.csv", f.Programs, 7)
	if len(posters)-1 != s.Posters || len(arro)-1 != s.Events+cfg.Receptions/2 {
		t.Errorf("%d poster rows and %d event rows, want %d and %d", len(posters)-1, len(arro)-1, s.Posters, s.Events+cfg.Receptions/2)
	}
	rowText := make(map[string]string) // item ID → the text the file gives it
	for _, r := range posters[1:] {
		rowText[r[0]] = strings.Join(r, "\x00")
	}
	for _, it := range d.Meeting.Items {
		switch it.Kind {
		case planner.KindPoster:
		case planner.KindEvent, planner.KindReception:
			for _, r := range arro[1:] {
				if r[0] == it.Title {
					rowText[it.ID] = strings.Join(r, "\x00")
				}
			}
			if _, ok := rowText[it.ID]; !ok && strings.HasPrefix(it.Source, "arro.csv") {
				t.Errorf("%s %q is not in arro.csv", it.Kind, it.Title)
			}
			if it.Kind == planner.KindEvent {
				continue
			}
			fallthrough
		default:
			if !strings.HasPrefix(it.Source, "program.html") {
				continue
			}
			// A session's row starts at its title (a scientific session's
			// people are on its bucket row, before the presid of its M row).
			key := ">" + html.EscapeString(it.Title) + "</span>"
			if it.Kind == planner.KindTalk {
				key = fmt.Sprintf(">%s - ", it.ID)
			}
			i := strings.Index(page, key)
			if i < 0 {
				t.Errorf("%s %s (%q) is not in program.html", it.Kind, it.ID, it.Title)
				continue
			}
			end := strings.Index(page[i+len(key):], "data-presid=")
			if end < 0 {
				end = len(page) - i - len(key)
			}
			rowText[it.ID] = html.UnescapeString(page[i : i+len(key)+end])
		}
		text, ok := rowText[it.ID]
		if !ok {
			t.Errorf("%s %s (%q) is in no file", it.Kind, it.ID, it.Title)
			continue
		}
		if !strings.Contains(text, it.Title) {
			t.Errorf("%s %s: title %q is not in its row", it.Kind, it.ID, it.Title)
		}
		for _, p := range it.People {
			if !strings.Contains(text, p.Name) {
				t.Errorf("%s %s: %q is not in its row", it.Kind, it.ID, p.Name)
			}
		}
	}
	// Every network person the truth places in an item is printed there.
	for _, e := range d.Truth {
		if e.TargetType != planner.TargetPerson {
			continue
		}
		if sur := surname(e.Target); !strings.Contains(rowText[e.ItemID], sur) {
			t.Errorf("truth puts %q (%s) in %s, but its row does not print %q", e.Target, e.Role, e.ItemID, sur)
		}
	}
}

// surname takes the surname out of a name as users write it.
func surname(name string) string {
	if last, _, ok := strings.Cut(name, ", "); ok && !strings.Contains(last, " ") {
		return last
	}
	name, _, _ = strings.Cut(name, ", ")
	f := strings.Fields(name)
	return f[len(f)-1]
}

func readCSV(t *testing.T, name string, data []byte, cols int) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = cols
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rows
}

func TestTruth(t *testing.T) {
	d := synth.Meeting(synth.ASTRO())
	ids := d.Meeting.Index()
	people, programs := 0, 0
	seen := make(map[string]bool)
	for _, e := range d.Truth {
		if _, ok := ids[e.ItemID]; !ok {
			t.Fatalf("truth names item %s, which is not in the meeting", e.ItemID)
		}
		key := e.ItemID + "\x00" + string(e.TargetType) + "\x00" + e.Target
		if seen[key] {
			t.Fatalf("truth lists %s in %s twice", e.Target, e.ItemID)
		}
		seen[key] = true
		switch e.TargetType {
		case planner.TargetPerson:
			people++
		case planner.TargetProgram:
			programs++
		}
	}
	// People: 300 × (0.8 present × 1.25 appearances) ≈ 300; programs: most items.
	if people < 200 || people > 450 {
		t.Errorf("%d person pairs, want about 300", people)
	}
	if programs < 2000 {
		t.Errorf("%d program pairs, want thousands", programs)
	}
}
