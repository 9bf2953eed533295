package sources

// A faster road to html.Parse's tree for pages whose tags nest plainly,
// as generated and most saved program pages do. html.Parse runs the whole
// HTML5 tree construction algorithm on every token (insertion modes,
// scope searches, the list of active formatting elements); such a page
// needs none of it beyond a few checks. plainTree builds the tree while
// every token is one whose effect on html.Parse's tree it knows exactly,
// and gives up at the first that is not: the page is then parsed by
// html.Parse from the start. The tokens are read straight from the bytes
// (scan) where the page is written plainly enough to know what the
// tokenizer would make of them, else by the tokenizer html.Parse uses.
// Whatever parsePlain returns is html.Parse's tree, node for node
// (htmltree_test.go holds it to that: TestParsePlain, FuzzParsePlain).
//
// Cost: on the generated program page a quarter of html.Parse's
// instructions and a thirtieth of its allocations; the nodes (most of the
// 8 MB) are the same. A page that is not plain costs html.Parse plus the
// plain reading up to its first unknown token.

import (
	"bytes"
	"cmp"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parsePage parses a page as html.Parse does.
func parsePage(data []byte) (*html.Node, error) {
	if root, ok := parsePlain(data); ok {
		return root, nil
	}
	return html.Parse(bytes.NewReader(data))
}

// The insertion modes plainTree follows, as html.Parse names them.
type plainMode uint8

const (
	plainInitial plainMode = iota
	plainBeforeHTML
	plainBeforeHead
	plainInHead
	plainAfterHead
	plainInBody
	plainAfterBody
	plainAfterAfterBody
)

// plainTree is the tree being built: the open elements (html first) and
// the insertion mode, and what html.Parse's rules ask of them.
type plainTree struct {
	doc  *html.Node
	open []*html.Node
	mode plainMode
	p    int    // open p elements
	fmt  uint16 // the formatting elements open, one bit each (plainFormatting)

	// Nodes, attributes and strings are allocated in blocks: a page has
	// tens of thousands of each. A string a reader keeps (a title)
	// keeps its block of bytes, which holds no pointers.
	nodes   []html.Node
	attrs   []html.Attribute
	scratch []html.Attribute  // the current tag's, before they have a place
	keys    map[string]string // attribute names that are not atoms ("data-presid"), each once
	grown   *html.Node        // a text node being added to, and its text
	grow    []byte
	unesc   []byte // unescape's
	bytes   strings.Builder
}

// plainMaxDepth is below html.Parse's limit of 512 open elements, which
// fails the parse: deeper pages go to it.
const plainMaxDepth = 500

// parsePlain returns html.Parse's tree of data, or ok false when the
// page has a token it does not know the effect of.
func parsePlain(data []byte) (root *html.Node, ok bool) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, false // NUL is replaced or dropped, by rules of its own
	}
	t := &plainTree{doc: &html.Node{Type: html.DocumentNode}}
	if read, ok := t.scan(data); read {
		t.flushText()
		return t.doc, ok
	}
	// Written less plainly than scan reads: the tokenizer tells the tokens.
	z := html.NewTokenizer(bytes.NewReader(data))
	t = &plainTree{doc: &html.Node{Type: html.DocumentNode}}
	for {
		switch z.Next() {
		case html.ErrorToken:
			// At the end a body stops the parse as it stands; before
			// one, html.Parse adds what is missing.
			t.flushText()
			return t.doc, z.Err() == io.EOF && t.mode >= plainInBody
		case html.TextToken:
			ok = t.text(z.Text())
		case html.CommentToken:
			ok = t.comment(string(z.Text()))
		case html.DoctypeToken:
			ok = t.doctype(string(z.Text()))
		case html.StartTagToken:
			ok = t.start(t.tag(z, true), false)
		case html.SelfClosingTagToken:
			ok = t.start(t.tag(z, true), true)
		case html.EndTagToken:
			ok = t.end(t.tag(z, false))
		}
		if !ok {
			return nil, false
		}
	}
}

// scan gives t the tokens of a page written plainly, reading them from
// the bytes as the tokenizer would: text holding no '<' but before a
// tag, "<!" or "</"; plainTag's tags; comments "<!--...-->" without the
// tokenizer's odd endings; "<!DOCTYPE html>"; script, style and title
// text up to the first "</name>", with no "<!--" in a script. No CR
// anywhere: the tokenizer changes CR LF to LF. read is false when the
// page is written otherwise (t is then to be thrown away), ok false when
// t gave up on a token.
func (t *plainTree) scan(data []byte) (read, ok bool) {
	if bytes.IndexByte(data, '\r') >= 0 {
		return false, false
	}
	for i := 0; ; {
		j := i
		for {
			k := bytes.IndexByte(data[j:], '<')
			if k < 0 {
				j = len(data)
				break
			}
			j += k
			if j+1 == len(data) {
				return false, false
			}
			if c := data[j+1]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '/' || c == '!' {
				break
			}
			return false, false // a '<' the text keeps, or "<?"
		}
		if j > i && !t.text(t.unescape(data[i:j])) {
			return true, false
		}
		if j == len(data) {
			return true, t.mode >= plainInBody
		}
		i = j
		b := data[i:]
		switch c := b[1]; {
		case c == '!' && bytes.HasPrefix(b, []byte("<!--")):
			e := bytes.Index(b[4:], []byte("-->"))
			if e < 0 {
				return false, false
			}
			body := b[4 : 4+e]
			if bytes.HasPrefix(body, []byte(">")) || bytes.HasPrefix(body, []byte("->")) || bytes.Contains(body, []byte("--!")) {
				return false, false
			}
			if !t.comment(html.UnescapeString(string(body))) {
				return true, false
			}
			i += 4 + e + 3
		case c == '!':
			const doctype = "<!doctype html>"
			if len(b) < len(doctype) || !hasPrefixFold(b[:9], doctype[:9]) || string(b[9:len(doctype)]) != doctype[9:] {
				return false, false
			}
			if !t.doctype("html") {
				return true, false
			}
			i += len(doctype)
		default:
			t.scratch = t.scratch[:0]
			a, n, selfClosing, escaped, ok := t.plainTag(b, c != '/')
			if !ok {
				return false, false
			}
			if escaped {
				z := html.NewTokenizer(bytes.NewReader(b[:n]))
				z.Next()
				t.tokenTag(z, true)
			}
			i += n
			if c == '/' {
				if selfClosing || !t.end(a) {
					return true, false
				}
				continue
			}
			if !t.start(a, selfClosing) {
				return true, false
			}
			switch a {
			case atom.Script, atom.Style, atom.Title:
				e := plainRawEnd(data[i:], a.String())
				if e < 0 || a == atom.Script && bytes.Contains(data[i:i+e], []byte("<!--")) {
					return false, false
				}
				text := data[i : i+e]
				if a == atom.Title {
					text = t.unescape(text)
				}
				if len(text) > 0 && !t.text(text) {
					return true, false
				}
				i += e
			}
		}
	}
}

// unescape is the tokenizer's decoding of text, its character
// references, for t.text (which copies it): the usual few (&amp; &lt;
// &gt; &quot; &#39; &nbsp;) into a buffer t reuses, any other by
// html.UnescapeString.
func (t *plainTree) unescape(b []byte) []byte {
	i := bytes.IndexByte(b, '&')
	if i < 0 {
		return b
	}
	out := append(t.unesc[:0], b[:i]...)
	for i < len(b) {
		if b[i] != '&' {
			j := bytes.IndexByte(b[i:], '&')
			if j < 0 {
				out = append(out, b[i:]...)
				break
			}
			out = append(out, b[i:i+j]...)
			i += j
			continue
		}
		ref := b[i:]
		switch {
		case bytes.HasPrefix(ref, []byte("&amp;")):
			out, i = append(out, '&'), i+5
		case bytes.HasPrefix(ref, []byte("&lt;")):
			out, i = append(out, '<'), i+4
		case bytes.HasPrefix(ref, []byte("&gt;")):
			out, i = append(out, '>'), i+4
		case bytes.HasPrefix(ref, []byte("&quot;")):
			out, i = append(out, '"'), i+6
		case bytes.HasPrefix(ref, []byte("&#39;")):
			out, i = append(out, '\''), i+5
		case bytes.HasPrefix(ref, []byte("&nbsp;")):
			out, i = append(out, "\u00a0"...), i+6
		default:
			return []byte(html.UnescapeString(string(b)))
		}
	}
	t.unesc = out
	return out
}

// plainRawEnd returns where the text of raw element name ends in b: at
// the first "</name" in any case, which must be "</name>"; -1 when
// there is none or it is not.
func plainRawEnd(b []byte, name string) int {
	for i := 0; ; i += 2 {
		k := bytes.Index(b[i:], []byte("</"))
		if k < 0 {
			return -1
		}
		i += k
		if hasPrefixFold(b[i+2:], name) {
			if e := i + 2 + len(name); e < len(b) && b[e] == '>' {
				return i
			}
			return -1
		}
	}
}

// doctype adds the document type declaration.
func (t *plainTree) doctype(name string) bool {
	if t.mode != plainInitial || name != "html" {
		return false
	}
	t.doc.AppendChild(&html.Node{Type: html.DoctypeNode, Data: "html"})
	t.mode = plainBeforeHTML
	return true
}

// node returns a new node from the current block.
func (t *plainTree) node() *html.Node {
	if len(t.nodes) == 0 {
		t.nodes = make([]html.Node, 256)
	}
	n := &t.nodes[0]
	t.nodes = t.nodes[1:]
	return n
}

// str returns s as a string from the current block of text.
func (t *plainTree) str(s []byte) string {
	if len(s) > 512 {
		return string(s)
	}
	if t.bytes.Cap()-t.bytes.Len() < len(s) {
		t.bytes = strings.Builder{}
		t.bytes.Grow(16 << 10)
	}
	start := t.bytes.Len()
	t.bytes.Write(s)
	return t.bytes.String()[start:]
}

// key is atom.String(k), one string per name.
func (t *plainTree) key(k []byte) string {
	if a := atom.Lookup(k); a != 0 {
		return a.String()
	}
	s, ok := t.keys[string(k)]
	if !ok {
		if t.keys == nil {
			t.keys = make(map[string]string)
		}
		s = string(k)
		t.keys[s] = s
	}
	return s
}

// top is the current node: the last open element.
func (t *plainTree) top() *html.Node { return t.open[len(t.open)-1] }

// addText appends text to parent, to its last child when that is text
// (html.Parse's addText).
func (t *plainTree) addText(parent *html.Node, s []byte) {
	if len(s) == 0 {
		return
	}
	if l := parent.LastChild; l != nil && l.Type == html.TextNode {
		// Gathered in a buffer, as html.Parse does: text can be split
		// by any number of ignored tags.
		if t.grown != l {
			t.flushText()
			t.grown, t.grow = l, append(t.grow[:0], l.Data...)
		}
		t.grow = append(t.grow, s...)
		return
	}
	n := t.node()
	n.Type, n.Data = html.TextNode, t.str(s)
	parent.AppendChild(n)
}

// flushText gives the text node being added to its text.
func (t *plainTree) flushText() {
	if t.grown != nil {
		t.grown.Data = t.str(t.grow)
		t.grown = nil
	}
}

// allSpace reports whether s is only HTML white space, " \t\r\n\f".
func allSpace(s []byte) bool {
	for _, c := range s {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' {
			return false
		}
	}
	return true
}

func (t *plainTree) text(s []byte) bool {
	switch t.mode {
	case plainInitial, plainBeforeHTML, plainBeforeHead:
		return allSpace(s) // ignored
	case plainInHead:
		if top := t.top(); top.DataAtom != atom.Head { // in a title, script or style
			t.addText(top, s)
			return true
		}
		fallthrough
	case plainAfterHead, plainAfterBody, plainAfterAfterBody:
		if !allSpace(s) {
			return false
		}
	}
	t.addText(t.top(), s)
	return true
}

func (t *plainTree) comment(s string) bool {
	n := t.node()
	n.Type, n.Data = html.CommentNode, s
	switch {
	case t.mode == plainAfterAfterBody || len(t.open) == 0:
		t.doc.AppendChild(n)
	case t.mode == plainAfterBody:
		t.open[0].AppendChild(n)
	default:
		t.top().AppendChild(n)
	}
	return true
}

// element makes the element of the start tag just read (tag) and adds
// it to the current node (or the document), open unless void.
func (t *plainTree) element(a atom.Atom, void bool) *html.Node {
	n := t.node()
	n.Type, n.DataAtom, n.Data = html.ElementNode, a, a.String()
	if k := len(t.scratch); k > 0 {
		if len(t.attrs) < k {
			t.attrs = make([]html.Attribute, max(k, 512))
		}
		n.Attr = t.attrs[:k:k]
		t.attrs = t.attrs[k:]
		copy(n.Attr, t.scratch)
	}
	if len(t.open) == 0 {
		t.doc.AppendChild(n)
	} else {
		t.top().AppendChild(n)
	}
	if !void {
		t.open = append(t.open, n)
	}
	return n
}

// tag reads the current tag's name and, for a start tag, its attributes
// into t.scratch, as the tokenizer's TagName and TagAttr give them: from
// the tag's bytes when it is written plainly (plainTag), else from them.
// It returns the name's atom, 0 for a name that is not one.
func (t *plainTree) tag(z *html.Tokenizer, start bool) atom.Atom {
	t.scratch = t.scratch[:0]
	raw := z.Raw()
	if a, n, _, escaped, ok := t.plainTag(raw, start); ok && n == len(raw) && !escaped {
		return a
	}
	return t.tokenTag(z, start)
}

// tokenTag is tag through the tokenizer's TagName and TagAttr.
func (t *plainTree) tokenTag(z *html.Tokenizer, start bool) atom.Atom {
	t.scratch = t.scratch[:0]
	name, more := z.TagName()
	for start && more {
		var key, val []byte
		key, val, more = z.TagAttr()
		t.scratch = append(t.scratch, html.Attribute{Key: t.key(key), Val: t.str(val)})
	}
	return atom.Lookup(name)
}

// plainTag reads the tag written plainly at the start of b: "<name"
// (or "</name" when not start), then for a start tag any number of
// white space and key="value" or key='value', then '>' or "/>". Names
// are ASCII letters and digits, keys lower-case letters, digits and
// "-_:.": so the tokenizer's TagName is the name lower-cased and its
// TagAttr gives the keys and the values, dropping a repeated key, and
// the tag ends where plainTag says (n bytes). The values are as written
// unless escaped (a value holds '&' or CR, which TagAttr decodes; they
// are then not in t.scratch). ok is false for any other tag and for a
// name that is not an atom.
func (t *plainTree) plainTag(b []byte, start bool) (a atom.Atom, n int, selfClosing, escaped, ok bool) {
	i := 2 // after "</"
	if start {
		i = 1
	}
	var name [16]byte
	j := i
	for ; j < len(b) && j-i < len(name); j++ {
		c := b[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if (c < 'a' || c > 'z') && (c < '0' || c > '9' || j == i) {
			break
		}
		name[j-i] = c
	}
	if j == i || j == len(b) {
		return 0, 0, false, false, false
	}
	if a = atom.Lookup(name[:j-i]); a == 0 {
		return 0, 0, false, false, false
	}
	for {
		switch c := b[j]; {
		case c == '>':
			return a, j + 1, false, escaped, true
		case start && c == '/' && j+1 < len(b) && b[j+1] == '>':
			return a, j + 2, true, escaped, true
		case !start || c != ' ' && c != '\n' && c != '\t':
			return 0, 0, false, false, false
		}
		for j < len(b) && (b[j] == ' ' || b[j] == '\n' || b[j] == '\t') {
			j++
		}
		if j == len(b) {
			return 0, 0, false, false, false
		}
		if b[j] == '>' || b[j] == '/' {
			continue
		}
		k := j
		for j < len(b) && plainKeyByte(b[j]) {
			j++
		}
		if j == k || b[k] < 'a' || b[k] > 'z' || j+1 >= len(b) || b[j] != '=' || b[j+1] != '"' && b[j+1] != '\'' {
			return 0, 0, false, false, false
		}
		key := b[k:j]
		v := j + 2
		e := bytes.IndexByte(b[v:], b[j+1])
		if e < 0 {
			return 0, 0, false, false, false
		}
		val := b[v : v+e]
		j = v + e + 1
		if j == len(b) {
			return 0, 0, false, false, false
		}
		if bytes.IndexByte(val, '&') >= 0 || bytes.IndexByte(val, '\r') >= 0 {
			escaped = true
		}
		if !escaped && !slices.ContainsFunc(t.scratch, func(x html.Attribute) bool { return x.Key == string(key) }) {
			t.scratch = append(t.scratch, html.Attribute{Key: t.key(key), Val: t.str(val)})
		}
	}
}

// plainKeyByte reports the bytes plainTag takes in an attribute's key.
func plainKeyByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}

// start adds the element of start tag a, whose attributes are in
// t.scratch.
func (t *plainTree) start(a atom.Atom, selfClosing bool) bool {
	if a == 0 || len(t.open) >= plainMaxDepth {
		return false
	}
	kind := plainKind(a)
	if selfClosing && kind != plainVoid {
		return false // html.Parse leaves it open, mostly
	}
	switch t.mode {
	case plainInitial, plainBeforeHTML:
		if a != atom.Html {
			return false
		}
		t.element(a, false)
		t.mode = plainBeforeHead
		return true
	case plainBeforeHead:
		if a != atom.Head {
			return false
		}
		t.element(a, false)
		t.mode = plainInHead
		return true
	case plainInHead:
		switch a {
		case atom.Meta, atom.Link:
			t.element(a, true)
			return true
		case atom.Title, atom.Script, atom.Style:
			t.element(a, false)
			return true
		}
		return false
	case plainAfterHead:
		if a != atom.Body {
			return false
		}
		t.element(a, false)
		t.mode = plainInBody
		return true
	case plainInBody:
	default:
		return false
	}
	switch kind {
	case plainBlock, plainHeading, plainListItem:
		if t.p > 0 {
			return false // it would close the p
		}
		if kind == plainHeading && plainKind(t.top().DataAtom) == plainHeading {
			return false // it would close the heading
		}
		if kind == plainListItem && t.closesListItem(a) {
			return false
		}
		if a == atom.Hr {
			t.element(a, true)
			return true
		}
		if a == atom.P {
			t.p++
		}
	case plainFormatting:
		bit := plainFormattingBit(a)
		if t.fmt&bit != 0 {
			return false // the adoption agency and the Noah's Ark clause
		}
		t.fmt |= bit
		n := t.element(a, false)
		// html.Parse sorts a formatting element's attributes.
		slices.SortFunc(n.Attr, func(x, y html.Attribute) int {
			return cmp.Or(cmp.Compare(x.Namespace, y.Namespace), cmp.Compare(x.Key, y.Key), cmp.Compare(x.Val, y.Val))
		})
		return true
	case plainVoid:
		t.element(a, true)
		return true
	case plainRaw, plainPhrase:
	default:
		return false
	}
	t.element(a, false)
	return true
}

// closesListItem reports whether a start tag of list item a (li, dd or
// dt) closes an open list item, as html.Parse looks for one: down the
// open elements past any that are not special, and past address, div
// and p.
func (t *plainTree) closesListItem(a atom.Atom) bool {
	for i := len(t.open) - 1; i >= 0; i-- {
		switch n := t.open[i].DataAtom; {
		case n == atom.Li && a == atom.Li, (n == atom.Dd || n == atom.Dt) && a != atom.Li:
			return true
		case n == atom.Address || n == atom.Div || n == atom.P:
		case plainSpecial(n):
			return false
		}
	}
	return false
}

func (t *plainTree) end(a atom.Atom) bool {
	switch t.mode {
	case plainInHead:
		top := t.top()
		if a == 0 || top.DataAtom != a {
			return false
		}
		t.open = t.open[:len(t.open)-1]
		if a == atom.Head {
			t.mode = plainAfterHead
		}
		return true
	case plainInBody:
		switch a {
		case atom.Body: // nothing closes; what follows goes to the open element
			t.mode = plainAfterBody
			return true
		case atom.Html:
			t.mode = plainAfterAfterBody
			return true
		}
		return t.endInBody(a)
	case plainAfterBody:
		if a == atom.Html {
			t.mode = plainAfterAfterBody
			return true
		}
	}
	return false
}

// endInBody closes what end tag a closes in the body, as html.Parse
// finds it: the nearest open element of that name (any heading for a
// heading's tag), and the elements opened after it. A tag that closes
// nothing is ignored, as html.Parse ignores it: an element not open, a
// list item beyond a list, a phrase beyond a special element. ok is
// false where html.Parse does more than that: a </p> or </br> with no
// p open adds an element, and closing a formatting element other than
// at the current node reopens or moves it (the adoption agency).
func (t *plainTree) endInBody(a atom.Atom) bool {
	kind := plainKind(a)
	switch {
	case kind == plainOther || a == atom.Br:
		return false
	case kind == plainVoid || a == atom.Hr: // never open
		return true
	case kind == plainFormatting && t.fmt&plainFormattingBit(a) == 0:
		return true
	}
	i := len(t.open) - 1
	for ; i > 1; i-- { // open[1] is the body
		n := t.open[i].DataAtom
		if n == a || kind == plainHeading && plainKind(n) == plainHeading {
			break
		}
		switch {
		case a == atom.Li && (n == atom.Ol || n == atom.Ul):
			return true // not in list item scope
		case plainSpecial(n) && kind == plainFormatting:
			return false // the adoption agency moves nodes
		case plainSpecial(n) && (kind == plainPhrase || kind == plainRaw):
			return true // "any other end tag" stops at a special element
		}
	}
	if i == 1 {
		return a != atom.P // not open; </p> adds a p
	}
	for _, n := range t.open[i+1:] {
		if plainKind(n.DataAtom) == plainFormatting {
			return false // closed but still active: html.Parse reopens it
		}
	}
	for _, n := range t.open[i:] {
		if n.DataAtom == atom.P {
			t.p--
		}
	}
	t.fmt &^= plainFormattingBit(t.open[i].DataAtom)
	t.open = t.open[:i]
	return true
}

// What a start tag in the body does in html.Parse, for the elements
// plainTree knows.
type plainTag uint8

const (
	plainOther      plainTag = iota // not known: plainTree gives up
	plainBlock                      // closes an open p
	plainHeading                    // closes an open p, and a heading it is in
	plainListItem                   // closes an open p, and an open list item
	plainFormatting                 // a formatting element
	plainVoid                       // added and closed at once
	plainRaw                        // script or style: text until its end tag
	plainPhrase                     // added: no rule of its own
)

func plainKind(a atom.Atom) plainTag {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details, atom.Dialog, atom.Dir, atom.Div,
		atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu,
		atom.Nav, atom.Ol, atom.P, atom.Search, atom.Section, atom.Summary, atom.Ul, atom.Hr:
		return plainBlock
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return plainHeading
	case atom.Li, atom.Dd, atom.Dt:
		return plainListItem
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		return plainFormatting
	case atom.Br, atom.Img, atom.Wbr, atom.Meta, atom.Link:
		return plainVoid
	case atom.Script, atom.Style:
		return plainRaw
	case atom.Span, atom.Sup, atom.Sub, atom.Label, atom.Abbr, atom.Cite, atom.Time, atom.Mark, atom.Q, atom.Dfn, atom.Kbd,
		atom.Samp, atom.Var, atom.Bdi, atom.Bdo, atom.Data, atom.Del, atom.Ins:
		return plainPhrase
	}
	return plainOther
}

// plainFormattingBit is formatting element a's bit in plainTree.fmt, 0
// for any other element.
func plainFormattingBit(a atom.Atom) uint16 {
	i := slices.Index([]atom.Atom{atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U}, a)
	if i < 0 {
		return 0
	}
	return 1 << i
}

// plainSpecial reports whether html.Parse counts element a as special,
// for the elements plainTree opens.
func plainSpecial(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Center, atom.Dd, atom.Details, atom.Dir,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Html, atom.Li, atom.Main, atom.Menu, atom.Nav,
		atom.Ol, atom.P, atom.Script, atom.Section, atom.Style, atom.Summary, atom.Title, atom.Ul:
		return true
	}
	return false
}
