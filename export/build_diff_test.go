package export

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// The calendars as they were built before newComponent, setProp and
// addProp took over from golang-ical's setters (which give every
// property an empty parameter map and grow the property slice one by
// one, and stampFrom copied it once more); TestBuildDiff and
// FuzzBuildDiff compare the bytes written.

// oldIcalCalendar is the calendar WriteICal writes.
func oldIcalCalendar(plan *planner.Plan, followups []planner.FollowUp, opt CalendarOptions) *ics.Calendar {
	cal := newCalendar(opt)
	stops := stopUIDs(plan, opt)
	nm := newNames(plan)
	if plan != nil {
		for _, d := range plan.Days {
			for i := range d.Stops {
				oldAddStop(cal, &d.Stops[i], stops[d.Stops[i].ID], opt, nm)
			}
		}
	}
	uids := make(uniqueUIDs)
	for i := range followups {
		oldAddFollowUpEvent(cal, &followups[i], uids.take(followUpUID(&followups[i], false)), stops, opt, nm)
	}
	if opt.Cancel {
		for _, c := range diff(plan, followups, opt, true) {
			if c.Kind == Dropped {
				oldAddCancelled(cal, c, opt)
			}
		}
	}
	return cal
}

// oldTodoCalendar is the calendar WriteTodos writes.
func oldTodoCalendar(followups []planner.FollowUp, opt CalendarOptions) *ics.Calendar {
	cal := newCalendar(opt)
	uids := make(uniqueUIDs)
	nm := newNames(nil)
	for i := range followups {
		f := &followups[i]
		uid := uids.take(followUpUID(f, true))
		t := ics.NewTodo(uid)
		t.SetStartAt(f.WindowStart)
		t.SetDueAt(f.Due)
		t.SetSummary(oneLine(followUpSummary(f, nm)))
		status := ics.ObjectStatusNeedsAction
		if isDone(f) {
			status = ics.ObjectStatusCompleted
		}
		t.SetStatus(status)
		t.SetDescription(description(followUpText(f, shortMailto(f), opt)))
		oldSetCategories(&t.ComponentBase, []string{"Follow-up"})
		if f.Encounter.ItemID != "" {
			t.AddProperty(ics.ComponentPropertyRelatedTo, UID(opt.Meeting, f.Encounter.ItemID))
		}
		if m := shortMailto(f); m != "" {
			t.SetURL(m)
		}
		oldAddFollowUpAlarm(&t.ComponentBase, f, nm)
		oldStampFollowUp(&t.ComponentBase, uid, f, f.WindowStart, f.Due, opt, nm)
		cal.AddVTodo(t)
	}
	if opt.Cancel {
		for _, c := range todoChanges(followups, opt, true) {
			oldAddCancelled(cal, c, opt)
		}
	}
	return cal
}

func oldAddStop(cal *ics.Calendar, s *planner.Stop, uid string, opt CalendarOptions, nm *names) {
	e := ics.NewEvent(uid)
	e.SetStartAt(s.Start)
	if s.End.After(s.Start) {
		// An item printed without an end gets no DTEND: RFC 5545 then
		// ends it at its start, where DTEND = DTSTART is invalid.
		e.SetEndAt(s.End)
	}
	summary := stopSummary(s, nm)
	e.SetSummary(oneLine(summary))
	if s.Room != "" {
		e.SetLocation(oneLine(s.Room))
	}
	nm.text = stopText(nm.text, s, opt, nm)
	e.SetDescription(description(nm.text))
	oldSetCategories(&e.ComponentBase, stopCategories(s))
	if opt.Alarm > 0 {
		a := e.AddAlarm()
		a.SetAction(ics.ActionDisplay)
		a.SetTrigger("-" + icalDuration(opt.Alarm))
		a.SetProperty(ics.ComponentPropertyDescription, oneLine("In "+humanDuration(opt.Alarm)+": "+summary+roomSuffix(s.Room)))
	}
	oldStamp(&e.ComponentBase, uid, s.Start, s.End, s.Room, opt, nm)
	cal.AddVEvent(e)
}

func oldAddFollowUpEvent(cal *ics.Calendar, f *planner.FollowUp, uid string, stops map[string]string, opt CalendarOptions, nm *names) {
	e := ics.NewEvent(uid)
	end := f.WindowStart.Add(15 * time.Minute)
	e.SetStartAt(f.WindowStart)
	e.SetEndAt(end)
	e.SetSummary(oneLine(followUpSummary(f, nm)))
	e.SetDescription(description(followUpText(f, shortMailto(f), opt)))
	oldSetCategories(&e.ComponentBase, []string{"Follow-up", "confplan"})
	if id := f.Encounter.ItemID; id != "" {
		uid := stops[id]
		if uid == "" {
			uid = UID(opt.Meeting, id)
		}
		e.AddProperty(ics.ComponentPropertyRelatedTo, uid)
	}
	if m := shortMailto(f); m != "" {
		e.SetURL(m)
	}
	oldAddFollowUpAlarm(&e.ComponentBase, f, nm)
	oldStampFollowUp(&e.ComponentBase, uid, f, f.WindowStart, end, opt, nm)
	cal.AddVEvent(e)
}

// oldAddFollowUpAlarm rings when a follow-up's window opens. Every file
// confplan writes gives a follow-up this one alarm (the itinerary, the
// tasks, 'followups --ics'), whatever --alarm says about stops, so the
// same event reminds the same way wherever it was imported from.
func oldAddFollowUpAlarm(c *ics.ComponentBase, f *planner.FollowUp, nm *names) {
	a := ics.NewAlarm("")
	a.SetAction(ics.ActionDisplay)
	a.SetTrigger("PT0S")
	a.SetProperty(ics.ComponentPropertyDescription, oneLine(followUpSummary(f, nm)))
	c.Components = append(c.Components, a)
}

// oldSetCategories writes the categories on one CATEGORIES line, as khal and
// others read only the first (serialize keeps its commas unescaped).
func oldSetCategories(c *ics.ComponentBase, cats []string) {
	c.SetProperty(ics.ComponentPropertyCategories, strings.Join(cats, ","))
}

// oldAddCancelled writes an event or task of the earlier file that the new
// one no longer holds: same UID, times and room, STATUS:CANCELLED, no
// alarm, and why in the notes.
func oldAddCancelled(cal *ics.Calendar, c Change, opt CalendarOptions) {
	p := opt.Prior[c.UID]
	summary := p.Summary
	if !strings.HasPrefix(summary, cancelledPrefix) {
		summary = cancelledPrefix + summary
	}
	desc := "Dropped from your plan: " + c.Why + "."
	var base *ics.ComponentBase
	if p.Todo {
		t := ics.NewTodo(c.UID)
		t.SetStartAt(p.Start)
		if !p.End.IsZero() {
			t.SetDueAt(p.End)
		}
		base = &t.ComponentBase
		defer cal.AddVTodo(t)
	} else {
		e := ics.NewEvent(c.UID)
		e.SetStartAt(p.Start)
		if p.End.After(p.Start) {
			e.SetEndAt(p.End)
		}
		base = &e.ComponentBase
		defer cal.AddVEvent(e)
	}
	base.SetSummary(oneLine(summary))
	if p.Location != "" {
		base.SetLocation(p.Location)
	}
	base.SetStatus(ics.ObjectStatusCancelled)
	base.SetDescription(description(desc))
	cats := []string{"confplan"}
	if p.FollowUp {
		cats = []string{"Follow-up", "confplan"}
	}
	oldSetCategories(base, cats)
	oldStamp(base, c.UID, p.Start, p.End, p.Location, opt, nil)
}

// oldStampFollowUp stamps a follow-up: as a logged one supersedes a planned
// one when opt.Logged is set.
func oldStampFollowUp(c *ics.ComponentBase, uid string, f *planner.FollowUp, start, end time.Time, opt CalendarOptions, nm *names) {
	if opt.Logged && !f.Encounter.At.IsZero() {
		oldStampFrom(c, uid, start, end, "", opt, 1, f.Encounter.At.UTC().Truncate(time.Second), nm)
		return
	}
	oldStamp(c, uid, start, end, "", opt, nm)
}

// oldStamp sets DTSTAMP, SEQUENCE and X-CONFPLAN-DIGEST on a finished
// component (see the package's scheme above).
func oldStamp(c *ics.ComponentBase, uid string, start, end time.Time, room string, opt CalendarOptions, nm *names) {
	oldStampFrom(c, uid, start, end, room, opt, 0, time.Date(start.UTC().Year(), 1, 1, 0, 0, 0, 0, time.UTC), nm)
}

// oldStampFrom is stamp with the SEQUENCE and DTSTAMP of a first write.
//
// nm, when set, lends the digest its buffer.
func oldStampFrom(c *ics.ComponentBase, uid string, start, end time.Time, room string, opt CalendarOptions, seq0 int, ts0 time.Time, nm *names) {
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
	// DTSTAMP goes right after UID, as RFC 5545 lists it.
	props := make([]ics.IANAProperty, 0, len(c.Properties)+3)
	props = append(props, c.Properties[:1]...)
	props = append(props,
		ics.IANAProperty{BaseProperty: ics.BaseProperty{IANAToken: string(ics.ComponentPropertyDtstamp), Value: ts.UTC().Format("20060102T150405Z")}},
		ics.IANAProperty{BaseProperty: ics.BaseProperty{IANAToken: string(ics.ComponentPropertySequence), Value: strconv.Itoa(seq)}},
	)
	props = append(props, c.Properties[1:]...)
	props = append(props, ics.IANAProperty{BaseProperty: ics.BaseProperty{IANAToken: "X-CONFPLAN-DIGEST", Value: digest}})
	c.Properties = props
}

// sameBuild fails unless both calendars serialize to the same bytes.
func sameBuild(t *testing.T, what string, got, want *ics.Calendar) {
	t.Helper()
	var g, w bytes.Buffer
	if err := serialize(&g, got); err != nil {
		t.Fatal(err)
	}
	if err := serializeLibrary(&w, want); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g.Bytes(), w.Bytes()) {
		a, b := g.String(), w.String()
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		t.Fatalf("%s: differs from the old build at byte %d:\n%q\nwant\n%q", what, i, a[max(0, i-80):min(len(a), i+80)], b[max(0, i-80):min(len(b), i+80)])
	}
}

// TestBuildDiff compares the itineraries and task lists of planned
// synthetic meetings with the old build's: first writes, rewrites over
// the earlier file (unchanged, and with the plan changed), re-plans that
// cancel, logged follow-ups, and hostile text.
func TestBuildDiff(t *testing.T) {
	for _, k := range []int{1, 3} {
		d := synth.Meeting(synth.Scale(k))
		matches := planner.NewMatcher(d.Targets, planner.MatchOptions{}).Match(d.Meeting.Items)
		p, err := planner.MakePlan(d.Meeting, d.Targets, matches, planner.PlanOptions{})
		if err != nil {
			t.Fatal(err)
		}
		opt := CalendarOptions{Name: "plan", Meeting: d.Meeting.Name, Zone: d.Meeting.Zone, Alarm: 10 * time.Minute}
		sameBuild(t, "itinerary", icalCalendar(p, p.FollowUps, opt), oldIcalCalendar(p, p.FollowUps, opt))
		sameBuild(t, "tasks", todoCalendar(p.FollowUps, opt), oldTodoCalendar(p.FollowUps, opt))
		var prior bytes.Buffer
		if err := WriteICal(&prior, p, p.FollowUps, opt); err != nil {
			t.Fatal(err)
		}
		var priorTasks bytes.Buffer
		if err := WriteTodos(&priorTasks, p.FollowUps, opt); err != nil {
			t.Fatal(err)
		}
		pr, err := ReadPrior(&prior)
		if err != nil {
			t.Fatal(err)
		}
		prt, err := ReadPrior(&priorTasks)
		if err != nil {
			t.Fatal(err)
		}
		opt.Prior = pr
		sameBuild(t, "rewrite", icalCalendar(p, p.FollowUps, opt), oldIcalCalendar(p, p.FollowUps, opt))
		opt.Cancel = true
		half := &planner.Plan{Days: p.Days[:len(p.Days)/2]}
		opt.Alarm = 5 * time.Minute
		sameBuild(t, "re-plan", icalCalendar(half, p.FollowUps[:len(p.FollowUps)/3], opt), oldIcalCalendar(half, p.FollowUps[:len(p.FollowUps)/3], opt))
		sameBuild(t, "re-plan with nothing", icalCalendar(&planner.Plan{}, nil, opt), oldIcalCalendar(&planner.Plan{}, nil, opt))
		opt.Prior = prt
		sameBuild(t, "tasks re-planned", todoCalendar(p.FollowUps[:len(p.FollowUps)/2], opt), oldTodoCalendar(p.FollowUps[:len(p.FollowUps)/2], opt))
		lopt := CalendarOptions{Meeting: d.Meeting.Name, Zone: d.Meeting.Zone, Logged: true}
		sameBuild(t, "logged", icalCalendar(nil, p.FollowUps, lopt), oldIcalCalendar(nil, p.FollowUps, lopt))
		sameBuild(t, "logged tasks", todoCalendar(p.FollowUps, lopt), oldTodoCalendar(p.FollowUps, lopt))
	}
	fs := rawFollowUps()
	hopt := CalendarOptions{Zone: time.UTC, Name: rawTexts[6], Alarm: time.Minute}
	sameBuild(t, "hostile follow-ups", icalCalendar(nil, fs, hopt), oldIcalCalendar(nil, fs, hopt))
	sameBuild(t, "hostile tasks", todoCalendar(fs, hopt), oldTodoCalendar(fs, hopt))
}

// FuzzBuildDiff compares a stop and a follow-up whose texts come from
// the input with the old build's.
func FuzzBuildDiff(f *testing.F) {
	for _, h := range rawTexts {
		f.Add(h, "Room "+h, "jdoe@emory.example", int64(3600))
	}
	f.Fuzz(func(t *testing.T, text, room, email string, secs int64) {
		at := time.Date(2025, 9, 28, 14, 0, 0, 0, time.UTC)
		end := at.Add(time.Duration(secs%(1<<20)) * time.Second)
		s := planner.Stop{ID: text, Kind: planner.KindTalk, Title: text, Start: at, End: end, Room: room, Value: 7,
			Items:  []planner.Item{{ID: text, Kind: planner.KindTalk, Title: text, Start: at, End: end, Room: room}},
			Points: []planner.TalkingPoint{{TargetType: planner.TargetPerson, Target: text, Who: text, Role: room, ItemID: text, ItemTitle: text, Say: text}},
			Why:    []string{text}}
		p := &planner.Plan{Days: []planner.DayPlan{{Day: "2025-09-28", Stops: []planner.Stop{s}}}}
		fu := planner.FirstFollowUp(planner.Encounter{Name: text, Institution: room, Email: email, Where: text, Room: room, ItemID: text, At: end})
		fs := []planner.FollowUp{fu, fu}
		opt := CalendarOptions{Name: text, Meeting: room, Alarm: time.Duration(secs%7200) * time.Second}
		sameBuild(t, "itinerary", icalCalendar(p, fs, opt), oldIcalCalendar(p, fs, opt))
		sameBuild(t, "tasks", todoCalendar(fs, opt), oldTodoCalendar(fs, opt))
	})
}
