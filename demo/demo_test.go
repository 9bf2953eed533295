package demo_test

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/confplan/confplan/demo"
	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

var update = flag.Bool("update", false, "rewrite the demo files from internal/synth")

// TestFilesAreGenerated checks that the embedded files are exactly what
// the generator writes for the Demo preset, so the demo can always be
// regenerated and reviewed as a diff.
func TestFilesAreGenerated(t *testing.T) {
	files := synth.Generate(synth.Demo()).List()
	if *update {
		for _, f := range files {
			if err := os.WriteFile(f.Name, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Log("demo files rewritten; rebuild to embed them")
		return
	}
	names := append(append([]string(nil), demo.ProgramFiles...), demo.Network, demo.Programs)
	if len(names) != len(files) {
		t.Fatalf("demo lists %d files, generator writes %d", len(names), len(files))
	}
	for _, f := range files {
		got, err := demo.File(f.Name)
		if err != nil {
			t.Fatalf("%s is not embedded: %v", f.Name, err)
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s differs from the generator's output; run go test ./demo -update", f.Name)
		}
	}
}

func TestFilesSayTheyAreSynthetic(t *testing.T) {
	html, err := demo.File("program.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"SYNTHETIC DATA", demo.Meeting} {
		if !bytes.Contains(html, []byte(want)) {
			t.Errorf("program.html does not contain %q", want)
		}
	}
	net, err := demo.File(demo.Network)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(net, []byte("\ufeffName,Role,Institution,Email,How I found them,Date contacted,Response,Next step,Priority,Notes\r\n")) {
		t.Errorf("network.csv does not start like an Excel CSV UTF-8 network map: %q", net[:min(len(net), 80)])
	}
}

// TestDemoPlansWell checks what the demo is for: most network people
// appear, priority-1 people are on stage or at a poster, and some of
// their items overlap other target items in other rooms, so a plan must
// choose. It reads the generator's own account of the meeting, so it does
// not depend on the importers or the matcher.
func TestDemoPlansWell(t *testing.T) {
	d := synth.Meeting(synth.Demo())
	if d.Meeting.Name != demo.Meeting || d.Meeting.Zone.String() != demo.Zone {
		t.Fatalf("meeting %q in %s, want %q in %s", d.Meeting.Name, d.Meeting.Zone, demo.Meeting, demo.Zone)
	}
	pri := make(map[string]int)
	for _, p := range d.Targets.People {
		pri[p.Name] = p.Priority
	}
	idx := d.Meeting.Index()
	present := make(map[string]bool)
	onStage := make(map[string]bool) // priority 1, speaker to presenting author
	best := make(map[string]int)     // item ID → best priority of a target person in it
	for _, e := range d.Truth {
		if e.TargetType != planner.TargetPerson {
			continue
		}
		present[e.Target] = true
		if pri[e.Target] == 1 && e.Role.Rank() <= planner.RolePresentingAuthor.Rank() {
			onStage[e.Target] = true
		}
		if b, ok := best[e.ItemID]; !ok || pri[e.Target] < b {
			best[e.ItemID] = pri[e.Target]
		}
	}
	conflicts := 0
	var ids []string
	for id := range best {
		ids = append(ids, id)
	}
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			a, b := &d.Meeting.Items[idx[ids[i]]], &d.Meeting.Items[idx[ids[j]]]
			if a.Overlaps(b) && a.Room != b.Room && (best[ids[i]] == 1 || best[ids[j]] == 1) {
				conflicts++
			}
		}
	}
	if got := len(present); got < 9 || got == len(d.Targets.People) {
		t.Errorf("%d of %d network people appear, want 9 or more but not all", got, len(d.Targets.People))
	}
	if got := len(onStage); got < 3 {
		t.Errorf("%d priority-1 people on stage or presenting, want 3 or more", got)
	}
	if conflicts < 2 {
		t.Errorf("%d clashes between a priority-1 item and another target item, want 2 or more", conflicts)
	}
	days := make(map[string]bool)
	for _, it := range d.Meeting.Items {
		days[it.Day()] = true
		if d := it.Day(); d != "2026-09-27" && d != "2026-09-28" {
			t.Errorf("item %s on %s, want 27 or 28 September 2026", it.ID, it.Day())
		}
	}
	if len(days) != 2 {
		t.Errorf("demo spans %d days, want 2", len(days))
	}
}
