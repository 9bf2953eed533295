package planner

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// refDraft is Draft as it was before it wrote its parts without fmt and
// into a builder grown once (refPlannedOpening likewise); the
// differential test and the fuzz target compare the two.
func refDraft(f FollowUp, sign string) (subject, body string) {
	e := f.Encounter
	if sign == "" {
		sign = "[Your name]"
	}
	kind := e.ItemKind
	if kind == "" {
		kind = GuessKind(e.Where)
	}
	where := OneSpaced(e.Where)
	switch {
	case e.ItemID != "":
	case kind == KindPoster || kind == KindTalk:
		// Free text ("poster 2034", "her talk on SBRT") is not a title to
		// quote back; the draft speaks of the poster or the talk.
		where = ""
	case kind == KindSession:
		// "the Meet the Expert session": a place, not a title.
		kind = ""
	}
	title := shorten(where, 70)
	var b strings.Builder
	fmt.Fprintf(&b, "%s,\n\n", Salutation(e.Name, e.Role))
	if f.Kind == SecondTouch {
		subject = secondSubject(kind, title)
		sent := ""
		if !f.SentAt.IsZero() {
			sent = " on " + f.SentAt.In(f.WindowStart.Location()).Format("January 2")
		}
		after := "after we met" + atPhrase(kind, where)
		if e.Part == RoleAuthor && where != "" && (kind == KindPoster || kind == KindTalk) {
			after = "about your group's work, " + dq(where)
		}
		fmt.Fprintf(&b, "I hope you are well. I wrote%s %s, and I wanted to follow up briefly in case my note got buried.\n\n", sent, after)
		b.WriteString(askLine(e))
		b.WriteString("\n\nThank you for your time, and I understand how busy this season is.\n\n")
		fmt.Fprintf(&b, "Best regards,\n%s\n", sign)
		return subject, b.String()
	}
	subject = firstSubject(kind, title, e.Planned)
	coAuthor := e.Part == RoleAuthor && where != ""
	note := noteSentence(e.Notes, coAuthor, e.Planned)
	switch {
	// A co-author may not have been at the board or on stage: the draft
	// speaks of their group's work, not of a conversation.
	case coAuthor && kind == KindPoster:
		subject = "Your poster " + quoteTitle(title)
		fmt.Fprintf(&b, "I visited the poster %s at the meeting and enjoyed learning about your group's work.", dq(where))
	case coAuthor && kind == KindTalk:
		subject = "Your group's talk " + quoteTitle(title)
		fmt.Fprintf(&b, "I enjoyed the presentation of your group's work, %s, at the meeting.", dq(where))
	case e.Planned:
		// Drafted from the plan, before the meeting: a template that
		// thanks them for what they did on the program, claims no
		// conversation, and marks where to say what was talked about.
		b.WriteString(refPlannedOpening(kind, where))
	case kind == KindPoster:
		if where != "" {
			fmt.Fprintf(&b, "Thank you for taking the time to walk me through your poster, %s.", dq(where))
		} else {
			b.WriteString("Thank you for taking the time to walk me through your poster.")
		}
	case kind == KindTalk:
		if where != "" {
			fmt.Fprintf(&b, "I enjoyed your presentation, %s, and I am grateful you took a moment to speak with me afterwards.", dq(where))
		} else {
			b.WriteString("I enjoyed your talk, and I am grateful you took a moment to speak with me afterwards.")
		}
	case kind == KindSession:
		if where != "" {
			fmt.Fprintf(&b, "Thank you for the session %s, and for taking a moment to speak with me afterwards.", dq(where))
		} else {
			b.WriteString("Thank you for taking a moment to speak with me after the session.")
		}
	case kind == KindEvent:
		fmt.Fprintf(&b, "It was a pleasure to meet you%s. Thank you for making time for trainees like me.", atPhrase(kind, where))
	case note != "":
		// The note speaks of the conversation; the opening does not.
		fmt.Fprintf(&b, "It was a pleasure to meet you%s.", atPhrase(kind, where))
	default:
		fmt.Fprintf(&b, "It was a pleasure to meet you%s, and thank you for the conversation.", atPhrase(kind, where))
	}
	if n := note; n != "" {
		b.WriteString(" " + n)
	}
	if e.Planned && !coAuthor {
		b.WriteString(" [After you meet: one sentence on what you talked about.]")
	}
	b.WriteString("\n\n")
	b.WriteString(askLine(e))
	b.WriteString("\n\nThank you again for your time.\n\n")
	fmt.Fprintf(&b, "Best regards,\n%s\n", sign)
	return subject, b.String()
}
func refPlannedOpening(kind Kind, where string) string {
	switch {
	case kind == KindPoster && where != "":
		return fmt.Sprintf("Thank you for presenting your poster, %s, at the meeting.", dq(where))
	case kind == KindPoster:
		return "Thank you for presenting your poster at the meeting."
	case kind == KindTalk && where != "":
		return fmt.Sprintf("Thank you for your talk, %s.", dq(where))
	case kind == KindTalk:
		return "Thank you for your talk at the meeting."
	case kind == KindSession && where != "":
		return fmt.Sprintf("Thank you for the session %s.", dq(where))
	case kind == KindEvent || kind == KindReception:
		return fmt.Sprintf("Thank you for making time for trainees%s.", atPhrase(kind, where))
	}
	return "Thank you for making time for trainees at the meeting."
}

// randomEncounter draws an encounter from the shapes drafts branch on:
// every kind, part, planned or not, with or without a place, a note, a
// program and a role; first or second touch.
func randomFollowUp(r *rand.Rand) FollowUp {
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	e := Encounter{
		Name:        pick("Dr. Ana De La Cruz", "Smith, Jennifer", "Sean O'Connor, MD", "Zoë Müller, PhD", "Kenji Zhao, MS, CMD", "", "Prof. A  B", "x\xffy"),
		Institution: pick("", "University of Vermont", "Mayo Clinic", "UCSF", "the Christie", "Dana-Farber Cancer Institute"),
		Email:       pick("", "a@b.org"),
		Role:        pick("", "Program Director", "Resident", "Faculty", "Alumni", "Medical Physicist", "Chair"),
		Where:       pick("", "SBRT for oligometastatic  disease: a phase II trial", "ARRO reception", "poster 2034", "Meet the Expert session", "her talk on SBRT", "“Quoted” title\nwith a newline", strings.Repeat("long words ", 12)),
		ItemID:      pick("", "T12", "posters@2025-09-27T1045-1145@hall"),
		ItemKind:    Kind(pick("", string(KindPoster), string(KindTalk), string(KindSession), string(KindEvent), string(KindReception))),
		Part:        Role(pick("", string(RoleAuthor), string(RoleSpeaker), string(RolePresentingAuthor))),
		At:          time.Date(2025, 9, 27, 14, 0, 0, 0, time.UTC),
		Notes:       pick("", "J-1 sponsorship", "asked about H-1B", "she suggested the observership", "Research years.", "visa sponsorship and what makes an IMG applicant competitive in your program"),
		Program:     pick("", "University of Vermont Medical Center", "Harvard Radiation Oncology Program"),
		Planned:     r.IntN(2) == 0,
	}
	f := FollowUp{Encounter: e, Kind: FirstTouch, WindowStart: e.At.Add(FirstWindowOpens), Due: e.At.Add(FirstWindowDue)}
	if r.IntN(3) == 0 {
		f.Kind = SecondTouch
		if r.IntN(2) == 0 {
			f.SentAt = e.At.Add(50 * time.Hour)
		}
	}
	return f
}

func TestDraftDiff(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 3))
	for i := 0; i < 5000; i++ {
		f := randomFollowUp(r)
		sign := []string{"", "Sam"}[r.IntN(2)]
		gs, gb := Draft(f, sign)
		ws, wb := refDraft(f, sign)
		if gs != ws || gb != wb {
			t.Fatalf("Draft(%+v, %q) = %q, %q\nwant %q, %q", f, sign, gs, gb, ws, wb)
		}
	}
}

func FuzzDraftDiff(f *testing.F) {
	f.Add("Dr. Ana De La Cruz", "Program Director", "SBRT: a trial", "T1", "talk", "speaker", "J-1", "UVM", true, false)
	f.Add("Smith, Jennifer", "", "ARRO reception", "", "", "", "she suggested the observership", "", false, true)
	f.Fuzz(func(t *testing.T, name, role, where, id, kind, part, notes, program string, planned, second bool) {
		e := Encounter{Name: name, Role: role, Where: where, ItemID: id, ItemKind: Kind(kind), Part: Role(part), Notes: notes,
			Program: program, Planned: planned, At: time.Date(2025, 9, 27, 14, 0, 0, 0, time.UTC)}
		fu := FollowUp{Encounter: e, Kind: FirstTouch, WindowStart: e.At.Add(FirstWindowOpens), Due: e.At.Add(FirstWindowDue)}
		if second {
			fu.Kind, fu.SentAt = SecondTouch, e.At.Add(50*time.Hour)
		}
		gs, gb := Draft(fu, "")
		ws, wb := refDraft(fu, "")
		if gs != ws || gb != wb {
			t.Fatalf("Draft(%+v) = %q, %q\nwant %q, %q", fu, gs, gb, ws, wb)
		}
	})
}
