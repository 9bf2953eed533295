package export_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/confplan/confplan/export"
)

// FuzzReadPrior feeds ReadPrior (which reads the user's earlier calendar
// file) arbitrary bytes: it may fail, but never panics or hangs, and
// never returns an entry without a UID.
func FuzzReadPrior(f *testing.F) {
	for _, name := range []string{"itinerary.ics", "followups.ics", "dst.ics"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")))
		f.Add(data[:len(data)/2])
	}
	f.Add([]byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSEQUENCE:banana\r\nDTSTAMP:nope\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		prior, err := export.ReadPrior(bytes.NewReader(data))
		if err != nil {
			return
		}
		for uid, p := range prior {
			if uid == "" {
				t.Errorf("an entry without a UID: %+v", p)
			}
		}
		// A re-plan over it writes its events as cancelled, and the
		// result reads back.
		var b bytes.Buffer
		opt := export.CalendarOptions{Meeting: "m", Prior: prior, Cancel: true}
		if err := export.WriteICal(&b, nil, nil, opt); err != nil {
			t.Fatalf("re-plan over the file: %v", err)
		}
		if _, err := export.ReadPrior(bytes.NewReader(b.Bytes())); err != nil {
			t.Fatalf("the re-planned file does not read back: %v\n%s", err, b.Bytes())
		}
	})
}
