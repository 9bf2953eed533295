package sources

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"strconv"
	"strings"
	"time"
)

// Excel workbooks (.xlsx): the first visible worksheet with a header row
// (else the first sheet) is read as a table and goes through the same row
// pipeline as CSV. Only archive/zip and encoding/xml
// are used; the reader streams the XML and bounds what it decompresses
// (xlsxMaxPart per part, xlsxMaxCols columns), so a zip bomb or a sheet
// with a stray cell in column XFD cannot exhaust memory.
//
// Cells: shared strings, inline strings, formula strings, booleans and
// numbers. Numbers whose style is a date or time format are converted:
// dates to 2006-01-02, times (fractions of a day) to 15:04, both to
// "2006-01-02 15:04", in the 1900 or 1904 date system the workbook uses.
// A number in a Date or Time column without a date style is converted
// the same way when it is in the range of Excel dates.

const (
	xlsxMaxPart = 64 << 20 // decompressed bytes per part
	xlsxMaxCols = 1024     // columns kept per row
)

var errXLSXSize = errors.New("a part of the workbook is larger than 64 MiB decompressed")

// readXLSX reads the program sheet of an Excel workbook.
func readXLSX(data []byte, name string, opt Options) (*Result, error) {
	rows, err := xlsxRows(data)
	if err != nil {
		return nil, &Error{File: name, Reason: err.Error(),
			Hint: "save the sheet from Excel as .xlsx or export it as CSV"}
	}
	return importRows(rows, name, "xlsx", nil, opt)
}

// xlsxRows returns the rows of the workbook's program sheet: the first
// visible sheet with a header row (a cover or instructions sheet before
// it is passed over), else the first sheet. Line is the row number.
func xlsxRows(data []byte) ([]sheetRow, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a readable zip archive: %v", err)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	wb, ok := files["xl/workbook.xml"]
	if !ok {
		return nil, errors.New("a zip archive but not an Excel workbook (no xl/workbook.xml)")
	}
	sheets, date1904, err := workbookSheets(wb, files)
	if err != nil {
		return nil, err
	}
	var strs []string
	if f, ok := files["xl/sharedStrings.xml"]; ok {
		if strs, err = sharedStrings(f); err != nil {
			return nil, err
		}
	}
	var styles []xlsxStyle
	if f, ok := files["xl/styles.xml"]; ok {
		styles, _ = dateStyles(f) // without styles, numbers stay numbers
	}
	var first []sheetRow
	for i, sheetPath := range sheets {
		sf, ok := files[sheetPath]
		if !ok {
			if i == 0 && len(sheets) == 1 {
				return nil, fmt.Errorf("the workbook's sheet %s is missing", sheetPath)
			}
			continue
		}
		rows, err := sheetRows(sf, strs, styles, date1904)
		if err != nil {
			return nil, err
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

// workbookSheets lists the worksheets' parts, visible sheets first in
// workbook order, and reads the date system.
func workbookSheets(wb *zip.File, files map[string]*zip.File) ([]string, bool, error) {
	rc, err := openPart(wb)
	if err != nil {
		return nil, false, err
	}
	defer rc.Close()
	var visible, hidden []string // relationship IDs
	date1904 := false
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, false, fmt.Errorf("xl/workbook.xml: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "workbookPr":
			v := attrOf(se, "date1904")
			date1904 = v == "1" || v == "true"
		case "sheet":
			rid := ""
			for _, a := range se.Attr {
				if a.Name.Local == "id" && (a.Name.Space != "" || strings.HasPrefix(a.Value, "rId")) {
					rid = a.Value
				}
			}
			if st := attrOf(se, "state"); st == "hidden" || st == "veryHidden" {
				hidden = append(hidden, rid)
			} else {
				visible = append(visible, rid)
			}
		}
	}
	targets := map[string]string{}
	if rels, ok := files["xl/_rels/workbook.xml.rels"]; ok {
		rr, err := openPart(rels)
		if err != nil {
			return nil, false, err
		}
		defer rr.Close()
		dec = xml.NewDecoder(rr)
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			se, ok := tok.(xml.StartElement)
			if !ok || se.Name.Local != "Relationship" {
				continue
			}
			t := attrOf(se, "Target")
			if strings.HasPrefix(t, "/") {
				t = path.Clean(strings.TrimPrefix(t, "/"))
			} else {
				t = path.Clean(path.Join("xl", t))
			}
			targets[attrOf(se, "Id")] = t
		}
	}
	var out []string
	for _, rid := range append(visible, hidden...) {
		if t, ok := targets[rid]; ok {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		out = []string{"xl/worksheets/sheet1.xml"}
	}
	if len(out) > 64 {
		out = out[:64] // bounded work for workbooks with many sheets
	}
	return out, date1904, nil
}

// openPart opens a part of the archive with a decompression limit.
func openPart(f *zip.File) (io.ReadCloser, error) {
	if f.UncompressedSize64 > xlsxMaxPart {
		return nil, errXLSXSize
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("cannot open %s in the workbook: %v", f.Name, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{&limitedReader{r: rc, n: xlsxMaxPart}, rc}, nil
}

// limitedReader fails, rather than truncates, past n bytes.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errXLSXSize
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

func attrOf(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// sharedStrings reads the shared string table: the text of each <si>,
// rich-text runs joined, phonetic runs (<rPh>) left out.
func sharedStrings(f *zip.File) ([]string, error) {
	rc, err := openPart(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var out []string
	var cur strings.Builder
	inSI, inT, skip := false, false, 0
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("xl/sharedStrings.xml: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inSI = true
				cur.Reset()
			case "rPh":
				skip++
			case "t":
				inT = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				inSI = false
				out = append(out, cur.String())
			case "rPh":
				skip--
			case "t":
				inT = false
			}
		case xml.CharData:
			if inSI && inT && skip == 0 {
				cur.Write(t)
			}
		}
	}
}

// xlsxStyle says what a cell style's number format shows.
type xlsxStyle struct{ date, time bool }

// dateStyles reads styles.xml: for each cell format (cellXfs/xf) whether
// its number format shows a date, a time or both.
func dateStyles(f *zip.File) ([]xlsxStyle, error) {
	rc, err := openPart(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	custom := map[int]xlsxStyle{}
	var styles []xlsxStyle
	inXfs := false
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return styles, nil
		}
		if err != nil {
			return styles, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "numFmt":
				id, _ := strconv.Atoi(attrOf(t, "numFmtId"))
				custom[id] = formatKind(attrOf(t, "formatCode"))
			case "cellXfs":
				inXfs = true
			case "xf":
				if inXfs {
					id, _ := strconv.Atoi(attrOf(t, "numFmtId"))
					st, ok := custom[id]
					if !ok {
						st = builtinFormat(id)
					}
					styles = append(styles, st)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "cellXfs" {
				inXfs = false
			}
		}
	}
}

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

// sheetRows streams a worksheet's cells into rows.
func sheetRows(f *zip.File, strs []string, styles []xlsxStyle, date1904 bool) ([]sheetRow, error) {
	rc, err := openPart(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var (
		rows    []sheetRow
		row     *sheetRow
		rowNum  int
		col     int
		typ     string
		style   int
		val     strings.Builder
		inV, in bool
		inIs    bool
		skipRPh int
	)
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", f.Name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				if n, err := strconv.Atoi(attrOf(t, "r")); err == nil && n > 0 {
					rowNum = n
				} else {
					rowNum++
				}
				rows = append(rows, sheetRow{Line: rowNum})
				row = &rows[len(rows)-1]
				col = -1
			case "c":
				if row == nil {
					continue
				}
				if c, ok := cellColumn(attrOf(t, "r")); ok {
					col = c
				} else {
					col++
				}
				typ = attrOf(t, "t")
				style, _ = strconv.Atoi(attrOf(t, "s"))
				val.Reset()
				in = true
			case "v":
				inV = in
			case "is":
				inIs = in
			case "rPh":
				skipRPh++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				inV = false
			case "is":
				inIs = false
			case "rPh":
				skipRPh--
			case "c":
				if !in || row == nil {
					continue
				}
				in = false
				if col < 0 || col >= xlsxMaxCols {
					continue
				}
				v := cellValue(typ, val.String(), style, strs, styles, date1904)
				for len(row.Cells) < col {
					row.Cells = append(row.Cells, "")
				}
				if len(row.Cells) == col {
					row.Cells = append(row.Cells, v)
				} else {
					row.Cells[col] = v
				}
			case "row":
				row = nil
			}
		case xml.CharData:
			if (inV || inIs) && skipRPh == 0 {
				val.Write(t)
			}
		}
	}
	// Rows that are empty are dropped; the header defines the width.
	out := rows[:0]
	for _, r := range rows {
		if !rowBlank(r.Cells) {
			out = append(out, r)
		}
	}
	if len(out) > 0 {
		width := 0
		for _, r := range out[:min(len(out), 10)] {
			width = max(width, len(r.Cells))
		}
		for i := range out {
			// Excel leaves trailing empty cells out: pad to the width.
			for len(out[i].Cells) < width {
				out[i].Cells = append(out[i].Cells, "")
			}
		}
	}
	return out, nil
}

// cellColumn reads the column of a reference such as "AB12" (0-based).
func cellColumn(ref string) (int, bool) {
	n := 0
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		n = n*26 + int(ref[i]-'A'+1)
		if n > 1<<20 {
			return 0, false
		}
		i++
	}
	if i == 0 {
		return 0, false
	}
	return n - 1, true
}

// cellValue turns a cell's raw value into text.
func cellValue(typ, raw string, style int, strs []string, styles []xlsxStyle, date1904 bool) string {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(raw))
		if err != nil || i < 0 || i >= len(strs) {
			return ""
		}
		return strs[i]
	case "d": // ISO 8601
		return strings.TrimSuffix(strings.TrimSuffix(raw, "T00:00:00Z"), "T00:00:00")
	case "inlineStr", "str", "e":
		return raw
	case "b":
		if strings.TrimSpace(raw) == "1" {
			return "TRUE"
		}
		return "FALSE"
	}
	raw = strings.TrimSpace(raw)
	if style >= 0 && style < len(styles) && (styles[style].date || styles[style].time) {
		if f, err := strconv.ParseFloat(raw, 64); err == nil {
			if s, ok := excelTime(f, styles[style], date1904); ok {
				return s
			}
		}
	}
	return excelNumber(raw)
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
		i, ok := cols.col[f]
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
