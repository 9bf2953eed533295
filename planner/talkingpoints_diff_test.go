package planner

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// oldTalkingPoints is talkingPoints as it was before the stop's points
// shared one string of words and the cache's scratch (maps per stop, a
// string per sentence joined per point); the differential test and the
// fuzz target compare the two.
func oldTalkingPoints(s *Stop, t *Targets, pc *pointCache) []TalkingPoint {
	out := make([]TalkingPoint, 0, len(s.Credits))
	people := make(map[string]bool)
	printed := make(map[int][]string)
	programOf := make(map[string]*Program)
	whoKey := make([]string, len(s.Credits))
	for i, c := range s.Credits {
		whoKey[i] = normWords(c.Match.Who)
	}
	for i, c := range s.Credits {
		switch c.Match.TargetType {
		case TargetPerson:
			who := whoKey[i]
			people[who] = true
			people[pc.norm(t.People[c.Match.TargetIndex].Name)] = true
			printed[c.Match.TargetIndex] = append(printed[c.Match.TargetIndex], who)
		case TargetProgram:
			if who := whoKey[i]; programOf[who] == nil {
				programOf[who] = &t.Programs[c.Match.TargetIndex]
			}
		}
	}
	items := indexItems(s)
	for i, c := range s.Credits {
		if c.Match.TargetType == TargetProgram && c.Match.Who != "" && people[whoKey[i]] {
			continue
		}
		it := items.item(c.ItemID)
		tp := TalkingPoint{
			TargetType: c.Match.TargetType,
			Target:     c.Match.Target,
			Who:        c.Match.Who,
			Part:       c.Match.Role,
			ItemID:     it.ID,
			ItemTitle:  it.Title,
		}
		var say []string
		switch c.Match.TargetType {
		case TargetPerson:
			ct := &t.People[c.Match.TargetIndex]
			tp.Target, tp.Role, tp.Institution, tp.Priority = ct.Name, ct.Role, ct.Institution, ct.Priority
			if tp.Who == "" {
				tp.Who = ct.Name
			}
			prog := oldProgramFor(pc, ct, printed[c.Match.TargetIndex], programOf)
			if prog != nil {
				tp.Program = prog.Name
			}
			class := roleClass(ct.Role)
			switch {
			case it.Kind == KindPoster:
				say = append(say, oldPosterAsk(it))
			case onStage(c.Match.Role) && class != classResident && (it.Kind == KindTalk || it.Kind == KindSession):
				say = append(say, "Ask a question on the talk "+quote(it.Title)+" — how its results change practice, or what comes next.")
			}
			switch class {
			case classPD:
				say = append(say, visaAsk(prog))
			case classResident:
				say = append(say, "Ask one or two quick questions about your program: a typical week, research time, how residents are supported.")
			}
			if ns := strings.TrimSpace(ct.NextStep); ns != "" {
				say = append(say, "Your next step: "+strings.TrimSuffix(ns, ".")+".")
			}
			if len(say) == 0 {
				say = append(say, "Say hello, remind them how you know them, and ask whether you may follow up by email.")
			}
		case TargetProgram:
			p := &t.Programs[c.Match.TargetIndex]
			tp.Target, tp.Program, tp.Institution, tp.Priority = p.Name, p.Name, p.Name, p.Priority
			who := c.Match.Who
			if who == "" {
				who = "Someone"
			}
			switch {
			case it.Kind == KindPoster && onStage(c.Match.Role):
				say = append(say, who+" is from "+p.Name+". "+oldPosterAsk(it))
			case it.Kind == KindPoster:
				say = append(say, who+", a co-author from "+p.Name+", may not be at the board: ask whoever presents a specific question about the poster "+
					quote(it.Title)+oldBoardNote(it)+", and whether you may follow up with "+who+" by email.")
			default:
				say = append(say, who+" ("+partWord(c.Match.Role)+") is from "+p.Name+": introduce yourself after the session and ask what the program looks for in applicants"+visaNote(p)+".")
			}
		}
		tp.Say = strings.Join(say, " ")
		out = append(out, tp)
	}
	return out
}

func oldProgramFor(pc *pointCache, ct *Contact, printed []string, programOf map[string]*Program) *Program {
	if p := programOf[pc.norm(ct.Name)]; p != nil {
		return p
	}
	for _, n := range printed {
		if p := programOf[n]; p != nil {
			return p
		}
	}
	p, ok := pc.insts[ct.Institution]
	if !ok {
		p = pc.programs.lookup(ct.Institution)
		pc.insts[ct.Institution] = p
	}
	return p
}

func oldPosterAsk(it *Item) string {
	return posterAskHead + "“" + OneSpaced(it.Title) + "”" + oldBoardNote(it) + posterAskTail
}

func oldBoardNote(it *Item) string {
	b := strings.TrimSpace(it.Board)
	if b == "" {
		return ""
	}
	if strings.Trim(b, "0123456789") == "" {
		b = "board " + b
	}
	return " (" + b + ")"
}

// TestTalkingPointsDiff plans generated programs (with and without
// explanations, so every candidate's credits are made) and holds each
// stop's points, made by one cache across the plan, to the old ones, made
// by another.
func TestTalkingPointsDiff(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		items, tg := genProgram(1, seed)
		SortItems(items)
		m := &Meeting{Name: "gen", Items: items}
		matches := NewMatcher(tg, MatchOptions{}).Match(items)
		for _, opt := range []PlanOptions{{}, {Explain: true, Buffer: 10 * time.Minute, Interests: []string{"SBRT", "proton"}}} {
			p, err := MakePlan(m, tg, matches, opt)
			if err != nil {
				t.Fatal(err)
			}
			pc, opc := newPointCache(newProgramIndex(tg)), newPointCache(newProgramIndex(tg))
			n := 0
			for _, d := range p.Days {
				for i := range d.Stops {
					s := d.Stops[i]
					got, want := talkingPoints(&s, tg, pc), oldTalkingPoints(&s, tg, opc)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("seed %d, stop %s: points differ:\n got %+v\nwant %+v", seed, s.ID, got, want)
					}
					if !reflect.DeepEqual(s.Points, want) {
						t.Fatalf("seed %d, stop %s: the plan's points differ from the old ones", seed, s.ID)
					}
					n += len(want)
				}
			}
			if n < 100 {
				t.Fatalf("seed %d: only %d points compared", seed, n)
			}
		}
	}
}

// FuzzTalkingPointsDiff builds a stop of a session with a talk and two
// posters, credited to two people and two programs through the fuzzed
// names, titles, boards, roles and visas, and compares the points (made
// twice by one cache, as stops follow one another) with the old ones.
func FuzzTalkingPointsDiff(f *testing.F) {
	f.Add("Ana De La Cruz", "Program Director", "Ana de la Cruz", "Dr. Ana De La Cruz", "MD Anderson Cancer Center", "email her.", "J-1; H-1B", "SBRT  for  lung\tcancer", "12", "speaker", "presenting author", uint8(0))
	f.Add("Bo Li", "Resident", "", "bo li", "", "", "none", "", " A3 ", "", "author", uint8(255))
	f.Add("Zoë Ng", "Faculty", "Zoë Ng", "Someone", "Mayo Clinic", "  ", "", "“Quoted” title", "", "moderator", "panelist", uint8(7))
	f.Fuzz(func(t *testing.T, name, role, who1, who2, inst, next, visa, title, board, part1, part2 string, kinds uint8) {
		tg := &Targets{
			People: []Contact{{Name: name, Role: role, Institution: inst, NextStep: next, Priority: 1}, {Name: who2, Role: "Program Director", Institution: title}},
			Programs: []Program{{Name: inst, Visa: visa, Priority: 2, Aliases: []string{who1}},
				{Name: title, Visa: board}},
		}
		kind := func(bit uint) Kind {
			return [...]Kind{KindTalk, KindPoster, KindSession, KindEvent}[(kinds>>bit)&3]
		}
		s := Stop{ID: "S", Items: []Item{
			{ID: "S", Kind: kind(0), Title: title, Board: board},
			{ID: "T", Kind: kind(2), Title: name + " " + title, Board: who1},
			{ID: "P1", Kind: kind(4), Title: who2, Board: board + "0"},
			{ID: "P2", Kind: kind(6), Title: inst, Board: ""},
		}}
		s.Credits = []Credit{
			{Match: Match{TargetType: TargetPerson, TargetIndex: 0, Who: who1, Role: Role(part1)}, ItemID: "S"},
			{Match: Match{TargetType: TargetProgram, TargetIndex: 0, Who: who1, Role: Role(part2)}, ItemID: "T"},
			{Match: Match{TargetType: TargetProgram, TargetIndex: 1, Who: who2, Role: Role(part1)}, ItemID: "P1"},
			{Match: Match{TargetType: TargetPerson, TargetIndex: 1, Who: who2, Role: Role(part2)}, ItemID: "P2"},
			{Match: Match{TargetType: TargetProgram, TargetIndex: 1, Who: "", Role: Role(part2)}, ItemID: "P2"},
			{Match: Match{TargetType: TargetPerson, TargetIndex: 0, Who: "", Role: RoleSpeaker}, ItemID: "T"},
		}
		pc, opc := newPointCache(newProgramIndex(tg)), newPointCache(newProgramIndex(tg))
		for range 2 {
			got, want := talkingPoints(&s, tg, pc), oldTalkingPoints(&s, tg, opc)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("points differ:\n got %+v\nwant %+v", got, want)
			}
		}
	})
}
