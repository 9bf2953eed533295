package sources

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// Sheet is a CSV table that can be edited without damaging it: it is the
// user's own spreadsheet (the network map, the encounter log), so a write
// must change only what confplan means to change.
//
// The model. Each record keeps the exact bytes it was read from. Writing
// an unchanged sheet gives back those bytes, so reading and writing a
// well-formed file is the identity. Only a record that was edited (Set) or
// added (Append) is encoded again, with the file's delimiter, line ending
// and quoting style: a field that was quoted stays quoted, a new field is
// quoted only when it needs to be (or always, when the file quotes every
// field). The BOM, an Excel "sep=;" line, blank lines, the header's
// spelling, column order, unknown columns, row order and the presence or
// absence of a final newline all survive.
//
// Cost: memory is proportional to the file; Bytes is linear in its size.
type Sheet struct {
	Name      string // the name used in messages
	BOM       bool   // the file starts with a UTF-8 byte order mark
	Comma     byte   // ',', ';' or '\t'
	LineEnd   string // "\r\n" or "\n": the terminator new and edited records get
	QuoteAll  bool   // every field of the file is quoted
	Header    []string
	recs      []*record // every record in file order: preamble, header, blanks, data
	rows      []*record // the data records (non-blank, after the header)
	finalNL   bool      // the file ends with a line terminator
	headerRec *record
}

// record is one CSV record and the bytes it came from.
type record struct {
	fields []string
	quoted []bool
	raw    []byte // the record's bytes including its terminator; nil once edited
	line   int    // 1-based line the record starts on
	blank  bool   // an empty line
	term   string // the record's own terminator as read ("" at end of file)
	clean  bool   // no text after a closing quote, no quote inside unquoted text
}

// SheetError says why a CSV file cannot be used as a sheet.
func sheetError(name string, line int, format string, args ...any) *Error {
	return &Error{File: name, Line: line, Reason: fmt.Sprintf(format, args...)}
}

// ReadSheet reads a whole CSV stream as a Sheet. The delimiter (comma,
// semicolon or tab) is sniffed from the header line, or taken from an Excel
// "sep=" line. The first non-blank record is the header.
func ReadSheet(r io.Reader, name string) (*Sheet, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return nil, &Error{File: name, Reason: err.Error()}
	}
	if len(data) > MaxInput {
		return nil, &Error{File: name, Reason: fmt.Sprintf("file is larger than %d MiB", MaxInput>>20)}
	}
	return ParseSheet(data, name)
}

// ParseSheet is ReadSheet over bytes already read. data is not retained
// beyond the records' copies.
//
// The sheet must be UTF-8, as everything confplan writes into it is: a
// UTF-16 or Windows-1252 file is refused with advice, since edits would mix
// encodings.
func ParseSheet(data []byte, name string) (*Sheet, error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return nil, &Error{File: name, Reason: "the file is UTF-16 text (Excel's \"Unicode Text\"); confplan edits only UTF-8 CSV",
			Hint: "save it from your spreadsheet as \"CSV UTF-8\""}
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidAt(data)], []byte("\n"))
		return nil, &Error{File: name, Line: line, Reason: "the file is not UTF-8 (perhaps Windows-1252 from Excel's plain \"CSV\"); confplan edits only UTF-8 CSV",
			Hint: "save it from your spreadsheet as \"CSV UTF-8\""}
	}
	s := &Sheet{Name: name, Comma: ','}
	if bytes.HasPrefix(data, []byte(bom)) {
		s.BOM = true
		data = data[len(bom):]
	}
	body := data
	var pre *record
	if c, n, ok := sepLine(body); ok {
		s.Comma = c
		pre = &record{raw: bytes.Clone(body[:n]), line: 1, term: lineTerm(body[:n])}
		body = body[n:]
	}
	// Excel's "CSV (Macintosh)" ends lines with a bare CR. Such a file is
	// parsed with its CRs read as LFs (same offsets), and its records'
	// bytes and cells then taken back with CRs.
	crOnly := bytes.IndexByte(body, '\n') < 0 && bytes.IndexByte(body, '\r') >= 0
	src := body
	if crOnly {
		src = bytes.ReplaceAll(body, []byte("\r"), []byte("\n"))
	}
	if pre == nil {
		s.Comma = sniffComma(src)
	}
	line := 1
	if pre != nil {
		s.recs = append(s.recs, pre)
		line = 2
	}
	recs, err := parseRecords(src, s.Comma, name, line, 0)
	if err != nil {
		return nil, err
	}
	if crOnly {
		off := 0
		for _, r := range recs {
			n := len(r.raw)
			r.raw = bytes.Clone(body[off : off+n])
			off += n
			r.term = strings.ReplaceAll(r.term, "\n", "\r")
			for i, f := range r.fields {
				r.fields[i] = strings.ReplaceAll(f, "\n", "\r")
			}
		}
	}
	s.recs = append(s.recs, recs...)
	s.finalNL = len(data) == 0 || data[len(data)-1] == '\n' || (crOnly && data[len(data)-1] == '\r')
	for _, r := range recs {
		if r.blank {
			continue
		}
		if s.headerRec == nil {
			s.headerRec = r
			s.Header = r.fields
			continue
		}
		s.rows = append(s.rows, r)
	}
	s.LineEnd = "\n"
	for _, r := range s.recs {
		if r.term != "" {
			s.LineEnd = r.term
			break
		}
	}
	all, any := true, false
	for _, r := range recs {
		for _, q := range r.quoted {
			any = true
			all = all && q
		}
	}
	s.QuoteAll = any && all
	return s, nil
}

const bom = "\xef\xbb\xbf"

// invalidAt is the offset of the first byte that is not valid UTF-8.
func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// sepLine recognises Excel's "sep=;" first line.
func sepLine(data []byte) (comma byte, n int, ok bool) {
	if len(data) < 5 || !bytes.EqualFold(data[:4], []byte("sep=")) {
		return 0, 0, false
	}
	c := data[4]
	if c != ',' && c != ';' && c != '\t' && c != '|' {
		return 0, 0, false
	}
	rest := data[5:]
	switch {
	case len(rest) == 0:
		return c, 5, true
	case rest[0] == '\n':
		return c, 6, true
	case len(rest) > 1 && rest[0] == '\r' && rest[1] == '\n':
		return c, 7, true
	}
	return 0, 0, false
}

func lineTerm(b []byte) string {
	switch {
	case bytes.HasSuffix(b, []byte("\r\n")):
		return "\r\n"
	case bytes.HasSuffix(b, []byte("\n")):
		return "\n"
	}
	return ""
}

// sniffComma picks the delimiter of a CSV file: the candidate among
// comma, semicolon and tab that splits the header (the first non-blank
// record, parsed as CSV) into the most fields. Ties go to the comma. Only
// the header decides, so editing data rows never changes the answer.
func sniffComma(data []byte) byte {
	best, bestN, bestClean := byte(','), 1, false
	for _, c := range []byte{',', ';', '\t'} {
		recs, err := parseRecords(data, c, "", 1, 1)
		if err != nil || len(recs) == 0 {
			continue
		}
		h := recs[len(recs)-1]
		n := len(h.fields)
		switch {
		case h.clean && !bestClean && n > 1, h.clean == bestClean && n > bestN:
			best, bestN, bestClean = c, n, h.clean
		}
	}
	return best
}

// parseRecords splits data into records, keeping each record's bytes.
// It accepts the quirks of real exports (a stray quote inside an unquoted
// field is text, text after a closing quote is kept) and fails only on a
// quote that is never closed, naming the line it opened on.
//
// With limit > 0 it stops after that many non-blank records.
func parseRecords(data []byte, comma byte, name string, line, limit int) ([]*record, error) {
	// The records are read as spans of data, then made from one copy of
	// the bytes read (the records' raw bytes) and one string (their
	// fields): a sheet costs a few allocations, not a few per cell.
	type span struct{ from, to, built int } // the field is data[from:to], or built[built] when that is ≥ 0
	n := 1 + bytes.Count(data, []byte("\n"))
	if limit > 0 {
		n = min(n, limit+8)
	}
	recs := make([]record, 0, n)
	rawAt := make([][2]int, 0, n) // each record's bytes: data[at[0]:at[1]]
	fieldsTo := make([]int, 0, n) // each record's end in spans
	head, _, _ := bytes.Cut(data, []byte("\n"))
	spans := make([]span, 0, n*(1+bytes.Count(head, []byte{comma}))) // as wide as the first line, as most are
	var quoted []bool
	var built []string
	pos, nonBlank := 0, 0
	for pos < len(data) && (limit <= 0 || nonBlank < limit) {
		start := pos
		r := record{line: line, clean: true}
		// A blank line.
		if data[pos] == '\n' || (data[pos] == '\r' && pos+1 < len(data) && data[pos+1] == '\n') {
			r.blank, r.term = true, "\n"
			if data[pos] == '\r' {
				r.term = "\r\n"
			}
			pos += len(r.term)
			line++
			recs, rawAt, fieldsTo = append(recs, r), append(rawAt, [2]int{start, pos}), append(fieldsTo, len(spans))
			continue
		}
		for {
			f := span{from: pos, to: pos, built: -1}
			isQuoted := false
			var field []byte // the field, when it is not one span of data
			if pos < len(data) && data[pos] == '"' {
				isQuoted = true
				qline := line
				pos++
				f.from = pos
				for {
					i := bytes.IndexByte(data[pos:], '"')
					if i < 0 {
						return nil, sheetError(name, qline, "quoted field is never closed; check for a stray \" in this row")
					}
					chunk := data[pos : pos+i]
					line += bytes.Count(chunk, []byte("\n"))
					if field != nil {
						field = append(field, chunk...)
					}
					f.to = pos + i
					pos += i + 1
					if pos < len(data) && data[pos] == '"' {
						if field == nil {
							field = append([]byte(nil), data[f.from:f.to]...)
						}
						field = append(field, '"')
						pos++
						continue
					}
					break
				}
			}
			// Unquoted text, or text after a closing quote (kept as is).
			from := pos
			for pos < len(data) {
				b := data[pos]
				if b == comma || b == '\n' {
					break
				}
				if b == '\r' && pos+1 < len(data) && data[pos+1] == '\n' {
					break
				}
				if isQuoted || b == '"' {
					r.clean = false
				}
				pos++
			}
			switch {
			case !isQuoted:
				f.from, f.to = from, pos
			case pos > from || field != nil:
				if field == nil {
					field = append([]byte(nil), data[f.from:f.to]...)
				}
				f.built = len(built)
				built = append(built, string(append(field, data[from:pos]...)))
			}
			spans = append(spans, f)
			quoted = append(quoted, isQuoted)
			if pos < len(data) && data[pos] == comma {
				pos++
				continue
			}
			break
		}
		switch {
		case pos >= len(data):
		case data[pos] == '\n':
			r.term = "\n"
			pos++
		default: // \r\n
			r.term = "\r\n"
			pos += 2
		}
		if r.term != "" {
			line++
		}
		recs, rawAt, fieldsTo = append(recs, r), append(rawAt, [2]int{start, pos}), append(fieldsTo, len(spans))
		nonBlank++
	}
	raw, text := bytes.Clone(data[:pos]), string(data[:pos])
	fields := make([]string, len(spans))
	for i, f := range spans {
		if f.built >= 0 {
			fields[i] = built[f.built]
		} else {
			fields[i] = text[f.from:f.to]
		}
	}
	out := make([]*record, len(recs))
	from := 0
	for i := range recs {
		r := &recs[i]
		at, to := rawAt[i], fieldsTo[i]
		r.raw = raw[at[0]:at[1]:at[1]]
		if to > from {
			r.fields, r.quoted = fields[from:to:to], quoted[from:to:to]
		}
		from = to
		out[i] = r
	}
	return out, nil
}

// WellFormed reports whether every record is strict CSV: no text after
// a closing quote and no quote inside unquoted text. Byte identity holds
// for any input; well-formed input also keeps its delimiter and cells
// when rows are edited.
func (s *Sheet) WellFormed() bool {
	for _, r := range s.recs {
		if !r.blank && r.raw != nil && !r.clean {
			return false
		}
	}
	return true
}

// FindHeader looks for the header among the first rows when the first
// row is not it (a title such as "My ASTRO 2025 contacts" above the
// table): the first of the first ten rows holding a cell that reads as
// one of names becomes the header, and the rows above it are kept as they
// are but are no longer data. It reports whether the header is (now) a
// row with one of names.
func (s *Sheet) FindHeader(names ...string) bool {
	if s.Col(names...) >= 0 {
		return true
	}
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want[NormalizeHeader(n)] = true
	}
	for i := 0; i < len(s.rows) && i < 10; i++ {
		for _, f := range s.rows[i].fields {
			if want[NormalizeHeader(f)] {
				s.headerRec = s.rows[i]
				s.Header = s.rows[i].fields
				s.rows = append([]*record(nil), s.rows[i+1:]...)
				return true
			}
		}
	}
	return false
}

// Len is the number of data rows.
func (s *Sheet) Len() int { return len(s.rows) }

// Line is the 1-based line a data row starts on (0 for appended rows).
func (s *Sheet) Line(row int) int { return s.rows[row].line }

// Row returns a copy of a data row's fields.
func (s *Sheet) Row(row int) []string { return append([]string(nil), s.rows[row].fields...) }

// Get returns one cell; a cell past the end of a short row is "".
func (s *Sheet) Get(row, col int) string {
	if row < 0 || row >= len(s.rows) || col < 0 {
		return ""
	}
	f := s.rows[row].fields
	if col >= len(f) {
		return ""
	}
	return f[col]
}

// Col returns the index of the first header column whose normalized
// spelling is one of names (see NormalizeHeader), or -1.
func (s *Sheet) Col(names ...string) int {
	for _, n := range names {
		n = NormalizeHeader(n)
		for i, h := range s.Header {
			if NormalizeHeader(h) == n {
				return i
			}
		}
	}
	return -1
}

// NormalizeHeader folds a header cell for matching: lower case, trimmed,
// "_" and runs of spaces as one space, a trailing ":" or "?" dropped.
func NormalizeHeader(h string) string {
	h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, bom)))
	h = strings.ReplaceAll(h, "_", " ")
	h = strings.TrimRight(h, ":?")
	return squeeze(h)
}

// Set writes text confplan supplies (from the command line or a program
// file) into a cell, without control or bidi characters (planner.CleanText)
// and neutralized as a formula (see Neutralize). Only
// this row is encoded again when the sheet is written. Setting a cell to
// the value it already holds changes nothing.
func (s *Sheet) Set(row, col int, text string) {
	s.setRaw(row, col, Neutralize(planner.CleanText(text)))
}

func (s *Sheet) setRaw(row, col int, v string) {
	if col < 0 {
		return
	}
	r := s.rows[row]
	if col < len(r.fields) && r.fields[col] == v {
		return
	}
	for len(r.fields) <= col {
		r.fields = append(r.fields, "")
		r.quoted = append(r.quoted, false)
	}
	r.fields[col] = v
	r.raw = nil
}

// Append adds a data row with the given cells (column index → text), as
// wide as the header; the text is neutralized. It returns the new row's
// index.
func (s *Sheet) Append(cells map[int]string) int {
	r := &record{fields: make([]string, max(len(s.Header), 1)), term: s.LineEnd}
	r.quoted = make([]bool, len(r.fields))
	for c, v := range cells {
		for c >= len(r.fields) {
			r.fields = append(r.fields, "")
			r.quoted = append(r.quoted, false)
		}
		r.fields[c] = Neutralize(planner.CleanText(v))
	}
	// Place it after the last data row (or the header), before any
	// trailing blank lines, so it stays with the table.
	at := len(s.recs)
	for at > 0 && s.recs[at-1].blank {
		at--
	}
	s.recs = append(s.recs, nil)
	copy(s.recs[at+1:], s.recs[at:])
	s.recs[at] = r
	s.rows = append(s.rows, r)
	return len(s.rows) - 1
}

// Neutralize makes text safe to put in a spreadsheet cell (see
// planner.SafeCell).
func Neutralize(text string) string { return planner.SafeCell(text) }

// Unneutralize undoes Neutralize for text confplan itself wrote.
func Unneutralize(text string) string {
	if len(text) > 1 && text[0] == '\'' {
		switch text[1] {
		case '=', '+', '-', '@', '\t', '\r':
			return text[1:]
		}
	}
	return text
}

// Bytes returns the sheet as it should be written: unchanged records as
// they were read, edited and new records encoded in the file's style.
func (s *Sheet) Bytes() []byte {
	var b bytes.Buffer
	if s.BOM {
		b.WriteString(bom)
	}
	last := len(s.recs) - 1
	for i, r := range s.recs {
		if r.raw != nil {
			b.Write(r.raw)
			if r.term == "" && i < last {
				// Was the last record without a final newline; now it
				// has followers.
				b.WriteString(s.LineEnd)
			}
			continue
		}
		s.encode(&b, r)
		switch {
		case i < last:
			b.WriteString(s.LineEnd)
		case s.finalNL:
			b.WriteString(s.LineEnd)
		}
	}
	return b.Bytes()
}

// WriteTo writes Bytes to w.
func (s *Sheet) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(s.Bytes())
	return int64(n), err
}

func (s *Sheet) encode(b *bytes.Buffer, r *record) {
	if s.LineEnd == "\r" {
		// A CR-only file must not gain LFs, even inside quotes.
		fields := make([]string, len(r.fields))
		for i, f := range r.fields {
			fields[i] = strings.ReplaceAll(strings.ReplaceAll(f, "\r\n", "\r"), "\n", "\r")
		}
		r = &record{fields: fields, quoted: r.quoted}
	}
	if len(r.fields) == 1 && r.fields[0] == "" {
		b.WriteString(`""`) // not a blank line, which readers skip
		return
	}
	for i, f := range r.fields {
		if i > 0 {
			b.WriteByte(s.Comma)
		}
		if s.QuoteAll || (i < len(r.quoted) && r.quoted[i]) || s.needsQuotes(f) {
			b.WriteByte('"')
			b.WriteString(strings.ReplaceAll(f, `"`, `""`))
			b.WriteByte('"')
			continue
		}
		b.WriteString(f)
	}
}

func (s *Sheet) needsQuotes(f string) bool {
	if f == "" {
		return false
	}
	return strings.ContainsAny(f, "\"\r\n"+string(s.Comma)) || f[0] == ' ' || f[len(f)-1] == ' '
}
