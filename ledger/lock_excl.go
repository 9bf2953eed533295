package ledger

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"
)

// tryLockExclusive is the lock where flock is missing: a file created
// with O_EXCL, its content written before it is linked into place (so it
// is never seen empty), taken over when its PID is gone or it is damaged.
func tryLockExclusive(lock string) (unlock func(), owner string, err error) {
	tmp := lock + "." + strconv.Itoa(os.Getpid())
	if err := os.WriteFile(tmp, []byte(ownerLine()), 0o644); err != nil {
		return nil, "", err
	}
	defer os.Remove(tmp)
	for attempt := 0; attempt < 2; attempt++ {
		err := os.Link(tmp, lock)
		if err == nil {
			return func() { os.Remove(lock) }, "", nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, "", err
		}
		content, rerr := os.ReadFile(lock)
		if rerr != nil {
			continue
		}
		if !exclusiveStale(lock, string(content)) {
			return nil, describeOwner(string(content)), nil
		}
		os.Remove(lock)
	}
	return nil, "owner unknown", nil
}

func exclusiveStale(lock, content string) bool {
	lines := strings.SplitN(content, "\n", 3)
	if len(lines) < 2 {
		return true // empty or damaged: it is never written in part
	}
	pid, err := strconv.Atoi(strings.TrimSpace(lines[0]))
	if err != nil || pid <= 0 {
		return true
	}
	if pid == os.Getpid() {
		return false
	}
	if processGone(pid) {
		return true
	}
	fi, err := os.Stat(lock)
	return err == nil && time.Since(fi.ModTime()) > 24*time.Hour
}
