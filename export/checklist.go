package export

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/confplan/confplan/planner"
)

// WriteChecklist writes follow-ups as a Markdown checklist grouped by due
// date (in the conference's zone), earliest first:
//
//	## Due Tue 30 Sep 2025
//
//	- [ ] Email Ana De La Cruz (Institution) — due Tue 30 Sep 14:00 PDT
//	  - Send from Mon 29 Sep 14:00 PDT; met at “…” (Room), Sat 27 Sep 14:00 PDT
//	  - To: x@example.org
//
//	  > Subject: …
//	  >
//	  > the drafted email
//
//	  [Open the draft in your mail app](<mailto:…>)
//
// Headlines name people by their display name (planner.DisplayName:
// "Abu-Rahma, Thomas, MD" reads "Thomas Abu-Rahma"); the draft's
// salutation keeps "Dr.". Sent or answered follow-ups are ticked.
func WriteChecklist(w io.Writer, followups []planner.FollowUp, opt CalendarOptions) error {
	fs := make([]*planner.FollowUp, len(followups))
	for i := range followups {
		fs[i] = &followups[i]
	}
	sort.SliceStable(fs, func(i, j int) bool {
		if !fs[i].Due.Equal(fs[j].Due) {
			return fs[i].Due.Before(fs[j].Due)
		}
		return fs[i].Encounter.Name < fs[j].Encounter.Name
	})
	bw := bufio.NewWriter(w)
	title := opt.Name
	if title == "" {
		title = opt.Meeting
	}
	if title != "" {
		fmt.Fprintf(bw, "# Follow-ups — %s\n\n", mdLine(title))
	} else {
		bw.WriteString("# Follow-ups\n\n")
	}
	if len(fs) == 0 {
		bw.WriteString("No follow-ups: no planned or logged encounter with a person from your network map.\n")
		return bw.Flush()
	}
	day := ""
	for _, f := range fs {
		loc := localZone(opt, f.Due)
		if d := f.Due.In(loc).Format("Mon 2 Jan 2006"); d != day {
			day = d
			fmt.Fprintf(bw, "## Due %s\n\n", d)
		}
		box := " "
		if isDone(f) {
			box = "x"
		}
		e := &f.Encounter
		fmt.Fprintf(bw, "- [%s] %s — due %s\n", box, mdLine(followUpSummary(f)), localTime(f.Due, loc))
		line := "Send from " + localTime(f.WindowStart, loc)
		if e.Where != "" {
			line += "; met at “" + e.Where + "”"
			if e.Room != "" {
				line += " (" + e.Room + ")"
			}
			if !e.At.IsZero() {
				line += ", " + localTime(e.At, loc)
			}
		}
		fmt.Fprintf(bw, "  - %s\n", mdLine(line))
		if e.Role != "" {
			fmt.Fprintf(bw, "  - Role: %s\n", mdLine(e.Role))
		}
		if e.Notes != "" {
			fmt.Fprintf(bw, "  - Mention: %s\n", mdLine(e.Notes))
		}
		if e.Email != "" {
			fmt.Fprintf(bw, "  - To: %s\n", mdLine(e.Email))
		} else {
			bw.WriteString("  - To: no email in your network map yet\n")
		}
		if f.Subject != "" || f.Body != "" {
			bw.WriteString("\n")
			if f.Subject != "" {
				fmt.Fprintf(bw, "  > Subject: %s\n", mdLine(f.Subject))
				if f.Body != "" {
					bw.WriteString("  >\n")
				}
			}
			for _, l := range strings.Split(strings.TrimRight(clean(f.Body), "\n"), "\n") {
				if f.Body == "" {
					break
				}
				if strings.TrimSpace(l) == "" {
					bw.WriteString("  >\n")
					continue
				}
				fmt.Fprintf(bw, "  > %s\n", l)
			}
		}
		if f.Mailto != "" {
			fmt.Fprintf(bw, "\n  [Open the draft in your mail app](<%s>)\n", strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(f.Mailto))
		}
		bw.WriteString("\n")
	}
	bw.WriteString("After each email, update Date contacted and Next step in your network map.\n")
	return bw.Flush()
}

// mdLine makes s one line of Markdown text.
func mdLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}
