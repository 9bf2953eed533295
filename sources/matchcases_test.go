package sources

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/confplan/confplan/planner"
)

// TestMatchCases runs the cases of testdata/matchcases.tsv (see its
// header): each printed text is read the way programs are read (people
// cells, author blocks) and matched against one network-map row or one
// programs.csv entry. It prints precision and recall per convention
// class and fails any class below precision 0.98 or recall 0.95.
func TestMatchCases(t *testing.T) {
	f, err := os.Open("testdata/matchcases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type tally struct{ tp, fp, fn, tn int }
	classes := map[string]*tally{}
	var wrong []string
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		c := strings.Split(text, "\t")
		if len(c) != 6 || (c[5] != "0" && c[5] != "1") {
			t.Fatalf("matchcases.tsv:%d: want 6 tab-separated columns ending in 0 or 1, got %q", line, text)
		}
		class, format, name, inst, printed, want := c[0], c[1], c[2], c[3], strings.ReplaceAll(c[4], `\n`, "\n"), c[5] == "1"
		var people []planner.Person
		switch format {
		case "cell":
			people = parseRoleList(printed, planner.RoleSpeaker)
		case "authors":
			people = parseAuthorBlock(printed)
		default:
			t.Fatalf("matchcases.tsv:%d: format %q, want cell or authors", line, format)
		}
		targets := &planner.Targets{}
		if name == "=program" {
			targets.Programs = []planner.Program{{Name: inst}}
		} else {
			targets.People = []planner.Contact{{Name: name, Institution: inst}}
		}
		ms := planner.NewMatcher(targets, planner.MatchOptions{Evidence: true}).Match([]planner.Item{{ID: "x", People: people}})
		got := len(ms) > 0
		tl := classes[class]
		if tl == nil {
			tl = &tally{}
			classes[class] = tl
		}
		switch {
		case got && want:
			tl.tp++
		case got && !want:
			tl.fp++
			wrong = append(wrong, fmt.Sprintf("matchcases.tsv:%d: %s: %q (%s) wrongly found in %q: %s", line, class, name, inst, printed, ms[0].Evidence))
		case !got && want:
			tl.fn++
			wrong = append(wrong, fmt.Sprintf("matchcases.tsv:%d: %s: %q (%s) not found in %q (read as %+v)", line, class, name, inst, printed, people))
		default:
			tl.tn++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var names []string
	for k := range classes {
		names = append(names, k)
	}
	sort.Strings(names)
	if len(names) < 30 {
		t.Errorf("%d classes, want at least 30", len(names))
	}
	cases, negatives := 0, 0
	for _, c := range classes {
		cases += c.tp + c.fp + c.fn + c.tn
		negatives += c.fp + c.tn
	}
	if cases < 600 || 4*negatives < cases {
		t.Errorf("%d cases, %d of them negative: want at least 600, about a third negative", cases, negatives)
	}
	total := tally{}
	for _, k := range names {
		c := classes[k]
		total.tp += c.tp
		total.fp += c.fp
		total.fn += c.fn
		total.tn += c.tn
		p, r := ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn)
		t.Logf("%-26s cases %3d  precision %.3f  recall %.3f", k, c.tp+c.fp+c.fn+c.tn, p, r)
		if p < 0.98 || r < 0.95 {
			t.Errorf("class %s: precision %.3f recall %.3f, want at least 0.98 and 0.95", k, p, r)
		}
	}
	t.Logf("%-26s cases %3d  precision %.3f  recall %.3f", "all", total.tp+total.fp+total.fn+total.tn, ratio(total.tp, total.tp+total.fp), ratio(total.tp, total.tp+total.fn))
	if t.Failed() {
		for _, w := range wrong {
			t.Log(w)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
