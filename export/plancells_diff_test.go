package export

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/confplan/confplan/planner"
)

// oldWhoCell and oldWhyCell are whoCell and whyCell as they were before
// they wrote their lines into one builder (a string per part, joined;
// fmt for the counts); TestPlanCellsDiff compares them.
func oldWhoCell(s *planner.Stop, nm *names) string {
	if len(s.Points) == 0 && len(s.Items) > 0 {
		switch {
		case planner.ApplicantEvent(&s.Items[0]):
			return "program directors and residents meeting applicants"
		case planner.TraineeEvent(&s.Items[0]):
			return "residents and mentors"
		}
	}
	var out []string
	for i, p := range s.Points {
		if i == 4 {
			out = append(out, fmt.Sprintf("+%d more", len(s.Points)-4))
			break
		}
		if p.TargetType == planner.TargetProgram {
			who := p.Who
			if who == "" {
				who = "someone"
			}
			out = append(out, who+" ("+p.Program+")")
			continue
		}
		role := p.Role
		if role == "" {
			role = "contact"
		}
		out = append(out, nm.Display(p.Target)+" ("+role+")")
	}
	return strings.Join(out, "\n")
}

// whyCell is the stop's value and its strongest reasons in short.
func oldWhyCell(s *planner.Stop) string {
	var parts []string
	for i, c := range s.Credits {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("+%d more", len(s.Credits)-3))
			break
		}
		what := "program"
		if c.Match.TargetType == planner.TargetPerson {
			what = "contact"
		}
		part := string(c.Match.Role)
		if part == "" {
			part = "listed"
		}
		parts = append(parts, fmt.Sprintf("%s %s, %s", prioText(c.Priority), what, part))
	}
	for _, w := range s.Why {
		if strings.HasPrefix(w, "networking") || strings.HasPrefix(w, "applicant event") || strings.HasPrefix(w, "trainee event") || strings.HasPrefix(w, "interest") {
			parts = append(parts, strings.SplitN(w, ":", 2)[0])
		}
	}
	return strconv.Itoa(s.Value) + ": " + strings.Join(parts, "; ")
}

func randomCellStop(r *rand.Rand) *planner.Stop {
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	s := &planner.Stop{Value: r.IntN(500) - 20}
	for n := r.IntN(7); n > 0; n-- {
		p := planner.TalkingPoint{TargetType: planner.TargetPerson, Target: pick("Ana De La Cruz", "Smith, John A., MD", "", "Zoë Fernández, DO"),
			Who: pick("", "A. De La Cruz", "J Smith"), Program: pick("", "University of Miami", "Mayo Clinic"), Role: pick("", "Resident", "Program Director")}
		if r.IntN(2) == 0 {
			p.TargetType = planner.TargetProgram
		}
		s.Points = append(s.Points, p)
	}
	for n := r.IntN(6); n > 0; n-- {
		c := planner.Credit{Priority: r.IntN(5) - 1, Match: planner.Match{TargetType: planner.TargetProgram, Role: planner.Role(pick("", "speaker", "author", "presenting author"))}}
		if r.IntN(2) == 0 {
			c.Match.TargetType = planner.TargetPerson
		}
		s.Credits = append(s.Credits, c)
	}
	for n := r.IntN(5); n > 0; n-- {
		s.Why = append(s.Why, pick("networking (arro): +20", "applicant event (residency): +120", "trainee event (arro): +50",
			`interest "SBRT": +10`, "interest without colon", "Dr. X (P1) speaker: 100×3×3", "networking"))
	}
	if r.IntN(4) == 0 {
		s.Items = []planner.Item{{Kind: planner.KindEvent, Title: pick("Meet the Program Directors", "ARRO Mentorship Lunch", "Oral session")}}
	}
	return s
}

func TestPlanCellsDiff(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 5))
	nm := newNames(nil)
	for i := 0; i < 20000; i++ {
		s := randomCellStop(r)
		if got, want := whoCell(s, nm), oldWhoCell(s, nm); got != want {
			t.Fatalf("whoCell(%+v) = %q, want %q", s, got, want)
		}
		if got, want := whyCell(s), oldWhyCell(s); got != want {
			t.Fatalf("whyCell(%+v) = %q, want %q", s, got, want)
		}
	}
}
