package export_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

// TestPlanTableReadsWell checks what the day table shows a user: a walk's
// boards per poster session, one main "lost to" with "+N more", and
// target-less networking fillers counted, not listed, unless --explain.
func TestPlanTableReadsWell(t *testing.T) {
	poster := func(id, board, session string) planner.Item {
		return planner.Item{ID: id, Kind: planner.KindPoster, Board: board, Session: session, Start: at(0, 10, 30), End: at(0, 11, 30), Room: "Hall B"}
	}
	walk := planner.Stop{ID: "posters@x", Kind: planner.KindPoster, Walk: true, Title: "Poster walk: 3 posters (PQA 05, PQA 09)",
		Start: at(0, 10, 30), End: at(0, 11, 30), Room: "Hall B", Value: 990, Items: []planner.Item{
			poster("2001", "1", "PQA 05 - Head and Neck Cancer Poster Q&A"),
			poster("2017", "Board 1", "PQA 09 - Sarcoma Poster Q&A"),
			poster("2018", "Board 2", "PQA 09 - Sarcoma Poster Q&A"),
		}}
	talk := planner.Stop{ID: "T1", Kind: planner.KindTalk, Title: "A talk", Start: at(0, 11, 30), End: at(0, 11, 40), Room: "Room 1", Value: 60}
	p := &planner.Plan{Days: []planner.DayPlan{{
		Day: "2025-09-27", Stops: []planner.Stop{walk, talk}, Value: 1050,
		Explain: []planner.Explain{
			{ID: "posters@x", Title: walk.Title, Start: walk.Start, End: walk.End, Value: 990, Chosen: true},
			{ID: "SS", Title: "A long session", Start: at(0, 10, 0), End: at(0, 12, 0), Value: 500, Against: []string{"T1", "posters@x"}},
			{ID: "MTE", Title: "Meet the Expert: nobody of yours", Start: at(0, 10, 30), End: at(0, 11, 20), Value: 20, Against: []string{"posters@x"}, Filler: true},
			{ID: "T1", Title: "A talk", Start: talk.Start, End: talk.End, Value: 60, Chosen: true},
		},
	}}}
	var b bytes.Buffer
	if err := export.WritePlan(&b, p, export.TableOptions{Zone: la}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"PQA 05 board 1; PQA 09",
		"boards 1, 2",
		"│ Poster walk: 3 posters (PQA │", // the main loss: the walk, worth most
		"+1 more",
		"Also dropped: 1 networking event with none of your targets",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("table lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Meet the Expert: nobody") {
		t.Errorf("a filler is listed without --explain:\n%s", got)
	}
	b.Reset()
	if err := export.WritePlan(&b, p, export.TableOptions{Zone: la, Explain: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Meet the Expert: nobody") {
		t.Errorf("--explain hides a filler:\n%s", b.String())
	}
}
