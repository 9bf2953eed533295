package synth

import (
	"maps"
	"strings"
	"testing"

	"github.com/confplan/confplan/planner"
)

func TestClockText(t *testing.T) {
	for _, tc := range []struct {
		min  int
		want string
	}{
		{0, "12:00 AM"}, {7 * 60, "7:00 AM"}, {12 * 60, "12:00 PM"}, {12*60 + 45, "12:45 PM"}, {18*60 + 30, "6:30 PM"},
	} {
		if got := clockText(tc.min); got != tc.want {
			t.Errorf("clockText(%d) = %q, want %q", tc.min, got, tc.want)
		}
	}
}

func TestInitials(t *testing.T) {
	for _, tc := range []struct {
		p             person
		dots, compact string
	}{
		{person{First: "Jennifer", Middle: "A"}, "J. A.", "JA"},
		{person{First: "Sang-Hoon"}, "S.-H.", "SH"},
		{person{First: "Sang-Hoon", Middle: "J"}, "S.-H. J.", "SHJ"},
		{person{First: "Łukasz"}, "Ł.", "Ł"},
	} {
		if got := initials(tc.p, false); got != tc.dots {
			t.Errorf("initials(%q %q) = %q, want %q", tc.p.First, tc.p.Middle, got, tc.dots)
		}
		if got := initials(tc.p, true); got != tc.compact {
			t.Errorf("compact initials(%q %q) = %q, want %q", tc.p.First, tc.p.Middle, got, tc.compact)
		}
	}
}

func TestAuthorBlock(t *testing.T) {
	a := mention{Block: "J. A. Smith", Affs: []string{"Duke University, Durham, NC"}}
	b := mention{Block: "M. Nguyen", Affs: []string{"UCLA Health, Los Angeles, CA", "Duke University, Durham, NC"}}
	c := mention{Block: "R. O'Brien", Affs: []string{"Duke University, Durham, NC"}}
	for _, tc := range []struct {
		name string
		ps   []mention
		sup  bool
		want string
	}{
		{"one", []mention{a}, false, "J. A. Smith1; 1Duke University, Durham, NC"},
		{"two", []mention{a, b}, false, "J. A. Smith1 and M. Nguyen2,1; 1Duke University, Durham, NC, 2UCLA Health, Los Angeles, CA"},
		{"three", []mention{b, a, c}, false, "M. Nguyen1,2, J. A. Smith2, and R. O'Brien2; 1UCLA Health, Los Angeles, CA, 2Duke University, Durham, NC"},
		{"html", []mention{a, c}, true, "J. A. Smith<sup>1</sup> and R. O&#39;Brien<sup>1</sup>; <sup>1</sup>Duke University, Durham, NC"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := authorBlock(tc.ps, tc.sup); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestLookalikes checks the traps matching must avoid: people who share
// a network person's surname and first initial are at another
// institution, and there are some.
func TestLookalikes(t *testing.T) {
	m := build(ASTRO())
	net := make(map[string]person)
	for _, p := range m.people {
		if p.Net >= 0 {
			net[nameKey(p)] = p
		}
	}
	n := 0
	for _, p := range m.people {
		q, ok := net[nameKey(p)]
		if p.Net >= 0 || !ok {
			continue
		}
		n++
		if p.Inst == q.Inst || p.Inst2 == q.Inst {
			t.Errorf("%s %s at %s shares name key and institution with network person %s %s",
				p.First, p.Last, m.insts[p.Inst].Name, q.First, q.Last)
		}
	}
	if n < 30 {
		t.Errorf("%d lookalikes of network people, want 30 or more", n)
	}
}

// TestNetworkPeopleOnStage checks that network people appear in every
// role, so matching and planning have every kind of work to do.
func TestNetworkPeopleOnStage(t *testing.T) {
	m := build(ASTRO())
	roles := make(map[planner.Kind]map[planner.Role]int)
	for _, it := range m.items {
		for _, mt := range it.People {
			if m.people[mt.P].Net < 0 {
				continue
			}
			if roles[it.Kind] == nil {
				roles[it.Kind] = make(map[planner.Role]int)
			}
			roles[it.Kind][mt.Role]++
		}
	}
	for _, want := range []struct {
		kind planner.Kind
		role planner.Role
	}{
		{planner.KindSession, planner.RoleSpeaker}, {planner.KindSession, planner.RoleModerator}, {planner.KindSession, planner.RolePanelist},
		{planner.KindTalk, planner.RolePresentingAuthor}, {planner.KindPoster, planner.RolePresentingAuthor},
		{planner.KindPoster, planner.RoleAuthor}, {planner.KindEvent, planner.RoleSpeaker},
	} {
		if roles[want.kind][want.role] == 0 {
			t.Errorf("no network person is a %s in a %s", want.role, want.kind)
		}
	}
}

// TestTruthIsPrinted checks that every program pair in the truth rests on
// an affiliation the item really prints.
func TestTruthIsPrinted(t *testing.T) {
	m := build(Demo())
	d := m.domain()
	idx := d.Meeting.Index()
	forms := make(map[string][]string) // program name → printed forms
	for _, p := range m.programs {
		in := m.insts[p.Inst]
		forms[in.Name] = append([]string{in.Name}, in.Printed...)
	}
	for _, e := range d.Truth {
		if e.TargetType != planner.TargetProgram {
			continue
		}
		it := d.Meeting.Items[idx[e.ItemID]]
		found := false
		for _, p := range it.People {
			for _, a := range p.Affiliations {
				for _, f := range forms[e.Target] {
					found = found || strings.Contains(a, f)
				}
			}
		}
		if !found {
			t.Errorf("truth puts %s in %s %q, but no affiliation there names it", e.Target, it.Kind, it.Title)
		}
	}
}

// TestSurnames: Config.Surnames draws from that many distinct surnames,
// the built-in pool first, then variants in the pool's forms; 0 leaves
// the pool (and so every file) as it was.
func TestSurnames(t *testing.T) {
	if p := surnamePool(0); len(p) != len(surnames) {
		t.Errorf("surnamePool(0) has %d surnames, want the pool's %d", len(p), len(surnames))
	}
	most := len(surnames) * (1 + len(surnameTails))
	p := surnamePool(most + 10)
	if len(p) != most {
		t.Errorf("surnamePool(%d) has %d surnames, want at most %d", most+10, len(p), most)
	}
	seen := make(map[string]bool)
	for _, s := range p {
		if seen[s] {
			t.Errorf("surname %q twice", s)
		}
		seen[s] = true
	}
	// Each round of variants has the pool's forms, as many of each.
	forms := func(list []string) map[string]int {
		n := make(map[string]int)
		for _, s := range list {
			for _, f := range []struct {
				name string
				has  bool
			}{{"two words", strings.Contains(s, " ")}, {"hyphen", strings.Contains(s, "-")}, {"apostrophe", strings.Contains(s, "'")},
				{"lower-case particle", s[0] >= 'a' && s[0] <= 'z'}, {"diacritic", strings.ContainsFunc(s, func(r rune) bool { return r > 0x7f })}} {
				if f.has {
					n[f.name]++
				}
			}
		}
		return n
	}
	want := forms(surnames)
	for q := 1; q*len(surnames) < len(p); q++ {
		if got := forms(p[q*len(surnames) : (q+1)*len(surnames)]); !maps.Equal(got, want) {
			t.Errorf("round %d of variants has forms %v, want the pool's %v", q, got, want)
		}
	}
	cfg := ASTRO()
	cfg.Surnames = 1000
	m := build(cfg)
	used := make(map[string]bool)
	for _, q := range m.people {
		used[q.Last] = true
	}
	if len(used) <= len(surnames) || len(used) > cfg.Surnames {
		t.Errorf("Surnames 1000: people have %d distinct surnames, want more than %d and at most 1000", len(used), len(surnames))
	}
}
