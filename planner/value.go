package planner

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
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

// roleSeparators are read as spaces in a Role.
var roleSeparators = strings.NewReplacer(".", " ", ",", " ", "/", " ", "-", " ", "(", " ", ")", " ")

// roleClass sorts a network map Role into program director (and associate,
// and chair), faculty, resident, or other.
//
// An ASCII role (every role, in practice) is read lower-cased, its
// separators as spaces, in a buffer on the stack: a plan asks it of every
// contact, credit and follow-up. Others go through strings.
func roleClass(role string) int {
	var buf [64]byte
	if r, ok := appendRoleASCII(buf[:0], role); ok {
		return roleClassOf(r)
	}
	return roleClassOf([]byte(" " + strings.ToLower(roleSeparators.Replace(role)) + " "))
}

// appendRoleASCII appends to r what roleClass reads of an ASCII role:
// " " + role lower-cased, roleSeparators as spaces, + " "; ok is false
// for a role with other runes (lower-casing may change its length) or
// one longer than r's room.
func appendRoleASCII(r []byte, role string) ([]byte, bool) {
	if len(role)+2 > cap(r)-len(r) {
		return r, false
	}
	r = append(r, ' ')
	for i := 0; i < len(role); i++ {
		switch c := role[i]; {
		case c >= utf8.RuneSelf:
			return r, false
		case c == '.' || c == ',' || c == '/' || c == '-' || c == '(' || c == ')':
			r = append(r, ' ')
		case 'A' <= c && c <= 'Z':
			r = append(r, c+'a'-'A')
		default:
			r = append(r, c)
		}
	}
	return append(r, ' '), true
}

// roleClassOf is roleClass of a role as it reads it: lower-cased, its
// separators as spaces, a space at either end.
func roleClassOf(r []byte) int {
	switch {
	case bytes.Contains(r, []byte("program director")), bytes.Contains(r, []byte(" pd ")), bytes.Contains(r, []byte(" apd ")),
		bytes.Contains(r, []byte("programme director")), bytes.Contains(r, []byte(" chair ")), bytes.Contains(r, []byte("chairman")),
		bytes.Contains(r, []byte("chairwoman")), bytes.Contains(r, []byte("chairperson")):
		return classPD
	case bytes.Contains(r, []byte("resident")), bytes.Contains(r, []byte("fellow ")), bytes.Contains(r, []byte("trainee")):
		return classResident
	case bytes.Contains(r, []byte("faculty")), bytes.Contains(r, []byte("attending")), bytes.Contains(r, []byte("professor")),
		bytes.Contains(r, []byte("physicist")), bytes.Contains(r, []byte("consultant")), bytes.Contains(r, []byte("oncologist")):
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
	return eventHasPhrase(it, phrases)
}

// eventHasPhrase is eventHas for an item known to be a networking event
// or a reception.
func eventHasPhrase(it *Item, phrases [][]string) bool {
	if it.Kind == KindTalk || it.Kind == KindPoster {
		return false
	}
	for _, s := range [...]string{it.Type, it.Track, it.Session, it.Title} {
		if s == "" {
			continue
		}
		f := fold(s)
		if !mayHavePhrase(f, phrases) {
			continue
		}
		w := strings.FieldsFunc(f, notWordRune) // words(s)
		for _, p := range phrases {
			if containsPhrase(w, p) {
				return true
			}
		}
	}
	return false
}

// eventHasSet is eventHasPhrase(it, set.phrases), by the set's needles.
func eventHasSet(it *Item, set *phraseSet) bool {
	if it.Kind == KindTalk || it.Kind == KindPoster {
		return false
	}
	for _, s := range [...]string{it.Type, it.Track, it.Session, it.Title} {
		if s != "" && set.has(s) {
			return true
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
	return networkingLabel(it)
}

// networkingLabel is NetworkingLabel for an item known to be a
// networking event or a reception.
func networkingLabel(it *Item) string {
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
	// Most names and rooms are ASCII: lower-cased and spaced in one pass,
	// into one buffer, or s itself when it reads so already.
	ascii, same := true, true
	space := true // at the start, or after a space written
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			ascii = false
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&' || c == '+':
			space = false
		case c == ' ' && !space && i+1 < len(s) && normKeeps(s[i+1]):
			space = true
		default:
			same = false
		}
		if !ascii {
			break
		}
	}
	if ascii {
		if same {
			return s
		}
		return string(appendNormASCII(make([]byte, 0, len(s)), s))
	}
	return normWordsSlow(s)
}

// appendNormWords appends normWords(s) to b.
func appendNormWords(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return append(b, normWordsSlow(s)...)
		}
	}
	return appendNormASCII(b, s)
}

// appendNormASCII appends normWords(s) to b for ASCII s: lower-cased,
// each run of other bytes than letters, digits, & and + one space, none
// at either end.
func appendNormASCII(b []byte, s string) []byte {
	start := len(b)
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&' || c == '+' {
			b = append(b, c)
			space = false
			continue
		}
		if !space {
			b = append(b, ' ')
			space = true
		}
	}
	if n := len(b); n > start && b[n-1] == ' ' {
		b = b[:n-1]
	}
	return b
}

// normKeeps reports whether normWords keeps the ASCII byte c as it is.
func normKeeps(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&' || c == '+'
}

// normWordsSlow is normWords for any text.
func normWordsSlow(s string) string {
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
//
// names, when set, names the person once per plan.
func matchValue(m Match, t *Targets, explain bool, names *displayNames) (int, string) {
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
		return v, names.get(c.Name) + " (" + role + ", " + priorityLabel(c.Priority) + ") " + partName + ": " +
			strconv.Itoa(pp) + "×" + strconv.Itoa(rf) + "×" + strconv.Itoa(part) + weightLabel(c.Weight)
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
		head, tail := programReason(p, m.Role)
		return v, head + printedOrSomeone(m.Who) + tail
	}
	return 0, ""
}

// programReason is a program credit's reason but for the name printed:
// "Miami (P1) via " + name + ", speaker: 100×1×3".
func programReason(p *Program, role Role) (head, tail string) {
	partName := string(role)
	if partName == "" {
		partName = "appears"
	}
	return p.Name + " (" + priorityLabel(p.Priority) + ") via ",
		", " + partName + ": " + strconv.Itoa(PriorityPoints(p.Priority)) + "×1×" + strconv.Itoa(PartFactor(role)) + weightLabel(p.Weight)
}

func printedOrSomeone(who string) string {
	if who == "" {
		return "someone"
	}
	return who
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
	return "×" + strconv.Itoa(weight) + "%"
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
	return "P" + strconv.Itoa(p)
}

// scorer values stops for one plan: it knows each target's points, and
// each item's matches, networking label, interests and value on its
// own, each worked out once, however many candidate stops the item is
// part of.
type scorer struct {
	t         *Targets
	interests []string
	// people and programs are each target's priority points × role
	// factor (programs: × 1) and its weight.
	people, programs []targetBase
	matches          []Match
	items            []itemInfo      // by position in the meeting
	meeting          []Item          // the meeting's items; scoring names them by position
	netText          map[string]bool // hasPhrase(s, networkingPhrases), by s
	// slot[k] is 1 + the position in the stop being scored of the credit
	// for dense target k (people first, then programs); 0 when none
	// (credits marks a target it has counted but not yet placed -1).
	slot    []int32
	reasons map[reasonKey]reasonParts
	bests   []best // creditFacts' and creditedAt's scratch
	touched []int  // value's
	marks   []bool // creditedAt's
	lastNet [4]recentText
	nextNet int
	all     []int32          // each item's matches, item after item (itemInfo.from, to)
	targets []matchTarget    // each match's target slot and value (dense), by position in matches
	hits    [][]string       // interest hits of the items that have some
	net     map[int32]string // NetworkingLabel of the items asked for it (label)
	names   *displayNames    // the plan's
}

type targetBase struct{ points, weight int }

// itemInfo is what scoring needs of one item, worked out once. It holds
// no pointer (a meeting has thousands of items): its matches and
// interest hits are in the scorer.
type itemInfo struct {
	from, to  int32 // its matches: scorer.all[from:to], positions in scorer.matches
	hits      int32 // 1 + its interest hits' index in scorer.hits; 0 for none
	done      bool  // isNet, applicant, trainee and hits are set
	isNet     bool  // a networking event or a reception
	applicant bool  // ApplicantEvent
	trainee   bool  // TraineeEvent
	soloDone  bool
	solo      int // the item's value as a stop of its own
}

// matchesOf are the positions in s.matches of an item's matches.
func (s *scorer) matchesOf(in *itemInfo) []int32 { return s.all[in.from:in.to:in.to] }

// hitsOf are the interests an item mentions.
func (s *scorer) hitsOf(in *itemInfo) []string {
	if in.hits == 0 {
		return nil
	}
	return s.hits[in.hits-1]
}

type reasonKey struct {
	typ  TargetType
	idx  int
	role Role
}

// newScorer prepares the scoring of m's items; idx is m.Index(). Matches
// are found by item ID, as printed IDs are what matches name.
func newScorer(m *Meeting, idx map[string]int, t *Targets, matches []Match, interests []string) *scorer {
	s := &scorer{t: t, interests: interests, matches: matches, items: make([]itemInfo, len(m.Items)), meeting: m.Items,
		netText: make(map[string]bool), slot: make([]int32, len(t.People)+len(t.Programs)), reasons: make(map[reasonKey]reasonParts)}
	s.people = make([]targetBase, len(t.People))
	for i := range t.People {
		c := &t.People[i]
		s.people[i] = targetBase{PriorityPoints(c.Priority) * RoleFactor(c.Role), c.Weight}
	}
	s.programs = make([]targetBase, len(t.Programs))
	for i := range t.Programs {
		p := &t.Programs[i]
		s.programs[i] = targetBase{PriorityPoints(p.Priority), p.Weight}
	}
	// Each ID's matches, in the order given, in one array: the items that
	// share an ID (which should not happen) share them.
	first := idx
	count := make([]int, len(m.Items))
	itemOf := make([]int32, len(matches)) // the position of each match's item; -1 for none
	lastID, lastK, lastOK := "", 0, false // matches come item by item: one look-up per item
	// Each match's slot and value, read here with its item: scoring then
	// reads eight bytes a match, not the match (a large program's
	// matches are tens of megabytes).
	s.targets = make([]matchTarget, len(matches))
	for i := range matches {
		slot, value := s.dense(&matches[i])
		s.targets[i] = matchTarget{int32(slot), int32(value)}
		k, ok := lastK, lastOK
		if id := matches[i].ItemID; i == 0 || id != lastID {
			k, ok = first[id]
			lastID, lastK, lastOK = id, k, ok
		}
		if !ok {
			itemOf[i] = -1
			continue
		}
		itemOf[i] = int32(k)
		count[k]++
	}
	all := make([]int32, 0, len(matches))
	s.all = all[:len(matches)]
	start := make([]int, len(m.Items))
	for k, n := range count {
		start[k] = len(all)
		all = all[:len(all)+n]
		count[k] = 0
	}
	for i, k := range itemOf {
		if k >= 0 {
			all[start[k]+count[k]] = int32(i)
			count[k]++
		}
	}
	unique := len(first) == len(m.Items) // then each item is its ID's first
	for i := range m.Items {
		k := i
		if !unique {
			k = first[m.Items[i].ID]
		}
		s.items[i].from, s.items[i].to = int32(start[k]), int32(start[k]+count[k])
	}
	return s
}

// item is what scoring needs of the meeting's item at position p.
func (s *scorer) item(p int32) *itemInfo {
	in := &s.items[p]
	if !in.done {
		it := &s.meeting[p]
		in.done = true
		if h := interestHits(it, s.interests); h != nil {
			s.hits = append(s.hits, h)
			in.hits = int32(len(s.hits))
		}
		if it.Kind == KindReception || isNetworking(it, s.networkingText) {
			in.isNet = true
			in.applicant = eventHasSet(it, &applicantSet)
			in.trainee = !in.applicant && eventHasSet(it, &traineeSet)
		}
	}
	return in
}

// label is NetworkingLabel for the networking event or reception at
// position p.
func (s *scorer) label(p int32) string {
	if l, ok := s.net[p]; ok && l != "" {
		return l
	}
	if s.net == nil {
		s.net = make(map[int32]string)
	}
	l := networkingLabel(&s.meeting[p])
	s.net[p] = l
	return l
}

// networkingText is hasPhrase(text, networkingPhrases), once per text:
// items share their types, tracks and sessions.
func (s *scorer) networkingText(text string) bool {
	// Items in a row share their type, track and session: the last few
	// answers first.
	for i := range s.lastNet {
		if l := &s.lastNet[i]; l.ok && l.text == text {
			return l.v
		}
	}
	v, ok := s.netText[text]
	if !ok {
		v = networkingSet.has(text)
		s.netText[text] = v
	}
	s.lastNet[s.nextNet] = recentText{text, v, true}
	s.nextNet = (s.nextNet + 1) % len(s.lastNet)
	return v
}

// recentText is one of scorer.networkingText's last answers.
type recentText struct {
	text  string
	v, ok bool
}

// matchTarget is a match's dense: its target's slot and its value.
type matchTarget struct{ slot, value int32 }

// target is dense of the match at position mi, as newScorer worked it out.
func (s *scorer) target(mi int32) (int, int) {
	t := s.targets[mi]
	return int(t.slot), int(t.value)
}

// dense is the slot of a match's target and its value (matchValue's),
// or -1 when the match is worth nothing.
func (s *scorer) dense(m *Match) (int, int) {
	var base targetBase
	k := m.TargetIndex
	switch m.TargetType {
	case TargetPerson:
		if k < 0 || k >= len(s.people) {
			return -1, 0
		}
		base = s.people[k]
	case TargetProgram:
		if k < 0 || k >= len(s.programs) {
			return -1, 0
		}
		base = s.programs[k]
		k += len(s.people)
	default:
		return -1, 0
	}
	v := weighed(base.points*PartFactor(m.Role), base.weight)
	if v <= 0 {
		return -1, 0
	}
	return k, v
}

// reason is matchValue's explanation of m, formatted once per target,
// part and printed name.
func (s *scorer) reason(m Match) string {
	k := reasonKey{m.TargetType, m.TargetIndex, m.Role}
	if m.TargetType == TargetProgram && m.TargetIndex >= 0 && m.TargetIndex < len(s.t.Programs) {
		// One head and tail per program and part; the printed names
		// differ from credit to credit.
		r, ok := s.reasons[k]
		if !ok {
			head, tail := programReason(&s.t.Programs[m.TargetIndex], m.Role)
			r = reasonParts{head, tail}
			s.reasons[k] = r
		}
		return r.head + printedOrSomeone(m.Who) + r.tail
	}
	r, ok := s.reasons[k]
	if !ok {
		_, r.head = matchValue(m, s.t, true, s.names)
		s.reasons[k] = r
	}
	return r.head
}

// reasonParts is a credit's reason (head alone) or a program credit's
// reason around the printed name.
type reasonParts struct{ head, tail string }

// credits returns, for a stop made of the items at positions items, each
// target's strongest appearance (the first among equals), strongest first
// (then by target type and index); with reasons, each says how its value
// adds up.
func (s *scorer) credits(items []int32, reasons bool) []Credit {
	// Each target's strongest match (the first among equals), as small
	// records; sorted; then the credits, in one slice of their size.
	bests := s.bests[:0]
	for _, it := range items {
		for _, mi := range s.matchesOf(s.item(it)) {
			k, v := s.target(mi)
			if k < 0 {
				continue
			}
			if p := s.slot[k]; p == 0 {
				bests = append(bests, best{v, mi, int32(k), it})
				s.slot[k] = int32(len(bests))
			} else if v > bests[p-1].v {
				bests[p-1].v, bests[p-1].mi, bests[p-1].it = v, mi, it
			}
		}
	}
	s.bests = bests
	if len(bests) == 0 {
		return nil
	}
	for _, b := range bests {
		s.slot[b.k] = 0
	}
	slices.SortFunc(bests, func(a, b best) int {
		if a.v != b.v {
			return cmp.Compare(b.v, a.v)
		}
		ma, mb := &s.matches[a.mi], &s.matches[b.mi]
		if ma.TargetType != mb.TargetType {
			return cmp.Compare(ma.TargetType, mb.TargetType)
		}
		return cmp.Compare(ma.TargetIndex, mb.TargetIndex)
	})
	out := make([]Credit, len(bests))
	for i, b := range bests {
		c := &out[i]
		c.Match, c.ItemID, c.Value = s.matches[b.mi], s.meeting[b.it].ID, b.v
		c.Priority = targetPriority(c.Match, s.t)
		if reasons {
			c.Reason = s.reason(c.Match)
		}
	}
	return out
}

// creditFacts is what credits(items, false) would say without making the
// credits: how many targets the stop credits, and whether a credit hops
// (see hops).
func (s *scorer) creditFacts(items []int32) (n int, hop bool) {
	bests := s.bests[:0] // the strongest match of each target, as credits picks it
	for _, it := range items {
		for _, mi := range s.matchesOf(s.item(it)) {
			k, v := s.target(mi)
			if k < 0 {
				continue
			}
			if p := s.slot[k]; p == 0 {
				bests = append(bests, best{v, mi, int32(k), 0})
				s.slot[k] = int32(len(bests))
			} else if v > bests[p-1].v {
				bests[p-1].v, bests[p-1].mi = v, mi
			}
		}
	}
	for _, b := range bests {
		s.slot[b.k] = 0
		hop = hop || hops(&s.matches[b.mi])
	}
	s.bests = bests
	return len(bests), hop
}

// best is a target's strongest match so far: its value, the match and
// the target's slot.
type best struct {
	v         int
	mi, k, it int32 // it: the item the match is in (credits)
}

// value is what a stop made of items is worth, as score's total, without
// the credits or reasons.
func (s *scorer) value(items []int32) int {
	total := 0
	n := 0
	touched := s.touched[:0]
	for _, it := range items {
		for _, mi := range s.matchesOf(s.item(it)) {
			k, v := s.target(mi)
			if k < 0 {
				continue
			}
			// slot holds 1 + the best value so far.
			if p := int(s.slot[k]); p == 0 {
				s.slot[k] = int32(v + 1)
				touched = append(touched, k)
				total += v
				n++
			} else if v > p-1 {
				s.slot[k] = int32(v + 1)
				total += v - (p - 1)
			}
		}
	}
	for _, k := range touched {
		s.slot[k] = 0
	}
	s.touched = touched
	bonus, _ := s.bonus(items, n > 0, false)
	return total + bonus
}

// creditedAt marks the items holding a credit of the stop made of items
// (credits' ItemIDs), by position in items, without making the credits.
// The marks are the scorer's until its next call.
func (s *scorer) creditedAt(items []int32) []bool {
	bests := s.bests[:0] // mi holds the position in items
	for j, it := range items {
		for _, mi := range s.matchesOf(s.item(it)) {
			k, v := s.target(mi)
			if k < 0 {
				continue
			}
			if p := s.slot[k]; p == 0 {
				bests = append(bests, best{v, int32(j), int32(k), 0})
				s.slot[k] = int32(len(bests))
			} else if v > bests[p-1].v {
				bests[p-1].v, bests[p-1].mi = v, int32(j)
			}
		}
	}
	out := s.marks[:0]
	for range items {
		out = append(out, false)
	}
	for _, b := range bests {
		s.slot[b.k] = 0
		out[b.mi] = true
	}
	s.bests, s.marks = bests, out
	return out
}

// solo is the value of the item at position p as a stop of its own.
func (s *scorer) solo(p int32) int {
	in := s.item(p)
	if !in.soloDone {
		one := [1]int32{p}
		in.solo, in.soloDone = s.value(one[:]), true
	}
	return in.solo
}

// bonus is a stop's networking and interest bonus and, with explain,
// its reasons; credited says whether any target is credited there.
func (s *scorer) bonus(items []int32, credited, explain bool) (int, []string) {
	var hits []string
	var seen map[string]bool
	for _, it := range items {
		for _, h := range s.hitsOf(s.item(it)) {
			if seen == nil {
				seen = make(map[string]bool)
			}
			if k := strings.ToLower(h); !seen[k] {
				seen[k] = true
				hits = append(hits, h)
			}
		}
	}
	total := 0
	var why []string
	if len(items) > 0 {
		in := s.item(items[0])
		net := ""
		if in.isNet && explain {
			net = s.label(items[0])
		}
		switch {
		case in.isNet && in.applicant:
			total += bonusApplicant
			if explain {
				why = append(why, "applicant event ("+net+"): +"+strconv.Itoa(bonusApplicant))
			}
		case in.isNet && in.trainee:
			total += bonusTrainee
			if explain {
				why = append(why, "trainee event ("+net+"): +"+strconv.Itoa(bonusTrainee))
			}
		case in.isNet && (credited || len(hits) > 0 || s.meeting[items[0]].Kind != KindPoster):
			total += bonusNetworker
			if explain {
				why = append(why, "networking ("+net+"): +"+strconv.Itoa(bonusNetworker))
			}
		}
	}
	for _, h := range hits {
		total += bonusInterest
		if explain {
			why = append(why, "interest "+strconv.Quote(h)+": +"+strconv.Itoa(bonusInterest))
		}
	}
	return total, why
}

// score values a stop made of items: credits, networking, interests. It
// returns the value, the credits and, with explain, the reasons,
// strongest first (formatting them is most of the cost, and most calls
// only compare values).
func (s *scorer) score(items []int32, explain bool) (int, []Credit, []string) {
	cr := s.credits(items, explain)
	total := 0
	var why []string
	for _, c := range cr {
		total += c.Value
		if explain {
			why = append(why, c.Reason)
		}
	}
	bonus, bwhy := s.bonus(items, len(cr) > 0, explain)
	return total + bonus, cr, append(why, bwhy...)
}
