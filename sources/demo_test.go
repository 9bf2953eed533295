package sources_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// demoDir is the synthetic ASTRO sample, next to the repository (CI runs
// in a fresh clone beside a copy of shared/).
const demoDir = "../../shared/samples/astro-demo"

// readDemo reads one program file of the demo set without --tz: the zone
// must come from the meeting the file names, or from a file read before.
func readDemo(t *testing.T, file string, opt sources.Options) *sources.Result {
	t.Helper()
	f, err := os.Open(filepath.Join(demoDir, file))
	if os.IsNotExist(err) {
		t.Skipf("demo set not present: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := sources.ReadProgram(f, file, opt)
	if err != nil {
		t.Fatalf("ReadProgram(%s): %v", file, err)
	}
	for _, w := range res.Warnings {
		t.Errorf("%s: unexpected warning: %v", file, w)
	}
	return res
}

// TestDemoProgramHTML checks the eventScribe page alone: every session,
// reception and talk, read without --tz.
func TestDemoProgramHTML(t *testing.T) {
	res := readDemo(t, "program.html", sources.Options{})
	if res.Format != "eventscribe-html" {
		t.Errorf("format = %q, want eventscribe-html", res.Format)
	}
	if res.Zone == nil || res.Zone.String() != "America/Los_Angeles" {
		t.Errorf("zone = %v, want America/Los_Angeles", res.Zone)
	}
	if res.Meeting == "" {
		t.Errorf("meeting not found")
	}
	got := countKinds(res.Items)
	if n := got[planner.KindSession] + got[planner.KindReception]; n != 102 {
		t.Errorf("sessions+receptions = %d, want 102 (%v)", n, got)
	}
	if got[planner.KindTalk] != 120 {
		t.Errorf("talks = %d, want 120 (%v)", got[planner.KindTalk], got)
	}
	checkMeta(t, res.Items, false)
}

// TestDemoSet imports every program file of the demo set and checks the
// counts its README states and every item of items-meta.json.
func TestDemoSet(t *testing.T) {
	var items []planner.Item
	var zone *time.Location
	for _, f := range []string{"program.html", "posters.csv", "arro.csv"} {
		res := readDemo(t, f, sources.Options{Zone: zone})
		if zone == nil {
			zone = res.Zone
		}
		items = append(items, res.Items...)
	}
	if len(items) != 836 {
		t.Errorf("items = %d, want 836", len(items))
	}
	got := countKinds(items)
	want := map[planner.Kind]int{planner.KindEvent: 14, planner.KindPoster: 600, planner.KindTalk: 120}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s items = %d, want %d", k, got[k], n)
		}
	}
	if n := got[planner.KindSession] + got[planner.KindReception]; n != 102 {
		t.Errorf("sessions+receptions = %d, want 102 (%v)", n, got)
	}
	ids := make(map[string]string)
	for _, it := range items {
		if prev, dup := ids[it.ID]; dup {
			t.Errorf("ID %q of %s is also the ID of %s", it.ID, it.Source, prev)
		}
		ids[it.ID] = it.Source
	}
	checkMeta(t, items, true)
}

type metaItem struct {
	Kind   string `json:"kind"`
	Start  string `json:"start"`
	End    string `json:"end"`
	Room   string `json:"room"`
	Parent string `json:"parent"`
}

// checkMeta compares items with items-meta.json: kind, start, end, room
// and parent session title. With all set, every meta item must be present;
// otherwise only the kinds program.html holds.
func checkMeta(t *testing.T, items []planner.Item, all bool) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(demoDir, "items-meta.json"))
	if err != nil {
		t.Skipf("items-meta.json: %v", err)
	}
	var meta map[string]metaItem
	if err := json.Unmarshal(b, &meta); err != nil {
		t.Fatal(err)
	}
	byTitle := make(map[string]*planner.Item, len(items))
	for i := range items {
		if prev, dup := byTitle[items[i].Title]; dup {
			t.Errorf("title %q twice: %s and %s", items[i].Title, prev.Source, items[i].Source)
		}
		byTitle[items[i].Title] = &items[i]
	}
	for title, m := range meta {
		if !all && (m.Kind == "poster" || m.Kind == "arro") {
			continue
		}
		it, ok := byTitle[title]
		if !ok {
			t.Errorf("missing %s %q", m.Kind, title)
			continue
		}
		switch {
		case m.Kind == "arro" && it.Kind != planner.KindEvent,
			m.Kind == "session" && it.Kind != planner.KindSession && it.Kind != planner.KindReception,
			m.Kind == "talk" && it.Kind != planner.KindTalk,
			m.Kind == "poster" && it.Kind != planner.KindPoster:
			t.Errorf("%s: %q kind = %s, want %s", it.Source, title, it.Kind, m.Kind)
		}
		if s := it.Start.Format(time.RFC3339); s != m.Start {
			t.Errorf("%s: %q start = %s, want %s", it.Source, title, s, m.Start)
		}
		if e := it.End.Format(time.RFC3339); e != m.End {
			t.Errorf("%s: %q end = %s, want %s", it.Source, title, e, m.End)
		}
		if it.Room != m.Room {
			t.Errorf("%s: %q room = %q, want %q", it.Source, title, it.Room, m.Room)
		}
		if it.Session != m.Parent {
			t.Errorf("%s: %q session = %q, want %q", it.Source, title, it.Session, m.Parent)
		}
		if m.Parent != "" && it.ParentID == "" && m.Kind == "talk" {
			t.Errorf("%s: talk %q has no parent ID", it.Source, title)
		}
	}
}

func countKinds(items []planner.Item) map[planner.Kind]int {
	n := make(map[planner.Kind]int)
	for _, it := range items {
		n[it.Kind]++
	}
	return n
}
