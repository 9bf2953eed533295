package sources

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// CSV and TSV programs.
//
// Text is UTF-8 (a BOM is allowed), UTF-16 with a BOM (Excel's "Unicode
// text") or, when it is not valid UTF-8, Windows-1252. Lines end in LF,
// CRLF or CR. The delimiter is sniffed from the first records: the one of
// "," ";" tab and "|" that splits them into the most consistent number
// of cells. Quoted cells may hold delimiters and line breaks; each row
// keeps the line it starts on. A stray quote inside a cell is read
// leniently; an unterminated quote is reported at the line that opens it
// and reading resumes on the next line.
//
// The header row is the first of the first ten rows that names a title
// column and one more known column, so title lines above it are skipped.
// Headers match case-insensitively, brackets and punctuation aside
// ("Date (M/D/YYYY)", "Session_Title", "Room/Location"), through the
// synonyms in headerSynonyms, also with a "Session", "Presentation" or
// "Event" prefix. Where two columns mean one thing the more specific wins
// ("Presentation Title" over "Session Title", which then names the
// parent session). Columns confplan does not use give one notice.
//
// Each item gets: ID from the abstract, poster or presentation number,
// else the session code, else deriveID(title, start, parent); Start and
// End from Date plus Time (a range), or Start and End, or Start and
// Duration, or cells holding date and time together, or timestamps with
// an offset; an item with no end lasts defaultLength (one notice per
// file says how many). Dates are read in the order --date-order gives,
// else the one the Date header prints, else the one the whole column
// shows; a column of only ambiguous dates is an error naming
// --date-order; day-header rows and printed weekdays settle the order
// first where they can. A date without a year takes the file's usual
// year, the recognised meeting's, or the one year printed above the
// header or in the page's title, else, when it prints a weekday, the
// year near today that fits it (Options.Now), with a notice. Times
// without AM/PM in a file that never writes 24-hour times are 12-hour
// times: 1:00–6:59 is the afternoon (one notice), and a talk under a
// session takes the half of the day that puts it inside the session. A
// Session column holding only codes (SS 07) is the session's ID. A bad row (ragged, no title, a bad date or time,
// no time at all) is skipped with a warning naming its line; the other
// rows still import. The row pipeline, importRows, is shared with Excel
// files and HTML tables.

// sheetRow is one row of a table read from a file, with the line (CSV) or
// row number (Excel) it starts on.
type sheetRow struct {
	Line  int
	Cells []string
}

// readCSV reads a CSV or TSV program.
func readCSV(data []byte, name string, opt Options) (*Result, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		return nil, &Error{File: name, Reason: "an old Excel (.xls) workbook, which confplan does not read",
			Hint: "open it in Excel or LibreOffice and save it as .xlsx or CSV"}
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return nil, &Error{File: name, Reason: "a PDF, not a program export",
			Hint: "save the program's web page (HTML) or export it as CSV or Excel instead"}
	case bytes.IndexByte(data[:min(len(data), 4096)], 0) >= 0 && !bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return nil, &Error{File: name, Reason: "a binary file, not a text or spreadsheet export",
			Hint: "confplan reads saved program pages (HTML), CSV/TSV/Excel, JSON and iCal exports"}
	}
	text, err := decodeText(data)
	if err != nil {
		return nil, &Error{File: name, Reason: err.Error()}
	}
	delim := sniffDelimiter(text)
	rows, warns := csvRows(text, name, delim)
	format := "csv"
	if delim == '\t' {
		format = "tsv"
	}
	t, err := prepareRows(rows, name, format, nil)
	if err != nil {
		return nil, err
	}
	read := func(opt Options) (*Result, error) {
		res, err := t.read(opt)
		if err != nil {
			return nil, err
		}
		res.Warnings = append(warns[:len(warns):len(warns)], res.Warnings...)
		sort.SliceStable(res.Warnings, func(i, j int) bool {
			a, b := res.Warnings[i].Line, res.Warnings[j].Line
			return a != 0 && (b == 0 || a < b) // file-wide notices last
		})
		return res, nil
	}
	res, err := read(opt)
	if err != nil && opt.Zone == nil && errors.Is(err, ErrNoZone) {
		// The rows are parsed, and their people read meanwhile: a zone
		// found in another file reads the rest from here, not from the
		// text again.
		t.readPeople()
		return nil, &zoneRetry{err: err, again: func(loc *time.Location) (*Result, error) {
			o := opt
			o.Zone = loc
			return read(o)
		}}
	}
	return res, err
}

// decodeText returns data as UTF-8 text with LF or CRLF line ends.
func decodeText(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
		out, _, err := transform.Bytes(xunicode.BOMOverride(dec), data)
		if err != nil {
			return nil, fmt.Errorf("cannot decode UTF-16 text: %v", err)
		}
		data = out
	case !utf8.Valid(data):
		out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
		if err != nil {
			return nil, fmt.Errorf("text is neither UTF-8 nor Windows-1252: %v", err)
		}
		data = out
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, '\n') < 0 && bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte{'\r'}, []byte{'\n'}) // classic Mac line ends
	}
	return data, nil
}

// sniffDelimiter picks the delimiter that splits the first records into
// the most rows of one cell count (two or more); "," when none does.
func sniffDelimiter(text []byte) rune {
	head := text[:min(len(text), 64<<10)]
	best, bestScore, bestCells := ',', 0, 0
	for _, d := range []rune{',', ';', '\t', '|'} {
		if bytes.IndexRune(head, d) < 0 {
			continue
		}
		r := csv.NewReader(bytes.NewReader(head))
		r.Comma = d
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		counts := map[int]int{}
		for n := 0; n < 30; n++ {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				continue
			}
			counts[len(rec)]++
		}
		mode, score := 0, 0
		for c, k := range counts {
			if c >= 2 && (k > score || k == score && c > mode) {
				mode, score = c, k
			}
		}
		if score > bestScore || score == bestScore && mode > bestCells {
			best, bestScore, bestCells = d, score, mode
		}
	}
	return best
}

// csvRows parses text into rows: wellFormedRows when it can, else
// brokenRows.
func csvRows(text []byte, name string, delim rune) ([]sheetRow, []*Warning) {
	if rows, ok := wellFormedRows(text, byte(delim)); ok {
		return rows, nil
	}
	return brokenRows(text, name, delim)
}

// brokenRows parses text into rows with encoding/csv. A row with a bare
// quote is re-read leniently; an unterminated quote is reported at the
// line it opens and reading resumes on the next line, so rows before and
// after it import.
func brokenRows(text []byte, name string, delim rune) ([]sheetRow, []*Warning) {
	starts := make([]int, 1, bytes.Count(text, []byte{'\n'})+1) // byte offset of each line (index 0 = line 1)
	for i := 0; ; {
		j := bytes.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	rows := make([]sheetRow, 0, len(starts)) // a record per line at most
	var warns []*Warning
	base := 0 // lines before the current reader's start
	for base < len(starts) {
		r := csv.NewReader(bytes.NewReader(text[starts[base]:]))
		r.Comma = delim
		r.FieldsPerRecord = -1
		restart := -1
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if pe := asParseError(err); pe != nil {
				first, last := base+pe.StartLine, base+pe.Line
				if pe.Err == csv.ErrBareQuote || first == last {
					if lrec, ok := lenientRecord(text, starts, first, last, delim); ok {
						rows = append(rows, sheetRow{Line: first, Cells: lrec})
						continue
					}
				}
				if pe.Err == csv.ErrQuote && first != last {
					// Resume at the next line that reads as a record of the
					// usual width, so the broken cell's other lines do not
					// come back as rows of their own.
					next := resyncLine(text, starts, rows, first+1, delim)
					reason := "unterminated quote; skipped this line and read on from the next"
					if next > first+1 {
						reason = fmt.Sprintf("unterminated quote; skipped lines %d–%d and read on from line %d, the next that reads as a record", first, next-1, next)
					}
					warns = append(warns, &Warning{File: name, Line: first, Reason: reason,
						Hint: `close the quoted cell with " or double a quote inside it as ""`})
					restart = next - 1 // resume at line next (0-based index next-1)
					break
				}
				warns = append(warns, &Warning{File: name, Line: first, Reason: "row skipped: " + pe.Err.Error()})
				continue
			}
			if err != nil {
				warns = append(warns, &Warning{File: name, Line: base + 1, Reason: err.Error()})
				break
			}
			line, _ := r.FieldPos(0)
			rows = append(rows, sheetRow{Line: base + line, Cells: rec})
		}
		if restart < 0 {
			break
		}
		base = restart
	}
	return rows, warns
}

// wellFormedRows reads text as encoding/csv does (FieldsPerRecord -1, no
// lazy quotes) when every record is well formed: each quoted cell closes
// before a delimiter or a line end, no other cell holds a quote, and no
// quoted cell holds a CR. ok is false otherwise, and brokenRows reads the
// text, saying where it breaks. The cells are
// substrings of one copy of text (a cell with a doubled quote is a string
// of its own), so a file costs a copy and an array of cells rather than a
// string and a slice per record. As encoding/csv, it skips empty lines,
// reads CRLF as LF and drops a CR before the end of the text.
func wellFormedRows(text []byte, delim byte) ([]sheetRow, bool) {
	s := string(text)
	lines := 1 + strings.Count(s, "\n")
	head, _, _ := strings.Cut(s, "\n")
	cells := make([]string, 0, lines*(1+strings.Count(head, string(delim)))) // as wide as the first line, as most are
	rows := make([]sheetRow, 0, lines)
	ends := make([]int, 0, lines) // each row's end in cells
	line := 1
	nl, quote := -1, strings.IndexByte(s, '"') // the next line break and quote at or after an unquoted cell (quote -1: none left)
	for pos := 0; pos < len(s); {
		switch {
		case s[pos] == '\n':
			pos, line = pos+1, line+1 // an empty line
			continue
		case s[pos] == '\r' && (pos+1 == len(s) || s[pos+1] == '\n'):
			pos++ // before an empty line's \n, or the text's end: nothing
			continue
		}
		rows = append(rows, sheetRow{Line: line})
		for {
			if pos < len(s) && s[pos] == '"' {
				j := strings.IndexByte(s[pos+1:], '"')
				if j < 0 {
					return nil, false
				}
				cell := s[pos+1 : pos+1+j]
				pos += j + 2
				for pos < len(s) && s[pos] == '"' { // a doubled quote
					k := strings.IndexByte(s[pos+1:], '"')
					if k < 0 {
						return nil, false
					}
					cell += s[pos : pos+1+k]
					pos += k + 2
				}
				if strings.IndexByte(cell, '\r') >= 0 {
					return nil, false
				}
				line += strings.Count(cell, "\n")
				cells = append(cells, cell)
				if pos < len(s) && s[pos] == delim {
					pos++
					continue
				}
				if pos < len(s) && s[pos] == '\r' && (pos+1 == len(s) || s[pos+1] == '\n') {
					pos++
				}
				if pos < len(s) && s[pos] != '\n' {
					return nil, false // text after the closing quote
				}
			} else {
				if nl < pos {
					if nl = indexFrom(s, pos, '\n'); nl < 0 {
						nl = len(s)
					}
				}
				if quote >= 0 && quote < pos {
					quote = indexFrom(s, pos, '"')
				}
				end, last := nl, true
				if k := strings.IndexByte(s[pos:nl], delim); k >= 0 {
					end, last = pos+k, false
				}
				if quote >= 0 && quote < end {
					return nil, false // a quote inside the cell
				}
				if !last {
					cells = append(cells, s[pos:end])
					pos = end + 1
					continue
				}
				cells = append(cells, strings.TrimSuffix(s[pos:end], "\r"))
				pos = end
			}
			break // the record's last cell, at a line end or the text's
		}
		ends = append(ends, len(cells))
		if pos < len(s) {
			pos, line = pos+1, line+1
		}
	}
	from := 0
	for i, end := range ends {
		rows[i].Cells = cells[from:end:end]
		from = end
	}
	return rows, true
}

// asParseError is err as a *csv.ParseError, or nil; asked only of an
// error, as errors.As's target escapes (one allocation per record).
func asParseError(err error) *csv.ParseError {
	if err == nil {
		return nil
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe
	}
	return nil
}

// headerZoneLabel returns the zone label in a header's brackets: "Start
// Time (ET)" → "ET"; "" when there is none.
func headerZoneLabel(h string) string {
	i, j := strings.LastIndex(h, "("), strings.LastIndex(h, ")")
	if i < 0 || j < i {
		return ""
	}
	l := strings.TrimSpace(h[i+1 : j])
	if labelZone(l) == nil {
		return ""
	}
	return l
}

// resyncLine returns the first line from "from" (1-based) that reads on
// its own as one record with the number of cells most rows so far have;
// "from" itself when no row has been read or no line fits.
func resyncLine(text []byte, starts []int, rows []sheetRow, from int, delim rune) int {
	counts := map[int]int{}
	for _, r := range rows {
		counts[len(r.Cells)]++
	}
	width, best := 0, 0
	for w, k := range counts {
		if w >= 2 && (k > best || k == best && w > width) {
			width, best = w, k
		}
	}
	if width == 0 {
		return from
	}
	for l := from; l <= len(starts) && l < from+1000; l++ {
		if rec, ok := lenientRecord(text, starts, l, l, delim); ok && len(rec) == width {
			return l
		}
	}
	return from
}

// lenientRecord re-reads lines first..last (1-based) with lazy quotes and
// returns their single record.
func lenientRecord(text []byte, starts []int, first, last int, delim rune) ([]string, bool) {
	if first < 1 || last > len(starts) || first > last {
		return nil, false
	}
	end := len(text)
	if last < len(starts) {
		end = starts[last]
	}
	r := csv.NewReader(bytes.NewReader(text[starts[first-1]:end]))
	r.Comma = delim
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rec, err := r.Read()
	if err != nil {
		return nil, false
	}
	if _, err := r.Read(); err != io.EOF {
		return nil, false
	}
	return rec, true
}

// A column's meaning.
type colField int

const (
	colNone colField = iota
	colTitle
	colID
	colDate
	colStart
	colEnd
	colTime
	colDuration
	colRoom
	colBoard
	colPeople // speakers, moderators, ... (with a default role)
	colAuthors
	colPresenting
	colSession
	colSessionID
	colType
	colTrack
	colEndDate     // the day an item ends, when an export gives one
	colAffiliation // the institution of the row's one speaker or presenting author
	colSub         // Whova's "Session or Sub": "Sub" is a talk in the session above
	colGeography   // where that institution is ("Durham, NC, USA"), printed after it
	colKnown       // understood and not needed: description, audience, ...
)

// synonym is what a header name means.
type synonym struct {
	f    colField
	rank int
	role string // default role of a people column
}

// headerSynonyms maps normalised header names to fields. rank orders
// competing columns for one field: lower wins ("Presentation Title" over
// "Session Title" for the title; the loser becomes the session).
var headerSynonyms = map[string]synonym{
	"title": {colTitle, 0, ""}, "presentation title": {colTitle, 1, ""}, "abstract title": {colTitle, 1, ""},
	"talk title": {colTitle, 1, ""}, "poster title": {colTitle, 1, ""}, "paper title": {colTitle, 1, ""},
	"activity title": {colTitle, 2, ""}, "event title": {colTitle, 2, ""}, "event name": {colTitle, 2, ""},
	"event": {colTitle, 3, ""}, "session title": {colTitle, 4, ""}, "session name": {colTitle, 4, ""},
	"name": {colTitle, 5, ""}, "activity": {colTitle, 5, ""}, "subject": {colTitle, 6, ""}, "summary": {colKnown, 0, ""},
	"topic": {colTitle, 6, ""},

	"abstract number": {colID, 0, ""}, "abstract #": {colID, 0, ""}, "abstract no": {colID, 0, ""},
	"abstract id": {colID, 0, ""}, "abstract": {colKnown, 0, ""}, "poster #": {colID, 0, ""}, "poster number": {colID, 0, ""},
	"poster no": {colID, 0, ""}, "poster id": {colID, 0, ""}, "presentation number": {colID, 1, ""},
	"presentation #": {colID, 1, ""}, "presentation id": {colID, 1, ""}, "final id": {colID, 1, ""},
	"control number": {colID, 2, ""}, "id": {colID, 2, ""}, "#": {colID, 2, ""}, "number": {colID, 2, ""},
	"no": {colID, 3, ""}, "code": {colID, 3, ""}, "event id": {colID, 2, ""}, "uid": {colID, 2, ""},
	"session code": {colID, 4, ""}, "session id": {colID, 4, ""}, "session #": {colID, 4, ""}, "session number": {colID, 4, ""},

	"date": {colDate, 0, ""}, "datum": {colDate, 0, ""}, "day": {colDate, 1, ""}, "session date": {colDate, 1, ""}, "event date": {colDate, 1, ""},
	"presentation date": {colDate, 0, ""}, "start date": {colDate, 2, ""}, "day date": {colDate, 1, ""},

	"start": {colStart, 0, ""}, "start time": {colStart, 0, ""}, "time start": {colStart, 0, ""},
	"starts": {colStart, 1, ""}, "begin": {colStart, 1, ""}, "begins": {colStart, 1, ""}, "from": {colStart, 2, ""},
	"start date time": {colStart, 0, ""}, "event start": {colStart, 0, ""}, "session start": {colStart, 1, ""},
	"presentation start": {colStart, 0, ""}, "start datetime": {colStart, 0, ""},

	"end": {colEnd, 0, ""}, "end time": {colEnd, 0, ""}, "time end": {colEnd, 0, ""}, "ends": {colEnd, 1, ""},
	"finish": {colEnd, 1, ""}, "until": {colEnd, 2, ""}, "to": {colEnd, 2, ""}, "end date time": {colEnd, 0, ""},
	"event end": {colEnd, 0, ""}, "session end": {colEnd, 1, ""}, "presentation end": {colEnd, 0, ""},
	"end datetime": {colEnd, 0, ""},
	// full date-times: Rails-style, Odoo/Indico-style and spreadsheet headers
	"starts at": {colStart, 0, ""}, "start at": {colStart, 0, ""}, "date start": {colStart, 0, ""},
	"start date and time": {colStart, 0, ""}, "datetime start": {colStart, 0, ""}, "start timestamp": {colStart, 0, ""},
	"begin date time": {colStart, 0, ""}, "begins at": {colStart, 0, ""},
	"ends at": {colEnd, 0, ""}, "end at": {colEnd, 0, ""}, "date end": {colEnd, 0, ""},
	"end date and time": {colEnd, 0, ""}, "datetime end": {colEnd, 0, ""}, "end timestamp": {colEnd, 0, ""},

	"time": {colTime, 0, ""}, "times": {colTime, 0, ""}, "session time": {colTime, 1, ""},
	"presentation time": {colTime, 0, ""}, "time slot": {colTime, 0, ""}, "timeslot": {colTime, 0, ""},
	"time range": {colTime, 0, ""}, "hours": {colTime, 2, ""}, "date time": {colTime, 1, ""}, "when": {colTime, 2, ""},

	"duration": {colDuration, 0, ""}, "duration min": {colDuration, 0, ""}, "duration minutes": {colDuration, 0, ""},
	"length": {colDuration, 1, ""}, "minutes": {colDuration, 1, ""}, "mins": {colDuration, 1, ""},

	"room": {colRoom, 0, ""}, "location": {colRoom, 1, ""}, "room location": {colRoom, 0, ""},
	"location room": {colRoom, 0, ""}, "venue": {colRoom, 2, ""}, "place": {colRoom, 3, ""}, "hall": {colRoom, 3, ""},
	"room name": {colRoom, 0, ""}, "session room": {colRoom, 1, ""}, "where": {colRoom, 3, ""},

	"board": {colBoard, 0, ""}, "board number": {colBoard, 0, ""}, "board #": {colBoard, 0, ""},
	"board no": {colBoard, 0, ""}, "poster board": {colBoard, 0, ""}, "poster board number": {colBoard, 0, ""},
	"posterboard": {colBoard, 0, ""}, "posterboard number": {colBoard, 0, ""}, "poster board #": {colBoard, 0, ""},

	"speakers": {colPeople, 0, "speaker"}, "speaker": {colPeople, 0, "speaker"}, "presenters": {colPeople, 0, "speaker"},
	"presenter": {colPeople, 0, "speaker"}, "faculty": {colPeople, 0, "speaker"}, "invited speakers": {colPeople, 0, "speaker"},
	"speaker names": {colPeople, 0, "speaker"}, "speaker name": {colPeople, 0, "speaker"},
	"speakers names": {colPeople, 0, "speaker"}, "faculty names": {colPeople, 0, "speaker"}, "people": {colPeople, 0, "speaker"}, "participants": {colPeople, 0, "speaker"},
	"chairs": {colPeople, 0, "moderator"}, "chair": {colPeople, 0, "moderator"}, "co chairs": {colPeople, 0, "moderator"},
	"moderators": {colPeople, 0, "moderator"}, "moderator": {colPeople, 0, "moderator"},
	"session chairs": {colPeople, 0, "moderator"}, "chairs moderators": {colPeople, 0, "moderator"},
	"panelists": {colPeople, 0, "panelist"}, "panelist": {colPeople, 0, "panelist"}, "panel": {colPeople, 0, "panelist"},
	"discussants": {colPeople, 0, "panelist"}, "discussant": {colPeople, 0, "panelist"},

	"authors": {colAuthors, 0, ""}, "author": {colAuthors, 0, ""}, "author block": {colAuthors, 0, ""},
	"author list": {colAuthors, 0, ""}, "all authors": {colAuthors, 0, ""}, "co authors": {colAuthors, 1, ""},
	"authors and affiliations": {colAuthors, 0, ""}, "authorblock": {colAuthors, 0, ""},

	"presenting author": {colPresenting, 0, ""}, "presenting authors": {colPresenting, 0, ""},
	"presenter name": {colPresenting, 1, ""}, "presenting author name": {colPresenting, 0, ""},

	"affiliation": {colAffiliation, 0, ""}, "affiliations": {colAffiliation, 0, ""}, "institution": {colAffiliation, 0, ""},
	"organization": {colAffiliation, 1, ""}, "organisation": {colAffiliation, 1, ""}, "speaker affiliation": {colAffiliation, 0, ""},
	"speaker institution": {colAffiliation, 0, ""}, "presenter affiliation": {colAffiliation, 0, ""},
	"presenter institution": {colAffiliation, 0, ""}, "presenting author affiliation": {colAffiliation, 0, ""},
	"presenting author institution": {colAffiliation, 0, ""}, "company": {colAffiliation, 2, ""},
	"geography": {colGeography, 0, ""}, "presenter geography": {colGeography, 0, ""}, "speaker geography": {colGeography, 0, ""},
	"presenting author geography": {colGeography, 0, ""}, "institution geography": {colGeography, 0, ""},
	"presenter country": {colGeography, 1, ""}, "speaker country": {colGeography, 1, ""}, "country": {colGeography, 2, ""},

	"session or sub":      {colSub, 0, ""}, // Whova: "Session" or "Sub" (a talk in the session above)
	"session description": {colKnown, 0, ""}, "presentation description": {colKnown, 0, ""},
	"session": {colSession, 0, ""}, "parent session": {colSession, 0, ""}, "session title parent": {colSession, 0, ""},

	"type": {colType, 0, ""}, "session type": {colType, 0, ""}, "presentation type": {colType, 0, ""},
	"event type": {colType, 0, ""}, "format": {colType, 1, ""}, "category": {colType, 1, ""}, "kind": {colType, 1, ""},
	"activity type": {colType, 0, ""},

	"track": {colTrack, 0, ""}, "tracks": {colTrack, 0, ""}, "topic area": {colTrack, 1, ""}, "theme": {colTrack, 1, ""},
	"subspecialty": {colTrack, 1, ""}, "disease site": {colTrack, 1, ""}, "tags": {colTrack, 2, ""},

	"end date": {colEndDate, 0, ""}, "description": {colKnown, 0, ""},
	// Outlook and Google Calendar CSV exports
	"all day event": {colKnown, 0, ""}, "all day": {colKnown, 0, ""}, "private": {colKnown, 0, ""},
	"show time as": {colKnown, 0, ""}, "meeting organizer": {colKnown, 0, ""}, "required attendees": {colKnown, 0, ""},
	"optional attendees": {colKnown, 0, ""}, "meeting resources": {colKnown, 0, ""}, "reminder on off": {colKnown, 0, ""},
	"reminder date": {colKnown, 0, ""}, "reminder time": {colKnown, 0, ""}, "sensitivity": {colKnown, 0, ""},
	"priority": {colKnown, 0, ""}, "billing information": {colKnown, 0, ""}, "mileage": {colKnown, 0, ""},
	"categories": {colType, 2, ""}, "audience": {colKnown, 0, ""}, "registration": {colKnown, 0, ""},
	"abstract text": {colKnown, 0, ""}, "body": {colKnown, 0, ""}, "details": {colKnown, 0, ""}, "notes": {colKnown, 0, ""},
	"url": {colKnown, 0, ""}, "link": {colKnown, 0, ""}, "web link": {colKnown, 0, ""}, "credits": {colKnown, 0, ""},
	"cme": {colKnown, 0, ""}, "cme credits": {colKnown, 0, ""}, "objectives": {colKnown, 0, ""},
	"learning objectives": {colKnown, 0, ""}, "keywords": {colKnown, 0, ""}, "capacity": {colKnown, 0, ""},
	"fee": {colKnown, 0, ""}, "cost": {colKnown, 0, ""}, "price": {colKnown, 0, ""}, "status": {colKnown, 0, ""},
	"language": {colKnown, 0, ""}, "target audience": {colKnown, 0, ""}, "level": {colKnown, 0, ""},
	"time zone": {colKnown, 0, ""}, "timezone": {colKnown, 0, ""}, "tz": {colKnown, 0, ""},
	"sponsor": {colKnown, 0, ""}, "supported by": {colKnown, 0, ""}, "disclosures": {colKnown, 0, ""},
}

// headerKey normalises a header cell: lower case, brackets dropped
// ("Date (M/D/YYYY)"), "_" "/" "-" "." ":" as spaces.
func headerKey(h string) string {
	h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	if i := strings.Index(h, "("); i > 0 {
		h = h[:i]
	}
	h = headerSeps.Replace(h)
	return squeeze(h)
}

// headerSeps are the characters a header key reads as spaces: one
// replacer for every header, not one built (its lookup tables too) a call.
var headerSeps = strings.NewReplacer("_", " ", "/", " ", "-", " ", ".", " ", ":", " ", "&", " ", "\u00a0", " ")

// lookupHeader finds a normalised header among the synonyms, also with a
// "Presentation", "Session" or "Event" prefix the synonyms do not list
// ("Session Start Time"); prefixed forms rank after plain ones, session
// forms after presentation forms.
func lookupHeader(key string) (synonym, bool) {
	if syn, ok := headerSynonyms[key]; ok {
		return syn, true
	}
	for _, p := range []struct {
		prefix string
		rank   int
	}{{"presentation ", 1}, {"talk ", 1}, {"poster ", 1}, {"abstract ", 1}, {"session ", 2}, {"event ", 2}, {"program ", 2}} {
		if rest, ok := strings.CutPrefix(key, p.prefix); ok {
			if syn, ok := headerSynonyms[rest]; ok && syn.f != colKnown {
				syn.rank += p.rank
				return syn, true
			}
		}
	}
	return synonym{}, false
}

// columns is a header row understood.
type columns struct {
	col     colMap   // the winning column per field
	people  []int    // people columns
	roles   []string // default role per people column
	plural  []bool   // the people column's header is plural ("Speakers")
	lists   []bool   // the people column holds bare names separated by commas
	n       int      // cells in the header
	unknown []string
	// markup remembers cellMarkup of cells with markup or "&" ("Poster
	// Q&A" in the Session column of every row); nil: not remembered.
	markup map[markupCell]string
}

// colMap is the column of each field: index+1, 0 when the header has
// none (an array: every cell read asks it).
type colMap [colKnown + 1]int

// at is the column of f, ok false when there is none.
func (m *colMap) at(f colField) (i int, ok bool) {
	v := m[f]
	return v - 1, v > 0
}

func (m *colMap) set(f colField, i int) { m[f] = i + 1 }

func (m *colMap) del(f colField) { m[f] = 0 }

type markupCell struct {
	s       string
	authors bool
}

func (c *columns) get(cells []string, f colField) string {
	i, ok := c.col.at(f)
	if !ok || i >= len(cells) {
		return ""
	}
	s, authors := cells[i], f == colAuthors
	if strings.IndexByte(s, '<') < 0 && (strings.IndexByte(s, '&') < 0 || !mayHaveEntity(s)) {
		return strings.TrimSpace(s) // no tag, no entity ("Health & Science"): cellMarkup(s) is s, unscanned again
	}
	if c.markup == nil {
		return strings.TrimSpace(cellMarkup(s, authors))
	}
	k := markupCell{s, authors}
	v, ok := c.markup[k]
	if !ok {
		v = strings.TrimSpace(cellMarkup(s, authors))
		c.markup[k] = v
	}
	return v
}

// cellMarkup turns the HTML some exports leave in cells into text:
// "<sup>1</sup>" keeps its digits glued to the name, "<br>" is a line
// break, entities are decoded and other tags dropped. In an author block a
// bold name ("<b>J. Smith</b>") is the presenting author and gets "*".
func cellMarkup(s string, authors bool) string {
	if strings.IndexByte(s, '<') < 0 {
		if !mayHaveEntity(s) {
			return s // "Oregon Health & Science University"
		}
		return html.UnescapeString(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			k := strings.IndexByte(s[i:], '<')
			if k < 0 {
				k = len(s) - i
			}
			b.WriteString(s[i : i+k])
			i += k - 1
			continue
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || j > 200 || i+1 >= len(s) || !(s[i+1] == '/' || s[i+1] >= 'a' && s[i+1] <= 'z' || s[i+1] >= 'A' && s[i+1] <= 'Z') {
			b.WriteByte(s[i]) // "<" as text: "dose < 50 Gy"
			continue
		}
		tag := strings.ToLower(strings.Trim(s[i+1:i+j], "/ "))
		if k := strings.IndexAny(tag, " \t"); k >= 0 {
			tag = tag[:k]
		}
		closing := s[i+1] == '/'
		switch {
		case tag == "br" || (tag == "p" || tag == "div" || tag == "li") && closing:
			b.WriteByte('\n')
		case authors && closing && (tag == "b" || tag == "strong"):
			b.WriteByte('*')
		}
		i += j
	}
	return html.UnescapeString(b.String())
}

// mayHaveEntity reports whether s has an "&" that can start a character
// reference ("&amp;", "&#39;"); html.UnescapeString leaves any other s as
// it is. A letter alone after the "&" ("Q&A", "A&M", "R&D") names no
// reference: html reads the letters and digits after an "&" as the name,
// and no name of one letter is one (TestOneLetterNoEntity).
func mayHaveEntity(s string) bool {
	for i := strings.IndexByte(s, '&'); i >= 0; {
		if i+1 < len(s) && (s[i+1] == '#' || isASCIILetter(s[i+1]) && i+2 < len(s) && (isASCIIAlnum(s[i+2]) || s[i+2] == ';')) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '&')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }

// mapHeader reads a header row; known counts the cells it understood.
func mapHeader(cells []string) (c columns, known int) {
	c.n = len(cells)
	rank := map[colField]int{}
	var losers []int // columns that lost a title/ID contest
	for i, h := range cells {
		key := headerKey(h)
		if key == "" {
			continue
		}
		syn, ok := lookupHeader(key)
		if !ok {
			c.unknown = append(c.unknown, strings.TrimSpace(h))
			continue
		}
		known++
		switch syn.f {
		case colKnown:
			continue
		case colPeople:
			c.people = append(c.people, i)
			c.roles = append(c.roles, syn.role)
			c.plural = append(c.plural, strings.HasSuffix(key, "s"))
			continue
		}
		if j, taken := c.col.at(syn.f); taken {
			if syn.rank < rank[syn.f] {
				losers = append(losers, j)
				c.col.set(syn.f, i)
				rank[syn.f] = syn.rank
			} else {
				losers = append(losers, i)
			}
			continue
		}
		c.col.set(syn.f, i)
		rank[syn.f] = syn.rank
	}
	// "Session Title" next to "Presentation Title" is the parent session;
	// "Session Code" next to "Abstract Number" is the parent's ID.
	for _, i := range losers {
		syn, _ := lookupHeader(headerKey(cells[i]))
		switch {
		case syn.f == colTitle && strings.HasPrefix(headerKey(cells[i]), "session"):
			if _, ok := c.col.at(colSession); !ok {
				c.col.set(colSession, i)
			}
		case syn.f == colID && strings.HasPrefix(headerKey(cells[i]), "session"):
			if _, ok := c.col.at(colSessionID); !ok {
				c.col.set(colSessionID, i)
			}
		}
	}
	return c, known
}

// findHeader returns the index of the header row among the first ten
// non-empty rows: the first that names a title column and at least one
// other known column.
func findHeader(rows []sheetRow) (int, columns, bool) {
	seen := 0
	for i, r := range rows {
		if rowBlank(r.Cells) {
			continue
		}
		if seen++; seen > 10 {
			break
		}
		c, known := mapHeader(r.Cells)
		if _, ok := c.col.at(colTitle); !ok {
			if j, ok := c.col.at(colSession); ok { // "Session, Date, Time, Room"
				c.col.set(colTitle, j)
				c.col.del(colSession)
			}
		}
		if _, ok := c.col.at(colTitle); ok && known >= 2 {
			return i, c, true
		}
	}
	return 0, columns{}, false
}

// dayHeaderOrder settles the order of numeric dates that read both ways
// (08/05/2026) from the file's day headers ("Friday 08 May 2026"): the
// order under which every such date is one of the days the headers name.
// It returns DateAuto when the headers settle nothing.
func dayHeaderOrder(body []sheetRow, dates []string) DateOrder {
	days := map[civilDate]bool{}
	for _, r := range body {
		if d, ok := dayHeader(r.Cells, DateAuto, 0); ok {
			days[d] = true
		}
	}
	if len(days) == 0 {
		return DateAuto
	}
	fits := func(o DateOrder) bool {
		n := 0
		for _, v := range dates {
			d, err := parseDate(v, o)
			if err != nil {
				continue
			}
			if !days[d] {
				return false
			}
			n++
		}
		return n > 0
	}
	switch mdy, dmy := fits(DateMDY), fits(DateDMY); {
	case mdy && !dmy:
		return DateMDY
	case dmy && !mdy:
		return DateDMY
	}
	return DateAuto
}

// weekdayYear returns the year for dates that print a weekday but no
// year ("Saturday, October 17"): the one year from last year to two years
// ahead of now in which every such date falls on its weekday. A weekday
// and a date recur only after five or more years, so at most one year in
// that window fits. ok is false when now is zero, no date names a
// weekday, or no year fits them all.
func weekdayYear(dates []string, order DateOrder, now time.Time) (year int, ok bool) {
	if now.IsZero() {
		return 0, false
	}
	type wd struct {
		d       civilDate
		weekday int
	}
	var ws []wd
	for _, v := range dates {
		d, weekday, err := parseDateWeekday(v, order)
		if errors.Is(err, errNoYear) && weekday >= 0 {
			ws = append(ws, wd{d, weekday})
		}
	}
	if len(ws) == 0 {
		return 0, false
	}
	for y := now.Year() - 1; y <= now.Year()+2; y++ {
		fits := true
		for _, w := range ws {
			t := time.Date(y, w.d.Month, w.d.Day, 12, 0, 0, 0, time.UTC)
			if t.Day() != w.d.Day || int(t.Weekday()) != w.weekday {
				fits = false
				break
			}
		}
		if fits {
			if ok {
				return 0, false
			}
			year, ok = y, true
		}
	}
	return year, ok
}

// undatedYears reports whether some date prints no year.
func undatedYears(dates []string, order DateOrder) bool {
	for _, v := range dates {
		if _, err := parseDate(v, order); errors.Is(err, errNoYear) {
			return true
		}
	}
	return false
}

// listLiteral reads a cell that a script wrote as a list literal:
// ["Ann Lee", "Bo Chen"] (JSON) or ['Ann Lee', 'Bo Chen'] (Python).
func listLiteral(s string) ([]string, bool) {
	t := strings.TrimSpace(s)
	if len(t) < 2 || t[0] != '[' || t[len(t)-1] != ']' {
		return nil, false
	}
	var out []string
	if json.Unmarshal([]byte(t), &out) == nil {
		return out, true
	}
	inner := strings.TrimSpace(t[1 : len(t)-1])
	if inner == "" {
		return nil, true
	}
	for len(inner) > 0 {
		q := inner[0]
		if q != '\'' && q != '"' {
			return nil, false
		}
		end := strings.IndexByte(inner[1:], q)
		for end >= 0 && q == '"' && inner[end] == '\\' { // an escaped quote
			next := strings.IndexByte(inner[end+2:], q)
			if next < 0 {
				end = -1
				break
			}
			end += next + 1
		}
		if end < 0 {
			return nil, false
		}
		out = append(out, inner[1:end+1])
		inner = strings.TrimLeft(inner[end+2:], " ,")
	}
	return out, true
}

// numberedText reports whether s begins with an affiliation marker:
// "1University of X", "¹ Duke University".
func numberedText(s string) bool {
	t := strings.TrimSpace(flattenSuperscripts(s))
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && startsLetter(strings.TrimLeft(t[i:], " .)"))
}

// nameListColumns marks the plural people columns ("Speakers") that
// hold only names separated by commas ("Maria Lopez, Chris Wong"): no
// cell in the column has brackets, dashes, semicolons, role labels, line
// breaks or institution words, so a comma cannot be separating a person
// from their affiliation.
func nameListColumns(cols *columns, body []sheetRow) {
	cols.lists = make([]bool, len(cols.people))
	for k, i := range cols.people {
		if k >= len(cols.plural) || !cols.plural[k] {
			continue
		}
		commas := false
		ok := true
		for _, r := range body {
			if i >= len(r.Cells) {
				continue
			}
			c := r.Cells[i]
			if strings.ContainsAny(c, "();:\n|–—") || strings.Contains(c, " - ") || institutional(c) {
				ok = false
				break
			}
			commas = commas || strings.Contains(c, ",")
		}
		cols.lists[k] = ok && commas
	}
}

// sessionCode is a session's code as exports print it: SS 07, PQA-09,
// EDU5, 12.
var sessionCode = regexp.MustCompile(`^(?:[A-Z]{1,6}[ -]?)?\d{1,4}[A-Za-z]?$`)

// codeSessions reads a Session column that holds only codes ("SS 07") as
// the session's ID rather than its title, so the row that opens the
// session is the session and the rows under it are its talks.
func codeSessions(cols *columns, body []sheetRow) {
	i, ok := cols.col.at(colSession)
	if _, taken := cols.col.at(colSessionID); !ok || taken {
		return
	}
	n := 0
	for _, r := range body {
		if i >= len(r.Cells) {
			continue
		}
		v := strings.TrimSpace(r.Cells[i])
		if v == "" {
			continue
		}
		if !sessionCode.MatchString(v) {
			return
		}
		n++
	}
	if n > 0 {
		cols.col.set(colSessionID, i)
		cols.col.del(colSession)
	}
}

func rowBlank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// defaultLength is the length given to an item whose row has neither an
// end time nor a duration; a notice says how many items got it.
const defaultLength = 60 * time.Minute

// importRows turns table rows into items. text is any text around the
// table that may name the meeting (an HTML page's title), or nil.
//
// Rows are read in order. A row with its own date and time starts an
// item; a following row with no date and no time (or only a time inside
// the item's span, or a type such as "Presentation" or "Abstract") is a
// talk inside it: it inherits the date and times, and its ParentID and
// Session name the session. A row with a single date cell (a day
// header) gives its date to the rows below that have none. A Board
// makes a poster; otherwise the kind comes from the type, category and
// session columns and the title (see classify); a row naming a session
// other than itself is a talk in it. Rows repeating an item (one row per
// speaker) add their people to it. People come from the people columns
// (parseRoleList, with the column's role as default), the Authors column
// (parseAuthorBlock) and the Presenting Author column, merged into the
// matching author; an Institution column belongs to the row's one
// speaker or its presenting author.
func importRows(rows []sheetRow, name, format string, text []byte, opt Options) (*Result, error) {
	t, err := prepareRows(rows, name, format, text)
	if err != nil {
		return nil, err
	}
	return t.read(opt)
}

// rowTable is a table whose header is found and whose meeting is
// guessed: what importRows decides before it needs the zone.
type rowTable struct {
	rows     []sheetRow // the rows, session rows split
	h        int        // the header's index in rows
	cols     columns
	name     string
	text     []byte
	meeting  string
	mloc     *time.Location // the zone of the meeting the text names
	warnings []*Warning     // about the header
	format   string
	// people holds each body row's people (rowPeople), when they were
	// read before the rows' times (readPeople).
	people [][]planner.Person
	names  *peopleCaches // rowPeople's caches, made at the first row read
	texts  *sharedTexts  // the affiliations of the meeting's other files (Options)
}

// peopleCaches are what rowPeople keeps for a table: name keys and a
// vocabulary, with the people's lists.
type peopleCaches struct {
	keys *nameKeys
	voc  *vocab
}

// rowPeople is rowPeople of one row's cells, with the table's caches.
func (t *rowTable) rowPeople(cells []string) []planner.Person {
	if t.names == nil {
		t.names = &peopleCaches{keys: newNameKeys(), voc: newVocab(t.texts)}
	}
	return rowPeople(t.cols, cells, t.names.keys, t.names.voc)
}

// readPeople reads the people of every body row: what a table read
// without its zone can read while another file names the zone, since
// the people do not depend on it (readCSV). read then takes them from
// here. Rows that turn out to be no item (a day header, a row with no
// title) have their people read for nothing.
func (t *rowTable) readPeople() {
	body := t.rows[t.h+1:]
	t.people = make([][]planner.Person, len(body))
	for i, r := range body {
		if !rowBlank(r.Cells) {
			t.people[i] = t.rowPeople(r.Cells)
		}
	}
}

// prepareRows finds the header and the meeting of a table: the part of
// importRows that does not depend on Options, so that a table read
// without a zone can be read again in one from here.
func prepareRows(rows []sheetRow, name, format string, text []byte) (*rowTable, error) {
	if len(rows) == 0 || func() bool {
		for _, r := range rows {
			if !rowBlank(r.Cells) {
				return false
			}
		}
		return true
	}() {
		return nil, &Error{File: name, Reason: "the file is empty"}
	}
	h, cols, ok := findHeader(rows)
	if !ok {
		return nil, &Error{File: name, Line: rows[0].Line, Reason: "no header row naming a title column in the first rows",
			Hint: "the first row should name the columns, e.g. Title, Date, Start Time, End Time, Room, Speakers"}
	}
	if split, ok := splitSessionRows(rows, h); ok {
		rows = split
		h, cols, _ = findHeader(rows)
	}
	t := &rowTable{rows: rows, h: h, name: name, text: text, format: format}
	headerLine := rows[h].Line
	codeSessions(&cols, rows[h+1:])
	nameListColumns(&cols, rows[h+1:])
	if len(cols.unknown) > 0 {
		q := make([]string, len(cols.unknown))
		for i, u := range cols.unknown {
			q[i] = fmt.Sprintf("%q", clip(u))
		}
		t.warnings = append(t.warnings, &Warning{File: name, Line: headerLine,
			Reason: "ignored columns confplan does not use: " + strings.Join(q, ", ")})
	}
	cols.markup = map[markupCell]string{}
	t.cols = cols
	body := rows[h+1:]

	// The zone: --tz, else a known meeting named in the text around the
	// table, the lines above its header, or its titles, types, sessions
	// and tracks. Descriptions are left out: "results first shown at
	// ASTRO 2024" must not move a 2026 program to another zone.
	// Most tables name none: guessMeeting reads their text only when a
	// cell could (mayNameMeeting).
	var named bytes.Buffer
	named.Write(text)
	for _, r := range rows[:h] {
		named.WriteByte('\n')
		for i, c := range r.Cells {
			if i > 0 {
				named.WriteByte(' ')
			}
			named.WriteString(c)
		}
	}
	fields := [...]colField{colTitle, colType, colSession, colTrack}
	maybe := mayNameMeeting(named.Bytes())
	for _, r := range body {
		for _, f := range fields {
			maybe = maybe || mayNameMeeting(cols.get(r.Cells, f))
		}
		if maybe {
			break
		}
	}
	if !maybe {
		return t, nil
	}
	size := named.Len()
	for _, r := range body {
		for _, f := range fields {
			if i, ok := cols.col.at(f); ok && i < len(r.Cells) {
				size += len(r.Cells[i]) + 1
			}
		}
	}
	named.Grow(size - named.Len()) // cells only shrink on the way in (markup, spaces): one buffer
	for _, r := range body {
		for _, f := range fields {
			if v := cols.get(r.Cells, f); v != "" {
				named.WriteByte('\n')
				named.WriteString(v)
			}
		}
	}
	t.meeting, t.mloc = guessMeeting(named.Bytes())
	return t, nil
}

// read imports the table's rows with opt.
func (t *rowTable) read(opt Options) (*Result, error) {
	t.texts = opt.texts
	rows, h, cols, name, text, meeting := t.rows, t.h, t.cols, t.name, t.text, t.meeting
	body := rows[h+1:]
	res := &Result{Format: t.format, Meeting: meeting, Warnings: t.warnings[:len(t.warnings):len(t.warnings)]}
	memo := newDateMemo()
	loc := opt.Zone
	if loc == nil {
		loc = t.mloc
	}
	if loc == nil {
		// A zone label printed with the times ("2:45 PM ET") or in a time
		// column's header ("Start Time (Eastern)") is the last resort.
		label := ""
		for _, f := range []colField{colTime, colStart, colDate} {
			if i, ok := cols.col.at(f); ok && i < len(rows[h].Cells) {
				if z := headerZoneLabel(rows[h].Cells[i]); z != "" {
					label = z
					break
				}
			}
		}
		for _, r := range body {
			if label != "" {
				break
			}
			for _, f := range []colField{colTime, colStart} {
				if tr, err := memo.parseTimeRange(memo.cellTimePart(cols.get(r.Cells, f))); err == nil && tr.ZoneLabel != "" {
					label = tr.ZoneLabel
					break
				}
			}
		}
		if loc = labelZone(label); loc == nil {
			return nil, noZone(name, "the file's times have no time zone and it names no meeting confplan knows", label)
		}
		res.Warnings = append(res.Warnings, &Warning{File: name, Reason: fmt.Sprintf("times read as %s time, from the zone label %q the file prints", loc, label),
			Hint: "if that is not the meeting's zone, name it with --tz"})
	}
	res.Zone = loc
	var srcs lineSources
	typeText := map[[2]string]string{} // a row's type and session, as classify reads them
	lowSession := map[string]string{}  // a session name, lower-cased

	// The date order, from the whole column; a year for dates without one.
	order := opt.DateOrder
	dates := make([]string, 0, len(body)) // a date a row, as most tables print
	for _, r := range body {
		for _, f := range []colField{colDate, colStart, colTime} {
			if d, _ := memo.cellSplit(cols.get(r.Cells, f)); d != "" {
				dates = append(dates, d)
			}
		}
	}
	if order == DateAuto {
		order = headerDateOrder(rows[h].Cells, cols)
	}
	if order == DateAuto {
		order = detectDateOrder(dates)
	}
	if order == DateAuto {
		order = dayHeaderOrder(body, dates)
	}
	year := 0
	years := map[int]int{}
	for _, d := range dates {
		if cd, err := memo.parseDate(d, order); err == nil {
			years[cd.Year]++
		}
	}
	for y, n := range years {
		if n > years[year] || n == years[year] && y < year {
			year = y
		}
	}
	if year == 0 && meeting != "" {
		for _, km := range KnownMeetings {
			if km.Name == meeting {
				year = km.Year
			}
		}
	}
	if year == 0 {
		// "Regional Oncology Summit 2026" above the header, or in the
		// page's title: the one year printed there.
		var above bytes.Buffer
		head, _, _ := bytes.Cut(text, []byte("\n")) // a page's title and heading, not the table's text
		above.Write(head)
		for _, r := range rows[:h] {
			above.WriteString("\n" + strings.Join(r.Cells, " "))
		}
		ys := map[string]bool{}
		for _, m := range yearRe.FindAllString(above.String(), 8) {
			ys[m] = true
		}
		if len(ys) == 1 {
			for y := range ys {
				year, _ = strconv.Atoi(y)
			}
		}
	}
	if year == 0 {
		if y, ok := weekdayYear(dates, order, opt.Now); ok {
			year = y
			res.Warnings = append(res.Warnings, &Warning{File: name,
				Reason: fmt.Sprintf("the dates print no year; read as %d, the year near today whose calendar fits their weekdays", y),
				Hint:   "add the year to the dates to be sure"})
		} else if undatedYears(dates, order) {
			res.Warnings = append(res.Warnings, &Warning{File: name,
				Reason: "the dates print no year and the file names no meeting confplan knows",
				Hint:   "add the year to the dates, e.g. Sunday, October 18, 2026"})
		}
	}

	// Times without AM/PM ("2:45 - 4:00") in a file that never writes a
	// time the 24-hour way are 12-hour times, and 1:00–6:59 is the
	// afternoon: no meeting holds sessions then at night. A file with
	// "14:45" or "08:00" anywhere is a 24-hour file and read as written.
	twelve := true
	for _, r := range body {
		for _, f := range []colField{colTime, colStart, colEnd} {
			if tr, err := memo.parseTimeRange(memo.cellTimePart(cols.get(r.Cells, f))); err == nil && tr.H24 {
				twelve = false
			}
		}
		if !twelve {
			break
		}
	}
	pmRead := 0

	// The session names rows may name (lower-cased): only titles that
	// read as one of them are remembered in byTitle, so the other
	// titles need no lower-cased copy.
	sessionNames := map[string]bool{}
	var sessionLens [256]bool // their lengths (the last: 255 or more)
	if _, ok := cols.col.at(colSession); ok {
		for _, r := range body {
			if session := squeeze(cols.get(r.Cells, colSession)); session != "" {
				ls, ok := lowSession[session]
				if !ok {
					ls = strings.ToLower(session)
					lowSession[session] = ls
				}
				sessionNames[ls] = true
				sessionLens[min(len(ls), 255)] = true
			}
		}
	}

	var (
		items   = make([]planner.Item, 0, len(body))
		byTitle = map[string]int{}
		ids     = make(map[string]int, len(body)) // an ID a row, as most tables have
		anchor  = -1                              // the last item rows below may belong to
		curDate civilDate
		haveDay bool
		noEnd   int
	)
	warn := func(line int, format string, args ...any) {
		res.Warnings = append(res.Warnings, &Warning{File: name, Line: line, Reason: fmt.Sprintf(format, args...)})
	}
	for bi, r := range body {
		cells := r.Cells
		if rowBlank(cells) {
			continue
		}
		if len(cells) > cols.n && rowBlank(cells[cols.n:]) {
			cells = cells[:cols.n]
		}
		if d, ok := dayHeader(cells, order, year); ok {
			curDate, haveDay, anchor = d, true, -1
			continue
		}
		switch {
		case len(cells) > cols.n:
			// Keep the cells under the headers there are; say what is left over.
			extra := make([]string, 0, len(cells)-cols.n)
			for _, c := range cells[cols.n:] {
				if c = strings.TrimSpace(c); c != "" {
					extra = append(extra, strconv.Quote(clip(c)))
				}
			}
			warn(r.Line, "row has %d cells and the header has %d (a stray delimiter?); kept the first %d, not %s", len(cells), cols.n, cols.n, strings.Join(extra, ", "))
			cells = cells[:cols.n]
		case len(cells) < cols.n:
			// Keep what there is when the title and a time are there.
			short := append(cells[:len(cells):len(cells)], make([]string, cols.n-len(cells))...)
			if cols.get(short, colTitle) == "" || cols.get(short, colStart) == "" && cols.get(short, colTime) == "" {
				warn(r.Line, "row skipped: it has %d cells and the header has %d, and no title or time among them (a stray delimiter or quote?)", len(cells), cols.n)
				continue
			}
			warn(r.Line, "row has %d cells and the header has %d; the missing ones are read as empty", len(cells), cols.n)
			cells = short
		}
		title := squeeze(cols.get(cells, colTitle))
		if title == "" {
			warn(r.Line, "row skipped: no title")
			continue
		}
		get := func(f colField) string { return cols.get(cells, f) }

		// Date and times, from whichever columns the export has.
		w, bad, fatal := rowWhen(memo, get, order, year, loc, name, r.Line)
		if fatal != nil {
			return nil, fatal
		}
		if bad != "" {
			warn(r.Line, "row skipped: %s", bad)
			continue
		}
		if twelve && w.hasTime && w.tr.Bare && w.tr.Start < 7*60 {
			w.tr.Start += 720
			if w.tr.HasEnd {
				w.tr.End += 720
			}
			pmRead++
		}
		date, hasDate, ownDate, tr, hasTime, abs := w.date, w.hasDate, w.ownDate, w.tr, w.hasTime, w.abs

		// A talk inside the item above?
		typ := get(colType)
		parent := -1
		if anchor >= 0 {
			a := &items[anchor]
			presType := presentationType(typ) || strings.EqualFold(get(colSub), "sub")
			switch {
			case !ownDate && !hasTime && abs[0].IsZero():
				parent = anchor
			case !ownDate && hasTime && within(a, tr, loc):
				parent = anchor
			case !ownDate && hasTime && tr.Bare && tr.End+720 <= 24*60 && within(a, timeRange{Start: tr.Start + 720, End: tr.End + 720, HasEnd: tr.HasEnd}, loc):
				// "7:05 - 7:15" under a 7:00 PM session is in the evening.
				tr.Start, tr.End = tr.Start+720, tr.End+720
				parent = anchor
			case presType && hasTime && ownDate && within(a, tr, loc) && at(date, tr.Start, loc).Before(a.End):
				parent = anchor
			}
		}
		if !ownDate && parent < 0 && haveDay {
			date, hasDate = curDate, true
		}
		var it planner.Item
		it.Title = title
		it.Type = typ
		it.Track = get(colTrack)
		it.Room = squeeze(get(colRoom))
		it.Board = boardNumber(get(colBoard))
		it.Source = srcs.source(name, r.Line)
		switch {
		case parent >= 0 && !hasTime && abs[0].IsZero():
			p := &items[parent]
			it.Start, it.End = p.Start, p.End
		case !abs[0].IsZero():
			it.Start = abs[0]
			it.End = abs[1]
			if it.End.IsZero() {
				it.End = it.Start.Add(defaultLength)
				noEnd++
			}
		case !hasDate && parent < 0:
			warn(r.Line, "row skipped: no date for %q", clip(title))
			continue
		case !hasTime:
			warn(r.Line, "row skipped: no start time for %q", clip(title))
			continue
		default:
			if parent >= 0 {
				date = civilOf(items[parent].Start)
			}
			it.Start = at(date, tr.Start, loc)
			if tr.HasEnd {
				it.End = at(date, tr.End, loc)
			} else {
				it.End = it.Start.Add(defaultLength)
				noEnd++
			}
		}
		if it.End.Before(it.Start) {
			warn(r.Line, "row skipped: %q ends before it starts", clip(title))
			continue
		}

		// Kind and parent.
		session := squeeze(get(colSession))
		fallback := planner.KindSession
		if parent >= 0 || (session != "" && !strings.EqualFold(session, title)) {
			fallback = planner.KindTalk // a presentation in a named session
		}
		if parent >= 0 {
			p := &items[parent]
			it.ParentID, it.Session = p.ID, p.Title
			if it.Room == "" {
				it.Room = p.Room
			}
		} else if session != "" {
			it.Session = session
			ls, ok := lowSession[session]
			if !ok {
				ls = strings.ToLower(session)
				lowSession[session] = ls
			}
			if j, ok := byTitle[ls]; ok {
				it.ParentID = items[j].ID
			}
		}
		sid := get(colSessionID)
		if sid != "" && it.ParentID == "" && (parent >= 0 || get(colID) != "") {
			it.ParentID = sid
		}
		tk := [2]string{typ, it.Session}
		tw, ok := typeText[tk]
		if !ok {
			tw = typeWords(strings.Join(nonEmpty(typ, it.Session), " | "))
			typeText[tk] = tw
		}
		it.Kind = classifyWords(tw, title, fallback)
		if it.Board != "" {
			it.Kind = planner.KindPoster
		}
		if parent >= 0 && it.Kind == planner.KindSession {
			it.Kind = planner.KindTalk
		}

		// People.
		if t.people != nil {
			it.People = t.people[bi]
		} else {
			it.People = t.rowPeople(cells)
		}
		if it.People == nil {
			it.People = []planner.Person{}
		}

		// ID.
		it.ID = strings.TrimSpace(get(colID))
		if it.ID == "" && (parent >= 0 || it.Kind == planner.KindTalk || it.Kind == planner.KindPoster) {
			// "1001 - Title": a talk or poster numbered in its title.
			if num, rest, ok := numberedTitle(it.Title); ok {
				it.ID, it.Title = num, rest
			}
		}
		if it.ID == "" && parent < 0 {
			it.ID = sid // a session row: its code is its ID
		}
		if it.ID == "" && parent < 0 && it.Kind != planner.KindPoster && it.Kind != planner.KindTalk {
			// "SS 14 - CNS 2: Brain Metastases": the code the program
			// prints is its ID, as eventScribe pages and JSON give it, so
			// the same session from two files is one item.
			it.ID, _ = splitAbstractNumber(it.Title)
		}
		if it.ID == "" || (parent >= 0 && it.ID == items[parent].ID) {
			it.ID = deriveID(title, it.Start.Format("2006-01-02T15:04"), it.ParentID)
		}
		// A repeated ID: one row per speaker adds people to one item;
		// another item is kept under ID~2 (placeItem).
		var merged bool
		var note string
		items, _, merged, note = placeItem(items, ids, it)
		if merged {
			continue
		}
		if note != "" {
			warn(r.Line, "%s", note)
		}
		if len(sessionNames) > 0 && (!isASCII(title) || sessionLens[min(len(title), 255)]) {
			// An ASCII title's lower case is as long as it is.
			if lt := strings.ToLower(title); sessionNames[lt] && !hasKey(byTitle, lt) {
				byTitle[lt] = len(items) - 1
			}
		}
		if parent < 0 && it.Kind != planner.KindPoster {
			anchor = len(items) - 1
		} else if parent < 0 {
			anchor = -1
		}
	}
	if pmRead > 0 {
		res.Warnings = append(res.Warnings, &Warning{File: name,
			Reason: fmt.Sprintf("%d item(s) have times without AM/PM from 1:00 to 6:59; read as afternoon (PM)", pmRead),
			Hint:   "write AM or PM in the times to be sure"})
	}
	if noEnd > 0 {
		res.Warnings = append(res.Warnings, &Warning{File: name,
			Reason: fmt.Sprintf("%d item(s) have no end time or duration; each was given %d minutes", noEnd, int(defaultLength/time.Minute)),
			Hint:   "add an End Time or Duration column"})
	}
	res.Items = items
	return res, nil
}

// lineSources hands out a table's item sources, name + ":" + the line,
// from one growing buffer rather than a string a row. A strings.Builder
// only ever appends, so a source already handed out keeps its bytes
// while the ones after it are written; a full buffer is left to the
// sources in it and a new one started.
type lineSources struct{ b strings.Builder }

func (s *lineSources) source(name string, line int) string {
	var num [20]byte
	digits := strconv.AppendInt(num[:0], int64(line), 10)
	if n := len(name) + 1 + len(digits); s.b.Cap()-s.b.Len() < n {
		s.b.Reset()
		s.b.Grow(max(n, 4096))
	}
	start := s.b.Len()
	s.b.WriteString(name)
	s.b.WriteByte(':')
	s.b.Write(digits)
	return s.b.String()[start:]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// when is what a row says about its date and times.
type when struct {
	date             civilDate
	hasDate, ownDate bool // a date; printed in this row (not from a day header)
	tr               timeRange
	hasTime          bool
	abs              [2]time.Time // start and end from cells with an offset
}

// rowWhen reads a row's date and times from whichever columns the export
// has. bad is why the row must be skipped; fatal is an error for the
// whole file (an ambiguous date order).
func rowWhen(memo *dateMemo, get func(colField) string, order DateOrder, year int, loc *time.Location, name string, line int) (w when, bad string, fatal error) {
	dateText := get(colDate)
	startD, startT := memo.cellSplit(get(colStart))
	endD, endT := memo.cellSplit(get(colEnd))
	if endD == "" {
		endD = get(colEndDate)
	}
	timeD, timeT := memo.cellSplit(get(colTime))
	if dateText == "" {
		dateText = firstSet(startD, timeD)
	} else if d2, t2 := memo.cellSplit(dateText); d2 != "" && t2 != "" && timeT == "" && startT == "" {
		dateText, timeT = d2, t2 // "9/28/2025 2:45 PM" in the Date column
	}
	if dateText != "" {
		d, err := memo.parseDate(dateText, order)
		switch {
		case err == nil:
			w.date, w.hasDate, w.ownDate = d, true, true
		case errors.Is(err, errAmbiguousDate):
			return w, "", &Error{File: name, Line: line,
				Reason: fmt.Sprintf("date %q reads both as month/day and as day/month, and no date in the file settles it", dateText),
				Hint:   "pass --date-order mdy (9/28/2025) or --date-order dmy (28/9/2025)"}
		case errors.Is(err, errNoYear) && year != 0:
			if d, err = withYear(dateText, d, year); err != nil {
				bad = err.Error()
				break
			}
			w.date, w.hasDate, w.ownDate = d, true, true
		default:
			bad = err.Error()
		}
	}
	if bad != "" {
		return w, bad, nil
	}
	if t, ok := offsetInstant(get(colStart)); ok {
		w.abs[0] = t.In(loc)
		if t2, ok := offsetInstant(get(colEnd)); ok {
			w.abs[1] = t2.In(loc)
		}
	}
	switch {
	case !w.abs[0].IsZero():
	case timeT != "":
		t, err := memo.parseTimeRange(timeT)
		if err != nil {
			bad = err.Error()
			break
		}
		w.tr, w.hasTime = t, true
		if !w.tr.HasEnd && endT != "" {
			bad = setEnd(&w.tr, endT, 0)
		}
	case startT != "":
		t, err := memo.parseTimeRange(startT)
		if err != nil {
			bad = err.Error()
			break
		}
		w.tr, w.hasTime = t, true
		if endT != "" && !w.tr.HasEnd {
			nextDay := false
			if endD != "" && w.hasDate {
				if ed, err := memo.parseDate(endD, order); err == nil {
					nextDay = at(ed, 0, time.UTC).Sub(at(w.date, 0, time.UTC)) == 24*time.Hour
				}
			}
			if nextDay {
				bad = setEnd(&w.tr, endT, 24*60) // ends after midnight
			} else {
				bad = setEnd(&w.tr, endT, 0)
			}
		}
	case endT != "":
		bad = fmt.Sprintf("end time %q without a start time", endT)
	}
	if bad != "" {
		return w, bad, nil
	}
	if w.hasTime && !w.tr.HasEnd {
		if d := get(colDuration); d != "" {
			m, err := parseDuration(d)
			if err != nil {
				return w, err.Error(), nil
			}
			w.tr.End, w.tr.HasEnd = w.tr.Start+clock(m), true
		}
	}
	return w, "", nil
}

// headerDateOrder reads a date order printed in the date column's header:
// "Date (M/D/YYYY)", "Date (dd/mm/yyyy)", "Datum (TT.MM.JJJJ)".
func headerDateOrder(header []string, cols columns) DateOrder {
	i, ok := cols.col.at(colDate)
	if !ok || i >= len(header) {
		return DateAuto
	}
	h := strings.ToLower(header[i])
	open := strings.Index(h, "(")
	if open < 0 {
		return DateAuto
	}
	f := strings.FieldsFunc(h[open:], func(r rune) bool { return r == '/' || r == '.' || r == '-' || r == '(' || r == ')' || r == ' ' })
	if len(f) < 2 {
		return DateAuto
	}
	day := func(s string) bool { return s == "d" || s == "dd" || s == "t" || s == "tt" || s == "j" || s == "jj" }
	month := func(s string) bool { return s == "m" || s == "mm" }
	switch {
	case month(f[0]) && day(f[1]):
		return DateMDY
	case day(f[0]) && month(f[1]):
		return DateDMY
	}
	return DateAuto
}

// rowPeople reads the people columns, the author block and the
// presenting author of one row. The presenting author is merged into the
// author block: the author with the same surname and first initial
// becomes the presenting author under the fuller name, so nobody is
// listed twice. The lists come from v's arena.
func rowPeople(cols columns, cells []string, nk *nameKeys, v *vocab) []planner.Person {
	var people []planner.Person
	for k, i := range cols.people {
		if i < len(cells) && strings.TrimSpace(cells[i]) != "" {
			text, list := cellMarkup(cells[i], false), k < len(cols.lists) && cols.lists[k]
			if names, ok := listLiteral(text); ok {
				text, list = strings.Join(names, "; "), false
			}
			people = append(people, parseRoles(v, text, planner.Role(cols.roles[k]), list)...)
		}
	}
	var authors []planner.Person
	affUsed := false
	if a := cols.get(cells, colAuthors); a != "" {
		// "Smith J¹², Doe A³" with the numbered affiliations in a column
		// of their own: one author block.
		if af := cols.get(cells, colAffiliation); af != "" && numberedText(af) {
			a += "\n" + af
			affUsed = true
		}
		authors = parseAuthorBlockIn(a, v.arena())
		if len(authors) == 1 && len(authors[0].Affiliations) == 0 && strings.ContainsAny(a, "();") {
			authors = parseRoles(v, a, planner.RoleAuthor, false)
		}
	}
	// Each author's name key, computed once for the presenting author's
	// merge and the duplicates below.
	var keyBuf, allBuf [32]personKey // a usual row's keys: on the stack
	keys := keyBuf[:0]
	keys = slices.Grow(keys, len(authors))[:len(authors)]
	for i := range authors {
		keys[i] = nk.keyOf(authors[i])
	}
	if p := cols.get(cells, colPresenting); p != "" {
		var presBuf [2]planner.Person // merged by value: read, not kept
		for _, pres := range parseRolesTo(presBuf[:0], v, p, planner.RolePresentingAuthor, false) {
			pres.Role = planner.RolePresentingAuthor
			authors, keys = mergePresenting(authors, keys, pres, nk)
		}
	}
	if af := cols.get(cells, colAffiliation); af != "" && !affUsed {
		affs := splitAffiliations(af)
		if geo := squeeze(cols.get(cells, colGeography)); geo != "" && len(affs) == 1 && !strings.Contains(affs[0], geo) {
			affs[0] += ", " + geo // "Duke University" in "Durham, NC, USA"
		}
		v.affiliations(affs)
		switch {
		case len(people) == 1 && len(people[0].Affiliations) == 0:
			people[0].Affiliations = affs
		case len(people) == 0:
			for i := range authors {
				if authors[i].Role == planner.RolePresentingAuthor && len(authors[i].Affiliations) == 0 {
					authors[i].Affiliations = affs
				}
			}
		}
	}
	all := slices.Grow(allBuf[:0], len(people)+len(authors))
	for _, p := range people {
		all = append(all, nk.keyOf(p))
	}
	all = append(all, keys...)
	if len(people) == 0 {
		people = authors
	} else {
		people = append(people, authors...)
	}
	// The same person in the same role twice (a speaker column and a
	// presenters column) is listed once. Two authors who share a surname
	// and initial but not an affiliation are two people.
	out := people[:0] // filtered in place, as kept: each is read before it is written
	kept := all[:0]
	var seen map[personKey][]int // the kept with a key, for long lists: a scan of kept would be quadratic
	if len(people) > 32 {
		seen = make(map[personKey][]int, len(people))
	}
	for n, p := range people {
		key := all[n]
		dup := false
		if seen != nil {
			for _, j := range seen[key] {
				if sameAffiliations(out[j].Affiliations, p.Affiliations) {
					dup = true
					break
				}
			}
		} else {
			for j := range out {
				if kept[j] == key && sameAffiliations(out[j].Affiliations, p.Affiliations) {
					dup = true
					break
				}
			}
		}
		if key.surname != "" && dup {
			continue
		}
		if seen != nil {
			seen[key] = append(seen[key], len(out))
		}
		kept = append(kept, key)
		out = append(out, p)
	}
	return out
}

// personKey is who a person in a role can be: the role, the folded
// surname and the first initial (nameKey).
type personKey struct {
	role    planner.Role
	surname string
	initial rune
}

// nameKeys folds, once per distinct word, the words of the names a
// table reads (most recur: a surname on many abstracts), so that a
// name's key costs a scan of its bytes and no allocation. A nil nameKeys
// folds every word afresh.
type nameKeys struct {
	words map[string]foldedWord // raw word → its fold
}

type foldedWord struct {
	fold   string // foldName(raw)
	suffix bool   // suffix(fold)
}

func newNameKeys() *nameKeys { return &nameKeys{words: make(map[string]foldedWord, 256)} }

// word is raw folded, and whether the fold is a generational suffix.
func (nk *nameKeys) word(raw string) foldedWord {
	if nk == nil {
		f := foldName(raw)
		return foldedWord{f, suffix(f)}
	}
	w, ok := nk.words[raw]
	if !ok {
		w.fold = foldName(raw)
		w.suffix = suffix(w.fold)
		nk.words[raw] = w
	}
	return w
}

func (nk *nameKeys) keyOf(p planner.Person) personKey {
	s, i := nk.nameKey(p.Name)
	return personKey{p.Role, s, i}
}

// sameAffiliations reports whether two people's affiliations cannot tell
// them apart: one lists none, or they share one.
func sameAffiliations(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// mergePeople adds the people of more to list, skipping anyone already
// there in the same role.
func mergePeople(list, more []planner.Person) []planner.Person {
	for _, p := range more {
		dup := false
		for _, q := range list {
			if q.Role == p.Role && sameName(q.Name, p.Name) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, p)
		}
	}
	return list
}

// mergePresenting marks pres in authors, or adds pres when no author
// matches.
// keys are the authors' (keyOf), kept in step.
func mergePresenting(authors []planner.Person, keys []personKey, pres planner.Person, nk *nameKeys) ([]planner.Person, []personKey) {
	pk := nk.keyOf(pres)
	for i := range authors {
		a := &authors[i]
		if pk.surname == "" {
			break
		}
		if keys[i].surname != pk.surname || keys[i].initial != pk.initial {
			continue
		}
		a.Role = planner.RolePresentingAuthor
		keys[i].role = a.Role
		if len(pres.Name) > len(a.Name) {
			a.Name = pres.Name
		}
		if len(pres.Credentials) > 0 {
			a.Credentials = pres.Credentials
		}
		for _, af := range pres.Affiliations {
			if !contains(a.Affiliations, af) {
				a.Affiliations = append(a.Affiliations, af)
			}
		}
		return authors, keys
	}
	return append(authors, pres), append(keys, pk)
}

// sameName reports whether two printed names can be one person: the same
// surname (case and accents aside) and the same first initial
// ("J. P. A. Gutiérrez" and "Juan Gutierrez").
func sameName(a, b string) bool {
	sa, ia := nameKey(a)
	sb, ib := nameKey(b)
	return sa != "" && sa == sb && ia == ib
}

func nameKey(name string) (string, rune) { return (*nameKeys)(nil).nameKey(name) }

// nameKey is the folded surname and first initial of a printed name,
// its words folded by nk.
func (nk *nameKeys) nameKey(name string) (string, rune) {
	// "Doe A", "Smith JA" (Vancouver): the surname first, then initials.
	if shortLastField(name) { // else the last field is no initials
		if head, ini, ok := lastTwoFields(name); ok {
			if n := utf8.RuneCountInString(ini); n <= 3 && upperWord(ini) && hasLowerCase(head) && !strings.ContainsAny(ini, ".,") && credential(ini) == "" {
				raw := strings.Fields(name)
				sur := strings.FieldsFunc(foldName(strings.Join(raw[:len(raw)-1], " ")), func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
				first, _ := utf8First(foldName(ini))
				if len(sur) > 0 {
					return sur[len(sur)-1], first
				}
			}
		}
	}
	// The words split at " ", "." and ",", folded one by one (folding
	// never makes or removes those; a word of accents alone folds to
	// nothing and is no word): the last that is not a suffix, else the
	// first; with the first's initial when they differ.
	var last, first string
	end := len(name)
	for end > 0 {
		for end > 0 && nameSep(name[end-1]) {
			end--
		}
		start := end
		for start > 0 && !nameSep(name[start-1]) {
			start--
		}
		if start == end {
			break
		}
		w := nk.word(name[start:end])
		end = start
		if w.fold == "" {
			continue
		}
		last = w.fold
		if !w.suffix {
			break
		}
	}
	if last == "" {
		return "", 0
	}
	for i := 0; i < end; {
		for i < end && nameSep(name[i]) {
			i++
		}
		if i < end && name[i] < utf8.RuneSelf {
			return last, unicode.ToLower(rune(name[i])) // what folding the word gives first
		}
		j := i
		for j < end && !nameSep(name[j]) {
			j++
		}
		if j == i {
			break
		}
		if w := nk.word(name[i:j]).fold; w != "" {
			first = w
			break
		}
		i = j
	}
	if first == "" {
		return last, 0 // one word, or one and its suffixes
	}
	r, _ := utf8First(first)
	return last, r
}

// shortLastField is false when the last of strings.Fields(name) is sure
// to have more than three runes, read from the end up to an ASCII space:
// when that word holds no first byte of non-ASCII white space it is the
// last field. Most surnames are long enough ("Huang") that nameKey need
// not split the name for the Vancouver form.
func shortLastField(name string) bool {
	end := len(name)
	for end > 0 && fieldSpace(name[end-1]) {
		end--
	}
	start := end
	for start > 0 && !fieldSpace(name[start-1]) {
		if c := name[start-1]; c == 0xc2 || c-0xe1 <= 2 { // 0xc2, 0xe1–0xe3
			return true // a space outside ASCII may end or split it
		}
		start--
	}
	return utf8.RuneCountInString(name[start:end]) <= 3
}

// upperWord is strings.ToUpper(s) == s && strings.ToLower(s) != s: s has
// an upper-case letter and no lower-case one. ASCII is judged without the
// copies.
func upperWord(s string) bool {
	upper := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(s) == s && strings.ToLower(s) != s
		case 'a' <= c && c <= 'z':
			for ; i < len(s); i++ {
				if s[i] >= utf8.RuneSelf {
					return strings.ToUpper(s) == s && strings.ToLower(s) != s
				}
			}
			return false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper
}

// hasLowerCase is strings.ToUpper(s) != s, ASCII judged without the copy.
func hasLowerCase(s string) bool {
	lower := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(s) != s
		case 'a' <= c && c <= 'z':
			lower = true
		}
	}
	return lower
}

func nameSep(c byte) bool { return c == ' ' || c == '.' || c == ',' }

// prevWord returns the word of name ending at or before end, folded, and
// where it starts; start -1 when there is none.
func prevWord(name string, end int) (w string, start int) {
	for end > 0 && nameSep(name[end-1]) {
		end--
	}
	start = end
	for start > 0 && !nameSep(name[start-1]) {
		start--
	}
	if start == end {
		return "", -1
	}
	return foldName(name[start:end]), start
}

// nextWord returns the word of s starting at or after i, folded, and
// where it ends; end -1 when there is none.
func nextWord(s string, i int) (w string, end int) {
	for i < len(s) && nameSep(s[i]) {
		i++
	}
	end = i
	for end < len(s) && !nameSep(s[end]) {
		end++
	}
	if end == i {
		return "", -1
	}
	return foldName(s[i:end]), end
}

// lastTwoFields returns the first and the last of the space-separated
// fields of s (strings.Fields), ok when there are two or more.
func lastTwoFields(s string) (first, last string, ok bool) {
	i := 0
	for i < len(s) && fieldSpace(s[i]) {
		i++
	}
	end := len(s)
	for end > i && fieldSpace(s[end-1]) {
		end--
	}
	for k := i; k < end; k++ {
		// The first bytes of the white space outside ASCII (U+0085,
		// U+00A0, U+1680, U+2000–U+205F, U+3000); without them, as in
		// "Schröder", the ASCII spaces are all the spaces there are.
		if c := s[k]; c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3 {
			f := strings.Fields(s) // other spaces: the library decides
			if len(f) < 2 {
				return "", "", false
			}
			return f[0], f[len(f)-1], true
		}
	}
	j := i
	for j < end && !fieldSpace(s[j]) {
		j++
	}
	if j == end {
		return "", "", false
	}
	k := end
	for k > j && !fieldSpace(s[k-1]) {
		k--
	}
	return s[i:j], s[k:end], true
}

// fieldSpace reports whether c is white space in ASCII, as strings.Fields
// reads it.
func fieldSpace(c byte) bool {
	return c == ' ' || c-'\t' <= '\r'-'\t' // \t \n \v \f \r
}

// foldName lower-cases a name and removes accents.
func foldName(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	// Latin letters with accents (À to ſ), as most names print them:
	// folded rune by rune from a table of what the decomposition below
	// makes of each. No rune here decomposes to more than one starter, so
	// the string's decomposition is its runes' decompositions in a row.
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		case r >= latinFoldFirst && int(r-latinFoldFirst) < len(latinFold):
			b.WriteString(latinFold[r-latinFoldFirst])
			continue
		}
		return foldNameNFD(s)
	}
	return b.String()
}

// latinFold[r-latinFoldFirst] is foldNameNFD(string(r)) for À (U+00C0)
// to ſ (U+017F).
const latinFoldFirst = 0xc0

var latinFold = func() []string {
	t := make([]string, 0x180-latinFoldFirst)
	for i := range t {
		t[i] = foldNameNFD(string(rune(latinFoldFirst + i)))
	}
	return t
}()

// foldNameNFD is foldName for any text: decomposed, marks dropped, lower
// case.
func foldNameNFD(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// dayHeader reports whether a row is a day header: one non-empty cell
// that is a date with a month name or weekday ("Sunday, September 28").
func dayHeader(cells []string, order DateOrder, year int) (civilDate, bool) {
	var only string
	for _, c := range cells {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if only != "" {
			return civilDate{}, false
		}
		only = strings.TrimSpace(c)
	}
	if only == "" || isDigits(strings.NewReplacer("/", "", "-", "", ".", "").Replace(only)) && len(only) < 6 {
		return civilDate{}, false
	}
	d, err := parseDate(only, order)
	if errors.Is(err, errNoYear) && year != 0 {
		d, err = withYear(only, d, year)
	}
	return d, err == nil
}

// withYear completes a date printed without a year ("Sun, Sep 28") and
// checks its weekday against the year.
func withYear(text string, d civilDate, year int) (civilDate, error) {
	d.Year = year
	_, weekday, _ := parseDateWeekday(text, DateMDY)
	if weekday >= 0 {
		if got := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday(); int(got) != weekday {
			return civilDate{}, fmt.Errorf("date %q: %s %d, %d is a %s", text, d.Month, d.Day, d.Year, got)
		}
	}
	return d, nil
}

// cellSplit splits a cell that may hold a date, a time (or range) or
// both: "9/28/2025 2:45 PM", "Sunday, September 28, 2025 2:45 PM - 4:00 PM
// PDT", "2025-09-28 14:45", "2025-09-28T14:45:00".
func cellSplit(s string) (date, tm string) {
	s = squeeze(s)
	if s == "" {
		return "", ""
	}
	if len(s) > 160 {
		return s, ""
	}
	if d, t, ok := excelSerial(s); ok {
		return d, t
	}
	if len(s) > 11 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') && isDigits(s[:4]) {
		return s[:10], strings.TrimSuffix(strings.TrimSpace(s[11:]), "Z")
	}
	if _, err := parseTimeRange(s); err == nil && !isDigits(s) {
		return "", s
	}
	if isDateText(s) {
		return s, "" // before splitting: "September 28, 2025" is not 20:25
	}
	f := strings.Fields(s)
	for k := 1; k < len(f); k++ {
		d := strings.TrimRight(strings.Join(f[:k], " "), ",;@|")
		d = strings.TrimSuffix(strings.TrimSpace(d), " at")
		t := strings.TrimLeft(strings.Join(f[k:], " "), ",;@| ")
		if _, err := parseTimeRange(t); err != nil || isDigits(t) {
			continue
		}
		if isDateText(d) {
			return d, t
		}
	}
	return "", s // neither: let the time parser say what is wrong
}

// excelSerialRe is an Excel date-time serial as a CSV saved from Excel
// may hold it: days since 1899-12-30 with the time of day as a fraction
// ("45928.6145833"). Only 1982 to 2119 (30000–80000) counts, so that
// abstract numbers are not read as dates.
var excelSerialRe = regexp.MustCompile(`^([3-7]\d{4})(\.\d+)?$`)

// excelSerial reads an Excel date-time serial into a date and a time
// (empty when the serial is a whole day).
func excelSerial(s string) (date, tm string, ok bool) {
	if !excelSerialRe.MatchString(s) {
		return "", "", false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return "", "", false
	}
	v, ok := excelTime(f, xlsxStyle{date: true}, false)
	if !ok {
		return "", "", false
	}
	d, t, _ := strings.Cut(v, " ")
	return d, t, true
}

// isDateText reports whether s reads as a date in either order, weekday
// aside (parseDate then says what is wrong with it).
func isDateText(s string) bool {
	for _, o := range []DateOrder{DateMDY, DateDMY} {
		if _, _, err := parseDateWeekday(s, o); err == nil || errors.Is(err, errNoYear) {
			return true
		}
	}
	return false
}

// offsetInstant reads a cell that is a full timestamp with an offset
// (2025-09-28T14:45:00-07:00).
func offsetInstant(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 11 || s[4] != '-' {
		return time.Time{}, false // every layout starts 2006-01-02 and goes on
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// setEnd reads an end-time cell into tr, plus offset minutes (24 h for
// an End Date on the next day); it returns a reason on failure.
func setEnd(tr *timeRange, s string, offset clock) string {
	e, err := parseTimeRange(s)
	if err != nil {
		return "end " + err.Error()
	}
	end := e.Start + offset
	tr.Bare, tr.H24 = tr.Bare && e.Bare, tr.H24 || e.H24
	if tr.Bare && end < tr.Start && end+720 > tr.Start {
		end += 720 // "Start 12:15, End 1:15"
	}
	if end < tr.Start {
		if tr.Start >= 18*60 && end <= 6*60 {
			end += 24 * 60
		} else {
			return fmt.Sprintf("end time %q is before the start", s)
		}
	}
	tr.End, tr.HasEnd = end, true
	if tr.ZoneLabel == "" {
		tr.ZoneLabel = e.ZoneLabel
	}
	return ""
}

// parseDuration reads minutes: "45", "45 min", "1:30", "1h30", "1 h 30
// min", "1.5 hours", "90 minutes".
func parseDuration(s string) (int, error) {
	l := strings.ToLower(strings.Join(strings.Fields(s), ""))
	bad := fmt.Errorf("duration %q not understood; want minutes (45) or h:mm (1:30)", clip(s))
	if l == "" {
		return 0, bad
	}
	if isDigits(l) {
		n, _ := strconv.Atoi(l)
		if n > 24*60 {
			return 0, bad
		}
		return n, nil
	}
	if h, m, ok := strings.Cut(l, ":"); ok && isDigits(h) && isDigits(m) && len(m) == 2 {
		hh, _ := strconv.Atoi(h)
		mm, _ := strconv.Atoi(m)
		if hh > 24 || mm > 59 {
			return 0, bad
		}
		return hh*60 + mm, nil
	}
	total := 0.0
	rest := l
	for rest != "" {
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.') {
			i++
		}
		if i == 0 {
			return 0, bad
		}
		n, err := strconv.ParseFloat(rest[:i], 64)
		if err != nil {
			return 0, bad
		}
		j := i
		for j < len(rest) && rest[j] >= 'a' && rest[j] <= 'z' {
			j++
		}
		switch rest[i:j] {
		case "h", "hr", "hrs", "hour", "hours":
			total += n * 60
		case "m", "min", "mins", "minute", "minutes", "":
			total += n
		default:
			return 0, bad
		}
		rest = rest[j:]
	}
	if total <= 0 || total > 24*60 {
		return 0, bad
	}
	return int(total + 0.5), nil
}

// boardNumber strips "Board", "Board #" or "#" from a board cell.
func boardNumber(s string) string {
	s = squeeze(s)
	for _, p := range []string{"poster board", "board number", "board no.", "board no", "board", "#"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			s = strings.TrimSpace(s[len(p):])
		}
	}
	s = strings.TrimLeft(s, "#:. ")
	return s
}

// numberedTitle splits "1001 - Title" (3 to 5 digits, a spaced dash)
// into the number and the title.
func numberedTitle(title string) (num, rest string, ok bool) {
	i := 0
	for i < len(title) && title[i] >= '0' && title[i] <= '9' {
		i++
	}
	if i < 3 || i > 5 {
		return "", "", false
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if r, ok := strings.CutPrefix(title[i:], sep); ok && strings.TrimSpace(r) != "" {
			return title[:i], strings.TrimSpace(r), true
		}
	}
	return "", "", false
}

// presentationType reports whether a type cell marks a talk inside a
// session.
func presentationType(typ string) bool {
	w := " " + wordText(typ) + " "
	return hasAny(w, []string{"presentation", "abstract", "oral", "talk", "paper", "lecture", "oral abstract", "subsession", "sub session"})
}

// within reports whether a time range on the parent's day lies inside
// the parent item.
func within(p *planner.Item, tr timeRange, loc *time.Location) bool {
	d := civilOf(p.Start)
	s := at(d, tr.Start, loc)
	return !s.Before(p.Start) && s.Before(p.End)
}

func civilOf(t time.Time) civilDate {
	y, m, d := t.Date()
	return civilDate{y, m, d}
}

func firstSet(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}
