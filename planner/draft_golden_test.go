package planner_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

func init() {
	// Another test file may define -update too; one flag serves both.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata/")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestDraftGolden keeps, for each role a trainee writes to, the draft a
// plan makes before the meeting (a template that claims no conversation)
// and the one written after 'confplan met' logged the encounter with a
// note, as golden files under testdata/drafts (go test -update rewrites
// them; review the diff).
func TestDraftGolden(t *testing.T) {
	met := time.Date(2026, 9, 27, 17, 30, 0, 0, time.UTC)
	tests := []struct {
		file    string
		planned planner.Encounter
		logged  planner.Encounter
	}{
		{"program-director",
			planner.Encounter{Name: "Tanaka, Ayşe H.", Role: "Program Director", Institution: "UVM", Program: "University of Vermont",
				Email: "ayse.tanaka@uvm.example", Where: "Meet the Program Directors: Speed Networking", ItemID: "E-2", ItemKind: planner.KindEvent, Part: planner.RolePanelist,
				Notes: "visa sponsorship and what makes an IMG applicant competitive in your program", Planned: true},
			planner.Encounter{Name: "Tanaka, Ayşe H.", Role: "Program Director", Institution: "University of Vermont",
				Email: "ayse.tanaka@uvm.example", Where: "ARRO reception", Notes: "asked about H-1B"}},
		{"faculty",
			planner.Encounter{Name: "Zoë Fernández, DO", Role: "Faculty", Institution: "Maryland Proton Treatment Center", Program: "University of Maryland",
				Email: "zfernandez@umm.example", Where: "Radiomic Signatures Predicting Response to Hypofractionated Radiotherapy in Cutaneous Melanoma", ItemID: "2018",
				ItemKind: planner.KindPoster, Part: planner.RolePresentingAuthor, Planned: true},
			planner.Encounter{Name: "Zoë Fernández, DO", Role: "Faculty", Institution: "Maryland Proton Treatment Center", Program: "University of Maryland",
				Email: "zfernandez@umm.example", Where: "her poster on radiomics", Notes: "suggested applying for the research year."}},
		{"resident",
			planner.Encounter{Name: "Tyler O'Brien", Role: "Resident", Institution: "University of Utah", Where: "ARRO Resident Speed Networking", ItemID: "S3",
				ItemKind: planner.KindEvent, Part: planner.RoleSpeaker, Notes: "what residency in your program is like", Planned: true},
			planner.Encounter{Name: "Tyler O'Brien", Role: "Resident", Institution: "University of Utah", Where: "ARRO Resident Speed Networking", ItemID: "S3",
				ItemKind: planner.KindEvent, Notes: "Research time and the call schedule"}},
		{"physicist",
			planner.Encounter{Name: "Zoë Müller, PhD", Role: "Medical Physicist", Institution: "Dana-Farber Cancer Institute", Email: "zmuller@dfci.example",
				Where: "Online Adaptive Radiotherapy for Pancreatic Cancer", ItemID: "1004", ItemKind: planner.KindTalk, Part: planner.RoleSpeaker, Planned: true},
			planner.Encounter{Name: "Zoë Müller, PhD", Role: "Medical Physicist", Institution: "Dana-Farber Cancer Institute", Email: "zmuller@dfci.example",
				Where: "Online Adaptive Radiotherapy for Pancreatic Cancer", ItemID: "1004", ItemKind: planner.KindTalk, Notes: "discussed MR-guided treatment planning"}},
		{"alumni",
			planner.Encounter{Name: "Helena T. Kapoor, MD", Role: "Alumni", Institution: "Emory University", Email: "hkapoor@emory.example",
				Where: "ARRO Resident and Medical Student Reception", ItemID: "E-7", ItemKind: planner.KindReception, Planned: true},
			planner.Encounter{Name: "Helena T. Kapoor, MD", Role: "Alumni", Institution: "Emory University", Email: "hkapoor@emory.example",
				Where: "Moscone West lobby", Notes: "offered to review my personal statement"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var b strings.Builder
			for _, e := range []planner.Encounter{tt.planned, tt.logged} {
				e.At = met
				f := planner.FirstFollowUp(e)
				subject, body := planner.Draft(f, "Priya Raman")
				head := "Logged with 'confplan met'"
				if e.Planned {
					head = "Drafted by 'confplan plan' before the meeting"
				}
				b.WriteString("== " + head + "\nSubject: " + subject + "\n\n" + body + "\n")
				checkDraftReads(t, e, body)
			}
			path := filepath.Join("testdata", "drafts", tt.file+".txt")
			if updating() {
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test ./planner -run TestDraftGolden -update writes it)", err)
			}
			if b.String() != string(want) {
				t.Errorf("%s differs from the golden file (go test -update rewrites it); got:\n%s", path, b.String())
			}
		})
	}
}

// checkDraftReads holds what a golden file could hide in a long diff.
func checkDraftReads(t *testing.T, e planner.Encounter, body string) {
	t.Helper()
	for _, bad := range []string{"at University", "about asked", "about discussed", "conversation about suggested", "  ", " ,", "..", "\r"} {
		if strings.Contains(body, bad) {
			t.Errorf("draft contains %q:\n%s", bad, body)
		}
	}
	if e.Planned {
		for _, claim := range []string{"our conversation", "walk me through", "speak with me afterwards", "pleasure to meet you", "I was grateful that you"} {
			if strings.Contains(body, claim) {
				t.Errorf("a draft made before the meeting claims %q:\n%s", claim, body)
			}
		}
		if !strings.Contains(body, "[After you meet:") {
			t.Errorf("a draft made before the meeting has no place to say what was talked about:\n%s", body)
		}
	}
	if e.Program != "" && !strings.Contains(body, e.Program) {
		t.Errorf("draft does not name the program %q:\n%s", e.Program, body)
	}
}

func TestWithThe(t *testing.T) {
	tests := []struct{ name, want string }{
		{"University of Vermont", "the University of Vermont"},
		{"Medical College of Wisconsin", "the Medical College of Wisconsin"},
		{"Medical University of South Carolina", "the Medical University of South Carolina"},
		{"Hospital of the University of Pennsylvania", "the Hospital of the University of Pennsylvania"},
		{"Harvard Radiation Oncology Program", "the Harvard Radiation Oncology Program"},
		{"Dana-Farber Cancer Institute", "the Dana-Farber Cancer Institute"},
		{"Ohio State University", "the Ohio State University"},
		{"The University of Texas MD Anderson Cancer Center", "The University of Texas MD Anderson Cancer Center"},
		{"Emory University", "Emory University"},
		{"Mayo Clinic", "Mayo Clinic"},
		{"NYU Langone Health", "NYU Langone Health"},
		{"UCSF", "UCSF"},
		{"Tata Memorial Centre", "Tata Memorial Centre"},
		{"Icahn School of Medicine at Mount Sinai", "the Icahn School of Medicine at Mount Sinai"},
		{"All India Institute of Medical Sciences", "the All India Institute of Medical Sciences"},
		{"Royal Marsden Hospital", "the Royal Marsden Hospital"},
		{"Princess Margaret Cancer Centre", "Princess Margaret Cancer Centre"},
		{"Karolinska Institutet", "Karolinska Institutet"},
		{"Universidade de São Paulo", "Universidade de São Paulo"},
		{"Seoul National University Hospital", "Seoul National University Hospital"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := planner.WithThe(tt.name); got != tt.want {
			t.Errorf("WithThe(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDraftNotes: a note as users type it becomes a sentence that reads.
func TestDraftNotes(t *testing.T) {
	tests := []struct{ notes, want string }{
		{"asked about H-1B", "our conversation about H-1B."},
		{"Asked about J-1 waivers.", "our conversation about J-1 waivers."},
		{"discussed research years", "our conversation about research years."},
		{"we talked about Boston", "our conversation about Boston."},
		{"Research time", "our conversation about research time."},
		{"suggested applying for the observership", "I was grateful that you suggested applying for the observership."},
		{"offered to review my CV", "I was grateful that you offered to review my CV."},
		{"She suggested the summer observership", "I was grateful that you suggested the summer observership."},
		{"SBRT for oligometastases", "our conversation about SBRT for oligometastases."},
	}
	for _, tt := range tests {
		f := planner.FirstFollowUp(planner.Encounter{Name: "Jane Doe", Role: "Faculty", Where: "ARRO reception", Notes: tt.notes})
		if !strings.Contains(f.Body, tt.want) {
			t.Errorf("notes %q: body lacks %q:\n%s", tt.notes, tt.want, f.Body)
		}
	}
}
