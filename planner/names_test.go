package planner

import (
	"slices"
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"García-López", "garcia-lopez"},
		{"Zoë Müller", "zoe muller"},
		{"Siobhán Ó Súilleabháin", "siobhan o suilleabhain"},
		{"Łukasz Øster", "lukasz oster"},
		{"Piotr Jovanović", "piotr jovanovic"},
		{"ÅSA", "asa"},
		{"plain", "plain"},
	} {
		if got := fold(tc.in); got != tc.want {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// render shows a parsed name as "given names | surname key".
func render(n personName) string {
	return givenText(n.given) + " | " + n.key()
}

func TestParseName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Jennifer A. Smith", "jennifer A | smith"},
		{"Smith, Jennifer", "jennifer | smith"},
		{"Smith, Jennifer A., MD, PhD", "jennifer A | smith"},
		{"Smith, John A., MD, PhD", "john A | smith"},
		{"Dr. Lucía Torres", "lucia | torres"},
		{"Prof. Dr. Omar Al-Hassan", "omar | alhassan"},
		{"J. A. Smith", "J A | smith"},
		{"J.A. Smith", "J A | smith"},
		{"JA Smith", "J A | smith"},
		{"Smith JA", "J A | smith"},
		{"P Raman", "P | raman"},
		{"M.-J. K. Nguyen", "M-J K | nguyen"},
		{"Rachel Kaplan MD", "rachel | kaplan"},
		{"Siobhán Kowalski MD", "siobhan | kowalski"},
		{"Kenji Zhao, MS, CMD", "kenji | zhao"},
		{"Sean O'Connor, MD", "sean | oconnor"},
		{"Erin Chew, MD;PhD", "erin | chew"},
		{"Kofi N. Owusu, MD (they/them)", "kofi N | owusu"},
		{"Jonathan Price, PhD, DABR", "jonathan | price"},
		{"van der Berg, Pieter", "pieter | vanderberg"},
		{"Pieter van der Berg", "pieter | vanderberg"},
		{"Ana De La Cruz", "ana | delacruz"},
		{"A. M. De La Cruz", "A M | delacruz"},
		{"José García-López, MD", "jose | garcialopez"},
		{"Ji-Hoon Park, CMD", "ji-hoon | park"},
		{"Xuan Do", "xuan | do"},
		{"Tran Le", "tran | le"},
		{"Robert Smith Jr., MD", "robert | smith"},
		{"Name, MD – Affiliation", ""},
		{"Benjamin Jefferson, DO", "benjamin | jefferson"},
		{"Li Chen", "li | chen"},
		{"Ingrid Ó Súilleabháin, MD", "ingrid | osuilleabhain"},
		{"I. S. Ó Súilleabháin", "I S | osuilleabhain"},
		{"John O Smith", "john O | smith"},
		{"Jennifer Smith1,2", "jennifer | smith"},
		{"and B. Movsas17", "B | movsas"},
		{"J. A. Smith¹²", "J A | smith"},
	} {
		n, ok := parseName(tc.in)
		got := ""
		if ok {
			got = render(n)
		}
		if tc.want == "" {
			continue
		}
		if got != tc.want {
			t.Errorf("parseName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsCredential(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"MD", true}, {"M.D.", true}, {"PhD", true}, {"Ph.D.", true}, {"MBBS", true}, {"FASTRO", true},
		{"DABR", true}, {"CMD", true}, {"DO", true}, {"Do", false}, {"Smith", false}, {"Ms", false},
	} {
		if got := isCredential(tc.in); got != tc.want {
			t.Errorf("isCredential(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestFitGiven(t *testing.T) {
	for _, tc := range []struct {
		printed, target string
		want            bool
	}{
		{"Jennifer Smith", "Smith, Jennifer", true},
		{"J. Smith", "Smith, Jennifer", true},
		{"J. A. Smith", "Jennifer A. Smith", true},
		{"JA Smith", "Jennifer A. Smith", true},
		{"J. B. Smith", "Jennifer A. Smith", false},
		{"Jennifer B. Smith", "Jennifer A. Smith", false},
		{"J. A. Smith", "Jennifer Smith", true}, // the target's middle name is unknown
		{"M. Smith", "Jennifer Smith", false},
		{"Megan Smith", "Jennifer Smith", false},
		{"Jon Smith", "Jonathan Smith", true}, // nickname
		{"Jose Garcia-Lopez", "Dr. José García-López", true},
		{"S.-Y. Park", "Seo-Yeon Park", true},
		{"SY Park", "Seo-Yeon Park", true},
		{"S. Park", "Seo-Yeon Park", true},
		{"Seoyeon Park", "Seo-Yeon Park", true},
		{"Seo-yeon D. Park", "Seo-Yeon Park", true},
		{"S.-J. Park", "Seo-Yeon Park", false},
		{"Min-Jung Sato", "Dr. Tuan Sato", false},
		{"T. Sato", "Dr. Tuan Sato", true},
		{"Jean Luc Picard", "Jean-Luc Picard", true},
		{"Jean-Luc Picard", "Jean Luc Picard", true},
		{"Jean Marc Picard", "Jean-Luc Picard", false},
	} {
		a, _ := parseName(tc.printed)
		r, _ := parseName(tc.target)
		got := fitGiven(a.given, r.given).score > 0
		if got != tc.want {
			t.Errorf("fitGiven(%q, %q) = %v, want %v", tc.printed, tc.target, got, tc.want)
		}
	}
}

func TestNameSplitsCompoundSurnames(t *testing.T) {
	for _, tc := range []struct {
		printed string
		key     string // a surname key one split must give
	}{
		{"José García López", "garcialopez"},
		{"J. García-López", "garcialopez"},
		{"A. de la Cruz", "delacruz"},
		{"Omar Al Hassan", "alhassan"},
		{"O. Alhassan", "alhassan"},
		{"P. van der Berg", "vanderberg"},
	} {
		var keys []string
		for _, s := range nameSplits(tc.printed) {
			keys = append(keys, s.key())
		}
		if !strings.Contains(" "+strings.Join(keys, " ")+" ", " "+tc.key+" ") {
			t.Errorf("nameSplits(%q) keys %v, want one of them %q", tc.printed, keys, tc.key)
		}
	}
}

// FuzzMatchName feeds printed names and affiliations through parsing and
// matching: nothing may panic, scores stay in [0,1], and a name always
// matches itself at its own institution.
func FuzzMatchName(f *testing.F) {
	for _, s := range []string{
		"Jennifer A. Smith, MD, PhD", "Smith, John A., MD, PhD", "J. A. Smith", "JA Smith", "Smith JA",
		"Dr. José García-López", "van der Berg, Pieter", "Ana De La Cruz", "Sean O'Connor, MD",
		"Sandra A.G Visser, PhD (she/her/hers)", "Erin Chew, MD;RhMSUS", "Jean Acevedo, -None-",
		"M.-J. K. Nguyen", "Seo-yeon D. Park, MBBS", "Robert \"Bob\" Smith Jr.", ",", "Dr.", "MD", "(",
		"Ω", "a b c d e f", "  -  ", "O'", "Zoë Müller, PhD",
	} {
		f.Add(s, "Department of Radiation Oncology, University of Michigan, Ann Arbor, MI")
	}
	f.Add("Pieter van der Berg", "University of California, San Francisco")
	f.Add("Li Chen", ", , ;")
	f.Fuzz(func(t *testing.T, name, aff string) {
		for _, s := range nameSplits(name) {
			if s.key() == "" || len(s.given) == 0 && !s.mononym {
				t.Fatalf("nameSplits(%q) gave an empty reading %+v", name, s)
			}
			for _, g := range s.given {
				if len(g.parts) == 0 {
					t.Fatalf("nameSplits(%q): given name without parts", name)
				}
			}
		}
		m := NewMatcher(&Targets{People: []Contact{{Name: name, Institution: aff}}}, MatchOptions{Evidence: true})
		ms := m.Match([]Item{{ID: "x", People: []Person{{Name: name, Role: RoleSpeaker, Affiliations: []string{aff}}}}})
		for _, mt := range ms {
			if mt.Score < 0 || mt.Score > 1 || mt.Evidence == "" {
				t.Fatalf("score %v evidence %q", mt.Score, mt.Evidence)
			}
		}
		if n, ok := parseName(name); ok && n.given[0].full() && len(ms) != 1 {
			t.Fatalf("%q at %q does not match itself: %v", name, aff, ms)
		}
	})
}

func TestCutBetween(t *testing.T) {
	tests := []struct {
		in, openers, closers string
		keepUnclosed         bool
		want                 string
	}{
		{"Sandra Visser (she/her)", "([", ")]", false, "Sandra Visser  "},
		{"A (x) B [y] C", "([", ")]", false, "A   B   C"},
		{"A (unclosed B", "([", ")]", false, "A "},
		{"Robert “Bob” Smith", "\"“", "\"”", true, "Robert   Smith"},
		{`Robert "Bob Smith`, "\"“", "\"”", true, "Robert Bob Smith"},
		{"no brackets", "([", ")]", false, "no brackets"},
	}
	for _, tt := range tests {
		if got := cutBetween(tt.in, tt.openers, tt.closers, tt.keepUnclosed); got != tt.want {
			t.Errorf("cutBetween(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A name cell full of brackets is cut in one pass, not one pass per pair.
func TestStripNameManyBrackets(t *testing.T) {
	in := "Jane Doe" + strings.Repeat(" (x)", 200000)
	if got := stripName(in); got != "Jane Doe" {
		t.Errorf("stripName = %q…, want %q", got[:min(len(got), 40)], "Jane Doe")
	}
}

// FuzzReadName reads arbitrary names: every reading has a surname key
// and given names with parts, and a name with a firm reading is the same
// name as itself.
func FuzzReadName(f *testing.F) {
	for _, s := range []string{"OYELARAN Tobi", "DEL VALLE Inés", "Liu Yang", "Lim Mei Xin", "Echeverri, L.A.", "PD Dr. med. Anna Weber",
		"A/Prof Kate Lin", "Berg, K. van der", `Theodore "Ted" Varga`, "Margaret (Peggy) Lund", "FNU Priyanka", "Suresh, FNU",
		"Ahmad bin Ismail", "Moura e Sá", "Jennifer 'Jen' Smith", "H. Russell Odell", "Nguyen Thi Mai", "MJS Wang", "' '", "(", "\"", "Ó",
		"\u0301\u0301 Smith", "Ana \u0301\u0301 Smith"} { // a word of marks alone folds to nothing
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := readName(s)
		firm := false
		for _, r := range n.readings {
			if r.key() == "" {
				t.Fatalf("readName(%q): empty surname key in %+v", s, r)
			}
			if len(r.given) == 0 && !r.mononym {
				t.Fatalf("readName(%q): no given names in %+v", s, r)
			}
			for _, g := range r.given {
				if len(g.parts) == 0 || g.canon == "" && g.j != "" || slices.Contains(g.parts, "") {
					t.Fatalf("readName(%q): bad given name %+v", s, g)
				}
			}
			firm = firm || !r.weak
		}
		if firm {
			if ok, _ := SameName(s, s); !ok {
				t.Fatalf("%q is not the same name as itself", s)
			}
		}
	})
}

// TestSameName: the name forms the world prints, compared by the one
// comparison. Weak readings (a guessed family-name-first order, a single
// name) count here as the name alone; the matcher asks for an
// institution too.
func TestSameName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"OYELARAN Tobi", "T. Oyelaran", true},
		{"DEL VALLE Inés", "Ines del Valle", true},
		{"PD Dr. med. Anna Weber", "A. Weber", true},
		{"A/Prof Kate Lin", "Kate Lin", true},
		{"Assoc. Prof. Michael Jameson", "Jameson M", true},
		{"Rohan Mehta, MBBS, MD, DNB, FRCR", "R. Mehta", true},
		{"Echeverri, L.A.", "Laura A. Echeverri", true},
		{`Theodore "Ted" Varga`, "Ted Varga", true},
		{"Margaret (Peggy) Lund", "Peggy Lund", true},
		{"Bill Hartley", "William Hartley", true},
		{"Bill Hartley", "W. Hartley", true},
		{"Peggy Osei", "M. Osei", true},
		{"Dick Moss", "Richard Moss", true},
		{"Jack Whitaker", "John Whitaker", true},
		{"Sasha Volkov", "Alexander Volkov", true},
		{"Paco Herrera", "Francisco Herrera", true},
		{"Edwin Kim", "Edward Kim", false},
		{"H. Russell Odell", "Russell Odell", true},
		{"Liu Yang", "Y. Liu", true},
		{"Liu Yang", "Liu Y", true},
		{"Lim Mei Xin", "Lim MX", true},
		{"Lim Mei Xin", "Mei Xin Lim", true},
		{"Søren Møller", "Soeren Moeller", true},
		{"Mohammed Abdelaziz", "Mohamed Abdelaziz", true},
		{"Yury Petrov", "Yuri Petrov", true},
		{"Aleksandr Ivanov", "Alexander Ivanov", true},
		{"María Hernández García", "M. Hernández", true},
		{"José García", "José García-López", true},
		{"Berg, K. van der", "Karin van der Berg", true},
		{"Ahmad bin Ismail", "Ahmad Ismail", true},
		{"FNU Priyanka", "Priyanka Priyanka", true},
		{"Jennifer Smith", "John Smith", false},
		{"Jennifer Smith", "J. B. Smith", true},
		{"Jennifer A. Smith", "J. B. Smith", false},
		{"Ruth McDonald", "Ruth MacDonald", false},
	} {
		if got, how := SameName(tc.a, tc.b); got != tc.want {
			t.Errorf("SameName(%q, %q) = %v (%s), want %v", tc.a, tc.b, got, how, tc.want)
		}
	}
}

func TestSplitName(t *testing.T) {
	for _, tc := range []struct{ in, given, surname string }{
		{"Jane Q. Doe", "Jane Q.", "Doe"},
		{"Doe, Jane", "Jane", "Doe"},
		{"DOE Jane", "Jane", "DOE"},
		{"Ana De La Cruz", "Ana", "De La Cruz"},
		{"Dr. Jennifer Smith, MD", "Jennifer", "Smith"},
		{"Berg, K. van der", "K.", "van der Berg"},
		{"Priyanka", "", "Priyanka"},
		{"Smith, John A., MD, PhD", "John A.", "Smith"},
	} {
		g, s := SplitName(tc.in)
		if g != tc.given || s != tc.surname {
			t.Errorf("SplitName(%q) = %q, %q; want %q, %q", tc.in, g, s, tc.given, tc.surname)
		}
	}
}

// foldRunes is fold without its fast paths: rune by rune.
func foldRunes(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r < rune(len(foldTable)):
			b.WriteString(foldTable[r])
		default:
			b.WriteString(foldRune(r))
		}
	}
	return b.String()
}

// FuzzFold compares fold with the rune-by-rune fold.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"García-López", "O'BRIEN, Seán", "Universitätsmedizin Berlin", "ŁÓDŹ", "ß æ œ ø", "\xff\xfeA", "already lower", "ΑΒΓ", "Ｗｉｄｅ",
		"DEPARTMENT OF RADIATION ONCOLOGY, UNIVERSITY OF TEXAS SOUTHWESTERN MEDICAL CENTER, DALLAS, TX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), foldRunes(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzIsUpper compares isUpper with the copy it saves.
func FuzzIsUpper(f *testing.F) {
	for _, s := range []string{"MA", "Ma", "ÉLODIE", "Élodie", "ǅ", "ß", "\xffA", "FRCR(UK)", "", "Σ", "ﬁ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpper(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzCredential checks Credential's stack-built key against
// credentialKey's.
func FuzzCredential(f *testing.F) {
	for _, s := range []string{"M.D.", "md", " Ph.D. ", "FRCR (Clin Onc)", "MRCP(UK)", "Dr", "MBBS (Hons)", "M\tD", "Médecin", "FACR,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 24 {
			return
		}
		got, gotOK := credentialOf(s)
		want, wantOK := credentials[credentialKey(s)]
		if got != want || gotOK != wantOK {
			t.Errorf("credentialOf(%q) = %q, %v; want %q, %v", s, got, gotOK, want, wantOK)
		}
	})
}
