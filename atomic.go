package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Writing the user's files.
//
// The network map and the encounter log are the user's data. confplan
// changes them only this way:
//
//  1. lock: create FILE.lock with O_EXCL (waiting a few seconds for
//     another confplan to finish), so two commands at once never lose
//     each other's rows; a lock left by a dead process is taken over;
//  2. read the file and remember its size, modification time and hash;
//  3. compute the new bytes;
//  4. check the file on disk is still what was read (the user may have
//     saved it in Excel meanwhile), and is not open in LibreOffice or
//     Excel, nor read-only;
//  5. write a temporary file in the same folder, fsync it, close it,
//     copy the old file to FILE.bak the same way, and rename the
//     temporary file over FILE.
//
// Any failure before the rename leaves the original untouched and no
// temporary file behind.

// lockWait is how long a command waits for another's lock (a variable
// only so tests can shorten it).
var lockWait = 10 * time.Second

// staleLock is the age after which a lock whose owner cannot be checked
// is considered abandoned.
const staleLock = 2 * time.Minute

// testOnlyBeforeWrite, when set by a test, runs after the files were read
// and before they are checked and written: the moment a user might save
// the file in Excel.
var testOnlyBeforeWrite func()

// testOnlyWriteHook, when set by a test, wraps the writer of every
// temporary file, so a test can fail a write midway.
var testOnlyWriteHook func(io.Writer) io.Writer

// fileState is what was read of a file: enough to tell whether it changed.
type fileState struct {
	exists bool
	size   int64
	mtime  time.Time
	mode   fs.FileMode
	sum    [sha256.Size]byte
}

// readTracked reads path and remembers its state. A missing file reads as
// empty with exists false.
func readTracked(path string) ([]byte, fileState, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fileState{}, nil
	}
	if err != nil {
		return nil, fileState{}, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fileState{}, err
	}
	return data, fileState{exists: true, size: fi.Size(), mtime: fi.ModTime(), mode: fi.Mode(), sum: sha256.Sum256(data)}, nil
}

// errChanged is returned when a file changed on disk since it was read.
var errChanged = errors.New("changed on disk")

// checkUnchanged verifies path is still as it was read.
func checkUnchanged(path string, was fileState) error {
	cur, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if was.exists {
			return withHint(fmt.Errorf("%s: was removed while confplan was working; nothing written: %w", path, errChanged), "run the command again")
		}
		return nil
	case err != nil:
		return err
	case !was.exists:
		return withHint(fmt.Errorf("%s: was created by something else while confplan was working; nothing written: %w", path, errChanged), "run the command again")
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if fi.Size() != was.size || !fi.ModTime().Equal(was.mtime) || sha256.Sum256(cur) != was.sum {
		return withHint(fmt.Errorf("%s: changed on disk since confplan read it; nothing written: %w", path, errChanged),
			"save and close it in your spreadsheet app, then run the command again")
	}
	return nil
}

// checkWritable refuses files a write would damage or lose: read-only
// files and files open in a spreadsheet app that keeps an owner file.
func checkWritable(path string, was fileState) error {
	dir, base := filepath.Split(path)
	for _, owner := range []string{".~lock." + base + "#", "~$" + base} {
		if _, err := os.Stat(filepath.Join(dir, owner)); err == nil {
			return withHint(fmt.Errorf("%s: is open in a spreadsheet app (found %s); nothing written", path, owner),
				"close it there first; if it is not open, delete %s", filepath.Join(dir, owner))
		}
	}
	if was.exists && was.mode&0o200 == 0 {
		return withHint(fmt.Errorf("%s: is read-only; nothing written", path), "make it writable (chmod u+w) or pass another file")
	}
	return nil
}

// writeAtomic replaces path with data as described above. was is the
// state the caller read; backup keeps the previous content in path+".bak".
func writeAtomic(path string, data []byte, was fileState, backup bool) error {
	// A symlinked file (a map kept in a synced folder) stays a symlink:
	// the file it points to is replaced.
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if err := checkWritable(path, was); err != nil {
		return err
	}
	if err := checkUnchanged(path, was); err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if was.exists {
		mode = was.mode.Perm()
	}
	if backup && was.exists {
		old, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := writeFileAtomic(path+".bak", old, mode); err != nil {
			return fmt.Errorf("keeping a backup: %w", err)
		}
	}
	return writeFileAtomic(path, data, mode)
}

// writeFileAtomic writes data to a temporary file next to path, syncs it
// and renames it over path.
func writeFileAtomic(path string, data []byte, mode fs.FileMode) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return withHint(fmt.Errorf("cannot write in %s: %w", dir, unwrapPath(err)), "check the folder is writable")
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	var w io.Writer = f
	if testOnlyWriteHook != nil {
		w = testOnlyWriteHook(w)
	}
	if _, err = io.Copy(w, bytes.NewReader(data)); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = f.Chmod(mode); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return withHint(fmt.Errorf("replacing %s: %w", path, unwrapPath(err)), "is it open in another program?")
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync() // make the rename durable; not all systems support it
		d.Close()
	}
	return nil
}

func unwrapPath(err error) error {
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

// lockFiles takes the locks of several files in a fixed order and returns
// a function that releases them all.
func lockFiles(paths ...string) (unlock func(), err error) {
	var held []func()
	release := func() {
		for i := len(held) - 1; i >= 0; i-- {
			held[i]()
		}
	}
	seen := make(map[string]bool)
	for _, p := range paths {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real // one lock per file, however it is reached
		}
		abs, _ := filepath.Abs(p)
		if seen[abs] {
			continue
		}
		seen[abs] = true
		u, err := lockFile(p)
		if err != nil {
			release()
			return nil, err
		}
		held = append(held, u)
	}
	return release, nil
}

// lockFile takes path+".lock", waiting up to lockWait for another
// confplan to release it. A lock whose process is gone, or older than
// staleLock when that cannot be checked, is taken over.
func lockFile(path string) (unlock func(), err error) {
	lock := path + ".lock"
	deadline := time.Now().Add(lockWait)
	tookOver := false
	for {
		f, err := os.OpenFile(lock, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			fmt.Fprintf(f, "%d\n%s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))
			f.Close()
			return func() { os.Remove(lock) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, withHint(fmt.Errorf("cannot lock %s: %w", path, unwrapPath(err)), "check the folder is writable")
		}
		if !tookOver && lockIsStale(lock) {
			tookOver = true
			os.Remove(lock)
			continue
		}
		if time.Now().After(deadline) {
			owner := strings.TrimSpace(readHead(lock))
			return nil, withHint(fmt.Errorf("%s is locked by another confplan (%s)", path, strings.ReplaceAll(owner, "\n", ", since ")),
				"wait for it to finish; if no confplan is running, delete %s", lock)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// lockIsStale reports whether a lock file's owner is gone.
func lockIsStale(lock string) bool {
	head := readHead(lock)
	lines := strings.SplitN(head, "\n", 3)
	if len(lines) < 2 {
		// Being written right now, or damaged: judge by age.
		fi, err := os.Stat(lock)
		return err == nil && time.Since(fi.ModTime()) > staleLock
	}
	pid, err := strconv.Atoi(strings.TrimSpace(lines[0]))
	if err == nil && pid > 0 {
		if pid == os.Getpid() {
			return false // another goroutine of this process
		}
		if processGone(pid) {
			return true
		}
		fi, err := os.Stat(lock)
		return err == nil && time.Since(fi.ModTime()) > 24*time.Hour
	}
	fi, err := os.Stat(lock)
	return err == nil && time.Since(fi.ModTime()) > staleLock
}

func readHead(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	b := make([]byte, 256)
	n, _ := io.ReadFull(f, b)
	return string(b[:n])
}
