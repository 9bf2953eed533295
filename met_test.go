package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/confplan/confplan/internal/atomicfile"
	"github.com/confplan/confplan/ledger"
)

// A network map in a shape a spreadsheet writes: BOM, CRLF, a quoted
// newline, a user column, a formula-looking cell of the user's own.
const testMap = "\xef\xbb\xbfName,Role,Institution,Email,How I found them,Date contacted,Response,Next step,Priority,My notes\r\n" +
	"Dr. Jane Doe,Program Director,Emory University,jdoe@emory.example,ASTRO 2024 poster,2025-07-04,,Ask about J-1,1,\"met at\nESTRO\"\r\n" +
	"\"Smith, Jennifer\",Faculty,\"University of California, San Francisco\",jsmith@ucsf.example,Doximity,,,Visit their poster,2,=1+1\r\n" +
	"Jennifer Smith,Resident,Duke University,jsmith@duke.example,X,,,,3,\r\n" +
	"Piotr Jovanović,Faculty,Vanderbilt University Medical Center,pj@vumc.example,Virtual open house,,,,1,keep me\r\n"

// runCLI runs confplan with args and returns its outputs and exit code.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"confplan"}, args...), strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// mustRun runs confplan and fails the test unless it exits 0.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("confplan %s: exit %d\n%s", strings.Join(args, " "), code, errs)
	}
	return out
}

// setup writes the test map into a new folder and returns the flags that
// point met, followups and done at it.
func setup(t *testing.T, content string) (dir string, files []string) {
	t.Helper()
	t.Setenv(envZone, "")
	dir = t.TempDir()
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real // macOS: /var is a symlink; messages name real paths
	}
	if err := os.WriteFile(filepath.Join(dir, "network.csv"), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, []string{"--network", filepath.Join(dir, "network.csv"), "--log", filepath.Join(dir, "encounters.csv")}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// dirNames lists a folder's entries.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

type jsonFollowUps struct {
	FollowUps []struct {
		Name        string `json:"name"`
		Institution string `json:"institution"`
		Email       string `json:"email"`
		MetAt       string `json:"met_at"`
		Where       string `json:"where"`
		Notes       string `json:"notes"`
		WindowStart string `json:"window_start"`
		Due         string `json:"due"`
		Kind        string `json:"kind"`
		Status      string `json:"status"`
		Subject     string `json:"subject"`
		Body        string `json:"body"`
		Mailto      string `json:"mailto"`
	} `json:"followups"`
}

func followupsJSON(t *testing.T, files []string, now string) jsonFollowUps {
	t.Helper()
	out := mustRun(t, append([]string{"followups", "--format", "json", "--now", now, "--tz", "America/New_York"}, files...)...)
	var got jsonFollowUps
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("followups --format json: %v\n%s", err, out)
	}
	return got
}

// changedLines returns the lines of after that are not in before, and
// checks that every line of before is still in after, in order, but
// those of the rows named in edited.
func changedLines(t *testing.T, before, after string) []string {
	t.Helper()
	b := strings.SplitAfter(before, "\r\n")
	a := strings.SplitAfter(after, "\r\n")
	inAfter := map[string]bool{}
	for _, l := range a {
		inAfter[l] = true
	}
	inBefore := map[string]bool{}
	for _, l := range b {
		inBefore[l] = true
	}
	var changed []string
	for _, l := range a {
		if !inBefore[l] {
			changed = append(changed, l)
		}
	}
	return changed
}

// TestFollowUpLoopAcrossDST runs met → followups → done → followups →
// done --response in America/New_York across the end of daylight saving
// time (Sunday 2 November 2025, 02:00 EDT → 01:00 EST).
func TestFollowUpLoopAcrossDST(t *testing.T) {
	dir, files := setup(t, testMap)
	netPath := filepath.Join(dir, "network.csv")
	tz := []string{"--tz", "America/New_York"}

	// Met on Saturday morning, EDT: the window is 48 and 72 absolute
	// hours later, which is 09:00 EST on the wall clock.
	out := mustRun(t, append(append([]string{"met", "Jane Doe", "--at", "2025-11-01 10:00", "--where", "ARRO Residents' Reception", "--notes", "J-1 sponsorship"}, tz...), files...)...)
	if !strings.Contains(out, "Dr. Jane Doe (Emory University)") {
		t.Errorf("met output does not name the contact as in the map:\n%s", out)
	}
	after := readFile(t, netPath)
	changed := changedLines(t, testMap, after)
	want := "Dr. Jane Doe,Program Director,Emory University,jdoe@emory.example,ASTRO 2024 poster,2025-11-01,,Follow up by 2025-11-04,1,\"met at\nESTRO\"\r\n"
	if len(changed) != 1 || changed[0] != want {
		t.Errorf("network map: changed lines %q, want only %q", changed, want)
	}
	if len(after) != len(testMap)-len("2025-07-04,,Ask about J-1")+len("2025-11-01,,Follow up by 2025-11-04") {
		t.Errorf("network map: other bytes changed:\n%q", after)
	}
	if got := readFile(t, netPath+".bak"); got != testMap {
		t.Errorf("backup is not the previous map:\n%q", got)
	}
	if lg := readFile(t, filepath.Join(dir, "encounters.csv")); !strings.HasPrefix(lg, "\xef\xbb\xbfMet at,Name,") || strings.Count(lg, "\r\n") != 2 {
		t.Errorf("a new log does not take the map's BOM and CRLF:\n%q", lg)
	}

	for _, tc := range []struct{ now, status string }{
		{"2025-11-03 08:59", "upcoming"},
		{"2025-11-03 09:00", "due"},
		{"2025-11-04 09:00", "due"},
		{"2025-11-04 09:01", "overdue"},
	} {
		got := followupsJSON(t, files, tc.now)
		if len(got.FollowUps) != 1 {
			t.Fatalf("now %s: %d follow-ups, want 1", tc.now, len(got.FollowUps))
		}
		f := got.FollowUps[0]
		if f.MetAt != "2025-11-01T10:00:00-04:00" || f.WindowStart != "2025-11-03T09:00:00-05:00" || f.Due != "2025-11-04T09:00:00-05:00" {
			t.Errorf("met %s, window %s – %s; want 2025-11-01T10:00:00-04:00, 2025-11-03T09:00:00-05:00 – 2025-11-04T09:00:00-05:00", f.MetAt, f.WindowStart, f.Due)
		}
		if f.Status != tc.status || f.Kind != "first" {
			t.Errorf("now %s: %s %s, want first %s", tc.now, f.Kind, f.Status, tc.status)
		}
		if f.Email != "jdoe@emory.example" || !strings.HasPrefix(f.Mailto, "mailto:jdoe@emory.example?subject=") {
			t.Errorf("email %q, mailto %q", f.Email, f.Mailto)
		}
		if !strings.Contains(f.Body, "Dear Dr. Doe") || !strings.Contains(f.Body, "the ARRO Residents' Reception") || !strings.Contains(f.Body, "J-1 sponsorship") {
			t.Errorf("draft does not fit the encounter:\n%s", f.Body)
		}
	}

	// Sent early, on Saturday (EDT): the second touch is 7 to 14 calendar
	// days later at the same wall-clock time, now in EST.
	mustRun(t, append(append([]string{"done", "Jane Doe", "--at", "2025-11-01 11:00"}, tz...), files...)...)
	if got := followupsJSON(t, files, "2025-11-08 10:59"); len(got.FollowUps) != 1 || got.FollowUps[0].Status != "upcoming" {
		t.Fatalf("before the second window: %+v", got.FollowUps)
	}
	got := followupsJSON(t, files, "2025-11-08 11:00")
	if len(got.FollowUps) != 1 {
		t.Fatalf("%d follow-ups, want 1", len(got.FollowUps))
	}
	f := got.FollowUps[0]
	if f.Kind != "second" || f.Status != "due" || f.WindowStart != "2025-11-08T11:00:00-05:00" || f.Due != "2025-11-15T11:00:00-05:00" {
		t.Errorf("second touch: %s %s %s – %s; want second due 2025-11-08T11:00:00-05:00 – 2025-11-15T11:00:00-05:00", f.Kind, f.Status, f.WindowStart, f.Due)
	}
	if got := followupsJSON(t, files, "2025-11-15 11:01"); got.FollowUps[0].Status != "overdue" {
		t.Errorf("after the second window: %s, want overdue", got.FollowUps[0].Status)
	}
	if !strings.Contains(readFile(t, netPath), "Dr. Jane Doe,Program Director,Emory University,jdoe@emory.example,ASTRO 2024 poster,2025-11-01,,Second touch 2025-11-08 to 2025-11-15 if no reply,1,") {
		t.Errorf("map after done:\n%s", readFile(t, netPath))
	}

	// The answer closes it.
	mustRun(t, append(append([]string{"done", "Dr. Jane Doe", "--response", "Happy to talk in December"}, tz...), files...)...)
	if got := followupsJSON(t, files, "2025-11-10 12:00"); len(got.FollowUps) != 0 {
		t.Errorf("answered follow-up still listed: %+v", got.FollowUps)
	}
	final := readFile(t, netPath)
	if !strings.Contains(final, ",Happy to talk in December,") {
		t.Errorf("Response not recorded in the map:\n%s", final)
	}
	if ch := changedLines(t, testMap, final); len(ch) != 1 {
		t.Errorf("rows other than Jane Doe's changed: %q", ch)
	}
	if names := dirNames(t, dir); strings.Join(names, " ") != "encounters.csv network.csv network.csv.bak" {
		t.Errorf("files left: %v", names)
	}
}

// A reply typed straight into the map's Response column after the email
// went out also stops the second touch.
func TestResponseInMapStopsSecondTouch(t *testing.T) {
	dir, files := setup(t, testMap)
	tz := []string{"--tz", "America/New_York"}
	mustRun(t, append(append([]string{"met", "Piotr Jovanovic", "--at", "2025-09-28 14:30"}, tz...), files...)...)
	mustRun(t, append(append([]string{"done", "Piotr Jovanović", "--at", "2025-09-30 15:00"}, tz...), files...)...)
	if got := followupsJSON(t, files, "2025-10-08 12:00"); len(got.FollowUps) != 1 || got.FollowUps[0].Kind != "second" {
		t.Fatalf("want a second touch, got %+v", got.FollowUps)
	}
	path := filepath.Join(dir, "network.csv")
	m := readFile(t, path)
	m = strings.Replace(m, "Virtual open house,2025-09-30,,", "Virtual open house,2025-09-30,Replied: call me,", 1)
	if err := os.WriteFile(path, []byte(m), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := followupsJSON(t, files, "2025-10-08 12:00"); len(got.FollowUps) != 0 {
		t.Errorf("second touch listed although the map has a reply: %+v", got.FollowUps)
	}
}

func TestMetAmbiguousWritesNothing(t *testing.T) {
	dir, files := setup(t, testMap)
	_, errs, code := runCLI(t, append([]string{"met", "Jennifer Smith", "--tz", "America/New_York", "--at", "2025-09-28 14:30"}, files...)...)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, errs)
	}
	for _, want := range []string{"several people", "Smith, Jennifer (University of California, San Francisco)", "Jennifer Smith (Duke University)", "network.csv:4:", "network.csv:5:", "--institution"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if got := readFile(t, filepath.Join(dir, "network.csv")); got != testMap {
		t.Errorf("map changed:\n%q", got)
	}
	if names := dirNames(t, dir); strings.Join(names, " ") != "network.csv" {
		t.Errorf("files left: %v", names)
	}
	// --institution settles it.
	mustRun(t, append([]string{"met", "Jennifer Smith", "--institution", "Duke University", "--tz", "America/New_York", "--at", "2025-09-28 14:30"}, files...)...)
	if !strings.Contains(readFile(t, filepath.Join(dir, "network.csv")), "Jennifer Smith,Resident,Duke University,jsmith@duke.example,X,2025-09-28,,Follow up by 2025-10-01,3,\r\n") {
		t.Errorf("the Duke row was not updated:\n%s", readFile(t, filepath.Join(dir, "network.csv")))
	}
}

func TestMetNewPersonNeutralizesFormulas(t *testing.T) {
	dir, files := setup(t, testMap)
	out := mustRun(t, append([]string{"met", "=HYPERLINK(\"http://x\")", "--new", "--institution", "@SUM(A1)", "--where", "-2+3 reception",
		"--notes", "+1 call", "--tz", "America/New_York", "--at", "2025-09-28 14:30"}, files...)...)
	if !strings.Contains(out, "added") {
		t.Errorf("no 'added' in output:\n%s", out)
	}
	got := readFile(t, filepath.Join(dir, "network.csv"))
	if !strings.HasPrefix(got, testMap) {
		t.Fatalf("existing rows changed:\n%q", got)
	}
	row := strings.TrimPrefix(got, testMap)
	want := "\"'=HYPERLINK(\"\"http://x\"\")\",,'@SUM(A1),,Met at -2+3 reception,2025-09-28,,Follow up by 2025-10-01,,\r\n"
	if row != want {
		t.Errorf("new row\n%q\nwant\n%q", row, want)
	}
	lg := readFile(t, filepath.Join(dir, "encounters.csv"))
	for _, cell := range []string{"'-2+3 reception", "'+1 call", "'@SUM(A1)"} {
		if !strings.Contains(lg, cell) {
			t.Errorf("log lacks neutralized %q:\n%s", cell, lg)
		}
	}
	// Read back, the log gives the text as typed.
	fu := followupsJSON(t, files, "2025-09-30 15:00")
	if len(fu.FollowUps) != 1 || fu.FollowUps[0].Notes != "+1 call" || fu.FollowUps[0].Where != "-2+3 reception" {
		t.Errorf("follow-ups read back %+v", fu.FollowUps)
	}
	// The user's own "=1+1" cell is untouched.
	if !strings.Contains(got, "Visit their poster,2,=1+1\r\n") {
		t.Errorf("the user's cell was altered")
	}
}

func TestMetFlagsAfterName(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout (code 0) or stderr
	}{
		{"flags before", []string{"met", "--at", "2025-09-28 14:30", "--tz", "America/Los_Angeles", "Dr. Jane Doe"}, 0, "Sun Sep 28 14:30 PDT"},
		{"flags after", []string{"met", "Dr. Jane Doe", "--at", "2025-09-28 14:30", "--tz=America/Los_Angeles", "--dry-run"}, 0, "dry run"},
		{"name in parts", []string{"met", "--tz", "America/Los_Angeles", "Jane", "--at", "2025-09-28 14:30", "Doe"}, 0, "Dr. Jane Doe"},
		{"unknown flag after", []string{"met", "Jane Doe", "--tz", "America/Los_Angeles", "--bogus"}, 2, "met: unknown flag --bogus"},
		{"mistyped flag", []string{"met", "Jane Doe", "--tz", "America/Los_Angeles", "--were", "ARRO"}, 2, "did you mean --where?"},
		{"not UTF-8", []string{"met", "Jos\xe9 Garc\xeda", "--tz", "America/Los_Angeles"}, 2, `("Jos\xe9 Garc\xeda") is not UTF-8 text`},
		{"flag without value", []string{"met", "Jane Doe", "--tz", "America/Los_Angeles", "--at"}, 2, "met: flag --at needs a value"},
		{"no zone", []string{"met", "Jane Doe", "--at", "2025-09-28 14:30"}, 2, "--tz"},
		{"bad time", []string{"met", "Jane Doe", "--tz", "America/Los_Angeles", "--at", "yesterday-ish"}, 2, `--at "yesterday-ish"`},
		{"no name", []string{"met", "--tz", "America/Los_Angeles"}, 2, "no name given"},
		{"surname only", []string{"met", "Doe", "--tz", "America/Los_Angeles"}, 1, "\"Doe\" is not a full name; these people in"},
		{"initial only", []string{"met", "J. Smith", "--tz", "America/Los_Angeles"}, 1, "but these are close"},
		{"new on request", []string{"met", "Doe", "--new", "--dry-run", "--tz", "America/Los_Angeles"}, 0, "would add Doe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, files := setup(t, testMap)
			args := append(append([]string{tt.args[0]}, files...), tt.args[1:]...)
			out, errs, code := runCLI(t, args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errs)
			}
			where := out
			if code != 0 {
				where = errs
			}
			if !strings.Contains(where, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, where)
			}
			if code != 0 || strings.Contains(out, "dry run") {
				if got := readFile(t, filepath.Join(dir, "network.csv")); got != testMap {
					t.Errorf("map changed")
				}
				if names := dirNames(t, dir); len(names) != 1 {
					t.Errorf("files left: %v", names)
				}
			}
		})
	}
}

func TestMetZoneFromEnvironment(t *testing.T) {
	_, files := setup(t, testMap)
	t.Setenv(envZone, "America/Chicago")
	out := mustRun(t, append([]string{"met", "Jane Doe", "--at", "2025-09-28 14:30"}, files...)...)
	if !strings.Contains(out, "14:30 CDT") {
		t.Errorf("zone from $%s not used:\n%s", envZone, out)
	}
}

func TestMetWhereByItemID(t *testing.T) {
	dir, files := setup(t, testMap)
	prog := filepath.Join(dir, "posters.csv")
	os.WriteFile(prog, []byte("Abstract Number,Title,Date,Time,Location,Board\n"+
		"2034,Hypofractionated radiotherapy in low-resource settings,9/28/2025,2:45 PM - 4:00 PM,Poster Hall F,17\n"+
		"2035,Another poster,9/28/2025,2:45 PM - 4:00 PM,Poster Hall F,18\n"), 0o644)
	_, errs, code := runCLI(t, append([]string{"met", "Jane Doe", "--where", "2034", "--program", prog, "--tz", "America/Los_Angeles", "--at", "2025-09-28 15:00"}, files...)...)
	if code != 0 {
		t.Fatalf("met --where 2034 --program posters.csv: exit %d: %s", code, errs)
	}
	lg := readFile(t, filepath.Join(dir, "encounters.csv"))
	if !strings.Contains(lg, "Hypofractionated radiotherapy in low-resource settings,2034,") || !strings.Contains(lg, "Poster Hall F") {
		t.Errorf("log lacks the item's title, ID and room:\n%s", lg)
	}
	_, errs, code = runCLI(t, append([]string{"met", "Jane Doe", "--where", "9999", "--program", prog, "--tz", "America/Los_Angeles"}, files...)...)
	if code != 1 || !strings.Contains(errs, `no item with that ID`) {
		t.Errorf("unknown item ID: exit %d\n%s", code, errs)
	}
}

// Parallel mets, each for a new person, in separate processes (as a user
// would run them; urfave/cli keeps global state, so one process cannot run
// two commands at once): the lock serializes them and no row is lost.
func TestMetConcurrent(t *testing.T) {
	// Eight new people whose names differ by one letter: --new, or met
	// would take each for a typo of the one added before it.
	dir, files := setup(t, testMap)
	const n = 8
	var wg sync.WaitGroup
	outs := make([][]byte, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			args := append([]string{"-test.run=^TestHelperConfplan$", "--", "met", fmt.Sprintf("Newcomer%c Person", 'A'+i), "--new", "--tz", "America/New_York", "--at", "2025-09-28 14:30"}, files...)
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = append(os.Environ(), "CONFPLAN_HELPER_PROCESS=1")
			outs[i], errs[i] = cmd.CombinedOutput()
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Errorf("met %d: %v\n%s", i, errs[i], outs[i])
		}
	}
	m := readFile(t, filepath.Join(dir, "network.csv"))
	lg := readFile(t, filepath.Join(dir, "encounters.csv"))
	if !strings.HasPrefix(m, testMap) {
		t.Errorf("existing rows changed")
	}
	for i := range n {
		name := fmt.Sprintf("Newcomer%c Person", 'A'+i)
		if strings.Count(m, name) != 1 || strings.Count(lg, name) != 1 {
			t.Errorf("%s: %d rows in the map, %d in the log; want 1 and 1", name, strings.Count(m, name), strings.Count(lg, name))
		}
	}
	if names := dirNames(t, dir); strings.Join(names, " ") != "encounters.csv network.csv network.csv.bak" {
		t.Errorf("files left: %v", names)
	}
}

// TestHelperConfplan is not a test: it runs confplan with the arguments
// after "--" when a test starts the test binary as a separate process.
func TestHelperConfplan(t *testing.T) {
	if os.Getenv("CONFPLAN_HELPER_PROCESS") != "1" {
		t.Skip("helper process for TestMetConcurrent")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(run(append([]string{"confplan"}, args...), os.Stdin, os.Stdout, os.Stderr))
}

// failingWriter writes half of what it is given, then fails.
type failingWriter struct{ w io.Writer }

func (f failingWriter) Write(p []byte) (int, error) {
	n, _ := f.w.Write(p[:len(p)/2])
	return n, errors.New("disk full (injected)")
}

func TestWriteFailureLeavesOriginal(t *testing.T) {
	tests := []struct {
		name   string
		failAt int // which temporary file fails: 1 = the map, 2 = the log, 3 = the map's backup, 4 = the journal
		log    string
	}{
		{"map write fails", 1, ""},
		{"log write fails", 2, "Met at,Name,Due,Status\n"},
		{"backup write fails", 3, "Met at,Name,Due,Status\n"},
		{"journal write fails after the backup", 4, "Met at,Name,Due,Status\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, files := setup(t, testMap)
			logPath := filepath.Join(dir, "encounters.csv")
			if tt.log != "" {
				os.WriteFile(logPath, []byte(tt.log), 0o644)
			}
			count := 0
			atomicfile.TestOnlyWriteHook = func(w io.Writer) io.Writer {
				count++
				if count == tt.failAt {
					return failingWriter{w}
				}
				return w
			}
			defer func() { atomicfile.TestOnlyWriteHook = nil }()
			_, errs, code := runCLI(t, append([]string{"met", "Jane Doe", "--tz", "America/New_York", "--at", "2025-09-28 14:30"}, files...)...)
			if code != 1 || !strings.Contains(errs, "disk full (injected)") {
				t.Fatalf("exit %d, want 1 with the write error\n%s", code, errs)
			}
			if got := readFile(t, filepath.Join(dir, "network.csv")); got != testMap {
				t.Errorf("map changed:\n%q", got)
			}
			want := []string{"network.csv"}
			if tt.log != "" {
				want = []string{"encounters.csv", "network.csv"}
				if got := readFile(t, logPath); got != tt.log {
					t.Errorf("log changed:\n%q", got)
				}
			}
			if tt.failAt == 4 {
				// The backup was made; it is the map as it is.
				want = append(want, "network.csv.bak")
				if got := readFile(t, filepath.Join(dir, "network.csv.bak")); got != testMap {
					t.Errorf("backup differs from the map")
				}
			}
			if names := dirNames(t, dir); strings.Join(names, " ") != strings.Join(want, " ") {
				t.Errorf("files left: %v, want %v", names, want)
			}
		})
	}
}

func TestRefusedWrites(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(t *testing.T, dir string)
		want    string
	}{
		{"changed on disk meanwhile", func(t *testing.T, dir string) {
			ledger.TestOnlyBeforeCommit = func() {
				// The user saves the file in Excel while confplan works.
				os.WriteFile(filepath.Join(dir, "network.csv"), []byte(testMap+"Excel,Row\r\n"), 0o644)
			}
		}, "changed on disk"},
		{"read-only file", func(t *testing.T, dir string) {
			os.Chmod(filepath.Join(dir, "network.csv"), 0o444)
		}, "read-only"},
		{"open in LibreOffice", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, ".~lock.network.csv#"), []byte("x"), 0o644)
		}, "open in a spreadsheet app"},
		{"malformed CSV", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "network.csv"), []byte("Name,Role\r\nJane Doe,\"Faculty\r\n"), 0o644)
		}, "network.csv:2: quoted field is never closed"},
		{"programs list given as map", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "network.csv"), []byte("Program,Aliases,City\r\nEmory,Winship,Atlanta\r\n"), 0o644)
		}, "programs list"},
		{"windows-1252 map", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "network.csv"), []byte("Name,Institution\r\nJane Doe,Charit\xe9\r\n"), 0o644)
		}, "network.csv:2: the file is not UTF-8"},
		{"log is not a log", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "encounters.csv"), []byte("Name,Role\r\nJane,PD\r\n"), 0o644)
		}, "not an encounter log"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, files := setup(t, testMap)
			tt.prepare(t, dir)
			defer func() { ledger.TestOnlyBeforeCommit = nil }()
			before := map[string]string{}
			for _, n := range dirNames(t, dir) {
				if n != "network.csv" || ledger.TestOnlyBeforeCommit == nil {
					before[n] = readFile(t, filepath.Join(dir, n))
				}
			}
			_, errs, code := runCLI(t, append([]string{"met", "Jane Doe", "--tz", "America/New_York", "--at", "2025-09-28 14:30"}, files...)...)
			if code != 1 || !strings.Contains(errs, tt.want) || !strings.HasPrefix(errs, "confplan: error: ") {
				t.Fatalf("exit %d, want 1 and %q\n%s", code, tt.want, errs)
			}
			after := dirNames(t, dir)
			if ledger.TestOnlyBeforeCommit != nil {
				if got := readFile(t, filepath.Join(dir, "network.csv")); got != testMap+"Excel,Row\r\n" {
					t.Errorf("the user's save was overwritten")
				}
			}
			for n, content := range before {
				if got := readFile(t, filepath.Join(dir, n)); got != content {
					t.Errorf("%s changed", n)
				}
			}
			if len(after) != len(before)+boolInt(ledger.TestOnlyBeforeCommit != nil) {
				t.Errorf("files now %v", after)
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions")
	}
	dir, files := setup(t, testMap)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	_, errs, code := runCLI(t, append([]string{"met", "Jane Doe", "--tz", "America/New_York"}, files...)...)
	if code != 1 || !strings.Contains(errs, "cannot lock") {
		t.Errorf("exit %d\n%s", code, errs)
	}
	if got := readFile(t, filepath.Join(dir, "network.csv")); got != testMap {
		t.Errorf("map changed")
	}
	// Listing needs no lock it cannot take.
	if _, errs, code := runCLI(t, append([]string{"followups", "--tz", "America/New_York"}, files...)...); code != 0 {
		t.Errorf("followups in a read-only folder: exit %d\n%s", code, errs)
	}
}

func TestLocks(t *testing.T) {
	defer func(d time.Duration) { ledger.LockWait = d }(ledger.LockWait)
	ledger.LockWait = 100 * time.Millisecond

	// A lock left by a process that no longer exists is taken over.
	dir, files := setup(t, testMap)
	lock := filepath.Join(dir, "network.csv.lock")
	os.WriteFile(lock, []byte("2147483646\n2025-09-28T10:00:00Z\n"), 0o644)
	mustRun(t, append([]string{"met", "Jane Doe", "--tz", "America/New_York", "--at", "2025-09-28 14:30"}, files...)...)
	if _, err := os.Stat(lock); err == nil {
		t.Errorf("stale lock left behind")
	}

	// A live lock (this process holds it) makes the command wait, then
	// give up with advice.
	unlock, err := ledger.LockFile(filepath.Join(dir, "network.csv"))
	if err != nil {
		t.Fatal(err)
	}
	before := readFile(t, filepath.Join(dir, "network.csv"))
	_, errs, code := runCLI(t, append([]string{"met", "Jane Doe", "--tz", "America/New_York", "--at", "2025-09-29 14:30"}, files...)...)
	unlock()
	if code != 1 || !strings.Contains(errs, "locked by another confplan") || !strings.Contains(errs, "delete "+lock) {
		t.Errorf("exit %d\n%s", code, errs)
	}
	if got := readFile(t, filepath.Join(dir, "network.csv")); got != before {
		t.Errorf("map changed while locked")
	}
}

// The whole loop on a copy of the demo network map: every row but the
// one met is byte for byte what it was.
func TestDemoNetworkLoop(t *testing.T) {
	demo, err := os.ReadFile(filepath.Join("..", "shared", "samples", "astro-demo", "network.csv"))
	if err != nil {
		t.Skip("demo data absent:", err)
	}
	dir, files := setup(t, string(demo))
	tz := []string{"--tz", "America/Los_Angeles"}
	mustRun(t, append(append([]string{"met", "Ana De La Cruz", "--at", "2025-09-28 18:30", "--where", "ARRO reception"}, tz...), files...)...)
	mustRun(t, append(append([]string{"met", "Tuan Sato", "--at", "2025-09-29 10:15", "--where", "poster 2034", "--notes", "the dosimetry poster"}, tz...), files...)...)
	mustRun(t, append(append([]string{"met", "Amelia Newcomb", "--institution", "Fox Chase Cancer Center", "--at", "2025-09-29 12:00", "--where", "Meet the Expert session"}, tz...), files...)...)
	got := followupsJSON(t, files, "2025-10-01 09:00")
	if len(got.FollowUps) != 3 {
		t.Fatalf("%d follow-ups, want 3", len(got.FollowUps))
	}
	mustRun(t, append(append([]string{"done", "Ana De La Cruz", "--at", "2025-09-30 19:00"}, tz...), files...)...)
	mustRun(t, append(append([]string{"done", "Tuan Sato", "--response", "Come visit in November"}, tz...), files...)...)
	after := readFile(t, filepath.Join(dir, "network.csv"))
	changed := changedLines(t, string(demo), after)
	if len(changed) != 3 {
		t.Errorf("changed lines: %q", changed)
	}
	for _, c := range changed {
		if !strings.HasPrefix(c, "Dr. Ana De La Cruz,") && !strings.HasPrefix(c, "Dr. Tuan Sato,") && !strings.HasPrefix(c, "Amelia Newcomb,") {
			t.Errorf("unexpected change: %q", c)
		}
	}
	// Every original line but the two edited is in place, in order.
	ol := strings.Split(string(demo), "\r\n")
	al := strings.Split(after, "\r\n")
	for i := range len(ol) - 1 {
		if ol[i] != al[i] && !strings.HasPrefix(ol[i], "Dr. Ana De La Cruz,") && !strings.HasPrefix(ol[i], "Dr. Tuan Sato,") {
			t.Errorf("line %d changed:\n%q\n%q", i+1, ol[i], al[i])
		}
	}
}

// A time with an offset needs no --tz: the log keeps the offset as the
// zone, and followups and done read it back without --tz.
func TestMetWithOffsetNeedsNoZone(t *testing.T) {
	dir, files := setup(t, testMap)
	out := mustRun(t, append([]string{"met", "Jane Doe", "--at", "2025-09-28T14:30:00-07:00"}, files...)...)
	if !strings.Contains(out, "Sun Sep 28 14:30 UTC-07:00") {
		t.Errorf("met output:\n%s", out)
	}
	if lg := readFile(t, filepath.Join(dir, "encounters.csv")); !strings.Contains(lg, ",UTC-07:00\r\n") {
		t.Errorf("log zone:\n%s", lg)
	}
	out = mustRun(t, append([]string{"followups", "--now", "2025-09-30 14:30", "--format", "csv"}, files...)...)
	if !strings.Contains(out, "due,2025-10-01T14:30:00-07:00,2025-09-30T14:30:00-07:00,first,Dr. Jane Doe") {
		t.Errorf("followups:\n%s", out)
	}
	mustRun(t, append([]string{"done", "Jane Doe", "--at", "2025-09-30 15:00"}, files...)...)
}

// Someone met twice before the first email gets one email, due by the
// earlier deadline; done marks both encounters followed up.
func TestMetTwiceOneEmail(t *testing.T) {
	_, files := setup(t, testMap)
	tz := []string{"--tz", "America/New_York"}
	mustRun(t, append(append([]string{"met", "Jane Doe", "--at", "2025-09-27 10:00", "--where", "poster 2034"}, tz...), files...)...)
	mustRun(t, append(append([]string{"met", "Jane Doe", "--at", "2025-09-28 18:00", "--where", "ARRO reception"}, tz...), files...)...)
	got := followupsJSON(t, files, "2025-09-29 12:00")
	if len(got.FollowUps) != 1 || got.FollowUps[0].Due != "2025-09-30T10:00:00-04:00" {
		t.Fatalf("want one follow-up due 2025-09-30T10:00:00-04:00, got %+v", got.FollowUps)
	}
	mustRun(t, append(append([]string{"done", "Jane Doe", "--at", "2025-09-29 13:00"}, tz...), files...)...)
	got = followupsJSON(t, files, "2025-10-06 13:00")
	if len(got.FollowUps) != 1 || got.FollowUps[0].Kind != "second" {
		t.Fatalf("want one second touch, got %+v", got.FollowUps)
	}
}

// A network map that is a symlink (kept in a synced folder) stays one.
func TestMetThroughSymlink(t *testing.T) {
	dir, _ := setup(t, testMap)
	synced := filepath.Join(dir, "synced")
	os.Mkdir(synced, 0o755)
	os.Rename(filepath.Join(dir, "network.csv"), filepath.Join(synced, "network.csv"))
	if err := os.Symlink(filepath.Join(synced, "network.csv"), filepath.Join(dir, "network.csv")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	mustRun(t, "met", "Jane Doe", "--tz", "America/New_York", "--at", "2025-09-28 14:30", "--network", filepath.Join(dir, "network.csv"))
	fi, err := os.Lstat(filepath.Join(dir, "network.csv"))
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the symlink was replaced by a file")
	}
	if got := readFile(t, filepath.Join(synced, "network.csv")); !strings.Contains(got, "Follow up by 2025-10-01") {
		t.Errorf("the target was not updated:\n%s", got)
	}
	if got := readFile(t, filepath.Join(synced, "network.csv.bak")); got != testMap {
		t.Errorf("no backup next to the target")
	}
}

func TestDoneNamesakes(t *testing.T) {
	dir, files := setup(t, testMap)
	tz := []string{"--tz", "America/New_York"}
	mustRun(t, append(append([]string{"met", "Jennifer Smith", "--institution", "UCSF", "--at", "2025-09-28 10:00"}, tz...), files...)...)
	mustRun(t, append(append([]string{"met", "Jennifer Smith", "--institution", "Duke University", "--at", "2025-09-28 11:00"}, tz...), files...)...)
	logPath := filepath.Join(dir, "encounters.csv")
	before := readFile(t, logPath)
	_, errs, code := runCLI(t, append(append([]string{"done", "Jennifer Smith"}, tz...), files...)...)
	if code != 1 || !strings.Contains(errs, "several people") || !strings.Contains(errs, "--institution") {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if readFile(t, logPath) != before {
		t.Errorf("log changed on an ambiguous done")
	}
	mustRun(t, append(append([]string{"done", "Jennifer Smith", "--institution", "Duke University", "--at", "2025-09-30 12:00"}, tz...), files...)...)
	got := followupsJSON(t, files, "2025-09-30 12:30")
	kinds := map[string]string{}
	for _, f := range got.FollowUps {
		kinds[f.Institution] = f.Kind + " " + f.Status
	}
	if len(kinds) != 2 || kinds["University of California, San Francisco"] != "first due" || kinds["Duke University"] != "second upcoming" {
		t.Errorf("after done for the Duke namesake: %v", kinds)
	}
}

// --email and --institution fill empty cells of a known person and never
// overwrite the user's.
func TestMetFillsEmptyCellsOnly(t *testing.T) {
	m := "Name,Institution,Email,Next step\nDr. Raj Patel,Emory,,\nAna Gomez,,ana@old.example,\n"
	dir, files := setup(t, m)
	tz := []string{"--tz", "America/New_York", "--at", "2025-09-28 10:00"}
	mustRun(t, append(append([]string{"met", "Raj Patel", "--email", "raj@emory.example"}, tz...), files...)...)
	mustRun(t, append(append([]string{"met", "Ana Gomez", "--email", "ana@new.example"}, tz...), files...)...)
	mustRun(t, append(append([]string{"met", "Lee Wong", "--role", "Program Director", "--institution", "Yale"}, tz...), files...)...)
	want := "Name,Institution,Email,Next step\nDr. Raj Patel,Emory,raj@emory.example,Follow up by 2025-10-01\nAna Gomez,,ana@old.example,Follow up by 2025-10-01\nLee Wong,Yale,,Follow up by 2025-10-01\n"
	if got := readFile(t, filepath.Join(dir, "network.csv")); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A title row above the table stays where it is; the right row is edited.
func TestMetMapWithTitleRow(t *testing.T) {
	m := "My ASTRO 2025 contacts;;\r\n;;\r\nName;Institution;Next step\r\nDr. Raj Patel;Emory;\r\nAna Gomez;Yale;call\r\n"
	dir, files := setup(t, m)
	mustRun(t, append([]string{"met", "Ana Gomez", "--tz", "America/New_York", "--at", "2025-09-28 10:00"}, files...)...)
	want := "My ASTRO 2025 contacts;;\r\n;;\r\nName;Institution;Next step\r\nDr. Raj Patel;Emory;\r\nAna Gomez;Yale;Follow up by 2025-10-01\r\n"
	if got := readFile(t, filepath.Join(dir, "network.csv")); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
