package export

import (
	"bufio"
	"io"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twcache"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/confplan/confplan/planner"
)

// Terminal tables.
//
// Cells are cleaned (no control or bidi characters, see planner.CleanText),
// cut at maxCellRunes, and wrapped here, before tablewriter sees them:
// at word boundaries, and inside a word longer than its column. So the
// table library never wraps (its word wrap loops on a word wider than the
// column), and no input can make a table grow without bound. Columns are
// at most their cell width; when the writer knows its terminal's width
// (see Terminal), the widest columns narrow until the table fits.

// maxCell is the widest a table cell grows before its text wraps.
const maxCell = 48

// maxCellRunes is the most of a cell's text a table shows.
const maxCellRunes = 1000

// maxWord is the longest word a column widens for rather than break it.
const maxWord = 64

// minColumn is the narrowest a column is made to fit the terminal, unless
// the terminal is too narrow even for that.
const minColumn = 8

// Terminal is a writer whose display is Width columns wide: tables
// written to it fit that width. The command line wraps stdout in one
// when it is a terminal (or $COLUMNS says how wide).
type Terminal struct {
	io.Writer
	Width int
}

// TerminalWidth is the width tables fit.
func (t Terminal) TerminalWidth() int { return t.Width }

// buffered is a bufio.Writer that keeps the width of the terminal it
// writes to, for writers that buffer their output.
type buffered struct {
	*bufio.Writer
	width int
}

func (b buffered) TerminalWidth() int { return b.width }

// newBuffered buffers w, keeping its terminal width.
func newBuffered(w io.Writer) buffered {
	b := buffered{Writer: bufio.NewWriter(w)}
	if t, ok := w.(interface{ TerminalWidth() int }); ok {
		b.width = t.TerminalWidth()
	}
	return b
}

// writeTable renders rows under header as a terminal table whose cells
// wrap at maxCell columns.
func writeTable(w io.Writer, header []string, rows [][]string) error {
	return writeTableWidth(w, maxCell, header, rows)
}

// writeTableWidth renders rows under header as a terminal table whose
// cells wrap once wider than cell columns (or narrower, to fit the
// terminal). It is the one place confplan configures tablewriter, so every
// table looks alike.
func writeTableWidth(w io.Writer, cell int, header []string, rows [][]string) error {
	return newTables(w).write(cell, header, rows)
}

// tables writes several tables to one writer with one tablewriter.Table,
// reset between them: a new Table allocates caches sized for thousands of
// entries, which a dozen short tables in a row would pay for each time.
type tables struct {
	w io.Writer
	t *tablewriter.Table
	// blueprint renders with tablewriter's own renderer alone (for
	// TestPlainRows).
	blueprint bool
	plain     *plainRows
}

func newTables(w io.Writer) *tables { return &tables{w: w} }

// write renders one table (see writeTableWidth).
func (tb *tables) write(cell int, header []string, rows [][]string) error {
	w := tb.w
	cols := len(header)
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	clean := func(r []string) []string {
		out := make([]string, cols)
		for i := range out {
			if i < len(r) {
				out[i] = tableText(r[i])
			}
		}
		return out
	}
	hdr := clean(header)
	body := make([][]string, len(rows))
	for i, r := range rows {
		body[i] = clean(r)
	}
	width := 0
	if t, ok := w.(interface{ TerminalWidth() int }); ok {
		width = t.TerminalWidth()
	}
	widths := columnWidths(hdr, body, cell-2, width) // cell counts the padding
	for i := range body {
		for c := range body[i] {
			body[i][c] = wrapText(body[i][c], widths[c])
		}
	}
	for c := range hdr {
		hdr[c] = wrapText(hdr[c], widths[c])
	}
	if tb.t == nil {
		tb.t = tablewriter.NewTable(w,
			tablewriter.WithHeaderAutoFormat(tw.Off),
			tablewriter.WithHeaderAutoWrap(tw.WrapNone),
			tablewriter.WithRowAutoWrap(tw.WrapNone),
			// Rows are strings: no stringer to cache, and a one-entry
			// cache is all the Reset between tables reallocates.
			tablewriter.WithStringerCacheCustom(twcache.NewLRU[reflect.Type, reflect.Value](1)),
		)
		if !tb.blueprint {
			tb.plain = &plainRows{Blueprint: renderer.NewBlueprint()}
			tb.t.Options(tablewriter.WithRenderer(tb.plain))
		}
	} else {
		tb.t.Reset()
	}
	t := tb.t
	t.Header(hdr)
	if !tb.blueprint && len(body) > 0 {
		if widest, ok := bodyWidths(hdr, body); ok {
			// tablewriter draws the borders and the header, and sizes the
			// columns by a stand-in row as wide as the body's widest
			// lines; plainRows writes the body lines in its place.
			stand := make([]string, cols)
			for c, w := range widest {
				stand[c] = strings.Repeat("x", w)
			}
			tb.plain.body = body
			if err := t.Bulk([][]string{stand}); err != nil {
				return err
			}
			return t.Render()
		}
	}
	if err := t.Bulk(body); err != nil {
		return err
	}
	return t.Render()
}

// bodyWidths measures each column's widest body line as tablewriter
// would render it (each cell trimmed, then cut at newlines). It reports
// false for a table whose lines plainRows cannot write: a cell with a
// tab, or a column with no text in its header or body (tablewriter sizes
// it to its padding alone).
func bodyWidths(hdr []string, body [][]string) ([]int, bool) {
	widest := make([]int, len(hdr))
	for _, r := range body {
		for c, s := range r {
			if strings.IndexByte(s, '\t') >= 0 {
				return nil, false
			}
			for rest := strings.TrimSpace(s); ; {
				l, more, found := strings.Cut(rest, "\n")
				widest[c] = max(widest[c], lineWidth(l))
				if !found {
					break
				}
				rest = more
			}
		}
	}
	for c, h := range hdr {
		if widest[c] > 0 {
			continue
		}
		if strings.IndexByte(h, '\t') >= 0 || twwidth.Width(strings.TrimSpace(h)) == 0 {
			return nil, false
		}
	}
	return widest, true
}

// lineWidth is a line's width as tablewriter measures it.
func lineWidth(l string) int {
	if w := asciiWidth(l); w >= 0 {
		return w
	}
	return twwidth.Width(l)
}

// plainRows is tablewriter's Blueprint renderer, except that it writes
// a plain body line itself: every cell there, none merged, one space of
// padding each side, aligned left and no wider than its column, which is
// every body line confplan's tables have. Blueprint formats such a line
// through a dozen strings, width measures and debug-log calls per cell,
// which made it most of the cost of a plan's tables; the bytes are the
// same (TestPlainRows), and any other line is Blueprint's.
type plainRows struct {
	*renderer.Blueprint
	w    io.Writer
	line []byte
	// body is the table's body, written in place of the next body row
	// (a stand-in that sized the columns; see tables.write).
	body [][]string
	rest []string // writeBody's scratch: what of each cell is left to write
}

func (r *plainRows) Start(w io.Writer) error {
	r.w = w
	return r.Blueprint.Start(w)
}

func (r *plainRows) Row(row []string, ctx tw.Formatting) {
	if r.body != nil && ctx.Row.Position == tw.Row {
		r.writeBody(ctx.Row.Widths)
		return
	}
	if !r.plainLine(ctx) {
		r.Blueprint.Row(row, ctx)
	}
}

// writeBody writes the body's rows as tablewriter would, each a plain
// line (see plainLine) in columns of the given widths: each cell trimmed
// and cut at newlines, a row as many lines as its tallest cell, and none
// of its lines after the first blank in every cell (tablewriter's
// TrimLine).
func (r *plainRows) writeBody(widths tw.Mapper[int, int]) {
	sep := r.Blueprint.Config().Symbols.Column()
	n := widths.Len()
	ws := make([]int, n)
	for c := range ws {
		ws[c] = widths.Get(c)
	}
	rest := r.rest[:0]
	for _, row := range r.body {
		rest = rest[:0]
		for _, s := range row[:n] {
			rest = append(rest, strings.TrimSpace(s))
		}
		for i := 0; ; i++ {
			// The line: each cell's next line, or "" once it has none.
			b := append(r.line[:0], sep...)
			more, blank := false, true
			for col, width := range ws {
				if col > 0 {
					b = append(b, sep...)
				}
				// Trimmed, a cell does not end in a newline: what is left
				// of it is a line at least.
				l := ""
				if rest[col] != "" {
					l, rest[col], _ = strings.Cut(rest[col], "\n")
				}
				if rest[col] != "" {
					more = true
				}
				blank = blank && strings.TrimSpace(l) == ""
				b = append(b, ' ')
				b = append(b, l...)
				for k := width - 1 - lineWidth(l); k > 0; k-- {
					b = append(b, ' ')
				}
			}
			b = append(b, sep...)
			b = append(b, '\n')
			r.line = b
			if i == 0 || !blank {
				r.w.Write(b)
			}
			if !more {
				break
			}
		}
	}
	r.rest = rest
	r.body = nil
}

// plainLine writes ctx's line when it is plain, and reports whether it
// was.
func (r *plainRows) plainLine(ctx tw.Formatting) bool {
	cfg := r.Blueprint.Config()
	if ctx.Row.Position != tw.Row || !cfg.Borders.Left.Enabled() || !cfg.Borders.Right.Enabled() ||
		!cfg.Settings.Separators.BetweenColumns.Enabled() {
		return false
	}
	// The columns are 0, 1, … n-1, each with a width and a cell.
	n := ctx.Row.Widths.Len()
	if n == 0 || len(ctx.Row.Current) != n {
		return false
	}
	sep := cfg.Symbols.Column()
	b := append(r.line[:0], sep...)
	for col := 0; col < n; col++ {
		width, ok := ctx.Row.Widths.OK(col)
		if !ok {
			return false
		}
		c, ok := ctx.Row.Current[col]
		if !ok || width <= 2 || c.Merge.Horizontal.Present || c.Merge.Vertical.Present || c.Merge.Hierarchical.Present ||
			c.Padding.Left != " " || c.Padding.Right != " " || c.Align == tw.AlignRight || c.Align == tw.AlignCenter {
			return false
		}
		w := asciiWidth(c.Data)
		if w < 0 {
			w = twwidth.Width(c.Data)
		}
		if w > width-2 {
			return false // Blueprint truncates
		}
		if col > 0 {
			b = append(b, sep...)
		}
		b = append(b, ' ')
		b = append(b, c.Data...)
		for n := width - 1 - w; n > 0; n-- {
			b = append(b, ' ')
		}
	}
	b = append(b, sep...)
	b = append(b, '\n')
	r.line = b
	r.w.Write(b)
	return true
}

// tableText is a cell's text for a terminal: cleaned, tabs as spaces,
// cut at maxCellRunes.
func tableText(s string) string {
	if len(s) <= maxCellRunes {
		plain := true // printable ASCII and newlines: nothing to do
		for i := 0; i < len(s) && plain; i++ {
			c := s[i]
			plain = c >= ' ' && c < 0x7f || c == '\n'
		}
		if plain {
			return s
		}
	}
	s = strings.ReplaceAll(planner.CleanText(s), "\t", " ")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if n := 0; len(s) > maxCellRunes {
		for i := range s {
			if n == maxCellRunes {
				return s[:i] + "…"
			}
			n++
		}
	}
	return s
}

// columnWidths gives each column the width of its widest line, at most
// cell; with a terminal width, the widest columns then narrow (to
// minColumn at the least) until the table, with its borders, fits.
func columnWidths(header []string, rows [][]string, cell, terminal int) []int {
	widths := make([]int, len(header))
	words := make([]int, len(header)) // each column's longest word, up to maxWord
	measure := func(r []string) {
		for c, s := range r {
			short := terminal <= 0 // every line printable ASCII, none wider than cell
			for rest := s; ; {
				line, more, found := strings.Cut(rest, "\n")
				w := asciiWidth(line)
				if w < 0 || w > cell {
					short = false
					w = textWidth(line)
				}
				widths[c] = max(widths[c], min(w, cell))
				if !found {
					break
				}
				rest = more
			}
			if short {
				// Its words are no wider than its lines, which widths
				// holds: they can widen the column only on a terminal,
				// which narrows columns no further than their words.
				continue
			}
			// A word (an ID, a URL) is kept whole up to maxWord.
			eachField(s, func(w string) {
				words[c] = max(words[c], min(textWidth(w), maxWord))
			})
		}
	}
	for _, r := range rows {
		measure(r)
	}
	for c, h := range header {
		// Headers are short; a column need not be wider than its
		// longest header word.
		for _, w := range strings.Fields(h) {
			words[c] = max(words[c], min(textWidth(w), cell))
		}
	}
	for c := range widths {
		widths[c] = max(widths[c], words[c], 1)
	}
	if terminal <= 0 {
		return widths
	}
	total := func() int {
		n := 1 // the left border
		for _, w := range widths {
			n += w + 3 // " text │"
		}
		return n
	}
	// Narrow the widest column, first down to its longest word (so words
	// stay whole), then, if that is not enough, down to minColumn, and on
	// a very narrow terminal down to 3.
	for _, floor := range []func(c int) int{
		func(c int) int { return max(minColumn, words[c]) },
		func(int) int { return minColumn },
		func(int) int { return 3 },
	} {
		for total() > terminal {
			widest := -1
			for c := range widths {
				if widths[c] > floor(c) && (widest < 0 || widths[c] > widths[widest]) {
					widest = c
				}
			}
			if widest < 0 {
				break
			}
			widths[widest]--
		}
	}
	return widths
}

// asciiWidth is the width of printable ASCII, one column a byte (as
// twwidth.Width and runewidth count it), or -1 for any other text.
func asciiWidth(s string) int {
	const high = 0x8080808080808080 // each byte's top bit
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes a look
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// Not ASCII, below ' ' (adding 0x60 leaves its top bit clear),
		// or DEL (adding 1 sets it).
		if w&high != 0 || (w+0x6060606060606060)&high != high || (w+0x0101010101010101)&high != 0 {
			return -1
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return -1
		}
	}
	return len(s)
}

// textWidth is runewidth.StringWidth(s), counted directly for printable
// ASCII, where each byte is one column.
func textWidth(s string) int {
	if w := asciiWidth(s); w >= 0 {
		return w
	}
	return runewidth.StringWidth(s)
}

// eachField calls f on each of strings.Fields(s), without making the
// slice.
func eachField(s string, f func(string)) {
	start := -1
	for i, r := range s {
		if r < utf8.RuneSelf && r > ' ' { // most bytes: no white space
			if start < 0 {
				start = i
			}
			continue
		}
		if unicode.IsSpace(r) {
			if start >= 0 {
				f(s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		f(s[start:])
	}
}

// fits reports whether wrapText would leave s as it is: each line is
// its words one space apart, and no wider than width.
func fits(s string, width int) bool {
	for rest := s; ; {
		line, more, found := strings.Cut(rest, "\n")
		if !planner.IsOneSpaced(line) || textWidth(line) > width {
			return false
		}
		if !found {
			return true
		}
		rest = more
	}
}

// wrapText wraps s at width display columns: at spaces where it can,
// inside a word longer than the width.
func wrapText(s string, width int) string {
	if width < 1 {
		width = 1
	}
	if fits(s, width) {
		return s
	}
	return wrapLong(s, width)
}

// wrapLong is wrapText, the long way: paragraph by paragraph, its words
// one space apart in lines of at most width columns, a word wider than
// that broken between runes, each line written straight into one buffer.
func wrapLong(s string, width int) string {
	b := make([]byte, 0, len(s)+len(s)/max(width, 1)+1)
	n := 0            // lines begun in b
	last := 0         // where b's last line begins, with the newline before it
	begin := func() { // a new line in b
		last = len(b)
		if n > 0 {
			b = append(b, '\n')
		}
		n++
	}
	for rest := s; ; {
		para, more, found := strings.Cut(rest, "\n")
		lineW, words := 0, 0               // the width of b's last line; the paragraph's words
		add := func(word string, ww int) { // ww: textWidth(word)
			words++
			if lineW > 0 && lineW+1+ww <= width {
				b = append(b, ' ')
				b = append(b, word...)
				lineW += 1 + ww
				return
			}
			if lineW == 0 && words > 1 {
				// The line holds only words of no width: the next word
				// replaces them.
				b, n = b[:last], n-1
			}
			for ww > width {
				// Break a word wider than the column.
				head, headW := "", 0
				for i, r := range word {
					rw := runewidth.RuneWidth(r)
					if headW+rw > width && headW > 0 {
						head, word = word[:i], word[i:]
						break
					}
					headW += rw
				}
				if head == "" {
					break
				}
				begin()
				b = append(b, head...)
				ww = textWidth(word)
			}
			begin()
			b = append(b, word...)
			lineW = ww
		}
		if asciiWidth(para) >= 0 {
			// Printable ASCII: words between spaces, each byte a column.
			for p := para; p != ""; {
				i := strings.IndexByte(p, ' ')
				if i < 0 {
					i = len(p)
				}
				if i > 0 {
					add(p[:i], i)
				}
				p = p[min(i+1, len(p)):]
			}
		} else {
			eachField(para, func(word string) { add(word, textWidth(word)) })
		}
		if words == 0 {
			begin() // an empty line
		}
		if !found {
			break
		}
		rest = more
	}
	return string(b)
}
