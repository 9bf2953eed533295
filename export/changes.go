package export

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// ChangeKind is what happened to a stop between an earlier calendar and a
// new plan.
type ChangeKind string

// The kinds of change a re-plan reports.
const (
	Added   ChangeKind = "added"
	Moved   ChangeKind = "moved"
	Dropped ChangeKind = "dropped"
)

// Change is one difference between the earlier calendar (Prior) and the
// new plan, by UID: a stop added (or brought back), a stop whose time or
// room moved (it keeps its UID; its SEQUENCE rises), or a stop or
// follow-up dropped, with why.
type Change struct {
	Kind       ChangeKind
	UID        string
	Title      string
	Start, End time.Time // new; for a dropped stop, the earlier
	Room       string
	Was        Prior // the earlier event, for moved and dropped
	Why        string
	FollowUp   bool
}

// Changes compares the new plan and follow-ups with the earlier calendar
// opt.Prior and lists what a phone that imported it must learn: in time
// order, stops before follow-ups. A dropped stop says why: the reason the
// plan gives for leaving it out (it lost to another stop, is skipped, is
// outside --from/--to), or that the program no longer has it, or that its
// day was not planned this time. Events already cancelled in the earlier
// file are not reported again. With no Prior, nothing changed.
func Changes(plan *planner.Plan, followups []planner.FollowUp, opt CalendarOptions) []Change {
	return diff(plan, followups, opt, false)
}

// diff is Changes; with stale, the dropped events include those the
// earlier file already held as cancelled, which a new file keeps
// cancelled.
func diff(plan *planner.Plan, followups []planner.FollowUp, opt CalendarOptions, stale bool) []Change {
	if len(opt.Prior) == 0 {
		return nil
	}
	var out []Change
	seen := make(map[string]bool)
	explain := make(map[string]*planner.Explain)
	days := make(map[string]bool)
	stops := stopUIDs(plan, opt)
	if plan != nil {
		for di := range plan.Days {
			d := &plan.Days[di]
			days[d.Day] = true
			for i := range d.Explain {
				explain[UID(opt.Meeting, d.Explain[i].ID)] = &d.Explain[i]
			}
			for i := range d.Stops {
				s := &d.Stops[i]
				uid := stops[s.ID]
				seen[uid] = true
				c := Change{UID: uid, Title: stopSummary(s, nil), Start: s.Start, End: s.End, Room: oneLine(s.Room)}
				p, ok := opt.Prior[uid]
				switch {
				case !ok || p.Status == "CANCELLED":
					c.Kind = Added
				case !p.Start.Equal(s.Start) || !p.End.Equal(endOrStart(s.Start, s.End)) || p.Location != c.Room:
					c.Kind, c.Was = Moved, p
				default:
					continue
				}
				out = append(out, c)
			}
		}
	}
	uids := make(uniqueUIDs)
	for i := range followups {
		seen[uids.take(followUpUID(&followups[i], false))] = true
	}
	for uid, p := range opt.Prior {
		if seen[uid] || p.Todo || !p.Ours || p.Start.IsZero() || (p.Status == "CANCELLED" && !stale) {
			continue
		}
		c := Change{Kind: Dropped, UID: uid, Title: strings.TrimPrefix(p.Summary, cancelledPrefix), Start: p.Start, End: p.End, Room: p.Location, Was: p, FollowUp: p.FollowUp}
		switch e := explain[uid]; {
		case p.FollowUp:
			c.Why = "no stop in the plan meets them now"
		case e != nil:
			c.Why = strings.TrimPrefix(e.Reason, "dropped: ")
		case plan != nil && !days[p.Start.In(localZone(opt, p.Start)).Format("2006-01-02")]:
			c.Why = "its day is not in this plan"
		default:
			c.Why = "no longer in the program"
		}
		out = append(out, c)
	}
	sortChanges(out)
	return out
}

// todoChanges are the tasks of the earlier file that the new one no
// longer holds.
func todoChanges(followups []planner.FollowUp, opt CalendarOptions, stale bool) []Change {
	seen := make(map[string]bool)
	uids := make(uniqueUIDs)
	for i := range followups {
		seen[uids.take(followUpUID(&followups[i], true))] = true
	}
	var out []Change
	for uid, p := range opt.Prior {
		if !p.Todo || seen[uid] || !p.Ours || p.Start.IsZero() || (p.Status == "CANCELLED" && !stale) {
			continue
		}
		out = append(out, Change{Kind: Dropped, UID: uid, Title: strings.TrimPrefix(p.Summary, cancelledPrefix), Start: p.Start, End: p.End, Was: p, FollowUp: true, Why: "no stop in the plan meets them now"})
	}
	sortChanges(out)
	return out
}

func sortChanges(cs []Change) {
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.FollowUp != b.FollowUp {
			return !a.FollowUp
		}
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return a.UID < b.UID
	})
}

// endOrStart is end as a file holds it: none (zero) for an item without
// an end, which is written without DTEND.
func endOrStart(start, end time.Time) time.Time {
	if end.After(start) {
		return end
	}
	return time.Time{}
}

// WriteChanges writes the change list a re-plan prints, one line each:
//
//	Changes since plan.ics (your phone updates when you import it again):
//	  added    Sun 28 Sep 07:15–07:55  Evidence Update: Proton (Room 3016)
//	  moved    Meet the Expert: SBRT: Sun 28 Sep 07:00–07:50 Room 3014 → 07:15–08:05 Room 3014
//	  dropped  Sun 28 Sep 13:00–14:00  ARRO Panel (Room 1): no longer in the program
func WriteChanges(w io.Writer, file string, changes []Change, zone *time.Location) error {
	bw := bufio.NewWriter(w)
	if len(changes) == 0 {
		fmt.Fprintf(bw, "No changes since %s.\n", file)
		return bw.Flush()
	}
	fmt.Fprintf(bw, "Changes since %s (import it again and your phone follows):\n", file)
	for _, c := range changes {
		loc := zone
		if loc == nil {
			loc = c.Start.Location()
		}
		switch c.Kind {
		case Added:
			fmt.Fprintf(bw, "  added    %s  %s%s\n", changeSpan(c.Start, c.End, loc), c.Title, roomParen(c.Room))
		case Moved:
			old, now := changeSpan(c.Was.Start, c.Was.End, loc), changeSpan(c.Start, c.End, loc)
			if c.Was.Start.In(loc).Format("2006-01-02") == c.Start.In(loc).Format("2006-01-02") {
				now = strings.TrimPrefix(now, c.Start.In(loc).Format("Mon 2 Jan "))
			}
			fmt.Fprintf(bw, "  moved    %s: %s%s → %s%s\n", c.Title, old, roomSpace(c.Was.Location), now, roomSpace(c.Room))
		case Dropped:
			what := ""
			if c.FollowUp {
				what = "follow-up "
			}
			fmt.Fprintf(bw, "  dropped  %s%s  %s%s: %s\n", what, changeSpan(c.Start, c.End, loc), c.Title, roomParen(c.Room), c.Why)
		}
	}
	return bw.Flush()
}

func changeSpan(start, end time.Time, loc *time.Location) string {
	out := start.In(loc).Format("Mon 2 Jan 15:04")
	if end.After(start) {
		out += "–" + end.In(loc).Format("15:04")
	}
	return out
}

func roomParen(r string) string {
	if r == "" {
		return ""
	}
	return " (" + r + ")"
}

func roomSpace(r string) string {
	if r == "" {
		return ""
	}
	return " " + r
}
