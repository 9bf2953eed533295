package sources

import (
	"strings"
	"sync"

	"github.com/confplan/confplan/planner"
)

// The word tests of planner's vocabulary (credentials, honorifics,
// particles) fold and upper-case their argument on every call, and
// readers ask them about the same few thousand words ("MD", "Dr.", given
// names, "van") for every person of a program. wordMemo keeps their
// answers for short words: bounded (cleared when full), safe for
// concurrent readers, keys copied so that no input file stays alive
// through it.
type wordMemo[V any] struct {
	mu sync.Mutex
	m  map[string]V
	f  func(string) V
}

// memoWords bounds a memo; memoLen is the longest word it keeps.
const (
	memoWords = 8192
	memoLen   = 32
)

func newWordMemo[V any](f func(string) V) *wordMemo[V] {
	return &wordMemo[V]{m: make(map[string]V), f: f}
}

func (c *wordMemo[V]) get(s string) V {
	if len(s) > memoLen {
		return c.f(s)
	}
	c.mu.Lock()
	v, ok := c.m[s]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = c.f(s)
	c.mu.Lock()
	if len(c.m) >= memoWords {
		clear(c.m)
	}
	c.m[strings.Clone(s)] = v
	c.mu.Unlock()
	return v
}

var (
	credentialMemo = newWordMemo(planner.Credential)
	particleMemo   = newWordMemo(planner.IsParticle)
	honorificMemo  = newWordMemo(planner.IsHonorific)
)

// isParticle is planner.IsParticle ("van", "de", "bin"), remembered.
func isParticle(w string) bool { return particleMemo.get(w) }
