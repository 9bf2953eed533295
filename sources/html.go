package sources

// Saved HTML program pages. A page is parsed once (parsePage: html.Parse's
// tree, built faster when its tags nest plainly) and handed to the page
// readers in order of specificity: CadmiumCD eventScribe (full-schedule
// list, then session/presentation pages), schema.org Event JSON-LD,
// schema.org Event microdata, and finally plain tables with a header row.
// The first reader that finds items wins. Nothing a page links to
// (scripts, images, stylesheets) is ever fetched.

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/confplan/confplan/planner"
)

// htmlPage is one parsed page and what its readers share.
type htmlPage struct {
	doc  *goquery.Document
	data []byte
	name string
	opt  Options

	meeting  string         // the meeting the page names, "" when none
	zoneSeen bool           // zone() has run
	loc      *time.Location // the conference zone, once found
	zoneErr  error

	idx       *pageIndex // index(), once built
	es        *esReader  // esReader(), once made
	head      string     // headText(), once read
	headSeen  bool
	known     string         // the known meeting the head text names (guess())
	knownLoc  *time.Location // and its zone
	knownSeen bool
}

// pageIndex is what the readers look up in the whole page, gathered in
// one walk over the document rather than one selection each.
type pageIndex struct {
	title, h1  *html.Node   // the first <title> and <h1>
	metas      []*html.Node // meta[property=og:title|og:site_name], meta[name=application-name], in order
	presTidbit bool         // the page has a .pres-tidbit
	esPage     bool         // a .pres-tidbit, ul.speakers-wrap or li.speakerrow
	listRow    bool         // an li.list-row
	esRows     []*html.Node // .dayrow and li.list-row elements, in order
	esRead     []esRow      // what each of esRows says (header for a day header)
}

// index walks the document once (in document order, as a selection
// would) and keeps what the readers ask of the whole page.
func (p *htmlPage) index() *pageIndex {
	if p.idx != nil {
		return p.idx
	}
	x := &pageIndex{}
	p.idx = x
	root := p.doc.Get(0)
	// The classes of the last row's own elements, as its reading found
	// them, and the next of them the walk will meet.
	var known []esNodeClasses
	k := 0
	rows := 0 // esRows that are not day headers
	for n := root.FirstChild; n != nil; {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				if x.title == nil {
					x.title = n
				}
			case "h1":
				if x.h1 == nil {
					x.h1 = n
				}
			case "meta":
				if hasAttrValue(n, "property", "og:title") || hasAttrValue(n, "property", "og:site_name") || hasAttrValue(n, "name", "application-name") {
					x.metas = append(x.metas, n)
				}
			}
			var cls esClasses
			if k < len(known) && known[k].n == n {
				cls = known[k].cls
				k++
			} else {
				cls = classesOf(n)
			}
			if cls != 0 {
				tidbit := cls&clsPresTidbit != 0
				x.presTidbit = x.presTidbit || tidbit
				x.esPage = x.esPage || tidbit || n.Data == "ul" && cls&clsSpeakersWrap != 0 || n.Data == "li" && cls&clsSpeakerrow != 0
				listRow := n.Data == "li" && cls&clsListRow != 0
				x.listRow = x.listRow || listRow
				if listRow || cls&clsDayrow != 0 {
					x.esRows = append(x.esRows, n)
					if x.esRead == nil {
						x.esRead = make([]esRow, 0, len(p.esReader().lines)*5/4+8)
					}
					if esDayHeader(n) {
						x.esRead = append(x.esRead, esRow{header: true})
					} else {
						// Read now, while its nodes are in the cache: the
						// walk goes on through them.
						rd := p.esReader()
						rows++
						x.esRead = append(x.esRead, rd.row(n, rows))
						known, k = rd.walk.classes, 0
					}
				}
			}
		}
		// The next node in document order.
		if n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	return x
}

// hasAttrValue reports whether n has attribute key with value v, as the
// selector [key="v"] matches it.
func hasAttrValue(n *html.Node, key, v string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Val == v {
			return true
		}
	}
	return false
}

// appendTextLine appends oneLine(nodeText(n)) to dst in one pass: all
// of n's text, every run of white space one space, the ends trimmed.
func appendTextLine(dst []byte, n *html.Node) []byte {
	w := &lineWriter{buf: dst, start: len(dst), one: true}
	eachText(n, w.text)
	w.flush()
	return w.buf
}

// nodeText is goquery's Text of the single node n: all its text, as is;
// "" for nil.
func nodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	eachText(n, func(s string) { b.WriteString(s) })
	return b.String()
}

// eachText calls f with the text of each text node in n, in document
// order.
func eachText(n *html.Node, f func(string)) {
	if n.Type == html.TextNode {
		f(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		eachText(c, f)
	}
}

// htmlReader is one way of reading a page. applies reports whether the page
// has the shape the reader knows; read returns its items.
type htmlReader struct {
	format  string
	applies func(p *htmlPage) bool
	read    func(p *htmlPage) ([]planner.Item, []*Warning, error)
}

var htmlReaders = []htmlReader{
	{"eventscribe-html", esListApplies, readESList},
	{"eventscribe-html", esPageApplies, readESPage},
	{"json-ld", jsonLDApplies, readJSONLDPage},
	{"microdata", microdataApplies, readMicrodata},
	{"html-table", tableApplies, readHTMLTables},
}

// readHTML reads a saved program page.
func readHTML(data []byte, name string, opt Options) (*Result, error) {
	if !utf8.Valid(data) {
		// A page saved in its legacy encoding: the <meta charset> says
		// which, else Windows-1252.
		enc, _, _ := charset.DetermineEncoding(data[:min(len(data), 4096)], "text/html")
		if dec, err := enc.NewDecoder().Bytes(data); err == nil {
			data = dec
		}
	}
	root, err := parsePage(data)
	if err != nil {
		return nil, &Error{File: name, Reason: "cannot parse the page as HTML: " + err.Error()}
	}
	return readParsedHTML(goquery.NewDocumentFromNode(root), data, name, opt)
}

// readParsedHTML reads a page goquery has parsed: everything readHTML
// does after the parse.
func readParsedHTML(doc *goquery.Document, data []byte, name string, opt Options) (*Result, error) {
	p := &htmlPage{doc: doc, data: data, name: name, opt: opt}
	// A known meeting goes by its canonical name, as in every other
	// format, so the meeting's identity (which seeds calendar UIDs) does
	// not depend on which file is read first.
	p.meeting = pageMeeting(p)
	if known, _ := p.guess(); known != "" {
		p.meeting = known
	}
	var warns []*Warning
	tried := false
	for _, r := range htmlReaders {
		if !r.applies(p) {
			continue
		}
		tried = true
		items, w, err := r.read(p)
		if err != nil {
			return nil, err
		}
		warns = append(warns, w...)
		if len(items) > 0 {
			if tw := truncatedPage(data, name); tw != nil {
				w = append(w, tw)
			}
			return &Result{Format: r.format, Meeting: p.meeting, Zone: p.loc, Items: items, Warnings: w}, nil
		}
	}
	res := &Result{Format: "html", Meeting: p.meeting, Warnings: warns}
	if !tried {
		return nil, &Error{File: name, Reason: "no program found in this page: no eventScribe schedule, schema.org events or table with a header row",
			Hint: "save the full schedule or session list page (File > Save Page As, \"Web Page, Complete\" or \"HTML only\"), or export the program as CSV"}
	}
	return res, nil
}

// truncatedPage warns when a page that opens <html> or <body> never
// closes it: a page saved before it finished loading, or cut short, whose
// last items are missing.
func truncatedPage(data []byte, name string) *Warning {
	head := bytes.ToLower(data[:min(len(data), 4096)])
	tail := bytes.ToLower(data[max(0, len(data)-4096):])
	for _, tag := range []string{"html", "body"} {
		if bytes.Contains(head, []byte("<"+tag)) && !bytes.Contains(tail, []byte("</"+tag)) {
			return &Warning{File: name, Line: lineOf(data, len(data)), Reason: fmt.Sprintf("the page ends early (no </%s>): items after this line are missing", tag),
				Hint: "save the page again once it has finished loading (scroll to its end first)"}
		}
	}
	return nil
}

// zone returns the conference zone for wall-clock times on the page:
// --tz, else a known meeting named in the page's title or heading. It
// fails with an error wrapping ErrNoZone.
func (p *htmlPage) zone() (*time.Location, error) {
	if p.zoneSeen {
		return p.loc, p.zoneErr
	}
	p.zoneSeen = true
	if p.opt.Zone != nil {
		p.loc = p.opt.Zone
		return p.loc, nil
	}
	name, loc := p.guess()
	if loc != nil {
		p.loc = loc
		if p.meeting == "" {
			p.meeting = name
		}
		return loc, nil
	}
	p.zoneErr = noZone(p.name, "the page's times have no time zone and the meeting is not one confplan knows", p.zoneLabel())
	return nil, p.zoneErr
}

// zoneError is an *Error that also wraps ErrNoZone, so callers can retry
// with a zone found elsewhere (errors.Is) and still print the hint
// (errors.As).
type zoneError struct{ err *Error }

func (e zoneError) Error() string   { return e.err.Error() }
func (e zoneError) Unwrap() []error { return []error{e.err, ErrNoZone} }

// noZone returns the error for times that need a zone nobody gave.
// label is a zone label the input printed ("PDT"), used for the example.
func noZone(file, reason, label string) error {
	return zoneError{&Error{File: file, Reason: reason,
		Hint: "name the conference's time zone with --tz, e.g. --tz " + zoneHint(label)}}
}

// date reads a date printed on the page. Day headers often leave out
// the year ("Saturday, September 27"); it is then the year of the meeting
// the page names, or the year in its title.
func (p *htmlPage) date(s string) (civilDate, error) {
	d, err := parseDate(s, p.opt.DateOrder)
	if err == nil || d.Year != 0 || d.Month == 0 || d.Day == 0 {
		return d, err
	}
	y := p.year()
	if y == 0 {
		return d, err
	}
	d.Year = y
	if t := time.Date(y, d.Month, d.Day, 12, 0, 0, 0, time.UTC); t.Day() != d.Day {
		return d, fmt.Errorf("date %q: %s %d has no day %d", s, d.Month, y, d.Day)
	}
	return d, nil
}

var yearRe = regexp.MustCompile(`\b(20\d\d)\b`)

// year returns the meeting's year: a known meeting's, else the first
// year in the page's title or heading; 0 when there is none.
func (p *htmlPage) year() int {
	head := p.headText()
	if name, _ := p.guess(); name != "" {
		for _, km := range KnownMeetings {
			if km.Name == name {
				return km.Year
			}
		}
	}
	if m := yearRe.FindString(head); m != "" {
		y, _ := strconv.Atoi(m)
		return y
	}
	return 0
}

// zoneLabel returns the first zone label printed with a time on the page
// ("PDT" in eventScribe's <small>), for the hint only.
func (p *htmlPage) zoneLabel() string {
	if t := oneLine(p.doc.Find(".prestime small, .pres-tidbit small").First().Text()); t != "" {
		return t
	}
	return ""
}

// headText is the text that names the page: its title, first h1 and
// og:title / og:site_name / application-name.
func (p *htmlPage) headText() string {
	if p.headSeen {
		return p.head
	}
	x := p.index()
	parts := []string{oneLine(nodeText(x.title)), oneLine(nodeText(x.h1))}
	for _, m := range x.metas {
		parts = append(parts, oneLine(attr(m, "content")))
	}
	p.head, p.headSeen = strings.Join(parts, "\n"), true
	return p.head
}

// guess is guessMeeting of the page's head text, read once.
func (p *htmlPage) guess() (string, *time.Location) {
	if !p.knownSeen {
		p.known, p.knownLoc = guessMeeting([]byte(p.headText()))
		p.knownSeen = true
	}
	return p.known, p.knownLoc
}

var (
	meetingWord = regexp.MustCompile(`(?i)\b(annual meeting|meeting|congress|conference|symposium|summit|convention|forum|world congress)\b`)
	titleSplit  = regexp.MustCompile(`\s+[|–—-]\s+|\s*\|\s*`)
)

// pageMeeting returns the meeting the page's title or first heading names,
// cleaned of the page-kind suffixes saved pages carry ("– Full Schedule",
// "| eventScribe"), or "" when neither names a meeting.
func pageMeeting(p *htmlPage) string {
	x := p.index()
	cands := titleSplit.Split(oneLine(nodeText(x.title)), -1)
	if !x.presTidbit {
		// On a session page the heading is the session ("ARRO Business
		// Meeting"), not the meeting.
		cands = append(cands, oneLine(nodeText(x.h1)))
	}
	for _, m := range x.metas {
		if hasAttrValue(m, "property", "og:site_name") {
			cands = append(cands, oneLine(attr(m, "content")))
		}
	}
	for _, c := range cands {
		c = strings.TrimSpace(c)
		if c != "" && len(c) < 160 && meetingWord.MatchString(c) {
			return c
		}
	}
	return ""
}

// oneLine collapses all white space (including no-break spaces) into
// single spaces and trims the ends.
func oneLine(s string) string { return collapseSpace(s, isSpaceRune) }

// squeeze is strings.Join(strings.Fields(s), " "): white space as
// unicode.IsSpace sees it collapsed into single spaces, the ends trimmed.
func squeeze(s string) string { return collapseSpace(s, unicode.IsSpace) }

// collapseSpace is strings.Join(strings.FieldsFunc(s, space), " ") in
// one pass, returning s itself (no allocation) when it is already
// collapsed, as most cells and names are. space must agree with
// asciiSpace on ASCII, as isSpaceRune and unicode.IsSpace do: ASCII bytes
// are judged without decoding or calling it.
func collapseSpace(s string, space func(rune) bool) string {
	clean, prev := true, true // prev: the last rune was a space (or the start)
	for i := 0; i < len(s); {
		// Eight bytes at a time while they are printable ASCII and single
		// spaces, as most text is.
		for ; i+8 <= len(s); i += 8 {
			x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
			if x&hiBits != 0 || (x-spaces)&^x&hiBits != 0 {
				break // a byte ≥ 0x80 or below ' ' (x-spaces borrows only after one)
			}
			y := x ^ spaces                           // zero bytes where x has a space
			sp := ^((y&loBits + loBits) | y | loBits) // 0x80 at each space, exactly
			if sp&(sp<<8) != 0 || prev && sp&0x80 != 0 {
				break // two spaces in a row, or a space first
			}
			prev = sp>>63 != 0
		}
		for ; i < len(s); i++ { // printable ASCII and single spaces: one test a byte
			if c := s[i]; c > ' ' && c < utf8.RuneSelf {
				prev = false
			} else if c != ' ' || prev {
				break
			} else {
				prev = true
			}
		}
		if i == len(s) {
			break
		}
		// Anything else, one rune: then back to the fast loops, as a
		// name with an accent is ASCII again after it.
		c := s[i]
		sp := asciiSpace[c]
		if c < utf8.RuneSelf {
			i++
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			sp = space(r)
			i += n
		}
		if sp {
			if prev || c != ' ' {
				clean = false
				break
			}
			prev = true
		} else {
			prev = false
		}
	}
	if clean && (!prev || s == "") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		sp, n := asciiSpace[c], 1
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			sp = space(r)
		}
		if !sp {
			if start < 0 {
				start = i
			}
			i += n
			continue
		}
		if start >= 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:])
	}
	return b.String()
}

// The words of collapseSpace's eight-byte test.
const (
	hiBits = 0x8080808080808080
	loBits = 0x7f7f7f7f7f7f7f7f
	spaces = 0x2020202020202020
)

// asciiSpace marks the ASCII white space bytes, those both isSpaceRune
// and unicode.IsSpace report.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u3000', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// blockTags separate text by a line break when flattening.
var blockTags = map[string]bool{
	"br": true, "p": true, "div": true, "li": true, "tr": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "section": true, "article": true, "ul": true, "ol": true,
	"table": true, "dd": true, "dt": true, "header": true, "footer": true,
}

// isBlockTag is blockTags[n.Data] for element n, told by its atom where
// the parser gave it one.
func isBlockTag(n *html.Node) bool {
	switch n.DataAtom {
	case 0:
		return blockTags[n.Data]
	case atom.Br, atom.P, atom.Div, atom.Li, atom.Tr, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Article,
		atom.Ul, atom.Ol, atom.Table, atom.Dd, atom.Dt, atom.Header, atom.Footer:
		if n.Data == n.DataAtom.String() {
			return true
		}
	default:
		if n.Data == n.DataAtom.String() {
			return false
		}
	}
	return blockTags[n.Data]
}

// flatText returns the text of n as a reader sees it: superscripts glued
// to the word before them (affiliation numbers "Raman<sup>1</sup>" become
// "Raman1"), a line break for <br> and block elements, bold text marked
// with a trailing "*" when mark is set (the presenting-author convention
// of abstract author lists), scripts and styles dropped. Runs of spaces
// within a line are collapsed.
func flatText(n *html.Node, mark bool) string {
	return flatTextSkip(n, mark, nil)
}

// flatTextSkip is flatText leaving out the subtrees of the descendants
// skip reports (nil skips nothing). skip is asked about elements only:
// text, comments and the like are never skipped.
func flatTextSkip(n *html.Node, mark bool, skip func(*html.Node) bool) string {
	t, _ := flatten(n, mark, false, skip, 0)
	return t
}

// flatLine is oneLine(flatTextSkip(n, false, skip)): the text of n on one
// line.
func flatLine(n *html.Node, skip func(*html.Node) bool) string {
	t, _ := flatten(n, false, true, skip, 0)
	return t
}

// flatten writes the text of n as flatText does, in one pass: each line's
// runs of white space become one space and empty lines go, or, when one
// is set, every break is a space. marked reports whether a bold mark was
// written. With a limit above 0 it stops once it has written that many
// bytes: the text returned is then the start of the whole text.
func flatten(n *html.Node, mark, one bool, skip func(*html.Node) bool, limit int) (text string, marked bool) {
	// The text is gathered in a pooled buffer and copied out once.
	bp := flatBufs.Get().(*[]byte)
	buf, marked := appendFlat((*bp)[:0], n, mark, one, skip, limit)
	text = string(buf)
	if cap(buf) <= 1<<20 {
		*bp = buf[:0]
		flatBufs.Put(bp)
	}
	return text, marked
}

// appendFlat appends flatten's text to dst.
func appendFlat(dst []byte, n *html.Node, mark, one bool, skip func(*html.Node) bool, limit int) ([]byte, bool) {
	f := flatWalk{w: lineWriter{buf: dst, start: len(dst), one: one}, root: n, mark: mark, skip: skip, limit: limit + len(dst)}
	if limit <= 0 {
		f.limit = 0
	}
	f.walk(n, 0)
	if !f.stopped {
		f.w.flush()
	}
	return f.w.buf, f.marked
}

// flatWalk is one flatten's walk: a struct, not a closure, so that a
// call allocates nothing but its text.
type flatWalk struct {
	w       lineWriter
	root    *html.Node
	mark    bool
	skip    func(*html.Node) bool
	limit   int
	stopped bool // at the limit: nothing more is written
	marked  bool
}

func (f *flatWalk) walk(n *html.Node, depth int) {
	w := &f.w
	if f.limit > 0 && len(w.buf) >= f.limit {
		f.stopped = true
	}
	if f.stopped || depth > 512 {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if f.skip != nil && n != f.root && f.skip(n) {
			return
		}
		switch n.Data {
		case "script", "style", "noscript", "template", "img", "svg":
			return
		}
	}
	block := n.Type == html.ElementNode && isBlockTag(n)
	if block {
		w.lineBreak()
	}
	bold := f.mark && n.Type == html.ElementNode && (n.Data == "b" || n.Data == "strong")
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		f.walk(c, depth+1)
	}
	if f.stopped {
		return
	}
	if bold {
		w.flush()
		w.word("*")
		f.marked = true
	}
	if block {
		w.lineBreak()
	}
}

// lineWriter appends text to buf as oneLine would have it after the
// pieces were joined (flatText's lines, or, when one is set, one line):
// words separated by one space, or by a line break where one was, the
// ends trimmed. A piece ending in part of a rune keeps that part until
// the next piece, as joining the pieces first would.
type lineWriter struct {
	buf       []byte
	start     int  // where the text starts in buf
	one       bool // line breaks are spaces
	space, nl bool // breaks seen since the last word
	pending   string
}

func (w *lineWriter) word(s string) {
	if len(w.buf) > w.start {
		if w.nl && !w.one {
			w.buf = append(w.buf, '\n')
		} else if w.space || w.nl {
			w.buf = append(w.buf, ' ')
		}
	}
	w.space, w.nl = false, false
	w.buf = append(w.buf, s...)
}

// lineBreak is a '\n' between pieces.
func (w *lineWriter) lineBreak() {
	w.flush()
	w.nl = true
}

// flush writes a held part of a rune: nothing follows it.
func (w *lineWriter) flush() {
	if p := w.pending; p != "" {
		w.pending = ""
		w.scan(p)
	}
}

// text writes one piece of text.
func (w *lineWriter) text(s string) {
	if w.pending != "" {
		s, w.pending = w.pending+s, ""
	}
	// Hold a rune's start that the next piece may complete.
	for k := len(s) - 1; k >= 0 && k >= len(s)-3; k-- {
		if c := s[k]; c < utf8.RuneSelf {
			break
		} else if c >= 0xC0 {
			if !utf8.FullRuneInString(s[k:]) {
				s, w.pending = s[:k], s[k:]
			}
			break
		}
	}
	w.scan(s)
}

func (w *lineWriter) scan(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if asciiSpace[c] {
			if c == '\n' {
				w.nl = true
			} else {
				w.space = true
			}
			i++
			continue
		}
		if c >= utf8.RuneSelf && mayBeSpace(c) {
			if r, size := utf8.DecodeRuneInString(s[i:]); isSpaceRune(r) {
				w.space = true
				i += size
				continue
			}
		}
		// A word starts at i. It and the words after it that are
		// separated by one ' ' are written as one run: the text they
		// make is the same.
		j := i + 1
	run:
		for {
			// Eight bytes at a time while they are printable ASCII and single
			// spaces (collapseSpace's test); a space they end with is looked
			// at again below.
			for prev := false; j+8 <= len(s); j += 8 {
				x := binary.LittleEndian.Uint64([]byte(s[j : j+8]))
				if x&hiBits != 0 || (x-spaces)&^x&hiBits != 0 {
					break
				}
				y := x ^ spaces
				sp := ^((y&loBits + loBits) | y | loBits)
				if sp&(sp<<8) != 0 || prev && sp&0x80 != 0 {
					break
				}
				prev = sp>>63 != 0
				if prev && (j+8 == len(s) || s[j+8] <= ' ' || s[j+8] >= utf8.RuneSelf) {
					// The space ends the run unless printable ASCII follows
					// it: the loop below decides.
					j += 7
					break
				}
			}
			for j < len(s) {
				c := s[j]
				if c > ' ' && c < utf8.RuneSelf {
					j++
					continue
				}
				if c == ' ' {
					if j+1 < len(s) && s[j+1] > ' ' && s[j+1] < utf8.RuneSelf {
						j += 2
						continue
					}
					break run
				}
				if c < utf8.RuneSelf {
					break run // other ASCII white space or a control byte
				}
				if mayBeSpace(c) {
					r, size := utf8.DecodeRuneInString(s[j:])
					if isSpaceRune(r) {
						break run
					}
					j += size
				} else {
					j++
				}
				continue run // ASCII may follow the rune: eight bytes at a time again
			}
			break
		}
		w.word(s[i:j])
		i = j
	}
}

// mayBeSpace reports whether c can start a non-ASCII rune isSpaceRune
// reports: U+0085, U+00A0 (0xC2 …), U+2002…U+202F (0xE2 …), U+3000 (0xE3 …).
// No other byte starts one, and none of these is ever inside a rune.
func mayBeSpace(c byte) bool { return c == 0xC2 || c == 0xE2 || c == 0xE3 }

var flatBufs = sync.Pool{New: func() any { return new([]byte) }}

// lineOf returns the 1-based line of byte offset off in data.
func lineOf(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// lineCounter gives the lines of increasing offsets in one pass over the
// data, so numbering every record of a large file stays linear.
type lineCounter struct {
	data      []byte
	off, line int
}

func newLineCounter(data []byte) *lineCounter { return &lineCounter{data: data, line: 1} }

// at returns the line of off; offsets before the last one asked are
// counted from the start.
func (c *lineCounter) at(off int) int {
	off = min(max(off, 0), len(c.data))
	if off < c.off {
		c.off, c.line = 0, 1
	}
	c.line += bytes.Count(c.data[c.off:off], []byte("\n"))
	c.off = off
	return c.line
}

// source formats an item's Source: "file:line" when the line is known,
// else "file:element".
func source(file string, line int, elem string) string {
	if line > 0 {
		var b [20]byte // the number is not a string of its own
		return file + ":" + string(strconv.AppendInt(b[:0], int64(line), 10))
	}
	return file + ":" + elem
}

// warnAt returns a warning at a line or, when the line is unknown, an element.
func warnAt(file string, line int, elem, reason string) *Warning {
	w := &Warning{File: file, Reason: reason}
	if line > 0 {
		w.Line = line
	} else {
		w.Element = elem
	}
	return w
}

// --- helpers shared by the HTML, JSON and iCal readers ---

// clockRe finds the first time of day in free text ("2:45 PM", "14:45", "2 pm").
var clockRe = regexp.MustCompile(`(?i)\b\d{1,2}(?::\d{2}|\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?:\W|$))|\b(?:noon|midnight)\b`)

// splitDateTime splits text such as "Sunday, September 28, 2025 | 2:45 PM
// - 4:00 PM PDT" into its date part and its time part at the first time of
// day. Either may be empty.
func splitDateTime(s string) (date, tm string) {
	s = oneLine(s)
	loc := clockRe.FindStringIndex(s)
	if loc == nil {
		return strings.Trim(s, " |,;·•@"), ""
	}
	// A bare number before a comma ("28, 2025") is a day, not a time:
	// clockRe requires a colon or am/pm, so loc[0] is a real time.
	date = strings.TrimRight(strings.TrimSpace(s[:loc[0]]), " |,;·•@-–—")
	date = strings.TrimSuffix(strings.TrimSpace(date), " at")
	return strings.TrimSpace(date), strings.TrimSpace(s[loc[0]:])
}

// span turns a day and a parsed time range into start and end instants.
// A range whose end is before its start crosses midnight when that makes
// a span of at most 12 hours; otherwise ok is false. A time without an end
// ends when it starts.
func span(d civilDate, tr timeRange, loc *time.Location) (start, end time.Time, ok bool) {
	start = at(d, tr.Start, loc)
	if !tr.HasEnd {
		return start, start, true
	}
	end = at(d, tr.End, loc)
	if end.Before(start) {
		next := at(civilDate{d.Year, d.Month, d.Day + 1}, tr.End, loc)
		if next.Sub(start) > 12*time.Hour {
			return start, start, false
		}
		end = next
	}
	return start, end, true
}

// splitAbstractNumber returns the abstract number and the title of a
// presentation title, "1001 - Title" or "LBA 03 – Title", or "" and the
// title unchanged when there is none. The number is up to four capital
// letters (then perhaps a space or a hyphen), one to six digits and
// perhaps a letter; then a dash, colon or period with white space
// after it, and a title on one line.
func splitAbstractNumber(title string) (num, rest string) {
	s := title
	i := 0
	for i < len(s) && i < 5 && 'A' <= s[i] && s[i] <= 'Z' {
		i++
	}
	if i == 5 {
		return "", title // five capitals: no letter part takes them
	}
	if i > 0 && i < len(s) && (s[i] == ' ' || s[i] == '-') {
		i++
	}
	d := i
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == d || i-d > 6 {
		return "", title
	}
	if i < len(s) && ('A' <= s[i] && s[i] <= 'Z' || 'a' <= s[i] && s[i] <= 'z') {
		i++
	}
	end := i // of the number
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	switch {
	case i < len(s) && (s[i] == '-' || s[i] == ':' || s[i] == '.'):
		i++
	case strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—"):
		i += len("–")
	default:
		return "", title
	}
	j := i
	for j < len(s) && reSpace(s[j]) {
		j++
	}
	if j == i || j == len(s) || strings.IndexByte(s[j:], '\n') >= 0 {
		return "", title
	}
	return s[:end], strings.TrimSpace(s[j:])
}

// roleFromLabel maps a printed role label ("Moderators", "Co-Chair",
// "Presenting Author") to a role. Presenter means the presenting author of
// a talk or poster and a speaker of a session. Labels that are not roles
// give ok false.
func roleFromLabel(label string, presentation bool) (planner.Role, bool) {
	l := strings.ToLower(oneLine(label))
	l = strings.TrimSuffix(l, "(s)")
	l = strings.TrimSuffix(strings.TrimSpace(l), "s")
	l = strings.TrimSpace(l)
	switch l {
	case "speaker", "invited speaker", "keynote speaker", "keynote", "faculty", "lecturer", "presenting faculty",
		"featured speaker", "guest speaker", "plenary speaker", "instructor", "discussant":
		return planner.RoleSpeaker, true
	case "moderator", "co-moderator", "chair", "co-chair", "cochair", "session chair", "chairperson", "facilitator",
		"host", "co-host", "organizer", "director", "course director", "session moderator":
		return planner.RoleModerator, true
	case "panelist", "panellist", "panel member", "panel":
		return planner.RolePanelist, true
	case "presenter", "presenting":
		if presentation {
			return planner.RolePresentingAuthor, true
		}
		return planner.RoleSpeaker, true
	case "presenting author", "submitting author", "first author", "presenting and submitting author":
		return planner.RolePresentingAuthor, true
	case "author", "co-author", "coauthor", "contributing author":
		return planner.RoleAuthor, true
	}
	return roleLabel(label)
}

// mergePresenter merges the presenting author printed on its own line
// ("Presenter: Priya Raman, MD – Duke University") with their entry in the
// author list ("P Raman1"), so one person is listed once: the presenter's
// fuller name and credentials, the presenting-author role, and the
// affiliations of both. The presenter comes first, then the other authors
// in printed order.
func mergePresenter(presenters, authors []planner.Person) []planner.Person {
	return appendMerged(make([]planner.Person, 0, len(presenters)+len(authors)), presenters, authors)
}

// appendMerged appends mergePresenter(presenters, authors) to out.
func appendMerged(out, presenters, authors []planner.Person) []planner.Person {
	out = slices.Grow(out, len(presenters)+len(authors))
	var usedBuf [32]bool
	used := usedBuf[:0]
	if len(authors) > len(usedBuf) {
		used = make([]bool, len(authors))
	} else {
		used = usedBuf[:len(authors)]
	}
	for _, p := range presenters {
		if i := presenterIn(p.Name, authors, used); i >= 0 {
			used[i] = true
			p = withAffiliations(p, authors[i])
		}
		if p.Affiliations == nil {
			p.Affiliations = []string{}
		}
		out = append(out, p)
	}
	for i, a := range authors {
		if !used[i] {
			out = append(out, a)
		}
	}
	return out
}

// mergedOver is appendMerged(nil, presenters, authors) written over
// authors, which the caller gives up, when there is one presenter and
// the list names them: the presenter first, then the others in order.
func mergedOver(presenters, authors []planner.Person) []planner.Person {
	if len(presenters) != 1 {
		return appendMerged(nil, presenters, authors)
	}
	i := presenterIn(presenters[0].Name, authors, nil)
	if i < 0 {
		return appendMerged(nil, presenters, authors)
	}
	p := withAffiliations(presenters[0], authors[i])
	if p.Affiliations == nil {
		p.Affiliations = []string{}
	}
	copy(authors[1:i+1], authors[:i])
	authors[0] = p
	return authors
}

// presenterIn returns the index of the first author not used (used may
// be nil) who is plausibly the presenter, -1 when none is: a full name
// and an author-list name ("P Raman", "P. A. Raman", "Raman P") are the
// same person when they have the same surname and the same first
// initial (or one has none).
func presenterIn(name string, authors []planner.Person, used []bool) int {
	fs, fi := nameSurnameInitial(name) // once, not once per author
	if fs == "" {
		return -1
	}
	for i, a := range authors {
		if used != nil && used[i] {
			continue
		}
		if ss, si := nameSurnameInitial(a.Name); strings.EqualFold(fs, ss) && (fi == 0 || si == 0 || fi == si) {
			return i
		}
	}
	return -1
}

// withAffiliations adds to p the affiliations of a it does not hold in
// some form.
func withAffiliations(p, a planner.Person) planner.Person {
	for _, af := range a.Affiliations {
		if !containsAffiliation(p.Affiliations, af) {
			p.Affiliations = append(p.Affiliations, af)
		}
	}
	return p
}

// nameSurnameInitial returns a name's surname and first initial, handling
// "Last, First" and "Last FI" (initials after the surname).
func nameSurnameInitial(name string) (string, rune) {
	name = strings.Trim(oneLine(strings.ReplaceAll(name, "*", "")), " ,")
	if i := strings.Index(name, ","); i > 0 {
		last, first := strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+1:])
		return last, firstRune(first)
	}
	first, last, n := outerFields(name)
	if n == 0 {
		return "", 0
	}
	if n > 1 && isInitials(last) && !isInitials(first) {
		return first, firstRune(last)
	}
	return last, firstRune(first)
}

// outerFields returns the first and last of strings.Fields(s) and how
// many there are, counting only to two.
func outerFields(s string) (first, last string, n int) {
	for i := 0; i < len(s); {
		// a space: skip it
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		// a field: find its end
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		if n == 0 {
			first = s[i:j]
		}
		last = s[i:j]
		n = min(n+1, 2)
		i = j
	}
	return first, last, n
}

// isInitials reports whether s, without its periods, is one to three
// runes none of which upper-casing changes.
func isInitials(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return isInitialsSlow(s)
		case c == '.':
		case 'a' <= c && c <= 'z':
			return false
		default:
			n++
		}
	}
	return n > 0 && n <= 3
}

// isInitialsSlow is isInitials for any text.
func isInitialsSlow(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if s == "" || utf8.RuneCountInString(s) > 3 {
		return false
	}
	return strings.ToUpper(s) == s
}

// firstRune is the first rune of strings.ToUpper(s), 0 for "".
func firstRune(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.ToUpper(r)
}

// containsAffiliation reports whether list already holds af or a longer
// or shorter form of it ("Duke University" and "Duke University, Durham, NC").
func containsAffiliation(list []string, af string) bool {
	for _, l := range list {
		if lowerPrefixEither(l, af) {
			return true
		}
	}
	return false
}

// lowerPrefixEither reports whether strings.ToLower(a) starts with
// strings.ToLower(b) or b's with a's, without lowering either: the
// runes are lowered one at a time, as strings.ToLower lowers them (an
// invalid byte is U+FFFD).
func lowerPrefixEither(a, b string) bool {
	for len(a) > 0 && len(b) > 0 {
		ra, na := lowerRune(a)
		rb, nb := lowerRune(b)
		if ra != rb {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return true
}

// lowerRune is the first rune of s lowered, and its length in s.
func lowerRune(s string) (rune, int) {
	if c := s[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s)
	return unicode.ToLower(r), n
}

// fixPeople gives every person a non-nil affiliation list and drops
// people without a name.
func fixPeople(ps []planner.Person) []planner.Person {
	out := ps[:0]
	for _, p := range ps {
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		if p.Affiliations == nil {
			p.Affiliations = []string{}
		}
		out = append(out, p)
	}
	return out
}

// --- MHTML ---

// isMHTML reports whether the lower-cased head of a file is a web page
// saved as a single MIME file (Chrome and Edge "Webpage, Single File",
// .mhtml/.mht).
func isMHTML(lower []byte) bool {
	return bytes.Contains(lower, []byte("mime-version:")) && bytes.Contains(lower, []byte("multipart/related"))
}

// readMHTML reads the page inside an MHTML file: its first text/html part,
// decoded from quoted-printable or base64. The other parts (images,
// stylesheets) are ignored.
func readMHTML(data []byte, name string, opt Options) (*Result, error) {
	bad := func(reason string) error {
		return &Error{File: name, Reason: "cannot read the saved page (MHTML): " + reason,
			Hint: "save the page again as \"Webpage, HTML Only\" or \"Webpage, Complete\""}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, bad(err.Error())
	}
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || params["boundary"] == "" {
		return nil, bad("no multipart boundary")
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return nil, bad("no HTML part")
		}
		if err != nil {
			return nil, bad(err.Error())
		}
		ct, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if ct != "text/html" {
			continue
		}
		var r io.Reader = part // NextPart decodes quoted-printable itself
		if strings.EqualFold(strings.TrimSpace(part.Header.Get("Content-Transfer-Encoding")), "base64") {
			r = base64.NewDecoder(base64.StdEncoding, part)
		}
		page, err := io.ReadAll(io.LimitReader(r, MaxInput))
		if err != nil {
			return nil, bad(err.Error())
		}
		return readHTML(page, name, opt)
	}
}
