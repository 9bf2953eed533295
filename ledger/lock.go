package ledger

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/confplan/confplan/internal/atomicfile"
)

// LockWait is how long Open waits for another confplan's lock (a variable
// only so tests can shorten it).
var LockWait = 10 * time.Second

// started is this process's start time, recorded in its locks.
var started = time.Now().UTC()

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
		p = atomicfile.Resolve(p) // one lock per file, however it is reached
		abs, _ := filepath.Abs(p)
		if seen[abs] {
			continue
		}
		seen[abs] = true
		u, err := LockFile(p)
		if err != nil {
			release()
			return nil, err
		}
		held = append(held, u)
	}
	return release, nil
}

// LockFile takes path+".lock", waiting up to LockWait for another
// confplan to release it.
func LockFile(path string) (unlock func(), err error) {
	lock := path + ".lock"
	deadline := time.Now().Add(LockWait)
	for {
		unlock, owner, err := tryLock(lock)
		if err != nil {
			return nil, fail(fmt.Errorf("cannot lock %s: %w", path, atomicfile.Unwrap(err)), "check the folder is writable")
		}
		if unlock != nil {
			return unlock, nil
		}
		if time.Now().After(deadline) {
			return nil, fail(fmt.Errorf("%s is locked by another confplan (%s)", path, owner),
				fmt.Sprintf("wait for it to finish; if no confplan is running, delete %s", lock))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// ownerLine is what a lock file says about its owner.
func ownerLine() string {
	return fmt.Sprintf("%d\n%s\n", os.Getpid(), started.Format(time.RFC3339))
}

// describeOwner turns a lock file's content into "pid 123, since …".
func describeOwner(content string) string {
	lines := strings.SplitN(strings.TrimSpace(content), "\n", 3)
	if len(lines) >= 2 {
		return "pid " + strings.TrimSpace(lines[0]) + ", since " + strings.TrimSpace(lines[1])
	}
	return "owner unknown"
}

func readHead(f io.ReaderAt) string {
	b := make([]byte, 256)
	n, _ := f.ReadAt(b, 0)
	return string(b[:n])
}
