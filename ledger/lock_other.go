//go:build !unix

package ledger

import "os"

func tryLock(lock string) (unlock func(), owner string, err error) { return tryLockExclusive(lock) }

// processGone cannot tell on this system; such locks go stale by age.
func processGone(pid int) bool { _ = os.Getpid(); return false }
