package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

// matchFixture is a small program, targets and the matcher's answer.
func matchFixture(t *testing.T) *export.MatchReport {
	t.Helper()
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	day := func(d, hh, mm int) time.Time { return time.Date(2025, 9, 27+d, hh, mm, 0, 0, la) }
	m := &planner.Meeting{Name: "test", Zone: la, Items: []planner.Item{
		{ID: "MTE 1", Kind: planner.KindSession, Title: "Meet the Expert: SBRT for Oligometastases", Type: "Meet the Expert",
			Start: day(0, 7, 0), End: day(0, 7, 55), Room: "Room 3014",
			People: []planner.Person{{Name: "Jennifer A. Smith", Role: planner.RoleSpeaker, Affiliations: []string{"UCSF"}}}},
		{ID: "2001", Kind: planner.KindPoster, Title: "Global Oncology Capacity in East Africa", Type: "Poster Q&A",
			Start: day(1, 10, 45), End: day(1, 11, 45), Room: "Poster Hall", Board: "12",
			People: []planner.Person{
				{Name: "J. A. Smith", Role: planner.RoleAuthor, Affiliations: []string{"Department of Radiation Oncology, University of California, San Francisco, CA"}},
				{Name: "P. van der Berg", Role: planner.RolePresentingAuthor, Affiliations: []string{"MSKCC, New York, NY"}},
			}},
		{ID: "2002", Kind: planner.KindPoster, Title: "Unrelated", Start: day(1, 10, 45), End: day(1, 11, 45), Room: "Poster Hall",
			People: []planner.Person{{Name: "J. Smith", Role: planner.RoleAuthor, Affiliations: []string{"Duke University, Durham, NC"}}}},
	}}
	targets := &planner.Targets{
		People: []planner.Contact{
			{Name: "Smith, Jennifer", Institution: "University of California, San Francisco"},
			{Name: "van der Berg, Pieter", Institution: "Memorial Sloan Kettering Cancer Center"},
			{Name: "Robert Clark, MD", Institution: "Tata Memorial Hospital"},
		},
		Programs: []planner.Program{
			{Name: "University of California, San Francisco", Aliases: []string{"UCSF"}, State: "CA"},
			{Name: "Stony Brook University", State: "NY"},
		},
	}
	interests := []string{"SBRT", "global oncology"}
	matches := planner.NewMatcher(targets, planner.MatchOptions{Interests: interests, Evidence: true}).Match(m.Items)
	return &export.MatchReport{Meeting: m, Targets: targets, Matches: matches, Interests: interests}
}

func TestWriteMatchJSON(t *testing.T) {
	r := matchFixture(t)
	var buf bytes.Buffer
	if err := export.WriteMatchJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	golden(t, "match.json", buf.Bytes())

	// The contract: {"matches":[...], "not_at_meeting":[...],
	// "interest_items":[...]} with these keys and types.
	var doc map[string][]map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc) != 3 || doc["matches"] == nil || doc["not_at_meeting"] == nil || doc["interest_items"] == nil {
		t.Fatalf("top level keys: %v, want matches, not_at_meeting and interest_items", doc)
	}
	var absent []string
	for _, a := range doc["not_at_meeting"] {
		absent = append(absent, a["target"].(string)+" "+a["target_type"].(string))
	}
	if got, want := strings.Join(absent, "; "), "Robert Clark, MD faculty; Stony Brook University program"; got != want {
		t.Errorf("not_at_meeting = %s, want %s (as the table lists them)", got, want)
	}
	var got []string
	for _, m := range doc["matches"] {
		for _, k := range []string{"item_id", "item_kind", "item_title", "start", "end", "room", "target", "target_type", "role", "evidence"} {
			if _, ok := m[k].(string); !ok {
				t.Errorf("match %v: %s is not a string", m, k)
			}
		}
		if s, ok := m["score"].(float64); !ok || s <= 0 || s > 1 {
			t.Errorf("match %v: score %v", m, m["score"])
		}
		for _, k := range []string{"start", "end"} {
			if _, err := time.Parse(time.RFC3339, m[k].(string)); err != nil {
				t.Errorf("%s: %v", k, err)
			}
		}
		got = append(got, m["item_id"].(string)+" "+m["target"].(string)+" "+m["target_type"].(string)+" "+m["role"].(string))
	}
	want := []string{
		"MTE 1 Smith, Jennifer faculty speaker",
		"MTE 1 University of California, San Francisco program speaker",
		"2001 Smith, Jennifer faculty author",
		"2001 van der Berg, Pieter faculty presenting author",
		"2001 University of California, San Francisco program author",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWriteMatchJSONEmpty(t *testing.T) {
	r := matchFixture(t)
	r.Matches, r.Interests = nil, nil
	r.Targets = &planner.Targets{}
	var buf bytes.Buffer
	if err := export.WriteMatchJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(buf.String()), ""); got != `{"matches":[],"not_at_meeting":[]}` {
		t.Errorf("got %s, want empty lists", got)
	}
}

func TestWriteMatchCSV(t *testing.T) {
	r := matchFixture(t)
	var buf bytes.Buffer
	if err := export.WriteMatchCSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 6 {
		t.Fatalf("got %d records, want header and 5 matches", len(recs))
	}
	if recs[0][0] != "item_id" || recs[1][7] != "Smith, Jennifer" || recs[1][13] != "true" || recs[1][14] != "SBRT" {
		t.Errorf("unexpected CSV: %q", recs[:2])
	}
}

func TestWriteMatchTable(t *testing.T) {
	r := matchFixture(t)
	var buf bytes.Buffer
	if err := export.WriteMatchTable(&buf, r); err != nil {
		t.Fatal(err)
	}
	golden(t, "match.txt", buf.Bytes())
	out := buf.String()
	// Grouped by target in the user's order; absent targets listed last.
	order := []string{"Smith, Jennifer", "van der Berg, Pieter", "speaker: Jennifer A. Smith", "Not at this meeting", "Robert Clark, MD", "Stony Brook University (program)"}
	var pos []int
	for _, s := range order {
		i := strings.Index(out, s)
		if i < 0 {
			t.Fatalf("table lacks %q:\n%s", s, out)
		}
		pos = append(pos, i)
	}
	if !sort.IntsAreSorted(pos) {
		t.Errorf("table order wrong: %v\n%s", pos, out)
	}
	if strings.Contains(out, "Unrelated") {
		t.Errorf("the other Smith's poster is listed:\n%s", out)
	}
}
