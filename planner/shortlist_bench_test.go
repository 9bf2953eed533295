package planner_test

import (
	"fmt"
	"testing"

	"github.com/confplan/confplan/planner"
)

// BenchmarkShortlist ranks every directory program seen in a synthetic
// meeting (--all) at ASTRO size and ten times that: matching dominates,
// so the cost should grow about tenfold.
func BenchmarkShortlist(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			in := astroPlanInput(k)
			opt := planner.ShortlistOptions{All: true, Meeting: true, Visa: "J-1"}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				s := planner.MakeShortlist(in.targets, in.meeting, nil, opt)
				if len(s.Programs) == 0 {
					b.Fatal("empty shortlist")
				}
			}
		})
	}
}

// FuzzShortlistCells feeds arbitrary cell text (Response, Role, Visa, IMG
// friendly, Next step) through the shortlist: it must not panic, every
// score must be its parts' sum, and the same input gives the same order.
func FuzzShortlistCells(f *testing.F) {
	f.Add("Replied – happy to meet at ASTRO", "Associate Program Director", "J-1;H-1B", "yes", "Visit their poster")
	f.Add("Declined politely (schedule full)", "PGY-3 Resident", "none", "no", "=HYPERLINK(\"x\")")
	f.Add("", "Medical Physicist", "H1B only", "case by case", "Follow up by 2026-09-30")
	f.Add("No reply yet", "Alumni", "unknown", "", "")
	f.Fuzz(func(t *testing.T, resp, role, visa, img, next string) {
		tg := &planner.Targets{
			People: []planner.Contact{
				{Name: "Ana Silva", Role: role, Institution: "Alpha University", Response: resp, NextStep: next, DateContacted: "2026-07-01"},
				{Name: "Bo Chen", Role: "Resident", Institution: "Beta University", Response: resp},
			},
			Programs: []planner.Program{{Name: "Alpha University", Visa: visa, IMGFriendly: img, Priority: 1}, {Name: "Beta University", Visa: visa}},
		}
		first := planner.MakeShortlist(tg, nil, nil, planner.ShortlistOptions{Visa: "J-1"})
		again := planner.MakeShortlist(tg, nil, nil, planner.ShortlistOptions{Visa: "J-1"})
		if len(first.Programs) != 2 || len(again.Programs) != 2 {
			t.Fatalf("want both programs, got %d and %d", len(first.Programs), len(again.Programs))
		}
		for i, r := range first.Programs {
			if r.Score != r.Fit+r.People+r.Here {
				t.Errorf("%s: score %d is not %d+%d+%d", r.Program.Name, r.Score, r.Fit, r.People, r.Here)
			}
			if r.Program.Name != again.Programs[i].Program.Name || r.Next != again.Programs[i].Next {
				t.Errorf("two runs differ at %d", i)
			}
			if r.Next == "" {
				t.Errorf("%s: no next step", r.Program.Name)
			}
		}
	})
}
