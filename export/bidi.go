package export

import (
	"io"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

// CleanOutput returns a writer that passes everything to w but control
// characters other than tab, newline and carriage return (so no escape
// sequence from a program file reaches the terminal) and the bidi
// control characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
// U+061C), which make text display differently from what it is (Trojan
// Source): the last guard on confplan's stdout and stderr, whatever the
// format, JSON included. Each writer also cleans its own text
// (planner.CleanText).
func CleanOutput(w io.Writer) io.Writer { return &bidiWriter{w: w} }

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
			if c >= 0x20 && c != 0x7f || c == '\t' || c == '\n' || c == '\r' {
				out = append(out, c)
			}
			i++
			continue
		}
		if !utf8.FullRune(data[i:]) {
			b.tail = append([]byte(nil), data[i:]...)
			break
		}
		r, size := utf8.DecodeRune(data[i:])
		if !planner.IsBidiControl(r) && !(r >= 0x80 && r < 0xa0) {
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	if _, err := b.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}
