package planner

import (
	"fmt"
	"sort"
	"strings"
)

// Scoring. What an item is worth to the user is an integer, so that equal
// plans tie exactly and the tie rules in MakePlan decide (floats would
// decide by rounding noise).
//
// Every target (a network-map person or a residency program) that appears
// in a stop is worth
//
//	priority points × role factor × part factor
//
// where
//
//   - priority points: priority 1 → 100, 2 → 30, 3 → 10, 4 or lower → 3.
//     An unset priority (0) counts as 3: a target you did not rank is still
//     a target, but never outranks the ones you did. A priority-3 target is
//     worth at most 10 × 3 × 3 = 90, less than the least a priority-1 target
//     is worth (100), so a conflict between one priority-1 target and one
//     priority-3 target always goes to priority 1.
//   - role factor, from the Role column of the network map: program
//     director, associate program director or chair → 3; faculty,
//     attending, professor or physicist → 2; resident, alumni and anyone
//     else → 1. A program target (someone from the program, role unknown)
//     has factor 1.
//   - part factor, from the part the person plays in the item: speaker,
//     moderator, panelist or presenting author → 3 (on stage, so they are
//     there and can be approached after); co-author or unknown → 1 (may not
//     even attend).
//
// A target counts once per stop, at its strongest appearance: a program
// with five posters in one poster walk is one chance to meet that program,
// not five. The same target at two different stops counts at both. A
// session is worth its own people (moderators, panelists, speakers) plus
// what each of its talks is worth as a stop of its own, so sitting through
// a session is worth exactly as much as hopping through all its talks.
//
// Then a stop gains
//
//   - networking +20 when it is a networking event (IsNetworking: ARRO,
//     resident or medical-student events, Meet the Expert, poster Q&A; and
//     receptions), a room made for talking to people. A networking event
//     with no target and no interest is still worth its +20, so free time
//     fills with places to meet people; a poster walk gets it once, and
//     only for posters with a target or an interest;
//   - or, instead of the +20, more for the events built for the user's
//     search (the event itself, not a talk or poster in it):
//     applicant event +120 (ApplicantEvent: Meet the Program Directors,
//     residency fairs, IMG forums, medical-student and applicant
//     events), where program directors and residents come to meet
//     applicants: 120 is the networking +20 plus what the weakest
//     priority-1 appearance is worth (100, a co-author from a priority-1
//     program, who may not attend), so such an event outweighs any one
//     priority-3 target, any priority-2 program or co-author, and a
//     co-author from a priority-1 program, while priority-1 people and
//     priority-2 faculty or program directors on stage still win;
//     trainee event +50 (TraineeEvent: other ARRO, resident, mentoring
//     and ASPP events), where residents and mentors are, which outweighs
//     three co-authors from priority-3 programs;
//   - interest +10 for each --interests word or phrase found in its title,
//     type, track or session (InterestHits; each interest once per stop).
//
// With plan --shortlist, each target's value is then weighed by where the
// user stands with its program (weighed, Weigh in shortlist.go): ×1.5
// where one more encounter changes the most, ×0.5 where the program is
// already covered. Only values change; the scheduler stays exact.
//
// Only stops worth more than 0 are candidates for a plan, and a talk
// inside a session stands on its own only with a reason to change rooms
// for it (see MakePlan).
const (
	pointsP1       = 100
	pointsP2       = 30
	pointsP3       = 10
	pointsLow      = 3
	bonusNetworker = 20
	bonusTrainee   = 50
	bonusApplicant = 120
	bonusInterest  = 10
)

// PriorityPoints is what a target of priority p is worth before the role
// and part factors. Priority 0 (unset) counts as 3.
func PriorityPoints(p int) int {
	switch {
	case p == 1:
		return pointsP1
	case p == 2:
		return pointsP2
	case p == 3 || p <= 0:
		return pointsP3
	}
	return pointsLow
}

// RoleFactor is the factor for a contact's Role column: 3 for program
// directors, associate program directors and chairs, 2 for faculty,
// attendings, professors and physicists, 1 for everyone else.
func RoleFactor(role string) int {
	switch roleClass(role) {
	case classPD:
		return 3
	case classFaculty:
		return 2
	}
	return 1
}

// PartFactor is the factor for the part a person plays in an item: 3 on
// stage (speaker, moderator, panelist, presenting author), 1 otherwise.
func PartFactor(r Role) int {
	switch r {
	case RoleSpeaker, RoleModerator, RolePanelist, RolePresentingAuthor:
		return 3
	}
	return 1
}

// contact role classes, strongest first.
const (
	classPD = iota
	classFaculty
	classResident
	classOther
)

// roleClass sorts a network map Role into program director (and associate,
// and chair), faculty, resident, or other.
func roleClass(role string) int {
	r := " " + strings.ToLower(strings.NewReplacer(".", " ", ",", " ", "/", " ", "-", " ", "(", " ", ")", " ").Replace(role)) + " "
	switch {
	case strings.Contains(r, "program director"), strings.Contains(r, " pd "), strings.Contains(r, " apd "),
		strings.Contains(r, "programme director"), strings.Contains(r, " chair "), strings.Contains(r, "chairman"),
		strings.Contains(r, "chairwoman"), strings.Contains(r, "chairperson"):
		return classPD
	case strings.Contains(r, "resident"), strings.Contains(r, "fellow "), strings.Contains(r, "trainee"):
		return classResident
	case strings.Contains(r, "faculty"), strings.Contains(r, "attending"), strings.Contains(r, "professor"),
		strings.Contains(r, "physicist"), strings.Contains(r, "consultant"), strings.Contains(r, "oncologist"):
		return classFaculty
	}
	return classOther
}

// applicantPhrases mark the events built for applicants to meet
// programs, and traineePhrases those built for residents and trainees (as
// whole words; the last may be plural).
var (
	applicantPhrases = [][]string{
		{"program", "director"}, {"programme", "director"}, {"residency"}, {"match"},
		{"medical", "student"}, {"med", "student"}, {"international", "medical", "graduate"}, {"img"},
		{"applicant"}, {"prospective", "resident"},
	}
	traineePhrases = [][]string{
		{"arro"}, {"resident"}, {"mentorship"}, {"mentoring"}, {"mentor"}, {"trainee"}, {"aspp"},
	}
)

// ApplicantEvent reports whether an item is an event built for applicants
// to meet programs: Meet the Program Directors, a residency fair, an IMG
// forum, a medical-student or applicant event. Talks and posters never
// are (a poster on medical students' wellbeing is research), and neither
// is an item that is not a networking event or a reception.
func ApplicantEvent(it *Item) bool { return eventHas(it, applicantPhrases) }

// TraineeEvent reports whether an item is an event built for residents
// and trainees (an ARRO, resident, mentoring or ASPP event) that is not an
// applicant event.
func TraineeEvent(it *Item) bool {
	return !ApplicantEvent(it) && eventHas(it, traineePhrases)
}

func eventHas(it *Item, phrases [][]string) bool {
	if it.Kind == KindTalk || it.Kind == KindPoster || (it.Kind != KindReception && !IsNetworking(it)) {
		return false
	}
	for _, s := range []string{it.Type, it.Track, it.Session, it.Title} {
		if s == "" {
			continue
		}
		w := words(s)
		for _, p := range phrases {
			if containsPhrase(w, p) {
				return true
			}
		}
	}
	return false
}

// networkingWords name the kind of networking event in the why column.
var networkingWords = []string{
	"program director", "international medical graduate", "medical student", "residency", "arro",
	"meet the expert", "poster q&a", "resident", "mentor", "networking", "reception", "aspp",
}

// NetworkingLabel says why an item is a networking event (IsNetworking, or
// a reception), or "" when it is not one.
func NetworkingLabel(it *Item) string {
	if it.Kind != KindReception && !IsNetworking(it) {
		return ""
	}
	hay := strings.ToLower(strings.Join([]string{it.Type, it.Track, it.Session, it.Title}, " | "))
	for _, w := range networkingWords {
		if strings.Contains(hay, w) {
			return w
		}
	}
	if it.Kind == KindReception {
		return "reception"
	}
	return "event"
}

// interestHits returns the interests found in an item (InterestHits) or
// in the title of the session it belongs to, each once, in the order given.
func interestHits(it *Item, interests []string) []string {
	if len(interests) == 0 {
		return nil
	}
	hits := InterestHits(it, interests)
	if it.Session != "" {
		seen := make(map[string]bool, len(hits))
		for _, h := range hits {
			seen[h] = true
		}
		for _, h := range InterestHits(&Item{Title: it.Session}, interests) {
			if !seen[h] {
				hits = append(hits, h)
			}
		}
	}
	return hits
}

// normWords lower-cases s and turns every run of non-letters and
// non-digits into one space.
func normWords(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if r == '&' || r == '+' || ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') || r > 127 {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// targetKey identifies a target across matches.
type targetKey struct {
	typ TargetType
	idx int
}

// Credit is what one target adds to a stop: the strongest of its
// appearances there.
type Credit struct {
	Match    Match  // the appearance credited
	ItemID   string // the item it is in (a talk of a session, a poster of a walk)
	Priority int    // the target's priority (0 when unset)
	Value    int    // priority points × role factor × part factor
	Reason   string // e.g. "Dr. Ana De La Cruz (Associate Program Director, P1) speaker: 100×3×3"
}

// matchValue scores one match and, when explain is set, says how.
func matchValue(m Match, t *Targets, explain bool) (int, string) {
	part := PartFactor(m.Role)
	partName := string(m.Role)
	if partName == "" {
		partName = "appears"
	}
	switch m.TargetType {
	case TargetPerson:
		if m.TargetIndex < 0 || m.TargetIndex >= len(t.People) {
			return 0, ""
		}
		c := &t.People[m.TargetIndex]
		pp, rf := PriorityPoints(c.Priority), RoleFactor(c.Role)
		v := weighed(pp*rf*part, c.Weight)
		if !explain {
			return v, ""
		}
		role := c.Role
		if role == "" {
			role = "role unknown"
		}
		return v, fmt.Sprintf("%s (%s, %s) %s: %d×%d×%d%s", DisplayName(c.Name), role, priorityLabel(c.Priority), partName, pp, rf, part, weightLabel(c.Weight))
	case TargetProgram:
		if m.TargetIndex < 0 || m.TargetIndex >= len(t.Programs) {
			return 0, ""
		}
		p := &t.Programs[m.TargetIndex]
		pp := PriorityPoints(p.Priority)
		v := weighed(pp*part, p.Weight)
		if !explain {
			return v, ""
		}
		who := m.Who
		if who == "" {
			who = "someone"
		}
		return v, fmt.Sprintf("%s (%s) via %s, %s: %d×1×%d%s", p.Name, priorityLabel(p.Priority), who, partName, pp, part, weightLabel(p.Weight))
	}
	return 0, ""
}

// weighed applies a target's plan weight (percent; 0 means 100), set
// from the shortlist by Weigh: a program where the user has a foothold
// ×1.5, one already covered ×0.5 (see shortlist.go). Values stay
// integers, rounded down.
func weighed(v, weight int) int {
	if weight <= 0 || weight == 100 {
		return v
	}
	return v * weight / 100
}

func weightLabel(weight int) string {
	if weight <= 0 || weight == 100 {
		return ""
	}
	return fmt.Sprintf("×%d%%", weight)
}

// targetPriority is the Priority of a match's target.
func targetPriority(m Match, t *Targets) int {
	switch m.TargetType {
	case TargetPerson:
		return t.People[m.TargetIndex].Priority
	case TargetProgram:
		return t.Programs[m.TargetIndex].Priority
	}
	return 0
}

func priorityLabel(p int) string {
	if p <= 0 {
		return "unranked, as P3"
	}
	return fmt.Sprintf("P%d", p)
}

// credits returns, for a stop made of items, each target's strongest
// appearance, strongest first (then by target type and index); with
// reasons, each says how its value adds up.
func credits(items []*Item, byItem map[string][]Match, t *Targets, reasons bool) []Credit {
	best := make(map[targetKey]Credit)
	for _, it := range items {
		for _, m := range byItem[it.ID] {
			v, _ := matchValue(m, t, false)
			if v <= 0 {
				continue
			}
			k := targetKey{m.TargetType, m.TargetIndex}
			if old, ok := best[k]; !ok || v > old.Value {
				best[k] = Credit{Match: m, ItemID: it.ID, Priority: targetPriority(m, t), Value: v}
			}
		}
	}
	out := make([]Credit, 0, len(best))
	for _, c := range best {
		if reasons {
			_, c.Reason = matchValue(c.Match, t, true)
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Value != b.Value {
			return a.Value > b.Value
		}
		if a.Match.TargetType != b.Match.TargetType {
			return a.Match.TargetType < b.Match.TargetType
		}
		return a.Match.TargetIndex < b.Match.TargetIndex
	})
	return out
}

// score values a stop made of items: credits, networking, interests. It
// returns the value and, with explain, the reasons, strongest first
// (formatting them is most of the cost, and most calls only compare
// values).
func score(items []*Item, byItem map[string][]Match, t *Targets, interests []string, explain bool) (int, []Credit, []string) {
	cr := credits(items, byItem, t, explain)
	total := 0
	var why []string
	for _, c := range cr {
		total += c.Value
		if explain {
			why = append(why, c.Reason)
		}
	}
	seen := make(map[string]bool)
	var hits []string
	for _, it := range items {
		for _, h := range interestHits(it, interests) {
			if k := strings.ToLower(h); !seen[k] {
				seen[k] = true
				hits = append(hits, h)
			}
		}
	}
	net := ""
	if len(items) > 0 {
		net = NetworkingLabel(items[0])
	}
	switch {
	case net != "" && ApplicantEvent(items[0]):
		total += bonusApplicant
		why = append(why, fmt.Sprintf("applicant event (%s): +%d", net, bonusApplicant))
	case net != "" && TraineeEvent(items[0]):
		total += bonusTrainee
		why = append(why, fmt.Sprintf("trainee event (%s): +%d", net, bonusTrainee))
	case net != "" && (len(cr) > 0 || len(hits) > 0 || items[0].Kind != KindPoster):
		total += bonusNetworker
		why = append(why, fmt.Sprintf("networking (%s): +%d", net, bonusNetworker))
	}
	for _, h := range hits {
		total += bonusInterest
		why = append(why, fmt.Sprintf("interest %q: +%d", h, bonusInterest))
	}
	if !explain {
		why = nil
	}
	return total, cr, why
}
