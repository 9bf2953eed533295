package export

import (
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/confplan/confplan/planner"
)

// The day plan as one HTML page.
//
// WriteHTML writes a single self-contained file to print (one day per A4
// or Letter page) or keep open on a phone: no scripts, no fonts, styles or
// images from elsewhere, nothing that needs a network. Each day is a
// timeline of the chosen stops with the walk between them; beside each
// stop, the candidates it beat and why; under it, the people to find with
// their role, program and the question to ask, and a poster walk's boards
// in order; at the day's end, the follow-ups of that day's encounters
// with a tap-to-email link and a box to tick. Every text from a program
// or the network map goes through html/template, so none of it becomes
// markup.

// HTMLOptions tune the day plan page.
type HTMLOptions struct {
	Title  string         // the page's title, e.g. the meeting's name
	Zone   *time.Location // the conference zone; nil means the stops' own
	Buffer time.Duration  // the walking time the plan allowed between rooms
}

type htmlPage struct {
	Title string
	Zone  string
	Days  []htmlDay
}

type htmlDay struct {
	ID, Heading string
	Count       string // "6 stops"
	Value       int
	Stops       []htmlStop
	FollowUps   []htmlFollowUp
}

type htmlStop struct {
	Gap          string // the walk or free time before it; "" for the first
	Time, Room   string
	Kind         string
	Title        string
	Pinned       bool
	Tip          string
	People       []htmlPerson
	Posters      []string
	Talks        []string
	Alternatives []htmlAlt
	Value        int
	Why          []string
}

type htmlPerson struct {
	Name, About, Ask string
}

type htmlAlt struct {
	Time, Title, Room, Why string
	Value                  int
}

type htmlFollowUp struct {
	Who, Subject, Window, Met, Mailto, Email string
}

// WriteHTML writes the plan and its follow-ups as a day plan page.
func WriteHTML(w io.Writer, p *planner.Plan, opt HTMLOptions) error {
	nm := newNames(p)
	page := htmlPage{Title: opt.Title}
	if page.Title == "" {
		page.Title = "My day plan"
	}
	byDay := followUpDays(p, opt.Zone)
	for di := range p.Days {
		d := &p.Days[di]
		loc := opt.Zone
		if loc == nil {
			loc = time.UTC
			if len(d.Stops) > 0 {
				loc = d.Stops[0].Start.Location()
			}
		}
		if page.Zone == "" {
			page.Zone = loc.String()
		}
		day, _ := time.ParseInLocation("2006-01-02", d.Day, loc)
		hd := htmlDay{ID: "day-" + d.Day, Heading: day.Format("Monday 2 January 2006"), Count: plural(len(d.Stops), "stop", "stops"), Value: d.Value}
		beat := make(map[string][]planner.Explain)
		for _, e := range d.Dropped() {
			for _, id := range e.Against {
				beat[id] = append(beat[id], e)
			}
		}
		for si := range d.Stops {
			s := &d.Stops[si]
			hs := htmlStop{
				Time:   planSpan(s.Start, s.End, loc),
				Room:   oneLine(s.Room),
				Kind:   stopKind(s),
				Title:  oneLine(s.Title),
				Pinned: s.Must,
				Value:  s.Value,
				Why:    s.Why,
			}
			if si > 0 {
				hs.Gap = gapText(&d.Stops[si-1], s, opt.Buffer)
			}
			if len(s.Points) == 0 && len(s.Items) > 0 {
				hs.Tip = eventTip(&s.Items[0])
			}
			for i := range s.Points {
				pt := &s.Points[i]
				name := pointName(pt, "", nm)
				if pt.TargetType == planner.TargetProgram {
					name = oneLine(pt.Who) // the program follows in About
				}
				hs.People = append(hs.People, htmlPerson{Name: name, About: personAbout(pt), Ask: pt.Say})
			}
			if s.Walk {
				quoted := quotedItems(s, len(s.Points))
				notes := walkNotes(s)
				for i := range s.Items {
					it := &s.Items[i]
					code := planner.SessionCode(it.Session)
					title := oneLine(it.Title)
					if quoted[it.ID] {
						title = shortTitle(title, 40) // quoted in full above
					}
					hs.Posters = append(hs.Posters, boardLabel(it, code)+title+notes[it.ID])
				}
			} else if len(s.Items) > 1 {
				for _, it := range s.Items[1:] {
					hs.Talks = append(hs.Talks, it.Start.In(loc).Format("15:04")+" "+oneLine(it.Title))
				}
			}
			for _, e := range beat[s.ID] {
				hs.Alternatives = append(hs.Alternatives, htmlAlt{
					Time: planSpan(e.Start, e.End, loc), Title: oneLine(e.Title), Room: oneLine(e.Room), Value: e.Value,
					Why: altWhy(e, s),
				})
			}
			hd.Stops = append(hd.Stops, hs)
		}
		for _, i := range byDay[di] {
			f := &p.FollowUps[i]
			hd.FollowUps = append(hd.FollowUps, htmlFollowUp{
				Who:     followUpSummary(f, nm),
				Subject: f.Subject,
				Window:  "send " + localTime(f.WindowStart, loc) + " – " + localTime(f.Due, loc),
				Met:     shortTitle(oneLine(f.Encounter.Where), 60),
				Mailto:  f.Mailto,
				Email:   f.Encounter.Email,
			})
		}
		page.Days = append(page.Days, hd)
	}
	return dayPlanTemplate.Execute(w, page)
}

// followUpDays puts each follow-up on the day of the stop where the
// encounter happens (a reception that ends after midnight still counts
// for its day), else on the day it happens, else on the last day: none is
// left out. It returns the follow-ups' indexes by day index.
func followUpDays(p *planner.Plan, zone *time.Location) map[int][]int {
	out := make(map[int][]int)
	if len(p.Days) == 0 {
		return out
	}
	stopDay := make(map[string]int)
	dayIndex := make(map[string]int)
	for di, d := range p.Days {
		dayIndex[d.Day] = di
		for _, s := range d.Stops {
			stopDay[s.ID] = di
		}
	}
	for i := range p.FollowUps {
		e := &p.FollowUps[i].Encounter
		di, ok := stopDay[e.ItemID]
		if !ok && !e.At.IsZero() {
			loc := zone
			if loc == nil {
				loc = e.At.Location()
			}
			di, ok = dayIndex[e.At.In(loc).Format("2006-01-02")]
		}
		if !ok {
			di = len(p.Days) - 1
		}
		out[di] = append(out[di], i)
	}
	return out
}

// stopKind is the stop's kind as its calendar category names it
// ("Poster walk", "Session", "Talk"), or "".
func stopKind(s *planner.Stop) string {
	switch cats := stopCategories(s); cats[0] {
	case "Networking", "Pinned", "confplan":
		return ""
	default:
		return cats[0]
	}
}

// personAbout is "Program Director · University of Vermont · P1 ·
// speaker".
func personAbout(p *planner.TalkingPoint) string {
	var parts []string
	if p.Role != "" {
		parts = append(parts, p.Role)
	}
	switch {
	case p.Program != "":
		parts = append(parts, p.Program)
	case p.Institution != "":
		parts = append(parts, p.Institution)
	}
	if p.TargetType == planner.TargetPerson && p.Institution != "" && p.Program != "" && !strings.EqualFold(p.Institution, p.Program) {
		parts = append(parts, p.Institution)
	}
	parts = append(parts, prioText(p.Priority))
	if p.Part != "" {
		parts = append(parts, string(p.Part))
	}
	return strings.Join(parts, " · ")
}

// gapText is what lies between two stops: the walk to another room and
// the free time left.
func gapText(prev, next *planner.Stop, buffer time.Duration) string {
	gap := next.Start.Sub(prev.End)
	moving := !strings.EqualFold(oneLine(prev.Room), oneLine(next.Room)) && next.Room != ""
	switch {
	case gap <= 0 && moving:
		return "straight on to " + oneLine(next.Room)
	case gap <= 0:
		return "straight on, same room"
	case moving && gap <= buffer+5*time.Minute:
		return fmt.Sprintf("%s to walk to %s", minutes(gap), oneLine(next.Room))
	case moving:
		return fmt.Sprintf("%s free, then walk to %s (allow %s)", minutes(gap), oneLine(next.Room), minutes(buffer))
	}
	return minutes(gap) + " free"
}

func minutes(d time.Duration) string {
	m := int(d / time.Minute)
	if m < 60 {
		return fmt.Sprintf("%d min", m)
	}
	if m%60 == 0 {
		return fmt.Sprintf("%d h", m/60)
	}
	return fmt.Sprintf("%d h %02d min", m/60, m%60)
}

// altWhy says why an alternative lost to stop s.
func altWhy(e planner.Explain, s *planner.Stop) string {
	how := "clashes with it"
	switch {
	case e.Start.Before(s.End) && s.Start.Before(e.End):
		how = "overlaps it"
	case strings.Contains(e.Reason, "too close"):
		how = "too close to it to change rooms"
	case strings.HasPrefix(e.Reason, "conflicts with pinned"):
		how = "conflicts with this pinned stop"
	}
	if len(e.Against) > 1 {
		how += fmt.Sprintf(" and %d more chosen", len(e.Against)-1)
	}
	return fmt.Sprintf("value %d against %d; %s", e.Value, s.Value, how)
}

var dayPlanTemplate = template.Must(template.New("plan").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
:root { --ink: #1b1f24; --muted: #59636e; --line: #d0d7de; --accent: #0b5cad; --soft: #f3f6f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; padding: 12px; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.25em; margin: 0 0 4px; }
h2 { font-size: 1.1em; margin: 0 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1em; margin: 0; }
p, ul, ol { margin: 4px 0; }
ul, ol { padding-left: 1.2em; }
.meta { color: var(--muted); font-size: .85em; }
nav { margin: 8px 0 12px; }
nav a { margin-right: 10px; color: var(--accent); }
.day { margin-bottom: 24px; }
.stop { display: grid; grid-template-columns: minmax(0, 1fr); gap: 6px 16px; border-left: 4px solid var(--accent); padding: 6px 10px; margin: 0 0 4px; background: var(--soft); }
.stop > * { min-width: 0; }
.when { font-weight: 600; }
.kind { display: inline-block; font-size: .75em; text-transform: uppercase; letter-spacing: .04em; color: var(--accent); }
.gap { color: var(--muted); font-size: .85em; margin: 2px 0 4px 14px; }
.gap::before { content: "↓ "; }
.people li { margin-bottom: 4px; }
.name { font-weight: 600; }
.ask { display: block; }
.alts { font-size: .85em; color: var(--muted); border-top: 1px dashed var(--line); padding-top: 4px; }
.alts h4, .posters h4 { font-size: .8em; margin: 0; text-transform: uppercase; letter-spacing: .04em; }
details { font-size: .8em; color: var(--muted); }
.followups { margin-top: 10px; }
.followups ul { list-style: none; padding: 0; }
.followups li { padding: 4px 0; border-bottom: 1px solid var(--line); }
.followups label { display: flex; gap: 8px; align-items: flex-start; }
.followups input { width: 1.1em; height: 1.1em; margin-top: .2em; flex: none; }
a { color: var(--accent); overflow-wrap: anywhere; }
body, p, li, span, h1, h2, h3 { overflow-wrap: anywhere; }
@media (min-width: 760px) {
  body { max-width: 1100px; margin: 0 auto; padding: 20px; }
  .stop { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  .alts { border-top: 0; border-left: 1px dashed var(--line); padding: 0 0 0 12px; grid-row: 1 / span 3; grid-column: 2; }
}
@media print {
  @page { size: A4; margin: 8mm; }
  body { font-size: 7pt; line-height: 1.2; padding: 0; max-width: none; }
  nav, .noprint, details, .mailto { display: none; }
  h1 { font-size: 9pt; margin: 0; }
  h2 { font-size: 9.5pt; margin: 0 0 3px; }
  h3 { font-size: 7.5pt; }
  header .meta { margin: 0 0 2px; }
  .day { break-after: page; page-break-after: always; margin: 0; }
  .day:last-of-type { break-after: auto; page-break-after: auto; }
  .stops { column-count: 2; column-gap: 5mm; }
  .stop { display: block; break-inside: avoid; padding: 2px 5px; margin: 0 0 2px; background: none; border-left-width: 2px; }
  .alts { border-top: 1px dashed var(--line); border-left: 0; padding: 1px 0 0; margin-top: 2px; font-size: 6.5pt; }
  .alts h4, .posters h4 { font-size: 6.5pt; }
  .people li { margin-bottom: 1px; }
  .gap { margin: 0 0 1px 6px; font-size: 6.5pt; break-after: avoid; }
  .followups { margin-top: 4px; }
  .followups h3 { break-after: avoid; }
  .followups li { padding: 1px 0; break-inside: avoid; }
  ul, ol, p { margin: 1px 0; }
  a { color: var(--ink); text-decoration: none; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="meta">Times are conference time ({{.Zone}}). Written by confplan; it needs no network.</p>
{{if gt (len .Days) 1}}<nav class="noprint">{{range .Days}}<a href="#{{.ID}}">{{.Heading}}</a> {{end}}</nav>{{end}}
</header>
{{if not .Days}}<p>No day to plan: no item on the days asked for.</p>{{end}}
{{range .Days}}
<section class="day" id="{{.ID}}">
<h2>{{.Heading}} <span class="meta">· {{.Count}} · value {{.Value}}</span></h2>
{{if not .Stops}}<p>Nothing with a target or an interest on this day.</p>{{end}}
<div class="stops">
{{range .Stops}}
{{if .Gap}}<p class="gap">{{.Gap}}</p>{{end}}
<article class="stop">
<div class="head">
{{if or .Kind .Pinned}}<span class="kind">{{.Kind}}{{if and .Kind .Pinned}} · {{end}}{{if .Pinned}}pinned{{end}}</span>{{end}}
<h3><span class="when">{{.Time}}</span> {{.Title}}</h3>
{{if .Room}}<p class="meta">{{.Room}}</p>{{end}}
</div>
<div class="body">
{{if .Tip}}<p>{{.Tip}}</p>{{end}}
{{if .People}}<ul class="people">{{range .People}}
<li><span class="name">{{.Name}}</span> <span class="meta">{{.About}}</span><span class="ask">{{.Ask}}</span></li>{{end}}
</ul>{{end}}
{{if .Posters}}<div class="posters"><h4>Posters in board order</h4><ol>{{range .Posters}}<li>{{.}}</li>{{end}}</ol></div>{{end}}
{{if .Talks}}<div class="posters"><h4>Inside, with your targets</h4><ul>{{range .Talks}}<li>{{.}}</li>{{end}}</ul></div>{{end}}
<details><summary>Why value {{.Value}}</summary>{{range $i, $w := .Why}}{{if $i}}; {{end}}{{$w}}{{end}}</details>
</div>
{{if .Alternatives}}<aside class="alts"><h4>Chosen over</h4><ul>{{range .Alternatives}}
<li>{{.Time}} {{.Title}}{{if .Room}} ({{.Room}}){{end}} — {{.Why}}</li>{{end}}
</ul></aside>{{end}}
</article>
{{end}}
{{if .FollowUps}}<div class="followups"><h3>Follow-ups from this day</h3><ul>{{range .FollowUps}}
<li><label><input type="checkbox"> <span><span class="name">{{.Who}}</span> <span class="meta">{{.Window}}{{if .Met}} · at {{.Met}}{{end}}</span><br>
{{if .Mailto}}<a href="{{.Mailto}}">{{.Subject}}</a> <span class="meta mailto">(tap to open the draft)</span>{{else}}{{.Subject}} <span class="meta">(no email address in your network map)</span>{{end}}</span></label></li>{{end}}
</ul></div>{{end}}
</div>
</section>
{{end}}
</body>
</html>
`))
