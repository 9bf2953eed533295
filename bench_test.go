package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
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
// at k times ASTRO size.
func astroFiles(k int) synth.Files {
	benchMu.Lock()
	defer benchMu.Unlock()
	f, ok := benchFiles[k]
	if !ok {
		f = synth.Generate(synth.Scale(k))
		benchFiles[k] = f
	}
	return f
}

// pipeline is the whole job on in-memory files, as `confplan plan` does
// it on disk: import the program files into one meeting, read the
// targets, match, plan every day and write the phone calendar.
func pipeline(f synth.Files, w io.Writer) (*planner.Plan, error) {
	m := &planner.Meeting{}
	files := []struct {
		name string
		data []byte
	}{{"program.html", f.Program}, {"posters.csv", f.Posters}, {"arro.csv", f.ARRO}}
	results := make([]*sources.Result, len(files))
	errs := make([]error, len(files))
	for i, in := range files {
		results[i], errs[i] = sources.ReadProgram(bytes.NewReader(in.data), in.name, sources.Options{})
		if errs[i] == nil && m.Zone == nil {
			m.Name, m.Zone = results[i].Meeting, results[i].Zone
		}
	}
	// As the command line does: a zone found in one file serves the files
	// that had none.
	for i, in := range files {
		if errors.Is(errs[i], sources.ErrNoZone) && m.Zone != nil {
			results[i], errs[i] = sources.ReadProgram(bytes.NewReader(in.data), in.name, sources.Options{Zone: m.Zone})
		}
		if errs[i] != nil {
			return nil, errs[i]
		}
	}
	seen := make(map[string]bool)
	for _, res := range results {
		for _, it := range res.Items {
			if !seen[it.ID] {
				seen[it.ID] = true
				m.Items = append(m.Items, it)
			}
		}
	}
	planner.SortItems(m.Items)
	people, _, err := sources.ReadContacts(bytes.NewReader(f.Network), "network.csv")
	if err != nil {
		return nil, err
	}
	programs, _, err := sources.ReadPrograms(bytes.NewReader(f.Programs), "programs.csv")
	if err != nil {
		return nil, err
	}
	t := &planner.Targets{People: people, Programs: programs}
	matches := planner.NewMatcher(t, planner.MatchOptions{}).Match(m.Items)
	p, err := planner.MakePlan(m, t, matches, planner.PlanOptions{})
	if err != nil {
		return nil, err
	}
	opt := export.CalendarOptions{Name: m.Name + " plan", Meeting: m.Name, Zone: m.Zone, Alarm: 10 * 60e9}
	return p, export.WriteICal(w, p, p.FollowUps, opt)
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
