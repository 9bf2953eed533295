package planner_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

var (
	nyc, _  = time.LoadLocation("America/New_York")
	slStart = time.Date(2026, 9, 28, 10, 0, 0, 0, nyc)
)

// twoPrograms is the base case: two programs alike in every way, Alpha
// and Beta, so that one signal given to Alpha alone decides their order.
type twoPrograms struct {
	t   planner.Targets
	m   *planner.Meeting
	log []planner.FollowUp
	opt planner.ShortlistOptions
}

func newTwo() *twoPrograms {
	return &twoPrograms{t: planner.Targets{Programs: []planner.Program{
		{Name: "Alpha University", State: "OH"},
		{Name: "Beta University", State: "OH"},
	}}}
}

func (s *twoPrograms) contact(name, role, inst, response, dateContacted string) *twoPrograms {
	s.t.People = append(s.t.People, planner.Contact{Row: len(s.t.People), Name: name, Role: role, Institution: inst, Response: response, DateContacted: dateContacted})
	return s
}

func (s *twoPrograms) item(id string, start time.Time, people ...planner.Person) *twoPrograms {
	if s.m == nil {
		s.m = &planner.Meeting{Name: "test", Zone: nyc}
	}
	s.m.Items = append(s.m.Items, planner.Item{ID: id, Kind: planner.KindTalk, Title: "Talk " + id, Room: "Room 1", Start: start, End: start.Add(30 * time.Minute), People: people})
	s.opt.Meeting = true
	return s
}

func (s *twoPrograms) met(name, inst, status string, kind planner.FollowUpKind) *twoPrograms {
	at := slStart.Add(-24 * time.Hour)
	s.log = append(s.log, planner.FollowUp{Encounter: planner.Encounter{Name: name, Institution: inst, At: at, Where: "ARRO reception"},
		Kind: kind, Status: status, WindowStart: at.Add(48 * time.Hour), Due: at.Add(72 * time.Hour)})
	s.opt.Log = true
	return s
}

func (s *twoPrograms) rank() (alpha, beta planner.ProgramStanding) {
	sl := planner.MakeShortlist(&s.t, s.m, s.log, s.opt)
	for _, r := range sl.Programs {
		switch r.Program.Name {
		case "Alpha University":
			alpha = r
		case "Beta University":
			beta = r
		}
	}
	return alpha, beta
}

// TestShortlistSignals gives Alpha one signal (or Alpha and Beta one
// each) and checks that it moves Alpha the way the scoring comment says.
func TestShortlistSignals(t *testing.T) {
	speaker := func(name, aff string) planner.Person {
		return planner.Person{Name: name, Role: planner.RoleSpeaker, Affiliations: []string{aff}}
	}
	author := func(name, aff string) planner.Person {
		return planner.Person{Name: name, Role: planner.RoleAuthor, Affiliations: []string{aff}}
	}
	tests := []struct {
		name  string
		setup func(s *twoPrograms)
		want  int // +1 Alpha above Beta, -1 below, 0 same score
	}{
		{"nothing: a tie", func(s *twoPrograms) {}, 0},
		{"priority 1 beats unset", func(s *twoPrograms) { s.t.Programs[0].Priority = 1 }, +1},
		{"priority 1 beats priority 2", func(s *twoPrograms) { s.t.Programs[0].Priority = 1; s.t.Programs[1].Priority = 2 }, +1},
		{"priority 3 beats unset", func(s *twoPrograms) { s.t.Programs[0].Priority = 3 }, +1},
		{"sponsors the visa needed", func(s *twoPrograms) { s.t.Programs[0].Visa = "J-1;H-1B"; s.opt.Visa = "J-1" }, +1},
		{"sponsors the other visa only", func(s *twoPrograms) { s.t.Programs[0].Visa = "H-1B"; s.opt.Visa = "J-1" }, -1},
		{"sponsors no visa", func(s *twoPrograms) { s.t.Programs[0].Visa = "none"; s.opt.Visa = "H-1B" }, -1},
		{"visa not needed: not scored", func(s *twoPrograms) { s.t.Programs[0].Visa = "none"; s.opt.Visa = "none" }, 0},
		{"no --visa: not scored", func(s *twoPrograms) { s.t.Programs[0].Visa = "J-1" }, 0},
		{"sponsors, which not said", func(s *twoPrograms) { s.t.Programs[0].Visa = "yes"; s.opt.Visa = "J-1" }, +1},
		{"exact visa beats an unspecified yes", func(s *twoPrograms) {
			s.t.Programs[0].Visa, s.t.Programs[1].Visa, s.opt.Visa = "J1", "Yes", "J-1"
		}, +1},
		{"IMG-friendly", func(s *twoPrograms) { s.t.Programs[0].IMGFriendly = "yes" }, +1},
		{"IMG-friendly, with a remark", func(s *twoPrograms) { s.t.Programs[0].IMGFriendly = "Yes (2 current IMG residents)" }, +1},
		{"an IMG cell not understood is not scored", func(s *twoPrograms) { s.t.Programs[0].IMGFriendly = "25% of residents" }, 0},
		{"a visa cell not understood is not scored", func(s *twoPrograms) { s.t.Programs[0].Visa = "ask GME office"; s.opt.Visa = "J-1" }, 0},
		{"both visas", func(s *twoPrograms) { s.t.Programs[0].Visa = "Both"; s.opt.Visa = "H-1B" }, +1},
		{"does not sponsor", func(s *twoPrograms) { s.t.Programs[0].Visa = "Does not sponsor"; s.opt.Visa = "J-1" }, -1},
		{"partly IMG-friendly beats unknown", func(s *twoPrograms) { s.t.Programs[0].IMGFriendly = "limited" }, +1},
		{"not IMG-friendly", func(s *twoPrograms) { s.t.Programs[0].IMGFriendly = "no" }, -1},
		{"in a preferred state", func(s *twoPrograms) { s.t.Programs[1].State = "TX"; s.opt.States = []string{"OH"} }, +1},
		{"a contact beats none", func(s *twoPrograms) { s.contact("Ana Silva", "Resident", "Alpha University", "", "") }, +1},
		{"a PD beats faculty", func(s *twoPrograms) {
			s.contact("Ana Silva", "Program Director", "Alpha University", "", "").contact("Bo Chen", "Faculty", "Beta University", "", "")
		}, +1},
		{"an APD beats faculty", func(s *twoPrograms) {
			s.contact("Ana Silva", "Associate Program Director", "Alpha University", "", "").contact("Bo Chen", "Faculty", "Beta University", "", "")
		}, +1},
		{"faculty beats a resident", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "", "").contact("Bo Chen", "Resident", "Beta University", "", "")
		}, +1},
		{"a PGY-2 is a resident: beats a physicist", func(s *twoPrograms) {
			s.contact("Ana Silva", "PGY-2", "Alpha University", "", "").contact("Bo Chen", "Physicist", "Beta University", "", "")
		}, +1},
		{"a resident beats a physicist", func(s *twoPrograms) {
			s.contact("Ana Silva", "PGY-3 Resident", "Alpha University", "", "").contact("Bo Chen", "Medical Physicist", "Beta University", "", "")
		}, +1},
		{"a physicist beats alumni", func(s *twoPrograms) {
			s.contact("Ana Silva", "Physicist", "Alpha University", "", "").contact("Bo Chen", "Alumni", "Beta University", "", "")
		}, +1},
		{"contacted, no answer beats not contacted", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "", "2026-07-01").contact("Bo Chen", "Faculty", "Beta University", "", "")
		}, +1},
		{"replied beats no answer", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "Replied: email again after the meeting", "2026-07-01").contact("Bo Chen", "Faculty", "Beta University", "No reply yet", "2026-07-01")
		}, +1},
		{"offered to meet beats replied", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "Replied – happy to meet at ASTRO", "2026-07-01").contact("Bo Chen", "Faculty", "Beta University", "Replied", "2026-07-01")
		}, +1},
		{"declined ranks below not contacted", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "Declined politely (schedule full)", "2026-07-01").contact("Bo Chen", "Faculty", "Beta University", "", "")
		}, -1},
		{"an encounter logged", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "", "").contact("Bo Chen", "Faculty", "Beta University", "", "")
			s.met("Ana Silva", "Alpha University", planner.StatusUpcoming, planner.FirstTouch)
		}, +1},
		{"an encounter with someone not in the map counts by institution", func(s *twoPrograms) {
			s.met("Carla Diaz", "Alpha University", planner.StatusUpcoming, planner.FirstTouch)
		}, +1},
		{"follow-up sent beats not yet sent", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "", "").contact("Bo Chen", "Faculty", "Beta University", "", "")
			s.met("Ana Silva", "Alpha University", planner.StatusUpcoming, planner.SecondTouch)
			s.met("Bo Chen", "Beta University", planner.StatusUpcoming, planner.FirstTouch)
		}, +1},
		{"follow-up answered beats sent", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "", "").contact("Bo Chen", "Faculty", "Beta University", "", "")
			s.met("Ana Silva", "Alpha University", planner.StatusAnswered, planner.FirstTouch)
			s.met("Bo Chen", "Beta University", planner.StatusUpcoming, planner.SecondTouch)
		}, +1},
		{"a follow-up overdue ranks below one not yet due", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "", "").contact("Bo Chen", "Faculty", "Beta University", "", "")
			s.met("Ana Silva", "Alpha University", planner.StatusOverdue, planner.FirstTouch)
			s.met("Bo Chen", "Beta University", planner.StatusUpcoming, planner.FirstTouch)
		}, -1},
		{"someone presenting", func(s *twoPrograms) {
			s.item("T1", slStart, speaker("Dan Moe", "Alpha University"))
		}, +1},
		{"on stage beats a co-author", func(s *twoPrograms) {
			s.item("T1", slStart, speaker("Dan Moe", "Alpha University"), author("Eve Poe", "Beta University"))
		}, +1},
		{"two people beat one", func(s *twoPrograms) {
			s.item("T1", slStart, speaker("Dan Moe", "Alpha University"), speaker("Eve Poe", "Beta University"))
			s.item("T2", slStart.Add(time.Hour), speaker("Fay Roe", "Alpha University"))
		}, +1},
		{"your contact presenting beats two strangers", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "", "").contact("Bo Chen", "Faculty", "Beta University", "", "")
			s.item("T1", slStart, speaker("Ana Silva", "Alpha University"), speaker("Eve Poe", "Beta University"))
			s.item("T2", slStart.Add(time.Hour), speaker("Fay Roe", "Beta University"))
		}, +1},
		{"strangers count up to a cap", func(s *twoPrograms) {
			var alpha, beta []planner.Person
			for i := range 8 {
				alpha = append(alpha, speaker(fmt.Sprintf("Dan Moe%c", 'a'+i), "Alpha University"))
			}
			for i := range 5 {
				beta = append(beta, speaker(fmt.Sprintf("Eve Poe%c", 'a'+i), "Beta University"))
			}
			s.item("T1", slStart, alpha...)
			s.item("T2", slStart.Add(time.Hour), beta...)
		}, 0},
		{"a contact printed two ways counts once", func(s *twoPrograms) {
			s.contact("Ana Silva", "Faculty", "Alpha University", "", "").contact("Bo Chen", "Faculty", "Beta University", "", "")
			s.item("T1", slStart, speaker("Ana Silva", "Alpha University"), speaker("Bo Chen", "Beta University"))
			s.item("T2", slStart.Add(time.Hour), speaker("A. Silva", "Alpha University"))
		}, 0},
		{"the same person twice counts once", func(s *twoPrograms) {
			s.item("T1", slStart, speaker("Dan Moe", "Alpha University"), speaker("Eve Poe", "Beta University"))
			s.item("T2", slStart.Add(time.Hour), speaker("Dan Moe", "Alpha University"))
		}, 0},
		{"an appearance already over counts for nothing", func(s *twoPrograms) {
			s.item("T1", slStart, speaker("Dan Moe", "Alpha University"))
			s.opt.Now = slStart.Add(time.Hour)
		}, 0},
		{"an appearance still to come counts", func(s *twoPrograms) {
			s.item("T1", slStart, speaker("Dan Moe", "Alpha University"))
			s.opt.Now = slStart.Add(-time.Hour)
		}, +1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTwo()
			tt.setup(s)
			a, b := s.rank()
			if a.Program.Name == "" || b.Program.Name == "" {
				t.Fatalf("a program is missing from the shortlist: %+v %+v", a, b)
			}
			got := 0
			switch {
			case a.Score > b.Score:
				got = +1
			case a.Score < b.Score:
				got = -1
			}
			if got != tt.want {
				t.Errorf("Alpha %d (%v) vs Beta %d (%v): got %+d, want %+d", a.Score, a.Why, b.Score, b.Why, got, tt.want)
			}
			if (got > 0) != (a.Rank < b.Rank) && got != 0 {
				t.Errorf("ranks %d, %d do not follow the scores %d, %d", a.Rank, b.Rank, a.Score, b.Score)
			}
			if a.Score != a.Fit+a.People+a.Here {
				t.Errorf("score %d is not fit %d + people %d + here %d", a.Score, a.Fit, a.People, a.Here)
			}
		})
	}
}

func TestShortlistTiesAndDeterminism(t *testing.T) {
	s := newTwo()
	s.t.Programs = append(s.t.Programs, planner.Program{Name: "Aardvark University", Priority: 2}, planner.Program{Name: "Zeta University", Priority: 2})
	s.t.Programs[0].Priority = 0
	var first []string
	for run := 0; run < 5; run++ {
		sl := planner.MakeShortlist(&s.t, nil, nil, s.opt)
		var names []string
		for _, r := range sl.Programs {
			names = append(names, r.Program.Name)
		}
		if run == 0 {
			first = names
			continue
		}
		if strings.Join(names, "|") != strings.Join(first, "|") {
			t.Fatalf("order changed between runs: %v, then %v", first, names)
		}
	}
	want := "Aardvark University|Zeta University|Alpha University|Beta University"
	if got := strings.Join(first, "|"); got != want {
		t.Errorf("order = %s, want %s (score, then priority, then name)", got, want)
	}
}

func TestShortlistHonesty(t *testing.T) {
	s := newTwo()
	sl := planner.MakeShortlist(&s.t, nil, nil, s.opt)
	joined := strings.Join(sl.Notes, "\n")
	for _, want := range []string{"no visa sponsorship", "no IMG-friendliness", "no presence signal", "no encounter log"} {
		if !strings.Contains(joined, want) {
			t.Errorf("notes lack %q:\n%s", want, joined)
		}
	}
	for _, r := range sl.Programs {
		if !r.NoData {
			t.Errorf("%s: NoData is false with nothing in the files", r.Program.Name)
		}
		if r.Here != 0 {
			t.Errorf("%s: presence %d without program files", r.Program.Name, r.Here)
		}
		if !strings.Contains(strings.Join(r.Why, "; "), "no contacts or encounters") {
			t.Errorf("%s: why %q does not say there is no data", r.Program.Name, r.Why)
		}
	}
	// A visa column present once is not "missing".
	s.t.Programs[0].Visa = "J-1"
	s.opt.Visa = "J-1"
	sl = planner.MakeShortlist(&s.t, nil, nil, s.opt)
	if strings.Contains(strings.Join(sl.Notes, "\n"), "no visa sponsorship") {
		t.Errorf("notes say the visa column is missing: %v", sl.Notes)
	}
	for _, r := range sl.Programs {
		if r.Program.Name == "Beta University" && !strings.Contains(strings.Join(r.Why, "; "), "visa sponsorship unknown") {
			t.Errorf("Beta: why %q does not say its visa is unknown", r.Why)
		}
	}
}

func TestShortlistOddCells(t *testing.T) {
	s := newTwo()
	s.t.Programs[0].Visa, s.t.Programs[0].IMGFriendly = "ask GME office", "25% of residents"
	s.opt.Visa = "J-1"
	a, _ := s.rank()
	why := strings.Join(a.Why, "; ")
	for _, want := range []string{`visa "ask GME office" not understood: not scored`, `IMG friendly "25% of residents" not understood: not scored`} {
		if !strings.Contains(why, want) {
			t.Errorf("why %q lacks %q", why, want)
		}
	}
}

func TestShortlistAll(t *testing.T) {
	s := newTwo()
	s.contact("Ana Silva", "Resident", "MD Anderson", "", "")
	s.item("T1", slStart, planner.Person{Name: "Dan Moe", Role: planner.RoleSpeaker, Affiliations: []string{"Department of Radiation Oncology, Duke University, Durham, NC"}})
	s.opt.All = true
	sl := planner.MakeShortlist(&s.t, s.m, nil, s.opt)
	got := map[string]bool{}
	for _, r := range sl.Programs {
		got[r.Program.Name] = r.Listed
	}
	for _, name := range []string{"Alpha University", "Beta University", "The University of Texas MD Anderson Cancer Center", "Duke University"} {
		if _, ok := got[name]; !ok {
			t.Errorf("--all lacks %s; has %v", name, got)
		}
	}
	if got["Duke University"] {
		t.Error("Duke University is marked as on the user's list")
	}
	if _, ok := got["Stanford University"]; ok {
		t.Error("--all lists Stanford, which is in neither the map nor the meeting")
	}
}

func TestShortlistNextAndIntroducers(t *testing.T) {
	s := newTwo()
	s.t.People = []planner.Contact{
		{Name: "Ana Silva", Role: "Program Director", Institution: "Alpha University", Email: "ana@alpha.example", Response: "Replied", DateContacted: "2026-07-01", NextStep: "Ask for a letter of advice"},
		{Name: "Gil Ortiz", Role: "Faculty", Institution: "Gamma Institute"},
	}
	s.item("P7", slStart, planner.Person{Name: "Dan Moe", Role: planner.RolePresentingAuthor, Affiliations: []string{"Beta University"}},
		planner.Person{Name: "Gil Ortiz", Role: planner.RoleAuthor, Affiliations: []string{"Gamma Institute"}})
	s.opt.Now = slStart.Add(-time.Hour)
	a, b := s.rank()
	if want := "Ana Silva: ask for a letter of advice (ana@alpha.example)"; a.Next != want {
		t.Errorf("Alpha next = %q, want %q", a.Next, want)
	}
	if !strings.HasPrefix(b.Next, "introduce yourself to Dan Moe (presenting author, talk Talk P7, Mon 28 Sep 10:00") {
		t.Errorf("Beta next = %q", b.Next)
	}
	if len(b.Introducers) != 1 || !strings.HasPrefix(b.Introducers[0], "Gil Ortiz (co-author with Dan Moe") {
		t.Errorf("Beta introducers = %q", b.Introducers)
	}

	// A co-author of the user's at the program is one too.
	s.t.People = append(s.t.People, planner.Contact{Name: "Hal Ito", Role: "Faculty", Institution: "Beta University", Notes: "Co-author on my 2025 abstract"})
	_, b = s.rank()
	if len(b.Introducers) != 2 || b.Introducers[0] != "Hal Ito (your co-author, there)" {
		t.Errorf("Beta introducers with a co-author there = %q", b.Introducers)
	}

	// Alumni of the user's school, mentors, and links the notes record.
	s.t.People = append(s.t.People,
		planner.Contact{Name: "Ida Sá", Role: "Faculty", Institution: "Beta University", HowFound: "University of Lagos alumni network"},
		planner.Contact{Name: "Jo Kim", Role: "Mentor", Institution: "Beta University"},
	)
	s.opt.School = "University of Lagos"
	_, b = s.rank()
	want := []string{"Hal Ito (your co-author, there)", "Ida Sá (alumni of University of Lagos, there)", "Jo Kim (mentor, there)"}
	if strings.Join(b.Introducers, "|") != strings.Join(want, "|") {
		t.Errorf("Beta introducers = %q, want %q", b.Introducers, want)
	}
	s.t.People = s.t.People[:len(s.t.People)-2]
	s.t.People = append(s.t.People, planner.Contact{Name: "Kai Lee", Role: "Resident", Institution: "Beta University", Notes: "Knows my mentor, Dr. Okafor; very kind"})
	_, b = s.rank()
	if !strings.Contains(strings.Join(b.Introducers, "|"), `the person your notes on Kai Lee name: "Knows my mentor, Dr. Okafor"`) {
		t.Errorf("Beta introducers lack the noted link: %q", b.Introducers)
	}
	if strings.Contains(strings.Join(b.Introducers, "|"), "Kai Lee (mentor") {
		t.Errorf("someone who knows the user's mentor is taken for the mentor: %q", b.Introducers)
	}

	// An overdue follow-up comes first.
	s.met("Ana Silva", "Alpha University", planner.StatusOverdue, planner.FirstTouch)
	a, _ = s.rank()
	if !strings.HasPrefix(a.Next, "send the overdue follow-up to Ana Silva (ana@alpha.example)") {
		t.Errorf("Alpha next with an overdue follow-up = %q", a.Next)
	}
	// And an overdue second touch says so.
	s.log[len(s.log)-1].Kind = planner.SecondTouch
	a, _ = s.rank()
	if !strings.HasPrefix(a.Next, "send the overdue second follow-up to Ana Silva") || !strings.Contains(strings.Join(a.Why, "; "), "second touch overdue") {
		t.Errorf("Alpha with an overdue second touch: next %q, why %q", a.Next, a.Why)
	}
}

func TestWeigh(t *testing.T) {
	tests := []struct {
		name       string
		people     []planner.Contact
		log        []string // names met, follow-up answered
		wantProg   int
		wantPeople []int
	}{
		{"nothing", []planner.Contact{{Name: "Ana Silva", Role: "Resident", Institution: "Alpha University"}}, nil, 100, []int{100}},
		{"a replied PD and no resident: the residents count 1.5×", []planner.Contact{
			{Name: "Ana Silva", Role: "Program Director", Institution: "Alpha University", Response: "Replied"},
			{Name: "Bo Chen", Role: "Resident", Institution: "Alpha University"},
		}, nil, 150, []int{100, 150}},
		{"a resident met, no PD yet: the PD counts 1.5×", []planner.Contact{
			{Name: "Ana Silva", Role: "Program Director", Institution: "Alpha University"},
			{Name: "Bo Chen", Role: "Resident", Institution: "Alpha University"},
		}, []string{"Bo Chen"}, 150, []int{150, 100}},
		{"covered: half", []planner.Contact{
			{Name: "Ana Silva", Role: "Associate Program Director", Institution: "Alpha University", Response: "Happy to meet"},
			{Name: "Bo Chen", Role: "Resident", Institution: "Alpha University"},
		}, []string{"Bo Chen"}, 50, []int{50, 50}},
		{"a declined PD is no foothold", []planner.Contact{
			{Name: "Ana Silva", Role: "Program Director", Institution: "Alpha University", Response: "Declined"},
		}, nil, 100, []int{100}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tg := &planner.Targets{People: tt.people, Programs: []planner.Program{{Name: "Alpha University"}}}
			var log []planner.FollowUp
			for _, n := range tt.log {
				log = append(log, planner.FollowUp{Encounter: planner.Encounter{Name: n, At: slStart}, Status: planner.StatusAnswered})
			}
			planner.Weigh(tg, planner.MakeShortlist(tg, nil, log, planner.ShortlistOptions{}))
			if got := tg.Programs[0].Weight; got != tt.wantProg {
				t.Errorf("program weight = %d, want %d", got, tt.wantProg)
			}
			for i, w := range tt.wantPeople {
				if got := tg.People[i].Weight; got != w {
					t.Errorf("%s weight = %d, want %d", tg.People[i].Name, got, w)
				}
			}
		})
	}
}

// TestWeighedPlan: two residents speak at the same time, one from a
// program where the PD replied and no resident is known yet (a foothold),
// one from a program already covered. Unweighed they tie and the plan
// takes the earlier ID; weighed by the shortlist, it takes the resident
// whose program one more encounter changes the most — still the exact
// optimum of the weights.
func TestWeighedPlan(t *testing.T) {
	tg := &planner.Targets{
		People: []planner.Contact{
			{Name: "Ana Silva", Role: "Program Director", Institution: "Alpha University", Response: "Replied", Priority: 1},
			{Name: "Bo Chen", Role: "Resident", Institution: "Alpha University", Priority: 1},
			{Name: "Cy Park", Role: "Program Director", Institution: "Beta University", Response: "Replied", Priority: 1},
			{Name: "Di Lund", Role: "Resident", Institution: "Beta University", Response: "Happy to meet", Priority: 1},
		},
		Programs: []planner.Program{{Name: "Alpha University", Priority: 1}, {Name: "Beta University", Priority: 1}},
	}
	m := &planner.Meeting{Name: "test", Zone: nyc, Items: []planner.Item{
		{ID: "A1", Kind: planner.KindTalk, Title: "Covered", Room: "Room 1", Start: slStart, End: slStart.Add(30 * time.Minute),
			People: []planner.Person{{Name: "Di Lund", Role: planner.RoleSpeaker, Affiliations: []string{"Beta University"}}}},
		{ID: "B1", Kind: planner.KindTalk, Title: "Foothold", Room: "Room 2", Start: slStart, End: slStart.Add(30 * time.Minute),
			People: []planner.Person{{Name: "Bo Chen", Role: planner.RoleSpeaker, Affiliations: []string{"Alpha University"}}}},
	}}
	planned := func(tg *planner.Targets) (string, int) {
		t.Helper()
		matches := planner.NewMatcher(tg, planner.MatchOptions{}).Match(m.Items)
		p, err := planner.MakePlan(m, tg, matches, planner.PlanOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Days) != 1 || len(p.Days[0].Stops) != 1 {
			t.Fatalf("want one stop, got %+v", p.Days)
		}
		return p.Days[0].Stops[0].Title, p.Days[0].Value
	}
	if got, _ := planned(tg); got != "Covered" {
		t.Fatalf("unweighed plan chose %q; the tie should go to the earlier ID", got)
	}
	planner.Weigh(tg, planner.MakeShortlist(tg, m, nil, planner.ShortlistOptions{Meeting: true}))
	got, value := planned(tg)
	if got != "Foothold" {
		t.Errorf("weighed plan chose %q, want the foothold program's resident", got)
	}
	// 100 points × resident 1 × speaker 3 + the program's 100 × 3, ×1.5 each.
	if want := (300 + 300) * 3 / 2; value != want {
		t.Errorf("value = %d, want %d", value, want)
	}
}

func TestClassifyResponse(t *testing.T) {
	tests := []struct {
		text      string
		contacted bool
		want      planner.Response
	}{
		{"", false, planner.RespNotContacted},
		{"", true, planner.RespNoAnswer},
		{"No reply yet", true, planner.RespNoAnswer},
		{"Replied: email again after the meeting", true, planner.RespReplied},
		{"Replied – happy to meet at ASTRO", true, planner.RespOffered},
		{"Happy to talk in October", true, planner.RespOffered},
		{"Declined politely (schedule full)", true, planner.RespDeclined},
		{"Not interested", true, planner.RespDeclined},
		{"Yes, sent CV", true, planner.RespReplied},
		{"No", true, planner.RespNoAnswer},
		{"Out of office until Oct 5", true, planner.RespNoAnswer},
		{"Replied 9/12: open to an observership in spring", true, planner.RespOffered},
		{"Interview invite for November", true, planner.RespOffered},
	}
	for _, tt := range tests {
		if got := planner.ClassifyResponse(tt.text, tt.contacted); got != tt.want {
			t.Errorf("ClassifyResponse(%q, %v) = %q, want %q", tt.text, tt.contacted, got, tt.want)
		}
	}
}

func TestParseVisaNeed(t *testing.T) {
	for in, want := range map[string]string{"J-1": "J-1", "j1": "J-1", "H-1B": "H-1B", "h1b": "H-1B", "none": "none", "": ""} {
		got, ok := planner.ParseVisaNeed(in)
		if !ok || got != want {
			t.Errorf("ParseVisaNeed(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := planner.ParseVisaNeed("F-1"); ok {
		t.Error("ParseVisaNeed accepts F-1")
	}
}
