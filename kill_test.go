//go:build unix

package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/sources"
)

// The kill tests run the real binary, built once, as a separate process
// and stop it with SIGKILL: at a random instant (killAnywhere) and at
// every step of a commit in turn (killAtEveryStep). After each kill
// the next command must work and leave the map and the log agreeing.

// TestKill builds confplan once, into the test's temporary folder, and
// runs the kill tests with it.
func TestKill(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "confplan")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Skipf("cannot build confplan: %v\n%s", err, out)
	}
	t.Run("Anywhere", func(t *testing.T) { killAnywhere(t, bin) })
	t.Run("AtEveryStep", func(t *testing.T) { killAtEveryStep(t, bin) })
}

const killMap = "Name,Role,Institution,Email,How I found them,Date contacted,Response,Next step,My column\r\n" +
	"Dr. Keep Me,Faculty,Emory University,keep@emory.example,ASTRO 2024,,,Ask about J-1,untouched\r\n"

var (
	killFirst = []string{"Amara", "Bogdan", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hiroshi", "Ines", "Jomo", "Katya", "Luis", "Mei", "Nadia", "Oskar", "Priya", "Quentin", "Rania", "Sven", "Tariq"}
	killLast  = []string{"Okonkwo", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Castillo", "Abebe", "Rossi", "Kowalski", "Nguyen", "Fischer", "Olsen"}
)

func killName(i int) string {
	return killFirst[i%len(killFirst)] + " " + killLast[i/len(killFirst)%len(killLast)]
}

// killRun starts confplan with args in dir, kills it after delay (or at
// the step given by steps), and returns the last step it reported and
// whether it was killed before it finished.
//
// With fromCommit, the delay counts from the first step of the commit
// (when the command has done its reading and deciding), else from the
// start.
func killRun(t *testing.T, bin, dir string, delay time.Duration, fromCommit bool, steps string, args ...string) (last string, killed bool) {
	t.Helper()
	if m := mapName(dir); m != "network.csv" {
		args = append(args, "--network", m)
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), testOnlySteps+"="+steps, "CONFPLAN_TZ=America/New_York", testOnlyNow+"=2025-09-28T20:00:00Z")
	stderr := &stepWatch{first: make(chan struct{})}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	if delay >= 0 {
		go func() {
			if fromCommit {
				select {
				case <-stderr.first:
				case <-stop:
					return
				}
			}
			select {
			case <-time.After(delay):
				cmd.Process.Kill()
			case <-stop:
			}
		}()
	}
	err := cmd.Wait()
	close(stop)
	if ee, ok := err.(*exec.ExitError); ok && !ee.Exited() {
		killed = true
	} else if err != nil {
		t.Fatalf("confplan %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	last = "before any step"
	for _, m := range stepLine.FindAllStringSubmatch(stderr.String(), -1) {
		last = m[1]
	}
	return last, killed
}

// stepWatch collects a command's stderr and signals its first step.
type stepWatch struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	first chan struct{}
	once  sync.Once
}

func (w *stepWatch) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if bytes.Contains(p, []byte("confplan: test: step")) {
		w.once.Do(func() { close(w.first) })
	}
	return w.buf.Write(p)
}

func (w *stepWatch) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

var stepLine = regexp.MustCompile(`(?m)^confplan: test: step \d+ (\S+)$`)

// checkConsistent opens the ledger as the next command would (in a
// separate process running followups when viaCommand, else in this one,
// which is quicker), then checks the files: one map row and one log entry
// for each person met, the map's next step telling the log's status,
// nothing left behind.
func checkConsistent(t *testing.T, bin, dir, what string, viaCommand bool) map[string]string {
	t.Helper()
	name := mapName(dir)
	if viaCommand {
		cmd := exec.Command(bin, "followups", "--all", "--format", "json", "--network", name)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "CONFPLAN_TZ=America/New_York", testOnlyNow+"=2025-09-28T20:00:00Z")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("after %s: the next command fails: %v\n%s", what, err, out)
		}
	} else {
		lg, err := ledger.Open(filepath.Join(dir, name), filepath.Join(dir, "encounters.csv"), ledger.Options{})
		if err != nil {
			t.Fatalf("after %s: the next open fails: %v", what, err)
		}
		lg.Close()
	}
	var names []string
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		if n != name && n != name+".bak" && n != "encounters.csv" {
			t.Fatalf("after %s: %s left behind (%v)", what, n, names)
		}
	}
	mapData, _ := os.ReadFile(filepath.Join(dir, name))
	if name == "network.csv" && !strings.HasPrefix(string(mapData), killMap) {
		t.Fatalf("after %s: the map's first rows changed:\n%s", what, mapData)
	}
	nm, err := sources.ReadNetworkMap(bytes.NewReader(mapData), name)
	if err != nil {
		t.Fatalf("after %s: %v", what, err)
	}
	if got := strings.Join(nm.Row(0), ","); got != "Dr. Keep Me,Faculty,Emory University,keep@emory.example,ASTRO 2024,,,Ask about J-1,untouched" {
		t.Fatalf("after %s: the first row changed: %s", what, got)
	}
	logData, _ := os.ReadFile(filepath.Join(dir, "encounters.csv"))
	lg, err := sources.ReadEncounterLog(bytes.NewReader(logData), "encounters.csv")
	if err != nil {
		t.Fatalf("after %s: %v", what, err)
	}
	status := map[string]string{}
	for _, en := range lg.Entries {
		if _, dup := status[en.Encounter.Name]; dup {
			t.Fatalf("after %s: %s logged twice", what, en.Encounter.Name)
		}
		status[en.Encounter.Name] = en.Stage
	}
	wantNext := map[string]string{sources.LogOpen: "Follow up by ", sources.LogSent: "Second touch ", sources.LogSecondSent: "Second touch sent "}
	rows := 0
	for _, ct := range nm.Contacts {
		if ct.Name == "Dr. Keep Me" {
			continue
		}
		rows++
		st, ok := status[ct.Name]
		if !ok {
			t.Fatalf("after %s: %s is in the map but not in the log", what, ct.Name)
		}
		if !strings.HasPrefix(ct.NextStep, wantNext[st]) || (st == sources.LogSent && strings.HasPrefix(ct.NextStep, "Second touch sent")) {
			t.Fatalf("after %s: %s is %q in the log but the map says %q", what, ct.Name, st, ct.NextStep)
		}
	}
	if rows != len(status) {
		t.Fatalf("after %s: %d people in the log, %d in the map", what, len(status), rows)
	}
	return status
}

// newKillDir makes a folder with the kill tests' map: killMap as CSV, or
// the same rows in an .xlsx workbook.
func newKillDir(t *testing.T, workbook bool) string {
	t.Helper()
	dir := t.TempDir()
	if !workbook {
		if err := os.WriteFile(filepath.Join(dir, "network.csv"), []byte(killMap), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	f := excelize.NewFile()
	defer f.Close()
	for r, line := range strings.Split(strings.TrimSpace(killMap), "\r\n") {
		for c, v := range strings.Split(line, ",") {
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			f.SetCellStr("Sheet1", ref, v)
		}
	}
	f.NewSheet("Other")
	f.SetCellStr("Other", "A1", "kept")
	if err := f.SaveAs(filepath.Join(dir, "network.xlsx")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// mapName is the kill test map in dir.
func mapName(dir string) string {
	if _, err := os.Stat(filepath.Join(dir, "network.xlsx")); err == nil {
		return "network.xlsx"
	}
	return "network.csv"
}

// killAnywhere: 200 runs of met and done, each killed at a random
// instant: most during the commit (the commit's steps pause 1ms so the
// instants spread over them), some before it. The seed is fixed: the same
// instants on every run, as far as the machine's speed allows; the
// invariant must hold wherever they land. Every tenth check runs a real
// command after the kill; the others open the ledger in this process.
func killAnywhere(t *testing.T, bin string) {
	dir := newKillDir(t, false)
	rng := rand.New(rand.NewPCG(10, 200))
	// How long an uninterrupted met takes here, and its commit, to spread
	// the kills over.
	start := time.Now()
	killRun(t, bin, dir, -1, false, "1ms", "met", "Warm Up", "--new")
	span := time.Since(start)
	commit := 12 * time.Millisecond // 8 steps of 1ms and their work
	status := checkConsistent(t, bin, dir, "a met that was not killed", true)
	const kills = 200
	next, killedN := 1, 0
	landed := map[string]int{}
	for i := range kills {
		var args []string
		var open []string
		for n, st := range status {
			if st == sources.LogOpen || st == sources.LogSent {
				open = append(open, n)
			}
		}
		sort.Strings(open)
		if len(open) == 0 || rng.IntN(2) == 0 {
			args = []string{"met", killName(next), "--new", "--where", "ARRO reception"}
			next++
		} else {
			args = []string{"done", open[rng.IntN(len(open))]}
		}
		fromCommit := rng.IntN(5) > 0
		delay := time.Duration(rng.Int64N(int64(span) + 1))
		if fromCommit {
			delay = time.Duration(rng.Int64N(int64(commit)))
		}
		last, killed := killRun(t, bin, dir, delay, fromCommit, "1ms", args...)
		if killed {
			killedN++
			landed[last]++
		}
		status = checkConsistent(t, bin, dir, fmt.Sprintf("kill %d (%s, last step %s)", i, strings.Join(args[:2], " "), last), i%10 == 0)
	}
	t.Logf("%d of %d runs killed; last step reached: %v", killedN, kills, landed)
	if killedN < kills/2 {
		t.Errorf("only %d of %d runs were killed before they finished", killedN, kills)
	}
}

// killAtEveryStep kills met and done at each step of their commit in
// turn, and the recovery at each of its steps, so every point is covered
// whatever the machine's speed; on a CSV map and on an .xlsx workbook.
func killAtEveryStep(t *testing.T, bin string) {
	for _, workbook := range []bool{false, true} {
		t.Run(map[bool]string{false: "csv", true: "xlsx"}[workbook], func(t *testing.T) { killAtEveryStepIn(t, bin, newKillDir(t, workbook)) })
	}
}

func killAtEveryStepIn(t *testing.T, bin, dir string) {
	checkConsistent(t, bin, dir, "setup", false)
	recoveries := 0
	defer func() {
		if recoveries == 0 {
			t.Errorf("no recovery was killed")
		}
		t.Logf("%d recoveries killed", recoveries)
	}()
	for i := 0; ; i++ {
		name := killName(i)
		seen := 0
		for _, args := range [][]string{
			{"met", name, "--new"},
			{"done", name},
			{"done", name},
		} {
			last, killed := killRun(t, bin, dir, -1, false, fmt.Sprintf("kill:%d", i+1), args...)
			// Killed past the commit point: kill the recovery too, at
			// each of its steps, before a command completes it.
			for k := 1; k <= 3; k++ {
				if _, err := os.Stat(filepath.Join(dir, "."+mapName(dir)+".journal")); err != nil {
					break
				}
				if _, killed := killRun(t, bin, dir, -1, false, fmt.Sprintf("kill:%d", k), "followups"); killed {
					recoveries++
				}
			}
			st := checkConsistent(t, bin, dir, fmt.Sprintf("%s killed at step %d (%s)", strings.Join(args[:2], " "), i+1, last), args[0] == "done")
			if killed {
				seen++
			}
			if _, ok := st[name]; !ok && args[0] == "met" {
				// The met was undone: log it so done has someone to mark.
				killRun(t, bin, dir, -1, false, "0s", args...)
			}
		}
		if seen == 0 {
			if i < 5 {
				t.Fatalf("no command reached step %d", i+1)
			}
			break
		}
	}
}
