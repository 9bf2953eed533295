// Package atomicfile writes files all or nothing: a reader (or a crash)
// sees either the old content or the new, never a mix, and a failed write
// leaves no temporary file behind.
//
// The recipe is the one restic, litestream and age use: write a temporary
// file in the target's own folder (so the rename stays on one file
// system), sync it, close it, rename it over the target, then sync the
// folder so the rename itself survives a power cut. A symlinked target
// stays a symlink: the file it points to is replaced.
//
// Temporary files are named ".NAME.tmp" followed by random digits, so
// [RemoveTemps] can find the ones a killed process left.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// TestOnlyWriteHook, when set by a test, wraps the writer of every
// temporary file, so a test can fail a write midway.
var TestOnlyWriteHook func(io.Writer) io.Writer

// Error is a failed write with advice for the user.
type Error struct {
	Err  error
	Hint string
}

func (e *Error) Error() string  { return e.Err.Error() }
func (e *Error) Unwrap() error  { return e.Err }
func (e *Error) Advice() string { return e.Hint }

// Resolve follows symlinks to the file a write must replace; a path that
// does not exist yet is returned as is.
func Resolve(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	return path
}

// Temp is a temporary file written and synced next to its target, ready
// to be renamed over it. Stage makes one; Commit or Discard ends it.
type Temp struct {
	Path   string // the target
	tmp    string
	closed bool
}

// Stage writes data to a temporary file next to path with the given mode
// and syncs it. Nothing is visible at path until Commit.
func Stage(path string, data []byte, mode fs.FileMode) (_ *Temp, err error) {
	path = Resolve(path)
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return nil, &Error{fmt.Errorf("cannot write in %s: %w", dir, Unwrap(err)), "check the folder is writable and has space"}
	}
	t := &Temp{Path: path, tmp: f.Name()}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(t.tmp)
		}
	}()
	var w io.Writer = f
	if TestOnlyWriteHook != nil {
		w = TestOnlyWriteHook(w)
	}
	if _, err = w.Write(data); err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	if err = f.Chmod(mode); err != nil {
		return nil, err
	}
	if err = f.Sync(); err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return t, nil
}

// Commit renames the temporary file over its target and syncs the folder.
func (t *Temp) Commit() error {
	if err := os.Rename(t.tmp, t.Path); err != nil {
		os.Remove(t.tmp)
		return &Error{fmt.Errorf("replacing %s: %w", t.Path, Unwrap(err)), "is it open in another program?"}
	}
	t.closed = true
	SyncDir(filepath.Dir(t.Path))
	return nil
}

// Discard removes the temporary file, if it was not committed.
func (t *Temp) Discard() {
	if !t.closed {
		os.Remove(t.tmp)
		t.closed = true
	}
}

// SyncDir makes renames in dir durable; not every system supports it,
// so failures are ignored.
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// WriteFile replaces path with data atomically.
func WriteFile(path string, data []byte, mode fs.FileMode) error {
	t, err := Stage(path, data, mode)
	if err != nil {
		return err
	}
	return t.Commit()
}

// File is one output of WriteAll.
type File struct {
	Path string
	Data []byte
}

// WriteAll writes several files all or nothing: every temporary file is
// written and synced first, so a full disk or a read-only folder fails
// before any file changes; then each is renamed into place. When a rename
// fails, the files already replaced are put back as they were (or
// removed, if they were new). A file keeps its permissions; a new one
// gets 0644.
func WriteAll(files ...File) error {
	type prior struct {
		path    string
		data    []byte
		existed bool
		mode    fs.FileMode
	}
	temps := make([]*Temp, 0, len(files))
	priors := make([]prior, 0, len(files))
	discard := func() {
		for _, t := range temps {
			t.Discard()
		}
	}
	for _, f := range files {
		p := prior{path: Resolve(f.Path), mode: 0o644}
		if st, err := os.Stat(p.path); err == nil {
			p.existed, p.mode = true, st.Mode().Perm()
			if p.data, err = os.ReadFile(p.path); err != nil {
				discard()
				return err
			}
		}
		t, err := Stage(p.path, f.Data, p.mode)
		if err != nil {
			discard()
			return err
		}
		temps, priors = append(temps, t), append(priors, p)
	}
	for i, t := range temps {
		if err := t.Commit(); err != nil {
			discard()
			for j := i - 1; j >= 0; j-- {
				if priors[j].existed {
					WriteFile(priors[j].path, priors[j].data, priors[j].mode)
				} else {
					os.Remove(priors[j].path)
				}
			}
			return err
		}
	}
	return nil
}

// RemoveTemps removes the temporary files of path that a killed process
// left behind. Only a caller that holds the file's lock may call it, since
// another writer's temporary file looks the same. It returns how many it
// removed.
func RemoveTemps(path string) int {
	path = Resolve(path)
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	prefix := "." + base + ".tmp"
	for _, e := range entries {
		if name := e.Name(); strings.HasPrefix(name, prefix) && allDigits(name[len(prefix):]) {
			if os.Remove(filepath.Join(dir, name)) == nil {
				n++
			}
		}
	}
	return n
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Unwrap strips the path from an os error: messages name the file once.
func Unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
