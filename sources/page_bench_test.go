package sources_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/sources"
)

// BenchmarkParseHTMLFloor is goquery's parse of the program page alone:
// the yardstick for BenchmarkReadProgramHTML, run beside it.
func BenchmarkParseHTMLFloor(b *testing.B) {
	benchParse(b, func(b *testing.B, k int) []byte { return astroFiles(k).Program })
}

// BenchmarkReadHTMLTable reads the poster list printed as an HTML table
// (a schedule pasted into a page), in the meeting's zone: the table
// reader's own cost beside BenchmarkParseHTMLTableFloor.
func BenchmarkReadHTMLTable(b *testing.B) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			data := tablePage(b, astroFiles(k).Posters)
			loc, err := time.LoadLocation(synth.ASTRO().Zone)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := sources.ReadProgram(bytes.NewReader(data), "posters.html", sources.Options{Zone: loc}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseHTMLTableFloor is goquery's parse of that page alone.
func BenchmarkParseHTMLTableFloor(b *testing.B) {
	benchParse(b, func(b *testing.B, k int) []byte { return tablePage(b, astroFiles(k).Posters) })
}

// benchParse is goquery's parse alone of the page made at each scale.
func benchParse(b *testing.B, page func(*testing.B, int) []byte) {
	for _, k := range benchScales {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			data := page(b, k)
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

// tablePage prints a CSV file as a page with one table: a header row of
// th cells, then a row of td cells per record.
func tablePage(b *testing.B, data []byte) []byte {
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	var p bytes.Buffer
	p.WriteString("<!DOCTYPE html>\n<html><head><title>Posters</title></head><body>\n<table>\n")
	for i, r := range recs {
		cell := "td"
		if i == 0 {
			cell = "th"
		}
		p.WriteString("<tr>")
		for _, c := range r {
			fmt.Fprintf(&p, "<%s>%s</%s>", cell, html.EscapeString(c), cell)
		}
		p.WriteString("</tr>\n")
	}
	p.WriteString("</table>\n</body></html>\n")
	return p.Bytes()
}
