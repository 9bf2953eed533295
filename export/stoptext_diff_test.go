package export

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// The notes of a stop as stopText wrote them before it appended to a
// reused buffer (with a strings.Builder grown to oldStopTextSize);
// TestStopTextDiff and FuzzStopTextDiff compare the two.

// oldStopText is a stop's DESCRIPTION, in the order a phone's notes are
// read standing in a corridor: whom to find, where, and what to ask;
// then when, in conference time; then everyone else at the stop, the
// posters or talks it covers, and last how its value adds up.
func oldStopText(s *planner.Stop, opt CalendarOptions, nm *names) string {
	loc := localZone(opt, s.Start)
	var b strings.Builder
	b.Grow(oldStopTextSize(s)) // about what a stop's notes take
	where := oneLine(s.Room)
	var boards, notes map[string]string // a walk's boards and ifTime notes
	if s.Walk {
		boards, notes = boardsOf(s), walkNotes(s)
	}
	if len(s.Points) > 0 {
		p := &s.Points[0]
		oldWritePointHeader(&b, p, nm)
		b.WriteString("\n")
		if s.Walk {
			if bd := boards[p.ItemID]; bd != "" {
				where = strings.TrimSpace(strings.Trim(bd, " ()")) + ", " + where
			}
		}
		if where != "" {
			oldWriteLine(&b, "Where: ", where)
		}
		oldWriteLine(&b, p.Say)
	} else {
		if len(s.Items) > 0 {
			if tip := eventTip(&s.Items[0]); tip != "" {
				b.WriteString(tip + "\n")
			}
		}
		if where != "" {
			oldWriteLine(&b, "Where: ", where)
		}
	}
	oldWriteLine(&b, "When: ", localSpan(s.Start, s.End, loc), " (conference time, ", loc.String(), ")")
	if len(s.Points) > 1 {
		b.WriteString("\nAlso here:\n")
		for i, p := range s.Points[1:] {
			if i+1 == fullPoints && s.Walk {
				// More people than an hour in the hall has room for: the
				// rest by name and board, strongest first.
				b.WriteString("Also in the hall, if time allows:\n")
			}
			if i+1 >= fullPoints && s.Walk {
				q := p
				q.ItemTitle = ""
				b.WriteString("• ")
				oldWritePointHeader(&b, &q, nm)
				oldWriteLine(&b, boards[p.ItemID])
				continue
			}
			b.WriteString("• ")
			oldWritePointHeader(&b, &p, nm)
			oldWriteLine(&b, "\n  ", p.Say)
		}
	}
	if s.Walk {
		// The route. A poster whose title a point above already quotes gets
		// its title in short, so a walk through thirty boards stays short
		// enough for every calendar's notes.
		b.WriteString("\nPosters, in board order:\n")
		sessions := make(map[string]bool)
		for _, it := range s.Items {
			sessions[it.Session] = true
		}
		quoted := quotedItems(s, fullPoints)
		lastSession, lastCode := "", "" // posters in board order come session by session
		for _, it := range s.Items {
			code := ""
			if len(sessions) > 1 {
				if it.Session != lastSession || lastCode == "" {
					lastSession, lastCode = it.Session, planner.SessionCode(it.Session)
				}
				code = lastCode
			}
			title := it.Title
			if quoted[it.ID] {
				title = shortTitle(oneLine(title), 40)
			}
			oldWriteLine(&b, "• ", oldBoardLabel(&it, code), title, notes[it.ID])
		}
	} else if len(s.Items) > 1 {
		b.WriteString("\nInside, with your targets:\n")
		for _, it := range s.Items[1:] {
			oldWriteLine(&b, "• ", it.Start.In(loc).Format("15:04"), " ", it.Title)
		}
	}
	why := s.Why
	if len(why) > 6 {
		why = append(why[:5:5], fmt.Sprintf("and %d more ('confplan plan --explain' lists them)", len(s.Why)-5))
	}
	b.WriteString("\nWhy (value " + strconv.Itoa(s.Value) + "): " + strings.Join(why, "; "))
	return b.String()
}

// oldStopTextSize is about what stopText writes, a little more rather than
// less, so its buffer grows once.
func oldStopTextSize(s *planner.Stop) int {
	n := 512
	for i := range s.Points {
		p := &s.Points[i]
		n += 64 + len(p.ItemTitle) + len(p.Target) + len(p.Who) + len(p.Institution) + len(p.Program) + len(p.Role)
		if i < fullPoints || !s.Walk {
			n += len(p.Say) // the rest of a walk's points name their board alone
		}
	}
	for i := range s.Items {
		n += 64 + len(s.Items[i].Title)
	}
	for _, w := range s.Why {
		n += 2 + len(w)
	}
	return n
}

// oldWriteLine writes parts and a newline to b.
func oldWriteLine(b *strings.Builder, parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
	b.WriteByte('\n')
}

// oldWritePointHeader writes a point's header to b: "Ana De La Cruz —
// Associate Program Director, University of Miami (P1), speaker:
// “title”", without the title when the point already asks about it by
// name.
func oldWritePointHeader(b *strings.Builder, p *planner.TalkingPoint, nm *names) {
	if p.TargetType == planner.TargetProgram {
		who := p.Who
		if who == "" {
			who = "someone"
		}
		b.WriteString(who)
		b.WriteString(" — from ")
		b.WriteString(p.Program)
		b.WriteString(" (")
		b.WriteString(prioText(p.Priority))
		b.WriteString(")")
	} else {
		b.WriteString(nm.Display(p.Target))
		var about []string
		if p.Role != "" {
			about = append(about, p.Role)
		}
		inst := p.Institution
		if p.Program != "" && !strings.EqualFold(p.Program, inst) {
			inst += " — " + p.Program
		}
		if inst != "" {
			about = append(about, inst)
		}
		b.WriteString(" — ")
		b.WriteString(strings.Join(about, ", "))
		b.WriteString(" (")
		b.WriteString(prioText(p.Priority))
		b.WriteString(")")
	}
	if p.Part != "" {
		b.WriteString(", ")
		b.WriteString(string(p.Part))
	}
	// A poster's point already asks about it by title.
	if t := oneLine(p.ItemTitle); t != "" && !quotes(p.Say, t) {
		b.WriteString(": “")
		b.WriteString(t)
		b.WriteString("”")
	}
}

// TestStopTextDiff compares stopText and description with the old
// stopText on every stop of the synthetic meetings' plans, with and
// without a zone, one buffer reused across them all.
func TestStopTextDiff(t *testing.T) {
	var buf []byte
	for _, k := range []int{1, 3} {
		d := synth.Meeting(synth.Scale(k))
		matches := planner.NewMatcher(d.Targets, planner.MatchOptions{}).Match(d.Meeting.Items)
		p, err := planner.MakePlan(d.Meeting, d.Targets, matches, planner.PlanOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, zone := range []*time.Location{d.Meeting.Zone, nil} {
			opt := CalendarOptions{Meeting: d.Meeting.Name, Zone: zone}
			nm := newNames(p)
			for _, day := range p.Days {
				for i := range day.Stops {
					s := &day.Stops[i]
					buf = stopText(buf, s, opt, nm)
					want := oldStopText(s, opt, newNames(p))
					if string(buf) != want {
						t.Fatalf("%dx, stop %s: stopText = %.300q, want %.300q", k, s.ID, buf, want)
					}
					if got, want := description(buf), description(want); got != want {
						t.Fatalf("%dx, stop %s: description = %.300q, want %.300q", k, s.ID, got, want)
					}
				}
			}
		}
	}
}

// FuzzStopTextDiff compares stopText with the old one on a walk and a
// session whose texts come from the input, with as many points and
// posters as it asks for (a walk past fullPoints writes the rest short).
func FuzzStopTextDiff(f *testing.F) {
	f.Add("Poster Hall, Exhibit Hall D", "PQA 05 - Head and Neck", "Circulating Tumor DNA; a, b \\ c", "Ask a specific question about the poster “Circulating Tumor DNA; a, b \\ c”", "12", "Dr. Zoë Fernández", uint8(12), true)
	f.Add("Room 3014", "", "Meet the Expert:\r\nProtons", "", "B-3", "", uint8(2), false)
	f.Fuzz(func(t *testing.T, room, session, title, say, board, who string, n uint8, walk bool) {
		s := &planner.Stop{ID: "x", Kind: planner.KindSession, Walk: walk, Title: title, Room: room,
			Start: time.Date(2025, 9, 27, 17, 45, 0, 0, time.UTC), Value: int(n) * 7}
		if walk {
			s.Kind = planner.KindPoster
		}
		for i := 0; i < int(n%40); i++ {
			id := strconv.Itoa(i)
			s.End = s.Start.Add(time.Hour)
			s.Items = append(s.Items, planner.Item{ID: id, Kind: planner.KindPoster, Title: title + id, Board: board + id, Session: session + strconv.Itoa(i%3), Start: s.Start})
			tt := planner.TargetPerson
			if i%2 == 1 {
				tt = planner.TargetProgram
			}
			s.Points = append(s.Points, planner.TalkingPoint{TargetType: tt, Target: who + id, Who: who, Program: session, Role: board, Priority: i % 4,
				ItemID: id, ItemTitle: title + id, Say: say + "“" + title + id + "”"})
			s.Credits = append(s.Credits, planner.Credit{ItemID: id, Match: planner.Match{ItemID: id, TargetType: tt, Target: who + id, Role: planner.RoleAuthor}})
			s.Why = append(s.Why, fmt.Sprintf("%s: +%d", say, i))
		}
		opt := CalendarOptions{Zone: time.FixedZone("PDT", -7*3600)}
		got := stopText([]byte("left over"), s, opt, newNames(nil))
		want := oldStopText(s, opt, newNames(nil))
		if string(got) != want {
			t.Fatalf("stopText = %q, want %q", got, want)
		}
		if description(got) != description(want) {
			t.Fatalf("description differs for %q", want)
		}
	})
}
