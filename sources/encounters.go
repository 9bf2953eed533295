package sources

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// The encounter log is a CSV confplan keeps next to the network map: one
// row per encounter (confplan met), with the follow-up's window and where
// it stands. Users open it in a spreadsheet too, so it is read and written
// through a Sheet: their edits, extra columns and formatting survive.
//
// Times are written as RFC 3339 in the encounter's zone (named in the
// "Time zone" column), so the file is unambiguous wherever it is opened.

// The log's statuses.
// The log's statuses: the stages of planner.Thread.
const (
	LogOpen       = planner.StageOpen       // the first email is still to send
	LogSent       = planner.StageSent       // the first email went out; no answer yet
	LogSecondSent = planner.StageSecondSent // the second touch went out too
	LogAnswered   = planner.StageAnswered   // they replied
)

// LogEntry is one row of the encounter log.
type LogEntry struct {
	Row  int    // data-row index in the log's Sheet; -1 before Append
	Zone string // IANA zone the times are read in
	planner.Thread
}

type logField int

const (
	lMetAt logField = iota
	lName
	lInstitution
	lEmail
	lRole
	lWhere
	lItemID
	lKind
	lRoom
	lNotes
	lWindowStart
	lDue
	lStatus
	lSentAt
	lSecondAt
	lResponse
	lPrior
	lZone
	numLogFields
)

var logHeaders = [numLogFields][]string{
	lMetAt:       {"Met at", "When", "Date met"},
	lName:        {"Name", "Who"},
	lInstitution: {"Institution"},
	lEmail:       {"Email", "E-mail"},
	lRole:        {"Role"},
	lWhere:       {"Where"},
	lItemID:      {"Item ID"},
	lKind:        {"Kind", "Context"},
	lRoom:        {"Room"},
	lNotes:       {"Notes"},
	lWindowStart: {"Window start", "Follow up from"},
	lDue:         {"Due", "Follow up by"},
	lStatus:      {"Status"},
	lSentAt:      {"Sent at", "Sent"},
	lSecondAt:    {"Second touch sent at", "Second sent at"},
	lResponse:    {"Response", "Reply"},
	lPrior:       {"Map response when sent"},
	lZone:        {"Time zone", "Zone", "TZ"},
}

// EncounterLog is the encounter log as read, ready to be appended to and
// written back.
type EncounterLog struct {
	Sheet    *Sheet
	Entries  []LogEntry
	Warnings []*Warning
	cols     [numLogFields]int
}

// NewEncounterLog starts an empty log with the full header.
func NewEncounterLog(name string) *EncounterLog {
	hdr := make([]string, numLogFields)
	for f := range numLogFields {
		hdr[f] = logHeaders[f][0]
	}
	s := &Sheet{Name: name, Comma: ',', LineEnd: "\n", finalNL: true}
	rec := &record{fields: hdr, quoted: make([]bool, len(hdr)), term: "\n"}
	s.recs, s.Header, s.headerRec = []*record{rec}, hdr, rec
	l := &EncounterLog{Sheet: s}
	for f := range numLogFields {
		l.cols[f] = int(f)
	}
	return l
}

// Like gives a new, still empty log the style of another sheet (the
// network map): its delimiter, line ending and BOM, so a spreadsheet app
// that opens one opens both the same way (Excel needs the BOM to read
// UTF-8, and a semicolon where the comma is the decimal mark). A log
// read from a file keeps its own style.
func (l *EncounterLog) Like(s *Sheet) {
	if s == nil {
		return
	}
	for _, r := range l.Sheet.recs {
		if r.raw != nil {
			return
		}
	}
	l.Sheet.BOM, l.Sheet.Comma, l.Sheet.LineEnd = s.BOM, s.Comma, s.LineEnd
	if l.Sheet.LineEnd == "" {
		l.Sheet.LineEnd = "\n"
	}
}

// ReadEncounterLog reads an encounter log. An empty file is a new log.
// Rows that cannot be understood are skipped with a warning; they stay in
// the file untouched.
func ReadEncounterLog(r io.Reader, name string) (*EncounterLog, error) {
	s, err := ReadSheet(r, name)
	if err != nil {
		return nil, err
	}
	if s.Header == nil {
		l := NewEncounterLog(name)
		l.Sheet.BOM = s.BOM
		return l, nil
	}
	l := &EncounterLog{Sheet: s}
	for f := range numLogFields {
		l.cols[f] = s.Col(logHeaders[f]...)
	}
	if l.cols[lName] < 0 || l.cols[lMetAt] < 0 || (l.cols[lDue] < 0 && l.cols[lStatus] < 0) {
		return nil, &Error{File: name, Line: s.headerRec.line,
			Reason: "not an encounter log: the header needs Met at, Name, Due and Status",
			Hint:   "--log names the CSV confplan keeps its encounters in (it is created when missing); is this your network map?"}
	}
	for i := range s.Len() {
		e, err := l.entry(i)
		if err != nil {
			l.Warnings = append(l.Warnings, &Warning{File: name, Line: s.Line(i), Reason: err.Error() + "; skipped"})
			continue
		}
		if e.Encounter.Name == "" {
			if !rowEmpty(s.rows[i].fields) {
				l.Warnings = append(l.Warnings, &Warning{File: name, Line: s.Line(i), Reason: "row has no name; skipped"})
			}
			continue
		}
		l.Entries = append(l.Entries, e)
	}
	return l, nil
}

func (l *EncounterLog) get(row int, f logField) string {
	return Unneutralize(strings.TrimSpace(l.Sheet.Get(row, l.cols[f])))
}

func (l *EncounterLog) entry(row int) (LogEntry, error) {
	e := LogEntry{Row: row, Zone: l.get(row, lZone), Thread: planner.Thread{Stage: strings.ToLower(l.get(row, lStatus)),
		Response: l.get(row, lResponse), PriorResponse: l.get(row, lPrior)}}
	loc := time.UTC
	if e.Zone != "" {
		z, err := LoadLogZone(e.Zone)
		if err != nil {
			return e, fmt.Errorf("time zone %q is not an IANA zone", e.Zone)
		}
		loc = z
	}
	var err error
	parse := func(f logField, dst *time.Time, required bool) {
		if err != nil {
			return
		}
		s := l.get(row, f)
		if s == "" {
			if required {
				err = fmt.Errorf("%s is empty", logHeaders[f][0])
			}
			return
		}
		t, perr := parseLogTime(s, loc, e.Zone != "")
		if perr != nil {
			err = fmt.Errorf("%s %q: %v", logHeaders[f][0], s, perr)
			return
		}
		*dst = t
	}
	c := &e.Encounter
	c.Name, c.Institution, c.Email, c.Role = l.get(row, lName), l.get(row, lInstitution), l.get(row, lEmail), l.get(row, lRole)
	c.Where, c.ItemID, c.Room, c.Notes = l.get(row, lWhere), l.get(row, lItemID), l.get(row, lRoom), l.get(row, lNotes)
	c.ItemKind = planner.Kind(strings.ToLower(l.get(row, lKind)))
	if c.Name == "" {
		return e, nil
	}
	parse(lMetAt, &c.At, true)
	parse(lWindowStart, &e.WindowStart, false)
	parse(lDue, &e.Due, false)
	parse(lSentAt, &e.SentAt, false)
	parse(lSecondAt, &e.SecondAt, false)
	if err != nil {
		return e, err
	}
	if e.WindowStart.IsZero() || e.Due.IsZero() {
		f := planner.FirstFollowUp(*c)
		e.WindowStart, e.Due = f.WindowStart, f.Due
	}
	switch e.Stage {
	case LogOpen, LogSent, LogSecondSent, LogAnswered:
	case "":
		e.Stage = LogOpen
		if !e.SentAt.IsZero() {
			e.Stage = LogSent
		}
		if e.Response != "" {
			e.Stage = LogAnswered
		}
	case "done", "replied":
		e.Stage = LogAnswered
	default:
		return e, fmt.Errorf("status %q: want open, sent, second sent or answered", e.Stage)
	}
	return e, nil
}

// LoadLogZone loads the zone named in a log row: an IANA name, or a fixed
// offset "UTC-07:00" (see ZoneName). "Local" and "" are refused: they
// would mean the machine's zone.
func LoadLogZone(name string) (*time.Location, error) {
	if name == "" || strings.EqualFold(name, "local") {
		return nil, fmt.Errorf("time zone %q: name the conference's zone", name)
	}
	if len(name) == len("UTC-07:00") && strings.HasPrefix(name, "UTC") && (name[3] == '+' || name[3] == '-') && name[6] == ':' {
		h, err1 := strconv.Atoi(name[4:6])
		m, err2 := strconv.Atoi(name[7:9])
		if err1 == nil && err2 == nil && h <= 14 && m < 60 {
			off := (h*60 + m) * 60
			if name[3] == '-' {
				off = -off
			}
			return time.FixedZone(name, off), nil
		}
	}
	return time.LoadLocation(name)
}

// OffsetZone is a fixed zone named "UTC-07:00", for times given with an
// offset and no zone name; LoadLogZone reads the name back.
func OffsetZone(off int) *time.Location {
	sign, a := '+', off
	if off < 0 {
		sign, a = '-', -off
	}
	return time.FixedZone(fmt.Sprintf("UTC%c%02d:%02d", sign, a/3600, a%3600/60), off)
}

// parseLogTime reads RFC 3339, or a wall-clock "2025-09-28 14:30" in loc
// when the row names its zone.
func parseLogTime(s string, loc *time.Location, haveZone bool) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(loc), nil
	}
	if haveZone {
		for _, layout := range []string{"2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
			if t, err := time.ParseInLocation(layout, s, loc); err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("want a time like 2025-09-28T14:30:00-07:00")
}

// Append adds an entry, filling the known columns, and returns its row.
func (l *EncounterLog) Append(e LogEntry) int {
	cells := make(map[int]string)
	for f, v := range l.cells(e) {
		if l.cols[f] >= 0 && v != "" {
			cells[l.cols[f]] = v
		}
	}
	row := l.Sheet.Append(cells)
	e.Row = row
	l.Entries = append(l.Entries, e)
	return row
}

// Update writes an entry's status, send times and responses back to its
// row; the encounter's own cells are left as they are.
func (l *EncounterLog) Update(e LogEntry) {
	cells := l.cells(e)
	for _, f := range []logField{lStatus, lSentAt, lSecondAt, lResponse, lPrior} {
		if l.cols[f] >= 0 {
			l.Sheet.Set(e.Row, l.cols[f], cells[f])
		}
	}
	for i := range l.Entries {
		if l.Entries[i].Row == e.Row {
			l.Entries[i] = e
		}
	}
}

func (l *EncounterLog) cells(e LogEntry) map[logField]string {
	loc := time.UTC
	if z, err := LoadLogZone(e.Zone); err == nil {
		loc = z
	}
	ts := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(loc).Format(time.RFC3339)
	}
	c := e.Encounter
	return map[logField]string{
		lMetAt: ts(c.At), lName: c.Name, lInstitution: c.Institution, lEmail: c.Email, lRole: c.Role,
		lWhere: c.Where, lItemID: c.ItemID, lKind: string(c.ItemKind), lRoom: c.Room, lNotes: c.Notes,
		lWindowStart: ts(e.WindowStart), lDue: ts(e.Due), lStatus: e.Stage,
		lSentAt: ts(e.SentAt), lSecondAt: ts(e.SecondAt), lResponse: e.Response, lPrior: e.PriorResponse,
		lZone: e.Zone,
	}
}
