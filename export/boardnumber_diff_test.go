package export

import (
	"regexp"
	"testing"
)

// oldBoardWord is how walkRoute read a board's number before
// boardNumber; TestBoardNumberDiff and FuzzBoardNumberDiff compare the
// two.
var oldBoardWord = regexp.MustCompile(`^(?i:board)\s*#?\s*(\d+)$`)

func checkBoardNumber(t *testing.T, label string) {
	t.Helper()
	got, ok := boardNumber(label)
	m := oldBoardWord.FindStringSubmatch(label)
	if ok != (m != nil) || ok && got != m[1] {
		t.Errorf("boardNumber(%q) = %q, %v; want %q", label, got, ok, m)
	}
}

var boardLabels = []string{"", "12", "Board 12", "board #12", "BOARD#3", "bOaRd \t # \n 0012", "Board", "Board ", "Board #", "Board ##1", "Board 1 2",
	"Board 12a", "Board\v12", "Boar 12", "Station 3", "B-12", "Board\u00a012", "board１２", "Boarđ 1", "board-1", "Board #\r\n7"}

func TestBoardNumberDiff(t *testing.T) {
	for _, l := range boardLabels {
		checkBoardNumber(t, l)
	}
}

func FuzzBoardNumberDiff(f *testing.F) {
	for _, l := range boardLabels {
		f.Add(l)
	}
	f.Fuzz(checkBoardNumber)
}
