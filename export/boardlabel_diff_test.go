package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/confplan/confplan/planner"
)

// oldBoardLabel is boardLabel as it was before writeBoardLabel wrote it
// into the stop's notes (its parts joined into strings); the old stopText
// uses it, and TestBoardLabelDiff and FuzzBoardLabelDiff compare the two.
func oldBoardLabel(it *planner.Item, code string) string {
	var parts []string
	if b := boardName(it); b != "" {
		if code != "" {
			b = code + " " + strings.ToLower(b[:1]) + b[1:]
		}
		parts = append(parts, b)
	} else if code != "" {
		parts = append(parts, code)
	}
	if it.ID != "" {
		parts = append(parts, "#"+it.ID)
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, " ") + " — "
}

func checkBoardLabel(t *testing.T, board, id, code, before string) {
	t.Helper()
	it := &planner.Item{ID: id, Board: board}
	want := oldBoardLabel(it, code)
	if got := boardLabel(it, code); got != want {
		t.Errorf("boardLabel(%q, %q, %q) = %q, want %q", board, id, code, got, want)
	}
	var b bytes.Buffer
	b.WriteString(before)
	writeBoardLabel(&b, it, code)
	if got := b.String(); got != before+want {
		t.Errorf("writeBoardLabel(%q, %q, %q) after %q = %q, want %q", board, id, code, before, got, before+want)
	}
}

func TestBoardLabelDiff(t *testing.T) {
	for _, board := range append(boardLabels, "Éstand 4", "\xff1", "ǅ3", " 07 ") {
		for _, id := range []string{"", "P-12", "#"} {
			for _, code := range []string{"", "PQA 05", " "} {
				for _, before := range []string{"", "• "} {
					checkBoardLabel(t, board, id, code, before)
				}
			}
		}
	}
}

func FuzzBoardLabelDiff(f *testing.F) {
	for _, board := range boardLabels {
		f.Add(board, "P-1", "PQA 05", "• ")
	}
	f.Add("", "", "", "")
	f.Add("Éstand", "", "X", "")
	f.Fuzz(checkBoardLabel)
}
