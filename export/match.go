package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// MatchReport is what confplan match shows: the targets found in the
// program's items, and the targets not found.
type MatchReport struct {
	Meeting   *planner.Meeting
	Targets   *planner.Targets
	Matches   []planner.Match // in item order, as planner.Matcher.Match returns them
	Interests []string        // --interests, flagged on each item
}

// matchRow is one match with its item.
type matchRow struct {
	m          planner.Match
	it         *planner.Item
	networking bool
	interests  []string
}

func (r *MatchReport) rows() []matchRow {
	idx := r.Meeting.Index()
	rows := make([]matchRow, 0, len(r.Matches))
	for _, m := range r.Matches {
		i, ok := idx[m.ItemID]
		if !ok {
			continue
		}
		it := &r.Meeting.Items[i]
		rows = append(rows, matchRow{m: m, it: it, networking: planner.IsNetworking(it), interests: planner.InterestHits(it, r.Interests)})
	}
	return rows
}

type jsonMatch struct {
	ItemID     string   `json:"item_id"`
	ItemKind   string   `json:"item_kind"`
	ItemTitle  string   `json:"item_title"`
	Start      string   `json:"start"`
	End        string   `json:"end"`
	Room       string   `json:"room"`
	Board      string   `json:"board,omitempty"`
	Target     string   `json:"target"`
	TargetType string   `json:"target_type"`
	Role       string   `json:"role"`
	Who        string   `json:"who"`
	Score      float64  `json:"score"`
	Evidence   string   `json:"evidence"`
	Networking bool     `json:"networking"`
	Interests  []string `json:"interests"`
}

func (row matchRow) json() jsonMatch {
	in := row.interests
	if in == nil {
		in = []string{}
	}
	return jsonMatch{
		ItemID: row.it.ID, ItemKind: string(row.it.Kind), ItemTitle: row.it.Title,
		Start: row.it.Start.Format(time.RFC3339), End: row.it.End.Format(time.RFC3339),
		Room: row.it.Room, Board: row.it.Board,
		Target: row.m.Target, TargetType: string(row.m.TargetType), Role: string(row.m.Role), Who: row.m.Who,
		Score: row.m.Score, Evidence: row.m.Evidence, Networking: row.networking, Interests: in,
	}
}

// WriteMatchJSON writes {"matches":[...]}: one object per (item, target)
// pair with item_id, item_kind, item_title, start, end (RFC 3339), room,
// target (as in the user's file), target_type (faculty or program), role,
// score and evidence, plus who, board, networking and interests.
//
// Like the table, it also lists not_at_meeting: the targets with no
// appearance (target, target_type, institution), and, with --interests,
// interest_items: the items on the user's topics (item_id, item_title,
// start, end, room, interests).
func WriteMatchJSON(w io.Writer, r *MatchReport) error {
	type absent struct {
		Target      string `json:"target"`
		TargetType  string `json:"target_type"`
		Institution string `json:"institution,omitempty"`
	}
	type interestItem struct {
		ItemID    string   `json:"item_id"`
		ItemTitle string   `json:"item_title"`
		Start     string   `json:"start"`
		End       string   `json:"end"`
		Room      string   `json:"room"`
		Interests []string `json:"interests"`
	}
	out := struct {
		Matches       []jsonMatch    `json:"matches"`
		NotAtMeeting  []absent       `json:"not_at_meeting"`
		InterestItems []interestItem `json:"interest_items,omitempty"`
	}{Matches: []jsonMatch{}, NotAtMeeting: []absent{}}
	seen := map[planner.TargetType]map[int]bool{planner.TargetPerson: {}, planner.TargetProgram: {}}
	for _, row := range r.rows() {
		out.Matches = append(out.Matches, row.json())
		seen[row.m.TargetType][row.m.TargetIndex] = true
	}
	for i, c := range r.Targets.People {
		if !seen[planner.TargetPerson][i] {
			out.NotAtMeeting = append(out.NotAtMeeting, absent{c.Name, string(planner.TargetPerson), c.Institution})
		}
	}
	for i, p := range r.Targets.Programs {
		if !seen[planner.TargetProgram][i] {
			out.NotAtMeeting = append(out.NotAtMeeting, absent{Target: p.Name, TargetType: string(planner.TargetProgram)})
		}
	}
	for i := range r.Meeting.Items {
		it := &r.Meeting.Items[i]
		if hits := planner.InterestHits(it, r.Interests); len(hits) > 0 {
			out.InterestItems = append(out.InterestItems, interestItem{it.ID, it.Title, it.Start.Format(time.RFC3339), it.End.Format(time.RFC3339), it.Room, hits})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// WriteMatchCSV writes the matches as CSV with the JSON's fields as
// columns; interests are joined with "; ".
func WriteMatchCSV(w io.Writer, r *MatchReport) error {
	cw := newCSV(w)
	cw.Write([]string{"item_id", "item_kind", "item_title", "start", "end", "room", "board", "target", "target_type", "role", "who", "score", "evidence", "networking", "interests"})
	for _, row := range r.rows() {
		j := row.json()
		cw.Write([]string{j.ItemID, j.ItemKind, j.ItemTitle, j.Start, j.End, j.Room, j.Board, j.Target, j.TargetType, j.Role, j.Who,
			strconv.FormatFloat(j.Score, 'f', 2, 64), j.Evidence, strconv.FormatBool(j.Networking), strings.Join(j.Interests, "; ")})
	}
	cw.Flush()
	return cw.Error()
}

// WriteMatchTable writes the matches grouped by target, people first then
// programs, in the user's order: where each appears (day, time, room,
// item, role). Targets with no appearance follow, as a list.
func WriteMatchTable(w io.Writer, r *MatchReport) error {
	rows := r.rows()
	type key struct {
		typ planner.TargetType
		idx int
	}
	group := make(map[key][]matchRow)
	for _, row := range rows {
		k := key{row.m.TargetType, row.m.TargetIndex}
		group[k] = append(group[k], row)
	}
	var keys []key
	var labels []string
	for i, c := range r.Targets.People {
		keys = append(keys, key{planner.TargetPerson, i})
		label := c.Name
		if c.Institution != "" {
			label += " (" + c.Institution + ")"
		}
		labels = append(labels, label)
	}
	for i, p := range r.Targets.Programs {
		keys = append(keys, key{planner.TargetProgram, i})
		labels = append(labels, p.Name+" (program)")
	}
	var table [][]string
	var missing []string
	missingPeople := 0
	for i, k := range keys {
		g := group[k]
		if len(g) == 0 {
			missing = append(missing, labels[i])
			if k.typ == planner.TargetPerson {
				missingPeople++
			}
			continue
		}
		for j, row := range g {
			label := ""
			if j == 0 {
				label = fmt.Sprintf("%s\n%d item(s)", labels[i], len(g))
			}
			role := string(row.m.Role)
			if k.typ == planner.TargetProgram {
				role += ": " + row.m.Who
			}
			title := row.it.Title
			if b := row.it.Board; b != "" {
				if _, err := strconv.Atoi(b); err == nil {
					b = "board " + b
				}
				title += " [" + b + "]"
			}
			var notes []string
			if row.networking {
				notes = append(notes, "networking")
			}
			notes = append(notes, row.interests...)
			table = append(table, []string{label, row.it.Start.Format("Mon 2 Jan"), clockRange(row.it.Start, row.it.End), row.it.Room,
				string(row.it.Kind) + ": " + title, role, strings.Join(notes, ", ")})
		}
	}
	if len(table) > 0 {
		if err := writeTable(w, []string{"Target", "Day", "Time", "Room", "Item", "Role", "Notes"}, table); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(w, "No target appears in the program.")
	}
	if len(missing) > 0 {
		fmt.Fprintf(w, "\nNot at this meeting as far as the program shows (%d):\n", len(missing))
		for _, m := range missing {
			fmt.Fprintf(w, "  - %s\n", m)
		}
		if missingPeople > 0 {
			fmt.Fprintln(w, "Why is someone not found? --explain NAME lists the printed names that come close.")
		}
	}
	if len(r.Interests) > 0 {
		var extra [][]string
		for i := range r.Meeting.Items {
			it := &r.Meeting.Items[i]
			if hits := planner.InterestHits(it, r.Interests); len(hits) > 0 {
				extra = append(extra, []string{it.Start.Format("Mon 2 Jan"), clockRange(it.Start, it.End), it.Room, string(it.Kind) + ": " + it.Title, strings.Join(hits, ", ")})
			}
		}
		fmt.Fprintf(w, "\nItems on your interests (%s): %d\n", strings.Join(r.Interests, ", "), len(extra))
		if len(extra) > 0 {
			return writeTable(w, []string{"Day", "Time", "Room", "Item", "Interests"}, extra)
		}
	}
	return nil
}

// Explanation is what `match --explain NAME` shows: how the name model
// reads one contact's name, and every printed person that shares a
// surname reading with it, found or not, with the reason.
type Explanation struct {
	Contact     planner.Contact
	Readings    []string
	Institution []string // how the contact's Institution is read (Matcher.InstitutionOf)
	Misses      []planner.NearMiss
	Meeting     *planner.Meeting
}

// WriteExplain writes an explanation as text: the readings, then the
// people found, then the near misses with the reason each was rejected.
func WriteExplain(w io.Writer, ex *Explanation) error {
	label := ex.Contact.Name
	if ex.Contact.Institution != "" {
		label += " (" + ex.Contact.Institution + ")"
	}
	fmt.Fprintf(w, "%s\n", oneLine(label))
	for _, r := range ex.Readings {
		fmt.Fprintf(w, "  read as: %s\n", r)
	}
	for _, in := range ex.Institution {
		fmt.Fprintf(w, "  institution: %s\n", oneLine(in))
	}
	var found, missed []planner.NearMiss
	for _, nm := range ex.Misses {
		if nm.Found {
			found = append(found, nm)
		} else {
			missed = append(missed, nm)
		}
	}
	idx := ex.Meeting.Index()
	line := func(nm planner.NearMiss) {
		where := nm.ItemID
		if i, ok := idx[nm.ItemID]; ok {
			it := &ex.Meeting.Items[i]
			where = fmt.Sprintf("%s %s %s", it.Start.Format("Mon 2 Jan 15:04"), it.ID, it.Title)
		}
		who := nm.Who
		if len(nm.Affiliations) > 0 {
			who += " (" + strings.Join(nm.Affiliations, "; ") + ")"
		}
		fmt.Fprintf(w, "  %s\n    %s\n    %s\n", oneLine(where), oneLine(who), oneLine(nm.Reason))
	}
	fmt.Fprintf(w, "\nFound (%d):\n", len(found))
	for _, nm := range found {
		line(nm)
	}
	fmt.Fprintf(w, "\nNear misses, not taken (%d):\n", len(missed))
	for _, nm := range missed {
		line(nm)
	}
	if len(ex.Misses) == 0 {
		fmt.Fprintln(w, "\nNo printed name shares a surname with this contact in any reading.")
	}
	return nil
}

// WriteExplainJSON writes an explanation as
// {"contact":…, "readings":[…], "people":[{item_id, who, affiliations, found, score, reason}]}.
func WriteExplainJSON(w io.Writer, ex *Explanation) error {
	type person struct {
		ItemID       string   `json:"item_id"`
		Who          string   `json:"who"`
		Affiliations []string `json:"affiliations"`
		Found        bool     `json:"found"`
		Score        float64  `json:"score"`
		Reason       string   `json:"reason"`
	}
	out := struct {
		Contact     string   `json:"contact"`
		Institution string   `json:"institution"`
		Readings    []string `json:"readings"`
		ReadAs      []string `json:"institution_read_as"`
		People      []person `json:"people"`
	}{Contact: ex.Contact.Name, Institution: ex.Contact.Institution, Readings: ex.Readings, ReadAs: ex.Institution, People: []person{}}
	if out.ReadAs == nil {
		out.ReadAs = []string{}
	}
	if out.Readings == nil {
		out.Readings = []string{}
	}
	for _, nm := range ex.Misses {
		affs := nm.Affiliations
		if affs == nil {
			affs = []string{}
		}
		out.People = append(out.People, person{nm.ItemID, nm.Who, affs, nm.Found, nm.Score, nm.Reason})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
