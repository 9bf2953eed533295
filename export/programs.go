package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// WriteProgramsTable writes the shortlist as a terminal table: rank,
// program, score and its parts, why, the next step and who could
// introduce the user; then the notes on what the ranking could not use.
func WriteProgramsTable(w io.Writer, s *planner.Shortlist) error {
	if len(s.Programs) == 0 {
		fmt.Fprintln(w, "No programs to rank: give --programs, or --all for the directory's programs in your map or the meeting.")
	} else {
		rows := make([][]string, 0, len(s.Programs))
		for _, r := range s.Programs {
			name := clean(r.Program.Name)
			if loc := place(r.Program); loc != "" {
				name += "\n" + loc
			}
			if !r.Listed {
				name += "\n(directory)"
			}
			score := fmt.Sprintf("%d\nfit %d\npeople %d\nhere %d", r.Score, r.Fit, r.People, r.Here)
			intro := strings.Join(r.Introducers, "\n")
			rows = append(rows, []string{strconv.Itoa(r.Rank), name, score, clean(strings.Join(r.Why, "; ")), clean(r.Next), clean(intro)})
		}
		if err := writeTable(w, []string{"#", "Program", "Score", "Why", "Next step", "Who could introduce you"}, rows); err != nil {
			return err
		}
	}
	if len(s.Notes) > 0 {
		fmt.Fprintln(w)
		for _, n := range s.Notes {
			fmt.Fprintf(w, "Note: %s.\n", n)
		}
	}
	return nil
}

func place(p planner.Program) string {
	var parts []string
	for _, s := range []string{p.City, p.State} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

type jsonProgram struct {
	Rank          int           `json:"rank"`
	Program       string        `json:"program"`
	City          string        `json:"city"`
	State         string        `json:"state"`
	Source        string        `json:"source"` // "list" or "directory"
	Visa          string        `json:"visa"`
	IMGFriendly   string        `json:"img_friendly"`
	Priority      int           `json:"priority"`
	Score         int           `json:"score"`
	Fit           int           `json:"fit"`
	Relationships int           `json:"relationships"`
	Presence      int           `json:"presence"`
	Why           []string      `json:"why"`
	NextStep      string        `json:"next_step"`
	Introducers   []string      `json:"introducers"`
	Contacts      []jsonContact `json:"contacts"`
	Presenters    []jsonPresent `json:"presenters"`
	NoData        bool          `json:"no_data"`
	Cover         string        `json:"cover"`
	Gap           string        `json:"gap,omitempty"`
	PlanWeight    int           `json:"plan_weight"`
}

type jsonContact struct {
	Name     string `json:"name"`
	Role     string `json:"role"`
	Email    string `json:"email"`
	Response string `json:"response"`
	Met      bool   `json:"met"`
	Sent     bool   `json:"follow_up_sent"`
	Answered bool   `json:"answered"`
	Pending  string `json:"follow_up_status,omitempty"`
	Points   int    `json:"points"`
	Warm     bool   `json:"warm"`
}

type jsonPresent struct {
	Who     string `json:"who"`
	Role    string `json:"role"`
	ItemID  string `json:"item_id"`
	Kind    string `json:"item_kind"`
	Title   string `json:"item_title"`
	Start   string `json:"start"`
	Room    string `json:"room"`
	Board   string `json:"board,omitempty"`
	Contact bool   `json:"contact"`
}

// programJSON is one row in every format but the table, its text
// cleaned of control characters (escape sequences from the user's files).
func programJSON(r planner.ProgramStanding) jsonProgram {
	src := "list"
	if !r.Listed {
		src = "directory"
	}
	p := r.Program
	j := jsonProgram{Rank: r.Rank, Program: clean(p.Name), City: clean(p.City), State: clean(p.State), Source: src,
		Visa: clean(p.Visa), IMGFriendly: clean(p.IMGFriendly), Priority: p.Priority,
		Score: r.Score, Fit: r.Fit, Relationships: r.People, Presence: r.Here,
		Why: cleanAll(r.Why), NextStep: clean(r.Next), Introducers: cleanAll(r.Introducers),
		Contacts: []jsonContact{}, Presenters: []jsonPresent{}, NoData: r.NoData, Cover: string(r.Cover), Gap: r.Gap, PlanWeight: r.Weight}
	for _, c := range r.Contacts {
		jc := jsonContact{Name: clean(c.Contact.Name), Role: clean(c.Contact.Role), Email: clean(c.Contact.Email), Response: string(c.Response),
			Met: c.Met, Sent: c.Sent, Answered: c.Answered, Points: c.Points, Warm: c.Warm}
		if c.Pending != nil {
			jc.Pending = c.Pending.Status
		}
		j.Contacts = append(j.Contacts, jc)
	}
	for _, a := range r.Presenters {
		j.Presenters = append(j.Presenters, jsonPresent{Who: clean(a.Who), Role: string(a.Role), ItemID: clean(a.Item.ID), Kind: string(a.Item.Kind),
			Title: clean(a.Item.Title), Start: a.Item.Start.Format(time.RFC3339), Room: clean(a.Item.Room), Board: clean(a.Item.Board), Contact: a.Contact >= 0})
	}
	return j
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func cleanAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = clean(s)
	}
	return out
}

// WriteProgramsJSON writes {"programs":[...],"notes":[...]}: each program
// with its rank, score and parts (fit, relationships, presence), why,
// next_step, introducers, its contacts and presenters, and the plan's
// weight for it.
func WriteProgramsJSON(w io.Writer, s *planner.Shortlist) error {
	out := struct {
		Programs []jsonProgram `json:"programs"`
		Notes    []string      `json:"notes"`
	}{Programs: []jsonProgram{}, Notes: nonNil(s.Notes)}
	for _, r := range s.Programs {
		out.Programs = append(out.Programs, programJSON(r))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// WriteProgramsCSV writes one row per program: rank, program, city,
// state, source, score, fit, relationships, presence, why, next step,
// introducers (lists joined with "; "). Cells that a spreadsheet would
// run as a formula are neutralized.
func WriteProgramsCSV(w io.Writer, s *planner.Shortlist) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"rank", "program", "city", "state", "source", "score", "fit", "relationships", "presence", "why", "next_step", "introducers", "plan_weight"})
	for _, r := range s.Programs {
		j := programJSON(r)
		row := []string{strconv.Itoa(j.Rank), j.Program, j.City, j.State, j.Source, strconv.Itoa(j.Score), strconv.Itoa(j.Fit),
			strconv.Itoa(j.Relationships), strconv.Itoa(j.Presence), strings.Join(j.Why, "; "), j.NextStep, strings.Join(j.Introducers, "; "), strconv.Itoa(j.PlanWeight)}
		for _, i := range []int{1, 2, 3, 9, 10, 11} { // the text columns
			row[i] = neutralizeCell(row[i])
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}
