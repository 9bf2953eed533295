package export

import (
	"encoding/json"
	"io"
	"time"

	"github.com/confplan/confplan/planner"
)

// followUpTime shows an instant in the follow-up's own zone (the
// conference's), as "Tue 30 Sep 14:30 PDT".
func followUpTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("Mon 2 Jan 15:04 MST")
}

func touchLabel(k planner.FollowUpKind) string {
	if k == planner.SecondTouch {
		return "second"
	}
	return "first"
}

// WriteFollowUpsTable writes follow-ups as a terminal table, in the order
// given: status, due, window start, who, where they met, which touch, and
// the subject of its draft.
func WriteFollowUpsTable(w io.Writer, followups []planner.FollowUp) error {
	rows := make([][]string, len(followups))
	for i := range followups {
		f := &followups[i]
		who := planner.DisplayName(f.Encounter.Name)
		if f.Encounter.Institution != "" {
			who += " (" + f.Encounter.Institution + ")"
		}
		rows[i] = []string{f.Status, followUpTime(f.Due), followUpTime(f.WindowStart), who, f.Encounter.Where, touchLabel(f.Kind), f.Subject}
	}
	return writeTable(w, []string{"Status", "Due", "From", "Who", "Met at", "Touch", "Subject"}, rows)
}

type jsonFollowUp struct {
	Name        string `json:"name"`
	Institution string `json:"institution"`
	Email       string `json:"email"`
	Role        string `json:"role"`
	MetAt       string `json:"met_at"`
	Where       string `json:"where"`
	ItemID      string `json:"item_id"`
	ItemKind    string `json:"item_kind"`
	Room        string `json:"room"`
	Notes       string `json:"notes"`
	WindowStart string `json:"window_start"`
	Due         string `json:"due"`
	Kind        string `json:"kind"`
	Status      string `json:"status"`
	SentAt      string `json:"sent_at,omitempty"`
	Subject     string `json:"subject"`
	Body        string `json:"body"`
	Mailto      string `json:"mailto"`
}

func jsonFollowUps(followups []planner.FollowUp) []jsonFollowUp {
	out := make([]jsonFollowUp, len(followups))
	for i := range followups {
		f := &followups[i]
		e := &f.Encounter
		out[i] = jsonFollowUp{
			Name: e.Name, Institution: e.Institution, Email: e.Email, Role: e.Role,
			MetAt: rfc3339(e.At), Where: e.Where, ItemID: e.ItemID, ItemKind: string(e.ItemKind), Room: e.Room, Notes: e.Notes,
			WindowStart: rfc3339(f.WindowStart), Due: rfc3339(f.Due), Kind: string(f.Kind), Status: f.Status,
			SentAt: rfc3339(f.SentAt), Subject: f.Subject, Body: f.Body, Mailto: f.Mailto,
		}
	}
	return out
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// WriteFollowUpsJSON writes {"followups":[...]} with RFC 3339 times.
func WriteFollowUpsJSON(w io.Writer, followups []planner.FollowUp) error {
	out := struct {
		FollowUps []jsonFollowUp `json:"followups"`
	}{FollowUps: jsonFollowUps(followups)}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// WriteFollowUpsCSV writes one row per follow-up with RFC 3339 times.
// Cells that a spreadsheet would run as a formula are neutralized with a
// leading "'" (OWASP): the text comes from program files and the command
// line.
func WriteFollowUpsCSV(w io.Writer, followups []planner.FollowUp) error {
	cw := newCSV(w)
	cw.Write([]string{"status", "due", "window_start", "kind", "name", "institution", "email", "met_at", "where", "room", "notes", "subject", "body", "mailto"})
	for i := range followups {
		f := &followups[i]
		e := &f.Encounter
		row := []string{f.Status, rfc3339(f.Due), rfc3339(f.WindowStart), string(f.Kind), e.Name, e.Institution, e.Email,
			rfc3339(e.At), e.Where, e.Room, e.Notes, f.Subject, f.Body, f.Mailto}
		for j := range row {
			row[j] = neutralizeCell(row[j])
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// neutralizeCell keeps a CSV cell from running as a formula.
func neutralizeCell(s string) string {
	if s != "" {
		switch s[0] {
		case '=', '+', '-', '@', '\t', '\r':
			return "'" + s
		}
	}
	return s
}
