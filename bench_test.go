package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

var (
	benchMu    sync.Mutex
	benchFiles = make(map[int]synth.Files)
)

// astroFiles generates (once per scale) the files of a synthetic meeting
// at k times ASTRO size, off the heap (offHeap).
func astroFiles(k int) synth.Files {
	benchMu.Lock()
	defer benchMu.Unlock()
	f, ok := benchFiles[k]
	if !ok {
		f = offHeap(synth.Generate(synth.Scale(k)))
		benchFiles[k] = f
	}
	return f
}

// fileData is each file of f, to read or replace in place.
func fileData(f *synth.Files) []*[]byte {
	return []*[]byte{&f.Program, &f.Posters, &f.ARRO, &f.Network, &f.Programs}
}

// pipeline is the whole job on in-memory files, as `confplan plan` does
// it on disk: import the program files into one meeting, read the
// targets, match, plan every day and write the phone calendar.
func pipeline(f synth.Files, w io.Writer) (*planner.Plan, error) {
	m, t, err := importStage(f)
	if err != nil {
		return nil, err
	}
	matches := matchStage(m, t)
	p, err := planner.MakePlan(m, t, matches, planner.PlanOptions{})
	if err != nil {
		return nil, err
	}
	opt := export.CalendarOptions{Name: m.Name + " plan", Meeting: m.Name, Zone: m.Zone, Alarm: 10 * 60e9}
	return p, export.WriteICal(w, p, p.FollowUps, opt)
}

// importStage reads the program files into one meeting and the user's
// files into targets, as the command line does.
func importStage(f synth.Files) (*planner.Meeting, *planner.Targets, error) {
	m, results, _ := sources.ReadMeeting([]sources.Input{
		{Name: "program.html", Data: f.Program},
		{Name: "posters.csv", Data: f.Posters},
		{Name: "arro.csv", Data: f.ARRO},
	}, sources.Options{})
	for _, r := range results {
		if r.Err != nil {
			return nil, nil, r.Err
		}
	}
	people, _, err := sources.ReadContacts(bytes.NewReader(f.Network), "network.csv")
	if err != nil {
		return nil, nil, err
	}
	programs, _, err := sources.ReadPrograms(bytes.NewReader(f.Programs), "programs.csv")
	if err != nil {
		return nil, nil, err
	}
	return m, &planner.Targets{People: people, Programs: programs}, nil
}

// matchStage finds the targets in the meeting.
func matchStage(m *planner.Meeting, t *planner.Targets) []planner.Match {
	return planner.NewMatcher(t, planner.MatchOptions{}).Match(m.Items)
}

// BenchmarkEndToEnd runs the whole job (import → targets → match → plan →
// iCal) on a synthetic meeting at ASTRO size and ten times that.
func BenchmarkEndToEnd(b *testing.B) {
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			f := astroFiles(k)
			b.SetBytes(int64(len(f.Program) + len(f.Posters) + len(f.ARRO) + len(f.Network) + len(f.Programs)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				p, err := pipeline(f, io.Discard)
				if err != nil {
					b.Fatal(err)
				}
				if len(p.Days) == 0 {
					b.Fatal("empty plan")
				}
			}
		})
	}
}

// TestEndToEndDemoSize runs the benchmarked pipeline once on the small
// demo-size meeting, so the benchmark's code is exercised by go test.
func TestEndToEndDemoSize(t *testing.T) {
	var ics bytes.Buffer
	p, err := pipeline(synth.Generate(synth.Demo()), &ics)
	if err != nil {
		t.Fatal(err)
	}
	stops := 0
	for _, d := range p.Days {
		stops += len(d.Stops)
	}
	if len(p.Days) != 2 || stops == 0 || !bytes.Contains(ics.Bytes(), []byte("BEGIN:VEVENT")) {
		t.Errorf("plan of %d days with %d stops and %d bytes of iCal; want 2 days with stops and events", len(p.Days), stops, ics.Len())
	}
}

// TestSyntheticMatchQuality imports a generated meeting the matcher has
// never seen through the real readers and scores the matches against the
// generator's truth, with the bar issue 4 sets: precision ≥ 0.98 and
// recall ≥ 0.97 over (item, target) pairs, and ≥ 0.95 for people alone.
func TestSyntheticMatchQuality(t *testing.T) {
	cfg := synth.ASTRO()
	cfg.Seed = 7
	cfg.Sessions, cfg.Posters, cfg.People, cfg.Programs = 120, 600, 120, 60
	f := synth.Generate(cfg)
	d := synth.Meeting(cfg)

	var items []planner.Item
	for _, in := range []struct {
		name string
		data []byte
	}{{"program.html", f.Program}, {"posters.csv", f.Posters}, {"arro.csv", f.ARRO}} {
		res, err := sources.ReadProgram(bytes.NewReader(in.data), in.name, sources.Options{Zone: d.Meeting.Zone})
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, res.Items...)
	}
	people, _, err := sources.ReadContacts(bytes.NewReader(f.Network), "network.csv")
	if err != nil {
		t.Fatal(err)
	}
	programs, _, err := sources.ReadPrograms(bytes.NewReader(f.Programs), "programs.csv")
	if err != nil {
		t.Fatal(err)
	}
	title := make(map[string]string, len(items))
	for _, it := range items {
		title[it.ID] = it.Title
	}
	// Pairs are keyed by item title: titles are unique, IDs are the
	// importer's business.
	got := make(map[string]bool)
	for _, m := range planner.NewMatcher(&planner.Targets{People: people, Programs: programs}, planner.MatchOptions{}).Match(items) {
		got[string(m.TargetType)+"\x00"+title[m.ItemID]+"\x00"+m.Target] = true
	}
	want := make(map[string]bool)
	for _, e := range d.Truth {
		want[string(e.TargetType)+"\x00"+e.ItemTitle+"\x00"+e.Target] = true
	}
	score := func(typ string) (precision, recall float64, misses []string) {
		tp, fp, fn := 0, 0, 0
		for k := range got {
			if typ == "" || strings.HasPrefix(k, typ+"\x00") {
				if want[k] {
					tp++
				} else {
					fp++
					misses = append(misses, "unexpected "+strings.ReplaceAll(k, "\x00", " | "))
				}
			}
		}
		for k := range want {
			if (typ == "" || strings.HasPrefix(k, typ+"\x00")) && !got[k] {
				fn++
				misses = append(misses, "missed "+strings.ReplaceAll(k, "\x00", " | "))
			}
		}
		return float64(tp) / float64(max(1, tp+fp)), float64(tp) / float64(max(1, tp+fn)), misses
	}
	for _, tc := range []struct {
		name, typ string
		p, r      float64
	}{
		{"all pairs", "", 0.98, 0.97},
		{"people", string(planner.TargetPerson), 0.95, 0.95},
	} {
		p, r, misses := score(tc.typ)
		t.Logf("%s: precision %.3f, recall %.3f", tc.name, p, r)
		if p < tc.p || r < tc.r {
			sort.Strings(misses)
			t.Errorf("%s: precision %.3f (want ≥ %.2f), recall %.3f (want ≥ %.2f); first misses:\n%s",
				tc.name, p, tc.p, r, tc.r, strings.Join(misses[:min(10, len(misses))], "\n"))
		}
	}
}
