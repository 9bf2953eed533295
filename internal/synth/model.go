package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// Which file an item is written to.
const (
	fileHTML = iota
	filePosters
	fileARRO
)

// person is an invented person.
type person struct {
	First, Middle, Last string // Middle is an initial without its dot, or ""
	Creds               []string
	Pronouns            string
	Inst                int // index in model.insts
	Inst2               int // a second affiliation, or -1
	Net                 int // row in the network map, or -1
}

// mention is a person printed in an item, in the forms the file prints.
type mention struct {
	P    int
	Role planner.Role
	// Filled in by finish:
	Name  string   // as printed: "Jennifer A. Smith" or, in author blocks, "J. A. Smith"
	Full  string   // full name with credentials, for role lines
	Block string   // the name in an author block: "J. A. Smith", "JA Smith"
	Line  string   // a talk presenter's affiliation on the Presenter line
	Creds []string // credentials printed with the name
	Affs  []string // affiliations as printed
}

// item is one program item.
type item struct {
	Kind        planner.Kind
	File        int
	PresID      int    // eventScribe presentation ID (program.html)
	Code        string // session code ("SS 03") or abstract number ("1001")
	Title       string
	Type        string
	Track       string
	Category    string // arro.csv category
	Blurb       string // arro.csv description
	Day         int
	Start, End  int // minutes since midnight, conference wall clock
	Room        string
	Board       string
	Session     string // a poster's session, a talk's parent title
	Parent      int    // index of a talk's session, or -1
	Talks       []int  // a scientific session's talks
	People      []mention
	Initials    bool // author block style: "J. A. Smith" (false) or "JA Smith" (true)
	Presenter   int  // index in People of a talk's presenter or a poster's presenting author, or -1
	AuthorBlock bool // People are printed as an author block (talks, posters)
}

// netEntry is one row of the network map.
type netEntry struct {
	P                                          int
	Name, Role, Institution, Email             string
	HowFound, Contacted, Response, Next, Notes string
	Priority                                   int
}

// progEntry is one row of the programs list.
type progEntry struct {
	Inst      int
	Visa, IMG string
	Priority  int
}

type model struct {
	cfg      Config
	rng      *rand.Rand
	loc      *time.Location
	day0     time.Time
	insts    []institution
	nUS      int // insts[:nUS] are US programs (real, then invented)
	nOther   int // insts[nUS:nUS+nOther] are other US institutions; the rest are abroad
	people   []person
	items    []item
	network  []netEntry
	programs []progEntry
	progSet  map[int]int // institution → row in programs
	titles   map[string]bool
	nTalks   int
	surnames []string // drawn from (Config.Surnames)
}

// build makes the whole meeting in memory; the renderers only print it.
func build(cfg Config) *model {
	if cfg.Days < 1 {
		cfg.Days = 1
	}
	m := &model{
		cfg:    cfg,
		rng:    rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		loc:    mustZone(cfg.Zone),
		titles: make(map[string]bool),
	}
	m.surnames = surnamePool(cfg.Surnames)
	d, err := time.ParseInLocation("2006-01-02", cfg.Start, m.loc)
	if err != nil {
		panic("synth: Start: " + err.Error())
	}
	m.day0 = d
	m.makeInstitutions()
	m.makePrograms()
	m.makeNetwork()
	m.makePool()
	m.makeSessions()
	m.makePosters()
	m.makeEvents()
	m.placeNetwork()
	m.finish()
	return m
}

func (m *model) pick(n int) int { return m.rng.IntN(n) }

func (m *model) chance(p float64) bool { return m.rng.Float64() < p }

func pickOf[T any](m *model, xs []T) T { return xs[m.rng.IntN(len(xs))] }

// makeInstitutions lays out the institution table: US programs (real,
// then invented ones when more programs are asked for than exist), other
// US institutions, institutions abroad.
func (m *model) makeInstitutions() {
	m.insts = append(m.insts, usPrograms...)
	for i := 0; len(m.insts) < m.cfg.Programs; i++ {
		head := placeHeads[i%len(placeHeads)]
		tail := placeTails[(i/len(placeHeads))%len(placeTails)]
		kind := placeKinds[(i/(len(placeHeads)*len(placeTails)))%len(placeKinds)]
		town := head + tail
		name := fmt.Sprintf(kind, town)
		if n := i / (len(placeHeads) * len(placeTails) * len(placeKinds)); n > 0 {
			name = fmt.Sprintf("%s %d", name, n+1)
		}
		m.insts = append(m.insts, institution{
			Name:    name,
			Aliases: []string{acronym(name), town + " Health"},
			City:    town,
			State:   fakeStates[i%len(fakeStates)],
			Domain:  strings.ToLower(acronym(name)),
		})
	}
	for i := range m.insts {
		m.insts[i].US, m.insts[i].Program = true, true
	}
	m.nUS = len(m.insts)
	for _, in := range usOthers {
		in.US = true
		m.insts = append(m.insts, in)
	}
	m.nOther = len(usOthers)
	m.insts = append(m.insts, abroad...)
}

func acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// makePrograms chooses the target programs: a random subset of the US
// programs.
func (m *model) makePrograms() {
	perm := m.rng.Perm(m.nUS)
	n := min(m.cfg.Programs, m.nUS)
	m.progSet = make(map[int]int, n)
	visas := []string{"J-1", "J-1", "H-1B", "J-1;H-1B", "J-1;H-1B", "none", ""}
	imgs := []string{"yes", "yes", "no", "unknown", ""}
	for _, in := range perm[:n] {
		m.progSet[in] = len(m.programs)
		m.programs = append(m.programs, progEntry{
			Inst:     in,
			Visa:     pickOf(m, visas),
			IMG:      pickOf(m, imgs),
			Priority: 1 + m.pick(3),
		})
	}
}

// randomInst returns an institution for an author: mostly US programs,
// some other US institutions, a quarter abroad.
func (m *model) randomInst() int {
	switch r := m.rng.Float64(); {
	case r < 0.65:
		return m.pick(m.nUS)
	case r < 0.75:
		return m.nUS + m.pick(m.nOther)
	default:
		return m.nUS + m.nOther + m.pick(len(m.insts)-m.nUS-m.nOther)
	}
}

func (m *model) newPerson(inst int) person {
	p := person{
		First: pickOf(m, givenNames),
		Last:  pickOf(m, m.surnames),
		Inst:  inst,
		Inst2: -1,
		Net:   -1,
	}
	if m.chance(0.5) {
		p.Middle = string(rune('A' + m.pick(26)))
	}
	p.Creds = pickOf(m, credSets)
	if m.chance(0.03) {
		p.Pronouns = pickOf(m, []string{"(she/her/hers)", "(he/him/his)", "(they/them)"})
	}
	if m.chance(0.08) {
		p.Inst2 = m.randomInst()
	}
	return p
}

var credSets = [][]string{
	{"MD"}, {"MD"}, {"MD"}, {"MD", "PhD"}, {"MD", "PhD"}, {"DO"}, {"MD", "MPH"}, {"PhD"}, {"PhD", "DABR"},
	{"MS", "DABR"}, {"MBBS"}, {"MBBS", "MD"}, {"MD", "MSc"}, {"MD", "FASTRO"}, {"BS"}, {},
}

// nameKey identifies a name as a matcher sees it: surname and first initial.
func nameKey(p person) string {
	return strings.ToLower(fold(p.Last)) + "|" + strings.ToLower(fold(p.First[:1]))
}

// makeNetwork invents the user's network map: people at the target
// programs (and a few elsewhere), written the way users write names.
func (m *model) makeNetwork() {
	seen := make(map[string]bool)
	for len(m.network) < m.cfg.People {
		var inst int
		if len(m.programs) > 0 && m.chance(0.85) {
			inst = pickOf(m, m.programs).Inst
		} else {
			inst = m.pick(m.nUS + m.nOther)
		}
		p := m.newPerson(inst)
		p.Pronouns, p.Inst2 = "", -1
		role := pickOf(m, networkRoles)
		switch role {
		case "Resident", "Chief Resident":
			p.Creds = pickOf(m, [][]string{{"MD"}, {"DO"}, {"MD", "PhD"}, {"MBBS"}})
		case "Medical Physicist":
			p.Creds = pickOf(m, [][]string{{"PhD", "DABR"}, {"MS", "DABR"}, {"PhD"}})
		default:
			p.Creds = pickOf(m, [][]string{{"MD"}, {"MD", "PhD"}, {"MD", "MPH"}, {"DO"}, {"MD", "FASTRO"}})
		}
		// One network person per name key, so every appearance is theirs.
		if seen[nameKey(p)] {
			continue
		}
		seen[nameKey(p)] = true
		p.Net = len(m.network)
		m.people = append(m.people, p)
		in := m.insts[inst]
		instText := in.Name
		if len(in.Aliases) > 0 && m.chance(0.4) {
			instText = pickOf(m, in.Aliases)
		}
		e := netEntry{
			P:           len(m.people) - 1,
			Name:        m.userName(p),
			Role:        role,
			Institution: instText,
			Email:       strings.ToLower(fold(p.First[:1])+emailPart(p.Last)) + "@" + in.Domain + ".example",
			HowFound:    pickOf(m, howFound),
			Response:    pickOf(m, responses),
			Next:        pickOf(m, nextSteps),
			Notes:       pickOf(m, notes),
			Priority:    1 + m.pick(3),
		}
		if e.Response != "" {
			e.Contacted = fmt.Sprintf("2026-%02d-%02d", 6+m.pick(4), 1+m.pick(28))
		}
		if m.chance(0.1) {
			e.Priority = 0 // left blank
		}
		m.network = append(m.network, e)
	}
}

// userName writes a name the way users type it into their network map.
func (m *model) userName(p person) string {
	first := p.First
	if p.Middle != "" && m.chance(0.3) {
		first += " " + p.Middle + "."
	}
	doctor := len(p.Creds) > 0 && (p.Creds[0] == "MD" || p.Creds[0] == "DO" || p.Creds[0] == "PhD" || p.Creds[0] == "MBBS")
	switch r := m.rng.Float64(); {
	case r < 0.25 && doctor:
		return "Dr. " + first + " " + p.Last
	case r < 0.45:
		return p.Last + ", " + first
	case r < 0.65:
		return first + " " + p.Last + ", " + strings.Join(p.Creds, ", ")
	default:
		return first + " " + p.Last
	}
}

// makePool invents the people who fill the program, about three mentions
// each, and the lookalikes of network people.
func (m *model) makePool() {
	talks := m.cfg.Sessions / 4 * 6
	mentions := m.cfg.Sessions*3 + talks*m.cfg.AuthorsPerPoster + m.cfg.Posters*m.cfg.AuthorsPerPoster
	n := max(60, mentions/3)
	netByKey := make(map[string]int)
	for _, p := range m.people {
		netByKey[nameKey(p)] = p.Inst
	}
	for range n {
		p := m.newPerson(m.randomInst())
		// A name key shared with a network person is a different person
		// only at a different institution.
		if in, ok := netByKey[nameKey(p)]; ok && (in == p.Inst || in == p.Inst2) {
			p.Inst = m.nUS + m.nOther + m.pick(len(m.insts)-m.nUS-m.nOther)
			p.Inst2 = -1
		}
		m.people = append(m.people, p)
	}
}

// poolPerson returns a random person who is not in the network map.
func (m *model) poolPerson() int {
	nNet := len(m.network)
	return nNet + m.pick(len(m.people)-nNet)
}

// uniqueTitle draws titles until one is new; after a few tries it numbers
// the title.
func (m *model) uniqueTitle(draw func() string) string {
	t := draw()
	for range 8 {
		if !m.titles[t] {
			break
		}
		t = draw()
	}
	base := t
	for n := 2; m.titles[t]; n++ {
		t = fmt.Sprintf("%s (Part %d)", base, n)
	}
	m.titles[t] = true
	return t
}

func (m *model) abstractTitle(site int) string {
	return m.uniqueTitle(func() string {
		t1 := pickOf(m, techniques)
		t2 := pickOf(m, techniques)
		for t2 == t1 {
			t2 = pickOf(m, techniques)
		}
		return fmt.Sprintf(pickOf(m, templates), t1, sites[site].Site, t2) + pickOf(m, qualifiers)
	})
}

// The session slots of a day: start and the next slot's start, in minutes.
var slots = [][2]int{{7 * 60, 8 * 60}, {8 * 60, 9*60 + 45}, {9*60 + 45, 11*60 + 15}, {11*60 + 15, 13 * 60}, {13 * 60, 14*60 + 45}, {14*60 + 45, 16*60 + 30}, {16*60 + 30, 18 * 60}}

// makeSessions lays out the sessions of program.html: scientific sessions
// with talks, Meet the Expert at 7 AM, education sessions, panels and
// symposia, in rooms that are never double-booked; and half the receptions.
func (m *model) makeSessions() {
	nextPres := 2607001
	nextAbs := 1001
	rooms := make(map[[2]int]int) // (day, slot) → rooms used
	perShort := make(map[string]int)
	codes := make(map[string]int)
	code := func(prefix string) string {
		codes[prefix]++
		return fmt.Sprintf("%s %02d", prefix, codes[prefix])
	}
	for i := range m.cfg.Sessions {
		day := i * m.cfg.Days / m.cfg.Sessions
		site := m.pick(len(sites))
		it := item{Kind: planner.KindSession, File: fileHTML, Day: day, Parent: -1, Presenter: -1, Track: sites[site].Track}
		slot := 1 + m.pick(len(slots)-1)
		r := m.rng.Float64()
		if i%4 == 1 {
			r = -1 // every fourth session has talks
		} else if r < 0.25 {
			r = 0.5 // keep the mix when not a scientific session
		}
		switch {
		case r < 0:
			it.Type = "Scientific Session"
			it.Code = code("SS")
			short := sites[site].Short
			perShort[short]++
			theme := pickOf(m, techniques)
			it.Title = m.uniqueTitle(func() string {
				return fmt.Sprintf("%s - %s %d: %s", it.Code, short, perShort[short], theme)
			})
		case r < 0.40:
			slot = 0
			it.Type = "Meet the Expert"
			it.Code = code("MTE")
			it.Title = m.uniqueTitle(func() string {
				return fmt.Sprintf("Meet the Expert: %s for %s", pickOf(m, techniques), sites[site].Site)
			})
		case r < 0.70:
			it.Type = "Education Session"
			it.Code = code("EDU")
			it.Title = m.uniqueTitle(func() string {
				return fmt.Sprintf(pickOf(m, eduFormats), pickOf(m, techniques), sites[site].Site)
			})
		case r < 0.85:
			it.Type = "Panel"
			it.Code = code("PNL")
			it.Track = "Professional Development"
			it.Title = m.uniqueTitle(func() string { return "Panel: " + pickOf(m, panelTopics) })
		default:
			it.Type = "Symposium"
			it.Code = code("SYM")
			it.Title = m.uniqueTitle(func() string {
				return fmt.Sprintf("Joint Symposium: %s in %s", pickOf(m, techniques), sites[site].Site)
			})
		}
		gap := slots[slot][1] - slots[slot][0]
		it.Start = slots[slot][0]
		switch it.Type {
		case "Meet the Expert":
			it.End = it.Start + pickOf(m, []int{50, 55})
		case "Education Session":
			it.End = it.Start + pickOf(m, []int{60, 75})
		default:
			it.End = it.Start + min(gap-15, pickOf(m, []int{60, 75, 90}))
		}
		key := [2]int{day, slot}
		it.Room = roomName(rooms[key])
		rooms[key]++
		it.PresID = nextPres
		nextPres++

		// The people of the session itself.
		switch it.Type {
		case "Scientific Session":
			for range 1 + m.pick(2) {
				it.People = append(it.People, mention{P: m.poolPerson(), Role: planner.RoleModerator})
			}
		case "Panel":
			it.People = append(it.People, mention{P: m.poolPerson(), Role: planner.RoleModerator})
			for range 2 + m.pick(3) {
				it.People = append(it.People, mention{P: m.poolPerson(), Role: planner.RolePanelist})
			}
		case "Meet the Expert":
			for range 1 + m.pick(2) {
				it.People = append(it.People, mention{P: m.poolPerson(), Role: planner.RoleSpeaker})
			}
		default:
			if m.chance(0.6) {
				it.People = append(it.People, mention{P: m.poolPerson(), Role: planner.RoleModerator})
			}
			for range 2 + m.pick(2) {
				it.People = append(it.People, mention{P: m.poolPerson(), Role: planner.RoleSpeaker})
			}
		}
		it.People = dedupe(it.People)
		si := len(m.items)
		m.items = append(m.items, it)
		if it.Type != "Scientific Session" {
			continue
		}
		// The talks: 4–8 oral abstracts of 10 minutes each.
		m.items[si].PresID = nextPres // the bucket row has no ID; its M row has
		nextPres++
		n := min(4+m.pick(5), (it.End-it.Start-5)/10)
		for k := range n {
			t := item{
				Kind: planner.KindTalk, File: fileHTML, Day: day, Parent: si, Presenter: 0,
				Code: fmt.Sprintf("%d", nextAbs), PresID: nextPres, Type: "Oral Abstract", Track: it.Track,
				Start: it.Start + 2 + 10*k, End: it.Start + 12 + 10*k, Room: it.Room, Session: it.Title,
				AuthorBlock: true, Initials: m.chance(0.4),
			}
			nextAbs++
			nextPres++
			t.Title = m.abstractTitle(site)
			t.People = m.authors()
			m.items[si].Talks = append(m.items[si].Talks, len(m.items))
			m.items = append(m.items, t)
			m.nTalks++
		}
	}
	// Receptions with odd numbers go in program.html, in the evening.
	for i := 0; i < m.cfg.Receptions; i += 2 {
		it := item{
			Kind: planner.KindReception, File: fileHTML, Day: (i / 2) % m.cfg.Days, Parent: -1, Presenter: -1,
			Type: "Social Event", Track: "Networking", Code: code("SOC"), PresID: nextPres,
			Start: 18 * 60, End: 19*60 + 30, Room: "Westin Hotel, Grand Ballroom",
		}
		nextPres++
		it.Title = m.uniqueTitle(func() string { return receptionTitles[(i/2)%len(receptionTitles)] })
		m.items = append(m.items, it)
	}
}

func roomName(i int) string {
	if i < 4 {
		return "Ballroom " + string(rune('A'+i))
	}
	i -= 4
	return fmt.Sprintf("Room %d%c", 100+(i/3)*2+(i%3)/2*50+1, 'A'+rune(i%2))
}

// authors draws an author list of about AuthorsPerPoster people; the first
// is presenting unless another is.
func (m *model) authors() []mention {
	k := max(1, m.cfg.AuthorsPerPoster-3+m.pick(7))
	ps := make([]mention, 0, k)
	for range k {
		ps = append(ps, mention{P: m.poolPerson(), Role: planner.RoleAuthor})
	}
	ps = dedupe(ps)
	ps[0].Role = planner.RolePresentingAuthor
	return ps
}

// dedupe drops a person printed twice in one item.
func dedupe(ps []mention) []mention {
	out := ps[:0]
	for _, p := range ps {
		dup := false
		for _, q := range out {
			if q.P == p.P {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// Poster blocks: start and end, in minutes.
var posterBlocks = [][2]int{{10*60 + 30, 11*60 + 30}, {13*60 + 30, 14*60 + 30}}

// makePosters lays out the posters: one Poster Q&A session per track and
// block, boards numbered within it.
func (m *model) makePosters() {
	nextAbs := 1000*(2+m.nTalks/1000) + 1
	boards := make(map[string]int)
	pqa := make(map[string]string)
	tracks := make(map[string]int)
	for _, s := range sites {
		if _, ok := tracks[s.Track]; !ok {
			tracks[s.Track] = len(tracks)
		}
	}
	for range m.cfg.Posters {
		site := m.pick(len(sites))
		track := sites[site].Track
		ti := tracks[track]
		block := ti % (m.cfg.Days * len(posterBlocks))
		name, ok := pqa[track]
		if !ok {
			name = fmt.Sprintf("PQA %02d - %s Poster Q&A", ti+1, track)
			pqa[track] = name
		}
		boards[name]++
		it := item{
			Kind: planner.KindPoster, File: filePosters, Parent: -1, Presenter: 0,
			Code: fmt.Sprintf("%d", nextAbs), Track: track, Type: "Poster Q&A", Session: name,
			Day:   block / len(posterBlocks),
			Start: posterBlocks[block%len(posterBlocks)][0], End: posterBlocks[block%len(posterBlocks)][1],
			Room: "Poster Hall, Exhibit Hall B", Board: fmt.Sprintf("Board %d", boards[name]),
			AuthorBlock: true, Initials: m.chance(0.15),
		}
		nextAbs++
		it.Title = m.abstractTitle(site)
		it.People = m.authors()
		if len(it.People) > 2 && m.chance(0.25) {
			// Not always the first author presents.
			j := 1 + m.pick(len(it.People)-1)
			it.People[0].Role, it.People[j].Role = planner.RoleAuthor, planner.RolePresentingAuthor
			it.Presenter = j
		}
		m.items = append(m.items, it)
	}
}

// makeEvents lays out arro.csv: ARRO, medical-student and networking
// events, and the even-numbered receptions.
func (m *model) makeEvents() {
	for i := range m.cfg.Events {
		a := arroTitles[i%len(arroTitles)]
		it := item{
			Kind: planner.KindEvent, File: fileARRO, Parent: -1, Presenter: -1,
			Day: (i + i/len(arroTitles)) % m.cfg.Days, Start: a.Start, End: a.End,
			Category: a.Category, Blurb: a.Blurb, Type: a.Category,
			Room: fmt.Sprintf("Marriott Marquis, Salon %d", 1+i%8),
		}
		it.Title = m.uniqueTitle(func() string { return a.Title })
		it.People = append(it.People, mention{P: m.poolPerson(), Role: planner.RoleModerator})
		role := planner.RoleSpeaker
		if strings.Contains(a.Title, "Panel") || strings.Contains(a.Title, "Forum") {
			role = planner.RolePanelist
		}
		for range 2 + m.pick(2) {
			it.People = append(it.People, mention{P: m.poolPerson(), Role: role})
		}
		it.People = dedupe(it.People)
		m.items = append(m.items, it)
	}
	for i := 1; i < m.cfg.Receptions; i += 2 {
		it := item{
			Kind: planner.KindReception, File: fileARRO, Parent: -1, Presenter: -1,
			Day: (i / 2) % m.cfg.Days, Start: 17*60 + 30, End: 19 * 60,
			Category: "Reception", Type: "Reception", Room: "Marriott Marquis, Atrium Lobby",
			Blurb: "Informal reception; residents, students and program faculty welcome.",
		}
		it.Title = m.uniqueTitle(func() string { return receptionTitles[(i/2+3)%len(receptionTitles)] })
		m.items = append(m.items, it)
	}
}

// placeNetwork puts network people into the program: on stage in
// sessions and events, presenting talks and posters, co-authoring. About
// one in five is not at the meeting; some appear twice. Some get a
// lookalike: same surname and first initial, another institution.
func (m *model) placeNetwork() {
	var sessions, talks, posters, events []int
	for i, it := range m.items {
		switch it.Kind {
		case planner.KindSession:
			sessions = append(sessions, i)
		case planner.KindTalk:
			talks = append(talks, i)
		case planner.KindPoster:
			posters = append(posters, i)
		case planner.KindEvent:
			events = append(events, i)
		}
	}
	for j := range m.network {
		p := m.network[j].P
		places := 1
		if m.chance(0.25) {
			places = 2
		}
		if m.chance(0.2) {
			places = 0
		}
		for range places {
			switch r := m.rng.Float64(); {
			case r < 0.35 && len(sessions) > 0:
				i := pickOf(m, sessions)
				role := planner.RoleSpeaker
				switch m.items[i].Type {
				case "Panel":
					role = planner.RolePanelist
				case "Scientific Session":
					role = planner.RoleModerator
				}
				m.add(i, mention{P: p, Role: role})
			case r < 0.45 && len(talks) > 0:
				i := pickOf(m, talks)
				m.replace(i, p, true)
			case r < 0.60 && len(posters) > 0:
				m.replace(pickOf(m, posters), p, true)
			case r < 0.85 && len(posters) > 0:
				m.replace(pickOf(m, posters), p, false)
			case len(events) > 0:
				m.add(pickOf(m, events), mention{P: p, Role: pickOf(m, []planner.Role{planner.RoleSpeaker, planner.RoleModerator, planner.RolePanelist})})
			}
		}
		if m.chance(0.15) && len(posters) > 0 {
			// A lookalike at another institution.
			src := m.people[p]
			q := m.newPerson(m.nUS + m.nOther + m.pick(len(m.insts)-m.nUS-m.nOther))
			q.Last = src.Last
			q.First = sameInitial(m, src.First)
			m.people = append(m.people, q)
			m.replace(pickOf(m, posters), len(m.people)-1, false)
		}
	}
}

func sameInitial(m *model, first string) string {
	var cands []string
	for _, g := range givenNames {
		if g[0] == first[0] && g != first {
			cands = append(cands, g)
		}
	}
	if len(cands) == 0 {
		return first
	}
	return pickOf(m, cands)
}

// add appends a person to an item unless they are already in it.
func (m *model) add(i int, mt mention) {
	for _, q := range m.items[i].People {
		if q.P == mt.P {
			return
		}
	}
	m.items[i].People = append(m.items[i].People, mt)
}

// replace puts person p in place of the presenter (presenting) or of a
// co-author of an author-block item, never in place of a network person.
func (m *model) replace(i, p int, presenting bool) {
	it := &m.items[i]
	for _, q := range it.People {
		if q.P == p {
			return
		}
	}
	if presenting {
		if m.people[it.People[it.Presenter].P].Net < 0 {
			it.People[it.Presenter].P = p
		}
		return
	}
	for range 4 {
		k := m.pick(len(it.People))
		if k != it.Presenter && m.people[it.People[k].P].Net < 0 {
			it.People[k].P = p
			return
		}
	}
}
