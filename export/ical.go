package export

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/confplan/confplan/planner"
)

// The calendars confplan writes.
//
// Every file is a VCALENDAR with VERSION, PRODID, CALSCALE:GREGORIAN,
// METHOD:PUBLISH and X-WR-CALNAME, CRLF line endings, lines folded at 75
// octets between UTF-8 characters, and TEXT values escaped (newline, comma,
// semicolon, backslash; a stray CR becomes a newline, other control
// characters are dropped). golang-ical builds the components and escapes
// the text; it is told to write CRLF and not to fold, because it folds
// before a space (so a continuation line starts with two spaces, which
// clients that trim continuation lines lose) and the folding here is
// simpler to prove: see fold.
//
// Times are UTC instants (…Z), never a TZID: a TZID needs a complete
// VTIMEZONE with its DST rules, golang-ical's AddTimezone writes an empty
// one, and Outlook and others shift such events by an hour. Descriptions
// repeat the time in the conference's zone, as the phone may still be on
// the user's home zone.
//
// Identity. A UID is the SHA-1 of the meeting's name and the stop's ID
// ("<40 hex>@confplan"), so importing a new plan updates events instead of
// duplicating them. Follow-ups and tasks hash the person and the
// encounter's date instead (see followUpUID), so a planned follow-up and
// the one logged with 'confplan met' are one event in a calendar.
//
// DTSTAMP and SEQUENCE come from content, never from the clock, so
// rerunning on the same input gives byte-identical files:
//
//   - first write (no earlier file): SEQUENCE 0 and DTSTAMP 00:00:00 UTC on
//     1 January of the event's year;
//   - when the earlier file is given (CalendarOptions.Prior, read with
//     ReadPrior), an event whose content is unchanged keeps its SEQUENCE
//     and DTSTAMP; one whose content changed gets DTSTAMP one second after
//     the earlier one, and SEQUENCE one higher only if its start, end or
//     room changed (RFC 5546: a new SEQUENCE means a change that matters
//     to attendance; talking points do not). The content is recognized by
//     X-CONFPLAN-DIGEST, a hash of everything written but those three;
//   - follow-ups written from the encounter log (CalendarOptions.Logged)
//     record what happened and supersede the planned follow-up of the same
//     UID that an itinerary may have put in the calendar: they start at
//     SEQUENCE 1, with DTSTAMP at the encounter's time.
const (
	prodID   = "-//confplan//confplan//EN"
	uidHost  = "@confplan"
	maxOctet = 75
)

// CalendarOptions tune the calendars written.
type CalendarOptions struct {
	Name    string         // calendar name shown by clients (X-WR-CALNAME)
	Meeting string         // meeting identity: seeds UIDs
	Zone    *time.Location // conference zone, for local times in descriptions
	Alarm   time.Duration  // DISPLAY alarm before each event; 0 = none
	// Prior is what an earlier run wrote, by UID (see ReadPrior); nil for
	// a first write.
	Prior map[string]Prior
	// Logged says the follow-ups come from the encounter log, not from a
	// plan: they supersede planned ones (see the scheme above).
	Logged bool
	// Cancel says the file replaces Prior as a whole (a re-plan): an
	// event or task of Prior that this write no longer holds is written
	// again as STATUS:CANCELLED with a raised SEQUENCE, so the phone that
	// imported the earlier file drops it (see Changes for why).
	Cancel bool
}

// Prior is what an earlier file said about one event or task.
type Prior struct {
	Sequence int
	Stamp    time.Time
	Start    time.Time
	End      time.Time
	Location string
	Digest   string
	Summary  string
	Status   string // STATUS as written; "" when absent
	Todo     bool   // a VTODO, not a VEVENT
	FollowUp bool   // a follow-up (CATEGORIES holds Follow-up), not a stop
	Walk     bool   // a poster walk (CATEGORIES holds Poster walk)
	// Ours says confplan wrote it (a confplan UID and digest): only such
	// events are ever cancelled, never one a user's own calendar holds.
	Ours bool
}

// UID is the calendar UID of a stop or item with the given ID in the
// meeting.
func UID(meeting, id string) string {
	return hashID(meeting, id) + uidHost
}

func hashID(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	b := make([]byte, 0, n)
	for _, p := range parts {
		b = append(b, p...)
		b = append(b, 0)
	}
	sum := sha1.Sum(b)
	return hex.EncodeToString(sum[:])
}

// followUpUID identifies the follow-up of an encounter; todo says whether
// it is the VTODO (a task store may hold both). It depends on the person
// (name and institution as in the network map), the touch (first or
// second) and the encounter's date in the conference zone, not on the
// meeting or the item: so the follow-up 'plan --ics' puts in the
// itinerary and the one 'confplan followups --ics' writes after 'met'
// logs the same encounter share a UID, and a calendar holding both files
// keeps one event (the later import updates it) instead of two reminders
// to write the same email. Met on another day than planned, they are two
// encounters and keep two UIDs.
func followUpUID(f *planner.FollowUp, todo bool) string {
	kind := "event"
	if todo {
		kind = "todo"
	}
	e := &f.Encounter
	day := ""
	if !e.At.IsZero() {
		day = e.At.Format("2006-01-02")
	}
	return hashID("follow-up", kind, string(f.Kind), planner.OneSpaced(e.Name), planner.OneSpaced(e.Institution), day) + uidHost
}

// uniqueUIDs hands out UIDs within one file: a UID seen before (the same
// person met twice in a day, both logged) gets a numbered variant, so no
// file holds two components with one UID.
type uniqueUIDs map[string]int

func (u uniqueUIDs) take(uid string) string {
	n := u[uid]
	u[uid] = n + 1
	if n == 0 {
		return uid
	}
	return strings.TrimSuffix(uid, uidHost) + "-" + strconv.Itoa(n+1) + uidHost
}

// names is planner.DisplayName and planner.Addressee worked out once per
// distinct name in one write: a walk's notes name hundreds of people, and
// every follow-up names its person three times. A nil *names works them
// out every time.
type names struct {
	plan      *planner.Plan // its DisplayName, shared by every write of it
	display   map[string]string
	addressee map[[2]string]string
	buf       []byte // stampFrom's, for each component in turn
	text      []byte // stopText's, for each stop in turn
}

// newNames names the people of plan (nil when the write has none).
func newNames(plan *planner.Plan) *names {
	return &names{plan: plan, display: make(map[string]string), addressee: make(map[[2]string]string)}
}

// Display is planner.DisplayName(name).
func (n *names) Display(name string) string {
	if n == nil {
		return planner.DisplayName(name)
	}
	if n.plan != nil {
		return n.plan.DisplayName(name)
	}
	d, ok := n.display[name]
	if !ok {
		d = planner.DisplayName(name)
		n.display[name] = d
	}
	return d
}

// Addressee is planner.Addressee(name, role).
func (n *names) Addressee(name, role string) string {
	if n == nil {
		return planner.Addressee(name, role)
	}
	k := [2]string{name, role}
	a, ok := n.addressee[k]
	if !ok {
		a = n.plan.Addressee(name, role) // a nil plan names the person itself
		n.addressee[k] = a
	}
	return a
}

// WriteICal writes the phone calendar: one VEVENT per planned stop and one
// per follow-up, at its window's start, related to its encounter's event.
// plan may be nil.
func WriteICal(w io.Writer, plan *planner.Plan, followups []planner.FollowUp, opt CalendarOptions) error {
	return serialize(w, icalCalendar(plan, followups, opt))
}

// icalCalendar is the calendar WriteICal writes.
func icalCalendar(plan *planner.Plan, followups []planner.FollowUp, opt CalendarOptions) *ics.Calendar {
	cal := newCalendar(opt)
	stops := stopUIDs(plan, opt)
	nm := newNames(plan)
	if plan != nil {
		for _, d := range plan.Days {
			for i := range d.Stops {
				addStop(cal, &d.Stops[i], stops[d.Stops[i].ID], opt, nm)
			}
		}
	}
	uids := make(uniqueUIDs)
	for i := range followups {
		addFollowUpEvent(cal, &followups[i], uids.take(followUpUID(&followups[i], false)), stops, opt, nm)
	}
	if opt.Cancel {
		for _, c := range diff(plan, followups, opt, true) {
			if c.Kind == Dropped {
				addCancelled(cal, c, opt)
			}
		}
	}
	return cal
}

// WriteTodos writes follow-ups as VTODOs for task apps (Thunderbird, macOS
// Reminders): DTSTART at the window's start, DUE at its end, STATUS, and
// RELATED-TO the encounter's event.
func WriteTodos(w io.Writer, followups []planner.FollowUp, opt CalendarOptions) error {
	return serialize(w, todoCalendar(followups, opt))
}

// todoCalendar is the calendar WriteTodos writes.
func todoCalendar(followups []planner.FollowUp, opt CalendarOptions) *ics.Calendar {
	cal := newCalendar(opt)
	uids := make(uniqueUIDs)
	nm := newNames(nil)
	for i := range followups {
		f := &followups[i]
		uid := uids.take(followUpUID(f, true))
		t := &ics.VTodo{ComponentBase: newComponent(uid)}
		setTime(&t.ComponentBase, ics.ComponentPropertyDtStart, f.WindowStart)
		setTime(&t.ComponentBase, ics.ComponentPropertyDue, f.Due)
		summary := oneLine(followUpSummary(f, nm))
		setProp(&t.ComponentBase, ics.ComponentPropertySummary, summary)
		status := ics.ObjectStatusNeedsAction
		if isDone(f) {
			status = ics.ObjectStatusCompleted
		}
		setProp(&t.ComponentBase, ics.ComponentPropertyStatus, string(status))
		m := shortMailto(f)
		setProp(&t.ComponentBase, ics.ComponentPropertyDescription, description(followUpText(f, m, opt)))
		setCategories(&t.ComponentBase, []string{"Follow-up"})
		if f.Encounter.ItemID != "" {
			addProp(&t.ComponentBase, ics.ComponentPropertyRelatedTo, UID(opt.Meeting, f.Encounter.ItemID))
		}
		if m != "" {
			setProp(&t.ComponentBase, ics.ComponentPropertyUrl, m)
		}
		addFollowUpAlarm(&t.ComponentBase, summary)
		stampFollowUp(&t.ComponentBase, uid, f, f.WindowStart, f.Due, opt, nm)
		cal.AddVTodo(t)
	}
	if opt.Cancel {
		for _, c := range todoChanges(followups, opt, true) {
			addCancelled(cal, c, opt)
		}
	}
	return cal
}

func isDone(f *planner.FollowUp) bool {
	return f.Status == "sent" || f.Status == "answered"
}

func newCalendar(opt CalendarOptions) *ics.Calendar {
	cal := ics.NewCalendarFor("confplan")
	cal.SetProductId(prodID)
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	name := opt.Name
	if name == "" {
		name = opt.Meeting
	}
	if name == "" {
		name = "confplan"
	}
	cal.SetXWRCalName(oneLine(name))
	return cal
}

func addStop(cal *ics.Calendar, s *planner.Stop, uid string, opt CalendarOptions, nm *names) {
	e := &ics.VEvent{ComponentBase: newComponent(uid)}
	c := &e.ComponentBase
	setTime(c, ics.ComponentPropertyDtStart, s.Start)
	if s.End.After(s.Start) {
		// An item printed without an end gets no DTEND: RFC 5545 then
		// ends it at its start, where DTEND = DTSTART is invalid.
		setTime(c, ics.ComponentPropertyDtEnd, s.End)
	}
	summary := stopSummary(s, nm)
	setProp(c, ics.ComponentPropertySummary, oneLine(summary))
	if s.Room != "" {
		setProp(c, ics.ComponentPropertyLocation, oneLine(s.Room))
	}
	nm.text = stopText(nm.text, s, opt, nm)
	setProp(c, ics.ComponentPropertyDescription, description(nm.text))
	setCategories(c, stopCategories(s))
	if opt.Alarm > 0 {
		addAlarm(c, "-"+icalDuration(opt.Alarm), oneLine("In "+humanDuration(opt.Alarm)+": "+summary+roomSuffix(s.Room)))
	}
	stamp(&e.ComponentBase, uid, s.Start, s.End, s.Room, opt, nm)
	cal.AddVEvent(e)
}

func addFollowUpEvent(cal *ics.Calendar, f *planner.FollowUp, uid string, stops map[string]string, opt CalendarOptions, nm *names) {
	e := &ics.VEvent{ComponentBase: newComponent(uid)}
	c := &e.ComponentBase
	end := f.WindowStart.Add(15 * time.Minute)
	setTime(c, ics.ComponentPropertyDtStart, f.WindowStart)
	setTime(c, ics.ComponentPropertyDtEnd, end)
	summary := oneLine(followUpSummary(f, nm))
	setProp(c, ics.ComponentPropertySummary, summary)
	m := shortMailto(f)
	setProp(c, ics.ComponentPropertyDescription, description(followUpText(f, m, opt)))
	setCategories(c, []string{"Follow-up", "confplan"})
	if id := f.Encounter.ItemID; id != "" {
		uid := stops[id]
		if uid == "" {
			uid = UID(opt.Meeting, id)
		}
		addProp(c, ics.ComponentPropertyRelatedTo, uid)
	}
	if m != "" {
		setProp(c, ics.ComponentPropertyUrl, m)
	}
	addFollowUpAlarm(&e.ComponentBase, summary)
	stampFollowUp(&e.ComponentBase, uid, f, f.WindowStart, end, opt, nm)
	cal.AddVEvent(e)
}

// walkMoves is how far a walk may move and still be the same walk.
const walkMoves = 2 * time.Hour

// stopUIDs gives each stop of plan its UID: UID(meeting, ID), except for
// a poster walk that moved. A walk's ID holds its time (see planner.Stop),
// so a poster session that moves would give its walk a new UID, and the
// phone a cancelled walk and a new one; instead, a walk whose own UID the
// earlier file lacks takes over the UID of an earlier walk that no stop
// of the new plan claims, in the same room on the same day and at most
// two hours away — the nearest in time — and so moves, with a raised
// SEQUENCE.
func stopUIDs(plan *planner.Plan, opt CalendarOptions) map[string]string {
	out := make(map[string]string)
	if plan == nil {
		return out
	}
	claimed := make(map[string]bool)
	for _, d := range plan.Days {
		for i := range d.Stops {
			uid := UID(opt.Meeting, d.Stops[i].ID)
			out[d.Stops[i].ID] = uid
			claimed[uid] = true
		}
	}
	if len(opt.Prior) == 0 {
		return out
	}
	var free []string // earlier walks no stop claims, by UID order
	for uid, p := range opt.Prior {
		if p.Walk && p.Ours && !p.Todo && p.Status != "CANCELLED" && !claimed[uid] {
			free = append(free, uid)
		}
	}
	sort.Strings(free)
	for _, d := range plan.Days {
		for i := range d.Stops {
			s := &d.Stops[i]
			if _, ok := opt.Prior[out[s.ID]]; ok || !s.Walk {
				continue
			}
			loc := localZone(opt, s.Start)
			best, bestGap := -1, time.Duration(0)
			for j, uid := range free {
				p := opt.Prior[uid]
				if uid == "" || p.Location != oneLine(s.Room) || p.Start.In(loc).Format("2006-01-02") != s.Start.In(loc).Format("2006-01-02") {
					continue
				}
				gap := p.Start.Sub(s.Start)
				if gap < 0 {
					gap = -gap
				}
				if gap > walkMoves {
					continue // another walk, not this one moved
				}
				if best < 0 || gap < bestGap {
					best, bestGap = j, gap
				}
			}
			if best >= 0 {
				out[s.ID] = free[best]
				free[best] = ""
			}
		}
	}
	return out
}

// addFollowUpAlarm rings when a follow-up's window opens. Every file
// confplan writes gives a follow-up this one alarm (the itinerary, the
// tasks, 'followups --ics'), whatever --alarm says about stops, so the
// same event reminds the same way wherever it was imported from. Its
// text is the follow-up's summary, oneLine(followUpSummary(f, nm)).
func addFollowUpAlarm(c *ics.ComponentBase, summary string) {
	addAlarm(c, "PT0S", summary)
}

// addAlarm gives c a DISPLAY alarm with this trigger and text.
func addAlarm(c *ics.ComponentBase, trigger, text string) {
	a := &ics.VAlarm{ComponentBase: ics.ComponentBase{Properties: make([]ics.IANAProperty, 0, 3)}}
	setProp(&a.ComponentBase, ics.ComponentPropertyAction, string(ics.ActionDisplay))
	setProp(&a.ComponentBase, ics.ComponentPropertyTrigger, trigger)
	setProp(&a.ComponentBase, ics.ComponentPropertyDescription, text)
	c.Components = append(c.Components, a)
}

// componentProps is the most properties confplan gives an event or task,
// its stamp's three included.
const componentProps = 12

// newComponent is ics.NewComponent(uid) with room for every property
// confplan sets. Properties are set with setProp and addProp rather than
// golang-ical's setters, each of which gives a property an empty
// parameter map (confplan writes no parameters) and grows the slice one
// by one; the bytes written are the same (TestBuildDiff).
func newComponent(uid string) ics.ComponentBase {
	props := make([]ics.IANAProperty, 1, componentProps)
	props[0] = ics.IANAProperty{BaseProperty: ics.BaseProperty{IANAToken: string(ics.ComponentPropertyUniqueId), Value: uid}}
	return ics.ComponentBase{Properties: props}
}

// setProp is c.SetProperty(p, value) without parameters: the value of
// c's property p, which is added when c has none.
func setProp(c *ics.ComponentBase, p ics.ComponentProperty, value string) {
	for i := range c.Properties {
		if c.Properties[i].IANAToken == string(p) {
			c.Properties[i].Value = value
			return
		}
	}
	addProp(c, p, value)
}

// addProp is c.AddProperty(p, value) without parameters.
func addProp(c *ics.ComponentBase, p ics.ComponentProperty, value string) {
	c.Properties = append(c.Properties, ics.IANAProperty{BaseProperty: ics.BaseProperty{IANAToken: string(p), Value: value}})
}

// setTime sets property p to the UTC instant t, as golang-ical's
// SetStartAt, SetEndAt and SetDueAt write it.
func setTime(c *ics.ComponentBase, p ics.ComponentProperty, t time.Time) {
	setProp(c, p, t.UTC().Format("20060102T150405Z"))
}

// setCategories writes the categories on one CATEGORIES line, as khal and
// others read only the first (serialize keeps its commas unescaped).
func setCategories(c *ics.ComponentBase, cats []string) {
	setProp(c, ics.ComponentPropertyCategories, strings.Join(cats, ","))
}

// addCancelled writes an event or task of the earlier file that the new
// one no longer holds: same UID, times and room, STATUS:CANCELLED, no
// alarm, and why in the notes.
func addCancelled(cal *ics.Calendar, c Change, opt CalendarOptions) {
	p := opt.Prior[c.UID]
	summary := p.Summary
	if !strings.HasPrefix(summary, cancelledPrefix) {
		summary = cancelledPrefix + summary
	}
	desc := "Dropped from your plan: " + c.Why + "."
	var base *ics.ComponentBase
	if p.Todo {
		t := &ics.VTodo{ComponentBase: newComponent(c.UID)}
		setTime(&t.ComponentBase, ics.ComponentPropertyDtStart, p.Start)
		if !p.End.IsZero() {
			setTime(&t.ComponentBase, ics.ComponentPropertyDue, p.End)
		}
		base = &t.ComponentBase
		defer cal.AddVTodo(t)
	} else {
		e := &ics.VEvent{ComponentBase: newComponent(c.UID)}
		setTime(&e.ComponentBase, ics.ComponentPropertyDtStart, p.Start)
		if p.End.After(p.Start) {
			setTime(&e.ComponentBase, ics.ComponentPropertyDtEnd, p.End)
		}
		base = &e.ComponentBase
		defer cal.AddVEvent(e)
	}
	setProp(base, ics.ComponentPropertySummary, oneLine(summary))
	if p.Location != "" {
		setProp(base, ics.ComponentPropertyLocation, p.Location)
	}
	setProp(base, ics.ComponentPropertyStatus, string(ics.ObjectStatusCancelled))
	setProp(base, ics.ComponentPropertyDescription, description(desc))
	cats := []string{"confplan"}
	if p.FollowUp {
		cats = []string{"Follow-up", "confplan"}
	}
	setCategories(base, cats)
	stamp(base, c.UID, p.Start, p.End, p.Location, opt, nil)
}

const cancelledPrefix = "Cancelled: "

// stampFollowUp stamps a follow-up: as a logged one supersedes a planned
// one when opt.Logged is set.
func stampFollowUp(c *ics.ComponentBase, uid string, f *planner.FollowUp, start, end time.Time, opt CalendarOptions, nm *names) {
	if opt.Logged && !f.Encounter.At.IsZero() {
		stampFrom(c, uid, start, end, "", opt, 1, f.Encounter.At.UTC().Truncate(time.Second), nm)
		return
	}
	stamp(c, uid, start, end, "", opt, nm)
}

// stamp sets DTSTAMP, SEQUENCE and X-CONFPLAN-DIGEST on a finished
// component (see the package's scheme above).
func stamp(c *ics.ComponentBase, uid string, start, end time.Time, room string, opt CalendarOptions, nm *names) {
	stampFrom(c, uid, start, end, room, opt, 0, time.Date(start.UTC().Year(), 1, 1, 0, 0, 0, 0, time.UTC), nm)
}

// stampFrom is stamp with the SEQUENCE and DTSTAMP of a first write.
//
// nm, when set, lends the digest its buffer.
func stampFrom(c *ics.ComponentBase, uid string, start, end time.Time, room string, opt CalendarOptions, seq0 int, ts0 time.Time, nm *names) {
	// The digest is hashID of every property (and the alarms'), one a line.
	n := 1
	for _, p := range c.Properties {
		n += len(p.IANAToken) + len(p.Value) + 2
	}
	for _, sub := range c.Components {
		if a, ok := sub.(*ics.VAlarm); ok {
			for _, p := range a.Properties {
				n += len("ALARM ") + len(p.IANAToken) + len(p.Value) + 2
			}
		}
	}
	var b []byte
	switch {
	case nm == nil:
		b = make([]byte, 0, n)
	case cap(nm.buf) >= n:
		b = nm.buf[:0]
	default:
		b = make([]byte, 0, max(n, 16<<10))
	}
	for _, p := range c.Properties {
		b = append(b, p.IANAToken...)
		b = append(b, ':')
		b = append(b, p.Value...)
		b = append(b, '\n')
	}
	for _, sub := range c.Components {
		if a, ok := sub.(*ics.VAlarm); ok {
			for _, p := range a.Properties {
				b = append(b, "ALARM "...)
				b = append(b, p.IANAToken...)
				b = append(b, ':')
				b = append(b, p.Value...)
				b = append(b, '\n')
			}
		}
	}
	b = append(b, 0)
	sum := sha1.Sum(b)
	if nm != nil {
		nm.buf = b
	}
	digest := hex.EncodeToString(sum[:8])
	seq, ts := seq0, ts0
	if p, ok := opt.Prior[uid]; ok {
		seq, ts = p.Sequence, p.Stamp
		if p.Digest != digest {
			ts = p.Stamp.Add(time.Second)
			if !p.Start.Equal(start) || !p.End.Equal(endOrStart(start, end)) || p.Location != oneLine(room) || !sameStatus(p.Status, propValue(c, ics.ComponentPropertyStatus)) {
				seq++
			}
		}
	}
	// DTSTAMP goes right after UID, as RFC 5545 lists it: in the room
	// newComponent made.
	c.Properties = slices.Insert(c.Properties, 1,
		ics.IANAProperty{BaseProperty: ics.BaseProperty{IANAToken: string(ics.ComponentPropertyDtstamp), Value: ts.UTC().Format("20060102T150405Z")}},
		ics.IANAProperty{BaseProperty: ics.BaseProperty{IANAToken: string(ics.ComponentPropertySequence), Value: strconv.Itoa(seq)}},
	)
	addProp(c, "X-CONFPLAN-DIGEST", digest)
}

// sameStatus compares STATUS values, absent meaning an event that takes
// place: a stop cancelled or brought back is a change that matters.
func sameStatus(a, b string) bool {
	return (a == string(ics.ObjectStatusCancelled)) == (b == string(ics.ObjectStatusCancelled))
}

// ReadPrior reads what an earlier confplan calendar said about each event
// and task, by UID, so a new write keeps SEQUENCE and DTSTAMP stable.
func ReadPrior(r io.Reader) (map[string]Prior, error) {
	cal, err := ics.ParseCalendar(r)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Prior)
	for _, c := range cal.Components {
		var base *ics.ComponentBase
		todo := false
		switch v := c.(type) {
		case *ics.VEvent:
			base = &v.ComponentBase
		case *ics.VTodo:
			base, todo = &v.ComponentBase, true
		default:
			continue
		}
		uid := propValue(base, ics.ComponentPropertyUniqueId)
		if uid == "" {
			continue
		}
		p := Prior{Digest: propValue(base, "X-CONFPLAN-DIGEST"), Location: propValue(base, ics.ComponentPropertyLocation),
			Summary: propValue(base, ics.ComponentPropertySummary), Status: propValue(base, ics.ComponentPropertyStatus), Todo: todo}
		for _, cat := range base.GetProperties(ics.ComponentPropertyCategories) {
			for _, v := range strings.Split(cat.Value, ",") {
				p.FollowUp = p.FollowUp || strings.TrimSpace(v) == "Follow-up"
				p.Walk = p.Walk || strings.TrimSpace(v) == "Poster walk"
			}
		}
		p.Ours = p.Digest != "" && strings.HasSuffix(uid, uidHost)
		p.Sequence, _ = strconv.Atoi(propValue(base, ics.ComponentPropertySequence))
		p.Stamp, _ = time.Parse("20060102T150405Z", propValue(base, ics.ComponentPropertyDtstamp))
		p.Start, _ = time.Parse("20060102T150405Z", propValue(base, ics.ComponentPropertyDtStart))
		end := propValue(base, ics.ComponentPropertyDtEnd)
		if end == "" {
			end = propValue(base, ics.ComponentPropertyDue)
		}
		p.End, _ = time.Parse("20060102T150405Z", end)
		out[uid] = p
	}
	return out, nil
}

func propValue(c *ics.ComponentBase, p ics.ComponentProperty) string {
	if prop := c.GetProperty(p); prop != nil {
		return prop.Value
	}
	return ""
}

// serialize writes cal with CRLF endings, folded at 75 octets: as
// golang-ical's SerializeTo writes it unfolded (see serializeLibrary),
// except that a component or property without parameters is written here,
// each content line into one reused buffer, not through the four strings
// the library makes of every property.
func serialize(w io.Writer, cal *ics.Calendar) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	fw := &foldWriter{w: bw}
	cfg := &ics.SerializationConfiguration{MaxLength: 1 << 30, PropertyMaxLength: 75, NewLine: "\r\n"}
	fw.flush(append(fw.line[:0], "BEGIN:VCALENDAR"...))
	for i := range cal.CalendarProperties {
		if err := fw.property(&cal.CalendarProperties[i].BaseProperty, cfg); err != nil {
			return err
		}
	}
	for _, c := range cal.Components {
		if err := fw.component(c, cfg); err != nil {
			return err
		}
	}
	fw.flush(append(fw.line[:0], "END:VCALENDAR"...))
	return bw.Flush()
}

// serializeLibrary is serialize by golang-ical alone, folded here.
func serializeLibrary(w io.Writer, cal *ics.Calendar) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	fw := &foldWriter{w: bw}
	if err := cal.SerializeTo(fw, ics.WithNewLineWindows, ics.WithLineLength(1<<30)); err != nil {
		return err
	}
	if len(fw.line) > 0 {
		fw.flush(fw.line)
	}
	return bw.Flush()
}

// component writes c as golang-ical's SerializeTo does: BEGIN, its
// properties, its components, END. A kind of component confplan does not
// write is the library's to write.
func (f *foldWriter) component(c ics.Component, cfg *ics.SerializationConfiguration) error {
	var base *ics.ComponentBase
	var name string
	switch v := c.(type) {
	case *ics.VEvent:
		base, name = &v.ComponentBase, string(ics.ComponentVEvent)
	case *ics.VTodo:
		base, name = &v.ComponentBase, string(ics.ComponentVTodo)
	case *ics.VAlarm:
		base, name = &v.ComponentBase, string(ics.ComponentVAlarm)
	default:
		if err := c.SerializeTo(f, cfg); err != nil {
			return err
		}
		if len(f.line) > 0 {
			f.flush(f.line)
			f.line = f.line[:0]
		}
		return nil
	}
	f.flush(append(append(f.line[:0], "BEGIN:"...), name...))
	for i := range base.Properties {
		if err := f.property(&base.Properties[i].BaseProperty, cfg); err != nil {
			return err
		}
	}
	for _, sub := range base.Components {
		if err := f.component(sub, cfg); err != nil {
			return err
		}
	}
	f.flush(append(append(f.line[:0], "END:"...), name...))
	return nil
}

// property writes p as BaseProperty.SerializeTo does: its name, a colon
// and its value, escaped when it is TEXT (backslash, newline, semicolon,
// comma). A property with parameters is the library's to write.
func (f *foldWriter) property(p *ics.BaseProperty, cfg *ics.SerializationConfiguration) error {
	text := p.GetValueType() == ics.ValueDataTypeText
	if len(p.ICalParameters) > 0 || !text && strings.IndexByte(p.Value, '\n') >= 0 {
		// With parameters, or a raw newline the library writes as it is:
		// the library's to write.
		if err := p.SerializeTo(f, cfg); err != nil {
			return err
		}
		if len(f.line) > 0 {
			f.flush(f.line)
			f.line = f.line[:0]
		}
		return nil
	}
	b := append(f.line[:0], p.IANAToken...)
	b = append(b, ':')
	if text {
		b = appendText(b, p.Value)
	} else {
		b = append(b, p.Value...)
	}
	f.line = b
	f.flush(b)
	f.line = b[:0]
	return nil
}

// appendText appends s escaped as golang-ical's ToText escapes a TEXT
// value.
func appendText(b []byte, s string) []byte {
	done := 0
	for i := 0; i < len(s); i++ {
		for ; i+4 <= len(s); i += 4 { // four bytes a look: most need no escape
			if q := s[i : i+4]; textEscapes[q[0]]|textEscapes[q[1]]|textEscapes[q[2]]|textEscapes[q[3]] != 0 {
				break
			}
		}
		for i < len(s) && textClass[s[i]] != textEscaped {
			i++
		}
		if i == len(s) {
			break
		}
		b = append(b, s[done:i]...)
		if s[i] == '\n' {
			b = append(b, '\\', 'n')
		} else {
			b = append(b, '\\', s[i])
		}
		done = i + 1
	}
	return append(b, s[done:]...)
}

// foldWriter takes golang-ical's unfolded output and writes it line by
// line (each ends at CRLF), folded, to w: without holding the calendar.
type foldWriter struct {
	w    *bufio.Writer
	line []byte // the line so far
}

func (f *foldWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			f.line = append(f.line, p...)
			break
		}
		f.line = append(f.line, p[:i+1]...)
		p = p[i+1:]
		f.endLine()
	}
	return n, nil
}

// WriteString is Write without copying s to a byte slice first (the
// library writes strings).
func (f *foldWriter) WriteString(s string) (int, error) {
	n := len(s)
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			f.line = append(f.line, s...)
			break
		}
		f.line = append(f.line, s[:i+1]...)
		s = s[i+1:]
		f.endLine()
	}
	return n, nil
}

// endLine writes the line so far once it ends with CRLF.
func (f *foldWriter) endLine() {
	if bytes.HasSuffix(f.line, crlf) {
		f.flush(f.line[:len(f.line)-2])
		f.line = f.line[:0]
	}
}

// flush writes one content line.
func (f *foldWriter) flush(line []byte) {
	if bytes.HasPrefix(line, categoriesPrefix) {
		// confplan's category names hold no comma: these separate them.
		line = bytes.ReplaceAll(line, []byte(`\,`), []byte(","))
	}
	writeFolded(f.w, line)
}

var (
	crlf             = []byte("\r\n")
	categoriesPrefix = []byte("CATEGORIES:")
)

// writeFolded writes one content line in lines of at most 75 octets, each
// continuation starting with one space, never inside a UTF-8 character,
// and ends every line with CRLF.
func writeFolded(w *bufio.Writer, line []byte) {
	limit := maxOctet
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		if cut == 0 {
			cut = limit // no character starts there: invalid UTF-8, cut anywhere
		}
		w.Write(line[:cut])
		w.WriteString("\r\n ")
		line = line[cut:]
		limit = maxOctet - 1
	}
	w.Write(line)
	w.WriteString("\r\n")
}

// descriptionLimit is the most a DESCRIPTION's value may take, escaped:
// calcurse skips an event whose unfolded DESCRIPTION line reaches 8,192
// bytes (its BUFSIZ) as "malformed", and Google Calendar keeps only the
// first 8,192 characters of a description.
const descriptionLimit = 8000 - len("DESCRIPTION:")

// description is clean text for a DESCRIPTION, cut at a line within
// descriptionLimit when it is longer (a poster walk through a hall of
// boards): the head — whom to find, where, when — stays, then a line
// saying how many lines the day plan has beyond it, then the last
// paragraph (why the stop is worth it) when it fits. Given bytes (a
// stop's notes, written into a reused buffer), it copies only what it
// keeps.
func description[T string | []byte](s T) string {
	n, ok := cleanEscapedLen(s)
	if !ok {
		return description(cleanText(string(s)))
	}
	if n <= descriptionLimit {
		return string(s)
	}
	body, last := s, s[len(s):]
	if i := lastIndexParagraph(s); i >= 0 && escapedLen(s[i:]) <= descriptionLimit/4 {
		body, last = s[:i], s[i:]
	}
	// The lines of body that fit, then the note, then the last paragraph:
	// one string.
	const noteMax = 120 // the note below, escaped, with any count
	room := descriptionLimit - noteMax - escapedLen(last)
	lines := countNewlines(body) + 1 // as strings.SplitAfter(body, "\n") counts them
	cut, kept := 0, 0
	for rest := body; kept < lines; kept++ {
		l := rest
		if i := indexNewline(rest); i >= 0 {
			l = rest[:i+1]
		}
		if room -= escapedLen(l); room < 0 {
			break
		}
		cut += len(l)
		rest = rest[len(l):]
	}
	nl := ""
	if cut == 0 || body[cut-1] != '\n' {
		nl = "\n"
	}
	return string(body[:cut]) + nl + "… " + strconv.Itoa(lines-kept) + " more lines: the day plan (confplan plan --html) lists them all" + string(last)
}

// lastIndexParagraph is strings.LastIndex(s, "\n\n").
func lastIndexParagraph[T string | []byte](s T) int {
	if b, ok := any(s).([]byte); ok {
		return bytes.LastIndex(b, paragraph)
	}
	return strings.LastIndex(string(s), "\n\n")
}

// countNewlines is strings.Count(s, "\n"), for bytes by bytes.Count.
func countNewlines[T string | []byte](s T) int {
	if b, ok := any(s).([]byte); ok {
		return bytes.Count(b, paragraph[:1])
	}
	return strings.Count(string(s), "\n")
}

// indexNewline is strings.IndexByte(s, '\n'), for bytes by
// bytes.IndexByte.
func indexNewline[T string | []byte](s T) int {
	if b, ok := any(s).([]byte); ok {
		return bytes.IndexByte(b, '\n')
	}
	return strings.IndexByte(string(s), '\n')
}

var paragraph = []byte("\n\n")

// escapedLen is len(s) once escaped as a TEXT value: a backslash,
// semicolon, comma or newline takes two bytes.
func escapedLen[T string | []byte](s T) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\', ';', ',', '\n':
			n++
		}
	}
	return n
}

// cleanEscapedLen is escapedLen(s) and isClean(s) in one pass (the
// length only when clean).
func cleanEscapedLen[T string | []byte](s T) (int, bool) {
	n := len(s)
	for i := 0; i < len(s); {
		for ; i+4 <= len(s); i += 4 { // four bytes a look: most text is plain
			if b := s[i : i+4]; textClass[b[0]]|textClass[b[1]]|textClass[b[2]]|textClass[b[3]] != textPlain {
				break
			}
		}
		for i < len(s) && textClass[s[i]] == textPlain {
			i++
		}
		if i == len(s) {
			break
		}
		switch textClass[s[i]] {
		case textEscaped:
			n++
			i++
			continue
		case textControl:
			return 0, false
		}
		size := cleanRune(s, i)
		if size == 0 {
			return 0, false // as isClean
		}
		i += size
	}
	return n, true
}

// cleanRune is the length of the character starting at s[i], a byte of
// textHigh, or 0 when isClean would reject it: a C1 control, a bidi
// control or invalid UTF-8. Most are two or three bytes (accents, CJK,
// dashes and quotes), told apart by their bytes; the rest are decoded.
func cleanRune[T string | []byte](s T, i int) int {
	c := s[i]
	switch {
	case c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
		// U+0080–U+07FF: the C1 controls are C2 80–9F, U+061C D8 9C.
		if c == 0xc2 && s[i+1] < 0xa0 || c == 0xd8 && s[i+1] == 0x9c {
			return 0
		}
		return 2
	case (c >= 0xe1 && c <= 0xec || c >= 0xee) && c <= 0xef && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
		// U+1000–U+CFFF and U+E000–U+FFFF, neither overlong nor
		// surrogates: the bidi controls are E2 80 8E–8F, E2 80 AA–AE
		// and E2 81 A6–A9.
		if c == 0xe2 && (s[i+1] == 0x80 && (s[i+2] == 0x8e || s[i+2] == 0x8f || s[i+2] >= 0xaa && s[i+2] <= 0xae) ||
			s[i+1] == 0x81 && s[i+2] >= 0xa6 && s[i+2] <= 0xa9) {
			return 0
		}
		return 3
	}
	r, size := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
	if r < 0xa0 || planner.IsBidiControl(r) || r == utf8.RuneError && size == 1 {
		return 0
	}
	return size
}

// textClass sorts bytes for the scanners of TEXT values: plain ASCII
// (printable, space, tab), what a TEXT value escapes (backslash,
// semicolon, comma, newline), other ASCII controls and DEL, and the bytes
// of other characters.
var textClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = textHigh
		case c == '\\' || c == ';' || c == ',' || c == '\n':
			t[c] = textEscaped
		case c < 0x20 && c != '\t' || c == 0x7f:
			t[c] = textControl
		default:
			t[c] = textPlain
		}
	}
	return t
}()

// textEscapes is 1 for the bytes of textClass textEscaped, 0 for the
// others.
var textEscapes = func() (t [256]uint8) {
	for c := range t {
		if textClass[c] == textEscaped {
			t[c] = 1
		}
	}
	return t
}()

const (
	textPlain = iota
	textEscaped
	textControl
	textHigh
)

// clean prepares text for a TEXT value: CRLF and lone CR become LF (which
// golang-ical escapes as \n), and other control characters but tab go.
func clean(s string) string {
	if isClean(s) {
		return s // most text: nothing to do, nothing to allocate
	}
	return cleanText(s)
}

// cleanText is clean, the long way.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return planner.CleanText(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)) // and no bidi overrides
}

// oneLine is clean text on one line: a SUMMARY, LOCATION or calendar name
// that reads right in a month view.
func oneLine(s string) string {
	return planner.OneSpaced(clean(s))
}

// isClean reports whether clean would leave s as it is: valid UTF-8
// without CR, other control characters but newline and tab, C1 controls
// or bidi controls.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		for ; i+4 <= len(s); i += 4 { // four bytes a look (textPlain and textEscaped are 0 and 1)
			if b := s[i : i+4]; textClass[b[0]]|textClass[b[1]]|textClass[b[2]]|textClass[b[3]] > textEscaped {
				break
			}
		}
		for i < len(s) && textClass[s[i]] <= textEscaped {
			i++
		}
		if i == len(s) {
			break
		}
		if k := textClass[s[i]]; k != textHigh {
			if k == textControl {
				return false
			}
			i++
			continue
		}
		n := cleanRune(s, i)
		if n == 0 {
			return false // C1 controls, bidi controls, invalid UTF-8
		}
		i += n
	}
	return true
}

// icalDuration writes d as an RFC 5545 duration (PT10M, PT1H30M).
func icalDuration(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	var b strings.Builder
	b.WriteString("PT")
	h, m, s := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	if h > 0 {
		b.WriteString(strconv.Itoa(h) + "H")
	}
	if m > 0 {
		b.WriteString(strconv.Itoa(m) + "M")
	}
	if s > 0 || (h == 0 && m == 0) {
		b.WriteString(strconv.Itoa(s) + "S")
	}
	return b.String()
}

func humanDuration(d time.Duration) string {
	switch {
	case d%time.Hour == 0:
		return fmt.Sprintf("%d h", d/time.Hour)
	case d%time.Minute == 0 && d < time.Hour:
		return fmt.Sprintf("%d min", d/time.Minute)
	}
	return d.String()
}

func roomSuffix(room string) string {
	if room == "" {
		return ""
	}
	return " — " + room
}

// localZone is the zone descriptions are written in.
func localZone(opt CalendarOptions, t time.Time) *time.Location {
	if opt.Zone != nil {
		return opt.Zone
	}
	return t.Location()
}

// localDay formats the conference-local date and time span, with the zone's
// abbreviation: "Sat 27 Sep 2025, 07:00–07:50 PDT".
func localSpan(start, end time.Time, loc *time.Location) string {
	var buf [64]byte // one string, written on the stack
	return string(appendLocalSpan(buf[:0], start, end, loc))
}

// appendLocalSpan appends localSpan(start, end, loc) to b.
func appendLocalSpan(b []byte, start, end time.Time, loc *time.Location) []byte {
	s, e := start.In(loc), end.In(loc)
	b = s.AppendFormat(b, "Mon 2 Jan 2006, 15:04")
	if !e.Equal(s) {
		if sy, sm, sd := s.Date(); e.Year() == sy && e.Month() == sm && e.Day() == sd {
			b = e.AppendFormat(append(b, "–"...), "15:04")
		} else {
			b = e.AppendFormat(append(b, " – "...), "Mon 2 Jan 15:04")
		}
	}
	return e.AppendFormat(append(b, ' '), "MST")
}

func localTime(t time.Time, loc *time.Location) string {
	return t.In(loc).Format(localTimeLayout)
}

const localTimeLayout = "Mon 2 Jan 15:04 MST"

// appendLocalTime appends localTime(t, loc) to b.
func appendLocalTime(b []byte, t time.Time, loc *time.Location) []byte {
	return t.In(loc).AppendFormat(b, localTimeLayout)
}

func stopCategories(s *planner.Stop) []string {
	var cats []string
	switch {
	case s.Walk:
		cats = append(cats, "Poster walk")
	case s.Kind == planner.KindSession:
		cats = append(cats, "Session")
	case s.Kind == planner.KindTalk:
		cats = append(cats, "Talk")
	case s.Kind == planner.KindPoster:
		cats = append(cats, "Poster")
	case s.Kind == planner.KindEvent:
		cats = append(cats, "Event")
	case s.Kind == planner.KindReception:
		cats = append(cats, "Reception")
	}
	if len(s.Items) > 0 && planner.NetworkingLabel(&s.Items[0]) != "" {
		cats = append(cats, "Networking")
	}
	if s.Must {
		cats = append(cats, "Pinned")
	}
	return append(cats, "confplan")
}

// stopSummary is what a phone's day view shows of a stop: whom it is for
// first, as the title alone does not say it. "Poster walk: Dr. Zoë
// Fernández (board 2) + 2 more"; "Dr. Jennifer Zhou + 1 more — Practical
// Guide to Proton Therapy"; the title alone when the program names nobody
// to meet (an applicant event).
func stopSummary(s *planner.Stop, nm *names) string {
	if len(s.Points) == 0 {
		return oneLine(s.Title)
	}
	p := &s.Points[0]
	board := ""
	if s.Walk {
		board = strings.Trim(boardOf(s, p.ItemID), " ()")
	}
	who := pointName(p, board, nm)
	if n := len(s.Points) - 1; n > 0 {
		who += fmt.Sprintf(" + %d more", n)
	}
	if s.Walk {
		return "Poster walk: " + who
	}
	return who + " — " + oneLine(s.Title)
}

// pointName is whom a talking point is for, as a headline names them,
// with the board when there is one: "Dr. Zoë Fernández (board 2)",
// "A. S. Owusu (Cleveland Clinic, board 1)".
func pointName(p *planner.TalkingPoint, board string, nm *names) string {
	var about []string
	who := nm.Addressee(p.Target, p.Role)
	if p.TargetType == planner.TargetProgram {
		who = oneLine(p.Who)
		if who == "" {
			who = "someone"
		}
		about = append(about, oneLine(p.Program))
	}
	if board != "" {
		about = append(about, board)
	}
	if len(about) == 0 {
		return who
	}
	return who + " (" + strings.Join(about, ", ") + ")"
}

// stopText is a stop's DESCRIPTION, in the order a phone's notes are
// read standing in a corridor: whom to find, where, and what to ask;
// then when, in conference time; then everyone else at the stop, the
// posters or talks it covers, and last how its value adds up. It writes
// them in buf's room (a walk's notes run to tens of kilobytes, of which
// description keeps eight) and returns them.
func stopText(buf []byte, s *planner.Stop, opt CalendarOptions, nm *names) []byte {
	loc := localZone(opt, s.Start)
	b := bytes.NewBuffer(buf[:0])
	where := oneLine(s.Room)
	var boards, notes map[string]string // a walk's boards and ifTime notes
	if s.Walk {
		boards, notes = boardsOf(s), walkNotes(s)
	}
	if len(s.Points) > 0 {
		p := &s.Points[0]
		writePointHeader(b, p, nm)
		b.WriteString("\n")
		if s.Walk {
			if bd := boards[p.ItemID]; bd != "" {
				where = strings.TrimSpace(strings.Trim(bd, " ()")) + ", " + where
			}
		}
		if where != "" {
			writeLine(b, "Where: ", where)
		}
		writeLine(b, p.Say)
	} else {
		if len(s.Items) > 0 {
			if tip := eventTip(&s.Items[0]); tip != "" {
				b.WriteString(tip + "\n")
			}
		}
		if where != "" {
			writeLine(b, "Where: ", where)
		}
	}
	var span [64]byte
	b.WriteString("When: ")
	b.Write(appendLocalSpan(span[:0], s.Start, s.End, loc))
	writeLine(b, " (conference time, ", loc.String(), ")")
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
				writePointHeader(b, &q, nm)
				writeLine(b, boards[p.ItemID])
				continue
			}
			b.WriteString("• ")
			writePointHeader(b, &p, nm)
			writeLine(b, "\n  ", p.Say)
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
			b.WriteString("• ")
			writeBoardLabel(b, &it, code)
			writeLine(b, title, notes[it.ID])
		}
	} else if len(s.Items) > 1 {
		b.WriteString("\nInside, with your targets:\n")
		for _, it := range s.Items[1:] {
			writeLine(b, "• ", it.Start.In(loc).Format("15:04"), " ", it.Title)
		}
	}
	why := s.Why
	if len(why) > 6 {
		why = append(why[:5:5], fmt.Sprintf("and %d more ('confplan plan --explain' lists them)", len(s.Why)-5))
	}
	b.WriteString("\nWhy (value " + strconv.Itoa(s.Value) + "): " + strings.Join(why, "; "))
	return b.Bytes()
}

// boardLabel is "Board 3 #2010 — ", or with a session code (for a walk
// through several sessions, whose boards are numbered per session)
// "PQA 05 board 3 #2010 — ".
// walkNotes marks each of a walk's posters whose only link is a
// co-author from a target program, who may not be at the board: worth a
// stop if time allows, after the others. One pass over the walk's
// credits, as a walk may have hundreds of posters and credits.
func walkNotes(s *planner.Stop) map[string]string {
	strong := make(map[string]bool)
	progs := make(map[string][]string)
	for _, c := range s.Credits {
		if strong[c.ItemID] {
			continue
		}
		if c.Match.TargetType == planner.TargetPerson || planner.PartFactor(c.Match.Role) > 1 {
			strong[c.ItemID] = true
			continue
		}
		progs[c.ItemID] = append(progs[c.ItemID], c.Match.Target)
	}
	out := make(map[string]string, len(progs))
	for id, ps := range progs {
		if !strong[id] {
			out[id] = ifTimeNote(ps)
		}
	}
	return out
}

func ifTimeNote(progs []string) string {
	if len(progs) == 0 {
		return ""
	}
	return " (if time: only a co-author from " + strings.Join(progs, ", ") + ")"
}

// eventTip is what to do at an event built for applicants or trainees,
// where the people to meet are not named in the program.
func eventTip(it *planner.Item) string {
	switch {
	case planner.ApplicantEvent(it):
		return "Program directors and residents come here to meet applicants: introduce yourself in one sentence (name, medical school, what draws you to radiation oncology), ask whether their program sponsors visas (J-1 or H-1B) and what makes an IMG applicant competitive there, and ask whether you may follow up by email. Note names as you go: 'confplan met NAME' logs each one."
	case planner.TraineeEvent(it):
		return "Residents and mentors are here: ask one or two quick questions about their programs (a typical week, research time, how IMGs fit in), and note names as you go: 'confplan met NAME' logs each one."
	}
	return ""
}

// boardLabel is how a walk lists a poster: its board (after its
// session's code, when the walk goes through several) and its ID, as
// "PQA 05 board 12 #P-123 — ", or "" when it has neither.
func boardLabel(it *planner.Item, code string) string {
	var b bytes.Buffer
	writeBoardLabel(&b, it, code)
	return b.String()
}

// writeBoardLabel writes boardLabel(it, code) to b.
func writeBoardLabel(b *bytes.Buffer, it *planner.Item, code string) {
	n := b.Len()
	if board := boardName(it); board != "" {
		if code != "" {
			b.WriteString(code)
			b.WriteByte(' ')
			b.WriteString(strings.ToLower(board[:1]))
			board = board[1:]
		}
		b.WriteString(board)
	} else {
		b.WriteString(code)
	}
	if it.ID != "" {
		if b.Len() > n {
			b.WriteByte(' ')
		}
		b.WriteByte('#')
		b.WriteString(it.ID)
	}
	if b.Len() > n {
		b.WriteString(" — ")
	}
}

// boardName is a poster's board as people say it: "Board 12" for a bare
// number, else as printed ("Station 3", "B-12").
func boardName(it *planner.Item) string {
	b := strings.TrimSpace(it.Board)
	if b == "" {
		return ""
	}
	if strings.Trim(b, "0123456789") == "" {
		return "Board " + b
	}
	return b
}

// writeLine writes parts and a newline to b.
func writeLine(b *bytes.Buffer, parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
	b.WriteByte('\n')
}

// writePointHeader writes a point's header to b: "Ana De La Cruz —
// Associate Program Director, University of Miami (P1), speaker:
// “title”", without the title when the point already asks about it by
// name.
func writePointHeader(b *bytes.Buffer, p *planner.TalkingPoint, nm *names) {
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

// quotes reports whether s holds "“" + t + "”", without building it.
func quotes(s, t string) bool {
	for {
		i := strings.Index(s, t)
		if i < 0 {
			return false
		}
		if strings.HasSuffix(s[:i], "“") && strings.HasPrefix(s[i+len(t):], "”") {
			return true
		}
		s = s[i+1:]
	}
}

// fullPoints is how many talking points a poster walk's notes spell out.
const fullPoints = 10

// boardOf is " (board 12)" for the walk's poster id, or "".
func boardOf(s *planner.Stop, id string) string {
	for i := range s.Items {
		if s.Items[i].ID == id {
			if b := boardName(&s.Items[i]); b != "" {
				return boardNote(b)
			}
		}
	}
	return ""
}

// boardsOf is boardOf for every poster of a walk, in one pass.
func boardsOf(s *planner.Stop) map[string]string {
	out := make(map[string]string, len(s.Items))
	for i := len(s.Items) - 1; i >= 0; i-- {
		if b := boardName(&s.Items[i]); b != "" {
			out[s.Items[i].ID] = boardNote(b)
		}
	}
	return out
}

func boardNote(b string) string { return " (" + strings.ToLower(b[:1]) + b[1:] + ")" }

// shortTitle cuts s to about n runes at a word boundary, adding "…".
func shortTitle(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-—–") + "…"
}

// quotedItems are the items of s whose title one of its first n talking
// points quotes in full: one look per point, as a walk may have hundreds
// of both.
func quotedItems(s *planner.Stop, n int) map[string]bool {
	points := s.Points[:min(n, len(s.Points))]
	// Each point's item: the last with its ID. A few points look among
	// the items; many, in an index of them.
	var last map[string]int
	if len(points) > 16 {
		last = make(map[string]int, len(s.Items))
		for i := range s.Items {
			last[s.Items[i].ID] = i
		}
	}
	out := make(map[string]bool)
	for i := range points {
		p := &points[i]
		k, ok := -1, false
		if last != nil {
			k, ok = last[p.ItemID]
		} else {
			for j := len(s.Items) - 1; j >= 0; j-- {
				if s.Items[j].ID == p.ItemID {
					k, ok = j, true
					break
				}
			}
		}
		if ok && quotes(p.Say, oneLine(s.Items[k].Title)) {
			out[p.ItemID] = true
		}
	}
	return out
}

func prioText(p int) string {
	if p <= 0 {
		return "unranked"
	}
	return "P" + strconv.Itoa(p)
}

func followUpSummary(f *planner.FollowUp, nm *names) string {
	e := &f.Encounter
	verb := "Email"
	if f.Kind == planner.SecondTouch {
		verb = "Second email to"
	}
	who := ""
	if nm == nil {
		who = f.DisplayName() // as the plan named them, when it did
	} else {
		who = nm.Display(e.Name)
	}
	s := verb + " " + who
	// The program's own name when the plan knows it ("Cleveland
	// Clinic", where the network map may say "CCF").
	if inst := firstNonEmpty(e.Program, e.Institution); inst != "" {
		s += " (" + inst + ")"
	}
	return s
}

// shortMailto is the link a calendar's notes carry: the address and the
// subject. The draft itself is in the notes above it, to copy; a link
// that carried it too would fill half the notes with %20s.
func shortMailto(f *planner.FollowUp) string {
	if f.Mailto == "" {
		return ""
	}
	return planner.Mailto(f.Encounter.Email, f.Subject, "")
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// followUpText is a follow-up's description: the window, the encounter,
// the drafted email and its mailto: link (shortMailto(f), which the
// caller has made for the event's URL too).
func followUpText(f *planner.FollowUp, mailto string, opt CalendarOptions) string {
	e := &f.Encounter
	loc := localZone(opt, f.Due)
	var b strings.Builder
	b.Grow(768 + len(f.Body) + len(f.Subject)) // the draft and the lines around it
	w := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	var tb [40]byte // each time, written on the stack
	w("Send between ")
	b.Write(appendLocalTime(tb[:0], f.WindowStart, loc))
	w(" and ")
	b.Write(appendLocalTime(tb[:0], f.Due, loc))
	w(" (conference time, ", loc.String(), ").\n")
	if e.Where != "" || !e.At.IsZero() {
		label := "Met at"
		if e.Planned {
			label = "You meet them at" // planned, not yet logged
		}
		w(label, ": ", e.Where)
		if e.Room != "" {
			w(" (", e.Room, ")")
		}
		if !e.At.IsZero() {
			w(", ")
			b.Write(appendLocalTime(tb[:0], e.At, loc))
		}
		w("\n")
	}
	if e.Role != "" {
		w("Role: ", e.Role, "\n")
	}
	if e.Notes != "" {
		w("Mention: ", e.Notes, "\n")
	}
	w("\n")
	if e.Email != "" {
		w("To: ", e.Email, "\n")
	} else {
		w("To: (no email in your network map: find it in the program or the program's website)\n")
	}
	if f.Subject != "" {
		w("Subject: ", f.Subject, "\n")
	}
	if f.Body != "" {
		w("\n", strings.TrimRight(f.Body, "\n"), "\n")
	}
	if mailto != "" {
		w("\nNew email with this subject: ", mailto, "\n")
	}
	w("\nAfter sending, update Date contacted and Next step in your network map.")
	return b.String()
}
