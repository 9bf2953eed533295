package sources

// Plain HTML tables with a header row: a saved "program at a glance", a
// conference website's schedule, a table pasted into a page. Each table
// is turned into rows of cell text and goes through the same row
// pipeline as CSV files (importRows): the same header synonyms, day-header
// rows (one cell, often spanning the table, that is a date), talks nested
// under their session's row, and the same warnings.
//
// Cell text keeps superscript affiliation numbers glued to the name
// before them ("Raman<sup>1</sup>" reads "Raman1") and line breaks as
// line breaks. A cell spanning several columns is followed by empty cells
// so the columns stay aligned. A heading right before a table that is a
// date ("<h2>Sunday, September 28</h2>") dates the rows of that table.
// Layout tables without a header row are ignored.

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/confplan/confplan/planner"
)

func tableApplies(p *htmlPage) bool {
	return p.doc.Find("table tr").Length() >= 2
}

// trOpens returns the offsets of the <tr tags in data: the matches of
// (?i)<tr[\s>/], found by a scanner.
func trOpens(data []byte) []int {
	var locs []int
	for i := 0; ; {
		k := bytes.IndexByte(data[i:], '<')
		if k < 0 {
			return locs
		}
		i += k
		if i+3 < len(data) && data[i+1]|0x20 == 't' && data[i+2]|0x20 == 'r' && (reSpace(data[i+3]) || data[i+3] == '>' || data[i+3] == '/') {
			locs = append(locs, i)
			i += 4
			continue
		}
		i++
	}
}

// readHTMLTables reads every table of the page that has a header row.
func readHTMLTables(p *htmlPage) ([]planner.Item, []*Warning, error) {
	// Lines of <tr> tags, when the source's tags match the parsed rows
	// one to one (no rows the parser had to invent).
	trs := p.doc.Find("tr")
	var trLine map[*html.Node]int
	if locs := trOpens(p.data); len(locs) == trs.Length() && commentFree(p.data, locs) {
		trLine = make(map[*html.Node]int, len(locs))
		line, last := 1, 0
		for i, n := range trs.Nodes {
			line += bytes.Count(p.data[last:locs[i]], []byte("\n"))
			last = locs[i]
			trLine[n] = line
		}
	}
	head := p.headText()
	var (
		items    []planner.Item
		warns    []*Warning
		noHdr    int
		tableErr error
	)
	p.doc.Find("table").Each(func(ti int, t *goquery.Selection) {
		rows := tableRows(t, trLine)
		if len(rows) < 2 {
			return
		}
		if d := tableDayHeading(t); d != "" {
			if h, _, ok := findHeader(rows); ok {
				rows = append(rows[:h+1], append([]sheetRow{{Line: rows[h].Line, Cells: []string{d}}}, rows[h+1:]...)...)
			}
		}
		text := appendTextLine(append([]byte(head), '\n'), t.Get(0)) // head + "\n" + oneLine(t.Text())
		res, err := importRows(rows, p.name, "html-table", text, p.opt)
		if err != nil {
			var e *Error
			switch {
			case errors.Is(err, ErrNoZone):
				p.zoneErr = err
			case errors.As(err, &e) && strings.HasPrefix(e.Reason, "no header row"):
				noHdr++
			case tableErr == nil:
				tableErr = err // a table with a header that cannot be read: say why
			}
			return
		}
		if p.loc == nil {
			p.loc = res.Zone
		}
		if p.meeting == "" {
			p.meeting = res.Meeting
		}
		items = append(items, res.Items...)
		warns = append(warns, res.Warnings...)
	})
	if len(items) == 0 && p.zoneErr != nil {
		return nil, nil, p.zoneErr
	}
	if len(items) == 0 && tableErr != nil {
		return nil, nil, tableErr
	}
	if len(items) == 0 && noHdr > 0 {
		warns = append(warns, &Warning{File: p.name,
			Reason: fmt.Sprintf("%d table(s) ignored: no header row naming a title column (want e.g. Title, Date, Time, Room, Speakers)", noHdr)})
	}
	return items, warns, nil
}

// commentFree reports whether no <tr match lies inside an HTML comment.
// locs are in increasing order; one pass over the comments.
func commentFree(data []byte, locs []int) bool {
	pos := 0
	for _, l := range locs {
		for pos < l {
			open := bytes.Index(data[pos:l], []byte("<!--"))
			if open < 0 {
				pos = l
				break
			}
			end := bytes.Index(data[pos+open+4:], []byte("-->"))
			if end < 0 || pos+open+4+end > l {
				return false // the <tr is inside this comment
			}
			pos += open + 4 + end + 3
		}
	}
	return true
}

// tableRows returns the rows of table t (not of tables nested in it) as
// cell text, with spanning cells followed by empty cells and short rows
// padded to the table's usual width.
func tableRows(t *goquery.Selection, trLine map[*html.Node]int) []sheetRow {
	var rows []sheetRow
	// The table's own rows: table > tr, or table > thead|tbody|tfoot > tr.
	var trs []*html.Node
	for c := t.Get(0).FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "tr":
			trs = append(trs, c)
		case "thead", "tbody", "tfoot":
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.Type == html.ElementNode && r.Data == "tr" {
					trs = append(trs, r)
				}
			}
		}
	}
	// A cell spanning rows (rowspan) applies to each of them: its text is
	// carried down into the rows below, in its column.
	pending := map[int]*rowCarry{}
	for _, tr := range trs {
		var cells []string
		fill := func() {
			for c := pending[len(cells)]; c != nil && c.left > 0; c = pending[len(cells)] {
				cells = append(cells, c.text)
				if c.left--; c.left == 0 {
					delete(pending, len(cells)-1)
				}
			}
		}
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.Data != "td" && c.Data != "th" {
				continue
			}
			fill()
			text := flatText(c, false)
			cols := min(max(atoiOr(attrOr(c, "colspan", "1"), 1), 1), 64)
			down := min(max(atoiOr(attrOr(c, "rowspan", "1"), 1), 1), 1000) - 1
			for k := 0; k < cols; k++ {
				v := text
				if k > 0 {
					v = ""
				}
				if down > 0 {
					pending[len(cells)] = &rowCarry{v, down}
				}
				cells = append(cells, v)
			}
		}
		fill()
		for len(pending) > 0 && len(cells) < 256 {
			// Carried cells after the row's last own cell.
			if _, ok := pending[len(cells)]; ok {
				fill()
				continue
			}
			if maxKey(pending) < len(cells) {
				break
			}
			cells = append(cells, "")
		}
		rows = append(rows, sheetRow{Line: trLine[tr], Cells: cells})
	}
	width := map[int]int{}
	for _, r := range rows {
		if nonBlank(r.Cells) >= 2 {
			width[len(r.Cells)]++
		}
	}
	usual := 0
	for w, n := range width {
		if n > width[usual] || n == width[usual] && w > usual {
			usual = w
		}
	}
	for i := range rows {
		if c := rows[i].Cells; len(c) < usual && nonBlank(c) >= 2 {
			rows[i].Cells = append(c, make([]string, usual-len(c))...)
		}
	}
	return rows
}

func nonBlank(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// tableDayHeading returns the text of the caption or of the heading just
// before table t when it reads as a date, else "".
func tableDayHeading(t *goquery.Selection) string {
	cands := []string{oneLine(t.Find("caption").First().Text())}
	prev := t.PrevAllFiltered("h1, h2, h3, h4, h5, h6, p, div").First()
	cands = append(cands, oneLine(prev.Text()))
	for _, c := range cands {
		if c == "" || len(c) > 60 {
			continue
		}
		if _, err := parseDate(c, DateAuto); err == nil {
			return c
		}
	}
	return ""
}

// attrOr is n's attribute key, def when it has none (goquery's AttrOr).
func attrOr(n *html.Node, key, def string) string {
	if v, ok := hasAttr(n, key); ok {
		return v
	}
	return def
}

func atoiOr(s string, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return def
	}
	return n
}

// rowCarry is a cell's text carried into the rows it spans.
type rowCarry struct {
	text string
	left int
}

func maxKey(m map[int]*rowCarry) int {
	k := -1
	for c := range m {
		k = max(k, c)
	}
	return k
}
