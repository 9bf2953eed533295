package main

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

// chromium finds Debian's headless browser: skipped where it is absent,
// required in CI (.ci/run installs it).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed in CI (.ci/run installs it with apt-get)")
	}
	t.Skip("chromium not installed (apt-get install chromium poppler-utils)")
	return ""
}

func browse(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	home := t.TempDir()
	args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
		"--user-data-dir=" + filepath.Join(home, "profile")}, args...)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "HOME="+home)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	done := make(chan struct{})
	var out []byte
	var err error
	go func() { out, err = cmd.Output(); close(done) }()
	select {
	case <-done:
	case <-time.After(90 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatalf("chromium %v: timed out\n%s", args, stderr.String())
	}
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

// demoDayPlan runs 'confplan demo' in a temporary folder and returns the
// day plan page it wrote and the plan it was made from.
func demoDayPlan(t *testing.T) (string, *planner.Plan) {
	t.Helper()
	dir := t.TempDir()
	var plan *planner.Plan
	testOnlyPlanHook = func(p *planner.Plan) { plan = p }
	defer func() { testOnlyPlanHook = nil }()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"confplan", "demo", "--out", dir}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("confplan demo: exit %d\n%s", code, stderr.String())
	}
	if plan == nil || len(plan.Days) == 0 {
		t.Fatal("the demo made no plan")
	}
	return filepath.Join(dir, demoHTML), plan
}

var tags = regexp.MustCompile(`(?s)<[^>]*>`)

// pageText is what a reader sees of an HTML page: the text without tags,
// entities decoded, spaces collapsed.
func pageText(page string) string {
	return strings.Join(strings.Fields(html.UnescapeString(tags.ReplaceAllString(page, " "))), " ")
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestDayPlanHTML checks the demo's day plan without a browser: self-
// contained, no script, and every stop, alternative and follow-up there.
func TestDayPlanHTML(t *testing.T) {
	path, plan := demoDayPlan(t)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	low := strings.ToLower(page)
	for _, bad := range []string{"<script", "<link", "<img", "<iframe", "@import", "url(", "http://", "https://", "src="} {
		if strings.Contains(low, bad) {
			t.Errorf("the day plan holds %q: it must be self-contained and read with scripts off", bad)
		}
	}
	checkDemoContent(t, pageText(page), plan)
}

func checkDemoContent(t *testing.T, text string, plan *planner.Plan) {
	t.Helper()
	for _, d := range plan.Days {
		for _, s := range d.Stops {
			if !strings.Contains(text, collapse(s.Title)) {
				t.Errorf("stop %s %q is missing", s.ID, s.Title)
			}
			for _, p := range s.Points {
				if !strings.Contains(text, collapse(p.Say)) {
					t.Errorf("stop %s: the question for %s is missing", s.ID, p.Target)
				}
			}
			if s.Walk {
				for _, it := range s.Items {
					if !strings.Contains(text, "#"+it.ID) {
						t.Errorf("walk %s: poster #%s is missing", s.ID, it.ID)
					}
				}
			}
		}
		for _, e := range d.Dropped() {
			if !strings.Contains(text, collapse(e.Title)) {
				t.Errorf("alternative %s %q is missing", e.ID, e.Title)
			}
		}
	}
	for _, f := range plan.FollowUps {
		if !strings.Contains(text, planner.DisplayName(f.Encounter.Name)) || !strings.Contains(text, collapse(f.Subject)) {
			t.Errorf("follow-up for %s (%q) is missing", f.Encounter.Name, f.Subject)
		}
	}
}

// TestDayPlanInChromium renders the demo's day plan in headless Chromium:
// printed to PDF on A4, each day is one page that starts with that day;
// at a phone's width (390 CSS px) no element is wider than the screen,
// and every stop, alternative and follow-up is in the rendered page.
func TestDayPlanInChromium(t *testing.T) {
	bin := chromium(t)
	path, plan := demoDayPlan(t)
	dir := filepath.Dir(path)

	// A4, as the print CSS asks.
	pdf := filepath.Join(dir, "plan.pdf")
	browse(t, bin, "--no-pdf-header-footer", "--print-to-pdf="+pdf, "file://"+path)
	pages := pdfPages(t, pdf)
	if len(pages) != len(plan.Days) {
		t.Errorf("printed, the day plan has %d pages for %d days; want one page per day", len(pages), len(plan.Days))
	}
	for i, d := range plan.Days {
		day, _ := time.Parse("2006-01-02", d.Day)
		heading := day.Format("Monday 2 January 2006")
		if i < len(pages) && pages[i] != "" && !strings.Contains(collapse(pages[i]), heading) {
			t.Errorf("page %d does not start day %s", i+1, heading)
		}
	}

	// A phone: 390 CSS px wide. Headless windows are at least 500 px
	// wide, so the page is shown in a 390 px frame (srcdoc, so the probe
	// may look inside it); the probe measures every element there, as the
	// page itself has no script, and --dump-dom reads the result.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	probe := `<!DOCTYPE html><html><body style="margin:0"><iframe id="phone" style="width:390px;height:844px;border:0" srcdoc="` +
		html.EscapeString(string(data)) + `"></iframe><pre id="layout-check"></pre><script>window.onload=function(){` +
		`var d=document.getElementById('phone').contentDocument,w=d.documentElement.clientWidth,bad=[];` +
		`d.querySelectorAll('body *').forEach(function(el){var r=el.getBoundingClientRect();` +
		`if(r.width>0&&(r.right>w+0.5||r.left<-0.5))bad.push(el.tagName+'.'+el.className+' '+Math.round(r.left)+'..'+Math.round(r.right)+': '+(el.textContent||'').trim().slice(0,50));});` +
		`document.getElementById('layout-check').textContent=JSON.stringify({width:w,scroll:d.documentElement.scrollWidth,bad:bad,text:d.body.innerText});};</script></body></html>`
	measured := filepath.Join(dir, "measured.html")
	if err := os.WriteFile(measured, []byte(probe), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := string(browse(t, bin, "--window-size=800,900", "--virtual-time-budget=10000", "--dump-dom", "file://"+measured))
	m := regexp.MustCompile(`(?s)<pre id="layout-check">(.*?)</pre>`).FindStringSubmatch(dom)
	if m == nil || m[1] == "" {
		t.Fatalf("the layout probe did not run:\n%.2000s", dom[max(0, len(dom)-2000):])
	}
	var got struct {
		Width  int      `json:"width"`
		Scroll int      `json:"scroll"`
		Bad    []string `json:"bad"`
		Text   string   `json:"text"`
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &got); err != nil {
		t.Fatal(err)
	}
	if got.Width < 300 || got.Width > 400 {
		t.Errorf("viewport is %d px wide, want a phone's 390", got.Width)
	}
	if got.Scroll > got.Width {
		t.Errorf("the page scrolls sideways on a phone: %d px wide in a %d px screen", got.Scroll, got.Width)
	}
	for _, b := range got.Bad {
		t.Errorf("wider than a %d px phone screen: %s", got.Width, b)
	}
	// What the phone shows, as rendered text.
	checkDemoContent(t, collapse(got.Text), plan)
}

// pdfPages counts a PDF's pages and, when poppler's pdftotext is there,
// returns each page's text ("" otherwise).
func pdfPages(t *testing.T, pdf string) []string {
	t.Helper()
	n := 0
	if out, err := exec.Command("pdfinfo", pdf).Output(); err == nil {
		if m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out); m != nil {
			n, _ = strconv.Atoi(string(m[1]))
		}
	} else {
		if os.Getenv("CI") != "" {
			t.Fatalf("pdfinfo (poppler-utils) is not installed in CI: %v", err)
		}
		data, err := os.ReadFile(pdf)
		if err != nil {
			t.Fatal(err)
		}
		n = len(regexp.MustCompile(`/Type\s*/Page\b`).FindAll(data, -1))
	}
	pages := make([]string, n)
	for i := range pages {
		out, err := exec.Command("pdftotext", "-f", strconv.Itoa(i+1), "-l", strconv.Itoa(i+1), pdf, "-").Output()
		if err != nil {
			break
		}
		pages[i] = string(out)
	}
	return pages
}
