package sources

import (
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

// Inputs shaped as new users bring them, unlike the demo set: each was
// read wrongly once. The golden files hold the whole result.
func TestReadQAInputs(t *testing.T) {
	runGolden(t, []goldenCase{
		// Times without AM/PM in a 12-hour file: 2:45 - 4:00 is the
		// afternoon, 12:15 - 1:15 ends past noon, 7:00 stays morning.
		{file: "qa/no-ampm.csv", tz: "America/New_York", format: "csv", zone: "America/New_York", items: 5, warnings: 1,
			checkItems: func(t *testing.T, items map[string]planner.Item) {
				for _, it := range items {
					want := map[string]string{
						"Morning Plenary":          "2026-10-18T08:00:00-04:00 2026-10-18T09:30:00-04:00",
						"Lunch Symposium":          "2026-10-18T12:15:00-04:00 2026-10-18T13:15:00-04:00",
						"Afternoon Oral Session":   "2026-10-18T14:45:00-04:00 2026-10-18T16:00:00-04:00",
						"Evening Poster Reception": "2026-10-18T17:30:00-04:00 2026-10-18T19:00:00-04:00",
						"Early Bird Contouring":    "2026-10-19T07:00:00-04:00 2026-10-19T07:55:00-04:00",
					}[it.Title]
					if got := rfc(it.Start) + " " + rfc(it.End); got != want {
						t.Errorf("%s: %s, want %s", it.Title, got, want)
					}
				}
			}},
	})
}

func rfc(t time.Time) string { return t.Format(time.RFC3339) }
