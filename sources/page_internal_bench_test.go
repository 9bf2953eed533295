package sources

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/confplan/confplan/internal/synth"
)

// BenchmarkReadParsedHTML is the saved program page's import after
// goquery's parse: the page readers alone, on a document parsed once.
func BenchmarkReadParsedHTML(b *testing.B) {
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			data := synth.Generate(synth.Scale(k)).Program
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			start := cpuTime()
			n := 0
			for b.Loop() {
				res, err := readParsedHTML(doc, data, "program.html", Options{})
				if err != nil || len(res.Items) == 0 {
					b.Fatal(err, "no items")
				}
				n++
			}
			// CPU time is steadier than wall time on a shared machine.
			b.ReportMetric(float64(cpuTime()-start)/float64(n)/1e6, "cpu-ms/op")
		})
	}
}
