package sources

// CadmiumCD eventScribe pages, the online program of many medical
// meetings (ASTRO among them).
//
// The full-schedule list is a ul#agenda of li.dayrow day headers and
// li.list-row rows. A row carries data-presid (the platform's presentation
// ID) and data-buildcode: M for a session, P for a presentation, G for a
// general event such as a reception. A session with oral abstracts is
// printed as an li.list-row.bucket row (time, room, meta line and the
// session's people) followed by a div.bucketwrapper that repeats the
// session as an M row and then lists its presentations as P rows titled
// "1001 - Title".
//
// IDs. A session's ID is its printed Session ID code ("SS 01", "MTE 10"),
// which is what the printed program, the mobile app and other exports of
// the same meeting use (a poster list names its session "PQA 01 - ...");
// without a code it is the M row's data-presid. A presentation's ID is its
// abstract number ("1001"), else its data-presid. The bucket row and the
// M row it is followed by are one session.
//
// Saved pages are not well formed: rows close early or late and stray
// </div> tags move elements around in the parsed tree. Rows are therefore
// read in document order, and a presentation belongs to the nearest
// session row before it, never to whatever element the parser nested it in.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/confplan/confplan/planner"
)

func esListApplies(p *htmlPage) bool { return p.index().listRow }

// esRow is what one li.list-row says.
type esRow struct {
	header        bool // a day header, not a row
	presid, build string
	bucket        bool
	title         string
	timeText      string
	room          string
	code          string // Session ID
	typ, track    string
	people        []planner.Person
	presenters    []planner.Person // "Presenter:" lines of a presentation
	authors       string           // the flattened Authors: block
	line          int
	elem          string
}

// presidLines maps each data-presid value to the line it first appears on:
// the values of data-presid\s*=\s*["']?([^"'\s>]+) in the source, found
// by a scanner.
func presidLines(data []byte) map[string]int {
	lines := make(map[string]int)
	line, last := 1, 0
	// "-presid" is looked for, then "data" before it: '-' is the rarest
	// of the attribute's bytes in a page, so the search stops less often.
	key, prefix := []byte("-presid"), []byte("data")
	for pos, from := 0, 0; ; {
		k := bytes.Index(data[from:], key)
		if k < 0 {
			break
		}
		at := from + k - len(prefix)
		from += k + 1
		if at < pos || !bytes.Equal(data[at:at+len(prefix)], prefix) {
			continue
		}
		i := skipReSpace(data, at+len(prefix)+len(key))
		if i == len(data) || data[i] != '=' {
			pos = at + 1
			continue
		}
		i = skipReSpace(data, i+1)
		if i < len(data) && (data[i] == '"' || data[i] == '\'') {
			i++
		}
		j := i
		for j < len(data) && !presidStop(data[j]) {
			j++
		}
		if j == i {
			pos = at + 1
			continue
		}
		line += bytes.Count(data[last:at], []byte("\n"))
		last = at
		if _, ok := lines[string(data[i:j])]; !ok {
			lines[string(data[i:j])] = line
		}
		pos = j
	}
	return lines
}

// skipReSpace returns the first index at or after i that is not \s.
func skipReSpace(data []byte, i int) int {
	for i < len(data) && reSpace(data[i]) {
		i++
	}
	return i
}

// presidStop reports the bytes that end a data-presid value: quotes, \s, '>'.
func presidStop(c byte) bool { return c == '"' || c == '\'' || c == '>' || reSpace(c) }

// esSeen is where an item ID was first: the item's source and its index
// in the items.
type esSeen struct {
	source string
	at     int
}

// esDayHeader reports whether list element n is a day header, not a row.
func esDayHeader(n *html.Node) bool { return gqHasClass(n, "dayrow") && !gqHasClass(n, "list-row") }

// esReader is the page's row reader, made once.
func (p *htmlPage) esReader() *esReader {
	if p.es == nil {
		p.es = &esReader{lines: presidLines(p.data), voc: newVocab(p.opt.texts)} // voc: this page's people's words
	}
	return p.es
}

// readESList reads an eventScribe full-schedule list.
func readESList(p *htmlPage) ([]planner.Item, []*Warning, error) {
	loc, err := p.zone()
	if err != nil {
		return nil, nil, err
	}
	rd := p.esReader()
	var (
		items   []planner.Item
		warns   []*Warning
		day     civilDate
		haveDay bool
		dayText string
		cur     = -1              // index in items of the session presentations join
		bucket  = -1              // index of a bucket session awaiting its M row
		seen    map[string]esSeen // ID → where it was first
		// bucketDerived: the pending bucket's ID was derived from its
		// content, and its M row's presid is better.
		bucketDerived bool
	)
	x := p.index()
	rows := x.esRows
	// At most one item per row.
	items = make([]planner.Item, 0, len(rows))
	seen = make(map[string]esSeen, len(rows))
	for k, s := range rows {
		r := x.esRead[k] // read by index, while the row was in the cache
		if r.header {
			dayText = oneLine(nodeText(s))
			d, err := p.date(dayText)
			if err != nil {
				haveDay = false
				line := 0
				if i := bytes.Index(p.data, []byte(dayText)); i >= 0 && dayText != "" {
					line = lineOf(p.data, i)
				}
				warns = append(warns, warnAt(p.name, line, fmt.Sprintf("day header %q", dayText),
					fmt.Sprintf("day header: %v; the rows under it are skipped", err)))
			} else {
				day, haveDay = d, true
			}
			cur, bucket = -1, -1
			continue
		}
		// The M row repeating a bucket row completes that session.
		if bucket >= 0 && r.build == "M" && !r.bucket && (sameTitle(items[bucket].Title, r.title) || inBucketWrapper(s)) {
			it := &items[bucket]
			if bucketDerived && r.presid != "" {
				if _, dup := seen[r.presid]; !dup {
					delete(seen, it.ID)
					it.ID = r.presid
					seen[it.ID] = esSeen{it.Source, bucket}
					for i := bucket + 1; i < len(items); i++ {
						items[i].ParentID = it.ID
					}
				}
			}
			esMergeBucket(it, r, p.name)
			bucket = -1
			continue
		}
		bucket = -1
		if r.build != "P" {
			// A new session, event or reception starts here; until it is
			// read, presentations belong to no session (never to the one
			// before it).
			cur = -1
		}
		if r.title == "" {
			warns = append(warns, warnAt(p.name, r.line, r.elem, "row has no title; skipped"))
			continue
		}
		rowDay, rowHasDay := day, haveDay
		if ds, ts := rd.dateTime(r.timeText); ds != "" {
			// "My Schedule" views print the date with each row's time.
			if d, err := p.date(ds); err == nil {
				rowDay, rowHasDay, r.timeText = d, true, ts
			}
		}
		if !rowHasDay {
			reason := "row comes before any day header; skipped"
			if dayText != "" {
				reason = fmt.Sprintf("row is under the unreadable day header %q; skipped", dayText)
			}
			warns = append(warns, warnAt(p.name, r.line, r.elem, reason))
			continue
		}
		presentation := r.build == "P"
		var parent *planner.Item
		if presentation && cur >= 0 {
			parent = &items[cur]
		}
		it, w := rd.item(r, rowDay, loc, parent, p.name)
		if w != nil {
			warns = append(warns, w)
			continue
		}
		if first, dup := seen[it.ID]; dup {
			prev := first.source
			if r.presid != "" && r.presid != it.ID {
				if _, dup2 := seen[r.presid]; !dup2 {
					it.ID = r.presid
					dup = false
				}
			}
			if dup {
				// The same row again adds its people to the first; another
				// item under the same ID is kept under a new one.
				j := first.at
				if sameTitle(items[j].Title, it.Title) && (items[j].Overlaps(&it) || items[j].Start.Equal(it.Start)) {
					items[j].People = mergePeople(items[j].People, it.People)
					warns = append(warns, warnAt(p.name, r.line, r.elem, fmt.Sprintf("%s is listed again (first at %s); merged", it.ID, prev)))
					continue
				}
				base := it.ID
				for n := 2; ; n++ {
					if _, taken := seen[fmt.Sprintf("%s~%d", base, n)]; !taken {
						it.ID = fmt.Sprintf("%s~%d", base, n)
						break
					}
				}
				warns = append(warns, warnAt(p.name, r.line, r.elem, fmt.Sprintf("ID %s is used again (first at %s) for %q; kept as %s", base, prev, clip(it.Title), it.ID)))
			}
		}
		seen[it.ID] = esSeen{it.Source, len(items)}
		items = append(items, it)
		switch {
		case presentation:
		case r.bucket:
			cur, bucket = len(items)-1, len(items)-1
			bucketDerived = r.code == "" && r.presid == ""
		case r.build == "M" || it.Kind == planner.KindSession:
			cur = len(items) - 1
		default:
			cur = -1
		}
	}
	if len(rows) > 0 && len(items) == 0 && len(warns) == 0 {
		warns = append(warns, &Warning{File: p.name, Reason: "the schedule list has no rows with a title"})
	}
	return items, warns, nil
}

// esReader reads the rows of one list.
type esReader struct {
	lines map[string]int // presidLines of the page
	voc   *vocab
	walk  esRowWalk // reused from row to row

	// What the rows share, read once per distinct text: many rows print
	// the same times, types and role labels.
	known map[string]string // line: the distinct lines, each once
	buf   []byte
	times map[string]esTime
	dates map[string][2]string      // splitDateTime
	types map[string]string         // typeWords
	roles map[esRoleKey]esRoleValue // roleFromLabel
}

type esTime struct {
	tr  timeRange
	err error
}

type esRoleKey struct {
	label        string
	presentation bool
}

type esRoleValue struct {
	role planner.Role
	ok   bool
}

// timeRange is parseTimeRange(s).
func (rd *esReader) timeRange(s string) (timeRange, error) {
	t, ok := rd.times[s]
	if !ok {
		if rd.times == nil {
			rd.times = make(map[string]esTime)
		}
		t.tr, t.err = parseTimeRange(s)
		rd.times[s] = t
	}
	return t.tr, t.err
}

// line is rowLine(n), one string per distinct line: rows print the same
// times and rooms again and again.
func (rd *esReader) line(n *html.Node) string {
	rd.buf, _ = appendFlat(rd.buf[:0], n, false, true, isListRow, 0)
	s, ok := rd.known[string(rd.buf)]
	if !ok {
		if rd.known == nil {
			rd.known = make(map[string]string)
		}
		s = string(rd.buf)
		rd.known[s] = s
	}
	return s
}

// dateTime is splitDateTime(s).
func (rd *esReader) dateTime(s string) (date, tm string) {
	v, ok := rd.dates[s]
	if !ok {
		if rd.dates == nil {
			rd.dates = make(map[string][2]string)
		}
		v[0], v[1] = splitDateTime(s)
		rd.dates[s] = v
	}
	return v[0], v[1]
}

// typeWords is typeWords(typ).
func (rd *esReader) typeWords(typ string) string {
	t, ok := rd.types[typ]
	if !ok {
		if rd.types == nil {
			rd.types = make(map[string]string)
		}
		t = typeWords(typ)
		rd.types[typ] = t
	}
	return t
}

// role is roleFromLabel(label, presentation).
func (rd *esReader) role(label string, presentation bool) (planner.Role, bool) {
	k := esRoleKey{label, presentation}
	v, ok := rd.roles[k]
	if !ok {
		if rd.roles == nil {
			rd.roles = make(map[esRoleKey]esRoleValue)
		}
		v.role, v.ok = roleFromLabel(label, presentation)
		rd.roles[k] = v
	}
	return v.role, v.ok
}

// row reads the fields of the nth row, ignoring anything that belongs
// to a row the parser nested inside it.
func (rd *esReader) row(row *html.Node, n int) esRow {
	lines, voc := rd.lines, rd.voc
	r := esRow{presid: strings.TrimSpace(attr(row, "data-presid")), build: strings.ToUpper(strings.TrimSpace(attr(row, "data-buildcode")))}
	r.bucket = gqHasClass(row, "bucket")
	if r.build == "" {
		// Older pages have no build code; their row URLs say what a row is.
		switch u := strings.ToLower(attr(row, "data-url")); {
		case strings.Contains(u, "presentationinfo"):
			r.build = "P"
		case strings.Contains(u, "sessioninfo"):
			r.build = "M"
		}
	}
	// The element names a row only where its line is unknown (source,
	// warnAt).
	if r.presid != "" {
		if r.line = lines[r.presid]; r.line <= 0 {
			r.elem = "li[data-presid=" + r.presid + "]"
		}
	} else {
		r.elem = "schedule row " + strconv.Itoa(n)
	}
	// The row's own elements (not those of a row the parser nested in
	// it), sorted in one walk by what they hold.
	w := &rd.walk
	*w = esRowWalk{details: w.details[:0], metas: w.metas[:0], people: w.people[:0], open: w.open[:0], classes: w.classes[:0]}
	w.walk(row, classesOf(row), 0)
	primary := w.primary
	if primary == nil {
		primary = row
	}
	r.title = esTitle(primary)
	if w.prestime != nil {
		r.timeText = rd.line(w.prestime)
	} else if w.secondary != nil {
		r.timeText = rd.line(w.secondary)
	}
	for _, d := range w.details {
		if r.room != "" {
			break // the first room stands
		}
		if !rd.startsWithLabel(d, "location", "room", "venue") {
			continue // as a people section: not flattened whole to learn so
		}
		if v, ok := cutLabel(rd.line(d), "location", "room", "venue"); ok {
			r.room = v
		}
	}
	for _, d := range w.metas {
		for part := range strings.SplitSeq(rowLine(d), "|") {
			part = strings.TrimSpace(part)
			if v, ok := cutLabel(part, "session id", "session code", "session number", "code"); ok {
				r.code = v
			} else if v, ok := cutLabel(part, "track", "topic", "category"); ok {
				r.track = v
			} else if part != "" && r.typ == "" {
				r.typ = part
			}
		}
	}
	presentation := r.build == "P"
	if !presentation {
		// A session's lines are all its people's: room for them at once.
		n := 0
		for _, l := range w.people {
			if !l.wrapper {
				n++
			}
		}
		if n > 1 {
			r.people = make([]planner.Person, 0, n)
		}
	}
	for _, l := range w.people {
		if l.wrapper {
			continue // a wrapper of lines, not a line
		}
		d := l.n
		t, marked := flatten(d, true, false, isListRow, 0)
		if gqHasClass(d, "authors") || hasPrefixFold(t, "authors:") {
			if r.authors == "" {
				r.authors = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "Authors:"), "authors:"))
			}
			continue
		}
		// Without bold marks the marked text is the plain one, whose
		// lines are already collapsed: oneLine(t) joins them.
		line := t
		if strings.IndexByte(t, '\n') >= 0 {
			line = strings.ReplaceAll(t, "\n", " ")
		}
		if marked {
			line = rowLine(d)
		}
		label, rest, found := strings.Cut(line, ":")
		if !found {
			continue
		}
		role, ok := rd.role(label, presentation)
		if !ok {
			continue
		}
		per := vocabPersonText(voc, strings.TrimSpace(rest))
		if strings.TrimSpace(per.Name) == "" {
			continue
		}
		per.Role = role
		if presentation && role == planner.RolePresentingAuthor {
			r.presenters = append(r.presenters, per)
		} else {
			r.people = append(r.people, per)
		}
	}
	return r
}

// esRowWalk is one walk over a row's own elements (the element
// descendants of the row, leaving out rows nested in it and their
// contents), in document order: the first primary, time and secondary
// columns, the detail lines (.text-12 and .list-row-primary > div), the
// meta lines (.session-meta) and the people lines (.mar-btm-xs,
// .authors), a people line that holds a .mar-btm-xs being a wrapper of
// lines, not a line itself.
type esRowWalk struct {
	primary, prestime, secondary *html.Node
	details, metas               []*html.Node
	people                       []esPeopleLine
	open                         []int           // the people lines walked into, as indexes in people
	classes                      []esNodeClasses // each own element's classesOf, in order
}

// esNodeClasses is an element and its classesOf.
type esNodeClasses struct {
	n   *html.Node
	cls esClasses
}

type esPeopleLine struct {
	n       *html.Node
	wrapper bool
}

// walk reads the element children of n (whose classes are ncls) and
// their descendants.
func (w *esRowWalk) walk(n *html.Node, ncls esClasses, depth int) {
	if depth > 512 {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || isListRow(c) {
			continue
		}
		cls := classesOf(c)
		own := cls
		w.classes = append(w.classes, esNodeClasses{c, cls})
		if c.Data == "div" && ncls&clsListRowPrimary != 0 {
			cls |= clsDetail // .list-row-primary > div
		}
		if cls != 0 {
			w.sort(c, cls)
		}
		line := cls&(clsMarBtmXs|clsAuthors) != 0
		if line {
			w.open = append(w.open, len(w.people)-1)
		}
		w.walk(c, own, depth+1)
		if line {
			w.open = w.open[:len(w.open)-1]
		}
	}
}

// sort files element c, whose classes are cls.
func (w *esRowWalk) sort(c *html.Node, cls esClasses) {
	if w.primary == nil && cls&clsListRowPrimary != 0 {
		w.primary = c
	}
	if w.prestime == nil && cls&clsPrestime != 0 {
		w.prestime = c
	}
	if w.secondary == nil && cls&clsListRowSecondary != 0 {
		w.secondary = c
	}
	if cls&(clsText12|clsDetail) != 0 {
		w.details = append(w.details, c)
	}
	if cls&clsSessionMeta != 0 {
		w.metas = append(w.metas, c)
	}
	if cls&clsMarBtmXs != 0 {
		// The people lines it is in are wrappers.
		for _, i := range w.open {
			w.people[i].wrapper = true
		}
	}
	if cls&(clsMarBtmXs|clsAuthors) != 0 {
		w.people = append(w.people, esPeopleLine{n: c})
	}
}

// hasClass reports whether element n has class cls, as a CSS class
// selector matches it.
func hasClass(n *html.Node, cls string) bool {
	found := false
	eachClass(n, func(c string) bool {
		found = c == cls
		return !found
	})
	return found
}

// eachClass calls f with each class of element n, the tokens of its class
// attributes between " \t\r\n\f" as cascadia splits them, until f
// returns false.
func eachClass(n *html.Node, f func(string) bool) {
	if n.Type != html.ElementNode {
		return
	}
	for _, a := range n.Attr {
		if a.Key != "class" {
			continue
		}
		v := a.Val
		for i := 0; i < len(v); {
			j := i
			for j < len(v) && !classSep[v[j]] {
				j++
			}
			if j > i && !f(v[i:j]) {
				return
			}
			i = j + 1
		}
	}
}

// esClasses are the eventScribe classes the readers look for, as bits.
type esClasses uint16

const (
	clsListRowPrimary esClasses = 1 << iota
	clsPrestime
	clsListRowSecondary
	clsText12
	clsSessionMeta
	clsMarBtmXs
	clsAuthors
	clsPresTidbit
	clsSpeakersWrap
	clsSpeakerrow
	clsListRow
	clsDayrow
	clsDetail // not a class: a div in .list-row-primary
)

// classesOf returns which of esClasses element n has, reading its class
// attributes once.
func classesOf(n *html.Node) esClasses {
	if n.Type != html.ElementNode {
		return 0
	}
	var set esClasses
	for _, a := range n.Attr {
		if a.Key != "class" {
			continue
		}
		v := a.Val
		for i := 0; i < len(v); {
			j := classEnd(v, i)
			if j > i {
				set |= esClass(v[i:j])
			}
			i = j + 1
		}
	}
	return set
}

// classEnd returns the index of the first class separator in v at or
// after i, len(v) when there is none. Eight bytes are tested at a time
// for one at or below ' ' (all separators are).
func classEnd(v string, i int) int {
	for ; i+8 <= len(v); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(v[i : i+8]))
		if low := (x - 0x2121212121212121) &^ x & hiBits; low != 0 {
			// The lowest flagged byte is the first at or below ' '
			// (bytes above it may be flagged wrongly).
			k := i + bits.TrailingZeros64(low)/8
			if classSep[v[k]] {
				return k
			}
			i = k + 1 - 8 // a control byte: go on after it
		}
	}
	for ; i < len(v) && !classSep[v[i]]; i++ {
	}
	return i
}

// esClass is the bit of class c, 0 for a class the readers ignore.
func esClass(c string) esClasses {
	switch len(c) {
	case 6:
		if c == "dayrow" {
			return clsDayrow
		}
	case 7:
		switch c {
		case "text-12":
			return clsText12
		case "authors":
			return clsAuthors
		}
	case 8:
		switch c {
		case "prestime":
			return clsPrestime
		case "list-row":
			return clsListRow
		}
	case 10:
		switch c {
		case "mar-btm-xs":
			return clsMarBtmXs
		case "speakerrow":
			return clsSpeakerrow
		}
	case 11:
		if c == "pres-tidbit" {
			return clsPresTidbit
		}
	case 12:
		if c == "session-meta" {
			return clsSessionMeta
		}
	case 13:
		if c == "speakers-wrap" {
			return clsSpeakersWrap
		}
	case 16:
		if c == "list-row-primary" {
			return clsListRowPrimary
		}
	case 18:
		if c == "list-row-secondary" {
			return clsListRowSecondary
		}
	}
	return 0
}

// classSep marks the bytes between classes: " \t\r\n\f".
var classSep = [256]bool{' ': true, '\t': true, '\r': true, '\n': true, '\f': true}

var classTrim = strings.NewReplacer("\t", " ", "\r", " ", "\n", " ")

// gqHasClass is goquery's Selection.HasClass for one node.
func gqHasClass(n *html.Node, cls string) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "class" {
			if !strings.Contains(a.Val, cls) {
				return false
			}
			return hasToken(classTrim.Replace(a.Val), cls)
		}
	}
	return false
}

// hasToken is strings.Contains(" "+v+" ", " "+tok+" ") for a token
// without spaces, without joining the strings.
func hasToken(v, tok string) bool {
	for i := 0; ; {
		j := strings.Index(v[i:], tok)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || v[j-1] == ' ') && (j+len(tok) == len(v) || v[j+len(tok)] == ' ') {
			return true
		}
		i = j + 1
	}
}

// hasPrefixFold reports whether s starts with the lower-case ASCII
// prefix in any case: strings.HasPrefix(strings.ToLower(s), prefix)
// without lowering (or, for bytes, copying) s.
func hasPrefixFold[T string | []byte](s T, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// sessionKind is the kind of a session-level row: a session unless its
// words make it a trainee event or a reception. A poster session is a
// session (its posters are the poster items).
func sessionKind(title, typ string) planner.Kind { return sessionWordsKind(typeWords(typ), title) }

// sessionWordsKind is sessionKind with the type's words already found
// (typeWords).
func sessionWordsKind(t, title string) planner.Kind {
	switch k := classifyWords(t, title, planner.KindSession); k {
	case planner.KindEvent, planner.KindReception:
		return k
	}
	return planner.KindSession
}

// isListRow reports whether n is an li.list-row.
func isListRow(n *html.Node) bool {
	return n.Type == html.ElementNode && n.Data == "li" && strings.Contains(" "+attr(n, "class")+" ", " list-row ")
}

// rowLine is n's text on one line, without the rows the parser nested
// in it.
func rowLine(n *html.Node) string { return flatLine(n, isListRow) }

// startsWithLabel reports whether rowLine(n) starts with one of the
// labels (lower-case ASCII, at most 16 bytes) in any ASCII case, the
// first thing cutLabel asks, from the first 16 bytes of the line only,
// written into the reader's buffer.
func (rd *esReader) startsWithLabel(n *html.Node, labels ...string) bool {
	rd.buf, _ = appendFlat(rd.buf[:0], n, false, true, isListRow, 16)
	for _, l := range labels {
		if hasPrefixFold(rd.buf, l) {
			return true
		}
	}
	return false
}

// esTitle returns a row's title: the first text-bearing child of the
// primary column that is not a detail line.
func esTitle(primary *html.Node) string {
	for c := primary.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if t := oneLine(c.Data); t != "" {
				return t
			}
		case html.ElementNode:
			if c.Data == "section" || c.Data == "small" || c.Data == "script" || c.Data == "style" {
				continue
			}
			cls := " " + attr(c, "class") + " "
			if strings.Contains(cls, " text-12 ") || strings.Contains(cls, " prestime ") || strings.Contains(cls, " session-meta ") {
				continue
			}
			if isListRow(c) {
				continue
			}
			if t := rowLine(c); t != "" {
				if _, ok := cutLabel(t, "location", "room"); ok {
					continue
				}
				return t
			}
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// cutLabel returns the text after "Label:" when s starts with one of the
// labels (case-insensitive).
//
// The labels are lower-case ASCII, so s's prefix is compared byte by
// byte in ASCII case (as strings.ToLower(s) would be, for any prefix that
// can leave a ':' after the label), without lowering all of s.
func cutLabel(s string, labels ...string) (string, bool) {
	for _, l := range labels {
		if hasPrefixFold(s, l) {
			rest := strings.TrimSpace(s[len(l):])
			if strings.HasPrefix(rest, ":") {
				return strings.TrimSpace(rest[1:]), true
			}
		}
	}
	return "", false
}

// inBucketWrapper reports whether n is in (or is) a .bucketwrapper.
func inBucketWrapper(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if hasClass(n, "bucketwrapper") {
			return true
		}
	}
	return false
}

// sameTitle compares titles ignoring case and spacing.
func sameTitle(a, b string) bool {
	return strings.EqualFold(oneLine(a), oneLine(b))
}

// esMergeBucket completes a bucket session with the M row that repeats it.
func esMergeBucket(it *planner.Item, r esRow, file string) {
	if strings.HasPrefix(it.Source, file+":schedule row") && r.line > 0 {
		it.Source = source(file, r.line, r.elem)
	}
	if it.Room == "" {
		it.Room = r.room
	}
	for _, p := range r.people {
		dup := false
		for _, q := range it.People {
			if q.Name == p.Name && q.Role == p.Role {
				dup = true
			}
		}
		if !dup {
			it.People = append(it.People, p)
		}
	}
	it.People = fixPeople(it.People)
}

// item builds the item of a row. A presentation without a time takes its
// session's.
func (rd *esReader) item(r esRow, day civilDate, loc *time.Location, parent *planner.Item, file string) (planner.Item, *Warning) {
	it := planner.Item{Title: r.title, Type: r.typ, Track: r.track, Room: r.room, Source: source(file, r.line, r.elem)}
	presentation := r.build == "P"
	if r.timeText != "" {
		tr, err := rd.timeRange(r.timeText)
		if err != nil {
			return it, warnAt(file, r.line, r.elem, fmt.Sprintf("%v; row skipped", err))
		}
		var ok bool
		it.Start, it.End, ok = span(day, tr, loc)
		if !ok {
			return it, warnAt(file, r.line, r.elem, fmt.Sprintf("time %q ends before it starts; skipped", r.timeText))
		}
	} else if presentation && parent != nil {
		it.Start, it.End = parent.Start, parent.End
	} else {
		return it, warnAt(file, r.line, r.elem, "row has no time; skipped")
	}
	if presentation {
		num, title := splitAbstractNumber(r.title)
		it.Title = title
		it.ID = num
		typ := r.typ
		if parent != nil {
			it.ParentID, it.Session = parent.ID, parent.Title
			if it.Room == "" {
				it.Room = parent.Room
			}
			if it.Track == "" {
				it.Track = parent.Track
			}
			if typ == "" {
				typ = parent.Type
			}
		}
		it.Kind = planner.KindTalk
		if classifyWords(rd.typeWords(typ), it.Title, planner.KindTalk) == planner.KindPoster {
			it.Kind = planner.KindPoster
		}
		var authors []planner.Person
		if r.authors != "" {
			authors = parseAuthorBlockIn(r.authors, rd.voc.arena())
		}
		if len(r.people) == 0 {
			it.People = mergedOver(r.presenters, authors) // the authors are this item's
		} else {
			it.People = appendMerged(r.people, r.presenters, authors)
		}
	} else {
		it.ID = r.code
		it.Kind = sessionWordsKind(rd.typeWords(r.typ), r.title)
		it.People = r.people
	}
	if it.ID == "" {
		it.ID = r.presid
	}
	if it.ID == "" {
		it.ID = deriveID(it.Title, it.Start.Format(time.RFC3339), it.Room)
	}
	it.People = fixPeople(it.People)
	return it, nil
}

// --- session and presentation pages ---

func esPageApplies(p *htmlPage) bool { return p.index().esPage }

// esBlock is what follows one title in document order.
type esBlock struct {
	title   string
	elem    string
	tidbits []string
	people  []esPerson
}

type esPerson struct {
	label string // the role title in force, "" when none
	text  string // "Name, MD – Affiliation"
}

// genericHeading matches headings that label a part of the page rather
// than name an item.
var genericHeading = regexp.MustCompile(`(?i)^(speakers?|faculty|presenters?|moderators?|panelists?|chairs?|authors?|presentations?|abstracts?|disclosures?|description|overview|learning objectives|objectives|session information|details|related|sponsors?|handouts?|resources|notes|my notes|co-?authors?|contributors?|people|program|schedule|agenda|cme|credits?)\b\W*$`)

// numberedTalk matches a presentation title that starts with its abstract number
// ("1001 - Title").
var numberedTalk = regexp.MustCompile(`^\d{1,6}[A-Za-z]?\s*[-–—]\s`)

// readESPage reads an eventScribe session or presentation page. People
// belong to the nearest title before them in document order, whatever
// the parsed tree says.
func readESPage(p *htmlPage) ([]planner.Item, []*Warning, error) {
	var blocks []*esBlock
	var cur *esBlock
	label := ""
	nTitles := 0
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			cls := " " + attr(n, "class") + " "
			switch {
			case n.Data == "script" || n.Data == "style" || n.Data == "head":
				return
			case strings.Contains(cls, " role-title "):
				label = oneLine(flatText(n, false))
				return
			case strings.Contains(cls, " speakerrow "):
				// A row left open holds the next role titles and rows:
				// they are read after it, in order.
				nested := esNested(n)
				if cur != nil {
					if t := esSpeakerText(n, nested); t != "" {
						cur.people = append(cur.people, esPerson{label: label, text: t})
					}
				}
				for _, c := range nested {
					walk(c, depth+1)
				}
				return
			case strings.Contains(cls, " pres-tidbit "):
				// A tidbit left open holds the rest of the page: its text is
				// its own line, and the blocks inside it (the next tidbits,
				// the speakers) are read as if they followed it.
				var nested []*html.Node
				t := oneLine(flatTextSkip(n, false, func(c *html.Node) bool {
					if c.Parent == n && c.Type == html.ElementNode && blockTags[c.Data] && c.Data != "br" {
						nested = append(nested, c)
						return true
					}
					return false
				}))
				if t == "" { // the line is in a block of its own: <div><i></i><span>…</span></div>
					nested = nil
					t = oneLine(flatTextSkip(n, false, func(c *html.Node) bool {
						if c.Type != html.ElementNode {
							return false
						}
						cc := " " + attr(c, "class") + " "
						if strings.Contains(cc, " pres-tidbit ") || strings.Contains(cc, " speakers-wrap ") || strings.Contains(cc, " speakerrow ") || strings.Contains(cc, " role-title ") {
							nested = append(nested, c)
							return true
						}
						return false
					}))
				}
				if cur != nil && t != "" {
					cur.tidbits = append(cur.tidbits, t)
				}
				for _, c := range nested {
					walk(c, depth+1)
				}
				return
			case n.Data == "h1" || ((n.Data == "h2" || n.Data == "h3" || n.Data == "h4") && !strings.Contains(cls, " role-title ")) ||
				strings.Contains(cls, " pres-title ") || strings.Contains(cls, " presentation-title "):
				// A title left open ("<h1>Title" with no "</h1>") holds the
				// rest of the page: its own text is the title, and the
				// blocks inside it are read as if they followed it.
				var inner []*html.Node
				if esHoldsPage(n) {
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						if c.Type == html.ElementNode && blockTags[c.Data] && c.Data != "br" {
							inner = append(inner, c)
						}
					}
				}
				defer func() {
					for _, c := range inner {
						walk(c, depth+1)
					}
				}()
				t := oneLine(flatTextSkip(n, false, func(c *html.Node) bool {
					return len(inner) > 0 && c.Parent == n && c.Type == html.ElementNode && blockTags[c.Data] && c.Data != "br"
				}))
				if t == "" {
					return
				}
				if genericHeading.MatchString(t) {
					if cur != nil && (n.Data == "h2" || n.Data == "h3") {
						if _, ok := roleFromLabel(t, false); ok {
							label = t
						}
					}
					return
				}
				if cur == nil && n.Data != "h1" && !strings.Contains(cls, "title") {
					return // a heading before the page's title: navigation, banners
				}
				nTitles++
				cur = &esBlock{title: t, elem: fmt.Sprintf("%s %q", n.Data, t)}
				blocks = append(blocks, cur)
				label = ""
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(p.doc.Nodes[0], 0)
	if len(blocks) == 0 {
		return nil, []*Warning{{File: p.name, Reason: "session page has no title (h1)"}}, nil
	}
	// Titles with nothing after them before the first one with a date or
	// people are banners ("<h1>ASTRO 2026</h1>" in the site header).
	for len(blocks) > 1 && len(blocks[0].tidbits) == 0 && len(blocks[0].people) == 0 {
		blocks = blocks[1:]
	}
	loc, err := p.zone()
	if err != nil {
		return nil, nil, err
	}
	var warns []*Warning
	main := blocks[0]
	var subs []*esBlock
	for _, b := range blocks[1:] {
		if len(b.tidbits) > 0 || len(b.people) > 0 {
			subs = append(subs, b)
		}
	}
	info := esTidbits(main.tidbits, p)
	if !info.haveDate {
		return nil, []*Warning{{File: p.name, Element: main.elem, Reason: "the page gives no date for " + fmt.Sprintf("%q", main.title) + "; nothing imported",
			Hint: "save the page with its date and time line (.pres-tidbit)"}}, nil
	}
	if !info.haveTime {
		return nil, []*Warning{{File: p.name, Element: main.elem, Reason: fmt.Sprintf("the page gives no time for %q; nothing imported", main.title)}}, nil
	}
	start, end, ok := span(info.date, info.tr, loc)
	if !ok {
		return nil, []*Warning{{File: p.name, Element: main.elem, Reason: fmt.Sprintf("time %q ends before it starts", info.timeText)}}, nil
	}
	it := planner.Item{Title: main.title, Type: info.typ, Track: info.track, Room: info.room, Start: start, End: end,
		Source: source(p.name, 0, main.elem)}
	isTalk := len(subs) == 0 && numberedTalk.MatchString(main.title)
	if isTalk {
		it.ID, it.Title = splitAbstractNumber(main.title)
		it.Kind = planner.KindTalk
		if info.session != "" {
			it.Session = info.session
			it.ParentID, _ = splitAbstractNumber(info.session) // "SS 01 - Breast 3" is session SS 01
		}
	} else {
		it.ID = info.code
		it.Kind = sessionKind(it.Title, it.Type)
	}
	if it.ID == "" {
		it.ID = savedPresID(p.data)
	}
	if it.ID == "" {
		it.ID = deriveID(it.Title, it.Start.Format(time.RFC3339), it.Room)
	}
	it.People = esPeople(main.people, isTalk)
	items := []planner.Item{it}
	for _, b := range subs {
		si := esTidbits(b.tidbits, p)
		sub := planner.Item{Kind: planner.KindTalk, Room: it.Room, Track: it.Track, ParentID: it.ID, Session: it.Title,
			Start: it.Start, End: it.End, Source: source(p.name, 0, b.elem)}
		sub.ID, sub.Title = splitAbstractNumber(b.title)
		d := info.date
		if si.haveDate {
			d = si.date
		}
		if si.haveTime {
			s, e, ok := span(d, si.tr, loc)
			if !ok {
				warns = append(warns, &Warning{File: p.name, Element: b.elem, Reason: fmt.Sprintf("time %q ends before it starts; skipped", si.timeText)})
				continue
			}
			sub.Start, sub.End = s, e
		}
		if si.room != "" {
			sub.Room = si.room
		}
		if classify(sub.Title, it.Type, planner.KindTalk) == planner.KindPoster {
			sub.Kind = planner.KindPoster
		}
		if sub.ID == "" {
			sub.ID = deriveID(it.ID, sub.Title, sub.Start.Format(time.RFC3339))
		}
		sub.People = esPeople(b.people, true)
		items = append(items, sub)
	}
	return items, warns, nil
}

// esHoldsPage reports whether heading n holds the parts of a session
// page (date lines, speakers), as when its end tag is missing.
func esHoldsPage(n *html.Node) bool {
	found := false
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for ; c != nil && !found && depth < 64; c = c.NextSibling {
			if c.Type == html.ElementNode {
				cls := " " + attr(c, "class") + " "
				if strings.Contains(cls, " pres-tidbit ") || strings.Contains(cls, " speakers-wrap ") || strings.Contains(cls, " speakerrow ") {
					found = true
					return
				}
				walk(c.FirstChild, depth+1)
			}
		}
	}
	walk(n.FirstChild, 0)
	return found
}

// esNested returns the outermost role titles, speaker rows and tidbits
// inside n, as a row left open holds them.
func esNested(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for ; c != nil && depth < 256; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			cls := " " + attr(c, "class") + " "
			if strings.Contains(cls, " role-title ") || strings.Contains(cls, " speakerrow ") || strings.Contains(cls, " pres-tidbit ") {
				out = append(out, c)
				continue
			}
			walk(c.FirstChild, depth+1)
		}
	}
	walk(n.FirstChild, 0)
	return out
}

// esSpeakerText returns "Name, MD – Affiliation" for one li.speakerrow,
// leaving out the nested nodes (esNested) that are not its own.
func esSpeakerText(n *html.Node, nested []*html.Node) string {
	doc := goquery.NewDocumentFromNode(n)
	own := func(_ int, s *goquery.Selection) bool {
		for p := s.Get(0); p != nil && p != n; p = p.Parent {
			for _, x := range nested {
				if p == x {
					return false
				}
			}
		}
		return true
	}
	name := oneLine(doc.Find(".speaker-name").FilterFunction(own).First().Text())
	var prof []string
	doc.Find(".prof-text").FilterFunction(own).Each(func(_ int, s *goquery.Selection) {
		if t := oneLine(s.Text()); t != "" {
			prof = append(prof, t)
		}
	})
	if name == "" {
		skip := func(c *html.Node) bool {
			for _, x := range nested {
				if c == x {
					return true
				}
			}
			return false
		}
		lines := strings.Split(flatTextSkip(n, false, skip), "\n")
		if len(lines) == 0 {
			return ""
		}
		name, prof = lines[0], lines[1:]
	}
	if name == "" {
		return ""
	}
	if len(prof) > 0 {
		return name + " – " + strings.Join(prof, ", ")
	}
	return name
}

// esPeople parses the people of a block with their role titles.
func esPeople(ps []esPerson, talk bool) []planner.Person {
	var out []planner.Person
	for _, e := range ps {
		role := planner.RoleSpeaker
		if talk {
			role = planner.RolePresentingAuthor
		}
		if r, ok := roleFromLabel(e.label, talk); ok {
			role = r
		}
		per := parsePersonText(e.text)
		per.Role = role
		out = append(out, per)
	}
	return fixPeople(out)
}

// esInfo is what a block's tidbits say.
type esInfo struct {
	date               civilDate
	haveDate, haveTime bool
	tr                 timeRange
	timeText           string
	room, code         string
	session            string // the session a presentation page names
	typ, track         string
}

// esTidbits reads .pres-tidbit lines: a date, a time range (often on the
// same line as the date), a location, a session code, type and track.
func esTidbits(tidbits []string, p *htmlPage) esInfo {
	var in esInfo
	for _, t := range tidbits {
		if v, ok := cutLabel(t, "location", "room", "venue"); ok {
			in.room = v
			continue
		}
		if v, ok := cutLabel(t, "session id", "session code", "session number", "abstract number"); ok {
			in.code = v
			continue
		}
		if v, ok := cutLabel(t, "track", "topic", "category"); ok {
			in.track = v
			continue
		}
		if v, ok := cutLabel(t, "session", "part of", "in session"); ok {
			in.session = v
			continue
		}
		if v, ok := cutLabel(t, "session type", "type", "format"); ok {
			in.typ = v
			continue
		}
		date, tm := splitDateTime(t)
		if !in.haveDate && date != "" {
			if d, err := p.date(strings.TrimSpace(strings.TrimPrefix(date, "Date:"))); err == nil {
				in.date, in.haveDate = d, true
			}
		}
		if !in.haveTime && tm != "" {
			if tr, err := parseTimeRange(tm); err == nil {
				in.tr, in.haveTime, in.timeText = tr, true, tm
			}
		}
	}
	return in
}

var savedFromID = regexp.MustCompile(`(?i)saved from url=\(\d+\)\S*?(?:PresentationID|SessionID|presid)=(\d+)`)

// savedPresID returns the presentation ID in a saved page's "saved from
// url" comment, "" when there is none.
func savedPresID(data []byte) string {
	m := savedFromID.FindSubmatch(data[:min(len(data), 8192)])
	if m == nil {
		return ""
	}
	return string(m[1])
}
