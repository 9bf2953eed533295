package planner

// MatchReadingAll is Match without the cheap rejection of names
// (prefilter.go): every printed name is read, for tests that compare.
func MatchReadingAll(m *Matcher, items []Item) []Match {
	m.readAll = true
	defer func() { m.readAll = false }()
	return m.Match(items)
}

// SigAll summarises each name with a fresh cache, as one Match call
// does (prefilter.go), and returns how many may be some contact (a
// quick summary may).
func SigAll(m *Matcher, names []string) int {
	c := newSigCache(m, len(names))
	n := 0
	for _, name := range names {
		if s := c.sigOf(name); s.read || s.all || s.open || s.quick {
			n++
		}
	}
	return n
}
