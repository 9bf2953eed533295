//go:build linux

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
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
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("confplan plan: %v\n%.2000s", err, out)
				}
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					peak = max(peak, ru.Maxrss) // kilobytes
				}
			}
			if peak == 0 {
				b.Skip("this system does not report the peak memory of a process")
			}
			b.ReportMetric(float64(peak)/1024, "peak-MB")
		})
	}
}
