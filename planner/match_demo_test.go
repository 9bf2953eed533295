package planner_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// matchDemoDir is the shared synthetic ASTRO program, next to the repository.
const matchDemoDir = "../../shared/samples/astro-demo"

// loadMatchDemo imports the demo program and targets with the real readers.
func loadMatchDemo(t *testing.T) (*planner.Meeting, *planner.Targets) {
	t.Helper()
	if _, err := os.Stat(matchDemoDir); err != nil {
		t.Skipf("demo set not available: %v", err)
	}
	loc, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	m := &planner.Meeting{Zone: loc}
	for _, f := range []string{"program.html", "posters.csv", "arro.csv"} {
		fh, err := os.Open(filepath.Join(matchDemoDir, f))
		if err != nil {
			t.Fatal(err)
		}
		res, err := sources.ReadProgram(fh, f, sources.Options{Zone: loc})
		fh.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		m.Items = append(m.Items, res.Items...)
	}
	planner.SortItems(m.Items)
	targets := &planner.Targets{}
	fh, err := os.Open(filepath.Join(matchDemoDir, "network.csv"))
	if err != nil {
		t.Fatal(err)
	}
	targets.People, _, err = sources.ReadContacts(fh, "network.csv")
	fh.Close()
	if err != nil {
		t.Fatalf("network.csv: %v", err)
	}
	fh, err = os.Open(filepath.Join(matchDemoDir, "programs.csv"))
	if err != nil {
		t.Fatal(err)
	}
	targets.Programs, _, err = sources.ReadPrograms(fh, "programs.csv")
	fh.Close()
	if err != nil {
		t.Fatalf("programs.csv: %v", err)
	}
	return m, targets
}

type pair struct{ title, target, typ string }

// TestMatchDemoQuality measures precision and recall of Match over
// (item title, target) pairs against the demo's truth.json.
func TestMatchDemoQuality(t *testing.T) {
	m, targets := loadMatchDemo(t)
	data, err := os.ReadFile(filepath.Join(matchDemoDir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truthRows []struct {
		Title  string `json:"item_title"`
		Target string `json:"target"`
		Type   string `json:"target_type"`
		Role   string `json:"role"`
	}
	if err := json.Unmarshal(data, &truthRows); err != nil {
		t.Fatal(err)
	}
	truth := make(map[pair]string)
	for _, r := range truthRows {
		truth[pair{r.Title, r.Target, r.Type}] = r.Role
	}

	byID := make(map[string]*planner.Item)
	for i := range m.Items {
		byID[m.Items[i].ID] = &m.Items[i]
	}
	matcher := planner.NewMatcher(targets, planner.MatchOptions{Evidence: true})
	matches := matcher.Match(m.Items)
	got := make(map[pair]planner.Match)
	for _, mt := range matches {
		it := byID[mt.ItemID]
		if it == nil {
			t.Fatalf("match names unknown item %q", mt.ItemID)
		}
		if mt.Score < 0 || mt.Score > 1 || mt.Evidence == "" {
			t.Errorf("%s / %s: score %v, evidence %q", it.Title, mt.Target, mt.Score, mt.Evidence)
		}
		p := pair{it.Title, mt.Target, string(mt.TargetType)}
		if _, dup := got[p]; dup {
			t.Errorf("two matches for %v", p)
		}
		got[p] = mt
	}

	type tally struct{ tp, fp, fn int }
	var all, people tally
	var fps, fns []string
	wrongRole := 0
	for p, mt := range got {
		tl := &all
		role, ok := truth[p]
		switch {
		case ok:
			all.tp++
			if p.typ == string(planner.TargetPerson) {
				people.tp++
			}
			if role != string(mt.Role) {
				wrongRole++
				if wrongRole <= 10 {
					t.Logf("role: %q / %s: got %s, want %s", p.title, p.target, mt.Role, role)
				}
			}
		default:
			tl.fp++
			if p.typ == string(planner.TargetPerson) {
				people.fp++
			}
			fps = append(fps, p.typ+" "+p.target+" in "+p.title+" — "+mt.Evidence)
		}
	}
	for p := range truth {
		if _, ok := got[p]; !ok {
			all.fn++
			if p.typ == string(planner.TargetPerson) {
				people.fn++
			}
			fns = append(fns, p.typ+" "+p.target+" in "+p.title)
		}
	}
	ratio := func(a, b int) float64 {
		if a+b == 0 {
			return 1
		}
		return float64(a) / float64(a+b)
	}
	prec, rec := ratio(all.tp, all.fp), ratio(all.tp, all.fn)
	pprec, prec2 := ratio(people.tp, people.fp), ratio(people.tp, people.fn)
	t.Logf("overall: precision %.4f recall %.4f (tp %d fp %d fn %d); people: precision %.4f recall %.4f (tp %d fp %d fn %d); wrong roles %d",
		prec, rec, all.tp, all.fp, all.fn, pprec, prec2, people.tp, people.fp, people.fn, wrongRole)
	fail := prec < 0.98 || rec < 0.97 || pprec < 0.95 || prec2 < 0.95
	if fail || testing.Verbose() {
		sort.Strings(fps)
		sort.Strings(fns)
		for _, s := range fps {
			t.Logf("false positive: %s", s)
		}
		for _, s := range fns {
			t.Logf("false negative: %s", s)
		}
	}
	if fail {
		t.Errorf("quality bar missed: want precision ≥ 0.98, recall ≥ 0.97 overall and ≥ 0.95 for people")
	}
	if wrongRole > len(truth)/100 {
		t.Errorf("%d matches carry a role other than the truth's", wrongRole)
	}
}

// TestMatchSynthQuality measures Match on generated ASTRO-size meetings
// (as domain values, so importers are not under test) with seeds the demo
// was not made from: the rules must hold on programs never seen.
func TestMatchSynthQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("generates ASTRO-size meetings")
	}
	for _, seed := range []uint64{2026, 7, 99} {
		cfg := synth.ASTRO()
		cfg.Seed = seed
		d := synth.Meeting(cfg)
		type key struct{ item, target string }
		truth := make(map[key]synth.Expect)
		for _, e := range d.Truth {
			truth[key{e.ItemID, e.Target + "|" + string(e.TargetType)}] = e
		}
		var tp, fp, fn, ptp, pfp, pfn, roles int
		got := make(map[key]bool)
		for _, m := range planner.NewMatcher(d.Targets, planner.MatchOptions{Evidence: true}).Match(d.Meeting.Items) {
			k := key{m.ItemID, m.Target + "|" + string(m.TargetType)}
			got[k] = true
			e, ok := truth[k]
			switch {
			case ok:
				tp++
				if m.TargetType == planner.TargetPerson {
					ptp++
				}
				if e.Role != m.Role {
					roles++
				}
			default:
				fp++
				if m.TargetType == planner.TargetPerson {
					pfp++
				}
				t.Logf("seed %d: false positive %s in %s: %s", seed, m.Target, m.ItemID, m.Evidence)
			}
		}
		for k, e := range truth {
			if !got[k] {
				fn++
				if e.TargetType == planner.TargetPerson {
					pfn++
				}
				t.Logf("seed %d: false negative %s in %s", seed, e.Target, e.ItemID)
			}
		}
		ratio := func(a, b int) float64 {
			if a+b == 0 {
				return 1
			}
			return float64(a) / float64(a+b)
		}
		t.Logf("seed %d: precision %.4f recall %.4f; people precision %.4f recall %.4f; wrong roles %d",
			seed, ratio(tp, fp), ratio(tp, fn), ratio(ptp, pfp), ratio(ptp, pfn), roles)
		if ratio(tp, fp) < 0.98 || ratio(tp, fn) < 0.97 || ratio(ptp, pfp) < 0.95 || ratio(ptp, pfn) < 0.95 || roles > 0 {
			t.Errorf("seed %d: quality bar missed", seed)
		}
	}
}
