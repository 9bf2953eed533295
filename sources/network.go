package sources

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// Field is a known column of the network map.
type Field int

// The network map's known columns.
const (
	FieldName Field = iota
	FieldRole
	FieldInstitution
	FieldEmail
	FieldHowFound
	FieldDateContacted
	FieldResponse
	FieldNextStep
	FieldPriority
	FieldNotes
	numFields
)

// contactHeaders are the header spellings of each Field, canonical first;
// headers are compared after NormalizeHeader.
var contactHeaders = [numFields][]string{
	FieldName:          {"Name", "Full name", "Contact", "Contact name", "Person"},
	FieldRole:          {"Role", "Position", "Title", "Job title", "Job"},
	FieldInstitution:   {"Institution", "Affiliation", "Organization", "Organisation", "Program", "Hospital", "Employer", "Company"},
	FieldEmail:         {"Email", "E-mail", "Email address", "E-mail address", "Mail"},
	FieldHowFound:      {"How I found them", "How found", "How I found", "Source", "How we met", "Found via", "Met via", "Where found"},
	FieldDateContacted: {"Date contacted", "Contacted", "Last contacted", "Contact date", "Date of contact", "Contacted on"},
	FieldResponse:      {"Response", "Reply", "Replied", "Answer"},
	FieldNextStep:      {"Next step", "Next steps", "Next action", "Follow-up", "Follow up", "Followup", "To do", "Todo"},
	FieldPriority:      {"Priority", "Prio", "Tier"},
	FieldNotes:         {"Notes", "Note", "Comments", "Comment"},
}

// Header returns the canonical header spelling of f ("Date contacted").
func (f Field) Header() string { return contactHeaders[f][0] }

// NetworkMap is the user's network map: the sheet as read, ready to be
// edited and written back, and the contacts understood from it.
type NetworkMap struct {
	Sheet    *Sheet // the CSV as read; nil for an .xlsx workbook
	tab      table
	Contacts []planner.Contact // Contact.Row indexes Sheet's data rows
	Warnings []*Warning
	cols     [numFields]int
	first    int // "First name" column when there is no Name column, else -1
	last     int
}

// ReadContacts reads a network map (Name, Role, Institution, Email, How I
// found them, Date contacted, Response, Next step, and optionally
// Priority, Notes and columns of the user's own). Rows without a name are
// skipped with a warning naming the line.
//
// For reading only, it also accepts what spreadsheets save besides UTF-8:
// UTF-16 ("Unicode Text") and Windows-1252.
func ReadContacts(r io.Reader, name string) ([]planner.Contact, []*Warning, error) {
	data, err := readAllText(r, name)
	if err != nil {
		return nil, nil, err
	}
	n, err := ParseNetworkMap(data, name)
	if err != nil {
		return nil, nil, err
	}
	return n.Contacts, n.Warnings, nil
}

// ParseNetworkMap reads a network map for editing from a file's bytes: an
// .xlsx workbook (detected by content) or a UTF-8 CSV.
func ParseNetworkMap(data []byte, name string) (*NetworkMap, error) {
	if isZip(data) {
		t, err := readWorkbookTable(data, name, contactHeaders[FieldName]...)
		if err != nil {
			return nil, err
		}
		return newNetworkMap(t)
	}
	s, err := ParseSheet(data, name)
	if err != nil {
		return nil, err
	}
	return NewNetworkMap(s)
}

// readAllText reads a whole spreadsheet for reading only, decoded to UTF-8.
// A workbook is returned as it is.
func readAllText(r io.Reader, name string) ([]byte, error) {
	data, err := readInput(r)
	if err != nil {
		return nil, &Error{File: name, Reason: err.Error()}
	}
	if len(data) > MaxInput {
		return nil, &Error{File: name, Reason: fmt.Sprintf("file is larger than %d MiB", MaxInput>>20)}
	}
	if isZip(data) {
		return data, nil
	}
	text, err := decodeText(data)
	if err != nil {
		return nil, &Error{File: name, Reason: err.Error(), Hint: "save it as CSV UTF-8"}
	}
	return text, nil
}

// ReadNetworkMap reads a network map for editing. An empty file is a
// network map with no one in it yet. The file must be UTF-8 (with or
// without a BOM), since confplan writes UTF-8 into it.
func ReadNetworkMap(r io.Reader, name string) (*NetworkMap, error) {
	data, err := readInput(r)
	if err != nil {
		return nil, &Error{File: name, Reason: err.Error()}
	}
	if len(data) > MaxInput {
		return nil, &Error{File: name, Reason: fmt.Sprintf("file is larger than %d MiB", MaxInput>>20)}
	}
	return ParseNetworkMap(data, name)
}

// NewNetworkMap understands an already-read sheet as a network map.
func NewNetworkMap(s *Sheet) (*NetworkMap, error) {
	n, err := newNetworkMap(s)
	if n != nil {
		n.Sheet = s
	}
	return n, err
}

func newNetworkMap(s table) (*NetworkMap, error) {
	n := &NetworkMap{tab: s, first: -1, last: -1}
	if s.header() != nil && !s.FindHeader(contactHeaders[FieldName]...) && !isProgramsHeader(s) {
		s.FindHeader("First name", "Given name")
	}
	for f := range numFields {
		n.cols[f] = s.Col(contactHeaders[f]...)
	}
	if s.header() == nil {
		return n, nil
	}
	if n.cols[FieldName] < 0 {
		n.first = s.Col("First name", "First", "Given name", "Forename")
		n.last = s.Col("Last name", "Last", "Surname", "Family name")
		if n.first < 0 || n.last < 0 {
			n.first, n.last = -1, -1
		}
	}
	if n.cols[FieldName] < 0 && n.first < 0 {
		if isProgramsHeader(s) {
			return nil, &Error{File: s.name(), Line: s.headerLine(),
				Reason: "this is a programs list (Program, Aliases columns), not a network map",
				Hint:   "pass it with --programs; --targets takes your network map (Name, Role, Institution, Email, ...)"}
		}
		return nil, &Error{File: s.name(), Line: s.headerLine(),
			Reason: fmt.Sprintf("no Name column in the header (%s)", strings.Join(s.header(), ", ")),
			Hint:   "a network map needs a header row with Name, Role, Institution, Email, How I found them, Date contacted, Response, Next step"}
	}
	// A program-like "Program" column counts as the institution only when
	// nothing better is there; Col already prefers earlier synonyms.
	n.Contacts = make([]planner.Contact, 0, s.Len()) // a contact a row, as most maps have
	for i := range s.Len() {
		c := planner.Contact{
			Row:           i,
			Name:          strings.TrimSpace(n.get(i, FieldName)),
			Role:          strings.TrimSpace(n.get(i, FieldRole)),
			Institution:   strings.TrimSpace(n.get(i, FieldInstitution)),
			Email:         strings.TrimSpace(n.get(i, FieldEmail)),
			HowFound:      strings.TrimSpace(n.get(i, FieldHowFound)),
			DateContacted: strings.TrimSpace(n.get(i, FieldDateContacted)),
			Response:      strings.TrimSpace(n.get(i, FieldResponse)),
			NextStep:      strings.TrimSpace(n.get(i, FieldNextStep)),
			Notes:         strings.TrimSpace(n.get(i, FieldNotes)),
		}
		if n.first >= 0 {
			c.Name = strings.TrimSpace(strings.TrimSpace(s.Get(i, n.first)) + " " + strings.TrimSpace(s.Get(i, n.last)))
		}
		if c.Name == "" {
			if !rowEmpty(s.Row(i)) {
				n.Warnings = append(n.Warnings, &Warning{File: s.name(), Line: s.Line(i), Reason: "row has no name; skipped"})
			}
			continue
		}
		if p := strings.TrimSpace(n.get(i, FieldPriority)); p != "" {
			pr, ok := ParsePriority(p)
			if !ok {
				n.Warnings = append(n.Warnings, &Warning{File: s.name(), Line: s.Line(i),
					Reason: fmt.Sprintf("priority %q not understood; want 1, 2, 3 or High, Medium, Low", p)})
			}
			c.Priority = pr
		}
		n.Contacts = append(n.Contacts, c)
	}
	if len(n.Contacts) == 0 {
		n.Contacts = nil // no contact, no slice
	}
	return n, nil
}

func rowEmpty(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func (n *NetworkMap) get(row int, f Field) string { return n.tab.Get(row, n.cols[f]) }

// Name is the map's file name, for messages.
func (n *NetworkMap) Name() string { return n.tab.name() }

// Line is the line (CSV) or row (workbook) a data row is on, for messages.
func (n *NetworkMap) Line(row int) int { return n.tab.Line(row) }

// Row returns a copy of a data row's cells.
func (n *NetworkMap) Row(row int) []string { return n.tab.Row(row) }

// Bytes returns the map as it should be written: a CSV with only the
// edited rows encoded again, or the workbook with only the edited cells
// changed.
func (n *NetworkMap) Bytes() ([]byte, error) { return n.tab.encoded() }

// Workbook reports whether the map is an .xlsx workbook.
func (n *NetworkMap) Workbook() bool { return n.Sheet == nil }

// SetDate writes a date into field f of a data row: in a CSV as text in
// layout; in a workbook as a date cell when the column shows dates, so
// Excel can still sort and filter by it.
func (n *NetworkMap) SetDate(row int, f Field, t time.Time, layout string) bool {
	if n.cols[f] < 0 {
		return false
	}
	n.tab.setDate(row, n.cols[f], t, t.Format(layout))
	return true
}

// Has reports whether the map has a column for f.
func (n *NetworkMap) Has(f Field) bool {
	if f == FieldName && n.first >= 0 {
		return true
	}
	return n.cols[f] >= 0
}

// Set writes text into field f of a data row, neutralized as a formula.
// It reports false when the map has no such column.
func (n *NetworkMap) Set(row int, f Field, text string) bool {
	if n.cols[f] < 0 {
		return false
	}
	n.tab.Set(row, n.cols[f], text)
	return true
}

// Get returns field f of a data row as written in the file.
func (n *NetworkMap) Get(row int, f Field) string { return n.get(row, f) }

// Add appends a person, filling the known columns by header name and
// leaving the others empty. It returns the new row's index.
func (n *NetworkMap) Add(cells map[Field]string) int {
	m := make(map[int]string)
	for f, v := range cells {
		if v == "" {
			continue
		}
		if f == FieldName && n.cols[f] < 0 && n.first >= 0 {
			first, last := planner.SplitName(v)
			m[n.first], m[n.last] = first, last
			continue
		}
		if n.cols[f] >= 0 {
			m[n.cols[f]] = v
		}
	}
	if n.tab.header() == nil {
		// An empty file: start it with the canonical header.
		h := make([]string, numFields)
		for f := range numFields {
			h[f] = f.Header()
			n.cols[f] = int(f)
			if v, ok := cells[f]; ok {
				m[int(f)] = v
			}
		}
		n.tab.startHeader(h)
	}
	return n.tab.Append(m)
}

// ParsePriority reads a priority as users write it: 1–3, "P1", "High",
// "Medium", "Low" (also "Top", "Med"). It returns 0 and false when the
// text is not understood.
func ParsePriority(s string) (int, bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	if p, ok := priorityWord(t); ok {
		return p, true
	}
	// "1 - High", "High (1)"
	words := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' || r == '–' || r == ':' })
	if len(words) > 1 {
		for _, w := range words {
			if p, ok := priorityWord(w); ok {
				return p, true
			}
		}
	}
	return 0, false
}

func priorityWord(t string) (int, bool) {
	t = strings.TrimSpace(strings.TrimPrefix(t, "priority"))
	if len(t) == 2 && t[0] == 'p' {
		t = t[1:]
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil && f == float64(int(f)) && f >= 1 && f <= 3 {
		return int(f), true
	}
	switch t {
	case "high", "top", "h", "highest", "★★★":
		return 1, true
	case "medium", "med", "m", "mid", "normal", "★★":
		return 2, true
	case "low", "l", "lowest", "★":
		return 3, true
	}
	return 0, false
}

// isProgramsHeader reports whether a header looks like a programs list.
func isProgramsHeader(s table) bool {
	return s.Col(programHeaders[pName]...) >= 0 && s.Col(programHeaders[pAliases]...) >= 0
}

const (
	pName = iota
	pAliases
	pCity
	pState
	pVisa
	pIMG
	pPriority
	numProgramFields
)

var programHeaders = [numProgramFields][]string{
	pName:     {"Program", "Program name", "Residency program", "Residency", "Institution"},
	pAliases:  {"Aliases", "Alias", "Also known as", "AKA", "Other names"},
	pCity:     {"City"},
	pState:    {"State", "ST"},
	pVisa:     {"Visa", "Visa sponsorship", "Visas", "Visa sponsored", "Sponsors visa"},
	pIMG:      {"IMG friendly", "IMG-friendly", "IMG", "IMG friendliness", "IMGs"},
	pPriority: {"Priority", "Prio", "Tier"},
}

// ReadPrograms reads a programs list (Program, Aliases separated by ";",
// City, State, Visa, IMG friendly, Priority). Rows without a program name
// are skipped with a warning naming the line.
func ReadPrograms(r io.Reader, name string) ([]planner.Program, []*Warning, error) {
	data, err := readAllText(r, name)
	if err != nil {
		return nil, nil, err
	}
	var s table
	if isZip(data) {
		t, err := readWorkbookTable(data, name, programHeaders[pName][:3]...)
		if err != nil {
			return nil, nil, err
		}
		s = t
	} else {
		sh, err := ParseSheet(data, name)
		if err != nil {
			return nil, nil, err
		}
		s = sh
	}
	if s.header() == nil {
		return nil, nil, &Error{File: name, Reason: "the programs list is empty", Hint: "a programs list needs a header row: Program, Aliases, City, State, Visa, IMG friendly, Priority"}
	}
	if s.Col(contactHeaders[FieldName]...) < 0 {
		s.FindHeader(programHeaders[pName][:3]...)
	}
	var cols [numProgramFields]int
	for f := range numProgramFields {
		cols[f] = s.Col(programHeaders[f]...)
	}
	if s.Col(contactHeaders[FieldName]...) >= 0 && s.Col("Program", "Program name", "Residency program") < 0 {
		return nil, nil, &Error{File: name, Line: s.headerLine(),
			Reason: "this is a network map (a Name column), not a programs list",
			Hint:   "pass it with --targets; --programs takes a list with Program, Aliases, City, State, Visa, IMG friendly, Priority"}
	}
	if cols[pName] < 0 {
		return nil, nil, &Error{File: name, Line: s.headerLine(),
			Reason: fmt.Sprintf("no Program column in the header (%s)", strings.Join(s.header(), ", ")),
			Hint:   "a programs list needs a header row: Program, Aliases, City, State, Visa, IMG friendly, Priority"}
	}
	var progs []planner.Program
	var warns []*Warning
	for i := range s.Len() {
		get := func(f int) string { return strings.TrimSpace(s.Get(i, cols[f])) }
		p := planner.Program{
			Name:        get(pName),
			City:        get(pCity),
			State:       get(pState),
			Visa:        get(pVisa),
			IMGFriendly: get(pIMG),
		}
		if p.Name == "" {
			if !rowEmpty(s.Row(i)) {
				warns = append(warns, &Warning{File: name, Line: s.Line(i), Reason: "row has no program name; skipped"})
			}
			continue
		}
		for _, a := range strings.FieldsFunc(get(pAliases), func(r rune) bool { return r == ';' || r == '|' || r == '\n' }) {
			if a = strings.TrimSpace(a); a != "" {
				p.Aliases = append(p.Aliases, a)
			}
		}
		if pr := get(pPriority); pr != "" {
			v, ok := ParsePriority(pr)
			if !ok {
				warns = append(warns, &Warning{File: name, Line: s.Line(i),
					Reason: fmt.Sprintf("priority %q not understood; want 1, 2, 3 or High, Medium, Low", pr)})
			}
			p.Priority = v
		}
		progs = append(progs, p)
	}
	return progs, warns, nil
}
