//go:build unix

package ledger

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes lock with flock(2) without waiting. It returns the unlock
// function, or nil and a description of the owner when another process
// holds it.
func tryLock(lock string) (unlock func(), owner string, err error) {
	f, err := os.OpenFile(lock, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, "", err
	}
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	switch {
	case errors.Is(err, syscall.EWOULDBLOCK):
		owner := describeOwner(readHead(f))
		f.Close()
		return nil, owner, nil
	case errors.Is(err, syscall.ENOLCK), errors.Is(err, syscall.EOPNOTSUPP), errors.Is(err, syscall.ENOSYS):
		f.Close()
		return tryLockExclusive(lock)
	case err != nil:
		f.Close()
		return nil, "", err
	}
	// The lock is ours unless the file was removed (by its previous owner
	// releasing it) between our open and our flock: then it locks nothing.
	fi, err1 := f.Stat()
	cur, err2 := os.Stat(lock)
	if err1 != nil || err2 != nil || !os.SameFile(fi, cur) {
		f.Close()
		return tryLock(lock)
	}
	f.Truncate(0)
	f.WriteAt([]byte(ownerLine()), 0)
	return func() {
		os.Remove(lock) // while still holding it, so no one locks a removed file
		f.Close()
	}, "", nil
}

// processGone reports whether no process has the given id.
func processGone(pid int) bool {
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
