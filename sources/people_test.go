package sources

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/confplan/confplan/planner"
)

func TestParsePersonText(t *testing.T) {
	tests := []struct {
		in    string
		name  string
		creds []string
		affs  []string
	}{
		{"Sandra A.G Visser, PhD (she/her/hers)", "Sandra A.G Visser", []string{"PhD"}, nil},
		{"Erin Chew, MD;RhMSUS", "Erin Chew", []string{"MD", "RhMSUS"}, nil},
		{"Pankaj Bansal, MD,MBBS,FACP", "Pankaj Bansal", []string{"MD", "MBBS", "FACP"}, nil},
		{"Jean Acevedo, -None-", "Jean Acevedo", nil, nil},
		{"Smith, John A., MD, PhD", "John A. Smith", []string{"MD", "PhD"}, nil},
		{"van den Heuvel, Gerrit", "Gerrit van den Heuvel", nil, nil},
		{"Prof. Dr. med. Hans Weber (Berlin, Germany)", "Hans Weber", nil, []string{"Berlin, Germany"}},
		{"Univ.-Prof. Dr. rer. nat. Anna Huber", "Anna Huber", nil, nil},
		{"Dr. Heather Mitchell (UC Davis Comprehensive Cancer Center)", "Heather Mitchell", nil, []string{"UC Davis Comprehensive Cancer Center"}},
		{"Jane Roe, MD – Chief Medical Officer, Arizona Arthritis & Rheumatology Associates, P.C.", "Jane Roe", []string{"MD"},
			[]string{"Arizona Arthritis & Rheumatology Associates, P.C."}},
		{"Amit S. Verma, MD, PhD (Associate Professor, Heidelberg University Hospital)", "Amit S. Verma", []string{"MD", "PhD"},
			[]string{"Heidelberg University Hospital"}},
		{"Lena Park, MD - Mayo Clinic, Arizona, Scottsdale, Arizona", "Lena Park", []string{"MD"}, []string{"Mayo Clinic, Arizona, Scottsdale, Arizona"}},
		{"Adebayo F. Owusu, MD (BC Cancer – Vancouver)", "Adebayo F. Owusu", []string{"MD"}, []string{"BC Cancer – Vancouver"}},
		{"Jennifer A. Smith, MD, PhD (University of California, San Francisco)", "Jennifer A. Smith", []string{"MD", "PhD"},
			[]string{"University of California, San Francisco"}},
		{"Maria Lopez, M.D., Ph.D.", "Maria Lopez", []string{"MD", "PhD"}, nil},
		{"John Smith MD PhD", "John Smith", []string{"MD", "PhD"}, nil},
		{"Anh Do", "Anh Do", nil, nil},
		{"Prof. Dr. Hans Müller", "Hans Müller", nil, nil},
		{"Martin Luther King, Jr., MD", "Martin Luther King, Jr.", []string{"MD"}, nil},
		{"Sarah O'Connor, DO (Professor of Radiation Oncology; Fox Chase Cancer Center)", "Sarah O'Connor", []string{"DO"},
			[]string{"Fox Chase Cancer Center"}},
		{"Kim Lee, MS, DABR (PGY-3 Resident, Department of Radiation Oncology, Duke University)", "Kim Lee", []string{"MS", "DABR"},
			[]string{"Department of Radiation Oncology, Duke University"}},
		{"  Ana   Silva-Santos  ", "Ana Silva-Santos", nil, nil},
		{"-None-", "", nil, nil},
		{"Chen, UCSF", "Chen", nil, []string{"UCSF"}},
		{"CHEN, BO", "BO CHEN", nil, nil},
		{"Huang, SJ", "SJ Huang", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := parsePersonText(tt.in)
			if got.Name != tt.name {
				t.Errorf("Name = %q, want %q", got.Name, tt.name)
			}
			if !reflect.DeepEqual(got.Credentials, tt.creds) && !(len(got.Credentials) == 0 && len(tt.creds) == 0) {
				t.Errorf("Credentials = %q, want %q", got.Credentials, tt.creds)
			}
			if !reflect.DeepEqual(got.Affiliations, tt.affs) && !(len(got.Affiliations) == 0 && len(tt.affs) == 0) {
				t.Errorf("Affiliations = %q, want %q", got.Affiliations, tt.affs)
			}
		})
	}
}

func TestParseRoleList(t *testing.T) {
	type p struct {
		name string
		role planner.Role
		affs string // joined with " | "
	}
	tests := []struct {
		in   string
		def  planner.Role
		want []p
	}{
		{"Moderator: Dr. Heather Mitchell (UC Davis Comprehensive Cancer Center); Speaker: Daniel Stewart, MD, PhD (University of Louisville)",
			planner.RoleSpeaker, []p{{"Heather Mitchell", planner.RoleModerator, "UC Davis Comprehensive Cancer Center"}, {"Daniel Stewart", planner.RoleSpeaker, "University of Louisville"}}},
		{"Chair: A. One (X); Co-Chair: B. Two (Y); Panelists: C. Three (Z); D. Four",
			planner.RoleSpeaker, []p{{"A. One", planner.RoleModerator, "X"}, {"B. Two", planner.RoleModerator, "Y"}, {"C. Three", planner.RolePanelist, "Z"}, {"D. Four", planner.RolePanelist, ""}}},
		{"Invited Speaker: Erin Chew, MD;RhMSUS (Mayo Clinic)",
			planner.RoleModerator, []p{{"Erin Chew", planner.RoleSpeaker, "Mayo Clinic"}}},
		{"Speakers: Ann Lee, MD (Duke University, Durham, NC), Bo Chen (UCSF)",
			planner.RoleModerator, []p{{"Ann Lee", planner.RoleSpeaker, "Duke University, Durham, NC"}, {"Bo Chen", planner.RoleSpeaker, "UCSF"}}},
		{"Jane Roe, MD\nJohn Doe, PhD", planner.RoleModerator, []p{{"Jane Roe", planner.RoleModerator, ""}, {"John Doe", planner.RoleModerator, ""}}},
		{"Presenting Author: Kim Lee; Author: Sam Park | Faculty: Al Wu", planner.RoleSpeaker,
			[]p{{"Kim Lee", planner.RolePresentingAuthor, ""}, {"Sam Park", planner.RoleAuthor, ""}, {"Al Wu", planner.RoleSpeaker, ""}}},
		{"", planner.RoleSpeaker, nil},
		{"Moderator: ", planner.RoleSpeaker, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := parseRoleList(tt.in, tt.def)
			var g []p
			for _, x := range got {
				g = append(g, p{x.Name, x.Role, strings.Join(x.Affiliations, " | ")})
			}
			if !reflect.DeepEqual(g, tt.want) {
				t.Errorf("parseRoleList(%q)\n got %+v\nwant %+v", tt.in, g, tt.want)
			}
		})
	}
}

func TestParseAuthorBlock(t *testing.T) {
	type a struct {
		name string
		role planner.Role
		affs string // joined with " | "
	}
	bruner := "D. W. Bruner1, S. L. Pugh2,3, W. R. Lee3, … and B. Movsas17; 1Nell Hodgson Woodruff School of Nursing, Winship Cancer Institute at Emory University, Atlanta, GA, 2NRG Oncology, Philadelphia, PA, 3Department of Radiation Oncology, Duke University, Durham, NC 27710, 17Henry Ford Health, Detroit, MI"
	tests := []struct {
		name string
		in   string
		want []a
	}{
		{"astro", bruner, []a{
			{"D. W. Bruner", planner.RoleAuthor, "Nell Hodgson Woodruff School of Nursing, Winship Cancer Institute at Emory University, Atlanta, GA"},
			{"S. L. Pugh", planner.RoleAuthor, "NRG Oncology, Philadelphia, PA | Department of Radiation Oncology, Duke University, Durham, NC 27710"},
			{"W. R. Lee", planner.RoleAuthor, "Department of Radiation Oncology, Duke University, Durham, NC 27710"},
			{"B. Movsas", planner.RoleAuthor, "Henry Ford Health, Detroit, MI"},
		}},
		{"superscripts, line breaks, marker", "SJ Huang¹*, M. O'Connor²˒³ and\nC. E.\nLi¹\n¹University of Michigan, Ann Arbor, MI\n²Duke University\n³UCSF", []a{
			{"SJ Huang", planner.RolePresentingAuthor, "University of Michigan, Ann Arbor, MI"},
			{"M. O'Connor", planner.RoleAuthor, "Duke University | UCSF"},
			{"C. E. Li", planner.RoleAuthor, "University of Michigan, Ann Arbor, MI"},
		}},
		{"superscripts without commas", "Smith J¹², Doe A³*, Lee C¹\n¹University of Michigan, Ann Arbor, MI; ²VA Ann Arbor Healthcare System, Ann Arbor, MI; ³Duke University, Durham, NC", []a{
			{"Smith J", planner.RoleAuthor, "University of Michigan, Ann Arbor, MI | VA Ann Arbor Healthcare System, Ann Arbor, MI"},
			{"Doe A", planner.RolePresentingAuthor, "Duke University, Durham, NC"},
			{"Lee C", planner.RoleAuthor, "University of Michigan, Ann Arbor, MI"},
		}},
		{"vancouver with closing full stop", "Okafor CN, Mensah K, Adeyemi TO.", []a{
			{"Okafor CN", planner.RoleAuthor, ""}, {"Mensah K", planner.RoleAuthor, ""}, {"Adeyemi TO", planner.RoleAuthor, ""},
		}},
		{"vancouver single initial", "Smith JA, Doe B, Lee C.", []a{
			{"Smith JA", planner.RoleAuthor, ""}, {"Doe B", planner.RoleAuthor, ""}, {"Lee C", planner.RoleAuthor, ""},
		}},
		{"semicolons between authors", "A. Smith1; B. Jones1,2; C. Wu2; 1Univ A, Boston, MA; 2Univ B, Paris, France", []a{
			{"A. Smith", planner.RoleAuthor, "Univ A, Boston, MA"},
			{"B. Jones", planner.RoleAuthor, "Univ A, Boston, MA | Univ B, Paris, France"},
			{"C. Wu", planner.RoleAuthor, "Univ B, Paris, France"},
		}},
		{"spaced markers", "A. Smith 1, 2, B. Jones 2\n1. Univ A\n2. Univ B", []a{
			{"A. Smith", planner.RoleAuthor, "Univ A | Univ B"},
			{"B. Jones", planner.RoleAuthor, "Univ B"},
		}},
		{"one unnumbered affiliation", "A. Smith, B. Jones\nDepartment of Radiation Oncology, University of Michigan", []a{
			{"A. Smith", planner.RoleAuthor, "Department of Radiation Oncology, University of Michigan"},
			{"B. Jones", planner.RoleAuthor, "Department of Radiation Oncology, University of Michigan"},
		}},
		{"diacritics and particles", "Å. Lefèvre1, J. P. A. Gutiérrez1, G. B. van den Heuvel2, and S. Wiśniewski1; 1Rigshospitalet, Copenhagen, Denmark, 2Instituto Nacional de Cancerología, Mexico City, Mexico", []a{
			{"Å. Lefèvre", planner.RoleAuthor, "Rigshospitalet, Copenhagen, Denmark"},
			{"J. P. A. Gutiérrez", planner.RoleAuthor, "Rigshospitalet, Copenhagen, Denmark"},
			{"G. B. van den Heuvel", planner.RoleAuthor, "Instituto Nacional de Cancerología, Mexico City, Mexico"},
			{"S. Wiśniewski", planner.RoleAuthor, "Rigshospitalet, Copenhagen, Denmark"},
		}},
		{"no affiliations", "A. Smith, B. Jones and C. Wu", []a{
			{"A. Smith", planner.RoleAuthor, ""}, {"B. Jones", planner.RoleAuthor, ""}, {"C. Wu", planner.RoleAuthor, ""},
		}},
		{"credentials before markers", "Jane Smith, MD1, John Doe, PhD2; 1Univ A, Boston, MA, 2Univ B", []a{
			{"Jane Smith", planner.RoleAuthor, "Univ A, Boston, MA"},
			{"John Doe", planner.RoleAuthor, "Univ B"},
		}},
		{"surname first, initials after", "Smith J1, Jones KL1,2, Lee M2\n1 Univ A\n2 Univ B", []a{
			{"Smith J", planner.RoleAuthor, "Univ A"},
			{"Jones KL", planner.RoleAuthor, "Univ A | Univ B"},
			{"Lee M", planner.RoleAuthor, "Univ B"},
		}},
		{"postal codes and street numbers", "A. Smith1, B. Jones2; 1Univ A, 1500 E Medical Center Dr, Ann Arbor, MI 48109, 2Univ B, 2 Main St, Boston", []a{
			{"A. Smith", planner.RoleAuthor, "Univ A, 1500 E Medical Center Dr, Ann Arbor, MI 48109"},
			{"B. Jones", planner.RoleAuthor, "Univ B, 2 Main St, Boston"},
		}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []a
			for _, p := range parseAuthorBlock(tt.in) {
				got = append(got, a{p.Name, p.Role, strings.Join(p.Affiliations, " | ")})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseAuthorBlock(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		title, typ string
		fallback   planner.Kind
		want       planner.Kind
	}{
		{"Machine Learning Prediction", "PQA 01 - Breast Cancer Poster Q&A", planner.KindSession, planner.KindPoster},
		{"Dosimetry", "ePoster", planner.KindSession, planner.KindPoster},
		{"ARRO Annual Seminar", "ARRO Event", planner.KindSession, planner.KindEvent},
		{"ARRO Reception", "Reception", planner.KindSession, planner.KindEvent},
		{"Welcome Reception", "", planner.KindSession, planner.KindReception},
		{"Networking Reception", "Social", planner.KindSession, planner.KindReception},
		{"Navigating the Match", "Medical Student Workshop", planner.KindSession, planner.KindEvent},
		{"ASPP Mentoring Lunch", "", planner.KindSession, planner.KindEvent},
		{"Meet the Expert: Proton Therapy", "Meet the Expert", planner.KindSession, planner.KindSession},
		{"Propensity-Matched Analysis of SBRT", "Oral Abstract", planner.KindTalk, planner.KindTalk},
		{"Board Review: Physics", "Educational", planner.KindSession, planner.KindSession},
		{"Social Determinants of Health and Radiotherapy Access", "Scientific Session", planner.KindSession, planner.KindSession},
		{"Medical Student Perceptions of Radiation Oncology", "Oral Abstract", planner.KindTalk, planner.KindTalk},
		{"Medical Student Perceptions of Radiation Oncology", "", planner.KindSession, planner.KindEvent},
		{"Evening Social", "Social", planner.KindSession, planner.KindReception},
	}
	for _, tt := range tests {
		if got := classify(tt.title, tt.typ, tt.fallback); got != tt.want {
			t.Errorf("classify(%q, %q) = %s, want %s", tt.title, tt.typ, got, tt.want)
		}
	}
}

func TestDeriveID(t *testing.T) {
	a := deriveID("Breast 3", "2025-09-28", "14:45")
	if a != deriveID(" breast  3", "2025-09-28", "14:45") {
		t.Error("deriveID depends on case or spacing")
	}
	if a == deriveID("Breast 3", "2025-09-28", "14:46") {
		t.Error("deriveID ignores a part")
	}
	if deriveID("ab", "c") == deriveID("a", "bc") {
		t.Error("deriveID does not separate parts")
	}
	if len(a) != 12 || !strings.HasPrefix(a, "x-") {
		t.Errorf("deriveID = %q, want x- and 10 hex digits", a)
	}
}

func TestGuessMeeting(t *testing.T) {
	tests := []struct {
		text, name, zone string
	}{
		{"Welcome to the ASTRO 2025 Annual Meeting in San Francisco", "ASTRO 2025 Annual Meeting", "America/Los_Angeles"},
		{"ASTRO Annual Meeting 2024 · Washington, DC", "ASTRO 2024 Annual Meeting", "America/New_York"},
		{"2023 ASTRO Annual Meeting", "ASTRO 2023 Annual Meeting", "America/Los_Angeles"},
		{"#ASTRO26 program", "ASTRO 2026 Annual Meeting", "America/New_York"},
		{"ASTRO's 67th Annual Meeting", "ASTRO 2025 Annual Meeting", "America/Los_Angeles"},
		{"ASTRO 2025 program. Save the date: ASTRO 2026! ASTRO 2025 sessions", "ASTRO 2025 Annual Meeting", "America/Los_Angeles"},
		{"ASTRO 2025 and ASTRO 2026", "", ""},
		{"67th Annual Meeting of the Society", "", ""}, // no ASTRO: not recognised
		{"Session times in PDT", "", ""},               // a zone label is not a meeting
		{"ASTRO 2031", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		name, loc := guessMeeting([]byte(tt.text))
		zone := ""
		if loc != nil {
			zone = loc.String()
		}
		if name != tt.name || zone != tt.zone {
			t.Errorf("guessMeeting(%q) = %q, %q; want %q, %q", tt.text, name, zone, tt.name, tt.zone)
		}
	}
}

func TestParseRoleListNameLists(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Speakers: Hiroshi Tanaka, PhD, Rania Çelik", []string{"Hiroshi Tanaka", "Rania Çelik"}},
		{"Panelists: Ann Lee, Bo Chen, Dr. Cy Dee", []string{"Ann Lee", "Bo Chen", "Cy Dee"}},
		{"Speakers: Ann Lee, MD, Mayo Clinic, Arizona", []string{"Ann Lee"}},
		{"Speaker: Smith, John A., MD", []string{"John A. Smith"}},
		{"Moderators: Jane Roe, MD and John Doe, PhD (Brigham and Women's Hospital)", []string{"Jane Roe", "John Doe"}},
		{"Jane Roe & Dr. John Doe", []string{"Jane Roe", "John Doe"}},
		{"Jane Roe, MD – Chief Medical Officer, Arizona Arthritis & Rheumatology Associates, P.C.", []string{"Jane Roe"}},
		{"Speaker: Ann Lee (Brigham and Women's Hospital)", []string{"Ann Lee"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range parseRoleList(tt.in, planner.RoleSpeaker) {
			got = append(got, p.Name)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseRoleList(%q) names = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParsePeople(f *testing.F) {
	for _, s := range []string{"Sandra A.G Visser, PhD (she/her/hers)", "Erin Chew, MD;RhMSUS", "Pankaj Bansal, MD,MBBS,FACP",
		"Jean Acevedo, -None-", "Smith, John A., MD, PhD", "Dr. Heather Mitchell (UC Davis Comprehensive Cancer Center)",
		"Jane Roe, MD – Chief Medical Officer, Arizona Arthritis & Rheumatology Associates, P.C.",
		"Moderator: Dr. X (Affil); Speaker: Y, MD, PhD (Affil, City)", "Speakers: Hiroshi Tanaka, PhD, Rania Çelik",
		"((((", "))))", ") (", "Speaker: :"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := parsePersonText(s)
		if p.Affiliations == nil {
			t.Errorf("parsePersonText(%q): nil affiliations", s)
		}
		if utf8.ValidString(s) && !utf8.ValidString(p.Name) {
			t.Errorf("parsePersonText(%q): name %q is not valid UTF-8", s, p.Name)
		}
		for _, q := range parseRoleList(s, planner.RoleSpeaker) {
			if q.Name == "" || q.Role == "" || q.Affiliations == nil {
				t.Errorf("parseRoleList(%q): incomplete %+v", s, q)
			}
		}
	})
}

func FuzzParseAuthorBlock(f *testing.F) {
	for _, s := range []string{
		"D. W. Bruner1, S. L. Pugh2,3, W. R. Lee3, … and B. Movsas17; 1Nell Hodgson Woodruff School of Nursing, Winship Cancer Institute at Emory University, Atlanta, GA, 2NRG Oncology",
		"SJ Huang¹*, M. O'Connor²˒³ and\nC. E.\nLi¹\n¹University of Michigan, Ann Arbor, MI\n²Duke University\n³UCSF",
		"A. Smith1; B. Jones1,2; 1Univ A; 2Univ B", "A. Smith, B. Jones\nDepartment of Radiation Oncology",
		"1, 2, 3; 1", ";;;\n\n1", "and and and", "*1*2*3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range parseAuthorBlock(s) {
			if p.Name == "" || p.Affiliations == nil || (p.Role != planner.RoleAuthor && p.Role != planner.RolePresentingAuthor) {
				t.Errorf("parseAuthorBlock(%q): incomplete %+v", s, p)
			}
		}
	})
}

// Long hostile people text costs time proportional to its length.
func TestParseRoleListLong(t *testing.T) {
	for _, unit := range []string{" and", " & x", "Ann Lee and ", "(", "MD;", "A, ", "1, "} {
		s := strings.Repeat(unit, 200000)
		parseRoleList(s, planner.RoleSpeaker)
		parseAuthorBlock(s)
		parsePersonText(s)
	}
}

// A row's people listed twice are kept once, however long the list: the
// short lists are checked by a scan, the long ones through a map, and
// both must agree. Two authors of one name and different affiliations
// stay two.
func TestRowPeopleDuplicates(t *testing.T) {
	for _, n := range []int{3, 40} {
		var names, affs []string
		for i := 1; i <= n; i++ {
			names = append(names, fmt.Sprintf("A. Author%c%c%d", 'A'+rune(i%26), 'a'+rune(i/26), i))
			affs = append(affs, fmt.Sprintf("%dUniversity %d", i, i))
		}
		// "A. AuthorCa2" again with affiliation 2 (a duplicate), and with
		// a new one (another person).
		block := strings.Join(names, ", ") + ", " + names[1][:len(names[1])-1] + "2, " + names[1][:len(names[1])-1] + fmt.Sprint(n+1) +
			"; " + strings.Join(affs, ", ") + fmt.Sprintf(", %dOther Institute", n+1)
		cols := columns{n: 1}
		cols.col.set(colAuthors, 0)
		got := rowPeople(cols, []string{block}, nil, nil)
		if len(got) != n+1 {
			var g []string
			for _, p := range got {
				g = append(g, p.Name+" "+strings.Join(p.Affiliations, "/"))
			}
			t.Errorf("%d authors: got %d people, want %d: %q", n, len(got), n+1, g)
		}
	}
}
