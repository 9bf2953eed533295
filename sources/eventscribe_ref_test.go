package sources

// The row reader of eventScribe lists as it was before it read a row in
// one walk (esReader.row), kept as the reference the new one must agree with.

import (
	"bytes"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// esReadRowRef reads the fields of one row, ignoring anything that belongs
// to a row the parser nested inside it.
func esReadRowRef(row *html.Node, file string, n int, lines map[string]int, voc *vocab) esRow {
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
	if r.presid != "" {
		r.line = lines[r.presid]
		r.elem = "li[data-presid=" + r.presid + "]"
	} else {
		r.elem = fmt.Sprintf("schedule row %d", n)
	}
	// The row's own elements (not those of a row the parser nested in
	// it), sorted in one pass by what they hold.
	var primary, prestime, secondary *html.Node
	var details, metas, peopleLines []*html.Node // .text-12 and .list-row-primary > div; .session-meta; .mar-btm-xs, .authors
	wrappers := make(map[*html.Node]bool)        // elements holding people lines are wrappers, not lines themselves
	for c := range ownNodesRef(row) {
		cls := classesOfRef(c)
		if c.Data == "div" && c.Parent != nil && classesOfRef(c.Parent)&clsListRowPrimary != 0 {
			cls |= clsDetail // .list-row-primary > div
		}
		if cls == 0 {
			continue
		}
		if primary == nil && cls&clsListRowPrimary != 0 {
			primary = c
		}
		if prestime == nil && cls&clsPrestime != 0 {
			prestime = c
		}
		if secondary == nil && cls&clsListRowSecondary != 0 {
			secondary = c
		}
		if cls&(clsText12|clsDetail) != 0 {
			details = append(details, c)
		}
		if cls&clsSessionMeta != 0 {
			metas = append(metas, c)
		}
		if cls&clsMarBtmXs != 0 {
			for a := c.Parent; a != nil && a != row && !wrappers[a]; a = a.Parent {
				wrappers[a] = true
			}
		}
		if cls&(clsMarBtmXs|clsAuthors) != 0 {
			peopleLines = append(peopleLines, c)
		}
	}
	if primary == nil {
		primary = row
	}
	r.title = esTitle(primary)
	if prestime != nil {
		r.timeText = rowLine(prestime)
	} else if secondary != nil {
		r.timeText = rowLine(secondary)
	}
	for _, d := range details {
		if r.room != "" {
			break // the first room stands
		}
		if !startsWithLabelRef(d, "location", "room", "venue") {
			continue // as a people section: not flattened whole to learn so
		}
		if v, ok := cutLabel(rowLine(d), "location", "room", "venue"); ok {
			r.room = v
		}
	}
	for _, d := range metas {
		for _, part := range strings.Split(rowLine(d), "|") {
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
	for _, d := range peopleLines {
		if wrappers[d] {
			continue // a wrapper of lines, not a line
		}
		t, marked := flatten(d, true, false, isListRow, 0)
		if gqHasClass(d, "authors") || hasPrefixFold(t, "authors:") {
			if r.authors == "" {
				r.authors = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "Authors:"), "authors:"))
			}
			continue
		}
		// Without bold marks the marked text is the plain one.
		line := oneLine(t)
		if marked {
			line = rowLine(d)
		}
		label, rest, found := strings.Cut(line, ":")
		if !found {
			continue
		}
		role, ok := roleFromLabel(label, presentation)
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

// eachClassRef calls f with each class of element n, the tokens of its class
// attributes between " \t\r\n\f" as cascadia splits them, until f
// returns false.
func eachClassRef(n *html.Node, f func(string) bool) {
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

// classesOfRef returns which of esClasses element n has, reading its class
// attributes once.
func classesOfRef(n *html.Node) esClasses {
	var set esClasses
	eachClassRef(n, func(c string) bool {
		switch c {
		case "list-row-primary":
			set |= clsListRowPrimary
		case "prestime":
			set |= clsPrestime
		case "list-row-secondary":
			set |= clsListRowSecondary
		case "text-12":
			set |= clsText12
		case "session-meta":
			set |= clsSessionMeta
		case "mar-btm-xs":
			set |= clsMarBtmXs
		case "authors":
			set |= clsAuthors
		case "pres-tidbit":
			set |= clsPresTidbit
		case "speakers-wrap":
			set |= clsSpeakersWrap
		case "speakerrow":
			set |= clsSpeakerrow
		case "list-row":
			set |= clsListRow
		case "dayrow":
			set |= clsDayrow
		}
		return true
	})
	return set
}

// ownNodesRef yields the element descendants of row in document order,
// leaving out rows nested in it (and their contents).
func ownNodesRef(row *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		var walk func(n *html.Node, depth int) bool
		walk = func(n *html.Node, depth int) bool {
			if depth > 512 {
				return true
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode || isListRow(c) {
					continue
				}
				if !yield(c) || !walk(c, depth+1) {
					return false
				}
			}
			return true
		}
		walk(row, 0)
	}
}

// esDiffPages are pages whose rows esReader.row and esReadRowRef must read
// alike: the test pages, generated lists (well formed and with rows
// left open) and the synthetic ASTRO program.
func esDiffPages(t testing.TB) [][]byte {
	var pages [][]byte
	files, err := filepath.Glob("testdata/html/*.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, data)
	}
	return append(pages, esPage(12, 3, false), esPage(12, 3, true), synth.Generate(synth.Scale(1)).Program)
}

// esDiffRows compares the two row readers on every element of page.
func esDiffRows(t testing.TB, page []byte) int {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		return 0
	}
	lines := presidLines(page)
	rd := &esReader{lines: lines, voc: newVocab(nil)} // reused, as in a read
	n := 0
	for node := range doc.Get(0).Descendants() {
		if node.Type != html.ElementNode {
			continue
		}
		n++
		want := esReadRowRef(node, "f.html", n, lines, newVocab(nil))
		got := rd.row(node, n)
		if want.line > 0 {
			want.elem = "" // read only where the line is unknown
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("esReadRow(<%s> %d) =\n%+v\nwant\n%+v", node.Data, n, got, want)
		}
	}
	return n
}

func TestESReadRowDiff(t *testing.T) {
	for _, page := range esDiffPages(t) {
		esDiffRows(t, page)
	}
}

func FuzzESReadRow(f *testing.F) {
	for _, s := range []string{
		`<ul><li class="list-row" data-presid="1" data-buildcode="p"><div class="list-row-primary"><span>1001 - T</span><div>Room: 2</div>` +
			`<div class="mar-btm-xs"><div class="mar-btm-xs">Presenter: A B</div></div><div class="authors">A B<sup>1</sup></div></div></li></ul>`,
		`<li class="list-row bucket"><div class="list-row-secondary">2:45 PM</div><div class="text-12 session-meta">Session ID: SS 1 | Track: X</div><li class="list-row">n</li></li>`,
		`<li class="list-row" data-url="x/SessionInfo.asp"><div class="authors"><div class="mar-btm-xs">Moderator: <b>C D</b>, MD</div></div></li>`,
		"<li class='list-row\tprestime' class='x'><div class='list-row-primary\f'><div class=\"text-12\">Location : Hall</div></div></li>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		esDiffRows(t, page)
	})
}

func FuzzClassesOf(f *testing.F) {
	for _, s := range []string{"list-group-item list-row loadbyurl ", "mar-btm-xs\vauthors\ttext-12", "list-row-primary\fprestime\r\nx", "\x01dayrow  speakerrow",
		"  session-meta pres-tidbit speakers-wrap list-row-secondaryé", "list-row\x00list-row"} {
		f.Add(s, "authors")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		n := &html.Node{Type: html.ElementNode, Data: "li", Attr: []html.Attribute{{Key: "class", Val: a}, {Key: "id", Val: "x"}, {Key: "class", Val: b}}}
		if got, want := classesOf(n), classesOfRef(n); got != want {
			t.Errorf("classesOf(%q, %q) = %b, want %b", a, b, got, want)
		}
	})
}

func FuzzHasToken(f *testing.F) {
	for _, s := range []string{"list-group-item list-row loadbyurl ", "list-rows list-row", "xauthors authorsx", "authors", " authors", "dayrow\tlist-row"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		for _, tok := range []string{"list-row", "authors", "dayrow", "bucket", "a"} {
			if got, want := hasToken(v, tok), strings.Contains(" "+v+" ", " "+tok+" "); got != want {
				t.Errorf("hasToken(%q, %q) = %v, want %v", v, tok, got, want)
			}
		}
	})
}

// TestIndexDiff: the page index, which takes the classes of a row's
// elements from the row's reading, finds what asking classesOf of every
// element finds.
func TestIndexDiff(t *testing.T) {
	for _, page := range append(esDiffPages(t), []byte(`<ul><li class="list-row"><div class="dayrow">Monday, May 4</div><li class="x"><ul class="speakers-wrap"></ul>`+
		`<li class="a" class="list-row"><div class="pres-tidbit">x</div></li></li></li><li class="list-row bucket"><li class="list-row">y</li><span class="dayrow">z</span></li></ul>`)) {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		p := &htmlPage{doc: doc, data: page, name: "f.html"}
		x := p.index()
		var rows []*html.Node
		tidbit, esPage, listRow := false, false, false
		for n := range doc.Get(0).Descendants() {
			cls := classesOfRef(n)
			tidbit = tidbit || cls&clsPresTidbit != 0
			esPage = esPage || cls&clsPresTidbit != 0 || n.Data == "ul" && cls&clsSpeakersWrap != 0 || n.Data == "li" && cls&clsSpeakerrow != 0
			lr := n.Type == html.ElementNode && n.Data == "li" && cls&clsListRow != 0
			listRow = listRow || lr
			if lr || cls&clsDayrow != 0 {
				rows = append(rows, n)
			}
		}
		if !slices.Equal(x.esRows, rows) || x.presTidbit != tidbit || x.esPage != esPage || x.listRow != listRow {
			t.Errorf("index of a %d-byte page: %d rows, tidbit %v, page %v, list %v; want %d, %v, %v, %v",
				len(page), len(x.esRows), x.presTidbit, x.esPage, x.listRow, len(rows), tidbit, esPage, listRow)
		}
	}
}

func startsWithLabelRef(n *html.Node, labels ...string) bool {
	t, _ := flatten(n, false, true, isListRow, 16)
	for _, l := range labels {
		if hasPrefixFold(t, l) {
			return true
		}
	}
	return false
}
