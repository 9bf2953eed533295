package planner_test

import (
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

func TestSalutation(t *testing.T) {
	tests := []struct{ name, role, want string }{
		{"Dr. Ana De La Cruz", "Associate Program Director", "Dear Dr. De La Cruz"},
		{"Smith, Jennifer", "Program Director", "Dear Dr. Smith"},
		{"Sean O'Connor, MD", "Resident", "Dear Dr. O'Connor"},
		{"Rachel Kaplan MD", "", "Dear Dr. Kaplan"},
		{"Zoë Müller, PhD", "Medical Physicist", "Dear Dr. Müller"},
		{"Kenji Zhao, MS, CMD", "Dosimetrist", "Dear Kenji Zhao"},
		{"van der Berg, Pieter", "Faculty", "Dear Dr. van der Berg"},
		{"Bao Li", "Dosimetrist", "Dear Bao Li"},
		{"Fatima Mansour, MD;PhD", "Alumni", "Dear Dr. Mansour"},
		{"Prof. Wei Zhang", "", "Dear Dr. Zhang"},
		{"", "", "Hello"},
	}
	for _, tt := range tests {
		if got := planner.Salutation(tt.name, tt.role); got != tt.want {
			t.Errorf("Salutation(%q, %q) = %q, want %q", tt.name, tt.role, got, tt.want)
		}
	}
}

func TestDisplayName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Abu-Rahma, Thomas", "Thomas Abu-Rahma"},
		{"Liu, Jennifer", "Jennifer Liu"},
		{"Dr. Ana De La Cruz", "Ana De La Cruz"},
		{"Smith, John A., MD, PhD", "John A. Smith"},
		{"Zoë Fernández, DO", "Zoë Fernández"},
		{"Rachel Kaplan MD", "Rachel Kaplan"},
		{"Kenji Zhao, MS, CMD", "Kenji Zhao"},
		{"van der Berg, Pieter", "Pieter van der Berg"},
		{"Tanaka, Ayşe H.", "Ayşe H. Tanaka"},
		{"Dr. Jane (she/her) Doe, MD – UCSF", "Jane Doe"},
		{"Robert  Smith Jr.", "Robert Smith"},
		{"Prof. Li", "Prof. Li"},
		{"Cher", "Cher"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := planner.DisplayName(tt.name); got != tt.want {
			t.Errorf("DisplayName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestLooksLike(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Dr Jennifer Smtih", "Smith, Jennifer", true},
		{"Jose Garcia Lopez", "Dr. José García-López", true},
		{"Pieter van der Berg", "van der Berg, Pieter", true},
		{"Jennifer Smith", "Jennifer Smyth", true},
		{"Jane Newperson", "Smith, Jennifer", false},
		{"Robert Scott", "Scott, Laura", false},
		{"Li Chen", "Li Chan", true},
		{"Bao Li", "Min-Jung Kim", false},
		{"", "X", false},
	}
	for _, tt := range tests {
		if got := planner.LooksLike(tt.a, tt.b); got != tt.want {
			t.Errorf("LooksLike(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestGuessKind(t *testing.T) {
	tests := []struct {
		where string
		want  planner.Kind
	}{
		{"ARRO reception", planner.KindReception},
		{"ARRO Residents' Career Panel", planner.KindEvent},
		{"poster 2034", planner.KindPoster},
		{"her oral abstract on SBRT", planner.KindTalk},
		{"Meet the Expert session", planner.KindSession},
		{"hallway near Moscone West", ""},
	}
	for _, tt := range tests {
		if got := planner.GuessKind(tt.where); got != tt.want {
			t.Errorf("GuessKind(%q) = %q, want %q", tt.where, got, tt.want)
		}
	}
}

func TestDraftAdaptsToContext(t *testing.T) {
	at := time.Date(2025, 9, 28, 14, 30, 0, 0, time.UTC)
	base := planner.Encounter{Name: "Dr. Jane Doe", Institution: "Emory University", Email: "jdoe@emory.example", At: at}
	tests := []struct {
		name    string
		kind    planner.Kind
		id      string // the program item, when where is its title
		where   string
		subject string
		body    string
	}{
		{"poster", planner.KindPoster, "2034", "Hypofractionation in LMICs", "Thank you: your poster “Hypofractionation in LMICs”", "walk me through your poster, \"Hypofractionation in LMICs\""},
		{"free-text poster", "", "", "poster 2034", "Thank you for walking me through your poster", "Thank you for taking the time to walk me through your poster. I"},
		{"talk", planner.KindTalk, "1001", "SBRT for oligometastases", "Thank you: your talk “SBRT for oligometastases”", "I enjoyed your presentation, \"SBRT for oligometastases\""},
		{"free-text talk", "", "", "her oral abstract on SBRT", "Thank you for your talk", "I enjoyed your talk, and I am grateful"},
		{"free-text session", "", "", "Meet the Expert session", "Great to meet you at the Meet the Expert session", "It was a pleasure to meet you at the Meet the Expert session. I especially"},
		{"session", planner.KindSession, "S-12", "Meet the Expert: Prostate", "Thank you: “Meet the Expert: Prostate”", "Thank you for the session \"Meet the Expert: Prostate\""},
		{"arro event", planner.KindEvent, "E-3", "ARRO Global Health Mixer", "Great to meet you at the ARRO Global Health Mixer", "meet you at the ARRO Global Health Mixer. Thank you for making time for trainees"},
		{"reception", "", "", "ARRO reception", "Great to meet you at the ARRO reception", "meet you at the ARRO reception."},
		{"free text", "", "", "Moscone West lobby", "Great to meet you at the Moscone West lobby", "meet you at the Moscone West lobby."},
		{"nowhere", "", "", "", "Thank you for meeting with me", "It was a pleasure to meet you. I especially"},
		{"title with quotes and a line break", planner.KindPoster, "2035", "The \"Low-Dose\" Trial:\r\nFive-Year Results", "Thank you: your poster “The \"Low-Dose\" Trial: Five-Year Results”", "your poster, \"The \"Low-Dose\" Trial: Five-Year Results\"."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := base
			e.ItemKind, e.Where, e.Notes, e.ItemID = tt.kind, tt.where, "J-1 sponsorship.", tt.id
			f := planner.FirstFollowUp(e)
			if f.Subject != tt.subject {
				t.Errorf("subject %q, want %q", f.Subject, tt.subject)
			}
			for _, want := range []string{"Dear Dr. Doe,\n\n", tt.body, "our conversation about J-1 sponsorship.", "the residency program at Emory University", "[Your name]"} {
				if !strings.Contains(f.Body, want) {
					t.Errorf("body lacks %q:\n%s", want, f.Body)
				}
			}
			s, b := planner.Draft(f, "Amina Yusuf")
			if s != f.Subject || !strings.HasSuffix(b, "Best regards,\nAmina Yusuf\n") {
				t.Errorf("signed draft:\n%s", b)
			}
		})
	}
}

// TestDraftCoAuthor: a co-author from the plan may not have been there;
// the draft speaks of their group's work, not of a conversation.
func TestDraftCoAuthor(t *testing.T) {
	e := planner.Encounter{Name: "Smith, Jennifer", Role: "Program Director", Institution: "UCSF", Where: "SBRT in LMICs",
		ItemID: "2034", ItemKind: planner.KindPoster, Part: planner.RoleAuthor, Notes: "visa sponsorship", At: time.Date(2025, 9, 28, 14, 30, 0, 0, time.UTC)}
	f := planner.FirstFollowUp(e)
	if f.Subject != "Your poster “SBRT in LMICs”" {
		t.Errorf("subject %q", f.Subject)
	}
	for _, want := range []string{"Dear Dr. Smith,", "I visited the poster \"SBRT in LMICs\"", "a chance to ask you about visa sponsorship."} {
		if !strings.Contains(f.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, f.Body)
		}
	}
	for _, not := range []string{"walk me through", "our conversation"} {
		if strings.Contains(f.Body, not) {
			t.Errorf("body says %q to a co-author:\n%s", not, f.Body)
		}
	}
	s := planner.SecondFollowUp(e, e.At.Add(50*time.Hour), time.UTC)
	if !strings.Contains(s.Body, "about your group's work") || strings.Contains(s.Body, "after we met") {
		t.Errorf("second touch to a co-author:\n%s", s.Body)
	}
}

func TestFollowUpWindows(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	// Saturday before the end of DST (Sunday 2 Nov 2025 02:00 EDT).
	met := time.Date(2025, 11, 1, 10, 0, 0, 0, ny)
	f := planner.FirstFollowUp(planner.Encounter{Name: "X", At: met})
	if got := f.WindowStart.Sub(met); got != 48*time.Hour {
		t.Errorf("window opens after %v, want 48h", got)
	}
	if got := f.Due.Sub(met); got != 72*time.Hour {
		t.Errorf("due after %v, want 72h", got)
	}
	if got := f.WindowStart.In(ny).Format("2006-01-02 15:04 MST"); got != "2025-11-03 09:00 EST" {
		t.Errorf("window opens %s, want 2025-11-03 09:00 EST", got)
	}
	sent := time.Date(2025, 10, 31, 17, 0, 0, 0, ny)
	s := planner.SecondFollowUp(f.Encounter, sent, ny)
	if got := s.WindowStart.Format("2006-01-02 15:04 MST"); got != "2025-11-07 17:00 EST" {
		t.Errorf("second touch opens %s, want 2025-11-07 17:00 EST (7 calendar days)", got)
	}
	if got := s.Due.Format("2006-01-02 15:04 MST"); got != "2025-11-14 17:00 EST" {
		t.Errorf("second touch due %s, want 2025-11-14 17:00 EST", got)
	}
	if got := s.WindowStart.Sub(sent); got != 7*24*time.Hour+time.Hour {
		t.Errorf("7 calendar days across the change are %v, want 169h", got)
	}
	if !strings.Contains(s.Body, "I wrote on October 31") {
		t.Errorf("second touch does not recall the first email:\n%s", s.Body)
	}
	for _, tt := range []struct {
		now  time.Time
		want string
	}{
		{f.WindowStart.Add(-time.Minute), planner.StatusUpcoming},
		{f.WindowStart, planner.StatusDue},
		{f.Due, planner.StatusDue},
		{f.Due.Add(time.Minute), planner.StatusOverdue},
	} {
		if got := f.StatusAt(tt.now); got != tt.want {
			t.Errorf("StatusAt(%v) = %s, want %s", tt.now, got, tt.want)
		}
	}
}

func TestMailto(t *testing.T) {
	got := planner.Mailto("jdoe@emory.example", "Thank you & more", "Line one\nLine two +1")
	u, err := url.Parse(got)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "mailto" || u.Opaque != "jdoe@emory.example" {
		t.Errorf("mailto %q", got)
	}
	q := u.Query()
	if q.Get("subject") != "Thank you & more" || q.Get("body") != "Line one\r\nLine two +1" {
		t.Errorf("query %v", q)
	}
	if strings.Contains(got, "+") {
		t.Errorf("spaces must be %%20 in mailto, got %q", got)
	}
	if planner.Mailto("", "s", "b") != "" || planner.Mailto("not an address", "s", "b") != "" {
		t.Errorf("mailto without a usable address")
	}
}

// FuzzDisplayName: any name gives one line of valid text, and names that
// look alike do so both ways.
func FuzzDisplayName(f *testing.F) {
	for _, s := range []string{"Abu-Rahma, Thomas", "Dr. Ana De La Cruz", "Smith, John A., MD, PhD", "Zoë Fernández, DO",
		"Dr. Jane (she/her) Doe, MD – UCSF", "Prof. Li", "\"Bob\" Smith", ", ,", "MD, PhD", "Smith JA", "José García-López"} {
		f.Add(s, "Jennifer Smith")
	}
	f.Fuzz(func(t *testing.T, name, other string) {
		d := planner.DisplayName(name)
		if strings.ContainsAny(d, "\r\n") || !utf8.ValidString(d) && utf8.ValidString(name) {
			t.Errorf("DisplayName(%q) = %q", name, d)
		}
		if planner.LooksLike(name, other) != planner.LooksLike(other, name) {
			t.Errorf("LooksLike(%q, %q) is not symmetric", name, other)
		}
		_ = planner.NameWords(name)
	})
}
