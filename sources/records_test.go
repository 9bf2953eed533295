package sources

import (
	"strings"
	"testing"
	"time"
)

// Every reader follows one rule for an ID that comes twice in a file: the
// same title at the same time is one item (people merged), anything else
// is another item kept under ID~2.
func TestRepeatedIDs(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	for _, tc := range []struct {
		name, in string
		items    int
		ids      []string
	}{
		{"sched", `[{"id":"a1","name":"Lung 1","event_start":"2026-10-18 08:00","event_end":"2026-10-18 09:00","speakers":"Ann Lee"},
			{"id":"a1","name":"Breast 2","event_start":"2026-10-18 10:00","event_end":"2026-10-18 11:00"},
			{"id":"a1","name":"Lung 1","event_start":"2026-10-18 08:00","event_end":"2026-10-18 09:00","speakers":"Bo Chen"}]`,
			2, []string{"a1", "a1~2"}},
		{"oasis", `[{"PresentationNumber":"1001","Title":"A","Start":"2026-10-18T08:00:00","End":"2026-10-18T08:10:00"},
			{"PresentationNumber":"1001","Title":"B","Start":"2026-10-19T08:00:00","End":"2026-10-19T08:10:00"}]`,
			2, []string{"1001", "1001~2"}},
		{"frab", `<?xml version="1.0"?><schedule><conference><title>X</title></conference><day date="2026-10-18"><room name="R">
			<event id="7"><date>2026-10-18T08:00:00-04:00</date><start>08:00</start><duration>00:30</duration><title>A</title></event>
			<event id="7"><date>2026-10-18T09:00:00-04:00</date><start>09:00</start><duration>00:30</duration><title>B</title></event>
			</room></day></schedule>`,
			2, []string{"7", "7~2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ReadProgram(strings.NewReader(tc.in), "f", Options{Zone: ny})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, it := range res.Items {
				ids = append(ids, it.ID)
			}
			if len(res.Items) != tc.items || strings.Join(ids, " ") != strings.Join(tc.ids, " ") {
				t.Errorf("ids = %v, want %v", ids, tc.ids)
			}
			if tc.name == "sched" && len(res.Items[0].People) != 2 {
				t.Errorf("people = %+v, want both speakers merged", res.Items[0].People)
			}
		})
	}
}

// An item whose export gives no end lasts an hour in every reader, with
// a notice, as from CSV.
func TestNoEndLastsAnHour(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	for _, tc := range []struct{ name, in string }{
		{"oasis", `[{"PresentationNumber":"1001","Title":"A","Start":"2026-10-18T08:00:00"}]`},
		{"frab", `<?xml version="1.0"?><schedule><conference><title>X</title></conference><day date="2026-10-18"><room name="R">
			<event id="7"><date>2026-10-18T08:00:00-04:00</date><start>08:00</start><title>A</title></event></room></day></schedule>`},
		{"csv", "Title,Date,Start\nA,10/18/2026,8:00 AM\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ReadProgram(strings.NewReader(tc.in), "f", Options{Zone: ny})
			if err != nil {
				t.Fatal(err)
			}
			if d := res.Items[0].End.Sub(res.Items[0].Start); d != time.Hour {
				t.Errorf("length = %v, want 1h", d)
			}
			if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Reason, "60 minutes") {
				t.Errorf("warnings = %v, want the one notice", res.Warnings)
			}
		})
	}
}
