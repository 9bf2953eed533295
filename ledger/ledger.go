package ledger

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/confplan/confplan/internal/atomicfile"
	"github.com/confplan/confplan/sources"
)

// MaxFile is the largest map or log confplan reads.
const MaxFile = 10 << 20

// Error is a failure with a line of advice for the user: the same type
// the atomic writes return, so the command line prints both one way.
type Error = atomicfile.Error

// fail is an Error with its advice.
func fail(err error, hint string) *Error { return &Error{Err: err, Hint: hint} }

// ErrChanged is returned when a file changed on disk since it was read.
var ErrChanged = errors.New("changed on disk")

// TestOnlyStep, when set by a test, is called at each step of Commit and
// recovery with the step's name: the kill tests stop the process there.
var TestOnlyStep func(step string)

// TestOnlyBeforeCommit, when set by a test, runs when Commit starts: the
// moment a user might save the map in Excel.
var TestOnlyBeforeCommit func()

func step(name string) {
	if TestOnlyStep != nil {
		TestOnlyStep(name)
	}
}

// Options say how a command uses the ledger.
type Options struct {
	// ReadOnly opens for reading (a listing, a dry run): when the folder
	// cannot hold a lock, the files are read without one.
	ReadOnly bool
	// MapOptional lets a missing network map read as none (Net is nil).
	MapOptional bool
}

// Ledger is the network map and the encounter log, open under the lock.
type Ledger struct {
	Net   *sources.NetworkMap // nil when missing and Options.MapOptional
	Log   *sources.EncounterLog
	Notes []string // what Open repaired, for warnings

	net, log tracked
	ro       bool
	unlock   func()
}

// tracked is a file as read: enough to write it back and to tell whether
// it changed.
type tracked struct {
	path string
	data []byte
	st   fileState
}

type fileState struct {
	exists bool
	size   int64
	mtime  time.Time
	mode   fs.FileMode
	sum    [sha256.Size]byte
}

// Open locks the map and the log, repairs what a killed confplan left, and
// reads both. The map must exist (unless MapOptional); the log is created
// by the first Commit when missing.
func Open(netPath, logPath string, opt Options) (*Ledger, error) {
	if Same(netPath, logPath) {
		return nil, fail(errors.New("--log and --network name the same file"), "the encounter log is a separate CSV, e.g. --log encounters.csv")
	}
	l := &Ledger{ro: opt.ReadOnly, unlock: func() {}}
	unlock, err := lockFiles(netPath, logPath)
	switch {
	case err == nil:
		l.unlock = unlock
		notes, err := l.repair(netPath, logPath)
		if err != nil {
			unlock()
			return nil, err
		}
		l.Notes = notes
	case opt.ReadOnly && (errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)):
		// A listing in a read-only folder: nothing to repair we could write.
	default:
		return nil, err
	}
	if err := l.read(netPath, logPath, opt); err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

// Close releases the lock. It is safe to call twice.
func (l *Ledger) Close() {
	l.unlock()
	l.unlock = func() {}
}

func (l *Ledger) read(netPath, logPath string, opt Options) error {
	var err error
	if l.net, err = readTracked(netPath); err != nil {
		return err
	}
	if !l.net.st.exists {
		if !opt.MapOptional {
			return fail(fmt.Errorf("%s: no such file", netPath), "pass your network map with --network, or create a CSV with the header Name,Role,Institution,Email,How I found them,Date contacted,Response,Next step")
		}
	} else if l.Net, err = sources.ParseNetworkMap(l.net.data, netPath); err != nil {
		return err
	}
	if l.log, err = readTracked(logPath); err != nil {
		return err
	}
	if l.Log, err = sources.ReadEncounterLog(bytes.NewReader(l.log.data), logPath); err != nil {
		return err
	}
	if l.Net != nil {
		l.Log.Like(l.Net.Sheet)
	}
	return nil
}

// ReadFile reads one of the user's files for reading only (the programs
// list, a network map given to match), refusing one over MaxFile.
func ReadFile(path string) ([]byte, error) {
	t, err := readTracked(path)
	if err != nil {
		return nil, err
	}
	if !t.st.exists {
		return nil, fail(fmt.Errorf("%s: no such file", path), "check the file name")
	}
	return t.data, nil
}

// readTracked reads path and remembers its state. A missing file reads as
// empty with exists false.
func readTracked(path string) (tracked, error) {
	t := tracked{path: absPath(path)}
	fi, err := os.Stat(t.path)
	if errors.Is(err, fs.ErrNotExist) {
		return t, nil
	}
	if err != nil {
		return t, fail(fmt.Errorf("%s: %w", path, atomicfile.Unwrap(err)), "check the file's permissions")
	}
	if fi.IsDir() {
		return t, fail(fmt.Errorf("%s: is a folder, not a file", path), "pass the file itself")
	}
	if fi.Size() > MaxFile {
		return t, fail(fmt.Errorf("%s: is %d MB; confplan reads files of up to %d MB", path, (fi.Size()+(1<<20)-1)>>20, MaxFile>>20),
			"is this the right file? A network map is a spreadsheet of a few hundred rows")
	}
	f, err := os.Open(t.path)
	if err != nil {
		return t, fail(fmt.Errorf("%s: %w", path, atomicfile.Unwrap(err)), "check the file's permissions")
	}
	defer f.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(io.LimitReader(f, MaxFile+1)); err != nil {
		return t, fail(fmt.Errorf("%s: %w", path, atomicfile.Unwrap(err)), "check the file's permissions")
	}
	if b.Len() > MaxFile {
		return t, fail(fmt.Errorf("%s: is over %d MB", path, MaxFile>>20), "is this the right file?")
	}
	t.data = b.Bytes()
	t.st = fileState{exists: true, size: fi.Size(), mtime: fi.ModTime(), mode: fi.Mode(), sum: sha256.Sum256(t.data)}
	return t, nil
}

// absPath is the file a path names, symlinks followed, as an absolute
// path: the journal must name it wherever the next command runs.
func absPath(path string) string {
	p := atomicfile.Resolve(path)
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// checkUnchanged verifies the file is still as it was read.
func (t tracked) checkUnchanged() error {
	cur, err := os.ReadFile(t.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if t.st.exists {
			return fail(fmt.Errorf("%s: was removed while confplan was working; nothing written: %w", t.path, ErrChanged), "run the command again")
		}
		return nil
	case err != nil:
		return err
	case !t.st.exists:
		return fail(fmt.Errorf("%s: was created by something else while confplan was working; nothing written: %w", t.path, ErrChanged), "run the command again")
	}
	fi, err := os.Stat(t.path)
	if err != nil {
		return err
	}
	if fi.Size() != t.st.size || !fi.ModTime().Equal(t.st.mtime) || sha256.Sum256(cur) != t.st.sum {
		return fail(fmt.Errorf("%s: changed on disk since confplan read it; nothing written: %w", t.path, ErrChanged),
			"save and close it in your spreadsheet app, then run the command again")
	}
	return nil
}

// checkWritable refuses files a write would damage or lose: read-only
// files and files open in a spreadsheet app that keeps an owner file.
func (t tracked) checkWritable() error {
	dir, base := filepath.Split(t.path)
	for _, owner := range []string{".~lock." + base + "#", "~$" + base} {
		if _, err := os.Stat(filepath.Join(dir, owner)); err == nil {
			return fail(fmt.Errorf("%s: is open in a spreadsheet app (found %s); nothing written", t.path, owner),
				fmt.Sprintf("close it there first; if it is not open, delete %s", filepath.Join(dir, owner)))
		}
	}
	if t.st.exists && t.st.mode&0o200 == 0 {
		return fail(fmt.Errorf("%s: is read-only; nothing written", t.path), "make it writable (chmod u+w) or pass another file")
	}
	return nil
}

func (t tracked) mode() fs.FileMode {
	if t.st.exists {
		return t.st.mode.Perm()
	}
	return 0o644
}

// journalPath is where the journal of the ledger whose map is netPath is
// kept: next to the map, hidden.
func journalPath(netPath string) string {
	dir, base := filepath.Split(absPath(netPath))
	return filepath.Join(dir, "."+base+".journal")
}

// journal is a committed transaction not yet fully applied.
type journal struct {
	Version int           `json:"version"`
	Files   []journalFile `json:"files"`
}

type journalFile struct {
	Path    string      `json:"path"`
	Existed bool        `json:"existed"`
	Old     []byte      `json:"old"`
	New     []byte      `json:"new"`
	Mode    fs.FileMode `json:"mode"`
}

// Commit writes the map and the log as one transaction (see the package
// doc). Files whose content did not change are not written.
func (l *Ledger) Commit() error {
	if l.ro {
		return errors.New("ledger: Commit on a read-only ledger")
	}
	if TestOnlyBeforeCommit != nil {
		TestOnlyBeforeCommit()
	}
	type change struct {
		t   tracked
		out []byte
	}
	var changes []change
	if l.Net != nil {
		out, err := l.Net.Bytes()
		if err != nil {
			return err
		}
		if !bytes.Equal(out, l.net.data) {
			changes = append(changes, change{l.net, out})
		}
	}
	if out := l.Log.Sheet.Bytes(); !bytes.Equal(out, l.log.data) || (!l.log.st.exists && len(l.Log.Entries) > 0) {
		changes = append(changes, change{l.log, out})
	}
	if len(changes) == 0 {
		return nil
	}
	for _, c := range changes {
		if err := c.t.checkWritable(); err != nil {
			return err
		}
		if err := c.t.checkUnchanged(); err != nil {
			return err
		}
	}
	step("checked")
	// 1. Temporary files, and the map's backup.
	temps := make([]*atomicfile.Temp, 0, len(changes))
	defer func() {
		for _, t := range temps {
			t.Discard()
		}
	}()
	for _, c := range changes {
		t, err := atomicfile.Stage(c.t.path, c.out, c.t.mode())
		if err != nil {
			return err
		}
		temps = append(temps, t)
		step("staged")
	}
	if l.Net != nil && changes[0].t.path == l.net.path && l.net.st.exists {
		if err := atomicfile.WriteFile(l.net.path+".bak", l.net.data, l.net.mode()); err != nil {
			return fmt.Errorf("keeping a backup: %w", err)
		}
		step("backup")
	}
	// 2. The journal: the commit point.
	j := journal{Version: 1}
	for _, c := range changes {
		j.Files = append(j.Files, journalFile{Path: c.t.path, Existed: c.t.st.exists, Old: c.t.data, New: c.out, Mode: c.t.mode()})
	}
	jdata, err := json.Marshal(j)
	if err != nil {
		return err
	}
	jpath := journalPath(l.net.path)
	if err := atomicfile.WriteFile(jpath, jdata, 0o600); err != nil {
		return err
	}
	step("journal")
	// 3. Each file, checked right before its rename.
	undo := func(n int) {
		for i := n - 1; i >= 0; i-- {
			restore(j.Files[i])
		}
		os.Remove(jpath)
	}
	for i, c := range changes {
		if err := c.t.checkUnchanged(); err != nil {
			undo(i)
			return err
		}
		if err := temps[i].Commit(); err != nil {
			undo(i)
			return err
		}
		step("renamed")
	}
	// 4. Done.
	if err := os.Remove(jpath); err != nil {
		return err
	}
	atomicfile.SyncDir(filepath.Dir(jpath))
	step("done")
	return nil
}

// restore puts a journal's file back as it was before the transaction.
func restore(f journalFile) error {
	if !f.Existed {
		err := os.Remove(f.Path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	return atomicfile.WriteFile(f.Path, f.Old, f.Mode)
}

// repair runs under the lock: it finishes or undoes the transaction a
// killed confplan left in the journal, and removes its temporary files.
func (l *Ledger) repair(netPath, logPath string) ([]string, error) {
	var notes []string
	jpath := journalPath(netPath)
	removed := 0
	for _, p := range []string{netPath, logPath, netPath + ".bak", jpath} {
		removed += atomicfile.RemoveTemps(p)
	}
	if removed > 0 {
		notes = append(notes, fmt.Sprintf("removed %d temporary file(s) an interrupted confplan left next to %s", removed, netPath))
	}
	data, err := os.ReadFile(jpath)
	if errors.Is(err, fs.ErrNotExist) {
		return notes, nil
	}
	if err != nil {
		return nil, fail(fmt.Errorf("%s: %w", jpath, atomicfile.Unwrap(err)), "check the folder's permissions")
	}
	var j journal
	if err := json.Unmarshal(data, &j); err != nil || j.Version != 1 {
		// The journal is renamed into place whole, so this is not ours to read.
		return nil, fail(fmt.Errorf("%s: not a confplan journal confplan can read", jpath), "if you did not make it, move it away and check your map and log")
	}
	const (
		isOld = iota
		isNew
		isOther
	)
	states := make([]int, len(j.Files))
	conflict := ""
	for i, f := range j.Files {
		cur, err := os.ReadFile(f.Path)
		exists := err == nil
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fail(fmt.Errorf("%s: %w", f.Path, atomicfile.Unwrap(err)), "check the file's permissions")
		}
		switch {
		case exists && bytes.Equal(cur, f.New):
			states[i] = isNew
		case exists == f.Existed && (!exists || bytes.Equal(cur, f.Old)):
			states[i] = isOld
		default:
			states[i] = isOther
			conflict = f.Path
		}
	}
	step("recover")
	if conflict == "" {
		for i, f := range j.Files {
			if states[i] == isOld {
				if err := atomicfile.WriteFile(f.Path, f.New, f.Mode); err != nil {
					return nil, err
				}
				step("recover-file")
			}
		}
		notes = append(notes, fmt.Sprintf("finished the change an interrupted confplan was making to %s", filesOf(j)))
	} else {
		for i, f := range j.Files {
			if states[i] == isNew {
				if err := restore(f); err != nil {
					return nil, err
				}
			}
		}
		notes = append(notes, fmt.Sprintf("undid the change an interrupted confplan was making to %s, because %s changed since; run that command again", filesOf(j), conflict))
	}
	if err := os.Remove(jpath); err != nil {
		return nil, err
	}
	atomicfile.SyncDir(filepath.Dir(jpath))
	return notes, nil
}

func filesOf(j journal) string {
	s := ""
	for i, f := range j.Files {
		if i > 0 {
			s += " and "
		}
		s += f.Path
	}
	return s
}

// Same reports whether two paths name the same file.
func Same(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	if err1 == nil && err2 == nil && aa == bb {
		return true
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}
