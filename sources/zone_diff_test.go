package sources

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/confplan/confplan/internal/synth"
)

// prepareRows asks guessMeeting about a table's text only when one of its
// pieces may name a meeting (mayNameMeeting): for any text whose pieces
// none may, guessMeeting must recognise nothing.

// checkMayNameMeeting joins pieces with line breaks, as prepareRows
// does, and fails when guessMeeting names a meeting none of them may.
func checkMayNameMeeting(t *testing.T, pieces []string) {
	t.Helper()
	for _, p := range pieces {
		if mayNameMeeting(p) {
			return
		}
	}
	text := strings.Join(pieces, "\n")
	if name, loc := guessMeeting([]byte(text)); name != "" || loc != nil {
		t.Fatalf("guessMeeting(%q) = %q, but mayNameMeeting refused every piece", text, name)
	}
}

var meetingWords = []string{"ASTRO", "astro", "AsTrO", "Gastro", "gastrointestinal", "Astronomy", "2026", "2025", "26", "25", "67th", "68th", " ", "  ", "\n", "\t",
	"'s", "’s", ",", ":", "–", "-", "#", "Annual", "Meeting", "Annual Meeting", "annual  meeting", "ſ", "aſtro", "American", "Society", "American Society for Radiation Oncology",
	"American Society for Therapeutic Radiology and Oncology", "for", "Radiation", "Oncology", "Poster Q&A", "PQA 08", "(", ")", "_", "x", "É"}

func TestMayNameMeetingAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 31))
	for range 200000 {
		pieces := make([]string, 1+r.IntN(3))
		for i := range pieces {
			var b strings.Builder
			for n := r.IntN(7); n > 0; n-- {
				b.WriteString(meetingWords[r.IntN(len(meetingWords))])
			}
			pieces[i] = b.String()
		}
		checkMayNameMeeting(t, pieces)
	}
}

// TestMayNameMeetingSkipsPosters: the synthetic poster list names no
// meeting, and no piece of it may ("Gastrointestinal" aside).
func TestMayNameMeetingSkipsPosters(t *testing.T) {
	f := synth.Generate(synth.Scale(1))
	rows, _ := csvRows(f.Posters, "posters.csv", ',')
	cols, _ := mapHeader(rows[0].Cells)
	for _, r := range rows[1:] {
		for _, c := range [...]colField{colTitle, colType, colSession, colTrack} {
			if v := cols.get(r.Cells, c); mayNameMeeting(v) {
				t.Fatalf("line %d: mayNameMeeting(%q) = true", r.Line, v)
			}
		}
	}
}

func FuzzMayNameMeeting(f *testing.F) {
	f.Add("Gastrointestinal Cancer\nASTRO 2026")
	f.Add("PQA 02 - Gastrointestinal Cancer Poster Q&A\n67th Annual Meeting")
	f.Add("aſtro 2025 gastro")
	f.Fuzz(func(t *testing.T, text string) {
		checkMayNameMeeting(t, strings.Split(text, "\n"))
	})
}
