package planner

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The cheap rejection of printed names.
//
// Reading a printed name into all its readings (readName) costs
// microseconds, and most people printed in a program are nobody in the
// network map. Before reading a name, Match asks whether it can be any
// contact at all, in two steps. First it reads the contact keys the
// name's words spell (quickKeys, from its bytes, each time it is
// printed): most names have none with a contact the printed
// affiliations allow. The others it asks from a summary of the name
// (nameSig, once per distinct name) and of the contacts (keySig, built
// by NewMatcher):
//
//   - every surname key a reading of the name could have: the letters of
//     each run of its name words (the words readName reads, in the first
//     two name parts), of each half of a hyphenated word, in the
//     spelling readName keys them with;
//   - for each such key, what the words outside it could give as first
//     names: the initials, the initials of spelled-out names and of their
//     formal names (Bill for W.), and the spelled-out names themselves
//     (and two joined: Mei Xin for Meixin), as bits;
//   - for each contact surname key, the same of the contacts' first names
//     (and middle names they may go by), with every nickname relation
//     (nicknameOf) spelled out — per institution, per key, and for the
//     contacts any affiliation may confirm (no institution in the map, or
//     one only the map names).
//
// A name passes when one of its keys is a contact key whose first-name
// bits meet its own, among the contacts its printed affiliations allow
// (checkAffiliation's rule: an affiliation that names institutions rules
// out every contact at another known institution). The summary
// over-approximates: every pair compareNames and checkAffiliation would
// accept passes, so the rejection never changes a match; a name with
// quotes or brackets (nicknames) is always read.

// givenSig is what a name's given names could be, as bits.
type givenSig struct {
	init uint32 // initials printed as initials
	full uint32 // first letters of spelled-out names and of their formal names
	fn   uint64 // spelled-out names (canon spelling), hashed to one bit each
}

func (g *givenSig) or(h givenSig) { g.init |= h.init; g.full |= h.full; g.fn |= h.fn }

// keySig is what the contacts with one surname key have as first names.
type keySig struct {
	any    bool   // a single name: no first name to compare
	liAny  uint32 // initials of their first names, and of their formal names
	liInit uint32 // initials of first names written as initials
	fn     uint64 // spelled-out first names and every name nicknameOf relates them to
}

func (k *keySig) or(h keySig) {
	k.any = k.any || h.any
	k.liAny |= h.liAny
	k.liInit |= h.liInit
	k.fn |= h.fn
}

// admits reports whether some first name summarised by g may fit one
// summarised by k (fitFirst's cases: one spelling, a nickname, two names
// joined, an initial of the name or of its formal name).
func (k *keySig) admits(g givenSig) bool {
	return k.any || g.init&k.liAny != 0 || g.full&k.liInit != 0 || g.fn&k.fn != 0
}

func letterBit(b byte) uint32 {
	if 'a' <= b && b <= 'z' {
		return 1 << (b - 'a')
	}
	return 1 << 26
}

// nameBit hashes a canon given name to one of 64 bits (FNV-1a).
func nameBit(s string) uint64 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return 1 << (h % 64)
}

func formalInitials(c string) uint32 {
	var m uint32
	for _, x := range formalsOf[c] {
		if x != "" {
			m |= letterBit(x[0])
		}
	}
	return m
}

// contactSig summarises the first names of one contact reading, whose
// surname key is key.
func contactSig(q personName, key string) keySig {
	var k keySig
	if q.mononym || len(q.given) == 1 && q.given[0].full() && looseWord(q.given[0].joined()) == key {
		k.any = true
		return k
	}
	add := func(ref []givenName) {
		g := ref[0]
		k.liAny |= letterBit(g.initial())
		if !g.full() {
			k.liInit |= letterBit(g.initial())
			return
		}
		k.liAny |= formalInitials(g.canon)
		b := g.canon
		k.fn |= nameBit(b)
		for _, x := range nicksOf[b] {
			k.fn |= nameBit(x)
		}
		for _, f := range formalsOf[b] {
			k.fn |= nameBit(f)
			for _, x := range nicksOf[f] {
				k.fn |= nameBit(x)
			}
		}
		if len(ref) > 1 && ref[1].full() {
			k.fn |= nameBit(canon(g.joined() + ref[1].joined()))
		}
	}
	if len(q.given) == 0 {
		return k
	}
	add(q.given)
	if len(q.given) >= 2 && !q.given[0].full() && q.given[1].full() {
		add(q.given[1:]) // goes by the middle name
	}
	return k
}

// wordSig is what one printed name word can be: a surname word (its
// letters, keyed) and given names.
type wordSig struct {
	letters string       // nameLetters of the word as a surname word
	dig     bool         // looseDigraph(letters)
	key     string       // looseWord(letters)
	halves  []string     // keys of the two halves of a once-hyphenated word
	unknown bool         // FNU and its kin
	e       *keyEntry    // the contacts' entry for key, if any
	halfE   [2]*keyEntry // and for each of halves
	given   givenSig
	full    []string // joined forms of the spelled-out given names it gives
}

func (c *sigCache) wordSig(w string) *wordSig {
	if s, ok := c.words[w]; ok {
		return s
	}
	s := &wordSig{unknown: unknownGiven[wordKey(w)]}
	if sw := surnameWords([]string{w}); len(sw) == 1 {
		s.letters = nameLetters(sw[0])
		s.dig = looseDigraph(s.letters)
		s.key = looseWord(s.letters)
		if strings.Count(sw[0], "-") == 1 {
			a, b, _ := strings.Cut(sw[0], "-")
			s.halves = []string{looseWord(nameLetters(a)), looseWord(nameLetters(b))}
		}
	}
	if s.key != "" {
		s.e = c.m.keys[s.key]
	}
	for i, h := range s.halves {
		s.halfE[i] = c.m.keys[h]
	}
	// Read as in a name in mixed case and in capitals: the two differ
	// only for a three-letter word without dots (isInitials).
	capsToo := !strings.Contains(w, ".") && utf8.RuneCountInString(w) == 3
	var space [4]givenName
	for _, caps := range [2]bool{false, true} {
		if caps && !capsToo {
			break
		}
		for _, g := range appendGiven(space[:0], w, caps) {
			if !g.full() {
				s.given.init |= letterBit(g.initial())
				continue
			}
			s.given.full |= letterBit(g.initial()) | formalInitials(g.canon)
			s.given.fn |= nameBit(g.canon)
			if !contains(s.full, g.joined()) {
				s.full = append(s.full, g.joined())
			}
		}
	}
	c.words[w] = s
	return s
}

// keyCand is one surname key a printed name may have, with what the
// words outside it may give as first names.
type keyCand struct {
	e     *keyEntry
	given givenSig
}

// nameSig summarises a printed name; read means it must be read in full.
type nameSig struct {
	read  bool
	cands []keyCand
	// readings are the name's readings, once it is read (readDone).
	readings []personName
	readDone bool
	// What the candidates say for mayBe: some contact with one of the
	// keys may fit (all), one any affiliation may confirm may fit
	// (open), one with no institution to check may fit (bare).
	all, open, bare bool
}

// sigCache holds one Match call's summaries of printed names, of the
// parts after their first comma and of their words.
type sigCache struct {
	m      *Matcher
	slab   []nameSig // the summaries, allocated a thousand at a time
	cands  []keyCand // every summary's candidates, one after another
	names  map[string]*nameSig
	words  map[string]*wordSig
	fields map[string]*field
	short  [2][256]*field  // fields of one byte, and of one byte and a dot
	caps   [26 * 26]*field // fields of two capitals
	segs   map[string]segClass
	quick  []keyCand // quickKeys' answer for the name at hand
}

// newSigCache makes a cache for about n distinct names.
func newSigCache(m *Matcher, n int) *sigCache {
	return &sigCache{m: m, names: make(map[string]*nameSig, n), words: make(map[string]*wordSig, 512),
		fields: make(map[string]*field, 512), segs: make(map[string]segClass), quick: make([]keyCand, 0, 64)}
}

func (c *sigCache) newSig() *nameSig {
	if len(c.slab) == cap(c.slab) {
		c.slab = make([]nameSig, 0, 1024)
	}
	c.slab = c.slab[:len(c.slab)+1]
	return &c.slab[len(c.slab)-1]
}

// segClass is how readName takes a name part after the first comma.
type segClass struct {
	skip  bool // no letters, or a suffix (Jr.)
	creds bool // credentials only (MD, PhD)
}

func (c *sigCache) segment(seg string) segClass {
	sc, ok := c.segs[seg]
	if !ok {
		sc = segClass{skip: !hasLetter(seg) || IsSuffix(seg)}
		sc.creds = !sc.skip && allCredentials(seg)
		c.segs[seg] = sc
	}
	return sc
}

// field is one space-separated word of a name part, as nameWords sees
// it: a title, a suffix or a word.
type field struct {
	hk     string // honorificKey
	hon    bool   // honorifics[hk]
	strong bool   // strongTitles[hk]
	after  bool   // afterTitle[hk], or "dr" and one
	dot    bool   // ends in a dot
	suffix bool
	word   *wordSig // nil when nameWords drops it
}

func (c *sigCache) field(f string) *field {
	// Initials ("J", "J.", "JA") are half the words printed: a table,
	// not the map.
	var slot **field
	switch {
	case len(f) == 1:
		slot = &c.short[0][f[0]]
	case len(f) == 2 && f[1] == '.':
		slot = &c.short[1][f[0]]
	case len(f) == 2 && 'A' <= f[0] && f[0] <= 'Z' && 'A' <= f[1] && f[1] <= 'Z':
		slot = &c.caps[int(f[0]-'A')*26+int(f[1]-'A')]
	}
	if slot != nil && *slot != nil {
		return *slot
	}
	if x, ok := c.fields[f]; ok {
		return x
	}
	x := c.newField(f)
	if slot != nil {
		*slot = x
	}
	return x
}

func (c *sigCache) newField(f string) *field {
	k := honorificKey(f)
	x := &field{hk: k, hon: honorifics[k], strong: strongTitles[k], after: afterTitle[k] || strings.HasPrefix(k, "dr") && afterTitle[k[2:]],
		dot: strings.HasSuffix(f, "."), suffix: IsSuffix(f)}
	if w := strings.Trim(f, ",;"); !x.suffix && strings.Trim(w, ".,;-'") != "" {
		if ws := c.wordSig(w); ws.letters != "" || ws.given != (givenSig{}) {
			x.word = ws
		}
	}
	c.fields[f] = x
	return x
}

// nameWords appends the words of a name part as nameWords(s, false)
// reads them, with their summaries (words without letters dropped).
func (c *sigCache) nameWords(words []*wordSig, s string) []*wordSig {
	var buf [8]*field
	f := buf[:0]
	for s != "" {
		i, size := indexSpace(s)
		if i < 0 {
			f = append(f, c.field(s))
			break
		}
		if i > 0 {
			f = append(f, c.field(s[:i]))
		}
		s = s[i+size:]
	}
	// stripTitles, on the fields' keys.
	i, title := 0, false
	for i < len(f)-1 {
		x := f[i]
		switch {
		case x.hon && (x.strong || x.dot || len(f)-i > 2):
			title = true
		case title && x.after:
		default:
			goto done
		}
		i++
	}
done:
	for _, x := range f[i:] {
		if x.word != nil {
			words = append(words, x.word)
		}
	}
	return words
}

// indexSpace is strings.IndexFunc(s, unicode.IsSpace), with the size
// of the space found.
func indexSpace(s string) (int, int) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ', '\t' <= c && c <= '\r':
			return i, 1
		case c >= utf8.RuneSelf:
			if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return i, size
			}
		}
	}
	return -1, 0
}

// mayBe reports whether the printed name raw may be a contact the
// printed affiliations allow (Matcher.mayBe), with its summary when it
// may. Most names are answered from the contact keys their words spell
// (quickKeys), read each time the name is printed, which costs less
// than keeping a summary of every distinct name: a name with no key
// that has a contact the affiliations allow, and whose initials, when
// the words outside the key are initials, fit none of them, is nobody
// (someAllowed). Only the others are summarised in full, once per
// distinct name (sigOf).
func (c *sigCache) mayBe(raw string, mt *mention) (*nameSig, bool) {
	if !c.m.readAll {
		keys, ok := c.m.quickKeys(c.quick[:0], raw)
		c.quick = keys
		if ok && !c.m.someAllowed(keys, mt) {
			return nil, false
		}
	}
	sig := c.sigOf(raw)
	return sig, c.m.mayBe(sig, mt.pr)
}

// sigOf summarises a printed name in full, once per distinct name.
func (c *sigCache) sigOf(raw string) *nameSig {
	if s, ok := c.names[raw]; ok {
		return s
	}
	s := c.makeSig(raw)
	c.names[raw] = s
	return s
}

// someAllowed reports whether one of the entries of keys, with the first
// names the words outside its key may give, may be a contact the printed
// affiliations allow: one with no institution in the map; when they name
// no institution, any other, if a printed part shares a distinctive word
// with the institution of a contact with the key (sharesKeyWord); when
// they name institutions, one any affiliation may confirm, with such a
// part, or one at an institution of hits. It is mayBe asked of
// quickKeys' summary, which holds every entry of makeSig's with at least
// its first names: a name it says no to, mayBe says no to.
func (m *Matcher) someAllowed(keys []keyCand, mt *mention) bool {
	for _, k := range keys {
		e := k.e
		if m.allowsUnnamed(e, k.given, mt.pr, mt.restricted) {
			return true
		}
		if !mt.restricted {
			continue
		}
		for hi := range int(mt.n) {
			if id, _ := mt.hit(hi); m.keyAt.has(keyAtHash(e.n, id)) {
				if is := e.at(id); is != nil && is.sig.admits(k.given) {
					return true
				}
			}
		}
	}
	return false
}

// anyGiven stands for first names quickKeys does not read: it admits
// every contact with a first name or none to compare (keySig.admits).
var anyGiven = givenSig{init: ^uint32(0), full: ^uint32(0), fn: ^uint64(0)}

// quickKeys appends to out the contacts' entries of the surname keys
// makeSig's runs of words, and halves of hyphenated words, may spell
// in raw (those of words the titles in front are included: a superset),
// each with at least the first names makeSig gives it, reading its
// bytes once, without the word summaries. It answers (ok)
// only for a plain name (isPlain) without commas whose words are Latin
// letters with dots, hyphens and apostrophes, each with a letter, none
// a suffix, a placeholder (FNU) or Saint, at most eight; otherwise
// makeSig decides.
//
// Why the keys are makeSig's: such a name is one name part, its words
// are the fields makeSig's nameWords keeps, less the titles it drops in
// front (so its runs are among the runs of all the words), and each
// word's letters are those of wordSig (fold, trimmed, then
// nameLetters): the letters of the word, each rune folded by foldTable.
func (m *Matcher) quickKeys(out []keyCand, raw string) ([]keyCand, bool) {
	var lbuf [64]byte // the words' letters, one after another
	var ends [8]uint8 // where each word's letters end in lbuf (the next begins there)
	var cuts [8]int8  // where its one hyphen cuts them, or -1
	var digs uint8    // bit b: looseDigraph of word b's letters
	n, l, start, hyphens, cut := 0, 0, 0, 0, 0
	word := func() bool { // closes the word of lbuf[start:l]
		if l == start || n == len(ends) || oddWord(lbuf[start:l]) {
			return false // makeSig reads such words by rules of its own
		}
		ends[n], cuts[n] = uint8(l), -1
		if hyphens == 1 {
			cuts[n] = int8(cut)
		}
		if looseDigraph(lbuf[start:l]) {
			digs |= 1 << n
		}
		n, start, hyphens = n+1, l, 0
		return true
	}
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		class := nameBytes[c]
		if class == nbLetter { // most bytes
			if l == len(lbuf) {
				return out, false
			}
			lbuf[l] = c | 0x20
			l++
			continue
		}
		switch class {
		case nbSpace:
			if (l > start || hyphens > 0) && !word() {
				return out, false
			}
		case nbDot:
		case nbHyphen, nbQuote:
			if i > 0 && raw[i-1] == ' ' {
				return out, false // not plain
			}
			if c == '-' {
				hyphens++
				cut = l
			}
		case nbHigh:
			r, size := utf8.DecodeRuneInString(raw[i:])
			if r >= rune(len(latinLetters)) || latinLetters[r] == "" || l+len(latinLetters[r]) > len(lbuf) {
				return out, false
			}
			l += copy(lbuf[l:], latinLetters[r])
			i += size - 1
		default:
			return out, false
		}
	}
	if (l > start || hyphens > 0) && !word() {
		return out, false
	}
	// The first names the words outside a key may give: the initials of
	// one-letter words (makeSig's wordSig of "J" or "J."); a longer word
	// may be a spelled-out name, caps initials or a title, which only
	// makeSig reads (anyGiven).
	var initial [8]uint32 // each one-letter word's letterBit, else 0
	from := 0
	for a := 0; a < n; a++ {
		if int(ends[a])-from == 1 {
			initial[a] = letterBit(lbuf[from])
		}
		from = int(ends[a])
	}
	add := func(e *keyEntry, a, b int) { // the key of words a to b-1
		if e == nil {
			return
		}
		g := givenSig{}
		for i := 0; i < n; i++ {
			if i >= a && i < b {
				continue
			}
			if initial[i] == 0 {
				g = anyGiven
				break
			}
			g.init |= initial[i]
		}
		for i := range out {
			if out[i].e == e {
				out[i].given.or(g) // the first names of either run
				return
			}
		}
		out = append(out, keyCand{e: e, given: g})
	}
	from = 0
	for a := 0; a < n; a++ {
		if k := int(cuts[a]); k >= 0 {
			for _, h := range [2][]byte{lbuf[from:k], lbuf[k:ends[a]]} {
				add(m.looseKey(h, bitHash(h), looseDigraph(h)), a, a+1)
			}
		}
		h, dig, at := uint32(fnvOffset), false, from
		for b := a; b < n; b++ {
			dig = dig || digs&(1<<b) != 0 || b > a && digraph(lbuf[at-1], lbuf[at])
			for end := int(ends[b]); at < end; at++ {
				h = (h ^ uint32(lbuf[at])) * fnvPrime
			}
			if hb := h % (1 << 18); dig || m.keyBits.has(hb) { // looseKey's first no, without the call
				add(m.looseKey(lbuf[from:at], hb, dig), a, b+1)
			}
		}
		from = int(ends[a])
	}
	return out, true
}

// nameBytes classifies bytes for quickKeys.
var nameBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = nbLetter
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = nbSpace
		case c == '.':
			t[c] = nbDot
		case c == '-':
			t[c] = nbHyphen
		case c == '\'':
			t[c] = nbQuote
		case c >= utf8.RuneSelf:
			t[c] = nbHigh
		}
	}
	return t
}()

// The classes of nameBytes.
const (
	nbOther  = iota // ends quickKeys' reading
	nbLetter        // an ASCII letter, either case
	nbSpace
	nbDot
	nbHyphen
	nbQuote
	nbHigh // the first byte of a rune beyond ASCII (or any byte of one)
)

// oddWord reports whether the letters of a word are those of a
// generational suffix, a placeholder for an unknown name (two or three
// letters, vocab.go), or begin Saint (spelled St in surnames): words
// makeSig reads by rules of their own.
func oddWord(w []byte) bool {
	if len(w) >= 5 && string(w[:5]) == "saint" {
		return true
	}
	return len(w) >= 2 && len(w) <= 3 && (suffixes[string(w)] || unknownGiven[string(w)])
}

// latinLetters is fold's spelling of each rune of foldTable beyond
// ASCII that folds to lower-case ASCII letters only ("é" → "e", "ß" →
// "ss"), and "" for the others.
var latinLetters = func() (t [len(foldTable)]string) {
	for r := utf8.RuneSelf; r < len(t); r++ {
		if s := foldTable[r]; s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") == "" {
			t[r] = s
		}
	}
	return t
}()

func (c *sigCache) makeSig(raw string) *nameSig {
	// Nicknames in quotes or brackets are given names that are not
	// among the words: read such names in full.
	plain := isPlain(raw)
	if !plain && (strings.ContainsAny(raw, "\"“(‘") || strings.Contains(raw, " '")) {
		s := c.newSig()
		s.read = true
		return s
	}
	// The name parts readName reads (its first two, or one and the
	// initials after it), with the same words.
	var s string
	if plain {
		s = stripPlain(raw)
	} else {
		s = stripName(raw)
	}
	if strings.IndexByte(s, '|') >= 0 {
		if i := strings.Index(s, " | "); i >= 0 {
			s = s[:i]
		}
	}
	var names [3]string
	n, cred0, ncred := 0, "", 0
	for i := 0; s != "" || i == 0; i++ {
		seg, rest, _ := strings.Cut(s, ",")
		s = rest
		seg = strings.TrimSpace(seg)
		if i > 0 {
			switch sc := c.segment(seg); {
			case sc.skip:
				continue
			case sc.creds:
				if ncred == 0 {
					cred0 = seg
				}
				ncred++
				continue
			}
		} else if !hasLetter(seg) || strings.IndexByte(seg, ' ') < 0 && IsSuffix(seg) {
			if rest == "" {
				break
			}
			continue
		}
		if n < len(names) {
			names[n] = seg
		}
		n++
		if rest == "" {
			break
		}
	}
	if n == 1 && ncred > 0 && ReadsAsInitials(cred0) {
		names[1] = cred0
		n = 2
	}
	n = min(n, 2)
	// The words, the second part's first: a surname read with a comma
	// may take particles from the end of the given names ("Berg, K.
	// van der").
	var space [8]*wordSig
	words := space[:0]
	for i := n - 1; i >= 0; i-- {
		words = c.nameWords(words, names[i])
	}
	sig := c.newSig()
	if cap(c.cands)-len(c.cands) < 64 {
		c.cands = make([]keyCand, 0, 4096) // chunks, not a doubling slice
	}
	start := len(c.cands)
	c.cands = c.m.addCands(c.cands, words)
	for _, w := range words {
		if w.unknown {
			// Without FNU and its kin, the words around them join.
			var known []*wordSig
			for _, w := range words {
				if !w.unknown {
					known = append(known, w)
				}
			}
			c.cands = c.m.addCands(c.cands, known)
			break
		}
	}
	sig.cands = c.cands[start:len(c.cands):len(c.cands)]
	// What mayBe asks of every mention, answered once per name.
	for i := range sig.cands {
		k := &sig.cands[i]
		sig.all = sig.all || k.e.all.admits(k.given)
		sig.open = sig.open || k.e.open.admits(k.given)
		sig.bare = sig.bare || k.e.bare.admits(k.given)
	}
	return sig
}

// addCands adds the surname keys of every run of words that a contact
// has, with the given names of the other words.
func (m *Matcher) addCands(cands []keyCand, words []*wordSig) []keyCand {
	outside := func(a, b int) givenSig {
		var g givenSig
		nfull := 0
		for i, w := range words {
			if i < a || i >= b {
				g.or(w.given)
				if len(w.full) > 0 {
					nfull++
				}
			}
		}
		if nfull < 2 {
			return g
		}
		// Two spelled-out names joined ("Mei Xin" for Meixin), in
		// either order.
		for i, x := range words {
			for j, y := range words {
				if i == j || i >= a && i < b || j >= a && j < b {
					continue
				}
				for _, p := range x.full {
					for _, q := range y.full {
						g.fn |= nameBit(canon(p + q))
					}
				}
			}
		}
		return g
	}
	var space [64]byte
	buf := space[:0]
	for a := range words {
		if words[a].letters == "" {
			continue
		}
		for _, e := range words[a].halfE {
			if e != nil {
				cands = append(cands, keyCand{e: e, given: outside(a, a+1)})
			}
		}
		// The runs' letters, their hash and whether looseWord would
		// change them, grown a word at a time.
		buf = buf[:0]
		h, dig := uint32(fnvOffset), false
		for b := a; b < len(words); b++ {
			w := words[b].letters
			if len(w) > 0 && len(buf) > 0 {
				dig = dig || words[b].dig || digraph(buf[len(buf)-1], w[0])
			} else {
				dig = dig || words[b].dig
			}
			buf = append(buf, w...)
			for i := 0; i < len(w); i++ {
				h = (h ^ uint32(w[i])) * fnvPrime
			}
			var e *keyEntry
			if b == a {
				e = words[a].e
			} else {
				e = m.looseKey(buf, h%(1<<18), dig)
			}
			if e != nil {
				cands = append(cands, keyCand{e: e, given: outside(a, b+1)})
			}
		}
	}
	return cands
}

// mayBe reports whether the printed name summarised by sig may be a
// contact the printed affiliations allow (checkAffiliation's rules). A
// contact with no institution in the map may be confirmed by any. One
// at an institution only the map names (adhoc) needs a printed part
// that reads like it, or the printed affiliations to name it; one at a
// known institution needs them to name it, or, when they name none, a
// part that reads like it. Reading like it (similarWords) takes a
// distinctive word in common: sharesWord for some contact's institution,
// then sharesKeyWord for those of the contacts with one of the name's
// keys.
func (m *Matcher) mayBe(sig *nameSig, pr *printed) bool {
	if sig.read || m.readAll {
		return true
	}
	if sig.bare {
		return true
	}
	// sig.all and sig.open say, for the name as a whole, whether any
	// candidate can pass allowsUnnamed.
	restricted := pr.restricted()
	if restricted && sig.open || !restricted && sig.all {
		for i := range sig.cands {
			if k := &sig.cands[i]; m.allowsUnnamed(k.e, k.given, pr, restricted) {
				return true
			}
		}
	}
	if !restricted {
		return false
	}
	// Some contact with one of the keys at a printed institution may
	// fit: a look-up per (key, institution), however many institutions
	// share the key.
	for i := range sig.cands {
		k := &sig.cands[i]
		if !k.e.all.admits(k.given) {
			continue
		}
		for _, h := range pr.hits {
			if is := k.e.at(h.id); is != nil && is.sig.admits(k.given) {
				return true
			}
		}
	}
	return false
}

// keyEntry summarises the contacts with one surname key: all of them,
// those any affiliation may confirm (open), and those at each
// institution (sorted by institution), with where their readings sit in
// the Matcher's people and guesses lists for the key, so a printed name
// whose affiliations restrict it is compared only with the contacts they
// allow, however many share its surname elsewhere.
type keyEntry struct {
	all, open keySig
	bare      keySig // those with no institution in the map
	insts     []instSig
	ids       []int32 // insts' institutions, in their order: at's search reads a line or two, not the summaries
	openAt    candPos
	n         uint32 // this entry's number, for keyAt
	// The numbers (instWords) of the distinctive words of its
	// contacts' institutions, and of its open contacts', sorted: an
	// affiliation that names no institution, or an open contact's, must
	// share one (sharesKeyWord).
	words, openWords []int32
}

// candPos are positions in the people and guesses lists of one key.
type candPos struct {
	people, guesses []int32
}

func (c *candPos) add(pos int, g bool) {
	if g {
		c.guesses = append(c.guesses, int32(pos))
	} else {
		c.people = append(c.people, int32(pos))
	}
}

type instSig struct {
	id  int // canonical institution
	sig keySig
	pos candPos
}

// sortInsts orders the entry's institutions by id, for at, once
// NewMatcher has indexed every contact.
func (e *keyEntry) sortInsts() {
	slices.SortFunc(e.insts, func(a, b instSig) int { return cmp.Compare(a.id, b.id) })
	slices.Sort(e.ids)
	for _, w := range []*[]int32{&e.words, &e.openWords} {
		slices.Sort(*w)
		*w = slices.Clip(slices.Compact(*w))
	}
}

// at is the summary of the contacts at institution id, if any.
func (e *keyEntry) at(id int) *instSig {
	lo, hi := 0, len(e.ids)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if int(e.ids[h]) < id {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(e.ids) && int(e.ids[lo]) == id {
		return &e.insts[lo]
	}
	return nil
}

// indexSig records a reading of contact i, whose key is key, at position pos of the key's
// people list (guesses list when g), in the summaries.
func (m *Matcher) indexSig(i int, key string, k keySig, pos int, g bool) {
	e := m.keys[key]
	if e == nil {
		e = &keyEntry{n: uint32(len(m.keys))}
		m.keys[key] = e
		m.keyBits.add(key)
	}
	e.all.or(k)
	if len(m.instOf[i]) == 0 {
		e.bare.or(k)
	}
	if m.open[i] {
		e.open.or(k)
		e.openAt.add(pos, g)
	}
	for _, part := range m.instDist[i] {
		for _, w := range part {
			n := m.instWords[w]
			e.words = append(e.words, n)
			if m.open[i] {
				e.openWords = append(e.openWords, n)
			}
		}
	}
	for _, w := range m.instOf[i] {
		// In the order first seen until NewMatcher sorts them.
		j := slices.Index(e.ids, int32(w))
		if j < 0 {
			j = len(e.ids)
			e.ids = append(e.ids, int32(w))
			e.insts = append(e.insts, instSig{id: w})
		}
		is := &e.insts[j]
		is.sig.or(k)
		is.pos.add(pos, g)
		m.keyAt.addHash(keyAtHash(e.n, w))
	}
}

// keyAtHash is the bit of keyAt for entry n and institution id: a
// multiplicative hash of the pair, in bitSet's range.
func keyAtHash(n uint32, id int) uint32 {
	return uint32((uint64(n)<<32 | uint64(uint32(id))) * 0x9E3779B97F4A7C15 >> 46)
}

// restricted reports whether the printed affiliations rule out every
// contact at a known institution they do not name (checkAffiliation:
// they name institutions, or one elsewhere).
func (pr *printed) restricted() bool {
	return len(pr.hits) > 0 || pr.elsewhere
}

// sharesWord reports whether the printed affiliations have no
// institution parts, or one with a distinctive word of some contact's
// institution.
func (m *Matcher) sharesWord(pr *printed) bool {
	if pr.words == 0 {
		pr.words = 1
		if !pr.hasParts() {
			pr.words = 2
		}
		for _, a := range pr.srcs {
			for k := range a.partsOf() {
				for _, w := range a.distinct(k) {
					if n := m.instWords[w]; n != 0 {
						pr.words = 2
						pr.wordNums = append(pr.wordNums, n)
					}
				}
			}
		}
		slices.Sort(pr.wordNums)
		pr.wordNums = slices.Compact(pr.wordNums)
	}
	return pr.words == 2
}

// sharesKeyWord is sharesWord asked of the contacts of one key, whose
// institutions' words are words (keyEntry.words or openWords): whether
// pr prints no part, or one with a distinctive word of one of theirs.
// sharesWord must have said yes.
func (pr *printed) sharesKeyWord(words []int32) bool {
	if len(pr.wordNums) == 0 {
		return true // no part printed
	}
	a, b := pr.wordNums, words
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			return true
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return false
}

// allowsUnnamed reports whether a contact with entry e and first names
// g may be one the printed affiliations pr allow without being at one
// of the institutions they name: one with no institution in the map;
// when pr names none (not restricted), any whose institution shares a
// distinctive word with a printed part; when it names some, an open one
// whose institution does. someAllowed and mayBe both ask it.
func (m *Matcher) allowsUnnamed(e *keyEntry, g givenSig, pr *printed, restricted bool) bool {
	if e.bare.admits(g) {
		return true
	}
	if !restricted {
		return e.all.admits(g) && m.sharesWord(pr) && pr.sharesKeyWord(e.words)
	}
	return e.open.admits(g) && m.sharesWord(pr) && pr.sharesKeyWord(e.openWords)
}

// atAny reports whether contact ci is at one of the institutions hits.
func (m *Matcher) atAny(ci int, hits []instHit) bool {
	for _, w := range m.instOf[ci] {
		for _, h := range hits {
			if h.id == w {
				return true
			}
		}
	}
	return false
}

// readingSig summarises the given names of one reading of a printed
// name, as nameSig does for the words outside a surname.
func readingSig(r personName) givenSig {
	var g givenSig
	for i, x := range r.given {
		if !x.full() {
			g.init |= letterBit(x.initial())
			continue
		}
		g.full |= letterBit(x.initial()) | formalInitials(x.canon)
		g.fn |= nameBit(x.canon)
		if i+1 < len(r.given) && r.given[i+1].full() {
			g.fn |= nameBit(canon(x.joined() + r.given[i+1].joined()))
		}
	}
	return g
}

// looseKey is the contacts' entry for the surname key
// looseWord(string(b)), if any, given bitHash(b) and looseDigraph(b)
// (found without allocating).
func (m *Matcher) looseKey(b []byte, h uint32, dig bool) *keyEntry {
	if !dig && !m.keyBits.has(h) {
		return nil // most runs of words are no one's surname, nor a spelling of one
	}
	if variantBits.has(h) {
		if v, ok := variants[string(b)]; ok {
			return m.keys[v]
		}
	}
	if dig {
		// looseWord's second look, at the pairs replaced.
		var space [64]byte
		w := appendLooseRepl(space[:0], b)
		if v, ok := variants[string(w)]; ok {
			return m.keys[v]
		}
		return m.keys[string(w)]
	}
	return m.keys[string(b)]
}

// appendLooseRepl appends looseRepl.Replace(string(b)) to dst: left to
// right, each ae, oe, ue or aa becomes its first letter.
func appendLooseRepl(dst, b []byte) []byte {
	for i := 0; i < len(b); i++ {
		dst = append(dst, b[i])
		if i+1 < len(b) && digraph(b[i], b[i+1]) {
			i++
		}
	}
	return dst
}

// looseDigraph reports whether b has one of the pairs looseWord
// replaces: ae, oe, ue or aa.
func looseDigraph[S string | []byte](b S) bool {
	for i := 1; i < len(b); i++ {
		if digraph(b[i-1], b[i]) {
			return true
		}
	}
	return false
}

// digraph reports whether c, d is a pair looseWord replaces.
func digraph(c, d byte) bool {
	return d == 'e' && (c == 'a' || c == 'o' || c == 'u') || d == 'a' && c == 'a'
}

// bitSet is a one-hash Bloom filter of strings: has is false for every
// string never added.
type bitSet [1 << 12]uint64

func bitHash[S string | []byte](s S) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h % (1 << 18)
}

// FNV-1a's constants.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func (b *bitSet) add(s string)      { b.addHash(bitHash(s)) }
func (b *bitSet) addHash(h uint32)  { b[h/64] |= 1 << (h % 64) }
func (b *bitSet) has(h uint32) bool { return b[h/64]&(1<<(h%64)) != 0 }

// variantBits holds the spellings variants maps (filled with it).
var variantBits = new(bitSet)

// isPlain reports whether raw has nothing stripName would cut and no
// nickname in quotes or brackets: no brackets, double quotes, stars,
// typographic quotes or dashes (every one starts with byte 0xE2), and no
// dash or single quote after a space.
func isPlain(raw string) bool {
	for i := 0; i < len(raw); i++ {
		switch c := raw[i]; c {
		case '(', '[', '"', '*', 0xE2:
			return false
		case '-', '\'':
			if i > 0 && raw[i-1] == ' ' {
				return false
			}
		}
	}
	return true
}

// stripPlain is stripName of a plain name (isPlain).
func stripPlain(raw string) string {
	s := strings.TrimSpace(raw)
	if s == "" || s[0] != 'a' && s[0] != 'A' && s[0] != '&' {
		return s // TrimSpace once more changes nothing
	}
	for _, and := range []string{"and ", "And ", "& "} {
		s = strings.TrimPrefix(s, and)
	}
	return strings.TrimSpace(s)
}
