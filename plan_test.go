package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/confplan/confplan/internal/atomicfile"
)

const planProgram = `Session ID,Title,Type,Date,Time,Room,Speakers
S1,Meet the Expert: SBRT for Prostate Cancer,Meet the Expert,2025-09-28,7:00 AM - 7:50 AM,Room 3014,"Ana Cruz, MD (University of Miami)"
`

const planNetwork = `Name,Role,Institution,Email,How I found them,Date contacted,Response,Next step,Priority,Notes
Dr. Ana Cruz,Associate Program Director,University of Miami,acruz@miami.example,Doximity,,,,1,
`

// TestPlanWriteFailureWritesNothing fails each output's write in turn: the
// command exits 1 and every output is as it was before — an earlier
// itinerary kept, new files not created, no temporary file left.
func TestPlanWriteFailureWritesNothing(t *testing.T) {
	for failAt := 1; failAt <= 3; failAt++ {
		dir := t.TempDir()
		write := func(name, content string) string {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			return p
		}
		prog, net := write("prog.csv", planProgram), write("network.csv", planNetwork)
		ics := write("out.ics", "an earlier itinerary")
		count := 0
		atomicfile.TestOnlyWriteHook = func(w io.Writer) io.Writer {
			count++
			if count == failAt {
				return planFailingWriter{w}
			}
			return w
		}
		var stdout, stderr bytes.Buffer
		code := run([]string{"confplan", "plan", "--tz", "America/Los_Angeles", "--targets", net,
			"--ics", ics, "--todo", filepath.Join(dir, "todo.ics"), "--checklist", filepath.Join(dir, "fu.md"), prog},
			strings.NewReader(""), &stdout, &stderr)
		atomicfile.TestOnlyWriteHook = nil
		if code != exitFailure || !strings.Contains(stderr.String(), "disk full") {
			t.Fatalf("write %d fails: exit %d, stderr %q", failAt, code, stderr.String())
		}
		if stdout.Len() != 0 {
			t.Errorf("write %d fails: stdout %q, want nothing", failAt, stdout.String())
		}
		if got, _ := os.ReadFile(ics); string(got) != "an earlier itinerary" {
			t.Errorf("write %d fails: the earlier itinerary is now %q", failAt, got)
		}
		ents, _ := os.ReadDir(dir)
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		if got := strings.Join(names, " "); got != "network.csv out.ics prog.csv" {
			t.Errorf("write %d fails: files left %s", failAt, got)
		}
	}
}

type planFailingWriter struct{ w io.Writer }

func (f planFailingWriter) Write(p []byte) (int, error) {
	n, _ := f.w.Write(p[:len(p)/2])
	return n, errors.New("disk full (injected)")
}
