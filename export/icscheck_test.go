package export_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

// icsCheck is the shared validator, relative to this package's folder.
const icsCheck = "../../shared/tools/ics-check"

type checkReport struct {
	OK    bool `json:"ok"`
	Files []struct {
		File   string   `json:"file"`
		OK     bool     `json:"ok"`
		Errors []string `json:"errors"`
		Events []struct {
			UID   string            `json:"uid"`
			Start map[string]string `json:"start_utc"`
			End   map[string]string `json:"end_utc"`
		} `json:"events"`
		Todos []struct {
			UID string            `json:"uid"`
			Due map[string]string `json:"due_utc"`
		} `json:"todos"`
	} `json:"files"`
}

// TestICSCheck runs every file the writers produce through ics-check
// (independent real clients) and checks that every client sees every
// event at the instant planned and every task due when planned.
func TestICSCheck(t *testing.T) {
	tool, err := filepath.Abs(icsCheck)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tool); err != nil {
		t.Skipf("ics-check not available: %v", err)
	}
	dir := t.TempDir()
	want := make(map[string][2]time.Time) // UID -> start, end (or DTSTART, DUE)
	write := func(name string, f func(*bytes.Buffer) error) string {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	p, fs := fixture(t)
	opt := calOptions()
	for _, d := range p.Days {
		for _, s := range d.Stops {
			want[export.UID(opt.Meeting, s.ID)] = [2]time.Time{s.Start, s.End}
		}
	}
	files := []string{
		write("itinerary.ics", func(b *bytes.Buffer) error { return export.WriteICal(b, p, fs, opt) }),
		write("followups.ics", func(b *bytes.Buffer) error { return export.WriteTodos(b, fs, opt) }),
		write("followups-only.ics", func(b *bytes.Buffer) error { return export.WriteICal(b, nil, fs, opt) }),
		write("empty.ics", func(b *bytes.Buffer) error { return export.WriteICal(b, &planner.Plan{}, nil, opt) }),
		write("no-end.ics", func(b *bytes.Buffer) error {
			s := planner.Stop{ID: "X", Kind: planner.KindReception, Title: "Reception", Start: at(0, 18, 0), End: at(0, 18, 0), Items: []planner.Item{{ID: "X"}}}
			return export.WriteICal(b, &planner.Plan{Days: []planner.DayPlan{{Day: "2025-09-27", Stops: []planner.Stop{s}}}}, nil, opt)
		}),
	}
	// The golden files are the writers' output too (TestGolden keeps them
	// so), including the DST case.
	goldens, err := filepath.Glob(filepath.Join("testdata", "*.ics"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden .ics files: %v", err)
	}
	files = append(files, goldens...)
	dues := make(map[string]time.Time)
	for _, f := range fs {
		dues[f.Encounter.Name] = f.Due
	}
	args := append([]string{"--json", "--no-install"}, files...)
	cmd := exec.Command(tool, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 2 && strings.Contains(stderr.String(), "missing:") {
		if os.Getenv("CI") != "" {
			t.Fatalf("ics-check's clients are not installed in CI (.ci/run runs ics-check --install): %s", stderr.String())
		}
		t.Skipf("ics-check's clients are not installed (run ics-check --install): %s", stderr.String())
	}
	var rep checkReport
	if jerr := json.Unmarshal(out, &rep); jerr != nil {
		t.Fatalf("ics-check: %v (%v)\n%s\n%s", err, jerr, out, stderr.String())
	}
	if err != nil || !rep.OK {
		t.Errorf("ics-check failed: %v\n%s", err, stderr.String())
	}
	seen := 0
	for _, f := range rep.Files {
		if !f.OK {
			t.Errorf("%s: %v", filepath.Base(f.File), f.Errors)
		}
		for _, e := range f.Events {
			w, ok := want[e.UID]
			if !ok {
				continue
			}
			if strings.HasPrefix(f.File, dir) && strings.HasSuffix(f.File, "itinerary.ics") {
				seen++
			}
			for client, got := range e.Start {
				if got != w[0].UTC().Format(time.RFC3339) {
					t.Errorf("%s: %s sees %s start at %s, want %s", filepath.Base(f.File), client, e.UID, got, w[0].UTC().Format(time.RFC3339))
				}
			}
			for client, got := range e.End {
				if got != w[1].UTC().Format(time.RFC3339) {
					t.Errorf("%s: %s sees %s end at %s, want %s", filepath.Base(f.File), client, e.UID, got, w[1].UTC().Format(time.RFC3339))
				}
			}
		}
		for _, td := range f.Todos {
			for client, got := range td.Due {
				ok := !strings.HasPrefix(f.File, dir)
				for _, d := range dues {
					ok = ok || got == d.UTC().Format(time.RFC3339)
				}
				if !ok {
					t.Errorf("%s: %s sees task %s due at %s, not a planned due time", filepath.Base(f.File), client, td.UID, got)
				}
			}
		}
	}
	if seen != len(want) {
		t.Errorf("ics-check reported %d of the %d planned events", seen, len(want))
	}
}
