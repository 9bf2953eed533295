package export

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-runewidth"

	"github.com/confplan/confplan/planner"
)

// A word far wider than any column (a title of 100,000 letters) is cut
// and broken, not handed to the table library, whose word wrap never
// ends on it.
func TestTableLongWord(t *testing.T) {
	long := strings.Repeat("x", 100_000)
	var b bytes.Buffer
	if err := writeTable(&b, []string{"ID", "Title"}, [][]string{{"1", long}, {"2", "short " + long + " tail"}}); err != nil {
		t.Fatal(err)
	}
	if b.Len() > 40_000 {
		t.Errorf("table is %d bytes for two rows", b.Len())
	}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if w := runewidth.StringWidth(line); w > maxWord+12 {
			t.Fatalf("line %d wide: %q", w, line)
		}
	}
	if !strings.Contains(b.String(), "…") {
		t.Errorf("the cut is not marked")
	}
}

// On a terminal the table narrows to its width; words stay whole where
// they fit.
func TestTableFitsTerminal(t *testing.T) {
	rows := [][]string{{"Sun 28 Sep", "14:45–16:00", "Hall A", "Stereotactic Body Radiotherapy for Oligometastatic Prostate Cancer: Five-Year Outcomes of a Phase II Trial", "Jennifer Smith (Duke University)"}}
	for _, width := range []int{60, 80, 120} {
		var b bytes.Buffer
		if err := writeTable(Terminal{Writer: &b, Width: width}, []string{"Day", "Time", "Room", "Title", "Who"}, rows); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
			if w := runewidth.StringWidth(line); w > width {
				t.Errorf("width %d: line %d wide: %q", width, w, line)
			}
		}
		if width >= 80 && !strings.Contains(b.String(), "Stereotactic") {
			t.Errorf("width %d: a word was broken:\n%s", width, b.String())
		}
	}
}

// Text from a program reaches the terminal without escape sequences, bidi
// overrides or other control characters.
func TestTableHostileText(t *testing.T) {
	var b bytes.Buffer
	hostile := "Evil\x1b[2J\x1b]0;pwned\x07 title \u202eesrever\u202c\u2066x\u2069\x00\r\nnext"
	if err := writeTable(&b, []string{"Title"}, [][]string{{hostile}}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"\x1b", "\x07", "\u202e", "\u202c", "\u2066", "\u2069", "\x00", "\r"} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds %q:\n%q", bad, out)
		}
	}
	if !strings.Contains(out, "esrever") || !strings.Contains(out, "next") {
		t.Errorf("the text itself was lost:\n%s", out)
	}
}

func TestWrapText(t *testing.T) {
	for _, tt := range []struct {
		in    string
		width int
		want  string
	}{
		{"a b c", 3, "a b\nc"},
		{"abcdefgh", 3, "abc\ndef\ngh"},
		{"ab  cd\n\nef", 10, "ab cd\n\nef"},
		{"日本語の題名", 4, "日本\n語の\n題名"},
		{"", 5, ""},
	} {
		if got := wrapText(tt.in, tt.width); got != tt.want {
			t.Errorf("wrapText(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

// TestPlainRows checks that the plain-line renderer writes what
// tablewriter's Blueprint writes, line for line, for tables with wide
// and combining characters, empty cells and columns, words wider than
// their column, multi-line cells and terminals too narrow for them.
func TestPlainRows(t *testing.T) {
	cells := []string{"", "a", "07:00–07:50", "Zoë Fernández (board 2)", "日本語のタイトル", "e\u0301", "Meet the Expert: Stereotactic Body Radiation Therapy for Oligometastatic Prostate Cancer",
		"line one\nline two", "https://example.org/a/very/long/path/that/does/not/break/anywhere/at/all", "320", "|", "×3 +2 more", "\t tab",
		"  lead", "trail  ", "a\n  mid  \nb", " ", "\n", "x\n\ny", "Ünïcödé\n日本"}
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 1000; i++ {
		cols := 1 + r.IntN(5)
		header := make([]string, cols)
		for c := range header {
			header[c] = cells[r.IntN(len(cells))]
		}
		rows := make([][]string, r.IntN(8))
		for k := range rows {
			rows[k] = make([]string, 1+r.IntN(cols))
			for c := range rows[k] {
				rows[k][c] = cells[r.IntN(len(cells))]
			}
		}
		width := []int{0, 0, 40, 80, 20}[r.IntN(5)]
		var plain, blue bytes.Buffer
		if err := newTables(Terminal{&plain, width}).write(planCell, header, rows); err != nil {
			t.Fatal(err)
		}
		tb := newTables(Terminal{&blue, width})
		tb.blueprint = true
		if err := tb.write(planCell, header, rows); err != nil {
			t.Fatal(err)
		}
		if plain.String() != blue.String() {
			t.Fatalf("header %q rows %q, width %d:\nplainRows:\n%s\nBlueprint:\n%s", header, rows, width, plain.String(), blue.String())
		}
	}
}

// oldWrapLong is wrapLong as it was before it wrote into one buffer;
// TestWrapLongDiff and FuzzWrapLongDiff compare the two.
func oldWrapLong(s string, width int) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line, lineW := "", 0
		flush := func() {
			out = append(out, line)
			line, lineW = "", 0
		}
		words := strings.Fields(para)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		for _, word := range words {
			ww := textWidth(word)
			if lineW > 0 && lineW+1+ww <= width {
				line += " " + word
				lineW += 1 + ww
				continue
			}
			if lineW > 0 {
				flush()
			}
			for ww > width {
				head, headW := "", 0
				for i, r := range word {
					rw := runewidth.RuneWidth(r)
					if headW+rw > width && headW > 0 {
						head, word = word[:i], word[i:]
						break
					}
					headW += rw
				}
				if head == "" {
					break
				}
				out = append(out, head)
				ww = textWidth(word)
			}
			line, lineW = word, ww
		}
		flush()
	}
	return strings.Join(out, "\n")
}

var wrapCases = []string{"", " ", "\n", "a\n\nb", "Meet the Expert: Stereotactic Body Radiation Therapy for Oligometastatic Prostate Cancer",
	"https://example.org/a/very/long/path/that/does/not/break/anywhere/at/all", "日本語のタイトル 日本語のタイトル", "e\u0301e\u0301e\u0301 \u200b \u200b x",
	"Zoë  Fernández\t(board 2)\n  +2 more ", "\u00a0a\u2003b\u3000c", "x\u200by"}

func TestWrapLongDiff(t *testing.T) {
	for _, s := range wrapCases {
		for w := 0; w < 40; w++ {
			if got, want := wrapLong(s, w), oldWrapLong(s, w); got != want {
				t.Errorf("wrapLong(%q, %d) = %q, want %q", s, w, got, want)
			}
		}
	}
}

func FuzzWrapLongDiff(f *testing.F) {
	for _, s := range wrapCases {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		w = w%80 + 1
		if w < 1 {
			w = -w + 1
		}
		if got, want := wrapLong(s, w), oldWrapLong(s, w); got != want {
			t.Errorf("wrapLong(%q, %d) = %q, want %q", s, w, got, want)
		}
	})
}

func FuzzEachFieldDiff(f *testing.F) {
	for _, s := range wrapCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		eachField(s, func(w string) { got = append(got, w) })
		if want := strings.Fields(s); strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Errorf("eachField(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestPlanSpan checks planSpan against Format("15:04") across a day in a
// zone with a DST change.
func TestPlanSpan(t *testing.T) {
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	for start := time.Date(2026, 11, 1, 0, 0, 0, 0, loc); start.Before(time.Date(2026, 11, 2, 3, 0, 0, 0, loc)); start = start.Add(7 * time.Minute) {
		end := start.Add(95 * time.Minute)
		want := start.In(loc).Format("15:04") + "–" + end.In(loc).Format("15:04")
		if got := planSpan(start.UTC(), end, loc); got != want {
			t.Fatalf("planSpan(%v, %v) = %q, want %q", start, end, got, want)
		}
	}
}

// oldTableText is tableText before its ASCII pass.
func oldTableText(s string) string {
	s = strings.ReplaceAll(planner.CleanText(s), "\t", " ")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if n := 0; len(s) > maxCellRunes {
		for i := range s {
			if n == maxCellRunes {
				return s[:i] + "…"
			}
			n++
		}
	}
	return s
}

func FuzzTableTextDiff(f *testing.F) {
	for _, s := range append(wrapCases, "a\r\nb\rc\td\x00e\u202e", strings.Repeat("x", maxCellRunes+1), strings.Repeat("é", maxCellRunes)) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tableText(s), oldTableText(s); got != want {
			t.Errorf("tableText(%q) = %q, want %q", s, got, want)
		}
	})
}

// oldColumnWidths is columnWidths before it skipped the words of short
// ASCII cells off a terminal; TestColumnWidthsDiff and
// FuzzColumnWidthsDiff compare the two. It gives each column the width of its widest line, at most
// cell; with a terminal width, the widest columns then narrow (to
// minColumn at the least) until the table, with its borders, fits.
func oldColumnWidths(header []string, rows [][]string, cell, terminal int) []int {
	widths := make([]int, len(header))
	words := make([]int, len(header)) // each column's longest word, up to maxWord
	measure := func(r []string) {
		for c, s := range r {
			for rest := s; ; {
				line, more, found := strings.Cut(rest, "\n")
				widths[c] = max(widths[c], min(textWidth(line), cell))
				if !found {
					break
				}
				rest = more
			}
			// A word (an ID, a URL) is kept whole up to maxWord.
			eachField(s, func(w string) {
				words[c] = max(words[c], min(textWidth(w), maxWord))
			})
		}
	}
	for _, r := range rows {
		measure(r)
	}
	for c, h := range header {
		// Headers are short; a column need not be wider than its
		// longest header word.
		for _, w := range strings.Fields(h) {
			words[c] = max(words[c], min(textWidth(w), cell))
		}
	}
	for c := range widths {
		widths[c] = max(widths[c], words[c], 1)
	}
	if terminal <= 0 {
		return widths
	}
	total := func() int {
		n := 1 // the left border
		for _, w := range widths {
			n += w + 3 // " text │"
		}
		return n
	}
	// Narrow the widest column, first down to its longest word (so words
	// stay whole), then, if that is not enough, down to minColumn, and on
	// a very narrow terminal down to 3.
	for _, floor := range []func(c int) int{
		func(c int) int { return max(minColumn, words[c]) },
		func(int) int { return minColumn },
		func(int) int { return 3 },
	} {
		for total() > terminal {
			widest := -1
			for c := range widths {
				if widths[c] > floor(c) && (widest < 0 || widths[c] > widths[widest]) {
					widest = c
				}
			}
			if widest < 0 {
				break
			}
			widths[widest]--
		}
	}
	return widths
}

func TestColumnWidthsDiff(t *testing.T) {
	cells := []string{"", "a", "07:00–07:50", "Zoë Fernández (board 2)", "日本語のタイトル", "e\u0301", "Meet the Expert: Stereotactic Body Radiation Therapy for Oligometastatic Prostate Cancer",
		"line one\nline two", "https://example.org/a/very/long/path/that/does/not/break/anywhere/at/all", "320", "exactly twenty-eight columns", "exactly twenty-nine columns!",
		"a\n  mid  \nb", " ", "\n", "x\n\ny", "Ünïcödé\n日本", "Poster walk: 12 posters (PQA 05, PQA 09)\n+2 more", "\t tab", "a \u0301b"}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 3000; i++ {
		cols := 1 + r.IntN(5)
		header := make([]string, cols)
		for c := range header {
			header[c] = cells[r.IntN(len(cells))]
		}
		rows := make([][]string, r.IntN(8))
		for k := range rows {
			rows[k] = make([]string, cols)
			for c := range rows[k] {
				rows[k][c] = cells[r.IntN(len(cells))]
			}
		}
		cell := []int{28, 46, 5, 1}[r.IntN(4)]
		terminal := []int{0, 0, 40, 80, 20}[r.IntN(5)]
		if got, want := columnWidths(header, rows, cell, terminal), oldColumnWidths(header, rows, cell, terminal); !slices.Equal(got, want) {
			t.Fatalf("columnWidths(%q, %q, %d, %d) = %v, want %v", header, rows, cell, terminal, got, want)
		}
	}
}

func FuzzColumnWidthsDiff(f *testing.F) {
	f.Add("Time", "07:00–07:50", "Poster walk: 12 posters (PQA 05, PQA 09)\n+2 more", 28, 0)
	f.Add("Who", "a \u0301b", "https://example.org/a/very/long/path", 5, 40)
	f.Fuzz(func(t *testing.T, h, c1, c2 string, cell, terminal int) {
		cell, terminal = 1+cell&0x3f, terminal&0xff
		header, rows := []string{h, h}, [][]string{{c1, c2}, {c2, c1}}
		if got, want := columnWidths(header, rows, cell, terminal), oldColumnWidths(header, rows, cell, terminal); !slices.Equal(got, want) {
			t.Fatalf("columnWidths(%q, %q, %d, %d) = %v, want %v", header, rows, cell, terminal, got, want)
		}
	})
}

// oldAsciiWidth is asciiWidth before it looked at eight bytes at a time;
// FuzzAsciiWidthDiff compares the two.
func oldAsciiWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return -1
		}
	}
	return len(s)
}

func FuzzAsciiWidthDiff(f *testing.F) {
	for _, s := range []string{"", "07:00–07:50", "Poster walk: 12 posters", "abcdefgh\x7fijk", "abcdefghijklmno\x1f", "abcdefgh ~~~~~~~", "\x80abcdefgh", "abcdefg\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for k := 0; k <= len(s) && k < 9; k++ { // each alignment of the eight-byte words
			if got, want := asciiWidth(s[k:]), oldAsciiWidth(s[k:]); got != want {
				t.Fatalf("asciiWidth(%q) = %d, want %d", s[k:], got, want)
			}
		}
	})
}

func TestAsciiWidthBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 9; pos++ {
			b := []byte("abcdefghi")
			b[pos] = byte(c)
			if got, want := asciiWidth(string(b)), oldAsciiWidth(string(b)); got != want {
				t.Fatalf("asciiWidth(%q) = %d, want %d", b, got, want)
			}
		}
	}
}
