package sources

import (
	"maps"
	"regexp"
	"strings"
	"testing"
)

// The page readers' scanners are checked against the regular expressions
// and library calls they replace.

var presidAttrRef = regexp.MustCompile(`data-presid\s*=\s*["']?([^"'\s>]+)`)

func presidLinesRef(data []byte) map[string]int {
	lines := make(map[string]int)
	line, last := 1, 0
	for _, m := range presidAttrRef.FindAllSubmatchIndex(data, -1) {
		line += strings.Count(string(data[last:m[0]]), "\n")
		last = m[0]
		id := string(data[m[2]:m[3]])
		if _, ok := lines[id]; !ok {
			lines[id] = line
		}
	}
	return lines
}

func FuzzPresidLines(f *testing.F) {
	for _, s := range []string{`<li data-presid="2607001" data-buildcode="M">`, "data-presid = '12'\n<li data-presid=13>",
		`data-presid=""`, `data-presiddata-presid=5`, "data-presid\t=\n\"x y\"", `data-presid=>`, "data-presid=\xff\xfe\n data-presid=a\vb",
		`data-presid='9'data-presid="9"`, `data-presi=1 data-presid`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := presidLines(data), presidLinesRef(data); !maps.Equal(got, want) {
			t.Errorf("presidLines(%q) = %v, want %v", data, got, want)
		}
	})
}

func cutLabelRef(s string, labels ...string) (string, bool) {
	ls := strings.ToLower(s)
	for _, l := range labels {
		if strings.HasPrefix(ls, l) {
			rest := strings.TrimSpace(s[len(l):])
			if strings.HasPrefix(rest, ":") {
				return strings.TrimSpace(rest[1:]), true
			}
		}
	}
	return "", false
}

func FuzzCutLabel(f *testing.F) {
	for _, s := range []string{"Location: Hall A", "ROOM : 12", "Locatİon: x", "trac\u212a: Lung", "Session ID: SS 01", "session idx: 1",
		"In Session: SS 2", "Venue:", "\xffroom: 1", "Track:Breast", "Part of: SS 03 - Breast"} {
		f.Add(s)
	}
	labels := [][]string{{"location", "room", "venue"}, {"session id", "session code", "session number", "code"}, {"track", "topic", "category"},
		{"session", "part of", "in session"}, {"session type", "type", "format"}, {"session id", "session code", "session number", "abstract number"}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ls := range labels {
			gv, gok := cutLabel(s, ls...)
			wv, wok := cutLabelRef(s, ls...)
			if gv != wv || gok != wok {
				t.Errorf("cutLabel(%q, %q) = %q, %v; want %q, %v", s, ls, gv, gok, wv, wok)
			}
		}
	})
}
