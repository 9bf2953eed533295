package planner

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// The shortlist: where the user stands with each residency program.
//
// Every program gets a score that is the sum of three integer parts, each
// from data the user gave and nothing else (no match odds, no rankings
// from elsewhere):
//
// Fit, from the programs list and the command line:
//
//   - the user's own priority: P1 +50, P2 +25, P3 +10, unset 0 (the
//     user's judgement weighs most);
//   - visa, when --visa J-1 or H-1B is given: the program sponsors that
//     visa +20; it sponsors visas but the list does not say which +10; it
//     sponsors only the other visa, or none, −60 (a dealbreaker unless
//     the rest is strong); unknown 0. With --visa none (or no --visa)
//     visas are not scored;
//   - IMG friendly: yes +15, partly (some, limited, case by case) +5,
//     no −15, unknown 0;
//   - --states: a program in one of them +15.
//
// Relationships, from the network map and the encounter log: each
// contact at the program adds
//
//	role weight × standing
//
// where the role weight is program director, associate program director
// or chair 5, faculty 4, resident or fellow 3, physicist 2, alumni and
// anyone else 1; and standing starts at 1 (a name you have) and adds
// their answer in the map's Response column (no answer yet +1, replied +3,
// offered to meet or talk +4, declined −1; not contacted 0), an encounter
// logged with 'met' +4, the follow-up sent +1, answered +3, and −2 while a
// follow-up is overdue; standing never goes below 0.
//
// Presence, from the program files (match): the chances left at --now to
// meet the program's people. Each of your contacts with an appearance
// still to come adds 6 on stage (speaker, moderator, panelist, presenting
// author) and 2 as a co-author (who may not attend); the program's other
// people add 2 on stage and 1 as a co-author, at most 10 together (a big
// program has dozens of co-authors at ASTRO; that is no reason to rank it
// over one where you know the speaker); presence is at most 30. Without
// program files there is no presence part, and the shortlist says so.
//
// Programs rank by score, then those on the user's list before the
// directory's, then by priority (set before unset), then by name: the
// same input gives the same order.
//
// Standing, for the plan. A contact is warm when they replied, offered to
// meet, were met at this meeting or answered a follow-up. A program's
// leadership is its program directors, associate program directors and
// chairs; everyone else is its people. A program is covered when it has a
// warm contact in both, has a foothold when it has one in exactly one
// (the other is its gap), and none otherwise. The plan weighs what a
// program's appearances are worth (see value.go) by where one more
// encounter changes the most: a foothold ×1.5 for the program and for its
// contacts in the gap (a replied PD and no resident yet: meet a
// resident), ×1 for its contacts already warm or in the covered group; no
// standing ×1; covered ×0.5. The scheduler is unchanged, so the plan is
// still the exact optimum for these weights.

// The fit points.
const (
	fitVisa              = 20
	fitVisaAny           = 10
	fitVisaNo            = -60
	fitIMG               = 15
	fitIMGPartial        = 5
	fitIMGNo             = -15
	fitState             = 15
	presenceContactStage = 6
	presenceContactOther = 2
	presenceStage        = 2
	presenceOther        = 1
	presenceOthersMax    = 10
	presenceMax          = 30
)

// The plan's weights by standing, in percent.
const (
	WeightFoothold = 150
	WeightNone     = 100
	WeightCovered  = 50
)

// Cover says where the user stands with a program.
type Cover string

// The covers.
const (
	CoverNone     Cover = "none"
	CoverFoothold Cover = "foothold"
	CoverCovered  Cover = "covered"
)

// Response is what the map's Response column says, as a class.
type Response string

// The response classes.
const (
	RespNotContacted Response = "not contacted"
	RespNoAnswer     Response = "no answer yet"
	RespDeclined     Response = "declined"
	RespReplied      Response = "replied"
	RespOffered      Response = "offered to meet"
)

// ShortlistOptions are the user's own criteria.
type ShortlistOptions struct {
	Visa   string   // "J-1", "H-1B", "none" or "" (see ParseVisaNeed)
	States []string // postal codes or state names; empty means no preference
	// All adds every program of the built-in directory that appears in
	// the meeting or the map, besides the user's own list.
	All bool
	// Now judges which appearances are still to come and which
	// follow-ups are overdue; zero means every appearance counts.
	Now time.Time
	// Meeting reports whether program files were given: without them
	// there is no presence signal.
	Meeting bool
	// Log reports whether an encounter log was read.
	Log bool
	// School is the user's medical school (--school): contacts whose
	// notes name it are alumni who could introduce them.
	School string
}

// ParseVisaNeed reads --visa: J-1, H-1B or none, in the spellings people
// use (J1, h1b). It reports false when the text is none of them.
func ParseVisaNeed(s string) (string, bool) {
	t := visaKey(s)
	switch t {
	case "":
		return "", true
	case "j1":
		return "J-1", true
	case "h1b":
		return "H-1B", true
	case "none", "no", "citizen", "greencard", "usc", "notneeded":
		return "none", true
	}
	return "", false
}

func visaKey(s string) string {
	return strings.NewReplacer("-", "", " ", "", ".", "", "_", "").Replace(strings.ToLower(strings.TrimSpace(s)))
}

// visaFacts is what a programs list's Visa cell says. A cell that is
// neither empty nor "unknown" and still not understood is odd: the row
// says so rather than guess.
type visaFacts struct {
	j1, h1b, some, none, known, odd bool
}

func readVisa(s string) visaFacts {
	t := visaKey(s)
	var v visaFacts
	if unknownWord(t) {
		return v
	}
	v.known = true
	v.j1 = strings.Contains(t, "j1")
	v.h1b = strings.Contains(t, "h1b") || strings.Contains(t, "h1")
	if v.j1 || v.h1b {
		return v
	}
	switch {
	case t == "both":
		v.j1, v.h1b = true, true
	case hasAny(t, "none", "nosponsor", "notsponsor", "doesnotsponsor", "novisa") || t == "no" || t == "n" || t == "false" || t == "0":
		v.none = true
	case t == "yes" || t == "y" || t == "true" || t == "all" || t == "sponsors" || t == "1" || strings.HasPrefix(t, "yes"):
		v.some = true
	default:
		v.known, v.odd = false, true
	}
	return v
}

// unknownWord reports whether a cell, folded, says nothing is known.
func unknownWord(t string) bool {
	switch strings.Trim(t, " ()[]") {
	case "", "unknown", "?", "??", "na", "n/a", "tbd", "unsure", "notsure", "unclear", "-", "–":
		return true
	}
	return false
}

// img levels.
const (
	imgUnknown = iota
	imgYes
	imgPartial
	imgNo
)

// readIMG reads an IMG friendly cell: the whole cell, else its first
// word ("Yes (2 IMG residents)").
func readIMG(s string) int {
	t := strings.ToLower(strings.TrimSpace(s))
	if l := readIMGWord(t); l != imgUnknown {
		return l
	}
	if f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '(' || r == ',' || r == ';' || r == '-' || r == ':' }); len(f) > 1 {
		return readIMGWord(f[0])
	}
	return imgUnknown
}

func readIMGWord(t string) int {
	switch t {
	case "yes", "y", "true", "friendly", "img friendly", "img-friendly", "high", "very", "✓", "x", "1":
		return imgYes
	case "some", "somewhat", "partly", "partial", "moderate", "medium", "limited", "mixed", "case by case", "maybe", "rarely", "few":
		return imgPartial
	case "no", "n", "false", "not", "low", "none", "0", "unfriendly", "never":
		return imgNo
	}
	return imgUnknown
}

// ClassifyResponse sorts a map's Response cell; contacted says whether
// the Date contacted column is filled.
func ClassifyResponse(text string, contacted bool) Response {
	t := " " + normWords(text) + " "
	switch {
	case strings.TrimSpace(t) == "":
		if contacted {
			return RespNoAnswer
		}
		return RespNotContacted
	case hasAny(t, "declin", " no thanks ", " not interested ", " unable ", " cannot ", " can t ", " regret", " refused "):
		return RespDeclined
	case t == " no " || t == " n ", hasAny(t, " no reply", " no response", " no answer", " not yet", " awaiting ", " pending ", " waiting ", " none ", " unanswered ", " bounced", " out of office ", " voicemail ", " auto reply "):
		return RespNoAnswer
	case hasAny(t, " meet ", " meet up ", " coffee ", " call ", " zoom ", " talk ", " chat ", " invited ", " invite ", " offered ", " visit ", " come by ", " stop by ", " observership", " rotation", " shadow", " interview"):
		return RespOffered
	}
	return RespReplied
}

func hasAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// The role groups of a contact, with their weights.
const (
	groupLead      = "leadership"
	groupFaculty   = "faculty"
	groupResident  = "resident"
	groupPhysicist = "physicist"
	groupAlumni    = "alumni"
	groupOther     = "other"
)

func roleGroup(role string) (string, int) {
	r := " " + normWords(role) + " "
	switch {
	case strings.Contains(r, "physicist"), strings.Contains(r, " physics "):
		return groupPhysicist, 2
	case strings.Contains(r, "alumn"):
		return groupAlumni, 1
	case strings.Contains(r, " pgy"), strings.Contains(r, " intern "):
		return groupResident, 3
	}
	switch roleClass(role) {
	case classPD:
		return groupLead, 5
	case classFaculty:
		return groupFaculty, 4
	case classResident:
		return groupResident, 3
	}
	return groupOther, 1
}

// Appearance is one of a program's people at the meeting.
type Appearance struct {
	Who     string // as printed
	Contact int    // index in Targets.People, or -1
	Role    Role
	Item    Item
}

// OnStage reports whether the appearance puts them in front of people.
func (a Appearance) OnStage() bool { return PartFactor(a.Role) > 1 }

// ContactStanding is where the user stands with one contact.
type ContactStanding struct {
	Contact  Contact // as in the map; Row is -1 for someone only in the log
	Index    int     // in Targets.People, or -1
	Group    string
	Weight   int // the role weight
	Response Response
	Met      bool
	MetAt    time.Time
	MetWhere string
	Sent     bool // a follow-up email went out
	Answered bool
	Pending  *FollowUp // the follow-up still to send, if any
	Points   int       // role weight × standing
	Warm     bool
	Appears  []Appearance // their appearances still to come
}

// ProgramStanding is one row of the shortlist.
type ProgramStanding struct {
	Rank    int
	Program Program
	Index   int  // in Targets.Programs when Listed
	Listed  bool // on the user's programs list (else from the directory)
	Score   int
	Fit     int
	People  int // the relationships part
	Here    int // the presence part
	// Contacts are the user's contacts at the program, strongest first.
	Contacts []ContactStanding
	// Presenters are the program's people still to appear, one per
	// printed name at their strongest part: contacts first, then those
	// on stage, then by time.
	Presenters  []Appearance
	Presented   int // people whose appearances are all over at Now
	Why         []string
	Next        string
	Introducers []string
	NoData      bool // nothing about it in the map, the log or the meeting
	Cover       Cover
	Gap         string // "leadership" or "people" for a foothold
	Weight      int    // the plan's weight for the program, in percent
}

// Shortlist is the ranked programs with what the ranking could not use.
type Shortlist struct {
	Programs []ProgramStanding
	Notes    []string
}

// MakeShortlist ranks the programs (see the comment at the top of this
// file). log holds the follow-ups of every logged encounter, sent and
// answered ones too; m may be nil or empty when no program files were
// given.
func MakeShortlist(t *Targets, m *Meeting, log []FollowUp, opt ShortlistOptions) *Shortlist {
	if t == nil {
		t = &Targets{}
	}
	s := &Shortlist{}
	listed := len(t.Programs)
	ext := t
	if opt.All {
		ext = withDirectory(t)
	}
	mt := NewMatcher(ext, MatchOptions{})
	var items []Item
	if m != nil {
		items = m.Items
	}
	matches := mt.Match(items)

	rows := make([]ProgramStanding, len(ext.Programs))
	for i, p := range ext.Programs {
		rows[i] = ProgramStanding{Program: p, Index: i, Listed: i < listed}
	}

	// Contacts, with what the log says about them.
	standing := make([]ContactStanding, len(ext.People))
	for i, c := range ext.People {
		standing[i] = newStanding(c, i)
	}
	var extra []ContactStanding // met, not in the map
	var extraProgs [][]int
	for _, f := range log {
		ci := findPerson(ext.People, f.Encounter.Name)
		var cs *ContactStanding
		if ci >= 0 {
			cs = &standing[ci]
		} else {
			k := -1
			for j := range extra {
				if strings.EqualFold(extra[j].Contact.Name, f.Encounter.Name) {
					k = j
				}
			}
			if k < 0 {
				c := Contact{Row: -1, Name: f.Encounter.Name, Role: f.Encounter.Role, Institution: f.Encounter.Institution, Email: f.Encounter.Email}
				extra = append(extra, newStanding(c, -1))
				extraProgs = append(extraProgs, mt.programsOf(f.Encounter.Institution))
				k = len(extra) - 1
			}
			cs = &extra[k]
		}
		cs.logged(f)
	}

	// Appearances.
	idx := map[string]int{}
	if m != nil {
		idx = m.Index()
	}
	appear := make([][]Appearance, len(rows))
	for _, x := range matches {
		i, ok := idx[x.ItemID]
		if !ok {
			continue
		}
		it := m.Items[i]
		switch x.TargetType {
		case TargetProgram:
			appear[x.TargetIndex] = append(appear[x.TargetIndex], Appearance{Who: x.Who, Contact: -1, Role: x.Role, Item: it})
		case TargetPerson:
			a := Appearance{Who: x.Who, Contact: x.TargetIndex, Role: x.Role, Item: it}
			if opt.Now.IsZero() || it.End.After(opt.Now) {
				standing[x.TargetIndex].Appears = append(standing[x.TargetIndex].Appears, a)
			}
			for _, p := range mt.contactPrograms(x.TargetIndex) {
				appear[p] = append(appear[p], a)
			}
		}
	}

	// Each program's contacts.
	for i := range standing {
		for _, p := range mt.contactPrograms(i) {
			rows[p].Contacts = append(rows[p].Contacts, standing[i])
		}
	}
	for j := range extra {
		for _, p := range extraProgs[j] {
			rows[p].Contacts = append(rows[p].Contacts, extra[j])
		}
	}

	// Co-authors: a contact who shares an item with a program's people
	// may introduce the user to them.
	coauth := coauthors(matches, mt, func(id string) Kind { return m.Items[idx[id]].Kind })

	need := opt.Visa
	if !listGives(t.Programs, func(p Program) string { return p.Visa }) {
		need = "" // said once, in the notes
	}
	states := stateSet(opt.States)
	for i := range rows {
		r := &rows[i]
		r.present(appear[i], opt.Now)
		r.score(need, states, opt)
		r.introducers(coauth[i], ext.People, opt.School)
		r.next(opt.Meeting)
	}
	out := rows[:0]
	for _, r := range rows {
		if !r.Listed && len(r.Contacts) == 0 && len(r.Presenters) == 0 && r.Presented == 0 {
			continue
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Listed != b.Listed {
			return a.Listed
		}
		pa, pb := a.Program.Priority, b.Program.Priority
		if (pa > 0) != (pb > 0) {
			return pa > 0
		}
		if pa != pb {
			return pa < pb
		}
		if a.Program.Name != b.Program.Name {
			return a.Program.Name < b.Program.Name
		}
		return a.Index < b.Index
	})
	for i := range out {
		out[i].Rank = i + 1
	}
	s.Programs = out
	s.Notes = notes(t, opt)
	return s
}

// listGives reports whether any program has a value in a column.
func listGives(progs []Program, col func(Program) string) bool {
	for _, p := range progs {
		if strings.TrimSpace(col(p)) != "" {
			return true
		}
	}
	return false
}

// notes say, once each, what the ranking could not use.
func notes(t *Targets, opt ShortlistOptions) []string {
	var out []string
	if len(t.Programs) == 0 {
		out = append(out, "no programs list: no visa, IMG-friendliness or priority of programs to rank by")
	} else {
		visa := listGives(t.Programs, func(p Program) string { return p.Visa })
		img := listGives(t.Programs, func(p Program) string { return p.IMGFriendly })
		if !visa {
			out = append(out, "the programs list gives no visa sponsorship (no Visa column, or it is empty): ranked without it")
		}
		if !img {
			out = append(out, "the programs list gives no IMG-friendliness (no IMG friendly column, or it is empty): ranked without it")
		}
		if visa && opt.Visa == "" {
			out = append(out, "no --visa given: visa sponsorship is shown, not scored (--visa J-1, H-1B or none)")
		}
	}
	if !opt.Meeting {
		out = append(out, "no program files given: no presence signal (who from each program presents at this meeting)")
	}
	if !opt.Log {
		out = append(out, "no encounter log: no encounters or follow-ups counted ('confplan met' starts one)")
	}
	if opt.All {
		out = append(out, "programs not on your list come from confplan's directory: no visa, IMG or priority data for them")
	}
	return out
}

func newStanding(c Contact, i int) ContactStanding {
	g, w := roleGroup(c.Role)
	return ContactStanding{Contact: c, Index: i, Group: g, Weight: w,
		Response: ClassifyResponse(c.Response, strings.TrimSpace(c.DateContacted) != "")}
}

// logged folds one follow-up of the log into a contact's standing.
func (cs *ContactStanding) logged(f FollowUp) {
	cs.Met = true
	if cs.MetAt.IsZero() || f.Encounter.At.Before(cs.MetAt) {
		cs.MetAt, cs.MetWhere = f.Encounter.At, f.Encounter.Where
	}
	switch {
	case f.Status == StatusAnswered:
		cs.Answered, cs.Sent = true, true
	case f.Status == StatusSent || f.Kind == SecondTouch:
		cs.Sent = true
	}
	if f.Status == StatusDue || f.Status == StatusOverdue || f.Status == StatusUpcoming {
		if cs.Pending == nil || f.Due.Before(cs.Pending.Due) {
			ff := f
			cs.Pending = &ff
		}
	}
}

// settle computes a contact's points and warmth.
func (cs *ContactStanding) settle() {
	if cs.Answered && cs.Pending != nil {
		cs.Pending = nil
	}
	st := 1
	switch cs.Response {
	case RespNoAnswer:
		st++
	case RespReplied:
		st += 3
	case RespOffered:
		st += 4
	case RespDeclined:
		st--
	}
	if cs.Met {
		st += 4
	}
	if cs.Sent {
		st++
	}
	if cs.Answered {
		st += 3
	}
	if cs.Pending != nil && cs.Pending.Status == StatusOverdue {
		st -= 2
	}
	cs.Points = cs.Weight * max(st, 0)
	cs.Warm = cs.Met || cs.Answered || cs.Response == RespReplied || cs.Response == RespOffered
}

func findPerson(people []Contact, name string) int {
	n := strings.TrimSpace(name)
	for i, c := range people {
		if c.Name == n {
			return i
		}
	}
	for i, c := range people {
		if strings.EqualFold(fold(DisplayName(c.Name)), fold(DisplayName(n))) {
			return i
		}
	}
	return -1
}

// present keeps, per person, the appearances still to come.
func (r *ProgramStanding) present(list []Appearance, now time.Time) {
	best := map[string]int{}
	past := map[string]bool{}
	// A contact printed two ways ("J. Liu", "Jennifer Liu") is one person.
	contact := map[string]int{}
	for _, a := range list {
		if a.Contact >= 0 {
			contact[strings.ToLower(fold(a.Who))] = a.Contact
		}
	}
	for _, a := range list {
		k := strings.ToLower(fold(a.Who))
		if ci, ok := contact[k]; ok {
			a.Contact = ci
		}
		if a.Contact >= 0 {
			k = fmt.Sprintf("#%d", a.Contact)
		}
		if !now.IsZero() && !a.Item.End.After(now) {
			past[k] = true
			continue
		}
		i, ok := best[k]
		if !ok {
			best[k] = len(r.Presenters)
			r.Presenters = append(r.Presenters, a)
			continue
		}
		b := r.Presenters[i]
		if a.Role.Rank() < b.Role.Rank() || a.Role.Rank() == b.Role.Rank() && a.Item.Start.Before(b.Item.Start) {
			if a.Contact < 0 {
				a.Contact = b.Contact
			}
			r.Presenters[i] = a
		} else if b.Contact < 0 {
			r.Presenters[i].Contact = a.Contact
		}
	}
	for k := range past {
		if _, ok := best[k]; !ok {
			r.Presented++
		}
	}
	sort.SliceStable(r.Presenters, func(i, j int) bool {
		a, b := r.Presenters[i], r.Presenters[j]
		if (a.Contact >= 0) != (b.Contact >= 0) {
			return a.Contact >= 0
		}
		if a.OnStage() != b.OnStage() {
			return a.OnStage()
		}
		if !a.Item.Start.Equal(b.Item.Start) {
			return a.Item.Start.Before(b.Item.Start)
		}
		return a.Who < b.Who
	})
}

// score adds up a program's parts and says why.
func (r *ProgramStanding) score(need string, states map[string]bool, opt ShortlistOptions) {
	var why []string
	// Relationships.
	for i := range r.Contacts {
		r.Contacts[i].settle()
	}
	sort.SliceStable(r.Contacts, func(i, j int) bool {
		a, b := r.Contacts[i], r.Contacts[j]
		if a.Points != b.Points {
			return a.Points > b.Points
		}
		if a.Weight != b.Weight {
			return a.Weight > b.Weight
		}
		return a.Index >= 0 && (b.Index < 0 || a.Index < b.Index)
	})
	var warmLead, warmPeople bool
	for i, c := range r.Contacts {
		r.People += c.Points
		if c.Warm {
			if c.Group == groupLead {
				warmLead = true
			} else {
				warmPeople = true
			}
		}
		if i < 3 {
			why = append(why, c.describe())
		}
	}
	if n := len(r.Contacts) - 3; n > 0 {
		why = append(why, fmt.Sprintf("%d more %s in your map", n, pluralN(n, "contact", "contacts")))
	}
	switch {
	case warmLead && warmPeople:
		r.Cover, r.Weight = CoverCovered, WeightCovered
	case warmLead:
		r.Cover, r.Gap, r.Weight = CoverFoothold, "people", WeightFoothold
	case warmPeople:
		r.Cover, r.Gap, r.Weight = CoverFoothold, "leadership", WeightFoothold
	default:
		r.Cover, r.Weight = CoverNone, WeightNone
	}
	if r.Cover == CoverFoothold {
		if r.Gap == "people" {
			why = append(why, "no faculty or resident answered yet")
		} else {
			why = append(why, "no PD or APD answered yet")
		}
	}

	// Presence.
	if opt.Meeting {
		stage, other, mine, others := 0, 0, 0, 0
		for _, a := range r.Presenters {
			switch {
			case a.OnStage() && a.Contact >= 0:
				stage++
				mine += presenceContactStage
			case a.OnStage():
				stage++
				others += presenceStage
			case a.Contact >= 0:
				other++
				mine += presenceContactOther
			default:
				other++
				others += presenceOther
			}
		}
		r.Here = min(mine+min(others, presenceOthersMax), presenceMax)
		switch {
		case len(r.Presenters) > 0:
			why = append(why, r.presenceWhy(stage, other))
		case r.Presented > 0:
			why = append(why, fmt.Sprintf("%d %s presented earlier; no appearance left", r.Presented, pluralN(r.Presented, "person", "people")))
		default:
			why = append(why, "no one from it on the program")
		}
	}

	// Fit.
	p := r.Program
	if r.Listed {
		v := readVisa(p.Visa)
		switch {
		case need == "J-1" || need == "H-1B":
			has := (need == "J-1" && v.j1) || (need == "H-1B" && v.h1b)
			switch {
			case has:
				r.Fit += fitVisa
				why = append(why, "sponsors "+need)
			case v.some:
				r.Fit += fitVisaAny
				why = append(why, "sponsors visas (your list does not say which)")
			case v.known:
				r.Fit += fitVisaNo
				if v.none {
					why = append(why, "sponsors no visa (you need "+need+")")
				} else {
					why = append(why, "does not sponsor "+need+" ("+strings.TrimSpace(p.Visa)+")")
				}
			case v.odd:
				why = append(why, fmt.Sprintf("visa %q not understood: not scored", strings.TrimSpace(p.Visa)))
			default:
				why = append(why, "visa sponsorship unknown")
			}
		case need == "" && v.known:
			why = append(why, "visa: "+strings.TrimSpace(p.Visa))
		}
		switch readIMG(p.IMGFriendly) {
		case imgYes:
			r.Fit += fitIMG
			why = append(why, "IMG-friendly")
		case imgPartial:
			r.Fit += fitIMGPartial
			why = append(why, "partly IMG-friendly")
		case imgNo:
			r.Fit += fitIMGNo
			why = append(why, "not IMG-friendly")
		default:
			if img := strings.TrimSpace(p.IMGFriendly); !unknownWord(strings.ToLower(img)) {
				why = append(why, fmt.Sprintf("IMG friendly %q not understood: not scored", img))
			}
		}
		switch p.Priority {
		case 1:
			r.Fit += pointsFitP1
		case 2:
			r.Fit += pointsFitP2
		case 3:
			r.Fit += pointsFitP3
		}
		if p.Priority > 0 {
			why = append(why, fmt.Sprintf("your P%d", p.Priority))
		}
	} else {
		why = append(why, "not on your programs list")
	}
	if len(states) > 0 {
		st := usStates[strings.ToLower(strings.TrimSpace(p.State))]
		switch {
		case st != "" && states[st]:
			r.Fit += fitState
			why = append(why, "in "+st)
		case st == "":
			why = append(why, "state unknown")
		}
	}
	r.Score = r.Fit + r.People + r.Here
	r.NoData = len(r.Contacts) == 0 && len(r.Presenters) == 0 && r.Presented == 0
	if r.NoData {
		msg := "no contacts or encounters in your files"
		if opt.Meeting {
			msg = "no contacts, encounters or presenters in your files"
		}
		why = append([]string{msg}, why...)
	}
	r.Why = why
}

// The priority points of fit.
const (
	pointsFitP1 = 50
	pointsFitP2 = 25
	pointsFitP3 = 10
)

// describe says where the user stands with a contact, in a few words.
func (c ContactStanding) describe() string {
	role := c.Contact.Role
	if role == "" {
		role = "contact"
	}
	var parts []string
	if c.Met {
		p := "met " + c.MetAt.Format("Mon 2 Jan")
		if c.MetWhere != "" {
			p += " at " + shorten(strings.Join(strings.Fields(c.MetWhere), " "), 40)
		}
		parts = append(parts, p)
	}
	switch {
	case c.Answered:
		parts = append(parts, "answered your follow-up")
	case c.Pending != nil && c.Pending.Status == StatusOverdue && c.Pending.Kind == SecondTouch:
		parts = append(parts, "no answer to your follow-up, second touch overdue")
	case c.Pending != nil && c.Pending.Status == StatusOverdue:
		parts = append(parts, "follow-up overdue")
	case c.Sent:
		parts = append(parts, "follow-up sent, no answer yet")
	}
	switch {
	case c.Met && c.Pending != nil && c.Pending.Status != StatusOverdue:
		parts = append(parts, "follow-up from "+c.Pending.WindowStart.Format("Mon 2 Jan 15:04"))
	}
	// Once met, "no answer yet" is the follow-up's to say.
	if !c.Answered && !(c.Met && (c.Response == RespNotContacted || c.Response == RespNoAnswer)) {
		parts = append(parts, string(c.Response))
	}
	return fmt.Sprintf("%s %s: %s", role, DisplayName(c.Contact.Name), strings.Join(parts, ", "))
}

func (r *ProgramStanding) presenceWhy(stage, other int) string {
	var named []string
	for i, a := range r.Presenters {
		if i == 1 {
			break
		}
		named = append(named, fmt.Sprintf("%s %s", a.Who, where(a)))
	}
	s := ""
	switch {
	case stage > 0 && other > 0:
		s = fmt.Sprintf("%d presenting and %d co-%s here", stage, other, pluralN(other, "author", "authors"))
	case stage > 0:
		s = fmt.Sprintf("%d presenting here", stage)
	default:
		s = fmt.Sprintf("%d %s here", other, pluralN(other, "co-author", "co-authors"))
	}
	s += ": " + strings.Join(named, "; ")
	if n := len(r.Presenters) - len(named); n > 0 {
		s += fmt.Sprintf("; %d more", n)
	}
	return s
}

// where says where and when to find an appearance: "(presenting author,
// poster 2010 board 2, Sun 27 Sep 13:30, Poster Hall)".
func where(a Appearance) string {
	it := a.Item
	var b []string
	part := string(a.Role)
	switch a.Role {
	case "":
		part = "listed"
	case RoleAuthor:
		part = "co-author, may not attend"
	}
	b = append(b, part)
	what := string(it.Kind)
	if it.Kind == KindPoster {
		what = "poster " + it.ID
		if it.Board != "" {
			bd := it.Board
			if !strings.HasPrefix(strings.ToLower(bd), "board") {
				bd = "board " + bd
			}
			what += " " + strings.ToLower(bd[:1]) + bd[1:]
		}
	} else {
		what += " " + shorten(strings.Join(strings.Fields(it.Title), " "), 40)
	}
	b = append(b, what)
	if !it.Start.IsZero() {
		b = append(b, it.Start.Format("Mon 2 Jan 15:04"))
	}
	if it.Room != "" {
		b = append(b, shorten(strings.Join(strings.Fields(it.Room), " "), 30))
	}
	return "(" + strings.Join(b, ", ") + ")"
}

// autoNext are the Next step texts confplan itself writes (met, done):
// they say nothing the log does not.
var autoNext = []string{"follow up by ", "answered ", "second touch "}

func isAutoNext(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	for _, p := range autoNext {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// next picks the most valuable open action.
func (r *ProgramStanding) next(meeting bool) {
	name := func(c ContactStanding) string {
		n := DisplayName(c.Contact.Name)
		if c.Contact.Email != "" {
			n += " (" + c.Contact.Email + ")"
		}
		return n
	}
	// 1. A follow-up overdue or due.
	for _, want := range []string{StatusOverdue, StatusDue} {
		for _, c := range r.Contacts {
			if f := c.Pending; f != nil && f.Status == want {
				kind := "follow-up"
				if f.Kind == SecondTouch {
					kind = "second follow-up"
				}
				if want == StatusOverdue {
					r.Next = fmt.Sprintf("send the overdue %s to %s (was due %s)", kind, name(c), f.Due.Format("Mon 2 Jan 15:04"))
				} else {
					r.Next = fmt.Sprintf("email %s: the %s is due by %s", name(c), kind, f.Due.Format("Mon 2 Jan 15:04"))
				}
				return
			}
		}
	}
	// 2. A contact still to appear: their own Next step, there.
	for _, c := range r.Contacts {
		if len(c.Appears) == 0 || c.Answered {
			continue
		}
		a := bestAppearance(c.Appears)
		step := strings.TrimSpace(c.Contact.NextStep)
		if step == "" || isAutoNext(step) {
			r.Next = "talk to " + DisplayName(c.Contact.Name) + " " + where(a)
		} else {
			r.Next = DisplayName(c.Contact.Name) + ": " + lowerStep(step) + " — find them " + where(a)
		}
		return
	}
	// 3. The strongest contact's own Next step, written by the user; one
	// that needs them here ("visit their poster") when they no longer
	// appear becomes an email.
	for _, c := range r.Contacts {
		if step := strings.TrimSpace(c.Contact.NextStep); step != "" && !isAutoNext(step) && c.Response != RespDeclined {
			r.Next = DisplayName(c.Contact.Name) + ": " + lowerStep(step)
			t := " " + normWords(step) + " "
			if meeting && len(c.Appears) == 0 && (strings.Contains(t, " poster ") || strings.Contains(t, " talk ")) {
				r.Next += "; they have nothing left at this meeting, so write to "
				if c.Contact.Email != "" {
					r.Next += c.Contact.Email
				} else {
					r.Next += "them"
				}
				r.Next += " instead"
			} else if c.Contact.Email != "" {
				r.Next += " (" + c.Contact.Email + ")"
			}
			return
		}
	}
	// 4. A warm contact who answered: ask for more.
	for _, c := range r.Contacts {
		if c.Warm && (c.Answered || c.Response == RespReplied || c.Response == RespOffered) && c.Group != groupOther && c.Group != groupAlumni {
			if r.Gap == "people" {
				r.Next = fmt.Sprintf("ask %s to put you in touch with a resident", name(c))
			} else {
				r.Next = fmt.Sprintf("ask %s for a letter or an away rotation", name(c))
			}
			return
		}
	}
	// 5. Someone from the program on stage still to come.
	if len(r.Presenters) > 0 && r.Presenters[0].OnStage() {
		a := r.Presenters[0]
		r.Next = "introduce yourself to " + a.Who + " " + where(a)
		return
	}
	// 6. A contact not yet written to.
	for _, c := range r.Contacts {
		if c.Response == RespNotContacted && !c.Met {
			r.Next = "write to " + name(c) + " to introduce yourself"
			return
		}
	}
	// 7. Someone who could introduce the user.
	if len(r.Introducers) > 0 {
		r.Next = "ask " + r.Introducers[0] + " for an introduction"
		return
	}
	// 8. A co-author from the program, who may be at their poster.
	if len(r.Presenters) > 0 {
		a := r.Presenters[0]
		r.Next = "look for " + a.Who + " " + where(a)
		return
	}
	if len(r.Contacts) == 0 {
		r.Next = "find a contact there: add one to your network map"
		return
	}
	r.Next = "wait for an answer; nothing else is open"
}

// bestAppearance is where to find someone: the first time they are on
// stage, else their first appearance.
func bestAppearance(list []Appearance) Appearance {
	b := list[0]
	for _, a := range list[1:] {
		if a.OnStage() != b.OnStage() {
			if a.OnStage() {
				b = a
			}
			continue
		}
		if a.Item.Start.Before(b.Item.Start) {
			b = a
		}
	}
	return b
}

// lowerStep lowers the first letter of a Next step written as a
// sentence ("Ask for a letter"), not of an acronym ("IMG residents").
func lowerStep(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if len(r) > 1 && r[1] >= 'A' && r[1] <= 'Z' { // an acronym: "IMG"
		return s
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}

// introducers lists who could introduce the user: their alumni (Role
// Alumni, or the notes say alumni or name --school), mentors and
// co-authors at the program (Role, Notes or How I found them say so);
// a link the notes record ("Knows my mentor, Dr. Okafor"); then contacts
// elsewhere who share an item with the program's people at this meeting
// (co-authors there), at most three.
func (r *ProgramStanding) introducers(co []coauthor, people []Contact, school string) {
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] && len(r.Introducers) < 3 {
			seen[s] = true
			r.Introducers = append(r.Introducers, s)
		}
	}
	school = strings.TrimSpace(school)
	for _, c := range r.Contacts {
		name := DisplayName(c.Contact.Name)
		notes := c.Contact.Notes + " " + c.Contact.HowFound
		hay := " " + normWords(c.Contact.Role+" "+notes) + " "
		switch {
		case school != "" && strings.Contains(hay, " "+normWords(school)+" "):
			add(name + " (alumni of " + school + ", there)")
		case c.Group == groupAlumni || strings.Contains(hay, "alumn") || hasAny(hay, " same school ", " my school ", " my medical school "):
			add(name + " (alumni, there)")
		case strings.Contains(" "+normWords(c.Contact.Role)+" ", " mentor ") ||
			hasAny(hay, " my mentor ", " mentored me ") && !hasAny(hay, " knows my mentor ", " introduc"):
			add(name + " (mentor, there)")
		case hasAny(hay, " co author", " coauthor"):
			add(name + " (your co-author, there)")
		}
		// A link the user noted: "Knows my mentor, Dr. Okafor".
		for _, part := range strings.FieldsFunc(notes, func(r rune) bool { return r == ';' || r == '\n' }) {
			w := " " + normWords(part) + " "
			if hasAny(w, " knows my ", " friend of my ", " worked with my ", " trained with my ", " colleague of my ") {
				add(fmt.Sprintf("the person your notes on %s name: %q", name, strings.TrimSpace(part)))
			}
		}
	}
	for _, x := range co {
		switch x.item.Kind {
		case KindPoster, KindTalk:
			add(fmt.Sprintf("%s (co-author with %s, %s %s)", DisplayName(people[x.contact].Name), x.with, x.item.Kind, x.item.ID))
		default:
			add(fmt.Sprintf("%s (with %s in %s %s)", DisplayName(people[x.contact].Name), x.with, x.item.Kind, x.item.ID))
		}
	}
}

type coauthor struct {
	contact int
	with    string
	item    Item
}

// coauthors finds, per program, the map contacts (not at the program) who
// share an item with someone from it.
func coauthors(matches []Match, mt *Matcher, kind func(id string) Kind) map[int][]coauthor {
	byItem := map[string][]Match{}
	var order []string
	for _, x := range matches {
		if _, ok := byItem[x.ItemID]; !ok {
			order = append(order, x.ItemID)
		}
		byItem[x.ItemID] = append(byItem[x.ItemID], x)
	}
	out := map[int][]coauthor{}
	for _, id := range order {
		list := byItem[id]
		for _, pm := range list {
			if pm.TargetType != TargetProgram {
				continue
			}
			// Someone from the program who is a contact already needs
			// no introduction.
			known := false
			for _, cm := range list {
				known = known || cm.TargetType == TargetPerson && strings.EqualFold(cm.Who, pm.Who)
			}
			if known {
				continue
			}
			for _, cm := range list {
				if cm.TargetType != TargetPerson {
					continue
				}
				at := false
				for _, p := range mt.contactPrograms(cm.TargetIndex) {
					at = at || p == pm.TargetIndex
				}
				if !at {
					out[pm.TargetIndex] = append(out[pm.TargetIndex], coauthor{contact: cm.TargetIndex, with: pm.Who, item: Item{ID: id, Kind: kind(id)}})
				}
			}
		}
	}
	return out
}

func stateSet(list []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range list {
		if st := usStates[strings.ToLower(strings.TrimSpace(s))]; st != "" {
			out[st] = true
		}
	}
	return out
}

// ParseState reads a US state as a postal code or name ("tx", "Texas");
// it reports false for anything else.
func ParseState(s string) (string, bool) {
	st, ok := usStates[strings.ToLower(strings.TrimSpace(s))]
	return st, ok
}

func pluralN(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// contactPrograms are the programs (indices in the matcher's targets) a
// contact's Institution names.
func (m *Matcher) contactPrograms(ci int) []int {
	var out []int
	for _, c := range m.instOf[ci] {
		for _, p := range m.progOf[c] {
			out = appendUnique(out, p)
		}
	}
	return out
}

// programsOf are the programs an institution's name names.
func (m *Matcher) programsOf(inst string) []int {
	if strings.TrimSpace(inst) == "" {
		return nil
	}
	var out []int
	for _, h := range m.inst.resolve(inst) {
		for _, p := range m.progOf[m.inst.find(h.id)] {
			out = appendUnique(out, p)
		}
	}
	return out
}

// withDirectory returns the targets with every directory program (not a
// lookalike) that none of the user's programs already is, after them.
func withDirectory(t *Targets) *Targets {
	mt := NewMatcher(t, MatchOptions{})
	x := mt.inst
	ext := &Targets{People: t.People, Programs: append([]Program(nil), t.Programs...)}
	n := 0
	for _, line := range strings.Split(directory, "\n") {
		f := strings.Split(line, "|")
		if len(f) != 4 {
			continue
		}
		id := n
		n++
		in := x.insts[id]
		if in.lookalike || len(mt.progOf[x.find(id)]) > 0 {
			continue
		}
		ext.Programs = append(ext.Programs, Program{Name: in.name, City: strings.TrimSpace(f[1]), State: in.state})
	}
	return ext
}

// Weigh sets the plan's weights (Program.Weight, Contact.Weight) from
// the shortlist's standing of the user's programs: see the comment at the
// top of this file.
func Weigh(t *Targets, s *Shortlist) {
	for _, r := range s.Programs {
		if !r.Listed || r.Index >= len(t.Programs) {
			continue
		}
		t.Programs[r.Index].Weight = r.Weight
		for _, c := range r.Contacts {
			if c.Index < 0 || c.Index >= len(t.People) {
				continue
			}
			w := WeightNone
			switch r.Cover {
			case CoverCovered:
				w = WeightCovered
			case CoverFoothold:
				lead := c.Group == groupLead
				if !c.Warm && (lead && r.Gap == "leadership" || !lead && r.Gap == "people") {
					w = WeightFoothold
				}
			}
			if old := t.People[c.Index].Weight; old == 0 || w > old {
				t.People[c.Index].Weight = w
			}
		}
	}
}
