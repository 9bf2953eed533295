package planner_test

import (
	"slices"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

var contacts = []planner.Contact{
	{Name: "Dr. Jane Doe", Institution: "Emory University"},
	{Name: "Smith, Jennifer", Institution: "University of California, San Francisco"},
	{Name: "Jennifer Smith", Institution: "Duke University"},
	{Name: "Dr. José García-López", Institution: "Hospital Universitario La Paz"},
	{Name: "van der Berg, Pieter", Institution: "Erasmus MC"},
}

func TestFindContact(t *testing.T) {
	tests := []struct {
		name, typed, inst string
		hits, near        []int
	}{
		{"as written", "Dr. Jane Doe", "", []int{0}, nil},
		{"without title", "Jane Doe", "", []int{0}, nil},
		{"surname first", "Doe, Jane", "", []int{0}, nil},
		{"with degrees", "Jane Doe, MD, PhD", "", []int{0}, nil},
		{"without accents", "Jose Garcia-Lopez", "", []int{3}, nil},
		{"two namesakes", "Jennifer Smith", "", []int{1, 2}, nil},
		{"namesake told apart", "Jennifer Smith", "Duke University", []int{2}, nil},
		{"another institution", "Jane Doe", "Mayo Clinic", nil, []int{0}},
		{"a stranger", "Amara Okonkwo", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, near := planner.FindContact(contacts, tt.typed, tt.inst)
			slices.Sort(hits)
			if !slices.Equal(hits, tt.hits) || !slices.Equal(near, tt.near) {
				t.Errorf("FindContact(%q, %q) = %v, %v; want %v, %v", tt.typed, tt.inst, hits, near, tt.hits, tt.near)
			}
		})
	}
}

// TestByWords: a part of a name, typed without accents, titles or case,
// finds the people who have it.
func TestByWords(t *testing.T) {
	tests := []struct {
		typed string
		want  []int
	}{
		{"garcia", []int{3}},
		{"Garcia-Lopez", []int{3}},
		{"jose garcia lopez", []int{3}},
		{"Dr. García", []int{3}},
		{"smith", []int{1, 2}},
		{"Jennifer Smith, MD", []int{1, 2}},
		{"Berg", []int{4}},
		{"Patel", nil},
		{"Dr.", nil},
	}
	for _, tt := range tests {
		if got := planner.ByWords(contacts, tt.typed); !slices.Equal(got, tt.want) {
			t.Errorf("ByWords(%q) = %v, want %v", tt.typed, got, tt.want)
		}
	}
}

func TestFullName(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Jane Doe", true}, {"Dr. Patel, MD", false}, {"Patel", false}, {"Prof. Li Wei", true},
		{"Zhang, PhD", false}, {"Amara Okonkwo Jr.", true}, {"Dr. Do", false}, {"John Do", true},
	} {
		if got := planner.FullName(tt.name); got != tt.want {
			t.Errorf("FullName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSimilar(t *testing.T) {
	if got := planner.Similar(contacts, "Jennifer Smtih"); !slices.Equal(got, []int{1, 2}) {
		t.Errorf("Similar(Smtih) = %v", got)
	}
	if got := planner.Similar(contacts, "Amara Okonkwo"); got != nil {
		t.Errorf("Similar(stranger) = %v", got)
	}
}

func TestMarkDone(t *testing.T) {
	at := time.Date(2025, 10, 1, 9, 0, 0, 0, time.UTC)
	th := func(stages ...string) []planner.Thread {
		var out []planner.Thread
		for _, s := range stages {
			out = append(out, planner.Thread{Stage: s})
		}
		return out
	}
	tests := []struct {
		name      string
		threads   []planner.Thread
		response  string
		wantIdx   []int
		wantMark  planner.Mark
		wantStage []string
	}{
		{"first email sent", th("open"), "", []int{0}, planner.MarkedSent, []string{"sent"}},
		{"two encounters, one email", th("open", "open"), "", []int{0, 1}, planner.MarkedSent, []string{"sent", "sent"}},
		{"second touch", th("sent"), "", []int{0}, planner.MarkedSecondSent, []string{"second sent"}},
		{"open before sent", th("sent", "open"), "", []int{1}, planner.MarkedSent, []string{"sent", "sent"}},
		{"nothing left", th("second sent", "answered"), "", nil, planner.MarkedNothing, []string{"second sent", "answered"}},
		{"answer closes all", th("open", "sent", "second sent"), "yes", []int{0, 1, 2}, planner.MarkedAnswered, []string{"answered", "answered", "answered"}},
		{"already answered", th("answered"), "again", nil, planner.MarkedNothing, []string{"answered"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx, mark := planner.MarkDone(tt.threads, at, tt.response, "map said")
			if !slices.Equal(idx, tt.wantIdx) || mark != tt.wantMark {
				t.Errorf("MarkDone = %v, %v; want %v, %v", idx, mark, tt.wantIdx, tt.wantMark)
			}
			for i, th := range tt.threads {
				if th.Stage != tt.wantStage[i] {
					t.Errorf("thread %d: %s, want %s", i, th.Stage, tt.wantStage[i])
				}
				if mark == planner.MarkedSent && slices.Contains(idx, i) && (!th.SentAt.Equal(at) || th.PriorResponse != "map said") {
					t.Errorf("thread %d: sent at %v prior %q", i, th.SentAt, th.PriorResponse)
				}
			}
		})
	}
}

func TestThreadFollowUp(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	met := time.Date(2025, 9, 28, 14, 30, 0, 0, ny)
	sent := time.Date(2025, 10, 1, 9, 0, 0, 0, ny)
	base := planner.Thread{Encounter: planner.Encounter{Name: "Jane Doe", At: met}, WindowStart: met.Add(48 * time.Hour), Due: met.Add(72 * time.Hour)}
	with := func(stage string, sentAt time.Time, resp, prior string) planner.Thread {
		t := base
		t.Stage, t.SentAt, t.Response, t.PriorResponse = stage, sentAt, resp, prior
		return t
	}
	tests := []struct {
		name        string
		th          planner.Thread
		now         time.Time
		mapResponse string
		all         bool
		ok          bool
		kind        planner.FollowUpKind
		status      string
	}{
		{"open, upcoming", with("open", time.Time{}, "", ""), met.Add(time.Hour), "", false, true, planner.FirstTouch, planner.StatusUpcoming},
		{"open, due", with("open", time.Time{}, "", ""), met.Add(50 * time.Hour), "", false, true, planner.FirstTouch, planner.StatusDue},
		{"open, overdue", with("open", time.Time{}, "", ""), met.Add(73 * time.Hour), "", false, true, planner.FirstTouch, planner.StatusOverdue},
		{"sent, second touch due", with("sent", sent, "", ""), sent.AddDate(0, 0, 8), "", false, true, planner.SecondTouch, planner.StatusDue},
		{"sent, answered in the map", with("sent", sent, "", ""), sent.AddDate(0, 0, 8), "Yes, come visit", false, false, "", ""},
		{"sent, map unchanged since", with("sent", sent, "", "old note"), sent.AddDate(0, 0, 8), "old note", false, true, planner.SecondTouch, planner.StatusDue},
		{"second sent", with("second sent", sent, "", ""), sent.AddDate(0, 0, 20), "", false, false, "", ""},
		{"second sent, all", with("second sent", sent, "", ""), sent.AddDate(0, 0, 20), "", true, true, planner.SecondTouch, planner.StatusSent},
		{"answered, all", with("answered", sent, "Sure", ""), sent, "", true, true, planner.SecondTouch, planner.StatusAnswered},
		{"answered open, all", with("answered", time.Time{}, "Sure", ""), sent, "", true, true, planner.FirstTouch, planner.StatusAnswered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := tt.th.FollowUp(ny, tt.now, tt.mapResponse, true, tt.all)
			if ok != tt.ok || f.Kind != tt.kind || f.Status != tt.status {
				t.Errorf("FollowUp = %v %s %s, want %v %s %s", ok, f.Kind, f.Status, tt.ok, tt.kind, tt.status)
			}
		})
	}
}

func TestNextStep(t *testing.T) {
	at := time.Date(2025, 10, 1, 9, 0, 0, 0, time.UTC)
	f := planner.FollowUp{WindowStart: at.AddDate(0, 0, 7), Due: at.AddDate(0, 0, 14)}
	for _, tt := range []struct {
		m    planner.Mark
		want string
	}{
		{planner.MarkedNothing, "Follow up by 10/15/2025"},
		{planner.MarkedSent, "Second touch 10/8/2025 to 10/15/2025 if no reply"},
		{planner.MarkedSecondSent, "Second touch sent 10/1/2025; wait for a reply"},
		{planner.MarkedAnswered, "Answered 10/1/2025: decide the next step"},
	} {
		if got := planner.NextStep(tt.m, f, at, "1/2/2006"); got != tt.want {
			t.Errorf("NextStep(%v) = %q, want %q", tt.m, got, tt.want)
		}
	}
}

func TestIdentify(t *testing.T) {
	more := append(append([]planner.Contact(nil), contacts...), planner.Contact{Name: "Priya Patel", Institution: "Mayo Clinic"})
	tests := []struct {
		name, typed, inst string
		isNew             bool
		outcome           planner.Outcome
		index             int
		candidates        []int
	}{
		{"found", "Jane Doe", "", false, planner.Found, 0, nil},
		{"found by institution", "Jennifer Smith", "Duke University", false, planner.Found, 2, nil},
		{"two namesakes", "Jennifer Smith", "", false, planner.Ambiguous, -1, []int{1, 2}},
		{"moved institution", "Jane Doe", "Mayo Clinic", false, planner.NotClear, -1, []int{0}},
		{"surname only", "Patel", "", false, planner.NotFullName, -1, []int{5}},
		{"title and surname", "Dr. Patel, MD", "", false, planner.NotFullName, -1, []int{5}},
		{"a typo", "Jennifer Smtih", "", false, planner.LooksLikeTypo, -1, []int{1, 2}},
		{"a stranger", "Amara Okonkwo", "Duke University", false, planner.NewPerson, -1, nil},
		{"new on request", "Patel", "", true, planner.NewPerson, -1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := planner.Identify(more, tt.typed, tt.inst, tt.isNew)
			slices.Sort(got.Candidates)
			if got.Outcome != tt.outcome || got.Index != tt.index || !slices.Equal(got.Candidates, tt.candidates) {
				t.Errorf("Identify(%q, %q) = %+v, want %v %d %v", tt.typed, tt.inst, got, tt.outcome, tt.index, tt.candidates)
			}
		})
	}
}

func TestFindMet(t *testing.T) {
	for _, tt := range []struct {
		typed, inst string
		want        []int
	}{
		{"Jane Doe", "", []int{0}},
		{"Doe", "", []int{0}},
		{"garcia", "", []int{3}},
		{"Smith", "", []int{1, 2}},
		{"Jennifer Smith", "Duke University", []int{2}},
		{"Jane Doe", "Mayo Clinic", []int{0}},
		{"Okonkwo", "", nil},
	} {
		got := planner.FindMet(contacts, tt.typed, tt.inst)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindMet(%q, %q) = %v, want %v", tt.typed, tt.inst, got, tt.want)
		}
	}
}
