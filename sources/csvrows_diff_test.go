package sources

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/confplan/confplan/internal/synth"
)

// wellFormedRows must read any text it accepts as brokenRows (the
// encoding/csv reader it stands in front of) does, and accept the usual
// exports.

func checkWellFormedRows(t *testing.T, text string, delim byte) {
	t.Helper()
	got, ok := wellFormedRows([]byte(text), delim)
	want, warns := brokenRows([]byte(text), "x.csv", rune(delim))
	if !ok {
		return
	}
	if len(warns) > 0 {
		t.Fatalf("wellFormedRows(%q, %q) accepted a text with warnings %v", text, delim, warns[0])
	}
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("wellFormedRows(%q, %q) =\n%+v\nwant\n%+v", text, delim, got, want)
	}
}

var csvPieces = []string{"a", "Bo", "é", " ", ",", ";", "\t", "|", "\"", "\"\"", "\n", "\r", "\r\n", "\n\n", "1", "\"x,y\"", "\"a\nb\"", "\"\r\n\""}

func TestWellFormedRowsAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 21))
	for range 100000 {
		var b strings.Builder
		for n := r.IntN(14); n > 0; n-- {
			b.WriteString(csvPieces[r.IntN(len(csvPieces))])
		}
		checkWellFormedRows(t, b.String(), ",;\t|"[r.IntN(4)])
	}
}

func TestWellFormedRowsReadsExports(t *testing.T) {
	f := synth.Generate(synth.Scale(1))
	for _, data := range [][]byte{f.Posters, f.ARRO, f.Network, f.Programs} {
		if _, ok := wellFormedRows(data, ','); !ok {
			t.Errorf("wellFormedRows refused a synthetic export starting %q", data[:40])
		}
		checkWellFormedRows(t, string(data), ',')
	}
	files, _ := filepath.Glob("testdata/csv/*")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text, err := decodeText(data)
		if err != nil {
			continue
		}
		checkWellFormedRows(t, string(text), byte(sniffDelimiter(text)))
	}
}

func FuzzWellFormedRows(f *testing.F) {
	f.Add("Title,Date\n\"A, \"\"B\"\"\",9/28/2026\r\n\r\nC,\"x\ny\"\n", byte(','))
	f.Add("a;b\r\nc;d\r", byte(';'))
	f.Fuzz(func(t *testing.T, text string, delim byte) {
		switch delim {
		case ',', ';', '\t', '|':
			checkWellFormedRows(t, text, delim)
		}
	})
}
