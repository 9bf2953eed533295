package export

import (
	"io"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// StripBidi returns a writer that passes everything to w but the bidi
// control characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
// U+061C), which make text display differently from what it is (Trojan
// Source): the last guard on confplan's stdout, whatever the format,
// JSON included. Each writer also cleans its own text (planner.CleanText).
func StripBidi(w io.Writer) io.Writer { return &bidiWriter{w: w} }

type bidiWriter struct {
	w    io.Writer
	tail []byte // an incomplete UTF-8 sequence held for the next Write
}

func (b *bidiWriter) Write(p []byte) (int, error) {
	n := len(p)
	data := append(b.tail, p...)
	b.tail = nil
	out := data[:0:0]
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		if !utf8.FullRune(data[i:]) {
			b.tail = append([]byte(nil), data[i:]...)
			break
		}
		r, size := utf8.DecodeRune(data[i:])
		if !planner.IsBidiControl(r) {
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	if _, err := b.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}
