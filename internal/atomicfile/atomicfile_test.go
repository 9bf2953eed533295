package atomicfile_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/confplan/confplan/internal/atomicfile"
)

func names(t *testing.T, dir string) string {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return strings.Join(out, " ")
}

type failing struct{ w io.Writer }

func (f failing) Write(p []byte) (int, error) { return 0, errors.New("disk full (injected)") }

// WriteAll writes every file or none: a failure on the last leaves the
// first as it was and no temporary file.
func TestWriteAll(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.ics"), filepath.Join(dir, "b.md")
	os.WriteFile(a, []byte("old a"), 0o600)
	n := 0
	atomicfile.TestOnlyWriteHook = func(w io.Writer) io.Writer {
		n++
		if n == 2 {
			return failing{w}
		}
		return w
	}
	err := atomicfile.WriteAll(atomicfile.File{Path: a, Data: []byte("new a")}, atomicfile.File{Path: b, Data: []byte("new b")})
	atomicfile.TestOnlyWriteHook = nil
	if err == nil {
		t.Fatal("no error")
	}
	if got, _ := os.ReadFile(a); string(got) != "old a" {
		t.Errorf("a = %q", got)
	}
	if got := names(t, dir); got != "a.ics" {
		t.Errorf("files: %s", got)
	}
	if err := atomicfile.WriteAll(atomicfile.File{Path: a, Data: []byte("new a")}, atomicfile.File{Path: b, Data: []byte("new b")}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(a); string(got) != "new a" {
		t.Errorf("a = %q", got)
	}
	if fi, _ := os.Stat(a); fi.Mode().Perm() != 0o600 {
		t.Errorf("a lost its permissions: %v", fi.Mode())
	}
}

func TestRemoveTemps(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "network.csv")
	for _, n := range []string{"network.csv", ".network.csv.tmp123", ".network.csv.tmp9", ".network.csv.tmpx", "other.csv", ".other.csv.tmp1"} {
		os.WriteFile(filepath.Join(dir, n), nil, 0o644)
	}
	if got := atomicfile.RemoveTemps(p); got != 2 {
		t.Errorf("removed %d, want 2", got)
	}
	if got := names(t, dir); got != ".network.csv.tmpx .other.csv.tmp1 network.csv other.csv" {
		t.Errorf("files: %s", got)
	}
}

// A symlinked target stays a symlink; the file it points to changes.
func TestWriteFileSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.csv")
	link := filepath.Join(dir, "link.csv")
	os.WriteFile(real, []byte("old"), 0o644)
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	if err := atomicfile.WriteFile(link, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file")
	}
	if got, _ := os.ReadFile(real); string(got) != "new" {
		t.Errorf("real = %q", got)
	}
}
