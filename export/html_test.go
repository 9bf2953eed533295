package export_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

func writeHTML(t *testing.T, p *planner.Plan) string {
	t.Helper()
	var b bytes.Buffer
	if err := export.WriteHTML(&b, p, export.HTMLOptions{Title: "ASTRO 2025 — my day plan", Zone: la, Buffer: 10 * time.Minute}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestHTMLGolden keeps the fixture's day plan page as a golden file.
func TestHTMLGolden(t *testing.T) {
	p, fs := fixture(t)
	p.FollowUps = fs
	golden(t, "plan.html", []byte(writeHTML(t, p)))
}

// TestHTMLEscapes: program text that looks like markup stays text, and
// only mailto: links are live.
func TestHTMLEscapes(t *testing.T) {
	p, fs := fixture(t)
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	s := &p.Days[0].Stops[0]
	s.Title, s.Room = evil, `"><a href="javascript:alert(3)">room</a>`
	s.Points[0].Say = evil
	fs[0].Subject = evil
	fs[0].Mailto = "javascript:alert(4)"
	p.FollowUps = fs
	page := writeHTML(t, p)
	for _, bad := range []string{"<script", "<img", `href="javascript`, `<a href="javascript`} {
		if strings.Contains(page, bad) {
			t.Errorf("program text became markup: %q in the page", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(page, "&#34;&gt;&lt;a href=&#34;javascript:alert(3)") {
		t.Error("the title or the room is not shown as text")
	}
	if !strings.Contains(page, `href="mailto:`) {
		t.Error("no tap-to-email link")
	}
	if n := strings.Count(page, `type="checkbox"`); n != len(fs) {
		t.Errorf("%d check boxes for %d follow-ups", n, len(fs))
	}
}

// TestHTMLDay: the timeline shows the walk between rooms, the
// alternatives beside the stop that beat them, and the walk's boards.
func TestHTMLDay(t *testing.T) {
	p, fs := fixture(t)
	p.FollowUps = fs
	page := writeHTML(t, p)
	d := p.Days[0]
	for _, want := range []string{"free, then walk to Poster Hall", "Chosen over", "Posters in board order", "Follow-ups from this day", "@page", "break-after: page"} {
		if !strings.Contains(page, want) {
			t.Errorf("the day plan lacks %q", want)
		}
	}
	if len(d.Dropped()) == 0 {
		t.Fatal("fixture: nothing dropped on the first day")
	}
}

// BenchmarkWriteHTML writes the day plan page of a planned synthetic
// meeting, and BenchmarkReplan a re-plan over its own calendar (every
// stop compared, the change list made).
func BenchmarkWriteHTML(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			in := astroPlan(b, k)
			opt := export.HTMLOptions{Title: "Benchmark", Zone: in.opt.Zone, Buffer: 10 * time.Minute}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := export.WriteHTML(io.Discard, in.plan, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkReplan(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			in := astroPlan(b, k)
			var first bytes.Buffer
			if err := export.WriteICal(&first, in.plan, in.plan.FollowUps, in.opt); err != nil {
				b.Fatal(err)
			}
			prior, err := export.ReadPrior(&first)
			if err != nil {
				b.Fatal(err)
			}
			opt := in.opt
			opt.Prior, opt.Cancel = prior, true
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := export.WriteICal(io.Discard, in.plan, in.plan.FollowUps, opt); err != nil {
					b.Fatal(err)
				}
				export.Changes(in.plan, in.plan.FollowUps, opt)
			}
		})
	}
}

// TestHTMLKeepsEveryFollowUp: a follow-up whose encounter ends after
// midnight, or whose stop is not in the plan, still has its line.
func TestHTMLKeepsEveryFollowUp(t *testing.T) {
	p, fs := fixture(t)
	late, lost := fs[0], fs[len(fs)-1]
	late.Encounter.At = late.Encounter.At.Add(18 * time.Hour) // the next day
	lost.Encounter.ItemID, lost.Encounter.At = "not-a-stop", time.Time{}
	p.FollowUps = []planner.FollowUp{late, lost}
	page := writeHTML(t, p)
	if n := strings.Count(page, `type="checkbox"`); n != 2 {
		t.Errorf("%d follow-ups on the page, want 2", n)
	}
}
