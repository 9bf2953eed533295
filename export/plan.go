package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// TableOptions tune the terminal view of a plan.
type TableOptions struct {
	Zone    *time.Location // the conference zone; nil means the items' own
	Explain bool           // also list every candidate with its value and why
}

// WritePlan writes each day of the plan as a table — time, room, title,
// who, why — then what was dropped for conflicts and what won instead.
// With Explain, every candidate follows with its value and the reason it
// was chosen or left out.
func WritePlan(w io.Writer, p *planner.Plan, opt TableOptions) error {
	bw := newBuffered(w) // keeps the terminal width for the tables
	tb := newTables(bw)
	nm := newNames(p)
	if len(p.Days) == 0 {
		bw.WriteString("No day to plan: no item on the days asked for.\n")
		return bw.Flush()
	}
	for i, d := range p.Days {
		if i > 0 {
			bw.WriteString("\n")
		}
		loc := opt.Zone
		if loc == nil {
			loc = time.UTC
			if len(d.Stops) > 0 {
				loc = d.Stops[0].Start.Location()
			}
		}
		day, _ := time.ParseInLocation("2006-01-02", d.Day, loc)
		stops := "stops"
		if len(d.Stops) == 1 {
			stops = "stop"
		}
		fmt.Fprintf(bw, "%s — %d %s, value %d\n", day.Format("Monday 2 January 2006"), len(d.Stops), stops, d.Value)
		if len(d.Stops) == 0 {
			bw.WriteString("Nothing with a target or an interest on this day.\n")
		} else {
			rows := make([][]string, 0, len(d.Stops))
			for _, s := range d.Stops {
				rows = append(rows, []string{planSpan(s.Start, s.End, loc), oneLine(s.Room), stopTitle(&s), whoCell(&s, nm), whyCell(&s)})
			}
			if err := tb.write(planCell, []string{"Time", "Room", "Title", "Who", "Why"}, rows); err != nil {
				return err
			}
		}
		chosen := make(map[string]*planner.Stop)
		for i := range d.Stops {
			chosen[d.Stops[i].ID] = &d.Stops[i]
		}
		var dropped []*planner.Explain
		fillers, talks := 0, 0
		lost := make(map[string]bool)
		for i := range d.Explain {
			if e := &d.Explain[i]; e.Lost() {
				lost[e.ID] = true
			}
		}
		for i := range d.Explain {
			e := &d.Explain[i]
			if !e.Lost() {
				continue
			}
			switch {
			case opt.Explain:
			case e.Filler:
				fillers++
				continue
			case e.Parent != "" && lost[e.Parent]:
				// Its session's row stands for it.
				talks++
				continue
			}
			dropped = append(dropped, e)
		}
		if len(dropped) > 0 {
			bw.WriteString("Dropped for conflicts:\n")
			rows := make([][]string, 0, len(dropped))
			for _, e := range dropped {
				rows = append(rows, []string{planSpan(e.Start, e.End, loc), oneLine(e.Title), strconv.Itoa(e.Value), lostTo(e, chosen)})
			}
			if err := tb.write(planCell, []string{"Time", "Title", "Value", "Lost to"}, rows); err != nil {
				return err
			}
		}
		var also []string
		if talks > 0 {
			also = append(also, plural(talks, "talk", "talks")+" of the sessions above")
		}
		if fillers > 0 {
			also = append(also, plural(fillers, "networking event", "networking events")+" with none of your targets")
		}
		if len(also) > 0 {
			fmt.Fprintf(bw, "Also dropped: %s (--explain lists them).\n", strings.Join(also, "; "))
		}
		if opt.Explain {
			fmt.Fprintf(bw, "Every candidate on %s:\n", d.Day)
			rows := make([][]string, 0, len(d.Explain))
			for _, e := range d.Explain {
				mark := "dropped"
				switch {
				case e.Chosen:
					mark = "chosen"
				case e.Covered:
					mark = "attended" // with the stop that includes it
				}
				rows = append(rows, []string{planSpan(e.Start, e.End, loc), e.ID, oneLine(e.Title), strconv.Itoa(e.Value), strings.Join(e.Why, "\n"), mark + ": " + strings.TrimPrefix(strings.TrimPrefix(e.Reason, "dropped: "), "chosen: ")})
			}
			if err := tb.write(planCell, []string{"Time", "ID", "Title", "Value", "Why", "Verdict"}, rows); err != nil {
				return err
			}
		}
	}
	if n := len(p.FollowUps); n > 0 {
		fmt.Fprintf(bw, "\n%d follow-up email", n)
		if n != 1 {
			bw.WriteString("s")
		}
		bw.WriteString(" to send 48–72 h after each encounter (see --checklist, --todo or the itinerary).\n")
	}
	return bw.Flush()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// lostTo names the chosen stop a dropped candidate lost to: the most
// valuable one it conflicts with (the first in time among equals), and
// "+N more" for the others.
func lostTo(e *planner.Explain, chosen map[string]*planner.Stop) string {
	var main *planner.Stop
	for _, id := range e.Against {
		if s := chosen[id]; s != nil && (main == nil || s.Value > main.Value) {
			main = s
		}
	}
	if main == nil {
		return ""
	}
	out := oneLine(main.Title)
	if n := len(e.Against) - 1; n > 0 {
		out += "\n+" + strconv.Itoa(n) + " more"
	}
	return out
}

// planCell is the widest a plan table's cell grows before its text wraps
// at word boundaries.
const planCell = 30

func planSpan(start, end time.Time, loc *time.Location) string {
	var b [16]byte
	return string(appendClock(append(appendClock(b[:0], start.In(loc)), "–"...), end.In(loc)))
}

// appendClock appends t's wall clock as Format("15:04") writes it.
func appendClock(b []byte, t time.Time) []byte {
	h, m, _ := t.Clock()
	return append(b, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10))
}

func stopTitle(s *planner.Stop) string {
	t := oneLine(s.Title)
	if s.Must {
		t += " (pinned)"
	}
	if s.Walk {
		if r := walkRoute(s, 12); r != "" {
			t += "\n" + r
		}
	}
	return t
}

// boardNumber reads "Board 12" and "board #12" as 12: the word board in
// any case, a number sign if any, and the digits to the end, with
// spaces, tabs or line breaks between them (as the regular expression
// ^(?i:board)\s*#?\s*(\d+)$ reads it, which a walk's every poster paid
// for).
func boardNumber(label string) (string, bool) {
	if len(label) < len("board0") || !strings.EqualFold(label[:5], "board") {
		return "", false
	}
	i := 5
	space := func() {
		for i < len(label) && strings.IndexByte("\t\n\f\r ", label[i]) >= 0 {
			i++
		}
	}
	space()
	if i < len(label) && label[i] == '#' {
		i++
	}
	space()
	if i == len(label) || strings.Trim(label[i:], "0123456789") != "" {
		return "", false
	}
	return label[i:], true
}

// walkRoute is a poster walk's route in short, session by session in
// board order: "Boards 2, 3, 5" for one session, "PQA 05 board 1; PQA 09
// boards 1, 2" for several (boards are numbered within a session's area),
// "Station 1 ×4" for several posters at one station; after limit labels,
// "+N more".
func walkRoute(s *planner.Stop, limit int) string {
	type group struct {
		code   string
		labels []string
		counts []int
		nums   int
	}
	var groups []*group
	bySession := make(map[string]*group)
	for i := range s.Items {
		it := &s.Items[i]
		g := bySession[it.Session]
		if g == nil {
			g = &group{code: planner.SessionCode(it.Session)}
			bySession[it.Session] = g
			groups = append(groups, g)
		}
		label := strings.TrimSpace(it.Board)
		if n, ok := boardNumber(label); ok {
			label = n // "Board 12", "board #12": 12
		}
		switch {
		case label == "":
			label = "#" + it.ID
		case strings.Trim(label, "0123456789") == "":
			g.nums++
		}
		if n := len(g.labels); n > 0 && g.labels[n-1] == label {
			g.counts[n-1]++
			continue
		}
		g.labels = append(g.labels, label)
		g.counts = append(g.counts, 1)
	}
	var parts []string
	shown, total := 0, 0
	for _, g := range groups {
		total += len(g.labels)
	}
	for _, g := range groups {
		if shown >= limit {
			break
		}
		var ls []string
		for i, l := range g.labels {
			if shown >= limit {
				break
			}
			shown++
			if g.counts[i] > 1 {
				l += fmt.Sprintf(" ×%d", g.counts[i])
			}
			ls = append(ls, l)
		}
		word := ""
		if g.nums > 0 {
			word = "board "
			if len(g.labels) > 1 {
				word = "boards "
			}
		}
		part := word + strings.Join(ls, ", ")
		if len(groups) > 1 && g.code != "" {
			part = g.code + " " + part
		} else if word != "" {
			part = strings.ToUpper(part[:1]) + part[1:]
		}
		parts = append(parts, part)
	}
	out := strings.Join(parts, "; ")
	if total > shown {
		out += fmt.Sprintf(" +%d more", total-shown)
	}
	return out
}

// whoCell lists the targets at a stop, strongest first, at most four; at
// an event for applicants or trainees with none of them, who comes there.
// Its lines are written into one builder.
func whoCell(s *planner.Stop, nm *names) string {
	if len(s.Points) == 0 && len(s.Items) > 0 {
		switch {
		case planner.ApplicantEvent(&s.Items[0]):
			return "program directors and residents meeting applicants"
		case planner.TraineeEvent(&s.Items[0]):
			return "residents and mentors"
		}
	}
	var b strings.Builder
	for i, p := range s.Points {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i == 4 {
			b.WriteByte('+')
			b.WriteString(strconv.Itoa(len(s.Points) - 4))
			b.WriteString(" more")
			break
		}
		if p.TargetType == planner.TargetProgram {
			who := p.Who
			if who == "" {
				who = "someone"
			}
			writeAll(&b, who, " (", p.Program, ")")
			continue
		}
		role := p.Role
		if role == "" {
			role = "contact"
		}
		writeAll(&b, nm.Display(p.Target), " (", role, ")")
	}
	return b.String()
}

// whyCell is the stop's value and its strongest reasons in short, written
// into one builder.
func whyCell(s *planner.Stop) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(s.Value))
	b.WriteString(": ")
	parts := 0
	sep := func() {
		if parts++; parts > 1 {
			b.WriteString("; ")
		}
	}
	for i, c := range s.Credits {
		sep()
		if i == 3 {
			b.WriteByte('+')
			b.WriteString(strconv.Itoa(len(s.Credits) - 3))
			b.WriteString(" more")
			break
		}
		what := "program"
		if c.Match.TargetType == planner.TargetPerson {
			what = "contact"
		}
		part := string(c.Match.Role)
		if part == "" {
			part = "listed"
		}
		writeAll(&b, prioText(c.Priority), " ", what, ", ", part)
	}
	for _, w := range s.Why {
		if strings.HasPrefix(w, "networking") || strings.HasPrefix(w, "applicant event") || strings.HasPrefix(w, "trainee event") || strings.HasPrefix(w, "interest") {
			sep()
			head, _, _ := strings.Cut(w, ":")
			b.WriteString(head)
		}
	}
	return b.String()
}

// writeAll writes parts to b, one after the other.
func writeAll(b *strings.Builder, parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
}
