package sources_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/cases"

	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

// realDir holds real public program exports (../shared/real from the
// repository, described in its SOURCES.md) with expect.json, which was
// built from each file's documented semantics, not from confplan.
// CONFPLAN_REAL overrides the place.
func realDir() string {
	if d := os.Getenv("CONFPLAN_REAL"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "real")
}

type realExpect struct {
	Items    int      `json:"items"`
	TZ       string   `json:"tz"`
	TZInFile bool     `json:"tz_in_file"`
	Titles   []string `json:"titles"`
	Sample   []struct {
		Title  string   `json:"title"`
		Start  string   `json:"start"`
		End    string   `json:"end"`
		Room   string   `json:"room"`
		People []string `json:"people"`
	} `json:"sample"`
}

// TestRealFiles imports every real export and checks it against
// expect.json: the item count, the zone, every title, and the sampled
// items' instants, rooms and people. A file whose zone is not in it is
// read with --tz, as a user would have to.
func TestRealFiles(t *testing.T) {
	dir := realDir()
	data, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	if os.IsNotExist(err) {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing in CI", dir)
		}
		t.Skipf("no real files at %s", dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var expect map[string]realExpect
	if err := json.Unmarshal(data, &expect); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(expect))
	for n := range expect {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, file := range names {
		want := expect[file]
		t.Run(file, func(t *testing.T) {
			loc, err := time.LoadLocation(want.TZ)
			if err != nil {
				t.Fatal(err)
			}
			var opt sources.Options
			if !want.TZInFile {
				// Without the zone the file must fail, saying what to do.
				f, err := os.Open(filepath.Join(dir, file))
				if err != nil {
					t.Fatal(err)
				}
				_, err = sources.ReadProgram(f, file, opt)
				f.Close()
				if err == nil || !strings.Contains(err.Error(), "zone") {
					t.Errorf("without --tz: err = %v, want one about the zone", err)
				}
				opt.Zone = loc
			}
			f, err := os.Open(filepath.Join(dir, file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			res, err := sources.ReadProgram(f, file, opt)
			if err != nil {
				t.Fatalf("ReadProgram: %v", err)
			}
			for _, w := range res.Warnings {
				t.Logf("warning: %v", w)
			}
			if len(res.Items) != want.Items {
				t.Errorf("items = %d, want %d", len(res.Items), want.Items)
			}
			// The zone: the named zone, or (a file with offsets only) one
			// that agrees with it at every item.
			if res.Zone == nil {
				t.Fatal("no zone")
			}
			if res.Zone.String() != want.TZ {
				for _, it := range res.Items {
					_, got := it.Start.Zone()
					_, exp := it.Start.In(loc).Zone()
					if got != exp {
						t.Errorf("zone %v: %q starts at %v; in %s that is offset %ds", res.Zone, it.Title, it.Start, want.TZ, exp)
						break
					}
				}
			}
			var titles []string
			for _, it := range res.Items {
				titles = append(titles, titleKey(it.Title))
			}
			slices.Sort(titles)
			var wantTitles []string
			for _, w := range want.Titles {
				wantTitles = append(wantTitles, titleKey(w))
			}
			slices.Sort(wantTitles)
			if !slices.Equal(titles, wantTitles) {
				for _, d := range diffLists(titles, wantTitles) {
					t.Errorf("title %s", d)
				}
			}
			for _, s := range want.Sample {
				it := findItem(res.Items, s.Title, s.Start)
				if it == nil {
					t.Errorf("no item %q starting %s", s.Title, s.Start)
					continue
				}
				if e := it.End.UTC().Format(time.RFC3339); e != s.End {
					t.Errorf("%q ends %s, want %s", s.Title, e, s.End)
				}
				if it.Room != s.Room {
					t.Errorf("%q room = %q, want %q", s.Title, it.Room, s.Room)
				}
				var people []string
				for _, p := range it.People {
					people = append(people, p.Name)
					if p.Role == "" {
						t.Errorf("%q: %s has no role", s.Title, p.Name)
					}
				}
				if !slices.Equal(people, s.People) && !(len(people) == 0 && len(s.People) == 0) {
					t.Errorf("%q people = %q, want %q", s.Title, people, s.People)
				}
			}
		})
	}
}

func findItem(items []planner.Item, title, start string) *planner.Item {
	for i := range items {
		it := &items[i]
		if it.Title == title && it.Start.UTC().Format(time.RFC3339) == start {
			return it
		}
	}
	return nil
}

// diffLists names what is only in got ("extra …") or only in want
// ("missing …"), both sorted.
func diffLists(got, want []string) []string {
	var out []string
	i, j := 0, 0
	for i < len(got) || j < len(want) {
		switch {
		case j == len(want) || i < len(got) && got[i] < want[j]:
			out = append(out, "extra "+strconvQuote(got[i]))
			i++
		case i == len(got) || got[i] > want[j]:
			out = append(out, "missing "+strconvQuote(want[j]))
			j++
		default:
			i++
			j++
		}
	}
	return out
}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

// abstractNumber is a leading abstract number ("113 - "), which
// expect.json's title list leaves out.
var abstractNumber = regexp.MustCompile(`^\d+\s+-\s+`)

// titleKey is how expect.json lists titles: case-folded ("größte" reads
// "grösste"), spacing collapsed, without a leading abstract number.
func titleKey(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = abstractNumber.ReplaceAllString(s, "")
	return strings.ReplaceAll(cases.Fold().String(s), "ß", "ss")
}

// TestRealFilesAnyOrder: all real files read as one program give the same
// meeting in any order, and no item is lost.
func TestRealFilesAnyOrder(t *testing.T) {
	dir := realDir()
	data, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	if os.IsNotExist(err) {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing in CI", dir)
		}
		t.Skipf("no real files at %s", dir)
	}
	var expect map[string]realExpect
	if err := json.Unmarshal(data, &expect); err != nil {
		t.Fatal(err)
	}
	var in []sources.Input
	total := 0
	for name, e := range expect {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, sources.Input{Name: name, Data: b})
		total += e.Items
	}
	slices.SortFunc(in, func(a, b sources.Input) int { return strings.Compare(a.Name, b.Name) })
	var want []byte
	for _, rot := range []int{0, 1, 2, 3, 4} {
		order := append(slices.Clone(in[rot:]), in[:rot]...)
		if rot%2 == 1 {
			slices.Reverse(order)
		}
		m, res, _ := sources.ReadMeeting(order, sources.Options{})
		for _, r := range res {
			if r.Err != nil {
				t.Fatalf("%s: %v", r.Name, r.Err)
			}
		}
		if len(m.Items) != total {
			t.Errorf("order %d: %d items, want %d", rot, len(m.Items), total)
		}
		got, err := json.Marshal(meetingJSON(m))
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = got
		} else if string(got) != string(want) {
			t.Errorf("order %d gives a different meeting", rot)
		}
	}
}
