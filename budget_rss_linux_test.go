//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkPeakMemory runs the real `confplan plan` on the generated files
// at 1× and 10× ASTRO size, writing the calendar and the checklist, and
// reports the process's peak resident memory (issue 13's budget: 150 MB at
// ASTRO size). The binary is built once, outside the timed loop.
func BenchmarkPeakMemory(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "confplan")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Skipf("cannot build confplan: %v\n%s", err, out)
	}
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			dir := b.TempDir()
			f := astroFiles(k)
			for name, data := range map[string][]byte{
				"program.html": f.Program, "posters.csv": f.Posters, "arro.csv": f.ARRO,
				"network.csv": f.Network, "programs.csv": f.Programs,
			} {
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					b.Fatal(err)
				}
			}
			var peak int64
			for b.Loop() {
				cmd := exec.Command(bin, "plan", "--targets", "network.csv", "--programs", "programs.csv",
					"--ics", "out.ics", "--checklist", "out.md", "program.html", "posters.csv", "arro.csv")
				cmd.Dir = dir
				var out bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &out
				kb, err := peakRSS(cmd)
				if err != nil {
					b.Fatalf("confplan plan: %v\n%.2000s", err, out.Bytes())
				}
				peak = max(peak, kb)
			}
			if peak == 0 {
				b.Skip("this system does not report the peak memory of a process")
			}
			b.ReportMetric(float64(peak)/1024, "peak-MB")
		})
	}
}

// peakRSS runs cmd and returns its peak resident memory in kilobytes:
// the VmHWM of its /proc/PID/status, read every millisecond while it
// runs (the high-water mark only rises, so a read after the peak holds
// it). Not the rusage of the finished process: Go starts a child with
// vfork, and at exec the kernel folds the high-water mark of the image
// the child leaves, this process's, into the child's ru_maxrss
// (go.dev/issue/32054), which is then never below this benchmark's own
// resident memory. 0 when the system shows no VmHWM.
func peakRSS(cmd *exec.Cmd) (int64, error) {
	if err := cmd.Start(); err != nil { // returns once the child has run exec
		return 0, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	var peak int64
	for {
		peak = max(peak, vmHWM(status))
		select {
		case err := <-done:
			return peak, err
		case <-tick.C:
		}
	}
}

// vmHWM is the VmHWM line of a /proc status file, in kilobytes; 0 when
// there is none (a process that has exited has no memory image).
func vmHWM(status string) int64 {
	data, err := os.ReadFile(status)
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}

// TestPeakRSSIsTheChilds: a small child started while this process holds
// 64 MB reports its own peak, not this process's (ru_maxrss would).
func TestPeakRSSIsTheChilds(t *testing.T) {
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep command")
	}
	if vmHWM("/proc/self/status") == 0 {
		t.Skip("this system shows no VmHWM")
	}
	held := make([]byte, 64<<20)
	for i := range held {
		held[i] = 1 // resident
	}
	kb, err := peakRSS(exec.Command(sleep, "0.2"))
	if err != nil {
		t.Fatal(err)
	}
	if kb == 0 || kb > 32<<10 {
		t.Errorf("peakRSS of sleep = %d kB; want its own few MB, not this process's %d MB", kb, len(held)>>20)
	}
	if held[len(held)-1] != 1 {
		t.Fatal("held memory changed")
	}
}
