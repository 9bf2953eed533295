package sources

// schema.org Event data, as JSON-LD (<script type="application/ld+json">,
// @graph arrays, nested subEvent) or as microdata (itemscope
// itemtype=".../Event" with itemprop name, startDate, endDate, location,
// performer, subEvent). Microdata is turned into the same map shape as
// JSON-LD, so both go through one conversion.
//
// Model. An event that lasts more than a day, or has only dates, is the
// meeting itself: it names the meeting and is not an item; its sub-events
// are the program. An event under a session is a talk (or a poster when
// its words say so); performers are speakers of a session and presenting
// authors of a talk.
//
// Times with an offset are instants; they are shown in --tz, else in the
// zone of a known meeting the page names, else in a fixed zone of the
// first offset seen (the instants stay exact either way). Times without an
// offset need one of the first two.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/confplan/confplan/planner"
)

// ldNode is one schema.org Event found in the data.
type ldNode struct {
	m      map[string]any
	parent *ldNode
	elem   string // where it was found, for messages
	line   int
	kids   int
	skip   bool // the meeting itself, not an item
}

// ldSource is schema.org data to convert: the roots and how to name places.
type ldSource struct {
	file    string
	opt     Options
	roots   []any
	elems   []string // element name of each root
	lines   []int    // line of each root, 0 when unknown
	guess   func() (string, *time.Location)
	meeting string
}

func jsonLDApplies(p *htmlPage) bool {
	return p.doc.Find(`script[type="application/ld+json"]`).Length() > 0
}

// readJSONLDPage reads the JSON-LD blocks of a page.
func readJSONLDPage(p *htmlPage) ([]planner.Item, []*Warning, error) {
	src := &ldSource{file: p.name, opt: p.opt}
	var warns []*Warning
	lines := newLineCounter(p.data)
	from := 0 // blocks appear in order: search each after the last
	p.doc.Find(`script[type="application/ld+json"]`).Each(func(i int, s *goquery.Selection) {
		elem := fmt.Sprintf("JSON-LD block %d", i+1)
		text := s.Text()
		line := 0
		if t := strings.TrimSpace(text); t != "" {
			if off := bytes.Index(p.data[from:], []byte(t)); off >= 0 {
				from += off
				line = lines.at(from)
				from += len(t)
			}
		}
		var v any
		dec := json.NewDecoder(strings.NewReader(text))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			warns = append(warns, warnAt(p.name, line, elem, "invalid JSON-LD: "+err.Error()+"; skipped"))
			return
		}
		src.roots = append(src.roots, v)
		src.elems = append(src.elems, elem)
		src.lines = append(src.lines, line)
	})
	src.guess = p.guess
	items, w, loc, meeting, err := src.read()
	if err != nil {
		return nil, nil, err
	}
	p.loc = loc
	if p.meeting == "" {
		p.meeting = meeting
	}
	return items, append(warns, w...), nil
}

// read converts every Event under the roots into items.
func (src *ldSource) read() ([]planner.Item, []*Warning, *time.Location, string, error) {
	var nodes []*ldNode
	for i, r := range src.roots {
		ldCollect(r, nil, src.elems[i], src.lines[i], &nodes, 0)
	}
	if len(nodes) == 0 {
		return nil, nil, nil, "", nil
	}
	var warns []*Warning
	type times struct {
		start, end jtime
		ok         bool
	}
	tt := make([]times, len(nodes))
	var fixed *time.Location
	needZone := false
	for i, n := range nodes {
		s, err := parseJTime(ldString(n.m, "startDate"), src.opt.DateOrder)
		if err != nil {
			n.skip = true
			if n.kids > 0 {
				// A container without times: the meeting.
				if src.meeting == "" && n.parent == nil {
					src.meeting = ldText(ldString(n.m, "name"))
				}
			} else {
				warns = append(warns, warnAt(src.file, n.line, n.elem, fmt.Sprintf("event %q: start: %v; skipped", ldText(ldString(n.m, "name")), err)))
			}
			continue
		}
		e, err := parseJTime(ldString(n.m, "endDate"), src.opt.DateOrder)
		if err != nil {
			e = s
			if d, ok := isoDuration(ldString(n.m, "duration")); ok && s.hasClock {
				e = s.add(d)
			}
		}
		tt[i] = times{s, e, true}
		if !s.hasClock || e.sub(s) > 24*time.Hour {
			// The meeting itself, not something to attend.
			n.skip = true
			if src.meeting == "" {
				src.meeting = ldText(ldString(n.m, "name"))
			}
			continue
		}
		if s.abs && fixed == nil {
			// An offset is the meeting's wall clock, except UTC ("Z"),
			// which says nothing about where the meeting is.
			if _, off := s.inst.Zone(); off != 0 {
				fixed = time.FixedZone(offsetName(off), off)
			}
		}
		if !s.abs || !e.abs {
			needZone = true
		}
	}
	loc := src.opt.Zone
	if loc == nil {
		name, l := src.guess()
		if l == nil && src.meeting != "" {
			name, l = guessMeeting([]byte(src.meeting))
		}
		if l != nil {
			loc = l
			if src.meeting == "" {
				src.meeting = name
			}
		}
	}
	if loc == nil {
		if needZone || fixed == nil {
			for i := range nodes {
				if tt[i].ok && !nodes[i].skip {
					return nil, nil, nil, "", noZone(src.file, "the events' times have no UTC offset and the meeting is not one confplan knows", "")
				}
			}
		}
		loc = fixed
	}
	if known, _ := guessMeeting([]byte(src.meeting)); known != "" {
		src.meeting = known // the canonical name, as in every format
	}
	var items []planner.Item
	index := make(map[*ldNode]int)
	seen := make(map[string]int) // ID → index in items
	for i, n := range nodes {
		if n.skip || !tt[i].ok {
			continue
		}
		it := planner.Item{Title: ldText(ldString(n.m, "name")), Source: source(src.file, n.line, n.elem)}
		if st := ldString(n.m, "eventStatus"); strings.HasSuffix(st, "EventCancelled") {
			warns = append(warns, warnAt(src.file, n.line, n.elem, fmt.Sprintf("event %q is cancelled; skipped", it.Title)))
			continue
		}
		if it.Title == "" {
			warns = append(warns, warnAt(src.file, n.line, n.elem, "event has no name; skipped"))
			continue
		}
		it.Start, it.End = tt[i].start.in(loc), tt[i].end.in(loc)
		if it.End.Before(it.Start) {
			warns = append(warns, warnAt(src.file, n.line, n.elem, fmt.Sprintf("event %q ends before it starts; skipped", it.Title)))
			continue
		}
		it.Room = ldPlace(n.m["location"])
		it.Type = firstText(ldString(n.m, "eventType"), ldString(n.m, "additionalType"), ldString(n.m, "category"))
		if strings.Contains(it.Type, "/") && strings.HasPrefix(it.Type, "http") {
			it.Type = it.Type[strings.LastIndex(it.Type, "/")+1:]
		}
		it.Track = firstText(ldString(n.m, "track"), ldString(n.m, "about"))
		var parent *ldNode
		for q := n.parent; q != nil; q = q.parent {
			if !q.skip {
				parent = q
				break
			}
		}
		talk := false
		if parent != nil {
			if j, ok := index[parent]; ok {
				p := &items[j]
				it.ParentID, it.Session = p.ID, p.Title
				if it.Room == "" {
					it.Room = p.Room
				}
				if it.Track == "" {
					it.Track = p.Track
				}
				talk = true
			}
		}
		num := ""
		if talk {
			num, it.Title = splitAbstractNumber(it.Title)
			it.Kind = planner.KindTalk
			if classify(it.Title, it.Type, planner.KindTalk) == planner.KindPoster {
				it.Kind = planner.KindPoster
			}
		} else {
			it.Kind = classify(it.Title, it.Type, planner.KindSession)
			if it.Kind == planner.KindTalk || (it.Kind == planner.KindPoster && n.kids > 0) {
				it.Kind = planner.KindSession
			}
		}
		it.ID = firstText(ldIdentifier(n.m), num)
		if it.ID == "" {
			it.ID = deriveID(it.Title, it.Start.Format(time.RFC3339), it.Room)
		}
		role := planner.RoleSpeaker
		if talk {
			role = planner.RolePresentingAuthor
		}
		for _, key := range []string{"performer", "performers", "speaker", "speakers", "actor"} {
			it.People = append(it.People, ldPeople(n.m[key], role)...)
		}
		it.People = append(it.People, ldPeople(n.m["contributor"], planner.RoleAuthor)...)
		it.People = append(it.People, ldPeople(n.m["organizer"], planner.RoleModerator)...)
		it.People = fixPeople(it.People)
		var note string
		if items, index[n], _, note = placeItem(items, seen, it); note != "" {
			warns = append(warns, warnAt(src.file, n.line, n.elem, "event "+note))
		}
	}
	return items, warns, loc, src.meeting, nil
}

// ldCollect finds Event objects under v, in document order.
func ldCollect(v any, parent *ldNode, elem string, line int, out *[]*ldNode, depth int) {
	if depth > 64 || len(*out) > 1<<20 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ldCollect(e, parent, elem, line, out, depth+1)
		}
	case map[string]any:
		if ldIsEvent(x["@type"]) {
			n := &ldNode{m: x, parent: parent, elem: fmt.Sprintf("%s, event %d", elem, len(*out)+1), line: line}
			if parent != nil {
				parent.kids++
			}
			*out = append(*out, n)
			for _, k := range []string{"subEvent", "subEvents", "subevent"} {
				ldCollect(x[k], n, elem, line, out, depth+1)
			}
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			if k != "@context" {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			ldCollect(x[k], parent, elem, line, out, depth+1)
		}
	}
}

func ldIsEvent(t any) bool {
	switch x := t.(type) {
	case string:
		x = x[strings.LastIndexAny(x, "/:")+1:]
		return strings.HasSuffix(x, "Event") || x == "Session" || x == "Presentation"
	case []any:
		for _, e := range x {
			if ldIsEvent(e) {
				return true
			}
		}
	}
	return false
}

// ldString returns a string property (the first of a list; the value or
// name of an object).
func ldString(m map[string]any, key string) string {
	return ldValue(m[key])
}

func ldValue(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case json.Number:
		return x.String()
	case []any:
		for _, e := range x {
			if s := ldValue(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"@value", "value", "name", "@id"} {
			if s := ldValue(x[k]); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldText cleans a text value that may hold HTML markup or entities.
func ldText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return oneLine(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return oneLine(s)
	}
	var b strings.Builder
	for _, n := range nodes {
		b.WriteString(flatText(n, false))
		b.WriteByte(' ')
	}
	return oneLine(b.String())
}

func ldIdentifier(m map[string]any) string {
	if s := ldString(m, "identifier"); s != "" {
		return s
	}
	for _, k := range []string{"@id", "url"} {
		if s := ldString(m, k); s != "" {
			return s
		}
	}
	return ""
}

// ldPlace returns a location's room: a string, or a Place's name (with its
// address when it has no name).
func ldPlace(v any) string {
	switch x := v.(type) {
	case string:
		return oneLine(x)
	case []any:
		for _, e := range x {
			if s := ldPlace(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if t := ldValue(x["@type"]); strings.HasSuffix(t, "VirtualLocation") {
			return ""
		}
		if s := ldText(ldValue(x["name"])); s != "" {
			return s
		}
		switch a := x["address"].(type) {
		case string:
			return oneLine(a)
		case map[string]any:
			return ldText(ldValue(a["streetAddress"]))
		}
	}
	return ""
}

// ldPeople reads Person values: strings or objects with name,
// affiliation, worksFor, jobTitle and honorificSuffix.
func ldPeople(v any, role planner.Role) []planner.Person {
	var out []planner.Person
	switch x := v.(type) {
	case string:
		for _, part := range strings.Split(x, ";") {
			if per := parsePersonText(part); per.Name != "" {
				per.Role = role
				out = append(out, per)
			}
		}
	case []any:
		for _, e := range x {
			out = append(out, ldPeople(e, role)...)
		}
	case map[string]any:
		if inner, r, ok := ldRole(x, role); ok {
			return ldPeople(inner, r)
		}
		if t := ldValue(x["@type"]); strings.HasSuffix(t, "Organization") || strings.HasSuffix(t, "Corporation") {
			return nil // a sponsor or society, not someone to meet
		}
		name := ldText(ldValue(x["name"]))
		if name == "" {
			name = strings.TrimSpace(ldText(ldValue(x["givenName"])) + " " + ldText(ldValue(x["familyName"])))
		}
		if name == "" {
			return nil
		}
		per := parsePersonText(name)
		if per.Name == "" {
			return nil
		}
		if suf := ldValue(x["honorificSuffix"]); suf != "" {
			for _, c := range strings.Split(suf, ",") {
				if c = strings.TrimSpace(c); c != "" && !contains(per.Credentials, c) {
					per.Credentials = append(per.Credentials, c)
				}
			}
		}
		for _, k := range []string{"affiliation", "worksFor", "memberOf"} {
			for _, a := range ldAll(x[k]) {
				if a = ldText(a); a != "" && !containsAffiliation(per.Affiliations, a) {
					per.Affiliations = append(per.Affiliations, a)
				}
			}
		}
		per.Role = role
		out = append(out, per)
	}
	return out
}

// ldRoleKeys are the properties a schema.org Role wraps: the wrapped
// value sits under the same property name as the Role itself.
var ldRoleKeys = []string{"performer", "performers", "organizer", "contributor", "actor", "attendee", "speaker", "author", "member", "affiliation", "worksFor", "memberOf"}

// ldRole unwraps a schema.org Role (Role, PerformanceRole,
// OrganizationRole…): {"@type": "PerformanceRole", "roleName":
// "Moderator", "performer": {Person}}. It returns the wrapped value and
// the role its roleName names (else role); ok is false when x is not a
// Role.
func ldRole(x map[string]any, role planner.Role) (any, planner.Role, bool) {
	t := ldValue(x["@type"])
	if !strings.HasSuffix(t, "Role") {
		return nil, role, false
	}
	if r, ok := roleLabel(ldValue(x["roleName"])); ok {
		role = r
	}
	for _, k := range ldRoleKeys {
		if v, ok := x[k]; ok && v != nil {
			return v, role, true
		}
	}
	return nil, role, true
}

// ldAll returns every string or name in v.
func ldAll(v any) []string {
	if m, ok := v.(map[string]any); ok {
		if inner, _, ok := ldRole(m, ""); ok {
			return ldAll(inner)
		}
	}
	switch x := v.(type) {
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldAll(e)...)
		}
		return out
	default:
		if s := ldValue(x); s != "" {
			return []string{s}
		}
	}
	return nil
}

func firstText(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

// offsetName names a fixed zone by its offset: "UTC-07:00".
func offsetName(off int) string {
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("UTC%c%02d:%02d", sign, off/3600, off%3600/60)
}

var isoDurationRe = regexp.MustCompile(`^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$`)

// isoDuration reads an ISO 8601 duration of days, hours, minutes, seconds.
func isoDuration(s string) (time.Duration, bool) {
	m := isoDurationRe.FindStringSubmatch(strings.ToUpper(strings.TrimSpace(s)))
	if m == nil || s == "P" || s == "PT" {
		return 0, false
	}
	var d time.Duration
	for i, unit := range []time.Duration{24 * time.Hour, time.Hour, time.Minute, time.Second} {
		if m[i+1] == "" {
			continue
		}
		var n int64
		for _, c := range m[i+1] {
			n = n*10 + int64(c-'0')
			if n > math.MaxInt32 {
				return 0, false
			}
		}
		d += time.Duration(n) * unit
	}
	return d, d > 0 && d <= 7*24*time.Hour
}

// --- microdata ---

func microdataApplies(p *htmlPage) bool {
	return p.doc.Find("[itemscope][itemtype]").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return ldIsEvent(s.AttrOr("itemtype", ""))
	}).Length() > 0
}

// readMicrodata reads schema.org Event microdata.
func readMicrodata(p *htmlPage) ([]planner.Item, []*Warning, error) {
	src := &ldSource{file: p.name, opt: p.opt}
	p.doc.Find("[itemscope][itemtype]").Each(func(i int, s *goquery.Selection) {
		if _, isProp := s.Attr("itemprop"); isProp || !ldIsEvent(s.AttrOr("itemtype", "")) {
			return
		}
		src.roots = append(src.roots, mdItem(s.Get(0), 0))
		src.elems = append(src.elems, fmt.Sprintf("microdata item %d", len(src.roots)))
		src.lines = append(src.lines, 0)
	})
	src.guess = p.guess
	items, warns, loc, meeting, err := src.read()
	if err != nil {
		return nil, nil, err
	}
	p.loc = loc
	if p.meeting == "" {
		p.meeting = meeting
	}
	return items, warns, nil
}

// mdItem turns one itemscope element into the JSON-LD map shape.
func mdItem(n *html.Node, depth int) map[string]any {
	m := map[string]any{}
	if t := attr(n, "itemtype"); t != "" {
		m["@type"] = strings.Fields(t)[0]
	}
	if depth > 32 {
		return m
	}
	var walk func(c *html.Node, d int)
	walk = func(c *html.Node, d int) {
		if d > 512 {
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type != html.ElementNode {
				continue
			}
			_, scoped := hasAttr(k, "itemscope")
			props := strings.Fields(attr(k, "itemprop"))
			if len(props) > 0 {
				var v any
				if scoped {
					v = mdItem(k, depth+1)
				} else {
					v = mdValue(k)
				}
				for _, p := range props {
					mdAdd(m, p, v)
				}
			}
			if !scoped {
				walk(k, d+1)
			}
		}
	}
	walk(n, 0)
	return m
}

func hasAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// mdValue is an itemprop's value by the microdata rules.
func mdValue(n *html.Node) string {
	switch n.Data {
	case "meta":
		return attr(n, "content")
	case "time":
		if v, ok := hasAttr(n, "datetime"); ok {
			return v
		}
	case "data", "meter":
		if v, ok := hasAttr(n, "value"); ok {
			return v
		}
	case "a", "link", "area":
		return attr(n, "href")
	case "img", "audio", "video", "source", "iframe", "embed":
		return attr(n, "src")
	}
	if v, ok := hasAttr(n, "content"); ok {
		return v
	}
	return oneLine(flatText(n, false))
}

func mdAdd(m map[string]any, key string, v any) {
	switch old := m[key].(type) {
	case nil:
		m[key] = v
	case []any:
		m[key] = append(old, v)
	default:
		m[key] = []any{old, v}
	}
}
