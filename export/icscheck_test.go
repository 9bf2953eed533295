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
	want[export.UID(opt.Meeting, "WALK")] = [2]time.Time{at(0, 10, 45), at(0, 11, 45)}
	files := []string{
		write("itinerary.ics", func(b *bytes.Buffer) error { return export.WriteICal(b, p, fs, opt) }),
		write("followups.ics", func(b *bytes.Buffer) error { return export.WriteTodos(b, fs, opt) }),
		write("followups-only.ics", func(b *bytes.Buffer) error { return export.WriteICal(b, nil, fs, opt) }),
		write("empty.ics", func(b *bytes.Buffer) error { return export.WriteICal(b, &planner.Plan{}, nil, opt) }),
		write("long-walk.ics", func(b *bytes.Buffer) error { return export.WriteICal(b, longWalk(400), nil, opt) }),
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
			if strings.HasPrefix(f.File, dir) && (strings.HasSuffix(f.File, "itinerary.ics") || strings.HasSuffix(f.File, "long-walk.ics")) {
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

// TestICSCheckCancelled re-plans without one stop and checks, in the real
// clients, that the file is valid and that the dropped stop and its
// follow-up read as cancelled: every client shows the "Cancelled:"
// summary at the old time, python-icalendar reads STATUS:CANCELLED, and
// khal (when installed) lists them as CANCELLED.
func TestICSCheckCancelled(t *testing.T) {
	tool, err := filepath.Abs(icsCheck)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tool); err != nil {
		t.Skipf("ics-check not available: %v", err)
	}
	p, fs := fixture(t)
	opt := calOptions()
	var first bytes.Buffer
	if err := export.WriteICal(&first, p, fs, opt); err != nil {
		t.Fatal(err)
	}
	prior, err := export.ReadPrior(&first)
	if err != nil {
		t.Fatal(err)
	}
	gone := p.Days[0].Stops[0]
	replanned := *p
	replanned.Days = append([]planner.DayPlan{}, p.Days...)
	replanned.Days[0].Stops = p.Days[0].Stops[1:]
	var kept []planner.FollowUp
	for _, f := range fs {
		if f.Encounter.ItemID != gone.ID {
			kept = append(kept, f)
		}
	}
	if len(kept) == len(fs) {
		t.Fatalf("fixture: no follow-up comes from stop %s", gone.ID)
	}
	opt.Prior, opt.Cancel = prior, true
	var b bytes.Buffer
	if err := export.WriteICal(&b, &replanned, kept, opt); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "replanned.ics")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tool, "--json", "--no-install", path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 2 && strings.Contains(stderr.String(), "missing:") {
		if os.Getenv("CI") != "" {
			t.Fatalf("ics-check's clients are not installed in CI: %s", stderr.String())
		}
		t.Skipf("ics-check's clients are not installed (run ics-check --install): %s", stderr.String())
	}
	var rep struct {
		OK    bool `json:"ok"`
		Files []struct {
			Errors []string `json:"errors"`
			Events []struct {
				UID     string            `json:"uid"`
				Summary string            `json:"summary"`
				Start   map[string]string `json:"start_utc"`
			} `json:"events"`
		} `json:"files"`
	}
	if jerr := json.Unmarshal(out, &rep); jerr != nil || len(rep.Files) != 1 {
		t.Fatalf("ics-check: %v (%v)\n%s\n%s", err, jerr, out, stderr.String())
	}
	if err != nil || !rep.OK {
		t.Errorf("ics-check failed on the re-planned file: %v %v\n%s", err, rep.Files[0].Errors, stderr.String())
	}
	uid := export.UID(opt.Meeting, gone.ID)
	found := false
	for _, e := range rep.Files[0].Events {
		if e.UID != uid {
			continue
		}
		found = true
		if !strings.HasPrefix(e.Summary, "Cancelled: ") {
			t.Errorf("the dropped stop reads %q, want a Cancelled: summary", e.Summary)
		}
		if len(e.Start) < 3 {
			t.Errorf("only %d clients show the dropped stop: %v", len(e.Start), e.Start)
		}
		for client, got := range e.Start {
			if got != gone.Start.UTC().Format(time.RFC3339) {
				t.Errorf("%s shows the cancelled stop at %s, want its old time %s", client, got, gone.Start.UTC().Format(time.RFC3339))
			}
		}
	}
	if !found {
		t.Fatalf("ics-check does not see the dropped stop %s", uid)
	}
	// python-icalendar, as ics-check runs it, reads the status.
	py := exec.Command("/usr/bin/python3", "-c", `import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for c in cal.walk('VEVENT'):
    print(str(c.get('UID')), str(c.get('STATUS', '')), str(c.get('SEQUENCE')), len(c.subcomponents))`, path)
	got, err := py.Output()
	if err != nil {
		t.Fatalf("python3-icalendar: %v", err)
	}
	cancelled := 0
	for _, line := range strings.Split(strings.TrimSpace(string(got)), "\n") {
		f := strings.Fields(line)
		if len(f) == 4 && f[1] == "CANCELLED" {
			cancelled++
			if f[2] != "1" || f[3] != "0" {
				t.Errorf("cancelled %s: SEQUENCE %s with %s alarms, want 1 and none", f[0], f[2], f[3])
			}
		}
	}
	if want := 1 + len(fs) - len(kept); cancelled != want {
		t.Errorf("python-icalendar reads %d cancelled events, want %d (the stop and its follow-ups):\n%s", cancelled, want, got)
	}
	// khal, as ics-check runs it (when installed): its {cancelled} field.
	if _, err := exec.LookPath("khal"); err != nil {
		t.Logf("khal not installed: %v", err)
		return
	}
	home := t.TempDir()
	conf := filepath.Join(home, "config")
	if err := os.MkdirAll(filepath.Join(home, "cal"), 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := "[calendars]\n[[check]]\npath = " + filepath.Join(home, "cal") + "\ntype = calendar\n[locale]\nlocal_timezone = UTC\ndefault_timezone = UTC\n" +
		"timeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%dT%H:%M\nlongdatetimeformat = %Y-%m-%dT%H:%M\n" +
		"[sqlite]\npath = " + filepath.Join(home, "khal.db") + "\n"
	if err := os.WriteFile(conf, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	khal := func(args ...string) string {
		cmd := exec.Command("khal", append([]string{"-c", conf}, args...)...)
		cmd.Env = append(os.Environ(), "HOME="+home, "TZ=UTC", "LC_ALL=C.UTF-8")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("khal %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	khal("import", "--batch", "-a", "check", path)
	listed := khal("search", "--format", "{cancelled}|{title}", "")
	khalCancelled := strings.Count(listed, "CANCELLED |Cancelled: ")
	if khalCancelled != cancelled {
		t.Errorf("khal lists %d cancelled events, want %d:\n%s", khalCancelled, cancelled, listed)
	}
}
