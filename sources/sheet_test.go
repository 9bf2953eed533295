package sources_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// sheetCorpus is a set of CSV shapes real spreadsheets write.
var sheetCorpus = map[string]string{
	"plain":             "Name,Role\nJane Doe,PD\nJohn Roe,Faculty\n",
	"crlf":              "Name,Role\r\nJane Doe,PD\r\nJohn Roe,Faculty\r\n",
	"bom crlf":          "\xef\xbb\xbfName,Role\r\nJane Doe,PD\r\n",
	"semicolon":         "Name;Institution;Notes\r\n\"Smith, John\";Yale;a;b\r\nAna;\"UCSF; SF\";\r\n",
	"tab":               "Name\tRole\nJane\t\"PD\tAPD\"\n",
	"quoted newline":    "Name,Notes\r\nJane,\"line one\nline two\"\r\nJohn,\"x\r\ny\"\r\n",
	"quote all":         "\"Name\",\"Role\"\r\n\"Jane\",\"PD\"\r\n",
	"no final newline":  "Name,Role\nJane,PD",
	"extra columns":     "Name,Role,Institution,Email,How I found them,Date contacted,Response,Next step,Priority,Mine,Other\nJane,PD,Yale,,,,,,1,x,y\n",
	"ragged":            "Name,Role,Institution\nJane\nJohn,Faculty,Duke,extra\n",
	"blank lines":       "Name,Role\n\nJane,PD\n\n\n",
	"excel sep line":    "sep=;\r\nName;Role\r\nJane;PD\r\n",
	"escaped quotes":    "Name,Notes\n\"Sean \"\"Sully\"\" O'Connor\",\"said \"\"hi\"\"\"\n",
	"spaces kept":       "Name , Role\n Jane , PD \n",
	"stray quote":       "Name,Notes\nJane,5\" poster\n",
	"only header":       "Name,Role,Institution\n",
	"empty":             "",
	"unicode":           "Name,Institution\nZoë Müller,Universitätsklinikum\nLucía Torres,Peter MacCallum\n",
	"mixed line ending": "Name,Role\r\nJane,PD\nJohn,Faculty\r\n",
	"mac classic cr":    "Name,Notes\rJane,\"a\rb\"\rJohn,c\r",
}

func TestSheetRoundTrip(t *testing.T) {
	for name, in := range sheetCorpus {
		t.Run(name, func(t *testing.T) {
			s, err := sources.ParseSheet([]byte(in), "in.csv")
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Bytes(); !bytes.Equal(got, []byte(in)) {
				t.Errorf("round trip changed the bytes:\ngot  %q\nwant %q", got, in)
			}
		})
	}
}

func TestSheetRoundTripDemo(t *testing.T) {
	for _, f := range []string{"network.csv", "programs.csv", "arro.csv", "posters.csv"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "shared", "samples", "astro-demo", f))
		if err != nil {
			t.Skip("demo data absent:", err)
		}
		s, err := sources.ParseSheet(data, f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(s.Bytes(), data) {
			t.Errorf("%s: round trip changed the bytes", f)
		}
	}
}

func TestSheetEdit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		edit func(s *sources.Sheet)
		want string
	}{
		{
			name: "set keeps other rows and style",
			in:   "\xef\xbb\xbfName;Next step;Mine\r\n\"Smith, John\";;x\r\nAna;old;\"y\"\r\n",
			edit: func(s *sources.Sheet) { s.Set(1, 1, "Follow up by 2025-10-01; then call") },
			want: "\xef\xbb\xbfName;Next step;Mine\r\n\"Smith, John\";;x\r\nAna;\"Follow up by 2025-10-01; then call\";\"y\"\r\n",
		},
		{
			name: "set same value changes nothing",
			in:   "Name,Role\nJane, PD\n",
			edit: func(s *sources.Sheet) { s.Set(0, 1, " PD") },
			want: "Name,Role\nJane, PD\n",
		},
		{
			name: "quote all style",
			in:   "\"Name\",\"Role\"\r\n\"Jane\",\"PD\"\r\n",
			edit: func(s *sources.Sheet) { s.Set(0, 1, "APD") },
			want: "\"Name\",\"Role\"\r\n\"Jane\",\"APD\"\r\n",
		},
		{
			name: "append without final newline",
			in:   "Name,Role,Institution\nJane,PD,Yale",
			edit: func(s *sources.Sheet) { s.Append(map[int]string{0: "John Roe", 2: "Duke, NC"}) },
			want: "Name,Role,Institution\nJane,PD,Yale\nJohn Roe,,\"Duke, NC\"",
		},
		{
			name: "append before trailing blank lines",
			in:   "Name,Role\r\nJane,PD\r\n\r\n",
			edit: func(s *sources.Sheet) { s.Append(map[int]string{0: "John"}) },
			want: "Name,Role\r\nJane,PD\r\nJohn,\r\n\r\n",
		},
		{
			name: "set past a short row",
			in:   "Name,Role,Next step\nJane\nJohn,F,x\n",
			edit: func(s *sources.Sheet) { s.Set(0, 2, "call") },
			want: "Name,Role,Next step\nJane,,call\nJohn,F,x\n",
		},
		{
			name: "neutralize written text only",
			in:   "Name,Notes\n=HYPERLINK(\"x\"),@old\n",
			edit: func(s *sources.Sheet) {
				s.Append(map[int]string{0: "=cmd|' /C calc'!A0", 1: "-2+3"})
				s.Append(map[int]string{0: "@SUM(A1)", 1: "\tx"})
				s.Append(map[int]string{0: "+1", 1: "\rx"})
			},
			want: "Name,Notes\n=HYPERLINK(\"x\"),@old\n'=cmd|' /C calc'!A0,'-2+3\n'@SUM(A1),'\tx\n'+1,\"'\rx\"\n",
		},
		{
			name: "mac classic line ends",
			in:   "Name,Next step\rJane,\"a\rb\"\rJohn,\r",
			edit: func(s *sources.Sheet) { s.Set(1, 1, "call"); s.Append(map[int]string{0: "Ana"}) },
			want: "Name,Next step\rJane,\"a\rb\"\rJohn,call\rAna,\r",
		},
		{
			name: "edit a quoted newline row",
			in:   "Name,Notes,Response\r\nJane,\"a\nb\",\r\nJohn,c,\r\n",
			edit: func(s *sources.Sheet) { s.Set(0, 2, "Replied") },
			want: "Name,Notes,Response\r\nJane,\"a\nb\",Replied\r\nJohn,c,\r\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := sources.ParseSheet([]byte(tt.in), "in.csv")
			if err != nil {
				t.Fatal(err)
			}
			tt.edit(s)
			if got := string(s.Bytes()); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			// What was written reads back to the same cells.
			back, err := sources.ParseSheet(s.Bytes(), "out.csv")
			if err != nil {
				t.Fatal(err)
			}
			for r := range s.Len() {
				if g, w := strings.Join(back.Row(r), "|"), strings.Join(s.Row(r), "|"); g != w {
					t.Errorf("row %d reads back as %q, want %q", r, g, w)
				}
			}
		})
	}
}

func TestSheetSniff(t *testing.T) {
	tests := []struct {
		in   string
		want byte
	}{
		{"Name,Role\nA,B\n", ','},
		{"Name;Role;Institution\n\"A, B\";C;D\n", ';'},
		{"Name\tRole\nA, B\tC\n", '\t'},
		{"\"Smith, John\";\"Yale, CT\"\nx;y\n", ';'},
		{"Name\n", ','},
	}
	for _, tt := range tests {
		s, err := sources.ParseSheet([]byte(tt.in), "in.csv")
		if err != nil {
			t.Fatal(err)
		}
		if s.Comma != tt.want {
			t.Errorf("%q: comma %q, want %q", tt.in, s.Comma, tt.want)
		}
	}
}

func FuzzSheetRoundTrip(f *testing.F) {
	for _, in := range sheetCorpus {
		f.Add([]byte(in), "Follow up by 2025-10-01")
	}
	f.Add([]byte("a,\"b\nc\",d\r\n\"\"\"\",e"), "=1+1")
	f.Add([]byte("\xef\xbb\xbfx;y\r\n1;2"), "a;b\"c\nd")
	f.Fuzz(func(t *testing.T, in []byte, text string) {
		s, err := sources.ParseSheet(in, "fuzz.csv")
		if err != nil {
			return
		}
		if !bytes.Equal(s.Bytes(), in) {
			t.Fatalf("round trip changed %q into %q", in, s.Bytes())
		}
		if s.Len() == 0 {
			return
		}
		if !s.WellFormed() {
			// Stray quotes may leave the delimiter to the data rows;
			// an edit may then change it.
			return
		}
		// An edit must read back as written and leave every other row's
		// cells as they were.
		before := make([][]string, s.Len())
		for r := range s.Len() {
			before[r] = s.Row(r)
		}
		s.Set(0, 0, text)
		back, err := sources.ParseSheet(s.Bytes(), "fuzz.csv")
		if err != nil {
			t.Fatalf("edited sheet does not parse: %v\n%q", err, s.Bytes())
		}
		if back.Len() != s.Len() && !strings.ContainsAny(text, "\r\n") {
			t.Fatalf("edited sheet has %d rows, want %d\n%q", back.Len(), s.Len(), s.Bytes())
		}
		if strings.ContainsAny(text, "\r\n") {
			return
		}
		if got, want := back.Get(0, 0), sources.Neutralize(planner.CleanText(text)); got != want {
			t.Fatalf("cell reads back as %q, want %q\n%q", got, want, s.Bytes())
		}
		for r := 1; r < s.Len(); r++ {
			if got := back.Row(r); !slices.Equal(got, before[r]) {
				t.Fatalf("row %d reads back as %q, want %q\n%q", r, got, before[r], s.Bytes())
			}
		}
		for c := 1; c < len(before[0]); c++ {
			if got := back.Get(0, c); got != before[0][c] {
				t.Fatalf("row 0 cell %d reads back as %q, want %q", c, got, before[0][c])
			}
		}
	})
}

// BenchmarkSheetEdit reads a 5,000-row network map (far more people than
// anyone meets), edits one cell and writes it back.
func BenchmarkSheetEdit(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("\xef\xbb\xbfName,Role,Institution,Email,How I found them,Date contacted,Response,Next step,Priority,Notes\r\n")
	for i := range 5000 {
		fmt.Fprintf(&buf, "\"Person %d, MD\",Faculty,\"University %d, City\",p%d@x.example,Doximity,2025-07-04,,Visit their poster,%d,\"note\nline\"\r\n", i, i%300, i, i%3+1)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		s, err := sources.ParseSheet(data, "network.csv")
		if err != nil {
			b.Fatal(err)
		}
		s.Set(s.Len()/2, 7, "Follow up by 2025-10-01")
		_ = s.Bytes()
	}
}
