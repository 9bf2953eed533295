package planner

import (
	"fmt"
	"strings"
)

// TalkingPoint is who will be at a stop and what to say to them.
type TalkingPoint struct {
	TargetType TargetType
	Target     string // the network-map Name or the program, as in the user's file
	Who        string // the name as the program prints it
	// Program is the target program the person belongs to, when known.
	Program     string
	Institution string // the contact's institution, or the program's name
	Role        string // the contact's Role column; "" for a program target
	Part        Role   // speaker, moderator, presenting author, ...
	Priority    int
	ItemID      string // the item they appear in
	ItemTitle   string
	Say         string // what to say or ask
}

// talkingPoints writes one point per target credited at the stop,
// strongest first:
//
//   - a resident: one or two quick questions about their program;
//   - a program director, associate program director or chair: visa
//     sponsorship (J-1/H-1B, with what the programs list says) and what
//     makes an IMG applicant competitive;
//   - a poster author: a specific question about the poster (by title),
//     then ask to follow up by email;
//   - a faculty speaker, moderator or panelist: a question on the talk;
//   - anyone from a target program: who they are and what to ask;
//
// followed by the next step from the network map, when there is one.
// A program credited through a person who is also a network-map target at
// the stop gets no point of its own: the person's point names the program.
func talkingPoints(s *Stop, t *Targets, pc *pointCache) []TalkingPoint {
	out := make([]TalkingPoint, 0, len(s.Credits))
	// The stop's names, in the cache's scratch: the printed names of its
	// people and their contacts' names, normalized; each program credited
	// through a printed name; each person's printed names, in credit order.
	people, programOf := pc.people, pc.programOf
	clear(people)
	clear(programOf)
	// The printed names, normalized, are written into one buffer and
	// cut from one string (printed names seldom repeat: no memo).
	whoKey, printed, keys, keyEnds := pc.whoKey[:0], pc.printed[:0], pc.keys[:0], pc.keyEnds[:0]
	for _, c := range s.Credits {
		keys = appendNormWords(keys, c.Match.Who)
		keyEnds = append(keyEnds, len(keys))
	}
	allKeys := string(keys)
	for k, end := range keyEnds {
		from := 0
		if k > 0 {
			from = keyEnds[k-1]
		}
		whoKey = append(whoKey, allKeys[from:end])
	}
	pc.keys, pc.keyEnds = keys, keyEnds
	for i, c := range s.Credits {
		switch c.Match.TargetType {
		case TargetPerson:
			who := whoKey[i]
			people[who] = true
			people[pc.norm(t.People[c.Match.TargetIndex].Name)] = true
			printed = append(printed, printedName{c.Match.TargetIndex, who})
		case TargetProgram:
			if who := whoKey[i]; programOf[who] == nil {
				programOf[who] = &t.Programs[c.Match.TargetIndex]
			}
		}
	}
	pc.whoKey, pc.printed = whoKey, printed
	// Each point's words go into one buffer, and the stop's points share
	// one string of them: ends[k] is where point k's words end.
	say, ends := pc.say[:0], pc.ends[:0]
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
		from := len(say)
		// next starts another of the point's sentences.
		next := func() {
			if len(say) > from {
				say = append(say, ' ')
			}
		}
		switch c.Match.TargetType {
		case TargetPerson:
			ct := &t.People[c.Match.TargetIndex]
			tp.Target, tp.Role, tp.Institution, tp.Priority = ct.Name, ct.Role, ct.Institution, ct.Priority
			if tp.Who == "" {
				tp.Who = ct.Name
			}
			prog := pc.programFor(ct, c.Match.TargetIndex, printed, programOf)
			if prog != nil {
				tp.Program = prog.Name
			}
			class := roleClass(ct.Role)
			switch {
			case it.Kind == KindPoster:
				say = appendPosterAsk(say, it)
			case onStage(c.Match.Role) && class != classResident && (it.Kind == KindTalk || it.Kind == KindSession):
				say = append(append(append(say, "Ask a question on the talk “"...), OneSpaced(it.Title)...), "” — how its results change practice, or what comes next."...)
			}
			switch class {
			case classPD:
				next()
				say = append(say, visaAsk(prog)...)
			case classResident:
				next()
				say = append(say, "Ask one or two quick questions about your program: a typical week, research time, how residents are supported."...)
			}
			if ns := strings.TrimSpace(ct.NextStep); ns != "" {
				next()
				say = append(append(append(say, "Your next step: "...), strings.TrimSuffix(ns, ".")...), '.')
			}
			if len(say) == from {
				say = append(say, "Say hello, remind them how you know them, and ask whether you may follow up by email."...)
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
				say = append(append(append(append(say, who...), " is from "...), p.Name...), ". "...)
				say = appendPosterAsk(say, it)
			case it.Kind == KindPoster:
				say = append(append(append(append(say, who...), ", a co-author from "...), p.Name...), ", may not be at the board: ask whoever presents a specific question about the poster “"...)
				say = append(append(appendBoardNote(append(append(say, OneSpaced(it.Title)...), "”"...), it), ", and whether you may follow up with "...), who...)
				say = append(say, " by email."...)
			default:
				say = append(append(append(append(append(append(say, who...), " ("...), partWord(c.Match.Role)...), ") is from "...), p.Name...), ": introduce yourself after the session and ask what the program looks for in applicants"...)
				say = append(append(say, visaNote(p)...), '.')
			}
		}
		ends = append(ends, len(say))
		out = append(out, tp)
	}
	all := string(say)
	from := 0
	for k, end := range ends {
		out[k].Say = all[from:end]
		from = end
	}
	pc.say, pc.ends = say, ends
	return out
}

// printedName is a name printed at a stop for the contact at position
// target.
type printedName struct {
	target int
	who    string // normalized
}

func onStage(r Role) bool {
	return r == RoleSpeaker || r == RoleModerator || r == RolePanelist || r == RolePresentingAuthor
}

func partWord(r Role) string {
	if r == "" {
		return "listed"
	}
	return string(r)
}

// appendPosterAsk appends the poster question on it (with
// quote(it.Title)) to b.
func appendPosterAsk(b []byte, it *Item) []byte {
	b = append(append(append(b, posterAskHead+"“"...), OneSpaced(it.Title)...), "”"...)
	return append(appendBoardNote(b, it), posterAskTail...)
}

// posterAsk's words around the poster.
const (
	posterAskHead = "Ask a specific question about the poster "
	posterAskTail = " — its method or what surprised them — then ask whether you may follow up by email."
)

// appendBoardNote appends " (board 12)" to b, or nothing when the board
// is unknown.
func appendBoardNote(b []byte, it *Item) []byte {
	board := strings.TrimSpace(it.Board)
	if board == "" {
		return b
	}
	b = append(b, " ("...)
	if strings.Trim(board, "0123456789") == "" {
		b = append(b, "board "...)
	}
	return append(append(b, board...), ')')
}

// visaAsk is the program-director question, with what the programs list
// says about visas when it says something.
func visaAsk(p *Program) string {
	const img = "and what makes an IMG applicant competitive there."
	if p == nil {
		return "Ask whether the program sponsors visas (J-1 or H-1B) " + img
	}
	switch v := strings.ToUpper(strings.ReplaceAll(p.Visa, " ", "")); {
	case v == "":
		return fmt.Sprintf("Ask whether %s sponsors visas (J-1 or H-1B) %s", p.Name, img)
	case v == "NONE":
		return fmt.Sprintf("Your list says %s does not sponsor visas: ask politely whether that may change for J-1 or H-1B, %s", p.Name, img)
	case strings.Contains(v, "J-1") && strings.Contains(v, "H-1B"):
		return fmt.Sprintf("Your list says %s sponsors J-1 and H-1B: ask which they prefer for residents, %s", p.Name, img)
	case strings.Contains(v, "H-1B"):
		return fmt.Sprintf("Your list says %s sponsors H-1B: confirm, ask about J-1, %s", p.Name, img)
	default:
		return fmt.Sprintf("Your list says %s sponsors %s: confirm, ask whether H-1B is possible, %s", p.Name, p.Visa, img)
	}
}

func visaNote(p *Program) string {
	switch v := strings.TrimSpace(p.Visa); {
	case v == "":
		return "; ask whether it sponsors J-1 or H-1B visas"
	case strings.EqualFold(v, "none"):
		return " (your list: no visa sponsorship)"
	default:
		return " (your list: sponsors " + strings.ReplaceAll(v, ";", " and ") + ")"
	}
}

// pointCache is what the talking points of one plan work out once per
// distinct string: the normalized forms of names, and the program of
// each institution.
//
// It also holds talkingPoints' scratch, cleared for each stop.
type pointCache struct {
	programs programIndex
	norms    map[string]string
	insts    map[string]*Program

	people    map[string]bool
	programOf map[string]*Program
	whoKey    []string
	printed   []printedName
	keys      []byte // the printed names' keys, before they are one string
	keyEnds   []int
	say       []byte
	ends      []int
}

func newPointCache(programs programIndex) *pointCache {
	return &pointCache{programs: programs, norms: make(map[string]string), insts: make(map[string]*Program),
		people: make(map[string]bool), programOf: make(map[string]*Program)}
}

// norm is normWords(s).
func (pc *pointCache) norm(s string) string {
	n, ok := pc.norms[s]
	if !ok {
		n = normWords(s)
		pc.norms[s] = n
	}
	return n
}

// programFor is the target program a contact (at position target)
// belongs to: the program credited at the stop through one of the
// contact's printed names, else the program whose name or alias is the
// longest run of words in the contact's Institution.
func (pc *pointCache) programFor(ct *Contact, target int, printed []printedName, programOf map[string]*Program) *Program {
	if p := programOf[pc.norm(ct.Name)]; p != nil {
		return p
	}
	for _, n := range printed {
		if n.target != target {
			continue
		}
		if p := programOf[n.who]; p != nil {
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

// programIndex finds target programs by their normalized names and
// aliases, so naming a contact's program costs a few map look-ups rather
// than a pass over every program.
type programIndex struct {
	byName   map[string]*Program
	maxWords int // the most words in any name or alias
}

func newProgramIndex(t *Targets) programIndex {
	ix := programIndex{byName: make(map[string]*Program)}
	for i := range t.Programs {
		p := &t.Programs[i]
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if k := normWords(n); k != "" && ix.byName[k] == nil {
				ix.byName[k] = p
				ix.maxWords = max(ix.maxWords, strings.Count(k, " ")+1)
			}
		}
	}
	return ix
}

// lookup returns the program whose name or alias is the longest run of
// whole words in inst, or nil.
func (ix programIndex) lookup(inst string) *Program {
	words := strings.Fields(normWords(inst))
	var best *Program
	bestLen := 0
	for i := range words {
		for j := i + 1; j <= len(words) && j-i <= ix.maxWords; j++ {
			k := strings.Join(words[i:j], " ")
			if p := ix.byName[k]; p != nil && len(k) > bestLen {
				best, bestLen = p, len(k)
			}
		}
	}
	return best
}
