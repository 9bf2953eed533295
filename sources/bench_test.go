package sources_test

import (
	"bytes"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/sources"
)

// benchScales are the sizes every stage is measured at: ASTRO size and
// ten times that. Cost should grow about tenfold.
var benchScales = []int{1, 10}

var (
	benchMu    sync.Mutex
	benchFiles = make(map[int]synth.Files)
)

// astroFiles generates (once per scale) the files of a synthetic meeting
// at k times ASTRO size.
func astroFiles(k int) synth.Files {
	benchMu.Lock()
	defer benchMu.Unlock()
	f, ok := benchFiles[k]
	if !ok {
		f = synth.Generate(synth.Scale(k))
		benchFiles[k] = f
	}
	return f
}

// BenchmarkImport reads a whole synthetic meeting as the command line
// does: the saved program page, the poster list and the ARRO events list,
// then the network map and the programs list.
func BenchmarkImport(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			f := astroFiles(k)
			b.SetBytes(int64(len(f.Program) + len(f.Posters) + len(f.ARRO) + len(f.Network) + len(f.Programs)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				// The page names the meeting, so its zone serves the CSV
				// files, as it does on the command line.
				res, err := sources.ReadProgram(bytes.NewReader(f.Program), "program.html", sources.Options{})
				if err != nil {
					b.Fatal(err)
				}
				items := len(res.Items)
				opt := sources.Options{Zone: res.Zone}
				for _, in := range []struct {
					name string
					data []byte
				}{{"posters.csv", f.Posters}, {"arro.csv", f.ARRO}} {
					res, err := sources.ReadProgram(bytes.NewReader(in.data), in.name, opt)
					if err != nil {
						b.Fatal(err)
					}
					items += len(res.Items)
				}
				if items == 0 {
					b.Fatal("no items")
				}
				if _, _, err := sources.ReadContacts(bytes.NewReader(f.Network), "network.csv"); err != nil {
					b.Fatal(err)
				}
				if _, _, err := sources.ReadPrograms(bytes.NewReader(f.Programs), "programs.csv"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadProgramHTML reads the saved eventScribe page alone.
func BenchmarkReadProgramHTML(b *testing.B) {
	benchReadProgram(b, "program.html", func(f synth.Files) []byte { return f.Program })
}

// BenchmarkReadProgramCSV reads the poster list alone, in the zone
// --tz would give.
func BenchmarkReadProgramCSV(b *testing.B) {
	benchReadProgram(b, "posters.csv", func(f synth.Files) []byte { return f.Posters })
}

func benchReadProgram(b *testing.B, name string, file func(synth.Files) []byte) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			data := file(astroFiles(k))
			opt := sources.Options{}
			if name != "program.html" {
				loc, err := time.LoadLocation(synth.ASTRO().Zone)
				if err != nil {
					b.Fatal(err)
				}
				opt.Zone = loc
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := sources.ReadProgram(bytes.NewReader(data), name, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadMeeting reads the program files as `confplan plan` does:
// the page names the meeting and its zone, and the CSV files, which name
// none, take it.
func BenchmarkReadMeeting(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			f := astroFiles(k)
			in := []sources.Input{
				{Name: "program.html", Data: f.Program},
				{Name: "posters.csv", Data: f.Posters},
				{Name: "arro.csv", Data: f.ARRO},
			}
			b.SetBytes(int64(len(f.Program) + len(f.Posters) + len(f.ARRO)))
			b.ReportAllocs()
			for b.Loop() {
				_, res, _ := sources.ReadMeeting(in, sources.Options{})
				for _, r := range res {
					if r.Err != nil {
						b.Fatal(r.Err)
					}
				}
			}
		})
	}
}
