package sources

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/confplan/confplan/internal/synth"
)

// parseRecords must split data as the byte-at-a-time reader it replaced
// (refParseRecords) did, on random texts and under the fuzzer.

func refParseRecords(data []byte, comma byte, name string, line, limit int) ([]*record, error) {
	var recs []*record
	pos, nonBlank := 0, 0
	for pos < len(data) && (limit <= 0 || nonBlank < limit) {
		start, startLine := pos, line
		r := &record{line: startLine, clean: true}
		// A blank line.
		if data[pos] == '\n' || (data[pos] == '\r' && pos+1 < len(data) && data[pos+1] == '\n') {
			n := 1
			if data[pos] == '\r' {
				n = 2
			}
			r.blank, r.raw, r.term = true, bytes.Clone(data[pos:pos+n]), string(data[pos:pos+n])
			recs = append(recs, r)
			pos += n
			line++
			continue
		}
		for {
			var field []byte
			quoted := false
			if pos < len(data) && data[pos] == '"' {
				quoted = true
				qline := line
				pos++
				for {
					i := bytes.IndexByte(data[pos:], '"')
					if i < 0 {
						return nil, sheetError(name, qline, "quoted field is never closed; check for a stray \" in this row")
					}
					chunk := data[pos : pos+i]
					line += bytes.Count(chunk, []byte("\n"))
					field = append(field, chunk...)
					pos += i + 1
					if pos < len(data) && data[pos] == '"' {
						field = append(field, '"')
						pos++
						continue
					}
					break
				}
			}
			// Unquoted text, or text after a closing quote (kept as is).
			for pos < len(data) {
				b := data[pos]
				if b == comma || b == '\n' {
					break
				}
				if b == '\r' && pos+1 < len(data) && data[pos+1] == '\n' {
					break
				}
				if quoted || b == '"' {
					r.clean = false
				}
				field = append(field, b)
				pos++
			}
			r.fields = append(r.fields, string(field))
			r.quoted = append(r.quoted, quoted)
			if pos < len(data) && data[pos] == comma {
				pos++
				continue
			}
			break
		}
		switch {
		case pos >= len(data):
		case data[pos] == '\n':
			r.term = "\n"
			pos++
		default: // \r\n
			r.term = "\r\n"
			pos += 2
		}
		if r.term != "" {
			line++
		}
		r.raw = bytes.Clone(data[start:pos])
		recs = append(recs, r)
		nonBlank++
	}
	return recs, nil
}

func dumpRecords(recs []*record, err error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "err=%v\n", err)
	for _, r := range recs {
		fmt.Fprintf(&b, "%d blank=%v clean=%v term=%q raw=%q fields=%q (nil %v) quoted=%v\n", r.line, r.blank, r.clean, r.term, r.raw, r.fields, r.fields == nil, r.quoted)
	}
	return b.String()
}

func checkParseRecords(t *testing.T, data string, comma byte, limit int) {
	t.Helper()
	got := dumpRecords(parseRecords([]byte(data), comma, "x.csv", 1, limit))
	want := dumpRecords(refParseRecords([]byte(data), comma, "x.csv", 1, limit))
	if got != want {
		t.Fatalf("parseRecords(%q, %q, %d) =\n%s\nwant\n%s", data, comma, limit, got, want)
	}
}

var sheetPieces = []string{"a", "Bo", "é", " ", ",", ";", "\t", "\"", "\"\"", "\n", "\r", "\r\n", "\n\n", "1", "\"x,y\"", "\"a\nb\"", "\"q\"x", "\"\"\"\""}

func TestParseRecordsAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 41))
	for range 50000 {
		var b strings.Builder
		for n := r.IntN(16); n > 0; n-- {
			b.WriteString(sheetPieces[r.IntN(len(sheetPieces))])
		}
		checkParseRecords(t, b.String(), ",;\t"[r.IntN(3)], r.IntN(3))
	}
	f := synth.Generate(synth.Scale(1))
	for _, data := range [][]byte{f.Network, f.Programs} {
		checkParseRecords(t, string(data), ',', 0)
		checkParseRecords(t, string(data), ',', 1)
	}
}

func FuzzParseRecords(f *testing.F) {
	f.Add("Name,Role\r\n\"Lopez, Priya\",PD\r\n\r\n\"a \"\"b\"\"\"x,\n", byte(','), 0)
	f.Fuzz(func(t *testing.T, data string, comma byte, limit int) {
		if comma == '"' || comma == '\n' || comma == '\r' {
			return
		}
		checkParseRecords(t, data, comma, limit%4)
	})
}
