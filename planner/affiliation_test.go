package planner

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// resolvedNames resolves aff with the built-in directory and returns the
// institution names, joined by " + ", or "" for none.
func resolvedNames(x *instIndex, aff string) string {
	var names []string
	for _, h := range x.resolve(aff) {
		names = append(names, x.insts[h.id].name)
	}
	return strings.Join(names, " + ")
}

func TestResolveAffiliation(t *testing.T) {
	x := newInstIndex()
	for _, tc := range []struct{ aff, want string }{
		// Departments, cities and states are ignored.
		{"Department of Radiation Oncology, University of Michigan, Ann Arbor, MI", "University of Michigan"},
		{"Dept. of Radiation Oncology, University of Michigan Rogel Cancer Center, Ann Arbor, Michigan", "University of Michigan"},
		{"Associate Professor, Heidelberg University Hospital", "Heidelberg University Hospital"},
		{"Professor and Vice Chair, Department of Radiation Oncology, Duke University School of Medicine, Durham, NC 27710", "Duke University"},
		// Abbreviations people use.
		{"MSKCC", "Memorial Sloan Kettering Cancer Center"},
		{"MSK, New York, NY", "Memorial Sloan Kettering Cancer Center"},
		{"UT MDACC, Houston, TX", "The University of Texas MD Anderson Cancer Center"},
		{"M.D. Anderson Cancer Center", "The University of Texas MD Anderson Cancer Center"},
		{"M. D. Anderson Cancer Center", "The University of Texas MD Anderson Cancer Center"},
		{"Harold C. Simmons Comprehensive Cancer Center", "UT Southwestern Medical Center"},
		{"James Cook University, Townsville, Australia", ""},
		{"UCSF, San Francisco, California", "University of California, San Francisco"},
		{"University of California, San Francisco", "University of California, San Francisco"},
		{"Department of Radiation Oncology, University of California San Francisco, CA", "University of California, San Francisco"},
		{"WashU Medicine", "Washington University in St. Louis"},
		{"Siteman Cancer Center, St. Louis, MO", "Washington University in St. Louis"},
		{"Dana-Farber/Brigham and Women's Cancer Center", "Harvard Radiation Oncology Program"},
		{"MGH", "Harvard Radiation Oncology Program"},
		{"Penn Medicine, Philadelphia, PA", "University of Pennsylvania"},
		{"Penn", "University of Pennsylvania"},
		{"Winship Cancer Institute of Emory University, Atlanta, GA", "Emory University"},
		{"Huntsman Cancer Institute, University of Utah, Salt Lake City, UT", "University of Utah"},
		{"Wilmot Cancer Institute, University of Rochester, NY", "University of Rochester"},
		{"UW-Madison", "University of Wisconsin"},
		{"UW Medicine, Seattle, WA", "University of Washington"},
		{"UW, Seattle, WA", "University of Washington"},
		{"UW, Madison, WI", "University of Wisconsin"},
		{"Stanford, CA", "Stanford University"},
		{"Duke Health", "Duke University"},
		{"Duke Radiation Oncology, Durham, NC", "Duke University"},
		{"Dept. of Rad Onc, Stanford, CA", "Stanford University"},
		{"Department of Radiation Oncology and Molecular Radiation Sciences, Yale, New Haven, CT", "Yale University"},
		{"Professor of Medicine, Emory", "Emory University"},
		{"Winship Cancer Institute, Atlanta, Emory", "Emory University"},
		{"Duke-NUS Medical School, Singapore", ""},
		// "Korea, Republic of" as ISO lists it; markers and numbers
		// before a part.
		{"Yonsei University, Seoul, Korea, Republic of", "Yonsei University"},
		{"1 Severance Hospital, Seoul, Korea, Republic of", "Yonsei University"},
		{"Department of Radiation Oncology, Asan Medical Center, Seoul, Korea, Republic of, ", "Asan Medical Center"},
		// A US name in Korea, the address ending in an empty part as
		// joined exports print it: still abroad.
		{"Mount Sinai Hospital, Seoul, Korea, Republic of, ", ""},
		{"Mayo Clinic, Seoul, Korea, Republic of ; ", ""},
		{"*Dept. of Radiation Oncology, 2 Duke University, Durham, NC, 27710", "Duke University"},
		{"Sidney Kimmel Comprehensive Cancer Center at Johns Hopkins", "Johns Hopkins University"},
		{"Sidney Kimmel Cancer Center at Jefferson, Philadelphia, PA", "Thomas Jefferson University"},
		{"Mayo Clinic, Phoenix, AZ", "Mayo Clinic Arizona"},
		{"Mayo Clinic, Rochester, MN", "Mayo Clinic"},
		{"Memorial Sloan Kettering Cancer Center, Basking Ridge, NJ", "Memorial Sloan Kettering Cancer Center"},
		{"Radiation Oncology, Memorial Sloan Kettering Cancer Center, New York, NY, USA", "Memorial Sloan Kettering Cancer Center"},
		{"Johns Hopkins All Children's Hospital, St. Petersburg, FL", ""},
		{"Cleveland Clinic Abu Dhabi, Abu Dhabi, United Arab Emirates", "Cleveland Clinic Abu Dhabi"},
		{"Mount Sinai Hospital, Chicago, IL", ""},
		{"Dartmouth Health, Lebanon, NH", "Dartmouth Health"},
		{"American University of Beirut Medical Center, Beirut, Lebanon", "American University of Beirut Medical Center"},
		// Lookalikes.
		{"University of Washington, Seattle, WA", "University of Washington"},
		{"Washington University in St. Louis", "Washington University in St. Louis"},
		{"Washington University, St. Louis, Missouri", "Washington University in St. Louis"},
		{"George Washington University, Washington, DC", "George Washington University"},
		{"Eastern Washington University, Cheney, WA", ""},
		{"Penn State Health Milton S. Hershey Medical Center, Hershey, PA", "Penn State Health Milton S. Hershey Medical Center"},
		{"Penn State Cancer Institute", "Penn State Health Milton S. Hershey Medical Center"},
		{"University of Pennsylvania", "University of Pennsylvania"},
		{"University of Miami Miller School of Medicine, Miami, FL", "University of Miami"},
		{"Miami Cancer Institute, Baptist Health South Florida", "Miami Cancer Institute"},
		{"Miami Cancer Institute, Miami, FL", "Miami Cancer Institute"},
		{"Columbia University, New York, NY", "Columbia University"},
		{"Columbia University Irving Medical Center", "Columbia University"},
		{"University of Missouri, Columbia, MO", "University of Missouri"},
		{"Ellis Fischel Cancer Center, Columbia, Missouri", "University of Missouri"},
		{"Columbia Memorial Hospital, Astoria, OR", "Columbia Memorial Hospital"},
		{"Columbia St. Mary's Hospital, Milwaukee, WI", ""},
		{"Prisma Health, Columbia, SC", ""},
		{"UC San Diego Health, La Jolla, CA", "University of California, San Diego"},
		{"University of California, San Diego", "University of California, San Diego"},
		{"University of Texas Health Science Center at San Antonio", "University of Texas Health Science Center at San Antonio"},
		{"Mays Cancer Center at UT Health San Antonio MD Anderson", "University of Texas Health Science Center at San Antonio"},
		{"UT Health San Antonio MD Anderson Cancer Center, San Antonio, TX", "University of Texas Health Science Center at San Antonio"},
		{"Banner MD Anderson Cancer Center, Gilbert, AZ", "Banner MD Anderson Cancer Center"},
		{"MD Anderson Cancer Center at Cooper, Camden, NJ", "MD Anderson Cancer Center at Cooper"},
		{"Mount Sinai Hospital, Sinai Health, Toronto, ON, Canada", ""},
		{"Mount Sinai Hospital, New York, NY", "Icahn School of Medicine at Mount Sinai"},
		{"Michigan State University, East Lansing, MI", "Michigan State University"},
		{"Brown Cancer Center, Louisville, KY", "University of Louisville"},
		{"Warren Alpert Medical School of Brown University", "Brown University"},
		{"National Cancer Centre Singapore/Duke-NUS Medical School, Singapore, Singapore", "National Cancer Centre Singapore"},
		{"Boston Medical Center, Boston, MA", "Boston Medical Center"},
		{"Saint Louis University, St. Louis, MO", "Saint Louis University"},
		{"Cleveland Clinic Florida, Weston, FL", "Cleveland Clinic Florida"},
		{"Baylor Scott & White, Temple, TX", "Baylor Scott & White"},
		{"Department of Radiation Oncology, Larner College of Medicine at the University of Vermont, Burlington, VT", "University of Vermont"},
	} {
		if got := resolvedNames(x, tc.aff); got != tc.want {
			t.Errorf("resolve(%q) = %q, want %q", tc.aff, got, tc.want)
		}
	}
}

func TestInstTokens(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The University of Texas MD Anderson Cancer Center", "university of texas md anderson cancer center"},
		{"Dana-Farber/Brigham and Women's", "dana farber brigham and womens"},
		{"H. Lee Moffitt Cancer Center & Research Institute", "h lee moffitt cancer center and research institute"},
		{"Washington University in Saint Louis", "washington university in st louis"},
		{"M. D. Anderson", "md anderson"},
		{"U.S. Oncology", "us oncology"},
		{"Peter MacCallum Cancer Centre", "peter maccallum cancer center"},
		{"Instituto Nacional de Cancerología", "instituto nacional de cancerologia"},
	} {
		if got := strings.Join(instTokens(tc.in), " "); got != tc.want {
			t.Errorf("instTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSimilar(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Tata Memorial Hospital", "Tata Memorial Centre", true},
		{"Lagos University Teaching Hospital", "Lagos University Teaching Hospital", true},
		{"Tata Memorial Hospital", "Memorial Hermann Cancer Center", false},
		{"University of Utah", "University Hospital Zürich", false},
		{"Brigham", "Brigham and Women's Hospital", true},
		{"Brigham and Women's Hospital", "Brigham", false},
		{"Columbia", "University of British Columbia", true}, // only for names no index knows
	} {
		if got := similar(tc.a, tc.b, true); got != tc.want {
			t.Errorf("similar(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// The directory must stay well formed: every line parses, names are
// unique, and no alias of a real program is also a lookalike's alias.
func TestDirectoryWellFormed(t *testing.T) {
	x := newInstIndex()
	if n := len(x.insts); n < 60 {
		t.Errorf("directory has %d institutions, want at least 60", n)
	}
	seen := map[string]bool{}
	for _, in := range x.insts {
		if seen[in.name] {
			t.Errorf("institution %q listed twice", in.name)
		}
		seen[in.name] = true
		for _, st := range append([]string{in.state}, in.also...) {
			if st != "" && usStates[strings.ToLower(st)] != st {
				t.Errorf("%s: state %q is not a postal code", in.name, st)
			}
		}
	}
	for key, a := range x.byText {
		look, real := false, false
		for _, id := range a.ids {
			if x.insts[id].lookalike {
				look = true
			} else {
				real = true
			}
		}
		if look && real {
			t.Errorf("alias %q names both a program and a lookalike", key)
		}
	}
}

// FuzzResolve reads arbitrary affiliation text: nothing may panic, every
// institution found is canonical and appears once.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"Department of Radiation Oncology, University of Michigan, Ann Arbor, MI",
		"University of California, San Francisco", "Columbia, MO", "1University of Missouri, Columbia, MO 65212, USA",
		"Mount Sinai Hospital, Sinai Health, Toronto, ON, Canada", "Dana-Farber/Brigham and Women's Cancer Center",
		",,,", "Penn", "UW", "the", "Department of", "Mays Cancer Center at UT Health San Antonio MD Anderson",
		"Professor and Chair; Dept. of Rad Onc; Duke", "Technische Universität München, Munich, Germany",
	} {
		f.Add(s)
	}
	x := newInstIndex()
	f.Fuzz(func(t *testing.T, aff string) {
		seen := map[int]bool{}
		for _, h := range x.resolve(aff) {
			if h.id < 0 || h.id >= len(x.insts) || x.find(h.id) != h.id {
				t.Fatalf("resolve(%q): id %d is not canonical", aff, h.id)
			}
			if seen[h.id] {
				t.Fatalf("resolve(%q): %d twice", aff, h.id)
			}
			seen[h.id] = true
		}
		institutionParts(aff)
	})
}

// instTokensFields is instTokens's first steps as they were: fold, "&"
// as " and ", no dots or apostrophes, then strings.FieldsFunc.
func instTokensFields(s string) []string {
	s = fold(s)
	s = strings.ReplaceAll(s, "&", " and ")
	s = strings.ReplaceAll(s, ".", "")
	s = strings.ReplaceAll(s, "'", "")
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// FuzzInstFields compares the one-pass splitter with the steps it
// replaces.
func FuzzInstFields(f *testing.F) {
	for _, s := range []string{"Dana-Farber/Brigham and Women's", "M. D. Anderson", "Texas A&M", "St. Jude's Children’s", "Hôpital Saint-Louis, Paris",
		"Dept. of Rad. Onc., 2 Main St.", "A.B.C.", ".x", "x.", "a&&b", "Universitätsmedizin", "\xff\xfe", "Ⅻ ١٢٣", "&", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := instFields(fold(s)), instTokensFields(s)
		if !slices.Equal(got, want) {
			t.Errorf("instFields(fold(%q)) = %q, want %q", s, got, want)
		}
	})
}
