package planner

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// PlanOptions tune the day plan.
type PlanOptions struct {
	Days      []string      // YYYY-MM-DD; empty means every day
	Buffer    time.Duration // between items in different rooms
	Must      []string      // item IDs that must stay
	Skip      []string      // item IDs to leave out
	From      time.Duration // day window start, as time since midnight; 0 = none
	To        time.Duration // day window end, as time since midnight; 0 = none
	Interests []string      // words or phrases worth a bonus (see the scoring comment)
	// Explain also says how every candidate's value adds up (Explain.Why),
	// not only each chosen stop's (Stop.Why, Credit.Reason): wording the
	// reasons of hundreds of candidates nobody reads is a tenth of planning.
	Explain bool
}

// Plan is the chosen itinerary, day by day, with its follow-ups.
type Plan struct {
	Days      []DayPlan
	FollowUps []FollowUp // one first touch per person met, sorted by due
	names     *displayNames
}

// DisplayName is DisplayName(name), worked out once per name for the
// plan and whatever writes it (its tables, calendars and notes name the
// same people again and again).
func (p *Plan) DisplayName(name string) string {
	if p == nil {
		return DisplayName(name)
	}
	return p.names.get(name)
}

// displayNames is DisplayName once per name; a nil one works it out
// every time.
type displayNames struct {
	mu sync.Mutex
	m  map[string]string
}

func (d *displayNames) get(name string) string {
	if d == nil {
		return DisplayName(name)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	n, ok := d.m[name]
	if !ok {
		n = DisplayName(name)
		d.m[name] = n
	}
	return n
}

// DayPlan is one day's chosen stops and the reckoning of every candidate.
type DayPlan struct {
	Day     string    // YYYY-MM-DD in the conference zone
	Stops   []Stop    // chosen, in time order
	Value   int       // the sum of the chosen stops' values: the maximum
	Explain []Explain // every candidate of the day, in time order
}

// Dropped returns the candidates left out because they conflict with a
// chosen stop, in time order; not those a chosen stop includes (the talks
// of a chosen session), which the user attends.
func (d *DayPlan) Dropped() []Explain {
	n := 0
	for i := range d.Explain {
		if d.Explain[i].Lost() {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Explain, 0, n)
	for i := range d.Explain {
		if d.Explain[i].Lost() {
			out = append(out, d.Explain[i])
		}
	}
	return out
}

// Lost reports whether the candidate is one Dropped returns: left out
// because it conflicts with a chosen stop.
func (e *Explain) Lost() bool { return !e.Chosen && !e.Covered && len(e.Against) > 0 }

// Stop is one place to be: an item, a session with its talks, or a walk
// through the poster hall.
type Stop struct {
	// ID is the item's ID; for a poster walk it is "posters@" + start and
	// end (YYYY-MM-DDTHHMM-HHMM, conference time) + "@" + the room in
	// lower case with dashes, e.g.
	// posters@2025-09-27T1045-1145@poster-hall-exhibit-hall-d, which stays
	// the same when the walk's posters change (and can be given to --must
	// or --skip).
	ID    string
	Kind  Kind
	Walk  bool // a poster walk: Items are the target posters in board order
	Title string
	Start time.Time
	End   time.Time
	Room  string
	// Items are what the stop covers: the item itself, then for a session
	// its talks or posters with a target or an interest; for a walk, the
	// posters in board order.
	Items   []Item
	Value   int
	Credits []Credit // each target once, strongest first
	Why     []string // how Value adds up
	Must    bool     // pinned with --must
	Points  []TalkingPoint
}

// Explain is the reckoning of one candidate.
type Explain struct {
	ID     string
	Title  string
	Start  time.Time
	End    time.Time
	Room   string
	Value  int
	Why    []string // how Value adds up: always for a chosen stop, for the others with PlanOptions.Explain
	Chosen bool
	// Reason says why it was chosen or left out, in words.
	Reason string
	// Against lists the chosen stops it conflicts with (overlap, or too
	// little time to change rooms), by ID.
	Against []string
	// Filler is set on a candidate worth only the networking bonus: no
	// target, no interest (a Meet the Expert or reception with nobody of
	// yours). Losing one is not news; tables list it only on request.
	Filler bool
	// Covered is set on a candidate that a chosen stop includes (a talk of
	// a chosen session, a poster session a chosen walk goes through): not
	// chosen on its own, yet attended.
	Covered bool
	// Parent is the session a talk candidate belongs to, when that is a
	// candidate too.
	Parent string
}

// MakePlan chooses, for each day, the stops of greatest total value that
// do not overlap — exactly, not greedily.
//
// Candidates. Every item worth more than 0 (see the scoring comment in
// value.go) is a candidate stop, except posters: the posters worth more than
// 0 that share a time slot and a room (the poster hall) become one poster
// walk listing them in board order, worth the walk's targets once each,
// so the user walks the hall once. A talk on its own is a short stop worth
// its people, which leaves time for something else; but a talk inside a
// session is a candidate of its own only when a network-map person, a
// target program's speaker or presenting author, or an interest is in it
// (worthAHop): one whose only link is a program's co-author counts only
// inside its session. A session is worth its
// own people (and posters) plus what each of its talks is worth on its
// own, since sitting through it you hear every talk: so it ties with
// hopping through all its talks one by one, and then wins as one stop. Items in opt.Skip are never candidates; items in opt.Must
// always stay (a pinned poster pins its walk), even outside the day window
// and even when worth 0. Two pinned items that overlap are an error.
//
// Feasibility. Stop B can follow stop A when B starts at or after A ends
// plus opt.Buffer, or at or after A ends when both are in the same room or
// B is a reception of an hour or more (lateJoin: arriving a few minutes
// late to a reception that starts as the sessions end costs nothing; as
// long as it lasts longer than the buffer, this keeps feasibility of
// consecutive stops implying feasibility of every pair).
// Stops must lie inside [From, To] of their day's wall clock when those
// are set.
//
// Guarantee. Among all feasible sets of candidates that contain every
// pinned stop, the day's stops have the greatest total value. Ties go to
// the set with fewer stops (less walking), then to the set whose first
// differing stop, in time order, starts earlier (then ends earlier, then
// has the smaller ID). The result is unique for a given input.
//
// Algorithm. Weighted interval scheduling extended with room-dependent
// buffers: with candidates sorted by start, best(i) = value(i) + the best
// of best(j) over the stops j that may follow i. Those are a suffix of the
// start order (start ≥ end(i) + buffer) plus, in i's room, a suffix of that
// room's start order (start ≥ end(i)), plus a suffix of the long
// receptions' start order (start ≥ end(i)); each suffix's best is kept as
// the DP runs backwards, and found by binary search. Because feasibility of
// consecutive stops implies feasibility of every pair, this is exact.
// Stops conflicting with a pinned stop are removed first; the rest is
// compatible with every pinned stop, so they are merged in afterwards.
// Time O(n log n) per day for n candidates, memory O(n).
func MakePlan(m *Meeting, t *Targets, matches []Match, opt PlanOptions) (*Plan, error) {
	if t == nil {
		t = &Targets{}
	}
	for _, d := range opt.Days {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return nil, fmt.Errorf("day %q: want YYYY-MM-DD", d)
		}
	}
	if opt.To > 0 && opt.From >= opt.To {
		return nil, fmt.Errorf("the day window %s–%s is empty", clock(opt.From), clock(opt.To))
	}
	if opt.Buffer < 0 {
		return nil, fmt.Errorf("buffer %s is negative", opt.Buffer)
	}
	idx := m.Index()
	var errs []error
	for _, id := range opt.Must {
		if _, ok := idx[id]; !ok {
			errs = append(errs, fmt.Errorf("--must %s: no item has this ID", id))
		}
	}
	for _, id := range opt.Skip {
		if _, ok := idx[id]; !ok && !strings.HasPrefix(id, walkPrefix) {
			errs = append(errs, fmt.Errorf("--skip %s: no item has this ID", id))
		}
	}
	must, skip := set(opt.Must), set(opt.Skip)
	for id := range must {
		if skip[id] {
			errs = append(errs, fmt.Errorf("item %s is both pinned (--must) and skipped (--skip)", id))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	names := &displayNames{m: make(map[string]string)}
	b := &builder{m: m, t: t, opt: opt, must: must, skip: skip, points: newPointCache(newProgramIndex(t)), sc: newScorer(m, idx, t, matches, opt.Interests)}
	b.sc.names = names
	b.uniqueIDs = len(idx) == len(m.Items)
	b.children = make(map[string][]int32)
	b.reasons = make(map[string]string)
	b.rooms = make(map[string]string)
	for i := range m.Items {
		it := &m.Items[i]
		if it.ParentID != "" && it.ParentID != it.ID {
			if _, ok := idx[it.ParentID]; ok {
				b.children[it.ParentID] = append(b.children[it.ParentID], int32(i))
			}
		}
	}

	wanted := set(opt.Days)
	byDay := make(map[string][]int32)
	var days []string
	dayOf := make(map[[3]int]string) // b.day, once per date: items share a few
	for i := range m.Items {
		t := m.Items[i].Start
		if m.Zone != nil {
			t = t.In(m.Zone)
		}
		y, mo, dd := t.Date()
		d, ok := dayOf[[3]int{y, int(mo), dd}]
		if !ok {
			d = b.day(&m.Items[i])
			dayOf[[3]int{y, int(mo), dd}] = d
		}
		if len(wanted) > 0 && !wanted[d] {
			continue
		}
		if _, ok := byDay[d]; !ok {
			days = append(days, d)
		}
		byDay[d] = append(byDay[d], int32(i))
	}
	sort.Strings(days)

	p := &Plan{names: names}
	for _, d := range days {
		dp, err := b.planDay(d, byDay[d])
		if err != nil {
			return nil, err
		}
		p.Days = append(p.Days, *dp)
	}
	p.FollowUps = followUps(p, t)
	return p, nil
}

const walkPrefix = "posters@"

// builder carries what planning a day needs.
type builder struct {
	m        *Meeting
	t        *Targets
	opt      PlanOptions
	must     map[string]bool
	skip     map[string]bool
	children map[string][]int32 // positions in m.Items, as all items are named in planning
	points   *pointCache
	sc       *scorer
	// uniqueIDs says no two items share an ID (they should not, but a
	// program file may repeat one).
	uniqueIDs bool
	// reasons holds each dropped candidate's Reason once: most of a day's
	// candidates lose to the same few chosen stops, so of some 800
	// reasons (230 KB at ASTRO size) about 100 differ.
	reasons map[string]string
	rooms   map[string]string // roomKey's
}

func (b *builder) day(it *Item) string {
	if b.m.Zone != nil {
		return it.Start.In(b.m.Zone).Format("2006-01-02")
	}
	return it.Day()
}

// cand is a candidate stop.
type cand struct {
	Stop
	excl string // why it cannot be chosen, before scheduling
	// cover is what a candidate from single covers, until explain sets
	// its Items: the item and its posters (own of them), then its talks;
	// as positions in the meeting's items.
	cover []int32
	own   int
	// lazy says Credits are not made yet (see single): credited stands
	// for them until the candidate is chosen or explained.
	lazy     bool
	credited int // how many targets the stop credits
	// covers are the positions of the items a kept candidate covers; its
	// Items hold only the first until it is chosen (fill).
	covers []int32
	// posters are a walk's posters, until explain makes its credits and
	// reasons.
	posters []int32
	late    int8 // lateJoin's answer: 0 not asked yet, 1 no, 2 yes
	// room is Room lower-cased, its words one space apart (roomKey):
	// two candidates are in the same room when their rooms are equal
	// and not "" (sameRoom).
	room string
}

func (b *builder) planDay(day string, items []int32) (*DayPlan, error) {
	var cands []*cand
	type slot struct {
		start, end time.Time
		room       string
	}
	walks := make(map[slot][]int32)
	var slots []slot
	for _, p := range items {
		it := &b.m.Items[p]
		if b.skip[it.ID] {
			if b.sc.solo(p) > 0 {
				cands = append(cands, b.keep(b.single(p, "skipped (--skip)")))
			}
			continue
		}
		if it.Kind == KindPoster {
			if b.sc.solo(p) <= 0 && !b.must[it.ID] {
				continue
			}
			k := slot{it.Start, it.End, it.Room}
			if _, ok := walks[k]; !ok {
				slots = append(slots, k)
			}
			walks[k] = append(walks[k], p)
			continue
		}
		if c := b.single(p, ""); c != nil {
			cands = append(cands, b.keep(c))
		}
	}
	for _, k := range slots {
		c := b.walk(k.start, k.end, k.room, walks[k])
		if b.skip[c.ID] {
			c.excl = "skipped (--skip)"
		}
		cands = append(cands, c)
	}

	// The day window.
	if b.opt.From > 0 || b.opt.To > 0 {
		d0, _ := time.ParseInLocation("2006-01-02", day, b.zone())
		from := wallClock(d0, b.opt.From)
		to := wallClock(d0, b.opt.To)
		for _, c := range cands {
			if c.excl != "" || c.Must {
				continue
			}
			if (b.opt.From > 0 && c.Start.Before(from)) || (b.opt.To > 0 && c.End.After(to)) {
				c.excl = fmt.Sprintf("outside the day window %s–%s", clock(b.opt.From), windowEnd(b.opt.To))
			}
		}
	}

	for _, c := range cands {
		c.room = b.roomKey(c.Room)
	}
	sort.SliceStable(cands, func(i, j int) bool { return lessStop(&cands[i].Stop, &cands[j].Stop) })

	// Pinned stops: they must not overlap one another; whatever conflicts
	// with one of them is out.
	var pinned []*cand
	for _, c := range cands {
		if c.Must && c.excl == "" {
			pinned = append(pinned, c)
		}
	}
	for i := range pinned {
		for j := i + 1; j < len(pinned); j++ {
			if pinned[i].Start.Before(pinned[j].End) && pinned[j].Start.Before(pinned[i].End) {
				return nil, fmt.Errorf("%s: pinned items %s (%s) and %s (%s) overlap; keep one --must", day,
					pinned[i].ID, span(&pinned[i].Stop), pinned[j].ID, span(&pinned[j].Stop))
			}
		}
	}
	var free []*cand
	for _, c := range cands {
		if c.excl != "" || c.Must {
			continue
		}
		var against []string
		for _, p := range pinned {
			if !compatible(c, p, b.opt.Buffer) {
				against = append(against, p.ID)
			}
		}
		if len(against) > 0 {
			c.excl = "conflicts with pinned " + strings.Join(against, ", ")
			continue
		}
		free = append(free, c)
	}

	chosenFree := schedule(free, b.opt.Buffer)
	chosen := make(map[string]bool)
	for _, c := range pinned {
		chosen[c.ID] = true
	}
	for _, i := range chosenFree {
		chosen[free[i].ID] = true
	}
	for _, c := range cands {
		if b.opt.Explain || (chosen[c.ID] && c.excl == "") {
			b.explain(c)
		}
	}
	dp := &DayPlan{Day: day}
	if len(cands) > 0 {
		dp.Explain = make([]Explain, 0, len(cands))
	}
	var chosenC []*cand
	chosenItems := make(map[*cand]stopItems) // whether a chosen stop covers an item
	chosenNames := make(map[*cand]string)    // a chosen stop as the reasons name it
	for _, c := range cands {
		if chosen[c.ID] && c.excl == "" {
			b.fill(c)
			chosenC = append(chosenC, c)
			chosenItems[c] = indexItems(&c.Stop)
			chosenNames[c] = c.ID + " " + quote(c.Title) + " (" + strconv.Itoa(c.Value) + ")"
		}
	}
	var stops []Stop // nil when none is chosen
	if len(chosenC) > 0 {
		stops = make([]Stop, 0, len(chosenC))
	}
	for _, c := range chosenC {
		s := c.Stop
		s.Points = talkingPoints(&s, b.t, b.points)
		stops = append(stops, s)
		dp.Value += s.Value
	}
	dp.Stops = stops

	var reason []byte // a dropped candidate's Reason, being written
	candIDs := make(map[string]bool, len(cands))
	for _, c := range cands {
		candIDs[c.ID] = true
	}
	for _, c := range cands {
		e := Explain{ID: c.ID, Title: c.Title, Start: c.Start, End: c.End, Room: c.Room, Value: c.Value, Why: c.Why,
			Filler: c.credits() == 0 && c.Value <= bonusNetworker}
		if c.Kind == KindTalk && len(c.Items) > 0 && candIDs[c.Items[0].ParentID] {
			e.Parent = c.Items[0].ParentID
		}
		switch {
		case chosen[c.ID] && c.excl == "" && c.Must:
			e.Chosen, e.Reason = true, "pinned (--must)"
		case chosen[c.ID] && c.excl == "":
			e.Chosen, e.Reason = true, "chosen: part of the day's best total"
		case c.excl != "":
			e.Reason = c.excl
			if strings.HasPrefix(c.excl, "conflicts with pinned") {
				for _, p := range pinned {
					if !compatible(c, p, b.opt.Buffer) {
						e.Against = append(e.Against, p.ID)
					}
				}
			}
		default:
			// "dropped: " and the parts, "; " between them, into one
			// buffer.
			reason = append(reason[:0], "dropped: "...)
			parts := 0
			for _, s := range near(chosenC, c, b.opt.Buffer) {
				if compatible(c, s, b.opt.Buffer) {
					continue
				}
				e.Against = append(e.Against, s.ID)
				if parts++; parts > 1 {
					reason = append(reason, "; "...)
				}
				switch {
				case chosenItems[s].has(c.ID):
					e.Covered = true
					reason = append(append(append(append(append(reason, "covered by "...), s.ID...), ' '), quote(s.Title)...), ", which includes it"...)
				case s.Walk && c.Kind == KindSession && c.sameRoom(s) && c.Start.Equal(s.Start) && c.End.Equal(s.End):
					// The poster session the walk goes through.
					e.Covered = true
					reason = append(append(append(append(append(reason, "covered by "...), s.ID...), ' '), quote(s.Title)...), ", in the same hall at the same time"...)
				case c.Start.Before(s.End) && s.Start.Before(c.End):
					reason = append(append(reason, "overlaps "...), chosenNames[s]...)
				default:
					reason = append(append(append(reason, "too close to "...), chosenNames[s]...), " to change rooms"...)
				}
			}
			r, ok := b.reasons[string(reason)]
			if !ok {
				r = string(reason)
				b.reasons[r] = r
			}
			e.Reason = r
			if parts == 0 {
				// Cannot happen: a compatible candidate worth more than 0
				// would raise the total.
				e.Reason = "dropped"
			}
		}
		dp.Explain = append(dp.Explain, e)
	}
	return dp, nil
}

func (b *builder) zone() *time.Location {
	if b.m.Zone != nil {
		return b.m.Zone
	}
	return time.UTC
}

// single makes the candidate stop for the item at position p (with a
// session's talks), or nil when it is none: not pinned, not skipped, and
// worth nothing or not worth a hop (see worthAHop).
func (b *builder) single(p int32, excl string) *cand {
	it := &b.m.Items[p]
	cover := []int32{p}
	var talks []int32
	for _, ch := range b.children[it.ID] {
		if b.skip[b.m.Items[ch].ID] {
			continue
		}
		if b.sc.solo(ch) > 0 {
			if b.m.Items[ch].Kind == KindTalk {
				talks = append(talks, ch)
			} else {
				cover = append(cover, ch)
			}
		}
	}
	b.sortBoard(cover[1:])
	b.sortBoard(talks)
	// The session's own people and its posters, each target once; then
	// each talk as the stop it would be on its own.
	v := b.sc.value(cover)
	for _, t := range talks {
		v += b.sc.solo(t)
	}
	must := b.must[it.ID]
	if v <= 0 && excl == "" && !must {
		return nil // no candidate
	}
	own := len(cover)
	cover = append(cover, talks...)
	// Most candidates are never chosen: their credits are made only if
	// they are (see explain), and until then counted.
	credited, hop := b.sc.creditFacts(cover)
	if excl == "" && !must && !b.worthAHop(p, hop) {
		return nil
	}
	c := &cand{excl: excl, cover: cover, own: own, lazy: true, credited: credited}
	c.Stop = Stop{
		ID: it.ID, Kind: it.Kind, Title: it.Title, Start: it.Start, End: it.End, Room: it.Room,
		Value: v, Must: must,
	}
	return c
}

// credits is how many targets a candidate credits.
func (c *cand) credits() int {
	if c.lazy {
		return c.credited
	}
	return len(c.Credits)
}

// keep gives a candidate from single, once it is kept, its item: the
// items it covers are copied only if it is chosen (see fill), and until
// then it holds the first, the item itself, which is all that scheduling
// and explaining look at.
func (b *builder) keep(c *cand) *cand {
	p := c.cover[0]
	c.Items = b.m.Items[p : p+1 : p+1]
	c.covers = c.cover
	return c
}

// fill gives a chosen candidate from single all its items.
func (b *builder) fill(c *cand) {
	if c.covers == nil {
		return
	}
	c.Items = make([]Item, len(c.covers))
	for i, p := range c.covers {
		c.Items[i] = b.m.Items[p]
	}
	c.covers = nil
}

// explain completes a kept candidate from single: what its credits are
// worth in words, and how its value adds up.
func (b *builder) explain(c *cand) {
	if c.posters != nil {
		_, c.Credits, c.Why = b.sc.score(c.posters, true)
		c.lazy, c.posters = false, nil
		return
	}
	if c.lazy {
		c.Credits = b.sc.credits(c.cover, false)
		c.lazy = false
	}
	if c.cover == nil {
		return // explained already
	}
	for i := range c.Credits {
		c.Credits[i].Reason = b.sc.reason(c.Credits[i].Match)
	}
	var why []string
	if c.own == len(c.cover) {
		// No talks: the stop's credits are its own items'.
		for _, cr := range c.Credits {
			why = append(why, cr.Reason)
		}
		_, bwhy := b.sc.bonus(c.cover, len(c.Credits) > 0, true)
		why = append(why, bwhy...)
	} else {
		_, _, why = b.sc.score(c.cover[:c.own], true)
		for _, p := range c.cover[c.own:] {
			t := &b.m.Items[p]
			why = append(why, "talk "+t.ID+" "+quote(t.Title)+": +"+strconv.Itoa(b.sc.solo(p)))
		}
	}
	c.Why = why
	c.cover = nil
}

// worthAHop reports whether a stop may stand on its own. A talk inside a
// session (a 10-minute slot, usually in another room) is worth leaving
// one room for only when someone surely there is a target: a person from
// the network map, or a member of a target program who speaks or
// presents; or when it matches an interest. A talk whose only link is a
// target program's co-author, who may not even attend, still counts
// inside its session, which the user can sit through. Everything else
// stands on its own.
//
// hop is whether one of the stop's credits hops (creditFacts).
func (b *builder) worthAHop(p int32, hop bool) bool {
	it := &b.m.Items[p]
	if it.Kind != KindTalk || it.ParentID == "" || b.skip[it.ParentID] || len(b.children[it.ParentID]) == 0 {
		return true
	}
	return hop || len(b.sc.hitsOf(b.sc.item(p))) > 0
}

// hops reports whether a credit makes a talk worth a hop: a network-map
// person, or a program member on stage.
func hops(m *Match) bool { return m.TargetType == TargetPerson || onStage(m.Role) }

// walk makes the poster walk for posters sharing a slot and a room.
// The walk lists the posters that carry a target's strongest appearance
// (each target once, as it is valued), an interest, or a --must; other
// posters of an already-credited program add nothing and would only
// lengthen the walk.
//
// Boards are numbered within a poster session's area of the hall, so a
// walk through posters of several sessions goes session by session (in
// the order of their titles), each in board order; its title names the
// posters' sessions by their codes ("Poster walk: 3 posters (PQA 05,
// PQA 09)") so it reads in a phone's month view.
func (b *builder) walk(start, end time.Time, room string, posters []int32) *cand {
	b.sortWalk(posters)
	credited := b.sc.creditedAt(posters)
	var creditedID map[string]bool // a credit's item ID, for items that share one
	if !b.uniqueIDs {
		creditedID = make(map[string]bool)
		for j, c := range credited {
			if c {
				creditedID[b.m.Items[posters[j]].ID] = true
			}
		}
	}
	keep := posters[:0:0]
	for j, p := range posters {
		if id := b.m.Items[p].ID; credited[j] || creditedID[id] || b.must[id] || len(b.sc.hitsOf(b.sc.item(p))) > 0 {
			keep = append(keep, p)
		}
	}
	posters = keep
	// The credits and reasons are made only if the walk is chosen or
	// explained (see explain); until then its value and the credits'
	// count stand for them.
	v := b.sc.value(posters)
	n, _ := b.sc.creditFacts(posters)
	sessions := make([]string, 0, 2)
	seen := make(map[string]bool)
	mustWalk := false
	for _, pos := range posters {
		p := &b.m.Items[pos]
		if s := p.Session; s != "" && !seen[s] {
			seen[s] = true
			sessions = append(sessions, s)
		}
		if b.must[p.ID] {
			mustWalk = true
		}
	}
	title := fmt.Sprintf("Poster walk: %d poster", len(posters))
	if len(posters) != 1 {
		title += "s"
	}
	switch len(sessions) {
	case 0:
	case 1:
		title += " (" + OneSpaced(sessions[0]) + ")"
	default:
		codes := make([]string, len(sessions))
		for i, s := range sessions {
			codes[i] = SessionCode(s)
		}
		if list := strings.Join(codes, ", "); len(codes) <= 4 && len(list) <= 60 {
			title += " (" + list + ")"
		} else {
			title += fmt.Sprintf(" (%s and %d more sessions)", codes[0], len(codes)-1)
		}
	}
	id := walkPrefix + start.In(b.zone()).Format("2006-01-02T1504") + "-" + end.In(b.zone()).Format("1504") + "@" + strings.ReplaceAll(normWords(room), " ", "-")
	c := &cand{lazy: true, credited: n, posters: posters}
	c.Stop = Stop{
		ID: id, Kind: KindPoster, Walk: true, Title: title, Start: start, End: end, Room: room,
		Value: v, Must: mustWalk || b.must[id],
	}
	if len(posters) > 0 {
		// Its first poster until it is chosen (see keep).
		c.Items = b.m.Items[posters[0] : posters[0]+1 : posters[0]+1]
		c.covers = posters
	}
	return c
}

// lessStop is the canonical stop order: start, end, ID.
func lessStop(a, b *Stop) bool {
	if !a.Start.Equal(b.Start) {
		return a.Start.Before(b.Start)
	}
	if !a.End.Equal(b.End) {
		return a.End.Before(b.End)
	}
	return a.ID < b.ID
}

// lateJoin reports whether a stop may be joined late, by the time it takes
// to change rooms: a reception of an hour or more (and longer than the
// buffer, so whatever follows it still follows what came before it).
func lateJoin(s *Stop, buffer time.Duration) bool {
	d := s.End.Sub(s.Start)
	return d >= time.Hour && d >= buffer && isReception(s)
}

// receptionPhrases name social events in a title or type.
var receptionPhrases = [][]string{{"reception"}, {"mixer"}, {"social"}, {"happy", "hour"}}

// isReception reports whether a stop is a reception: read as one, or an
// event called one ("ARRO Resident and Medical Student Reception").
func isReception(s *Stop) bool {
	if s.Kind == KindReception {
		return true
	}
	if s.Kind != KindEvent || len(s.Items) == 0 {
		return false
	}
	for _, f := range []string{s.Items[0].Title, s.Items[0].Type} {
		w := words(f)
		for _, p := range receptionPhrases {
			if containsPhrase(w, p) {
				return true
			}
		}
	}
	return false
}

// near returns the chosen stops (in time order, disjoint) that start
// before c ends plus buffer and end after c starts less buffer: the only
// ones c can conflict with. A binary search finds the first, so
// explaining a day's candidates costs O(n log n), not O(n × chosen).
func near(chosen []*cand, c *cand, buffer time.Duration) []*cand {
	from := c.Start.Add(-buffer)
	to := c.End.Add(buffer)
	i := sort.Search(len(chosen), func(i int) bool { return chosen[i].End.After(from) })
	j := i
	for j < len(chosen) && chosen[j].Start.Before(to) {
		j++
	}
	return chosen[i:j]
}

// compatible reports whether two candidates can both be in a plan, in
// either order.
func compatible(a, b *cand, buffer time.Duration) bool {
	return follows(a, b, buffer) || follows(b, a, buffer)
}

// follows reports whether b may come right after a. Each candidate is
// asked once whether it may be joined late (which reads its title).
func follows(a, b *cand, buffer time.Duration) bool {
	if a.sameRoom(b) || b.lateJoin(buffer) {
		return !b.Start.Before(a.End)
	}
	return !b.Start.Before(a.End.Add(buffer))
}

// lateJoin is lateJoin(&c.Stop, buffer), worked out once (a plan has one
// buffer).
func (c *cand) lateJoin(buffer time.Duration) bool {
	if c.late == 0 {
		c.late = 1
		if lateJoin(&c.Stop, buffer) {
			c.late = 2
		}
	}
	return c.late == 2
}

// sameRoom is sameRoom(c.Room, d.Room), by their keys (TestSameRoom
// holds sameRoom to comparing them).
func (c *cand) sameRoom(d *cand) bool { return c.room != "" && c.room == d.room }

// roomKey is room lower-cased, its words one space apart, worked out
// once per room as printed: a plan's candidates are in a few dozen.
func (b *builder) roomKey(room string) string {
	k, ok := b.rooms[room]
	if !ok {
		k = strings.Join(strings.Fields(strings.ToLower(room)), " ")
		b.rooms[room] = k
	}
	return k
}

// schedule returns the indices of the best chain of cands (sorted by
// lessStop), in order. See MakePlan for the guarantee and the algorithm.
func schedule(cands []*cand, buffer time.Duration) []int {
	n := len(cands)
	if n == 0 {
		return nil
	}
	type best struct {
		val, cnt int
		next     int // -1 at the end of the chain
	}
	f := make([]best, n)
	// better reports whether the chain starting at i beats the one at j.
	better := func(i, j int) bool {
		if j < 0 {
			return i >= 0
		}
		if i < 0 {
			return false
		}
		if f[i].val != f[j].val {
			return f[i].val > f[j].val
		}
		if f[i].cnt != f[j].cnt {
			return f[i].cnt < f[j].cnt
		}
		return i < j
	}
	// suf[i] is the best chain start among i..n-1.
	suf := make([]int, n+1)
	suf[n] = -1
	// Per room: the candidates' indices in order, and the best start among
	// each suffix of that list.
	roomOf := make([]string, n)
	rooms := make(map[string][]int)
	pos := make([]int, n)
	for i, c := range cands {
		r := c.room // roomKey's
		roomOf[i] = r
		if r == "" {
			continue
		}
		pos[i] = len(rooms[r])
		rooms[r] = append(rooms[r], i)
	}
	roomSuf := make(map[string][]int, len(rooms))
	for r, l := range rooms {
		s := make([]int, len(l)+1)
		for k := range s {
			s[k] = -1
		}
		roomSuf[r] = s
	}
	// The long receptions, joined late: their indices in order, and the
	// best start among each suffix of that list.
	var late []int
	latePos := make([]int, n)
	for i, c := range cands {
		if c.lateJoin(buffer) {
			latePos[i] = len(late)
			late = append(late, i)
		}
	}
	lateSuf := make([]int, len(late)+1)
	for k := range lateSuf {
		lateSuf[k] = -1
	}
	for i := n - 1; i >= 0; i-- {
		c := cands[i]
		// Any room: the first j > i starting at or after end + buffer.
		after := c.End.Add(buffer)
		g := i + 1 + sort.Search(n-i-1, func(k int) bool { return !cands[i+1+k].Start.Before(after) })
		next := suf[g]
		if r := roomOf[i]; r != "" {
			l := rooms[r]
			p0 := pos[i] + 1
			p := p0 + sort.Search(len(l)-p0, func(k int) bool { return !cands[l[p0+k]].Start.Before(c.End) })
			if cand := roomSuf[r][p]; better(cand, next) {
				next = cand
			}
		}
		if len(late) > 0 {
			p := sort.Search(len(late), func(k int) bool { return late[k] > i && !cands[late[k]].Start.Before(c.End) })
			if cand := lateSuf[p]; better(cand, next) {
				next = cand
			}
		}
		f[i] = best{val: c.Value, cnt: 1, next: next}
		if next >= 0 {
			f[i].val += f[next].val
			f[i].cnt += f[next].cnt
		}
		suf[i] = i
		if better(suf[i+1], i) {
			suf[i] = suf[i+1]
		}
		if r := roomOf[i]; r != "" {
			s := roomSuf[r]
			s[pos[i]] = i
			if better(s[pos[i]+1], i) {
				s[pos[i]] = s[pos[i]+1]
			}
		}
		if c.lateJoin(buffer) {
			k := latePos[i]
			lateSuf[k] = i
			if better(lateSuf[k+1], i) {
				lateSuf[k] = lateSuf[k+1]
			}
		}
	}
	var out []int
	for i := suf[0]; i >= 0; i = f[i].next {
		out = append(out, i)
	}
	return out
}

// SessionCode is the short name a session goes by: its code, when its
// title starts with one ("PQA 05" for "PQA 05 - Head and Neck Cancer
// Poster Q&A", "SS 12" for "SS 12: Breast 3"), else the whole title on
// one line.
func SessionCode(title string) string {
	t := OneSpaced(title)
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		code := strings.TrimSpace(t[:i])
		if strings.ContainsAny(code, "0123456789") && len(strings.Fields(code)) <= 4 && len(code) <= 30 {
			return code
		}
	}
	return t
}

// sortWalk orders a walk's posters (positions in the meeting's items)
// session by session, then by board (sortBoard); posters without a
// session come last.
func (b *builder) sortWalk(items []int32) { sortBoardBy(b.m.Items, items, true) }

// sortBoard orders posters (and talks; positions in the meeting's items)
// by board number, then board, then start, then ID, so a walk goes down
// the rows once.
func (b *builder) sortBoard(items []int32) { sortBoardBy(b.m.Items, items, false) }

// sortBoardBy is sortBoard of the positions items in all, session by
// session first when bySession is set (sortWalk; posters without a
// session last). Each board number is read once, and each session is
// ranked once, not compared as a string at each comparison: a slot's
// posters share a few sessions.
func sortBoardBy(all []Item, items []int32, bySession bool) {
	if len(items) < 2 {
		return
	}
	type keyed struct {
		group int32 // the session's rank (sortWalk), or 0
		pos   int32
		num   int
	}
	ks := make([]keyed, len(items))
	for i, p := range items {
		ks[i] = keyed{0, p, boardNumber(all[p].Board)}
	}
	if bySession {
		// The distinct sessions, each posters' by its index in them
		// (found from the last one's, as posters come session by
		// session); then ranked in order, "" last.
		var sessions []string
		var index map[string]int32 // for a walk through many sessions
		last := int32(-1)
		for i := range ks {
			s := all[ks[i].pos].Session
			switch {
			case last >= 0 && sessions[last] == s:
			case index != nil:
				k, ok := index[s]
				if !ok {
					k = int32(len(sessions))
					index[s] = k
					sessions = append(sessions, s)
				}
				last = k
			default:
				k := slices.Index(sessions, s)
				if k < 0 {
					k = len(sessions)
					sessions = append(sessions, s)
					if len(sessions) > 16 {
						index = make(map[string]int32, 2*len(sessions))
						for j, s := range sessions {
							index[s] = int32(j)
						}
					}
				}
				last = int32(k)
			}
			ks[i].group = last
		}
		if len(sessions) > 1 {
			order := make([]int32, len(sessions))
			for k := range order {
				order[k] = int32(k)
			}
			slices.SortFunc(order, func(a, b int32) int {
				x, y := sessions[a], sessions[b]
				if (x == "") != (y == "") {
					if y == "" {
						return -1
					}
					return 1
				}
				return strings.Compare(x, y)
			})
			rank := make([]int32, len(sessions))
			for r, k := range order {
				rank[k] = int32(r)
			}
			for i := range ks {
				ks[i].group = rank[ks[i].group]
			}
		} else {
			for i := range ks {
				ks[i].group = 0
			}
		}
	}
	slices.SortStableFunc(ks, func(x, y keyed) int {
		if x.group != y.group {
			return cmp.Compare(x.group, y.group)
		}
		if x.num != y.num {
			return cmp.Compare(x.num, y.num)
		}
		a, b := &all[x.pos], &all[y.pos]
		if a.Board != b.Board {
			return strings.Compare(a.Board, b.Board)
		}
		if !a.Start.Equal(b.Start) {
			return a.Start.Compare(b.Start)
		}
		return strings.Compare(a.ID, b.ID)
	})
	for i := range ks {
		items[i] = ks[i].pos
	}
}

// boardNumber is the first run of digits in a board ("Board 12", "B-12"),
// or 1<<30 for a board without one.
func boardNumber(board string) int {
	i := strings.IndexAny(board, "0123456789")
	if i < 0 {
		return 1 << 30
	}
	j := i
	for j < len(board) && '0' <= board[j] && board[j] <= '9' {
		j++
	}
	n, err := strconv.Atoi(board[i:j])
	if err != nil {
		return 1 << 30
	}
	return n
}

func set(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// wallClock is the instant d (midnight) + off on the day's wall clock, so a
// window of 08:00 means 08:00 even on a DST change day.
func wallClock(d time.Time, off time.Duration) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, int(off/time.Minute), 0, 0, d.Location())
}

func clock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

func windowEnd(d time.Duration) string {
	if d <= 0 {
		return "end of day"
	}
	return clock(d)
}

func span(s *Stop) string {
	return s.Start.Format("15:04") + "–" + s.End.Format("15:04")
}

// followUps makes one first-touch follow-up per network-map person met at
// a chosen stop: the encounter is their first appearance in the plan, at
// the end of the stop (for a talk inside a chosen session, the session's
// end). Sorted by due, then name.
func followUps(p *Plan, t *Targets) []FollowUp {
	seen := make(map[int]bool)
	n := 0 // person credits: as many follow-ups at most, each a large struct
	for _, d := range p.Days {
		for si := range d.Stops {
			for _, c := range d.Stops[si].Credits {
				if c.Match.TargetType == TargetPerson {
					n++
				}
			}
		}
	}
	var out []FollowUp // nil when there are none
	if n > 0 {
		out = make([]FollowUp, 0, min(n, len(t.People)))
	}
	for _, d := range p.Days {
		for si := range d.Stops {
			s := &d.Stops[si]
			items := indexItems(s)
			var programOf map[string]string // programOfPoint, for a stop with many points
			for _, c := range s.Credits {
				if c.Match.TargetType != TargetPerson || seen[c.Match.TargetIndex] {
					continue
				}
				seen[c.Match.TargetIndex] = true
				ct := &t.People[c.Match.TargetIndex]
				it := items.item(c.ItemID)
				prog := ""
				if len(s.Points) <= 8 {
					prog = programOfPoint(s, ct.Name)
				} else {
					if programOf == nil {
						programOf = make(map[string]string)
						for i := len(s.Points) - 1; i >= 0; i-- {
							if p := &s.Points[i]; p.TargetType == TargetPerson {
								programOf[p.Target] = p.Program
							}
						}
					}
					prog = programOf[ct.Name]
				}
				// The encounter happens at the stop the user sits
				// through: a talk's speaker is met when the session
				// that holds the talk ends, a poster's author when the
				// walk does.
				end := s.End
				if !end.After(s.Start) {
					end = s.Start
				}
				enc := Encounter{
					Name:        ct.Name,
					Institution: ct.Institution,
					Email:       ct.Email,
					Role:        ct.Role,
					Where:       it.Title,
					ItemID:      s.ID,
					ItemKind:    it.Kind,
					Room:        s.Room,
					Part:        c.Match.Role,
					At:          end,
					Notes:       pointFor(ct),
					Program:     prog,
					Planned:     true,
				}
				f := FirstFollowUp(enc)
				f.display, f.displayOf = p.DisplayName(ct.Name), ct.Name // named already, in the stop's reasons
				out = append(out, f)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Due.Equal(out[j].Due) {
			return out[i].Due.Before(out[j].Due)
		}
		return out[i].Encounter.Name < out[j].Encounter.Name
	})
	return out
}

// stopItems finds a stop's items by ID: by a pass over them for a short
// stop, by an index for a long one (a walk through hundreds of posters,
// whose every credit and point looks up its poster).
type stopItems struct {
	s    *Stop
	byID map[string]int // the first item with each ID; nil for a short stop
}

func indexItems(s *Stop) stopItems {
	x := stopItems{s: s}
	if len(s.Items) > 8 {
		x.byID = make(map[string]int, len(s.Items))
		for i := len(s.Items) - 1; i >= 0; i-- {
			x.byID[s.Items[i].ID] = i
		}
	}
	return x
}

// find returns the position of the stop's first item with this id.
func (x stopItems) find(id string) (int, bool) {
	if x.byID != nil {
		i, ok := x.byID[id]
		return i, ok
	}
	for i := range x.s.Items {
		if x.s.Items[i].ID == id {
			return i, true
		}
	}
	return 0, false
}

// has reports whether the stop includes item id.
func (x stopItems) has(id string) bool {
	_, ok := x.find(id)
	return ok
}

// item returns the stop's item id (the stop's own item when absent).
func (x stopItems) item(id string) *Item {
	i, _ := x.find(id)
	return &x.s.Items[i]
}

// pointFor is the one specific point a follow-up mentions: the topic the
// talking points raised with them, as a noun phrase the draft can use
// ("our conversation about …"). The talk or poster itself is already the
// draft's context, so it is not repeated.
func pointFor(ct *Contact) string {
	switch roleClass(ct.Role) {
	case classPD:
		return "visa sponsorship and what makes an IMG applicant competitive in your program"
	case classResident:
		return "what residency in your program is like"
	}
	return ""
}

// quote puts a title on one line between typographic quotes.
func quote(s string) string {
	return "“" + OneSpaced(s) + "”"
}

// OneSpaced is strings.Join(strings.Fields(s), " "), without allocating
// when s already reads so.
func OneSpaced(s string) string {
	if IsOneSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// IsOneSpaced reports whether OneSpaced(s) is s: its words one space
// apart, no other white space.
func IsOneSpaced(s string) bool {
	const (
		high = 0x8080808080808080 // each byte's top bit
		low7 = 0x7f7f7f7f7f7f7f7f
	)
	space := true // at the start, or after a space
	for i := 0; i < len(s); {
		// Eight bytes at a time while they are printable ASCII or spaces
		// (most text: titles, names), no space after another.
		for ; i+8 <= len(s); i += 8 {
			b := s[i : i+8] // one load, no bounds checks
			w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if w&high != 0 || (w+0x6060606060606060)&high != high {
				break // a byte of another character, or a control below ' '
			}
			t := w ^ 0x2020202020202020
			sp := ^((t&low7 + low7) | t | low7) // the top bit of each space
			if sp&(sp<<8) != 0 || space && sp&0x80 != 0 {
				return false // a space after a space, or at the start
			}
			space = sp>>63 != 0
		}
		if i == len(s) {
			break
		}
		if j := i; s[i] > ' ' && s[i] < utf8.RuneSelf {
			// A run of printable ASCII but space.
			for j < len(s) && s[j] > ' ' && s[j] < utf8.RuneSelf {
				j++
			}
			space, i = false, j
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if space {
					return false
				}
				space = true
			case '\t' <= c && c <= '\r': // the other ASCII white space
				return false
			default:
				space = false
			}
			i++
			continue
		}
		space = false
		// Most characters are no space by their first bytes: those of
		// U+00C0–U+07FF and of U+0800–U+0FFF, U+4000–U+FFFF (or bytes
		// that decode as errors, no space either); Unicode's spaces are
		// U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
		// U+205F and U+3000.
		switch {
		case c >= 0xc3 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2
			continue
		case (c == 0xe0 || c >= 0xe4 && c <= 0xef) && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return !space || s == ""
}
