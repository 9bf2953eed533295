//go:build !unix

package ledger

func tryLock(lock string) (unlock func(), owner string, err error) { return tryLockExclusive(lock) }

// processGone cannot tell on this system; such locks go stale by age.
func processGone(pid int) bool { return false }
