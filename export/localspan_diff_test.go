package export

import (
	"math/rand/v2"
	"testing"
	"time"
)

// oldLocalSpan is localSpan as it was before it appended its parts into
// one buffer (comparing the two days by their dates, not by formatting
// both); TestLocalSpanDiff compares the two.
func oldLocalSpan(start, end time.Time, loc *time.Location) string {
	s, e := start.In(loc), end.In(loc)
	out := s.Format("Mon 2 Jan 2006, 15:04")
	if !e.Equal(s) {
		if e.Format("2006-01-02") == s.Format("2006-01-02") {
			out += "–" + e.Format("15:04")
		} else {
			out += " – " + e.Format("Mon 2 Jan 15:04")
		}
	}
	return out + " " + e.Format("MST")
}

func TestLocalSpanDiff(t *testing.T) {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Skip(err)
	}
	zones := []*time.Location{time.UTC, la, time.FixedZone("", -9*3600-1800), time.FixedZone("X", 14*3600)}
	bases := []time.Time{
		time.Date(2025, 9, 27, 10, 45, 0, 0, time.UTC),
		time.Date(2025, 11, 2, 8, 30, 0, 0, time.UTC), // DST ends in Los Angeles
		time.Date(2025, 12, 31, 23, 30, 0, 0, time.UTC),
		time.Date(-3, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		{},
	}
	r := rand.New(rand.NewPCG(13, 4))
	for i := 0; i < 20000; i++ {
		start := bases[r.IntN(len(bases))].Add(time.Duration(r.IntN(48*60)-24*60) * time.Minute)
		end := start.Add(time.Duration(r.IntN(3*24*60)-60) * time.Minute)
		if r.IntN(5) == 0 {
			end = start
		}
		if r.IntN(10) == 0 {
			end = end.Add(time.Duration(r.IntN(3)) * time.Nanosecond)
		}
		loc := zones[r.IntN(len(zones))]
		if got, want := localSpan(start, end, loc), oldLocalSpan(start, end, loc); got != want {
			t.Fatalf("localSpan(%v, %v, %v) = %q, want %q", start, end, loc, got, want)
		}
	}
}
