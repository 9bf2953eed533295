package sources

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/confplan/confplan/planner"
)

// Input is one program file: its name (for messages and item sources)
// and its content, or the error that kept it from being read.
type Input struct {
	Name string
	Data []byte
	Err  error
}

// FileResult is what came of one input: a Result, or the error that made
// the file unusable.
type FileResult struct {
	Name   string
	Result *Result
	Err    error
}

// ReadMeeting reads several program files into one meeting. It decides,
// in one place and whatever the order of the files:
//
//   - the zone: Options.Zone (--tz), else the zone most files found (a
//     named zone before a bare UTC offset; ties go to the name that sorts
//     first); files that had no zone of their own are read again in it,
//     and every item's times are shown in it;
//   - duplicates: IDs are per file. The same ID in two files is one item
//     only when it is the same item (same title, overlapping or equal
//     times); its people and missing details are merged into the first.
//     Otherwise both stay, and the one from the file that sorts later
//     (by name, then content) gets the ID with "~2" (then "~3" …)
//     appended, its file's parent links following it;
//   - the meeting's name: the first a file names, in that order.
//
// The same files in any order give the same meeting. Files that cannot be
// read are reported in their FileResult and do not stop the others.
// Notes about merged and renamed items are returned as warnings.
func ReadMeeting(in []Input, opt Options) (*planner.Meeting, []FileResult, []*Warning) {
	res := make([]FileResult, len(in))
	opt.texts = new(sharedTexts)
	read := func(i int, opt Options) {
		res[i].Result, res[i].Err = readProgram(in[i].Data, in[i].Name, opt)
	}
	// The files are read side by side: each read is on its own, and all
	// that follows takes their results in file order.
	eachAtOnce(len(in), func(i int) {
		res[i].Name = in[i].Name
		if in[i].Err != nil {
			res[i].Err = in[i].Err
			return
		}
		read(i, opt)
	})
	var warns []*Warning
	zone := opt.Zone
	if zone == nil {
		zone = commonZone(res)
		if zone != nil {
			if others := otherZones(res, zone); len(others) > 0 {
				warns = append(warns, &Warning{Reason: fmt.Sprintf("the files name different time zones (%s); times are shown in %s", strings.Join(others, ", "), zone),
					Hint: "are these files from one meeting? name its zone with --tz"})
			}
			zopt := opt
			zopt.Zone = zone
			eachAtOnce(len(res), func(i int) {
				if zr, ok := res[i].Err.(*zoneRetry); ok {
					res[i].Result, res[i].Err = zr.again(zone) // parsed once, read in the zone
				} else if errors.Is(res[i].Err, ErrNoZone) {
					read(i, zopt)
				}
			})
		}
	}
	order := fileOrder(in)
	total := 0
	for _, r := range res {
		if r.Err == nil && r.Result != nil {
			total += len(r.Result.Items)
		}
	}
	m := &planner.Meeting{Zone: zone}
	if total > 0 {
		m.Items = make([]planner.Item, 0, total)
	}
	at := make(map[string]int, total) // ID → index in m.Items
	from := make([]string, 0, total)  // index in m.Items → the file it came from
	for _, fi := range order {
		r := res[fi]
		if r.Err != nil || r.Result == nil {
			continue
		}
		if m.Name == "" {
			m.Name = r.Result.Meeting
		}
		if m.Zone == nil {
			m.Zone = r.Result.Zone
		}
		renamed := make(map[string]string)
		first := len(m.Items)
		for _, it := range r.Result.Items {
			if j, dup := at[it.ID]; dup {
				e := &m.Items[j]
				if sameTitle(e.Title, it.Title) && (e.Overlaps(&it) || e.Start.Equal(it.Start)) {
					mergeItem(e, &it)
					warns = append(warns, &Warning{Reason: fmt.Sprintf("%s: item %s is also in %s; merged", it.Source, it.ID, from[j])})
					continue
				}
				base := it.ID
				for n := 2; ; n++ {
					id := base + "~" + strconv.Itoa(n)
					if _, taken := at[id]; !taken {
						it.ID = id
						break
					}
				}
				renamed[base] = it.ID
				warns = append(warns, &Warning{Reason: fmt.Sprintf("%s: ID %s is also used in %s for %q; kept as %s", it.Source, base, from[j], clip(e.Title), it.ID)})
			}
			at[it.ID] = len(m.Items)
			from = append(from, r.Name)
			m.Items = append(m.Items, it)
		}
		if len(renamed) > 0 {
			for k := first; k < len(m.Items); k++ {
				if id, ok := renamed[m.Items[k].ParentID]; ok {
					m.Items[k].ParentID = id
				}
			}
		}
	}
	if m.Zone != nil {
		for i := range m.Items {
			m.Items[i].Start = m.Items[i].Start.In(m.Zone)
			m.Items[i].End = m.Items[i].End.In(m.Zone)
		}
	}
	if m.Name == "" {
		m.Name = "conference"
	}
	planner.SortItems(m.Items)
	return m, res, warns
}

// mergeItem completes e with what o adds: people, and details e lacks.
func mergeItem(e, o *planner.Item) {
	e.People = mergePeople(e.People, o.People)
	for _, f := range []struct{ dst, src *string }{
		{&e.Room, &o.Room}, {&e.Type, &o.Type}, {&e.Track, &o.Track}, {&e.Board, &o.Board},
		{&e.ParentID, &o.ParentID}, {&e.Session, &o.Session},
	} {
		if *f.dst == "" {
			*f.dst = *f.src
		}
	}
	if o.End.After(e.End) && e.End.Equal(e.Start) {
		e.End = o.End // one file knew the end
	}
}

// fileOrder is the order files are merged in: by name, then content, so
// that the command line's order does not matter.
func fileOrder(in []Input) []int {
	sums := make([]*[32]byte, len(in)) // hashed only for files that share a name
	sum := func(i int) []byte {
		if sums[i] == nil {
			s := sha256.Sum256(in[i].Data)
			sums[i] = &s
		}
		return sums[i][:]
	}
	order := make([]int, len(in))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := order[a], order[b]
		if in[x].Name != in[y].Name {
			return in[x].Name < in[y].Name
		}
		return bytes.Compare(sum(x), sum(y)) < 0
	})
	return order
}

// commonZone is the zone most readable files found: a named zone before
// a bare offset, ties to the name that sorts first. Nil when none found
// one.
func commonZone(res []FileResult) *time.Location {
	count := make(map[string]int)
	locs := make(map[string]*time.Location)
	for _, r := range res {
		if r.Err == nil && r.Result != nil && r.Result.Zone != nil {
			n := r.Result.Zone.String()
			count[n]++
			locs[n] = r.Result.Zone
		}
	}
	var best string
	better := func(n string) bool {
		if best == "" {
			return true
		}
		if fixedName(n) != fixedName(best) {
			return !fixedName(n)
		}
		if count[n] != count[best] {
			return count[n] > count[best]
		}
		return n < best
	}
	for n := range count {
		if better(n) {
			best = n
		}
	}
	return locs[best]
}

// fixedName reports whether a zone name is a bare offset ("UTC+01:00").
func fixedName(n string) bool {
	return strings.HasPrefix(n, "UTC+") || strings.HasPrefix(n, "UTC-")
}

// otherZones lists, sorted, "zone (file)" for each file whose zone is
// not zone; nil when all agree. Fixed offsets that agree with zone at
// the file's first item count as agreeing.
func otherZones(res []FileResult, zone *time.Location) []string {
	var out []string
	for _, r := range res {
		if r.Err != nil || r.Result == nil || r.Result.Zone == nil || r.Result.Zone.String() == zone.String() {
			continue
		}
		if fixedName(r.Result.Zone.String()) && len(r.Result.Items) > 0 {
			t := r.Result.Items[0].Start
			_, a := t.Zone()
			_, b := t.In(zone).Zone()
			if a == b {
				continue
			}
		}
		out = append(out, fmt.Sprintf("%s in %s", r.Result.Zone, r.Name))
	}
	sort.Strings(out)
	return out
}

// eachAtOnce calls f(0), …, f(n-1), as many at a time as Go runs
// goroutines at once (GOMAXPROCS), taking them in order, and returns when
// all have returned. With one processor it calls them in turn on this
// goroutine. Reading files this way holds no more of them in memory at
// once than there are processors.
func eachAtOnce(n int, f func(i int)) {
	procs := min(runtime.GOMAXPROCS(0), n)
	if procs <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range procs {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		})
	}
	wg.Wait()
}
