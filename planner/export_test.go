package planner

// MatchReadingAll is Match without the cheap rejection of names
// (prefilter.go): every printed name is read, for tests that compare.
func MatchReadingAll(m *Matcher, items []Item) []Match {
	m.readAll = true
	defer func() { m.readAll = false }()
	return m.Match(items)
}
