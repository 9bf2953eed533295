package export

import (
	"bufio"
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
	bw := bufio.NewWriter(w)
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
				rows = append(rows, []string{planSpan(s.Start, s.End, loc), oneLine(s.Room), stopTitle(&s), whoCell(&s), whyCell(&s)})
			}
			if err := writeTableWidth(bw, planCell, []string{"Time", "Room", "Title", "Who", "Why"}, rows); err != nil {
				return err
			}
		}
		titles := make(map[string]string)
		for _, s := range d.Stops {
			titles[s.ID] = s.Title
		}
		if dropped := d.Dropped(); len(dropped) > 0 {
			bw.WriteString("Dropped for conflicts:\n")
			rows := make([][]string, 0, len(dropped))
			for _, e := range dropped {
				var lost []string
				for _, id := range e.Against {
					lost = append(lost, oneLine(titles[id]))
				}
				rows = append(rows, []string{planSpan(e.Start, e.End, loc), oneLine(e.Title), strconv.Itoa(e.Value), strings.Join(lost, "\n")})
			}
			if err := writeTableWidth(bw, planCell, []string{"Time", "Title", "Value", "Lost to"}, rows); err != nil {
				return err
			}
		}
		if opt.Explain {
			fmt.Fprintf(bw, "Every candidate on %s:\n", d.Day)
			rows := make([][]string, 0, len(d.Explain))
			for _, e := range d.Explain {
				mark := "dropped"
				if e.Chosen {
					mark = "chosen"
				}
				rows = append(rows, []string{planSpan(e.Start, e.End, loc), e.ID, oneLine(e.Title), strconv.Itoa(e.Value), strings.Join(e.Why, "\n"), mark + ": " + strings.TrimPrefix(strings.TrimPrefix(e.Reason, "dropped: "), "chosen: ")})
			}
			if err := writeTableWidth(bw, planCell, []string{"Time", "ID", "Title", "Value", "Why", "Verdict"}, rows); err != nil {
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

// planCell is the widest a plan table's cell grows before its text wraps
// at word boundaries.
const planCell = 30

func planSpan(start, end time.Time, loc *time.Location) string {
	return start.In(loc).Format("15:04") + "–" + end.In(loc).Format("15:04")
}

func stopTitle(s *planner.Stop) string {
	t := oneLine(s.Title)
	if s.Must {
		t += " (pinned)"
	}
	if s.Walk {
		var boards []string
		for _, it := range s.Items {
			if b := boardName(&it); b != "" {
				boards = append(boards, b)
			} else {
				boards = append(boards, "#"+it.ID)
			}
		}
		t += "\n" + strings.Join(boards, ", ")
	}
	return t
}

// whoCell lists the targets at a stop, strongest first, at most four.
func whoCell(s *planner.Stop) string {
	var out []string
	for i, p := range s.Points {
		if i == 4 {
			out = append(out, fmt.Sprintf("+%d more", len(s.Points)-4))
			break
		}
		if p.TargetType == planner.TargetProgram {
			who := p.Who
			if who == "" {
				who = "someone"
			}
			out = append(out, fmt.Sprintf("%s (%s)", who, p.Program))
			continue
		}
		role := p.Role
		if role == "" {
			role = "contact"
		}
		out = append(out, fmt.Sprintf("%s (%s)", p.Target, role))
	}
	return strings.Join(out, "\n")
}

// whyCell is the stop's value and its strongest reasons in short.
func whyCell(s *planner.Stop) string {
	var parts []string
	for i, c := range s.Credits {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("+%d more", len(s.Credits)-3))
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
		parts = append(parts, fmt.Sprintf("%s %s, %s", prioText(c.Priority), what, part))
	}
	for _, w := range s.Why {
		if strings.HasPrefix(w, "networking") || strings.HasPrefix(w, "interest") {
			parts = append(parts, strings.SplitN(w, ":", 2)[0])
		}
	}
	return strconv.Itoa(s.Value) + ": " + strings.Join(parts, "; ")
}
