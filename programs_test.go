package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// TestReadmeProgramsOutput keeps README's programs table true: every line
// of it must be a line of the output programs.txtar checks byte for byte.
func TestReadmeProgramsOutput(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	ar, err := txtar.ParseFile("testdata/script/programs.txtar")
	if err != nil {
		t.Fatal(err)
	}
	var want string
	for _, f := range ar.Files {
		if f.Name == "want-programs.txt" {
			want = string(f.Data)
		}
	}
	if want == "" {
		t.Fatal("programs.txtar has no want-programs.txt")
	}
	_, after, ok := strings.Cut(string(readme), "## Which programs: `programs`")
	if !ok {
		t.Fatal("README has no programs section")
	}
	_, block, ok := strings.Cut(after, "```\n┌")
	if !ok {
		t.Fatal("README's programs section shows no table")
	}
	block, _, _ = strings.Cut("┌"+block, "```")
	lines := strings.Split(strings.TrimSuffix(block, "\n"), "\n")
	if len(lines) < 10 {
		t.Fatalf("README shows only %d lines of the table", len(lines))
	}
	have := make(map[string]bool)
	for _, l := range strings.Split(want, "\n") {
		have[l] = true
	}
	for i, l := range lines {
		if l == "…" {
			continue
		}
		if !have[l] {
			t.Errorf("README programs table line %d is not in the real output (update README from testdata/script/programs.txtar):\n%s", i+1, l)
		}
	}
}

// programs reads the encounter log as the ledger does: a commit a killed
// confplan left past its commit point is finished first, so programs sees
// the encounter the killed `met` recorded, as it would have after a clean
// commit.
func TestProgramsFinishesKilledCommit(t *testing.T) {
	const netMap = "Name,Role,Institution,Email,How I found them,Date contacted,Response,Next step\r\n" +
		"Dr. Jane Doe,Program Director,Emory University,jane@emory.example,ASTRO 2024,,,\r\n"
	programs := func(t *testing.T, crash bool) string {
		dir := t.TempDir()
		netPath, logPath := filepath.Join(dir, "network.csv"), filepath.Join(dir, "encounters.csv")
		if err := os.WriteFile(netPath, []byte(netMap), 0o644); err != nil {
			t.Fatal(err)
		}
		lg, err := ledger.Open(netPath, logPath, ledger.Options{})
		if err != nil {
			t.Fatal(err)
		}
		at := time.Date(2025, 9, 28, 14, 30, 0, 0, time.UTC)
		lg.Log.Append(sources.LogEntry{Zone: "UTC", Thread: planner.Thread{Encounter: planner.Encounter{Name: "Dr. Jane Doe", At: at},
			WindowStart: at.Add(48 * time.Hour), Due: at.Add(72 * time.Hour), Stage: sources.LogOpen}})
		if crash {
			type stop struct{}
			ledger.TestOnlyStep = func(step string) {
				if step == "journal" { // past the commit point, before any rename
					panic(stop{})
				}
			}
			func() {
				defer func() {
					ledger.TestOnlyStep = nil
					if r := recover(); r == nil {
						t.Fatal("the commit did not reach its journal")
					}
				}()
				lg.Commit()
			}()
		} else if err := lg.Commit(); err != nil {
			t.Fatal(err)
		}
		lg.Close()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"confplan", "programs", "--all", "--targets", netPath, "--tz", "UTC", "--now", "2025-09-29 12:00"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
			t.Fatalf("programs: exit %d\n%s", code, &stderr)
		}
		return stdout.String()
	}
	clean, killed := programs(t, false), programs(t, true)
	if !strings.Contains(clean, "Emory") {
		t.Fatalf("programs does not show the met contact's program:\n%s", clean)
	}
	if killed != clean {
		t.Errorf("after a killed commit programs shows\n%s\nwant, as after a clean one,\n%s", killed, clean)
	}
}
