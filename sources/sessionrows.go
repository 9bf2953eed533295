package sources

// Spreadsheets with a session and a presentation on one row, as society
// programs are often kept: Session_Title, Session_Date, Session_Time,
// Room, Chairs, Presentation_Title, Presentation_Time, Presenter,
// Authors, Authors_and_Affiliations, Presenter_Institution… Each session
// becomes an item once, with its chairs as moderators; each presentation
// becomes a talk in it with its own time; a row that holds a session
// alone is that session.
//
// The table is rewritten, before the row pipeline reads it, into the
// session-then-talks layout it already reads (Whova's "Session or Sub"):
// a session row whenever the session changes, then a "Sub" row per
// presentation. This happens only when the session has a time of its own
// (a "Session Time" or "Session Start" column). Columns named "Session …" and the chairs' columns feed
// the session rows; "Presentation …" (also "Abstract", "Talk", "Paper",
// "Poster") and the presenters' and authors' columns feed the talk rows;
// other columns feed both. A talk without a date of its own takes its
// session's.

import "strings"

// rowSide says which rows of the rewritten table a column feeds.
type rowSide int

const (
	sideBoth rowSide = iota
	sideSession
	sideTalk
)

var talkPrefixes = []string{"presentation ", "abstract ", "talk ", "paper ", "poster "}

// slotNames are the scalar fields the rewritten table has one column
// for, fed from a session-side and a talk-side column.
var slotNames = map[colField]string{
	colID: "ID", colDate: "Date", colStart: "Start Time", colEnd: "End Time", colTime: "Time",
	colDuration: "Duration", colRoom: "Room", colType: "Type", colTrack: "Track", colEndDate: "End Date",
}

// columnSide decides which rows a column feeds and the column of the
// rewritten table it goes to: one per scalar field (slotNames), else
// the column as it is.
func columnSide(h string) (side rowSide, slot, name string) {
	key := headerKey(h)
	side = sideBoth
	switch {
	case strings.HasPrefix(key, "session "):
		side = sideSession
	case strings.Contains(key, "chair") || strings.Contains(key, "moderat") || strings.Contains(key, "convener"):
		side = sideSession
	case strings.Contains(key, "author") || strings.Contains(key, "presenter") || strings.Contains(key, "speaker") ||
		strings.Contains(key, "institution") || strings.Contains(key, "geography") || strings.Contains(key, "affiliation"):
		side = sideTalk
	}
	for _, p := range talkPrefixes {
		if strings.HasPrefix(key, p) {
			side = sideTalk
		}
	}
	syn, ok := lookupHeader(key)
	if ok {
		if n, scalar := slotNames[syn.f]; scalar {
			return side, n, n
		}
		if syn.f == colSessionID {
			return sideSession, "ID", "ID"
		}
		if syn.f == colPeople && side == sideBoth {
			side = sideTalk // speakers belong to the talk
		}
		if syn.f == colAuthors || syn.f == colPresenting || syn.f == colAffiliation || syn.f == colBoard {
			side = sideTalk
		}
	}
	return side, key, strings.TrimSpace(h)
}

// splitSessionRows rewrites a table whose rows each hold a session and a
// presentation (see above). ok is false, and rows are returned as they
// are, when the header does not have both a session title and a
// presentation title.
func splitSessionRows(rows []sheetRow, h int) ([]sheetRow, bool) {
	header := rows[h].Cells
	sessTitle, talkTitle := -1, -1
	for i, c := range header {
		key := headerKey(c)
		switch key {
		case "session title", "session name", "session":
			if sessTitle < 0 {
				sessTitle = i
			}
		case "presentation title", "abstract title", "talk title", "paper title", "poster title", "presentation name":
			if talkTitle < 0 {
				talkTitle = i
			}
		}
	}
	if sessTitle < 0 || talkTitle < 0 {
		return rows, false
	}
	if _, ok := lookupHeader("session or sub"); !ok {
		return rows, false
	}
	// The rewritten columns: "Session or Sub", "Title", "Session", then
	// one per name; each takes a session-side and a talk-side source.
	type slot struct {
		name       string
		sess, talk int // source columns; -1 none
	}
	slots := []slot{{"Session or Sub", -1, -1}, {"Title", sessTitle, talkTitle}, {"Session", -1, sessTitle}}
	at := map[string]int{"session or sub": 0, "title": 1, "session": 2}
	sessCols := []int{sessTitle}
	for i, c := range header {
		if i == sessTitle || i == talkTitle {
			continue
		}
		side, k, name := columnSide(c)
		j, ok := at[strings.ToLower(k)]
		if !ok {
			j = len(slots)
			at[strings.ToLower(k)] = j
			slots = append(slots, slot{name, -1, -1})
		}
		switch side {
		case sideSession:
			slots[j].sess = i
			sessCols = append(sessCols, i)
		case sideTalk:
			slots[j].talk = i
		default:
			if slots[j].sess < 0 {
				slots[j].sess = i
			}
			if slots[j].talk < 0 {
				slots[j].talk = i
			}
		}
	}
	// Only a session with a time of its own is an item of its own; else
	// the session column merely names the talks' session.
	own := false
	for _, k := range []string{"time", "start time"} {
		if j, ok := at[k]; ok && slots[j].sess >= 0 && slots[j].sess != slots[j].talk {
			own = true
		}
	}
	if !own {
		return rows, false
	}
	// A talk without its own date takes the session's.
	if j, ok := at["date"]; ok && slots[j].talk < 0 {
		slots[j].talk = slots[j].sess
	}
	if j, ok := at["end date"]; ok && slots[j].talk < 0 {
		slots[j].talk = slots[j].sess
	}
	cell := func(cells []string, i int) string {
		if i < 0 || i >= len(cells) {
			return ""
		}
		return cells[i]
	}
	out := append([]sheetRow(nil), rows[:h]...)
	hdr := make([]string, len(slots))
	for j, s := range slots {
		hdr[j] = s.name
	}
	out = append(out, sheetRow{Line: rows[h].Line, Cells: hdr})
	prev := ""
	for _, r := range rows[h+1:] {
		if rowBlank(r.Cells) {
			continue
		}
		var key strings.Builder
		for _, i := range sessCols {
			key.WriteString(strings.TrimSpace(cell(r.Cells, i)))
			key.WriteByte(0)
		}
		session := strings.TrimSpace(cell(r.Cells, sessTitle)) != ""
		talk := strings.TrimSpace(cell(r.Cells, talkTitle)) != ""
		if session && key.String() != prev {
			cells := make([]string, len(slots))
			cells[0] = "Session"
			for j := 1; j < len(slots); j++ {
				if j != 2 {
					cells[j] = cell(r.Cells, slots[j].sess)
				}
			}
			out = append(out, sheetRow{Line: r.Line, Cells: cells})
			prev = key.String()
		}
		if !talk {
			if !session {
				out = append(out, r) // neither: let the pipeline say why
			}
			continue
		}
		cells := make([]string, len(slots))
		if session {
			cells[0] = "Sub"
		}
		for j := 1; j < len(slots); j++ {
			cells[j] = cell(r.Cells, slots[j].talk)
		}
		out = append(out, sheetRow{Line: r.Line, Cells: cells})
	}
	return out, true
}
