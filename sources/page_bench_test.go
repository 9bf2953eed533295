package sources_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// BenchmarkParseHTMLFloor is goquery's parse of the program page alone:
// the yardstick for BenchmarkReadProgramHTML, run beside it.
func BenchmarkParseHTMLFloor(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			data := astroFiles(k).Program
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := goquery.NewDocumentFromReader(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
