package sources

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Excel workbooks (.xlsx) are read, and network maps written back, with
// github.com/xuri/excelize/v2, the one package that uses it.
//
// Programs: the first visible worksheet with a header row (else the first
// sheet) is read as a table and goes through the same row pipeline as CSV.
// Cells are read raw; numbers whose style is a date or time format are
// converted: dates to 2006-01-02, times (fractions of a day) to 15:04,
// both to "2006-01-02 15:04", in the 1900 or 1904 date system the workbook
// uses. A number in a Date or Time column without a date style is
// converted the same way when it is in the range of Excel dates.
//
// Bounds: excelize refuses parts that decompress past xlsxMaxPart, and
// rows are cut at xlsxMaxCols columns, so a zip bomb or a stray cell in
// column XFD cannot exhaust memory.

const (
	xlsxMaxPart  = 64 << 20 // decompressed bytes of the workbook
	xlsxMaxSheet = 16 << 20 // decompressed bytes of one sheet held in memory
	xlsxMaxCols  = 1024     // columns kept per row
	xlsxMaxRows  = 200_000  // rows read per sheet
)

var errXLSXSize = errors.New("the workbook is larger than 64 MiB decompressed")

// isZip reports whether data is a zip archive (an .xlsx workbook).
func isZip(data []byte) bool { return bytes.HasPrefix(data, []byte("PK\x03\x04")) }

// openWorkbook opens an .xlsx workbook held in memory, within the bounds.
func openWorkbook(data []byte) (*excelize.File, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a readable zip archive: %v", err)
	}
	workbook := false
	for _, zf := range zr.File {
		workbook = workbook || strings.TrimPrefix(zf.Name, "/") == "xl/workbook.xml"
	}
	if !workbook {
		return nil, errors.New("a zip archive but not an Excel workbook (no xl/workbook.xml)")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: xlsxMaxPart, UnzipXMLSizeLimit: xlsxMaxSheet})
	if err != nil {
		if strings.Contains(err.Error(), "size exceeds") {
			return nil, errXLSXSize
		}
		return nil, fmt.Errorf("not a readable Excel workbook: %v", err)
	}
	if len(f.GetSheetList()) == 0 {
		f.Close()
		return nil, errors.New("a zip archive but not an Excel workbook (no worksheets in xl/workbook.xml)")
	}
	return f, nil
}

// readXLSX reads the program sheet of an Excel workbook.
func readXLSX(data []byte, name string, opt Options) (*Result, error) {
	rows, err := xlsxRows(data)
	if err != nil {
		return nil, &Error{File: name, Reason: err.Error(),
			Hint: "save the sheet from Excel as .xlsx or export it as CSV"}
	}
	return importRows(rows, name, "xlsx", nil, opt)
}

// sheetOrder lists the worksheets, visible ones first in workbook order,
// at most 64 of them (bounded work for workbooks with many sheets).
func sheetOrder(f *excelize.File) []string {
	var visible, hidden []string
	for _, s := range f.GetSheetList() {
		if v, err := f.GetSheetVisible(s); err == nil && !v {
			hidden = append(hidden, s)
		} else {
			visible = append(visible, s)
		}
	}
	out := append(visible, hidden...)
	if len(out) > 64 {
		out = out[:64]
	}
	return out
}

// xlsxRows returns the rows of the workbook's program sheet: the first
// visible sheet with a header row (a cover or instructions sheet before
// it is passed over), else the first sheet. Line is the row number.
func xlsxRows(data []byte) ([]sheetRow, error) {
	f, err := openWorkbook(data)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	date1904 := false
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		date1904 = *p.Date1904
	}
	styles := styleKinds{f: f, kinds: map[int]xlsxStyle{}}
	var first []sheetRow
	for i, sheet := range sheetOrder(f) {
		rows, err := sheetRows(f, sheet, &styles, date1904)
		if err != nil {
			if i == 0 && len(f.GetSheetList()) == 1 {
				return nil, err
			}
			continue
		}
		convertDateColumns(rows, date1904)
		if _, _, ok := findHeader(rows); ok {
			return rows, nil
		}
		if first == nil {
			first = rows
		}
	}
	return first, nil
}

// styleKinds classifies cell styles by what their number format shows,
// once per style.
type styleKinds struct {
	f     *excelize.File
	kinds map[int]xlsxStyle
}

func (s *styleKinds) of(id int) xlsxStyle {
	if k, ok := s.kinds[id]; ok {
		return k
	}
	var k xlsxStyle
	if st, err := s.f.GetStyle(id); err == nil && st != nil {
		if st.CustomNumFmt != nil {
			k = formatKind(*st.CustomNumFmt)
		} else {
			k = builtinFormat(st.NumFmt)
		}
	}
	s.kinds[id] = k
	return k
}

// sheetRows reads a worksheet's cells into rows, raw, converting
// date-styled numbers.
func sheetRows(f *excelize.File, sheet string, styles *styleKinds, date1904 bool) ([]sheetRow, error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("sheet %q: %v", sheet, err)
	}
	defer it.Close()
	var rows []sheetRow
	for n := 1; it.Next() && n <= xlsxMaxRows; n++ {
		cells, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("sheet %q row %d: %v", sheet, n, err)
		}
		if len(cells) > xlsxMaxCols {
			cells = cells[:xlsxMaxCols]
		}
		if rowBlank(cells) {
			continue
		}
		for c, v := range cells {
			if v == "" {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, n)
			cells[c] = cellText(f, sheet, ref, v, styles, date1904)
		}
		rows = append(rows, sheetRow{Line: n, Cells: cells})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("sheet %q: %v", sheet, err)
	}
	if len(rows) > 0 {
		width := 0
		for _, r := range rows[:min(len(rows), 10)] {
			width = max(width, len(r.Cells))
		}
		for i := range rows {
			// Excel leaves trailing empty cells out: pad to the width.
			for len(rows[i].Cells) < width {
				rows[i].Cells = append(rows[i].Cells, "")
			}
		}
	}
	return rows, nil
}

// cellText turns a cell's raw value into text: numbers as people read
// them, date-styled numbers as dates and times, booleans as TRUE/FALSE.
func cellText(f *excelize.File, sheet, ref, raw string, styles *styleKinds, date1904 bool) string {
	v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil && !strings.EqualFold(raw, "TRUE") && !strings.EqualFold(raw, "FALSE") && !strings.Contains(raw, "T00:00:00") {
		return raw // text: no number, boolean or ISO date to convert
	}
	typ, _ := f.GetCellType(sheet, ref)
	switch typ {
	case excelize.CellTypeBool:
		if strings.TrimSpace(raw) == "1" || strings.EqualFold(raw, "TRUE") {
			return "TRUE"
		}
		return "FALSE"
	case excelize.CellTypeDate: // ISO 8601
		return strings.TrimSuffix(strings.TrimSuffix(raw, "T00:00:00Z"), "T00:00:00")
	case excelize.CellTypeNumber, excelize.CellTypeUnset:
	default:
		return raw
	}
	if err != nil {
		return raw
	}
	if id, err := f.GetCellStyle(sheet, ref); err == nil {
		if st := styles.of(id); st.date || st.time {
			if s, ok := excelTime(v, st, date1904); ok {
				return s
			}
		}
	}
	return excelNumber(raw)
}

// xlsxStyle says what a cell style's number format shows.
type xlsxStyle struct{ date, time bool }

// builtinFormat classifies Excel's built-in number formats.
func builtinFormat(id int) xlsxStyle {
	switch {
	case id >= 14 && id <= 17, id >= 27 && id <= 31, id >= 34 && id <= 36, id >= 50 && id <= 58:
		return xlsxStyle{date: true}
	case id >= 18 && id <= 21, id >= 32 && id <= 33, id >= 45 && id <= 47:
		return xlsxStyle{time: true}
	case id == 22:
		return xlsxStyle{date: true, time: true}
	}
	return xlsxStyle{}
}

// formatKind classifies a custom format code such as "m/d/yyyy h:mm AM/PM".
func formatKind(code string) xlsxStyle {
	var b strings.Builder
	inQuote := false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case c == '"':
			inQuote = !inQuote
		case inQuote:
		case c == '\\' || c == '_' || c == '*':
			i++ // escaped or padding character
		case c == '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				i = len(code)
			} else {
				inner := strings.ToLower(code[i+1 : i+j])
				if inner == "h" || inner == "hh" || inner == "m" || inner == "mm" || inner == "s" || inner == "ss" {
					b.WriteString(inner) // elapsed time
				}
				i += j
			}
		default:
			b.WriteByte(c | 0x20)
		}
	}
	l := b.String()
	if i := strings.IndexByte(l, ';'); i >= 0 {
		l = l[:i]
	}
	var st xlsxStyle
	st.date = strings.ContainsAny(l, "yd") || (strings.Contains(l, "m") && !strings.ContainsAny(l, "hs"))
	st.time = strings.ContainsAny(l, "hs")
	return st
}

// excelNumber prints a number as people read it: 2001, not 2001.0 or
// 2.001E3.
func excelNumber(raw string) string {
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return raw
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', 12, 64)
}

// excelTime converts a date serial: whole days since the epoch and the
// fraction of a day, rounded to the minute.
func excelTime(f float64, st xlsxStyle, date1904 bool) (string, bool) {
	if f < 0 || f > 2958465 || math.IsNaN(f) {
		return "", false
	}
	mins := int64(math.Round(f * 24 * 60))
	days, m := mins/(24*60), mins%(24*60)
	clockText := fmt.Sprintf("%02d:%02d", m/60, m%60)
	if days == 0 && (!st.date || !date1904) {
		return clockText, true // a time of day alone
	}
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		epoch = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	d := epoch.AddDate(0, 0, int(days)).Format("2006-01-02")
	switch {
	case st.time && (m != 0 || !st.date):
		return d + " " + clockText, true
	case m != 0:
		return d + " " + clockText, true
	}
	return d, true
}

// convertDateColumns converts plain numbers in date and time columns
// (a sheet whose date cells lost their style) to dates and times.
func convertDateColumns(rows []sheetRow, date1904 bool) {
	h, cols, ok := findHeader(rows)
	if !ok {
		return
	}
	for _, f := range []colField{colDate, colStart, colEnd, colTime, colEndDate} {
		i, ok := cols.col.at(f)
		if !ok {
			continue
		}
		for r := h + 1; r < len(rows); r++ {
			if i >= len(rows[r].Cells) {
				continue
			}
			c := strings.TrimSpace(rows[r].Cells[i])
			v, err := strconv.ParseFloat(c, 64)
			if err != nil || strings.ContainsAny(c, "/-") {
				continue
			}
			switch {
			case (f == colDate || f == colEndDate) && v >= 20000 && v < 80000 && v == math.Trunc(v):
				rows[r].Cells[i], _ = excelTime(v, xlsxStyle{date: true}, date1904)
			case f != colDate && f != colEndDate && v >= 0 && v < 1:
				rows[r].Cells[i], _ = excelTime(v, xlsxStyle{time: true}, date1904)
			case f != colDate && f != colEndDate && v >= 20000 && v < 80000:
				rows[r].Cells[i], _ = excelTime(v, xlsxStyle{date: true, time: true}, date1904)
			}
		}
	}
}
