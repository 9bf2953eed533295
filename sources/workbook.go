package sources

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/confplan/confplan/planner"
)

// table is what the network map and the programs list need of a
// spreadsheet: a CSV Sheet, or one worksheet of an .xlsx workbook.
type table interface {
	name() string
	header() []string
	headerLine() int
	Len() int
	Get(row, col int) string
	Line(row int) int
	Row(row int) []string
	Col(names ...string) int
	FindHeader(names ...string) bool
	Set(row, col int, text string)
	Append(cells map[int]string) int
	// startHeader gives an empty table its header row.
	startHeader(h []string)
	// setDate writes a date: as text in a CSV, as a date cell in a
	// workbook whose column shows dates.
	setDate(row, col int, t time.Time, text string)
	encoded() ([]byte, error)
}

func (s *Sheet) name() string     { return s.Name }
func (s *Sheet) header() []string { return s.Header }
func (s *Sheet) encoded() ([]byte, error) {
	return s.Bytes(), nil
}
func (s *Sheet) headerLine() int {
	if s.headerRec == nil {
		return 1
	}
	return s.headerRec.line
}
func (s *Sheet) setDate(row, col int, _ time.Time, text string) { s.Set(row, col, text) }
func (s *Sheet) startHeader(h []string) {
	s.Header = h
	rec := &record{fields: h, quoted: make([]bool, len(h)), term: s.LineEnd}
	s.headerRec = rec
	s.recs = append(s.recs, rec)
	s.finalNL = true
	if s.LineEnd == "" {
		s.LineEnd = "\n"
		rec.term = "\n"
	}
}

// colOf is the index of the first header cell whose normalized spelling
// is one of names, or -1.
func colOf(header []string, names []string) int {
	for _, n := range names {
		n = NormalizeHeader(n)
		for i, h := range header {
			if NormalizeHeader(h) == n {
				return i
			}
		}
	}
	return -1
}

// workbookTable is one worksheet of an .xlsx workbook, edited in place
// through excelize: a write changes only the cells confplan sets, so the
// other sheets, column widths, styles, formulas, comments and every
// untouched cell stay as the user's spreadsheet app saved them.
//
// Cells are read as the app shows them (number formats applied). Text
// confplan writes goes into string cells, which no spreadsheet runs as a
// formula, so it needs no leading "'"; control and bidi characters are
// still removed.
type workbookTable struct {
	file  string
	f     *excelize.File
	sheet string
	rows  [][]string // every row of the sheet, as shown; index = Excel row - 1
	hdr   int        // index in rows of the header, -1 when none
	data  []int      // indexes in rows of the data rows (below the header, not blank)
}

// readWorkbookTable opens the worksheet of a workbook that holds a table
// with one of the header names in its first ten rows (visible sheets
// first), else the first sheet.
func readWorkbookTable(data []byte, name string, headers ...string) (*workbookTable, error) {
	f, err := openWorkbook(data)
	if err != nil {
		return nil, &Error{File: name, Reason: err.Error(), Hint: "save it from your spreadsheet app as an Excel workbook (.xlsx), or as CSV UTF-8"}
	}
	var first *workbookTable
	for _, sheet := range sheetOrder(f) {
		rows, err := f.GetRows(sheet)
		if err != nil {
			return nil, &Error{File: name, Reason: fmt.Sprintf("sheet %q: %v", sheet, err)}
		}
		if len(rows) > xlsxMaxRows {
			return nil, &Error{File: name, Reason: fmt.Sprintf("sheet %q has more than %d rows", sheet, xlsxMaxRows)}
		}
		for i := range rows {
			if len(rows[i]) > xlsxMaxCols {
				rows[i] = rows[i][:xlsxMaxCols]
			}
		}
		t := &workbookTable{file: name, f: f, sheet: sheet, rows: rows, hdr: -1}
		t.setHeader(firstNonBlank(rows))
		if first == nil {
			first = t
		}
		if t.FindHeader(headers...) {
			return t, nil
		}
	}
	first.setHeader(firstNonBlank(first.rows))
	return first, nil
}

func firstNonBlank(rows [][]string) int {
	for i, r := range rows {
		if !rowBlank(r) {
			return i
		}
	}
	return -1
}

func (t *workbookTable) setHeader(h int) {
	t.hdr, t.data = h, nil
	if h < 0 {
		return
	}
	for i := h + 1; i < len(t.rows); i++ {
		if !rowBlank(t.rows[i]) {
			t.data = append(t.data, i)
		}
	}
}

func (t *workbookTable) name() string {
	return t.file
}

func (t *workbookTable) header() []string {
	if t.hdr < 0 {
		return nil
	}
	return t.rows[t.hdr]
}

func (t *workbookTable) headerLine() int { return t.hdr + 1 }
func (t *workbookTable) Len() int        { return len(t.data) }
func (t *workbookTable) Line(row int) int {
	return t.data[row] + 1
}
func (t *workbookTable) Row(row int) []string { return append([]string(nil), t.rows[t.data[row]]...) }

func (t *workbookTable) Get(row, col int) string {
	if row < 0 || row >= len(t.data) || col < 0 {
		return ""
	}
	r := t.rows[t.data[row]]
	if col >= len(r) {
		return ""
	}
	return r[col]
}

func (t *workbookTable) Col(names ...string) int { return colOf(t.header(), names) }

func (t *workbookTable) FindHeader(names ...string) bool {
	if t.Col(names...) >= 0 {
		return true
	}
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want[NormalizeHeader(n)] = true
	}
	for i := 0; i < len(t.data) && i < 10; i++ {
		for _, c := range t.rows[t.data[i]] {
			if want[NormalizeHeader(c)] {
				t.setHeader(t.data[i])
				return true
			}
		}
	}
	return false
}

func (t *workbookTable) ref(rowIndex, col int) string {
	ref, _ := excelize.CoordinatesToCellName(col+1, rowIndex+1)
	return ref
}

func (t *workbookTable) put(rowIndex, col int, v string) {
	for len(t.rows) <= rowIndex {
		t.rows = append(t.rows, nil)
	}
	r := t.rows[rowIndex]
	for len(r) <= col {
		r = append(r, "")
	}
	r[col] = v
	t.rows[rowIndex] = r
}

// Set writes text into a string cell, keeping the cell's style.
func (t *workbookTable) Set(row, col int, text string) {
	if col < 0 || t.Get(row, col) == text {
		return
	}
	text = planner.CleanText(text)
	t.f.SetCellStr(t.sheet, t.ref(t.data[row], col), text)
	t.put(t.data[row], col, text)
}

// setDate writes a date cell when the cell, or the one above it, shows a
// date; else the text.
func (t *workbookTable) setDate(row, col int, d time.Time, text string) {
	if col < 0 {
		return
	}
	at := t.data[row]
	style := t.dateStyle(at, col)
	if style < 0 {
		t.Set(row, col, text)
		return
	}
	ref := t.ref(at, col)
	day := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	t.f.SetCellValue(t.sheet, ref, day)
	t.f.SetCellStyle(t.sheet, ref, ref, style)
	shown, err := t.f.GetCellValue(t.sheet, ref)
	if err != nil {
		shown = text
	}
	t.put(at, col, shown)
}

// dateStyle is the style of the cell at (rowIndex, col), or else of the
// nearest data cell above it, when that style shows a date; else -1.
func (t *workbookTable) dateStyle(rowIndex, col int) int {
	kinds := styleKinds{f: t.f, kinds: map[int]xlsxStyle{}}
	for r := rowIndex; r > t.hdr; r-- {
		id, err := t.f.GetCellStyle(t.sheet, t.ref(r, col))
		if err != nil {
			return -1
		}
		if id != 0 && kinds.of(id).date {
			return id
		}
		if r < len(t.rows) && col < len(t.rows[r]) && t.rows[r][col] != "" {
			return -1 // a filled cell above that is not a date: text it is
		}
	}
	return -1
}

// Append adds a row below the last data row, each cell styled like the
// one above it (so borders, fonts and fills continue the table).
func (t *workbookTable) Append(cells map[int]string) int {
	at := len(t.rows)
	prev := t.hdr
	if len(t.data) > 0 {
		prev = t.data[len(t.data)-1]
	}
	if prev >= 0 {
		for c := range max(len(t.header()), 1) {
			if id, err := t.f.GetCellStyle(t.sheet, t.ref(prev, c)); err == nil && id != 0 && prev != t.hdr {
				ref := t.ref(at, c)
				t.f.SetCellStyle(t.sheet, ref, ref, id)
			}
		}
	}
	t.rows = append(t.rows, make([]string, len(t.header())))
	t.data = append(t.data, at)
	row := len(t.data) - 1
	for c, v := range cells {
		v = planner.CleanText(v)
		t.f.SetCellStr(t.sheet, t.ref(at, c), v)
		t.put(at, c, v)
	}
	return row
}

func (t *workbookTable) startHeader(h []string) {
	at := len(t.rows)
	for c, v := range h {
		t.f.SetCellStr(t.sheet, t.ref(at, c), v)
		t.put(at, c, v)
	}
	t.setHeader(at)
}

func (t *workbookTable) encoded() ([]byte, error) {
	b, err := t.f.WriteToBuffer()
	if err != nil {
		return nil, &Error{File: t.file, Reason: "cannot write the workbook: " + err.Error()}
	}
	return b.Bytes(), nil
}
