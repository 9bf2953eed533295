package planner

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Institutions.
//
// An affiliation as printed ("Department of Radiation Oncology, University
// of Michigan, Ann Arbor, MI") is read as comma-separated segments. Segments
// that are a US state or a foreign country or province are places; they
// are never institutions but they rule out institutions elsewhere (the
// University of Missouri in Columbia, MO is not Columbia University in New
// York). Every other segment is scanned, left to right, for the longest
// alias that starts at each word; the first alias found whose preceding
// words are all generic ("Department of Radiation Oncology at the") names
// the segment's institution. So "George Washington University" is never
// read as "Washington University", and "Penn State Health" never as "Penn".
//
// Aliases are folded token sequences (lower case, no diacritics or
// punctuation) indexed by their first token, so resolving an affiliation
// costs a few map lookups per word, whatever the number of institutions.

// aliasKind says where an alias may match.
type aliasKind uint8

const (
	aliasPhrase  aliasKind = iota // two words or more: anywhere after generic words
	aliasAcronym                  // "MSKCC", "WashU": anywhere, as a whole word
	aliasWord                     // "Penn", "Columbia": only as the whole institution segment
)

type alias struct {
	toks []string
	text string // as written
	kind aliasKind
	// role says what the alias names within its institution's family:
	// "" (the institution itself), "cancer centre", "hospital", "former
	// name", ...
	role string
	ids  []int // the institutions it names (more than one when ambiguous: "UW")
}

// institution is one entry of the index: from the built-in directory, a
// programs list or a network map's Institution column.
type institution struct {
	name    string
	city    string // folded tokens; "" when unknown
	country string // canonical country ("us", "japan"); "" when unknown
	state   string // postal code; "" when unknown or outside the US
	// also are the other states where the program has sites
	// (Memorial Sloan Kettering in New Jersey).
	also      []string
	lookalike bool
}

// instIndex resolves affiliations to institutions.
type instIndex struct {
	insts   []institution
	parent  []int // union-find: institutions the user says are one program
	byFirst map[string][]*alias
	// own holds the first tokens whose byFirst list this index made
	// (the others it shares with the base index): addAlias changes those
	// in place.
	own    map[string]bool
	byText map[string]*alias   // joined tokens → alias
	segs   map[string]*segRead // the affiliation parts read (readSeg)
}

// newInstIndex returns an index of the built-in directories, to which a
// matcher adds the user's programs and institutions. The directories are
// read once; each index is a copy that shares their aliases until it
// changes one.
func newInstIndex() *instIndex {
	baseOnce.Do(func() { base = buildInstIndex() })
	return &instIndex{
		insts:   slices.Clone(base.insts),
		parent:  slices.Clone(base.parent),
		byFirst: maps.Clone(base.byFirst),
		byText:  maps.Clone(base.byText),
	}
}

var (
	baseOnce sync.Once
	base     *instIndex
)

func buildInstIndex() *instIndex {
	x := &instIndex{byFirst: make(map[string][]*alias), byText: make(map[string]*alias)}
	for _, dir := range []string{directory, worldDirectory} {
		for _, line := range strings.Split(dir, "\n") {
			f := strings.Split(line, "|")
			if len(f) != 4 {
				continue
			}
			name, city, region := strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])
			in := institution{name: name, city: strings.Join(instTokens(city), " ")}
			parts := strings.Split(region, "/")
			if _, ok := usStates[strings.ToLower(parts[0])]; ok && parts[0] != "" {
				in.state, in.also, in.country = parts[0], parts[1:], "us"
			} else if parts[0] != "" {
				in.country = countryOf(strings.Join(instTokens(parts[0]), " "))
			}
			id := x.add(in)
			x.addAlias(name, id, false)
			for _, a := range strings.Split(f[3], ";") {
				a = strings.TrimSpace(a)
				if a == "lookalike" {
					x.insts[id].lookalike = true
					continue
				}
				former := strings.HasPrefix(a, "~")
				a = strings.TrimPrefix(a, "~")
				x.addAlias(a, id, false)
				if al := x.byText[strings.Join(instTokens(a), " ")]; al != nil && al.ids[0] == id && al.role == "" {
					al.role = memberRole(name, a, former)
				}
			}
		}
	}
	return x
}

// memberRole says what an alias of an institution names, for evidence:
// "former name", "cancer centre", "hospital", "medical school", "health
// system", or "" for another name of the institution itself.
func memberRole(name, alias string, former bool) string {
	if former {
		return "former name"
	}
	n, a := " "+strings.Join(instTokens(name), " ")+" ", " "+strings.Join(instTokens(alias), " ")+" "
	for _, r := range [][2]string{
		{" cancer ", "cancer centre"}, {" hospital ", "hospital"}, {" hospitals ", "hospital"},
		{" school of medicine ", "medical school"}, {" college of medicine ", "medical school"}, {" medical school ", "medical school"},
		{" college of physicians ", "medical school"}, {" medical college ", "medical school"}, {" faculty of medicine ", "medical school"},
		{" medical center ", "medical centre"}, {" clinic ", "clinic"}, {" health ", "health system"}, {" institute ", "institute"},
	} {
		if strings.Contains(a, r[0]) && !strings.Contains(n, r[0]) {
			return r[1]
		}
	}
	return ""
}

// inStates reports whether the institution is in one of states.
func (in institution) inStates(states map[string]bool) bool {
	if states[in.state] {
		return true
	}
	for _, s := range in.also {
		if states[s] {
			return true
		}
	}
	return false
}

func (x *instIndex) add(in institution) int {
	x.insts = append(x.insts, in)
	x.parent = append(x.parent, len(x.parent))
	return len(x.insts) - 1
}

// find is i's canonical institution. It halves the path it walks, but
// writes nothing once every institution points at its canonical one
// (flatten): matching only reads the index.
func (x *instIndex) find(i int) int {
	for x.parent[i] != i {
		if p := x.parent[i]; x.parent[p] != p {
			x.parent[i] = x.parent[p]
		}
		i = x.parent[i]
	}
	return i
}

// flatten points every institution at its canonical one, once the
// unions are done.
func (x *instIndex) flatten() {
	for i := range x.parent {
		x.parent[i] = x.find(i)
	}
}

// reader is x for one Match call (or one part of one): it shares x's
// indexes, which matching only reads, and keeps the affiliation parts it
// reads (readSeg) to itself, so that calls may run at once.
func (x *instIndex) reader() *instIndex {
	r := *x
	r.segs = nil
	return &r
}

func (x *instIndex) union(a, b int) {
	ra, rb := x.find(a), x.find(b)
	if ra != rb {
		if rb < ra {
			ra, rb = rb, ra
		}
		x.parent[rb] = ra
	}
}

// kindOf decides how a one-word alias may match from how it is written.
func kindOf(text string, toks []string) aliasKind {
	if len(toks) > 1 {
		return aliasPhrase
	}
	upper := 0
	for _, r := range text {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper >= 2 {
		return aliasAcronym
	}
	return aliasWord
}

// addAlias indexes text as a name of institution id. A name written
// "University of California, San Francisco" is indexed without its comma
// too, and resolve joins such segments back.
func (x *instIndex) addAlias(text string, id int, user bool) {
	toks := instTokens(text)
	if len(toks) == 0 {
		return
	}
	key := strings.Join(toks, " ")
	// Aliases, and the lists the index does not own, may be shared with
	// the base index: change copies, never the shared values.
	if a, ok := x.byText[key]; ok {
		for _, have := range a.ids {
			if have == id {
				return
			}
		}
		b := *a
		b.ids = append(a.ids[:len(a.ids):len(a.ids)], id)
		x.byText[key] = &b
		list := x.ownList(toks[0])
		for i := range list {
			if list[i] == a {
				list[i] = &b
			}
		}
		return
	}
	a := &alias{toks: toks, text: strings.TrimSpace(text), kind: kindOf(text, toks), ids: []int{id}}
	x.byText[key] = a
	// Longest first; a new alias after those as long.
	list := x.ownList(toks[0])
	at := len(list)
	for i, b := range list {
		if len(b.toks) < len(toks) {
			at = i
			break
		}
	}
	x.byFirst[toks[0]] = slices.Insert(list, at, a)
}

// ownList is the byFirst list of tok, copied first when it is the base
// index's (a copy with room for the aliases to come), so it may be
// changed in place.
func (x *instIndex) ownList(tok string) []*alias {
	list := x.byFirst[tok]
	if !x.own[tok] {
		if x.own == nil {
			x.own = make(map[string]bool)
		}
		x.own[tok] = true
		list = append(make([]*alias, 0, len(list)+4), list...)
		x.byFirst[tok] = list
	}
	return list
}

// prefixOf returns the one directory alias that is toks followed only by
// generic suffix words ("hackensack" of "Hackensack University Medical
// Center"), or nil when there is none or more than one institution.
func (x *instIndex) prefixOf(toks []string) *alias {
	if len(toks) == 0 {
		return nil
	}
	var found *alias
	for _, a := range x.byFirst[toks[0]] {
		if len(a.toks) <= len(toks) || !equalToks(a.toks[:len(toks)], toks) {
			continue
		}
		ok := true
		for _, t := range a.toks[len(toks):] {
			ok = ok && suffixWords[t]
		}
		if !ok {
			continue
		}
		if found != nil && (len(found.ids) != len(a.ids) || found.ids[0] != a.ids[0]) {
			return nil
		}
		found = a
	}
	return found
}

// tokenSyn spells abbreviations out so aliases need one spelling.
var tokenSyn = map[string]string{
	"saint": "st", "centre": "center", "ctr": "center", "univ": "university", "u": "university", "hosp": "hospital",
	"inst": "institute", "dept": "department", "med": "medical", "sch": "school", "natl": "national",
}

// instTokens folds an institution name to tokens: "Dana-Farber/Brigham and
// Women's" → dana farber brigham and womens. A leading "the" is dropped;
// "&" is "and"; "M.D." is "md".
func instTokens(s string) []string {
	toks := instFields(fold(s))
	out := toks[:0]
	for i, t := range toks {
		if i == 0 && t == "the" {
			continue
		}
		if syn, ok := tokenSyn[t]; ok {
			t = syn
		}
		// "M. D. Anderson" is "MD Anderson": initials run together.
		if n := len(out); len(t) == 1 && n > 0 && isLetters(out[n-1]) && len(out[n-1]) < 4 && i > 0 && len(toks[i-1]) == 1 {
			out[n-1] += t
			continue
		}
		out = append(out, t)
	}
	return out
}

// instFields splits folded text into its runs of letters and digits, as
// strings.FieldsFunc does once "&" reads " and " and dots and
// apostrophes are removed, in one pass: a run is a substring of s unless
// a dot or an apostrophe falls inside it.
func instFields(s string) []string {
	type span struct {
		start, end int // start < 0: an "&"
		join       bool
	}
	var space [32]span
	spans := space[:0]
	start, join := -1, false
	for i := 0; i < len(s); {
		c, size := s[i], 1
		word := 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case word:
			if start < 0 {
				start = i
			}
		case c == '.' || c == '\'':
			join = join || start >= 0
		default:
			if start >= 0 {
				spans = append(spans, span{start, i, join})
				start, join = -1, false
			}
			if c == '&' {
				spans = append(spans, span{start: -1})
			}
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s), join})
	}
	toks := make([]string, len(spans))
	for k, sp := range spans {
		switch {
		case sp.start < 0:
			toks[k] = "and"
		case sp.join:
			toks[k] = strings.Map(func(r rune) rune {
				if r == '.' || r == '\'' {
					return -1
				}
				return r
			}, s[sp.start:sp.end])
		default:
			toks[k] = s[sp.start:sp.end]
		}
	}
	return toks
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// generic words may precede an institution's name in its segment.
var generic = setOf(`department departments dept div division section unit program programme residency of for the at and in
	radiation oncology radiotherapy rad onc radonc medical medicine physics clinical therapeutic radiology radiological sciences science
	school professor associate assistant chair chairman chief vice head director resident fellow attending physician
	physicist dosimetrist lecturer instructor emeritus senior staff member faculty research researcher scientist
	postdoctoral visiting adjunct`)

// suffixWords may follow a one-word alias in its segment ("Duke Health",
// "Stanford University School of Medicine").
var suffixWords = setOf(`university medicine health healthcare medical center school of hospital hospitals system
	care clinic clinics college and sciences science campus the main cancer institute comprehensive
	department radiation oncology radiotherapy physics program residency`)

// deptStart begins a department's name.
var deptStart = setOf(`department departments dept division div section unit program programme laboratory lab
	service center centre`)

// personal segments (job titles) are never institutions.
var titleStart = setOf(`professor associate assistant chair chairman chief vice head director resident fellow
	attending lecturer instructor emeritus adjunct visiting postdoctoral`)

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// instHit is one institution an affiliation names.
type instHit struct {
	id    int    // canonical institution
	alias string // the alias as written in the index
	role  string // what the alias names in the family: "" or "cancer centre", "hospital", ...
	exact bool   // the whole segment is the alias
}

// segment is one comma-separated part of an affiliation.
type segment struct {
	toks  []string
	place bool // a state, country or province
	city  bool // a city of the directory, after the first segment
}

// resolve returns the institutions an affiliation names, canonical and
// without repeats. Places in the affiliation rule out institutions
// elsewhere: a US state rules out other states' institutions and every
// institution abroad; a country at the end rules out institutions in
// other countries; a city chooses among institutions that share a name
// (the National Cancer Center in Tokyo or in Goyang).
func (x *instIndex) resolve(aff string) []instHit {
	return x.resolveAt(aff, false).hits
}

// resolveAt is resolve, with the places it read. With home, a name several institutions share
// that no place decides names the first one listed and those in its
// country (a network map's "National Cancer Institute" is the one in
// Bethesda; its "Mayo Clinic" is any of Mayo's US campuses). elsewhere reports
// a segment that names institutions, all of them ruled out by the places
// printed with it (the National Cancer Institute of Cairo, Egypt, when
// only Bethesda's would do).
func (x *instIndex) resolveAt(aff string, home bool) resolution {
	var hits []instHit
	elsewhere := false
	// The parts and their readings, on the stack for most affiliations.
	var rawBuf [12]string
	raw := rawBuf[:0]
	for part := range strings.FieldsFuncSeq(aff, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		raw = append(raw, part)
	}
	lastSeg := len(raw) - 1 // the last part that says something: "…, Korea, Republic of, " ends at "Republic of"
	for lastSeg > 0 && len(x.readSeg(raw[lastSeg]).all) == 0 {
		lastSeg--
	}
	if lastSeg > 0 && x.readSeg(raw[lastSeg]).allKey == "republic of" {
		// "Seoul, Korea, Republic of".
		lastSeg--
		raw = append(raw[:lastSeg:lastSeg], raw[lastSeg]+" republic of")
	}
	var segBuf [12]segment
	segs := segBuf[:0]
	states := map[string]bool{}
	country := ""
	var cityList []string
	for ri, r := range raw {
		last := ri == lastSeg
		sr := x.readSeg(r)
		toks, key := sr.toks, sr.key
		if len(toks) == 0 {
			continue
		}
		seg := segment{toks: toks}
		if sr.inState && !(len(raw) == 1 && x.byText[key] != nil) {
			// (An affiliation "Michigan" alone is the university.)
			states[sr.state] = true
			seg.place = true
			country = "us"
		} else if sr.abroad && last && !(len(raw) == 1 && x.byText[key] != nil) {
			// A country ends the address: Lebanon, NH is in the US.
			country = sr.country
			seg.place = true
		} else if domestic[key] {
			seg.place = true
			country = "us"
		} else if c := sr.city; c != "" && ri > 0 && x.byText[key] == nil {
			cityList = append(cityList, c)
			seg.city = true
		}
		segs = append(segs, seg)
	}
	firstInst := true
	for i := 0; i < len(segs); i++ {
		s := segs[i]
		if s.place || s.city {
			continue
		}
		if titleStart[s.toks[0]] && allGeneric(s.toks) {
			continue
		}
		a, exact := x.scan(s.toks, firstInst)
		if a == nil && i+1 < len(segs) && !segs[i+1].place {
			// "University of California, San Francisco": the two
			// parts' tokens joined, as a key on the stack.
			var keyBuf [128]byte
			key := keyBuf[:0]
			for _, toks := range [2][]string{s.toks, segs[i+1].toks} {
				for _, t := range toks {
					if len(key) > 0 {
						key = append(key, ' ')
					}
					key = append(key, t...)
				}
			}
			if b, ok := x.byText[string(key)]; ok {
				a, exact = b, true
				i++
			}
		}
		// A department or a job title ("Dept. of Rad Onc", "Professor
		// of Medicine") comes before the institution; anything else
		// that is not the institution, such as a city after it, ends
		// the place where a one-word name may stand.
		if !allGeneric(s.toks) && !deptStart[s.toks[0]] && !titleStart[s.toks[0]] {
			firstInst = false
		}
		if a == nil {
			continue
		}
		var idBuf [8]int
		ids := idBuf[:0]
		for _, id := range a.ids {
			in := x.insts[id]
			if in.state != "" && (country != "" && country != "us" || len(states) > 0 && !in.inStates(states)) {
				continue
			}
			if in.country != "" && country != "" && in.country != country {
				continue
			}
			ids = append(ids, id)
		}
		if len(ids) == 0 {
			if c := cityOf(s.toks); c != "" && i > 0 {
				// "Columbia, MO": a city that is also an
				// institution's name elsewhere.
				cityList = append(cityList, c)
			} else {
				elsewhere = true
			}
			continue
		}
		if len(ids) > 1 && len(cityList) > 0 {
			var inCity []int
			for _, id := range ids {
				for _, c := range cityList {
					if x.insts[id].city == c || x.insts[id].city == "" { // a user's institution: no city known
						inCity = append(inCity, id)
						break
					}
				}
			}
			if len(inCity) > 0 {
				ids = inCity
			}
		}
		if home && len(ids) > 1 {
			// The first listed, with its siblings in one country
			// (every Mayo Clinic; only Bethesda's National Cancer
			// Institute; "UMMC" is Maryland's or Mississippi's).
			same := ids[:1]
			for _, id := range ids[1:] {
				if x.insts[id].country == x.insts[ids[0]].country {
					same = append(same, id)
				}
			}
			ids = same
		}
		for _, id := range ids {
			c := x.find(id)
			dup := false
			for _, h := range hits {
				if h.id == c {
					dup = true
				}
			}
			if !dup {
				hits = append(hits, instHit{id: c, alias: a.text, role: a.role, exact: exact})
			}
		}
	}
	var st []string
	for k := range states {
		st = append(st, k)
	}
	sort.Strings(st)
	return resolution{hits: hits, elsewhere: elsewhere, cities: cityList, states: st, country: country}
}

// segRead is what resolveAt reads of one comma-separated part of an
// affiliation before it asks the index: the part's tokens (all, and
// allKey joined), the segment's tokens (without leading numbers and
// markers, or trailing zip codes) and key, and the place they may be.
// An index reads each distinct part once (readSeg): affiliations share
// their departments, cities and states.
type segRead struct {
	all     []string
	allKey  string
	toks    []string
	key     string
	state   string // usStates[key], when inState
	inState bool
	country string // foreignPlaces[key], when abroad
	abroad  bool
	city    string // cityOfKey
}

// readSeg reads the part r of an affiliation, once per index.
func (x *instIndex) readSeg(r string) *segRead {
	if sr, ok := x.segs[r]; ok {
		return sr
	}
	sr := &segRead{all: instTokens(r)}
	sr.allKey = strings.Join(sr.all, " ")
	sr.toks = sr.all
	if t := strings.TrimSpace(r); len(strings.TrimLeft(t, "0123456789*†‡§ ")) != len(t) {
		sr.toks = instTokens(strings.TrimLeft(t, "0123456789*†‡§ "))
	}
	for len(sr.toks) > 0 && isNumber(sr.toks[len(sr.toks)-1]) { // zip codes
		sr.toks = sr.toks[:len(sr.toks)-1]
	}
	sr.key = strings.Join(sr.toks, " ")
	sr.state, sr.inState = usStates[sr.key]
	sr.country, sr.abroad = foreignPlaces[sr.key]
	sr.city = cityOfKey(sr.key, sr.toks)
	if x.segs == nil {
		x.segs = make(map[string]*segRead)
	}
	x.segs[r] = sr
	return sr
}

// resolution is what an affiliation says: the institutions it names,
// whether it names only institutions elsewhere, and its places.
type resolution struct {
	hits      []instHit
	elsewhere bool
	cities    []string // folded directory cities
	states    []string // US postal codes
	country   string   // canonical country, "us" for a US state
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func allGeneric(toks []string) bool {
	for _, t := range toks {
		if !generic[t] {
			return false
		}
	}
	return true
}

// scan finds the segment's institution alias: at each word, the longest
// alias starting there; the first whose preceding words are all generic.
// A one-word place-like alias counts only when the segment is the first
// institution segment and the words after it are generic suffixes.
func (x *instIndex) scan(toks []string, firstInst bool) (*alias, bool) {
	for i := 0; i < len(toks); i++ {
		lead := allGeneric(toks[:i])
		for _, a := range x.byFirst[toks[i]] {
			n := len(a.toks)
			if i+n > len(toks) || !equalToks(toks[i:i+n], a.toks) {
				continue
			}
			if a.kind == aliasWord {
				if !firstInst || !lead {
					continue
				}
				ok := true
				for _, t := range toks[i+n:] {
					if !suffixWords[t] {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
			}
			if !lead {
				break
			}
			return a, i+n == len(toks) && allGeneric(toks[:i])
		}
	}
	return nil, false
}

func equalToks(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// institutionParts returns the comma-separated parts of an affiliation
// that may name an institution: not places, not departments or titles,
// not numbers.
func institutionParts(aff string) []string {
	var out []string
	for i, seg := range strings.FieldsFunc(aff, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		toks := instTokens(seg)
		key := strings.Join(toks, " ")
		if i > 0 && cityOf(toks) != "" {
			continue
		}
		if _, ok := usStates[key]; ok || foreignPlaces[key] != "" {
			continue
		}
		if len(distinctive(toks)) > 0 {
			out = append(out, strings.TrimSpace(seg))
		}
	}
	return out
}

// distinctive returns the tokens of an institution name that say which
// institution it is: not generic words, not "university", "hospital"...
func distinctive(toks []string) []string {
	var out []string
	for _, t := range toks {
		if generic[t] || suffixWords[t] || len(t) < 2 || isNumber(t) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// similar reports whether two institution names share most of their
// distinctive words ("Tata Memorial Hospital" and "Tata Memorial
// Centre"), or, when contained is set, b has every distinctive word of a
// ("Brigham" and "Brigham and Women's Hospital").
func similar(a, b string, contained bool) bool {
	return similarWords(distinctive(instTokens(a)), distinctive(instTokens(b)), contained)
}

// similarWords is similar of the distinctive words of two names.
func similarWords(da, db []string, contained bool) bool {
	if len(da) == 0 || len(db) == 0 {
		return false
	}
	all, long := true, false
	for _, t := range da {
		long = long || len(t) >= 4
		found := false
		for _, u := range db {
			found = found || t == u
		}
		all = all && found
	}
	if contained && all && long {
		return true
	}
	common := 0
	for _, t := range da {
		for _, u := range db {
			if t == u {
				common++
				break
			}
		}
	}
	return 2*common > max(len(da), len(db))
}
