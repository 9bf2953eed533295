package ledger_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

const testMap = "Name,Institution,Next step,Mine\r\nDr. Jane Doe,Emory,,keep\r\n"

func setup(t *testing.T) (dir, netPath, logPath string) {
	t.Helper()
	dir = t.TempDir()
	netPath, logPath = filepath.Join(dir, "network.csv"), filepath.Join(dir, "encounters.csv")
	if err := os.WriteFile(netPath, []byte(testMap), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, netPath, logPath
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func names(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return strings.Join(out, " ")
}

// edit opens the ledger, marks Jane's next step and logs her.
func edit(t *testing.T, netPath, logPath string) *ledger.Ledger {
	t.Helper()
	lg, err := ledger.Open(netPath, logPath, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	lg.Net.Set(0, sources.FieldNextStep, "Follow up by 2025-10-01")
	at := time.Date(2025, 9, 28, 14, 30, 0, 0, time.UTC)
	lg.Log.Append(sources.LogEntry{Zone: "UTC", Thread: planner.Thread{Encounter: planner.Encounter{Name: "Dr. Jane Doe", At: at}, WindowStart: at.Add(48 * time.Hour), Due: at.Add(72 * time.Hour), Stage: sources.LogOpen}})
	return lg
}

func TestCommit(t *testing.T) {
	dir, netPath, logPath := setup(t)
	lg := edit(t, netPath, logPath)
	if err := lg.Commit(); err != nil {
		t.Fatal(err)
	}
	lg.Close()
	if got := read(t, netPath); got != "Name,Institution,Next step,Mine\r\nDr. Jane Doe,Emory,Follow up by 2025-10-01,keep\r\n" {
		t.Errorf("map = %q", got)
	}
	if !strings.Contains(read(t, logPath), "Dr. Jane Doe") {
		t.Errorf("log lacks the encounter")
	}
	if got := names(t, dir); got != "encounters.csv network.csv network.csv.bak" {
		t.Errorf("files = %s", got)
	}
}

// A change the user saves while confplan writes is found right before the
// final rename: Commit fails, their save stays, the log is put back.
func TestCommitUserSavesDuringWrite(t *testing.T) {
	for _, at := range []string{"journal", "backup", "staged"} {
		t.Run(at, func(t *testing.T) {
			dir, netPath, logPath := setup(t)
			lg := edit(t, netPath, logPath)
			saved := testMap + "Added In Excel,Duke,,\r\n"
			ledger.TestOnlyStep = func(step string) {
				if step == at {
					os.WriteFile(netPath, []byte(saved), 0o644)
				}
			}
			defer func() { ledger.TestOnlyStep = nil }()
			err := lg.Commit()
			lg.Close()
			if !errors.Is(err, ledger.ErrChanged) {
				t.Fatalf("err = %v, want ErrChanged", err)
			}
			if got := read(t, netPath); got != saved {
				t.Errorf("the user's save was lost: %q", got)
			}
			if _, err := os.Stat(logPath); err == nil {
				t.Errorf("the log was written")
			}
			if got := names(t, dir); got != "network.csv network.csv.bak" {
				t.Errorf("files = %s", got)
			}
		})
	}
}

// crash commits up to the named step and abandons the process's work
// there, as a kill would (the lock is released, as the kernel does).
func crash(t *testing.T, netPath, logPath, at string) {
	t.Helper()
	lg := edit(t, netPath, logPath)
	type stop struct{}
	ledger.TestOnlyStep = func(step string) {
		if step == at {
			panic(stop{})
		}
	}
	defer func() {
		ledger.TestOnlyStep = nil
		lg.Close()
		if r := recover(); r != nil {
			if _, ok := r.(stop); !ok {
				panic(r)
			}
		}
	}()
	lg.Commit()
	t.Fatalf("commit did not reach %s", at)
}

// After a crash past the commit point, the next Open finishes the change;
// before it, nothing changed; temporary files go.
func TestRecovery(t *testing.T) {
	for _, tt := range []struct {
		at      string
		applied bool
	}{{"checked", false}, {"staged", false}, {"backup", false}, {"journal", true}, {"renamed", true}} {
		t.Run(tt.at, func(t *testing.T) {
			dir, netPath, logPath := setup(t)
			crash(t, netPath, logPath, tt.at)
			lg, err := ledger.Open(netPath, logPath, ledger.Options{})
			if err != nil {
				t.Fatal(err)
			}
			lg.Close()
			if got := len(lg.Log.Entries) == 1 && lg.Net.Contacts[0].NextStep != ""; got != tt.applied {
				t.Errorf("applied = %v, want %v (notes %q)", got, tt.applied, lg.Notes)
			}
			if len(lg.Log.Entries) == 1 != (lg.Net.Contacts[0].NextStep != "") {
				t.Errorf("log and map disagree: %d entries, next step %q", len(lg.Log.Entries), lg.Net.Contacts[0].NextStep)
			}
			for _, n := range strings.Fields(names(t, dir)) {
				if strings.HasPrefix(n, ".") {
					t.Errorf("%s left behind", n)
				}
			}
		})
	}
}

// A user who edits the map after a crash, before the next Open, keeps the
// edit: the half-applied change is undone, so log and map agree.
func TestRecoveryUserEditedMeanwhile(t *testing.T) {
	_, netPath, logPath := setup(t)
	crash(t, netPath, logPath, "renamed") // the map is new, the log old
	edited := testMap + "Edited Later,Duke,,\r\n"
	os.WriteFile(netPath, []byte(edited), 0o644)
	lg, err := ledger.Open(netPath, logPath, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	lg.Close()
	if got := read(t, netPath); got != edited {
		t.Errorf("the user's edit was lost: %q", got)
	}
	if len(lg.Log.Entries) != 0 {
		t.Errorf("log kept the undone encounter")
	}
	if len(lg.Notes) == 0 || !strings.Contains(strings.Join(lg.Notes, "\n"), "undid") {
		t.Errorf("notes = %q", lg.Notes)
	}
}

func TestLockTakeover(t *testing.T) {
	defer func(d time.Duration) { ledger.LockWait = d }(ledger.LockWait)
	ledger.LockWait = 50 * time.Millisecond
	for _, content := range []string{"", "garbage\x00", "2147483646\n2025-09-28T10:00:00Z\n", "1\n2025-09-28T10:00:00Z\n"} {
		_, netPath, logPath := setup(t)
		os.WriteFile(netPath+".lock", []byte(content), 0o644)
		start := time.Now()
		lg, err := ledger.Open(netPath, logPath, ledger.Options{})
		if err != nil {
			t.Fatalf("lock %q: %v", content, err)
		}
		lg.Close()
		if time.Since(start) > time.Second {
			t.Errorf("lock %q: took %v", content, time.Since(start))
		}
		if _, err := os.Stat(netPath + ".lock"); err == nil {
			t.Errorf("lock %q left behind", content)
		}
	}
	// A held lock makes the next Open wait, then fail with its owner.
	_, netPath, logPath := setup(t)
	lg, err := ledger.Open(netPath, logPath, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = ledger.Open(netPath, logPath, ledger.Options{})
	lg.Close()
	if err == nil || !strings.Contains(err.Error(), "locked by another confplan (pid ") {
		t.Errorf("err = %v, want the lock's owner", err)
	}
}

func TestRefusals(t *testing.T) {
	_, netPath, logPath := setup(t)
	big := make([]byte, ledger.MaxFile+1)
	copy(big, "Name\n")
	os.WriteFile(netPath, big, 0o644)
	_, err := ledger.Open(netPath, logPath, ledger.Options{})
	if err == nil || !strings.Contains(err.Error(), "up to 10 MB") {
		t.Errorf("big map: err = %v", err)
	}
	if _, err := ledger.Open(netPath, netPath, ledger.Options{}); err == nil {
		t.Errorf("map as log: no error")
	}
	if _, err := ledger.Open(filepath.Join(t.TempDir(), "none.csv"), logPath, ledger.Options{}); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing map: err = %v", err)
	}
}
