package planner

// MatchReadingAll is Match without the cheap rejection of names
// (prefilter.go): every printed name is read, for tests that compare.
func MatchReadingAll(m *Matcher, items []Item) []Match {
	m.readAll = true
	defer func() { m.readAll = false }()
	return m.Match(items)
}

// SigAll summarises each name as one Match call does (prefilter.go):
// by the contact keys its words spell, or else in full with a fresh
// cache, and returns how many may be some contact.
func SigAll(m *Matcher, names []string) int {
	c := newSigCache(m, len(names))
	n := 0
	for _, name := range names {
		if keys, ok := m.quickKeys(c.quick[:0], name); ok {
			if len(keys) > 0 {
				n++
			}
		} else if s := c.sigOf(name); s.read || s.all || s.open {
			n++
		}
	}
	return n
}
