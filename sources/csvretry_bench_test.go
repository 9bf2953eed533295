package sources

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

// BenchmarkCSVZoneRetry reads the synthetic meeting's poster list and
// ARRO events list as ReadMeeting does when the page names the zone: a
// first read without a zone, which ends in ErrNoZone, then the retry in
// the page's zone.
func BenchmarkCSVZoneRetry(b *testing.B) {
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			f := synth.Generate(synth.Scale(k))
			loc, err := time.LoadLocation(synth.ASTRO().Zone)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(f.Posters) + len(f.ARRO)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				for _, in := range []struct {
					name string
					data []byte
				}{{"posters.csv", f.Posters}, {"arro.csv", f.ARRO}} {
					_, err := readProgram(in.data, in.name, Options{})
					var zr *zoneRetry
					if !errors.As(err, &zr) {
						b.Fatalf("%s: want a zone retry, got %v", in.name, err)
					}
					res, err := zr.again(loc)
					if err != nil || len(res.Items) == 0 {
						b.Fatal(in.name, err)
					}
				}
			}
		})
	}
}

// BenchmarkSortItems sorts the items of the synthetic meeting as
// ReadMeeting does, from the order the files give them. (The comparator
// sort it replaced is refSortItems in planner's item_diff_test.go.)
func BenchmarkSortItems(b *testing.B) {
	f := synth.Generate(synth.Scale(1))
	in := []Input{{Name: "program.html", Data: f.Program}, {Name: "posters.csv", Data: f.Posters}, {Name: "arro.csv", Data: f.ARRO}}
	_, res, _ := ReadMeeting(in, Options{})
	var items []planner.Item
	for _, r := range res {
		if r.Err != nil {
			b.Fatal(r.Err)
		}
		items = append(items, r.Result.Items...)
	}
	work := make([]planner.Item, len(items))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		copy(work, items)
		b.StartTimer()
		planner.SortItems(work)
	}
}

// posterCells are the synthetic poster list's cells of one column.
func posterCells(b *testing.B, column string) []string {
	f := synth.Generate(synth.Scale(1))
	rows, _ := csvRows(f.Posters, "posters.csv", ',')
	col := -1
	for i, h := range rows[0].Cells {
		if h == column {
			col = i
		}
	}
	if col < 0 {
		b.Fatalf("no %s column", column)
	}
	var cells []string
	for _, r := range rows[1:] {
		cells = append(cells, r.Cells[col])
	}
	return cells
}

// BenchmarkParseAuthorBlock reads the poster list's author blocks.
func BenchmarkParseAuthorBlock(b *testing.B) {
	blocks := posterCells(b, "Authors")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range blocks {
			parseAuthorBlock(s)
		}
	}
}

// BenchmarkPresentingAuthor reads the poster list's presenting authors.
func BenchmarkPresentingAuthor(b *testing.B) {
	cells := posterCells(b, "Presenting Author")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		v := newVocab(nil)
		for _, s := range cells {
			parseRoles(v, s, planner.RolePresentingAuthor, false)
		}
	}
}

// BenchmarkNameKey keys the poster list's author names.
func BenchmarkNameKey(b *testing.B) {
	var names []string
	for _, s := range posterCells(b, "Authors") {
		for _, p := range parseAuthorBlock(s) {
			names = append(names, p.Name)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		nk := newNameKeys()
		for _, n := range names {
			nk.nameKey(n)
		}
	}
}

// BenchmarkSpaced tests the poster list's author blocks for white space
// to collapse: spaced, and the squeeze(s) == s it stands for.
func BenchmarkSpaced(b *testing.B) {
	blocks := posterCells(b, "Authors")
	b.Run("spaced", func(b *testing.B) {
		for b.Loop() {
			for _, s := range blocks {
				spaced(s)
			}
		}
	})
	b.Run("squeeze", func(b *testing.B) {
		for b.Loop() {
			for _, s := range blocks {
				_ = squeeze(s) == s
			}
		}
	})
}

// BenchmarkImportCSV is the import stage without the page: the poster
// list and the ARRO events list read by ReadMeeting as the command line
// reads them (a first read without a zone, then in the zone the page
// names: here a fixed-zone input standing in for the page), then the
// network map and the programs list.
func BenchmarkImportCSV(b *testing.B) {
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			f := synth.Generate(synth.Scale(k))
			in := []Input{
				{Name: "posters.csv", Data: f.Posters},
				{Name: "arro.csv", Data: f.ARRO},
				{Name: "zone.ics", Data: []byte(zoneICS)},
			}
			b.SetBytes(int64(len(f.Posters) + len(f.ARRO) + len(f.Network) + len(f.Programs)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				m, res, _ := ReadMeeting(in, Options{})
				for _, r := range res {
					if r.Err != nil {
						b.Fatal(r.Err)
					}
				}
				if len(m.Items) == 0 {
					b.Fatal("no items")
				}
				if _, _, err := ReadContacts(bytes.NewReader(f.Network), "network.csv"); err != nil {
					b.Fatal(err)
				}
				if _, _, err := ReadPrograms(bytes.NewReader(f.Programs), "programs.csv"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// zoneICS is a one-event calendar that names the synthetic meeting's
// zone, as the page does for the CSV files.
const zoneICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:America/New_York\r\n" +
	"BEGIN:VEVENT\r\nUID:e1@test\r\nDTSTAMP:20260901T000000Z\r\nDTSTART:20260927T130000Z\r\nDTEND:20260927T140000Z\r\nSUMMARY:Opening Plenary\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
