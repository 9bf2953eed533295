package planner

import (
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Matching.
//
// A person target (a network-map contact) matches an item when someone in
// the item has a compatible name AND an affiliation that does not
// contradict the contact's institution:
//
//   - Names: both the printed name and the contact's are read by the one
//     name model (names.go) into every plausible reading; two readings
//     with the same surname key are compared by compareNames, the one
//     rule for "same person by name": given names equal (loosely spelled),
//     nicknames of each other (from data, before initials), or initials
//     of each other; middle initials agree when both have one; a person
//     may go by the middle name. A reading that is a guess (family name
//     first, a single name) needs an institution that agrees, and is never
//     compared with another guess or with a shortened compound surname.
//   - Affiliations: the printed affiliations and the contact's institution
//     are resolved in the institution graph (affiliation.go, directory.go,
//     world.go). When both resolve, they must share an institution or its
//     family (a university, its medical school, cancer centre and
//     hospitals): J. Smith at Duke is not Jennifer Smith of UCSF. Places
//     printed with an affiliation choose among institutions that share a
//     name and rule out those elsewhere. A printed affiliation no index
//     knows is accepted only when it reads like the contact's institution
//     (most distinctive words shared); one that is only a department and a
//     place agrees by city or is ruled out by state or country. A person
//     printed with no affiliation is accepted only on a full first name,
//     at a lower score.
//
// Scores: 1 for a full first name at a confirmed institution; initials,
// nicknames, a shortened surname and a guessed order lower it; an
// institution matched only by its words gives 0.85 of that, a city only
// 0.8, no printed affiliation 0.7, no institution in the network map 0.8.
// Evidence names the readings that matched and why the institutions
// agree ("same family: Knight Cancer Institute (cancer centre) is part of
// Oregon Health & Science University"); Explain gives the near misses.
//
// A program target matches an item when someone in it is affiliated with
// the program under any of its names or aliases, from the programs list,
// the network map's Institution column or the built-in directory, whose
// family it joins.
//
// Cost: NewMatcher copies the directory index (built once), reads each
// distinct contact institution once, and indexes contacts' readings by
// surname key, with a summary of their first names per key and per
// institution (prefilter.go). Match reads each distinct affiliation
// (list) once, each distinct part of one once (readSeg), and each
// printed name's contact keys from its bytes (quickKeys, no look-up,
// nothing kept); only a name with a key that has a contact the
// affiliations allow is summarised in full, once per distinct name from
// its cached words, and only one that may be some contact the
// affiliations allow is read in full and compared (most are nobody in
// the map); a
// name whose affiliations name institutions is compared only with the
// contacts at them (and those any affiliation may confirm), found by
// surname key and institution, so it is linear in the size of the
// program and grows with the number of targets only through the few
// contacts that share a printed surname and an institution. An
// affiliation no index knows passes a name on only when it shares a
// distinctive word with some contact's institution, or for the contacts
// with none. The items are read in blocks of a few thousand people, each
// twice while it is in the cache: its affiliations first, which size the
// matches, then its names. Guessed readings sit in an index of their own,
// so a printed "Jennifer Smith" read as surname Jennifer never meets
// every contact named Jennifer. Evidence is written only when asked
// (MatchOptions.Evidence); for programs, only for the
// matches kept, into one buffer of the size it needs.

// MatchOptions tune matching.
type MatchOptions struct {
	Interests []string // --interests: words or phrases to flag in titles and types
	// Evidence writes each match's Evidence: what matched and what was
	// checked, as `confplan match` shows it. A plan reads none, and
	// leaves it out: thousands of program matches, each a string.
	Evidence bool
}

// Matcher finds targets in program items. Build it once per set of
// targets; Match is then linear in the number of people mentioned.
type Matcher struct {
	t      *Targets
	opt    MatchOptions
	inst   *instIndex
	people map[string][]contactName // surname key → contacts
	// guesses holds the contacts' guessed readings (family name first):
	// they are compared with printed readings that are no guesses, so a
	// printed "Jennifer Smith" read as surname Jennifer does not meet
	// every contact named Jennifer.
	guesses map[string][]contactName
	// words holds every letter run of the contacts' names and their
	// surname keys: a printed name with none of them cannot match, and
	// is not parsed.
	words     map[string]bool
	progOf    [][]int          // canonical institution → program indices
	instOf    [][]int          // contact index → canonical institutions
	adhoc     []bool           // contact index → institution known only from the network map
	open      []bool           // contact index → no institution, or one only the map knows: any affiliation may confirm it
	instDist  [][][]string     // contact index → distinctive words of each institution part of its Institution
	instWords map[string]int32 // every word of instDist, numbered from 1
	instName  []string         // canonical institution → display name
	// keys summarises the contacts' first names by surname key
	// (prefilter.go).
	keys    map[string]*keyEntry
	keyBits *bitSet // the keys of keys, and the spellings variants maps to one of them
	// keyAt holds each entry of keys with each institution of its
	// insts (keyAtHash): someAllowed's quick no.
	keyAt   *bitSet
	readAll bool // no prefilter: read every name (tests compare)
}

// contactName is one reading of a contact's name.
type contactName struct {
	idx  int
	name personName
	sig  keySig // its first names, for a quick no before compareNames
}

// NewMatcher indexes the targets.
func NewMatcher(t *Targets, opt MatchOptions) *Matcher {
	if t == nil {
		t = &Targets{}
	}
	// The indexes of names, at about the size they reach, so they do not
	// grow by rehashing: contacts share surnames (a key for every two or
	// three) and first names (about one and a half words and runs of
	// words each); guesses are few.
	n := len(t.People)
	m := &Matcher{t: t, opt: opt, inst: newInstIndex(), people: make(map[string][]contactName, n/2), guesses: make(map[string][]contactName),
		words: make(map[string]bool, 2*n), keys: make(map[string]*keyEntry, n/2), keyBits: new(bitSet), keyAt: new(bitSet)}
	x := m.inst

	// Programs: each is an institution named by its name and aliases,
	// one with the directory entries those names denote unambiguously.
	progID := make([]int, len(t.Programs))
	builtIn := len(x.insts)
	claimed := make(map[int]bool) // directory entries a user's program took
	for i, p := range t.Programs {
		state := usStates[strings.ToLower(strings.TrimSpace(p.State))]
		names := append([]string{p.Name}, p.Aliases...)
		var same []int
		for ni, n := range names {
			// Only the directory's entries, and not through an
			// abbreviation ("VUMC" is Vanderbilt and also Valleyview
			// University Medical Center): two of the user's programs
			// stay two programs.
			a, ok := x.byText[strings.Join(instTokens(n), " ")]
			if !ok {
				// "Hackensack", "Cooper": the first word of one
				// directory institution's name ("Hackensack University
				// Medical Center").
				if b := x.prefixOf(instTokens(n)); b != nil {
					a, ok = b, true
				} else {
					continue
				}
			}
			var ids []int
			for _, id := range a.ids {
				if id < builtIn && !claimed[x.find(id)] {
					ids = append(ids, id)
				}
			}
			if len(ids) > 1 && state != "" {
				var inState []int
				for _, id := range ids {
					if x.insts[id].state == state {
						inState = append(inState, id)
					}
				}
				ids = inState
			}
			// An abbreviation several institutions share ("UMMC",
			// "PSU") names the first one listed unless the state
			// says otherwise.
			if a.kind == aliasAcronym && ni > 0 {
				continue // an alias "VUMC" may be the user's own program's
			}
			switch {
			case len(ids) == 1 || len(ids) > 1 && a.kind == aliasAcronym && state == "":
				same = append(same, ids[0])
			case len(ids) > 1 && state == "":
				// "Mayo Clinic" with no state: each campus in the
				// first one's country.
				for _, id := range ids {
					if x.insts[id].country == x.insts[ids[0]].country {
						same = append(same, id)
					}
				}
			}
		}
		id := x.add(institution{name: p.Name, state: state})
		progID[i] = id
		for _, n := range names {
			x.addAlias(n, id, true)
		}
		for _, s := range same {
			x.union(id, s)
		}
		claimed[x.find(id)] = true
	}

	// Contacts' institutions: a name no index knows becomes an
	// institution of its own, so colleagues printed with it still match.
	raw := make([][]int, len(t.People))
	m.adhoc = make([]bool, len(t.People))
	// Contacts share institutions: each distinct one is read once, until
	// the index changes.
	m.instDist = make([][][]string, len(t.People))
	m.instWords = make(map[string]int32)
	parts := make(map[string]int)
	resolved := make(map[string][]instHit)
	for i, c := range t.People {
		j, ok := parts[c.Institution]
		if !ok {
			p := institutionParts(c.Institution)
			d := make([][]string, len(p))
			for k := range p {
				d[k] = distinctive(instTokens(p[k]))
				for _, w := range d[k] {
					if m.instWords[w] == 0 {
						m.instWords[w] = int32(len(m.instWords) + 1)
					}
				}
			}
			j = i
			m.instDist[i] = d
			parts[c.Institution] = i
		}
		m.instDist[i] = m.instDist[j]
	}
	for i, c := range t.People {
		inst := strings.TrimSpace(c.Institution)
		if inst == "" {
			continue
		}
		hits, ok := resolved[inst]
		if !ok {
			hits = x.resolveAt(inst, true).hits
			resolved[inst] = hits
		}
		if len(hits) == 0 {
			clear(resolved) // the index gains an institution
			// Each institution part of the name ("Lagos University
			// Teaching Hospital" of "..., Lagos, Nigeria") becomes an
			// alias of a new institution.
			segs := institutionParts(inst)
			if len(segs) == 0 {
				continue
			}
			id := x.add(institution{name: inst})
			for _, seg := range segs {
				x.addAlias(seg, id, true)
			}
			raw[i] = []int{id}
			m.adhoc[i] = true
			continue
		}
		for _, h := range hits {
			raw[i] = append(raw[i], h.id)
		}
	}
	m.instOf = make([][]int, len(t.People))
	for i, ids := range raw {
		for _, id := range ids {
			m.instOf[i] = appendUnique(m.instOf[i], x.find(id))
		}
	}
	m.progOf = make([][]int, len(x.insts))
	for i, id := range progID {
		c := x.find(id)
		m.progOf[c] = append(m.progOf[c], i)
	}
	// Display names: the user's program name, else the directory's.
	m.instName = make([]string, len(x.insts))
	for i := range x.insts {
		if c := x.find(i); m.instName[c] == "" {
			m.instName[c] = x.insts[i].name
		}
	}
	for i, id := range progID {
		if c := x.find(id); i == m.progOf[c][0] {
			m.instName[c] = t.Programs[i].Name
		}
	}

	m.open = make([]bool, len(t.People))
	for i := range t.People {
		m.open[i] = len(m.instOf[i]) == 0 || m.adhoc[i]
	}
	// Contacts' names, by the surname key of each reading.
	names := readContactNames(t.People)
	for i := range t.People {
		m.indexName(i, names[i])
	}
	for _, e := range m.keys {
		e.sortInsts()
	}
	// A run of printed words is looked up only when keyBits has it
	// (looseKey): the keys, and the spellings variants maps to one.
	for w, v := range variants {
		if m.keys[v] != nil {
			m.keyBits.add(w)
		}
	}
	x.flatten()
	return m
}

// readContact is what indexName needs of a contact's name, read
// without the Matcher: its readings, and the name folded.
type readContact struct {
	readings []personName
	folded   string
}

// minPartNames is the fewest contacts' names read side by side in one
// run: thousands pay for the goroutines.
const minPartNames = 1024

// readContactNames reads each contact's name (readName, fold), in as
// many runs side by side as GOMAXPROCS when there are thousands: most of
// NewMatcher's time for a large network map, and nothing it writes.
func readContactNames(people []Contact) []readContact {
	out := make([]readContact, len(people))
	read := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = readContact{readName(people[i].Name).readings, fold(people[i].Name)}
		}
	}
	n := max(1, min(runtime.GOMAXPROCS(0), len(people)/minPartNames))
	sideBySide(n, func(k int) { read(k*len(people)/n, (k+1)*len(people)/n) })
	return out
}

// sideBySide calls f(0), …, f(n-1), each on a goroutine of its own when
// there are several, and returns when all have returned.
func sideBySide(n int, f func(i int)) {
	if n == 1 {
		f(0)
		return
	}
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { f(i) })
	}
	wg.Wait()
}

// indexName indexes contact i under the readings of its name.
func (m *Matcher) indexName(i int, name readContact) {
	for _, r := range name.readings {
		key := r.key()
		cn := contactName{idx: i, name: r, sig: contactSig(r, key)}
		list := m.people
		g := guess(r)
		if g {
			list = m.guesses
		}
		l := list[key]
		pos := len(l)
		list[key] = append(l, cn)
		m.words[key] = true
		m.indexSig(i, key, cn.sig, pos, g)
	}
	letterRuns(name.folded, func(run string) {
		// A word already there is not read again: contacts share first
		// names and surnames.
		if len(run) < 2 {
			return
		}
		if w := looseWord(run); !m.words[w] && !particles[run] && !honorifics[run] && Credential(run) == "" {
			m.words[w] = true
		}
	})
}

// letterRuns calls f with each maximal run of letters in s, and with
// each two and three adjacent runs joined ("al"+"hassan",
// "de"+"la"+"cruz"), so "Al Hassan" finds "Alhassan" and "De La Cruz"
// finds "Delacruz".
func letterRuns(s string, f func(string)) {
	prev, prev2 := "", ""
	emit := func(run string) {
		f(run)
		if prev != "" {
			f(prev + run)
			if prev2 != "" {
				f(prev2 + prev + run)
			}
		}
		prev2, prev = prev, run
	}
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			emit(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		emit(s[start:])
	}
}

// mayMatch reports whether a printed name shares a word with some
// contact's name.
func (m *Matcher) mayMatch(name string) bool {
	hit := false
	letterRuns(fold(name), func(run string) {
		if !hit && m.words[looseWord(run)] {
			hit = true
		}
	})
	return hit
}

// carve is an empty slice with room for n, cut from *block (a new
// block when it has no room): its capacity ends at n, so that an append
// beyond it never writes into the next.
func carve[T any](block *[]T, n int) []T {
	if n > cap(*block)-len(*block) {
		*block = make([]T, 0, max(n, 256))
	}
	k := len(*block)
	*block = (*block)[:k+n]
	return (*block)[k : k : k+n]
}

func appendUnique(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// found is the best evidence so far for one (item, target) pair.
type found struct {
	Match
	order int // target order: people first, then programs
	// A program's evidence is written only for the matches kept: the
	// printed affiliations, the hit among them and the program among
	// its institution's that named it (printed.tail).
	pr     *printed
	hi, pj int
	rank   int // Role.Rank()
}

// Match returns every (item, target) match, in item order then target
// order. It reads the Matcher and writes nothing to it: a large program
// is matched in parts side by side, as many as Go runs goroutines at once
// (GOMAXPROCS), each a run of items, and their matches joined in order.
func (m *Matcher) Match(items []Item) []Match {
	parts, total := matchParts(items, runtime.GOMAXPROCS(0))
	outs := make([][]Match, len(parts))
	sideBySide(len(parts), func(i int) {
		room := 0 // its own
		if i == 0 {
			room = total // the others are appended to the first
		}
		outs[i] = m.match(parts[i], m.inst.reader(), room)
	})
	out := outs[0]
	for _, o := range outs[1:] {
		out = append(out, o...)
	}
	if out == nil {
		out = []Match{} // no match: an empty list, as ever
	}
	return out
}

// matchBlock is how many printed people Match reads at a time (a block
// of items that print at most as many, or one item that prints more):
// their records and names, a few hundred kilobytes, stay in the cache
// between its two readings of them.
const matchBlock = 2048

// touch reads, for each person of items, the record, the first byte of
// the name and of the first affiliation, and nothing else. These reads
// do not wait on one another, so the processor has many of them on the
// way from memory at once; the passes that follow do a person's work
// between reads and would wait for each in turn. A program the cache
// does not hold (ten times ASTRO's, or one imported a while ago) is
// matched about 6 % faster; one it holds, no slower. The sum it returns
// is what keeps the reads: go:noinline, so that they are not dropped
// with a result nobody uses.
//
//go:noinline
func touch(items []Item) int {
	t := 0
	for i := range items {
		for j := range items[i].People {
			p := &items[i].People[j]
			t += len(p.Affiliations)
			if p.Name != "" {
				t += int(p.Name[0])
			}
			if len(p.Affiliations) > 0 && p.Affiliations[0] != "" {
				t += int(p.Affiliations[0][0])
			}
		}
	}
	return t
}

// minPartMentions is the fewest people a part of a Match call prints:
// each part reads again the affiliations and names the others read too,
// which pays only for thousands.
const minPartMentions = 4096

// matchParts cuts items into at most n runs that print about as many
// people each (a run ends at the first item that reaches its share), and
// into no more runs than there are minPartMentions people printed, so a
// small program is one run. total is the people items print.
func matchParts(items []Item, n int) (parts [][]Item, total int) {
	for i := range items {
		total += len(items[i].People)
	}
	n = max(1, min(n, total/minPartMentions))
	parts = make([][]Item, 0, n)
	start, seen := 0, 0
	for i := range items {
		seen += len(items[i].People)
		if len(parts) < n-1 && seen*n >= total*(len(parts)+1) {
			parts = append(parts, items[start:i+1])
			start = i + 1
		}
	}
	return append(parts, items[start:]), total
}

// match is Match for one run of items, reading affiliations with inst.
// It allocates its matches for room people printed, or the items' own
// if more, as the first block foretells: the first part of a Match has
// room for the whole program's, and the others are appended to it
// without a copy of the whole.
func (m *Matcher) match(items []Item, inst *instIndex, room int) []Match {
	var out []Match
	// Each distinct affiliation's summary, with what it says printed
	// alone as a mention reads it: the map's slot holds both, so most
	// people's affiliations are answered without reading the summary.
	cache := make(map[string]affRef)
	var slab []affInfo // the affiliations' summaries, a few hundred at a time
	var naff int32     // the summaries made: each one's number
	var lastAff string
	var last affRef
	resolve := func(aff string) affRef {
		if last.a != nil && aff == lastAff {
			return last // co-authors print one affiliation in a row
		}
		r, ok := cache[aff]
		if !ok {
			if len(slab) == cap(slab) {
				slab = make([]affInfo, 0, 256)
			}
			naff++
			slab = append(slab, affInfo{resolution: inst.resolveAt(aff, false), aff: aff})
			a := &slab[len(slab)-1]
			a.printAlone()
			r = affRef{a: a, n: naff, alone: mentionOf(&a.alone)}
			cache[aff] = r
		}
		lastAff, last = aff, r
		return r
	}
	// What the affiliations printed for one person say, once per
	// distinct list (most people print one, and share it). A list of
	// two or three is found by its affiliations' numbers, a longer one
	// by its text.
	short := make(map[[3]int32]mention)
	lists := make(map[string]mention)
	var none printed // no affiliation printed: the same for everyone
	var (
		srcBlock []*affInfo
		prBlock  []printed
		hitBlock []instHit
		strBlock []string
	)
	noneMention := mentionOf(&none)
	var key []byte
	printedOf := func(affs []string) mention {
		var mt mention
		var ok bool
		var nums [3]int32
		var got [3]*affInfo
		switch len(affs) {
		case 0:
			return noneMention
		case 1:
			return resolve(affs[0]).alone
		case 2, 3:
			for i, a := range affs {
				r := resolve(a)
				got[i], nums[i] = r.a, r.n
			}
			mt, ok = short[nums]
		default:
			key = key[:0]
			for _, a := range affs {
				key = append(append(key, a...), 0)
			}
			mt, ok = lists[string(key)]
		}
		if !ok {
			// The lists are cut, at their length, from blocks shared by
			// the lists of the call: thousands of them, a few
			// allocations.
			srcs := carve(&srcBlock, len(affs))[:len(affs)]
			var nh, nc, ns, nk int
			for i, a := range affs {
				var r *affInfo
				if i < len(got) && got[i] != nil {
					r = got[i] // a short list's, resolved above
				} else {
					r = resolve(a).a
				}
				srcs[i] = r
				nh, nc, ns = nh+len(r.hits), nc+len(r.cities), ns+len(r.states)
				if r.country != "" {
					nk++
				}
			}
			pr := &carve(&prBlock, 1)[:1][0]
			pr.srcs = srcs[:0]
			if nh > 0 {
				pr.hits = carve(&hitBlock, nh)
			}
			if nc > 0 {
				pr.cities = carve(&strBlock, nc)
			}
			if ns > 0 {
				pr.states = carve(&strBlock, ns)
			}
			if nk > 0 {
				pr.countries = carve(&strBlock, nk)
			}
			for _, r := range srcs {
				pr.add(r)
			}
			mt = mentionOf(pr)
			if len(affs) <= len(nums) {
				short[nums] = mt
			} else {
				lists[string(key)] = mt
			}
		}
		return mt
	}
	mentions := 0
	for i := range items {
		mentions += len(items[i].People)
	}
	sigs := newSigCache(m, mentions/16) // most names are nobody by their keys alone (quickKeys)
	var best []found
	var perm []int32 // best's indices in target order
	var scratch matchScratch
	tails := make(map[tailKey]string)
	evLen := 0 // the programs' evidence, in bytes
	// Where each program's match sits in best, for the item whose index
	// (plus one) is in progItem: merging a program's evidence is a
	// look-up, however many people the item prints.
	progAt := make([]int32, len(m.t.Programs))
	progItem := make([]int32, len(m.t.Programs))
	nPeople := len(m.t.People)
	var ments []mention // a block's, person after person
	var progs []int
	// The items are read a block at a time, and each block twice: first
	// what each person's affiliations say, and so how many program matches
	// there are, then the names and the matches, while the block's people
	// are still in the cache (a program ten times ASTRO's does not fit in
	// it). The matches are allocated as the first block foretells for the
	// whole program, and grow only if the rest prints more.
	seen := 0 // the people of the blocks read
	for b0 := 0; b0 < len(items); {
		b1, n := b0+1, len(items[b0].People)
		for b1 < len(items) && n+len(items[b1].People) <= matchBlock {
			n += len(items[b1].People)
			b1++
		}
		touch(items[b0:b1]) // the block's people, fetched many at a time
		ments = ments[:0]
		nprog := 0
		for i := b0; i < b1; i++ {
			progs = progs[:0]
			people := items[i].People
			for j := range people {
				mt := printedOf(people[j].Affiliations)
				ments = append(ments, mt)
				for hi := range int(mt.n) {
					id, _ := mt.hit(hi)
					for _, pi := range m.progOf[id] {
						if !slices.Contains(progs, pi) {
							progs = append(progs, pi)
						}
					}
				}
			}
			nprog += len(progs)
		}
		seen += n
		if need := nprog + nprog/16 + 8; cap(out)-len(out) < need { // and room for the people matched
			want := len(out) + need
			if seen > 0 {
				want = max(want, int(int64(want)*int64(max(room, mentions))/int64(seen)))
			}
			out = slices.Grow(out, want-len(out))
		}
		k := 0
		for i := b0; i < b1; i++ {
			it := &items[i]
			best = best[:0]
			for j := range it.People {
				p := &it.People[j]
				mt := &ments[k]
				pr := mt.pr
				k++
				// Most people printed are nobody in the map: a summary of
				// the name rules them out before it is read (prefilter.go).
				if sig, ok := sigs.mayBe(p.Name, mt); ok {
					if !sig.readDone {
						sig.readDone = true
						if m.mayMatch(p.Name) {
							sig.readings = nameSplits(p.Name)
						}
					}
					if sp := sig.readings; len(sp) > 0 {
						for _, f := range m.matchPerson(p, sp, *pr, &scratch) {
							best = keep(best, f)
						}
					}
				}
				if mt.n == 0 {
					continue
				}
				rank := p.Role.Rank()
				for hi := range int(mt.n) {
					id, exact := mt.hit(hi)
					score := 1.0
					if !exact {
						score = 0.95
					}
					for pj, pi := range m.progOf[id] {
						if progItem[pi] != int32(i+1) {
							progItem[pi], progAt[pi] = int32(i+1), int32(len(best))
							best = append(best, found{Match: Match{TargetType: TargetProgram, Target: m.t.Programs[pi].Name, TargetIndex: pi, Role: p.Role, Who: p.Name, Score: score},
								order: nPeople + pi, pr: pr, hi: hi, pj: pj, rank: rank})
							continue
						}
						// keep's merge: the strongest role wins; the score
						// is the best seen.
						g := &best[progAt[pi]]
						if rank < g.rank || rank == g.rank && score > g.Score {
							g.Role, g.Who, g.pr, g.hi, g.pj, g.rank = p.Role, p.Name, pr, hi, pj, rank
						}
						g.Score = max(score, g.Score)
					}
				}
			}
			perm = sortFound(perm, best)
			for _, j := range perm {
				f := &best[j]
				f.ItemID = it.ID
				if f.TargetType == TargetProgram && m.opt.Evidence {
					f.Evidence = f.pr.tail(m, f.hi, f.pj, tails) // until the name is put before it
					evLen += len(strings.TrimSpace(f.Who)) + len(f.Evidence)
				}
				out = append(out, f.Match)
			}
		}
		b0 = b1
	}
	// The programs' evidence, the name and its tail, is written into one
	// buffer of the size it needs and shared as one string: thousands of
	// matches, one allocation.
	if !m.opt.Evidence {
		return out
	}
	var evb strings.Builder
	evb.Grow(evLen)
	for i := range out {
		if f := &out[i]; f.TargetType == TargetProgram {
			start := evb.Len()
			evb.WriteString(strings.TrimSpace(f.Who))
			evb.WriteString(f.Evidence)
			f.Evidence = evb.String()[start:] // the buffer never grows: its strings share it
		}
	}
	return out
}

// affRef is an affiliation's summary, as Match's map of them holds it:
// with its number (from 1, in the order first printed) and what it says
// printed alone.
type affRef struct {
	a     *affInfo
	n     int32
	alone mention
}

// mention is what Match reads, for every person printed, of what their
// affiliations say: their institutions, without reading the printed
// summary, which is shared and, in a large program, seldom in the
// cache. A few names that may be a contact read it in full.
type mention struct {
	pr         *printed
	ids        [2]int32 // the institutions of its first two hits
	n          int32    // its hits
	exact      uint8    // bit i: hit i (of the first two) is exact
	restricted bool     // pr.restricted()
}

// mentionOf is what pr says, as a mention holds it.
func mentionOf(pr *printed) mention {
	mt := mention{pr: pr, n: int32(len(pr.hits)), restricted: pr.restricted()}
	for i := range min(len(pr.hits), len(mt.ids)) {
		mt.ids[i] = int32(pr.hits[i].id)
		if pr.hits[i].exact {
			mt.exact |= 1 << i
		}
	}
	return mt
}

// hit is the institution of hit i and whether it is exact.
func (mt *mention) hit(i int) (int, bool) {
	if i < len(mt.ids) {
		return int(mt.ids[i]), mt.exact&(1<<i) != 0
	}
	h := mt.pr.hits[i]
	return h.id, h.exact
}

// keep records f, or merges it into the pair's earlier evidence: the
// strongest role wins; the score is the best seen.
func keep(list []found, f found) []found {
	f.rank = f.Role.Rank()
	for i := range list {
		g := &list[i]
		if g.order != f.order {
			continue
		}
		if f.rank < g.rank || f.rank == g.rank && f.Score > g.Score {
			score := max(f.Score, g.Score)
			*g = f
			g.Score = score
		} else {
			g.Score = max(f.Score, g.Score)
		}
		return list
	}
	return append(list, f)
}

// sortFound sets perm to the indices of list in target order.
func sortFound(perm []int32, list []found) []int32 {
	perm = perm[:0]
	for i := range list {
		perm = append(perm, int32(i))
	}
	for i := 1; i < len(perm); i++ {
		for j := i; j > 0 && list[perm[j]].order < list[perm[j-1]].order; j-- {
			perm[j], perm[j-1] = perm[j-1], perm[j]
		}
	}
	return perm
}

// matchPerson finds the contacts p may be.
func (m *Matcher) matchPerson(p *Person, splits []personName, pr printed, buf *matchScratch) []found {
	var out []found
	restricted := pr.restricted()
	for si := range splits {
		split := splits[si]
		key := split.key()
		lists := [2][]contactName{m.people[key]}
		if !guess(split) {
			lists[1] = m.guesses[key]
		}
		rs := readingSig(split)
		if e := m.keys[key]; restricted && e != nil {
			// Only the contacts the affiliations allow, in list order.
			buf.cands = m.allowed(buf.cands[:0], e, lists, pr.hits, &buf.pos)
		} else {
			buf.cands = buf.cands[:0]
			for _, list := range lists {
				for i := range list {
					buf.cands = append(buf.cands, &list[i])
				}
			}
		}
		for _, cand := range buf.cands {
			if guess(split) && guess(cand.name) {
				continue // a guess against a guess
			}
			// Quick noes: first names that cannot fit, and contacts
			// at institutions the printed ones rule out.
			if !cand.sig.admits(rs) || restricted && !m.open[cand.idx] && !m.atAny(cand.idx, pr.hits) {
				continue
			}
			fit := compareNames(split, cand.name)
			if fit.score == 0 {
				continue
			}
			score, affEv, ok := m.affiliationFits(cand.idx, pr, fit, m.opt.Evidence)
			if !ok || fit.weak && score < 0.85 {
				continue // a guess needs an institution that agrees
			}
			c := &m.t.People[cand.idx]
			var ev string
			if m.opt.Evidence {
				ev = fmt.Sprintf("name %q ~ %q (surname, %s); %s", strings.TrimSpace(p.Name), c.Name, fit.how, affEv)
			}
			f := found{Match: Match{TargetType: TargetPerson, Target: c.Name, TargetIndex: cand.idx, Role: p.Role, Who: p.Name, Score: round2(fit.score * score), Evidence: ev}, order: cand.idx}
			dup := false
			for i := range out {
				if out[i].order == f.order {
					dup = true
					if f.Score > out[i].Score {
						out[i] = f
					}
				}
			}
			if !dup {
				out = append(out, f)
			}
		}
	}
	return out
}

// matchScratch is matchPerson's reused space.
type matchScratch struct {
	pos   []int32
	cands []*contactName
}

// allowed appends to out the candidates of lists (people, then guesses
// of one key, whose entry is e) that are open or at one of the
// institutions hits, in list order.
func (m *Matcher) allowed(out []*contactName, e *keyEntry, lists [2][]contactName, hits []instHit, buf *[]int32) []*contactName {
	for g, list := range lists {
		if len(list) == 0 {
			continue
		}
		pick := func(c *candPos) []int32 {
			if g == 1 {
				return c.guesses
			}
			return c.people
		}
		pos := append((*buf)[:0], pick(&e.openAt)...)
		for _, h := range hits {
			if is := e.at(h.id); is != nil {
				pos = append(pos, pick(&is.pos)...)
			}
		}
		slices.Sort(pos)
		pos = slices.Compact(pos)
		for _, p := range pos {
			out = append(out, &list[p])
		}
		*buf = pos
	}
	return out
}

// affInfo is what one printed affiliation says: the institutions it
// names and its parts that may name one.
type affInfo struct {
	resolution
	aff   string
	parts []string   // its institution parts, once asked (partsOf)
	read  bool       // parts read
	dist  [][]string // distinctive words of each part, once asked (distinct)
	alone printed    // what it says printed alone
	// The one-element lists of alone.
	src        [1]*affInfo
	oneCountry [1]string
}

// printAlone sets alone, sharing a's lists (clipped: never appended to
// in place).
func (a *affInfo) printAlone() {
	a.src[0] = a
	a.alone = printed{hits: slices.Clip(a.hits), srcs: a.src[:], elsewhere: a.elsewhere,
		cities: slices.Clip(a.cities), states: slices.Clip(a.states)}
	if a.country != "" {
		a.oneCountry[0] = a.country
		a.alone.countries = a.oneCountry[:]
	}
}

// partsOf is the institution parts of the affiliation.
func (a *affInfo) partsOf() []string {
	if !a.read {
		a.parts, a.read = institutionParts(a.aff), true
	}
	return a.parts
}

// distinct is the distinctive words of part k.
func (a *affInfo) distinct(k int) []string {
	if a.dist == nil {
		a.dist = make([][]string, len(a.partsOf()))
		for i, p := range a.parts {
			a.dist[i] = distinctive(instTokens(p))
		}
	}
	return a.dist[k]
}

// hasParts reports whether some affiliation printed has institution
// parts.
func (pr *printed) hasParts() bool {
	for _, a := range pr.srcs {
		if len(a.partsOf()) > 0 {
			return true
		}
	}
	return false
}

// parts is the institution parts of the affiliations printed.
func (pr *printed) parts() []string {
	var out []string
	for _, a := range pr.srcs {
		out = append(out, a.partsOf()...)
	}
	return out
}

// printed is what the affiliations printed for one person say.
type printed struct {
	hits []instHit
	// srcs are the affiliations, in order; their institution parts
	// (none means no informative affiliation) are read when asked.
	srcs      []*affInfo
	elsewhere bool // names known institutions, all elsewhere
	// words is 2 when no part, or a part with a distinctive word of
	// some contact's institution, is printed, 1 when not, 0 before
	// sharesWord asks; wordNums are those words' numbers (instWords),
	// sorted.
	words     int8
	wordNums  []int32
	cities    []string // directory cities printed
	states    []string // US states printed
	countries []string
	// tails are the programs' evidence after the name, for each hit
	// the programs of its institution (tail).
	tails []string
}

func (pr *printed) add(a *affInfo) {
	pr.hits = append(pr.hits, a.hits...)
	pr.srcs = append(pr.srcs, a)
	pr.elsewhere = pr.elsewhere || a.elsewhere
	pr.cities = append(pr.cities, a.cities...)
	pr.states = append(pr.states, a.states...)
	if a.country != "" {
		pr.countries = append(pr.countries, a.country)
	}
}

// checkAffiliation decides whether the printed affiliations allow the
// contact: it returns a score factor and the evidence.
func (m *Matcher) checkAffiliation(ci int, pr printed, fit nameFit) (float64, string, bool) {
	return m.affiliationFits(ci, pr, fit, true)
}

// affiliationFits is checkAffiliation; the evidence is written only
// when why (Match keeps it only with MatchOptions.Evidence).
func (m *Matcher) affiliationFits(ci int, pr printed, fit nameFit, why bool) (float64, string, bool) {
	c := &m.t.People[ci]
	want := m.instOf[ci]
	hits := pr.hits
	if len(pr.hits) == 0 && !pr.elsewhere && !pr.hasParts() {
		// Only a department and a place, or nothing: the place may
		// agree with the map's institution or rule it out.
		switch agree, ev := m.placeAgrees(ci, pr, why); {
		case agree < 0:
			return 0, ev, false
		case agree > 0 && fit.full:
			return 0.8, ev, true
		}
		if !fit.full {
			return 0, "only an initial, and no affiliation printed to confirm it", false
		}
		return 0.7, "no affiliation printed", true
	}
	if len(want) == 0 {
		// Nothing to check the affiliation against: an initial alone
		// would take every J. Smith in the program.
		if !fit.full {
			return 0, "only an initial, and no institution in the network map to confirm it", false
		}
		return 0.8, "no institution in the network map to check", true
	}
	for _, h := range hits {
		for _, w := range want {
			if h.id == w {
				if !why {
					return 1, "", true
				}
				return 1, m.sameInstitution(h, w), true
			}
		}
	}
	if (len(hits) > 0 || pr.elsewhere) && !m.adhoc[ci] {
		if !why {
			return 0, "", false
		}
		var names []string
		for _, h := range hits {
			names = append(names, fmt.Sprintf("%q is %s", h.alias, m.instName[h.id]))
		}
		if len(names) == 0 {
			names = append(names, "it names an institution elsewhere (the place printed rules out the map's)")
		}
		var mine []string
		for _, w := range want {
			mine = append(mine, m.instName[w])
		}
		return 0, fmt.Sprintf("institution differs: %s; the map's %q is %s", strings.Join(names, ", "), c.Institution, strings.Join(mine, " or ")), false
	}
	// The printed affiliation is unknown, or the contact's institution
	// is (a name only the network map uses): accept when one reads like
	// the other.
	for _, a := range pr.srcs {
		for k, seg := range a.partsOf() {
			for _, want := range m.instDist[ci] {
				if similarWords(want, a.distinct(k), m.adhoc[ci]) {
					if !why {
						return 0.85, "", true
					}
					return 0.85, fmt.Sprintf("affiliation %q ~ %s", seg, c.Institution), true
				}
			}
		}
	}
	if !why {
		return 0, "", false
	}
	return 0, fmt.Sprintf("institution not confirmed: %q does not read like the map's %q", strings.Join(pr.parts(), "; "), c.Institution), false
}

// placeAgrees compares the places printed without an institution
// ("Department of Radiation Oncology, Columbia, MO") with where the
// contact's institutions are: 1 when a printed city is one of theirs, -1
// when the printed state or country is none of theirs, 0 when there is
// nothing to compare. A full first name with its city agrees; an
// initial needs an institution. The reason is written only when why.
func (m *Matcher) placeAgrees(ci int, pr printed, why bool) (int, string) {
	want := m.instOf[ci]
	if len(want) == 0 || len(pr.cities)+len(pr.states)+len(pr.countries) == 0 {
		return 0, ""
	}
	sts := map[string]bool{}
	for _, st := range pr.states {
		sts[st] = true
	}
	unknown, stateOK := false, false
	for _, w := range want {
		in := m.inst.insts[w]
		if in.country == "" {
			unknown = true
			continue
		}
		// A city elsewhere in the same state may be another campus:
		// only a state or country rules the institution out.
		ok := (len(pr.countries) == 0 || contains(pr.countries, in.country)) && (len(sts) == 0 || in.state == "" || in.inStates(sts))
		if !ok {
			continue
		}
		stateOK = true
		for _, c := range pr.cities {
			if in.city == c {
				if !why {
					return 1, ""
				}
				return 1, fmt.Sprintf("no institution printed, but the city %s is where %s is", capitalWords(c), m.instName[w])
			}
		}
	}
	if unknown || stateOK {
		return 0, ""
	}
	if !why {
		return -1, ""
	}
	where := strings.Join(append(append([]string(nil), pr.states...), pr.countries...), ", ")
	return -1, fmt.Sprintf("no institution printed, and %s is not where the map's %q is", where, m.t.People[ci].Institution)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sameInstitution explains why a printed alias names institution w:
// "affiliation "OHSU" = Oregon Health & Science University", or "same
// family: Knight Cancer Institute (cancer centre) is part of Oregon Health
// & Science University".
func (m *Matcher) sameInstitution(h instHit, w int) string {
	switch h.role {
	case "":
		return fmt.Sprintf("affiliation %q = %s", h.alias, m.instName[w])
	case "former name":
		return fmt.Sprintf("affiliation %q = %s (its former name)", h.alias, m.instName[w])
	}
	return fmt.Sprintf("same family: %s (%s) is part of %s", h.alias, h.role, m.instName[w])
}

// tail is the evidence of a program match after the person's name,
// for the program pj of the institution of hit hi: who is "affiliated
// with "OHSU" = Oregon Health & Science University (same family: cancer
// centre is part of ...)". It is written once per printed affiliations,
// hit and program, for the matches kept.
func (pr *printed) tail(m *Matcher, hi, pj int, cache map[tailKey]string) string {
	if pr.tails == nil {
		n := 0
		for _, h := range pr.hits {
			n += len(m.progOf[h.id])
		}
		pr.tails = make([]string, n)
	}
	at := pj
	for _, h := range pr.hits[:hi] {
		at += len(m.progOf[h.id])
	}
	t := &pr.tails[at]
	if *t == "" {
		h := pr.hits[hi]
		k := tailKey{h.alias, h.role, m.progOf[h.id][pj]}
		if *t = cache[k]; *t == "" {
			*t = programTail(h.alias, h.role, m.t.Programs[k.prog].Name)
			cache[k] = *t
		}
	}
	return *t
}

// tailKey is what a program's evidence after the name says: the alias
// printed, its role and the program.
type tailKey struct {
	alias, role string
	prog        int
}

// programTail is the evidence of a program match after the name.
func programTail(alias, role, prog string) string {
	var b strings.Builder
	b.WriteString(" affiliated with ")
	if plainQuoted(alias) {
		b.WriteByte('"')
		b.WriteString(alias)
		b.WriteByte('"')
	} else {
		b.WriteString(strconv.Quote(alias))
	}
	b.WriteString(" = ")
	b.WriteString(prog)
	switch role {
	case "":
	case "former name":
		b.WriteString(" (its former name)")
	default:
		b.WriteString(" (same family: ")
		b.WriteString(role)
		b.WriteString(" is part of ")
		b.WriteString(prog)
		b.WriteString(")")
	}
	return b.String()
}

// plainQuoted reports whether strconv.Quote(s) is s in double quotes:
// printable ASCII without quotes or backslashes.
func plainQuoted(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

func round2(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}
