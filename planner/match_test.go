package planner_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/confplan/confplan/internal/synth"
	"github.com/confplan/confplan/planner"
)

func matchTargets() *planner.Targets {
	return &planner.Targets{
		People: []planner.Contact{
			{Name: "Smith, Jennifer", Institution: "University of California, San Francisco"},
			{Name: "Dr. José García-López", Institution: "Harvard Radiation Oncology Program"},
			{Name: "van der Berg, Pieter", Institution: "Memorial Sloan Kettering Cancer Center"},
			{Name: "Dr. Ana De La Cruz", Institution: "University of Miami Miller School of Medicine"},
			{Name: "Dr. Omar Al-Hassan", Institution: "Cleveland Clinic Foundation"},
			{Name: "Sean O'Connor, MD", Institution: "Feinberg School of Medicine"},
			{Name: "Dr. Chinedu Okafor", Institution: "Lagos University Teaching Hospital"},
			{Name: "Wei Zhang, PhD", Institution: "Washington University in St. Louis"},
			{Name: "Rachel Kaplan MD", Institution: "University of Pennsylvania"},
			{Name: "Andrew Hope", Institution: "NewYork-Presbyterian"},
			{Name: "Kim Lee", Institution: ""},
			{Name: "María Hernández García", Institution: "University of Miami"},
			{Name: "Luis Ortega", Institution: "Stanford University"},
			{Name: "Robert \"Bob\" Nguyen", Institution: "Duke"},
			{Name: "Zoë Müller, PhD", Institution: "Stanford Cancer Institute"},
			{Name: "Jean-Luc Picard", Institution: "Brigham"},
			{Name: "Hans Mueller", Institution: "Fred Hutch"},
		},
		Programs: []planner.Program{
			{Name: "University of California, San Francisco", Aliases: []string{"UCSF", "UC San Francisco"}, State: "CA"},
			{Name: "Washington University in St. Louis", Aliases: []string{"WashU", "WUSTL"}, State: "MO"},
			{Name: "University of Pennsylvania", Aliases: []string{"Penn Medicine", "Penn", "UPenn"}, State: "PA"},
			{Name: "University of Miami", Aliases: []string{"Sylvester Comprehensive Cancer Center", "UM Sylvester"}, State: "FL"},
			{Name: "Columbia University", Aliases: []string{"Columbia", "NewYork-Presbyterian", "CUIMC"}, State: "NY"},
			{Name: "Harvard Radiation Oncology Program", Aliases: []string{"HROP", "MGH", "Dana-Farber Cancer Institute"}, State: "MA"},
			{Name: "Northwestern University", Aliases: []string{"Feinberg School of Medicine"}, State: "IL"},
			{Name: "Mayo Clinic", Aliases: []string{"Mayo", "Mayo Clinic Arizona", "Mayo Clinic Florida"}, State: "MN"},
			{Name: "University of Washington", Aliases: []string{"UW Medicine", "Fred Hutch"}, State: "WA"},
		},
	}
}

func appearance(name string, role planner.Role, affs ...string) planner.Person {
	return planner.Person{Name: name, Role: role, Affiliations: affs}
}

// matchOne matches one item with the given people and returns the
// targets matched, as "target/role".
func matchOne(m *planner.Matcher, people ...planner.Person) []string {
	out := []string{}
	for _, mt := range m.Match([]planner.Item{{ID: "x", Title: "MD Anderson Symptom Inventory and the Penn State Worry Questionnaire", People: people}}) {
		out = append(out, mt.Target+"/"+string(mt.Role))
	}
	return out
}

func TestMatchPeople(t *testing.T) {
	m := planner.NewMatcher(matchTargets(), planner.MatchOptions{})
	for _, tc := range []struct {
		name string
		p    planner.Person
		want []string
	}{
		{"initials at the program", appearance("J. A. Smith", planner.RoleAuthor, "Department of Radiation Oncology, UCSF, San Francisco, CA"),
			[]string{"Smith, Jennifer/author", "University of California, San Francisco/author"}},
		{"initials without dots", appearance("JA Smith", planner.RoleAuthor, "University of California San Francisco"),
			[]string{"Smith, Jennifer/author", "University of California, San Francisco/author"}},
		{"last, first", appearance("Smith, Jennifer, MD", planner.RoleSpeaker, "UC San Francisco"),
			[]string{"Smith, Jennifer/speaker", "University of California, San Francisco/speaker"}},
		{"same initial, other institution", appearance("J. Smith", planner.RoleAuthor, "Duke University, Durham, NC"), []string{}},
		{"other first name", appearance("Megan Smith", planner.RoleSpeaker, "UCSF"), []string{"University of California, San Francisco/speaker"}},
		{"no affiliation, full first name", appearance("Jennifer Smith", planner.RoleSpeaker), []string{"Smith, Jennifer/speaker"}},
		{"no affiliation, initial only", appearance("J. Smith", planner.RoleAuthor), []string{}},
		{"diacritics dropped", appearance("Jose Garcia-Lopez", planner.RoleSpeaker, "MGH"),
			[]string{"Dr. José García-López/speaker", "Harvard Radiation Oncology Program/speaker"}},
		{"hyphen dropped", appearance("J. García López", planner.RoleAuthor, "Dana-Farber Cancer Institute, Boston, MA"),
			[]string{"Dr. José García-López/author", "Harvard Radiation Oncology Program/author"}},
		{"same name, other institution", appearance("José García-López, MD", planner.RoleSpeaker, "Instituto Nacional de Cancerología, Mexico City, Mexico"), []string{}},
		{"particles", appearance("P. van der Berg", planner.RoleAuthor, "MSKCC"), []string{"van der Berg, Pieter/author"}},
		{"particles capitalized", appearance("A. M. De La Cruz", planner.RoleAuthor, "Sylvester Comprehensive Cancer Center, Miami, FL"),
			[]string{"Dr. Ana De La Cruz/author", "University of Miami/author"}},
		{"prefix joined", appearance("O. Alhassan", planner.RoleAuthor, "Cleveland Clinic, Cleveland, OH"), []string{"Dr. Omar Al-Hassan/author"}},
		{"apostrophe", appearance("S. OConnor", planner.RoleAuthor, "Northwestern University Feinberg School of Medicine, Chicago, IL"),
			[]string{"Sean O'Connor, MD/author", "Northwestern University/author"}},
		{"institution known only from the network map", appearance("C. Okafor", planner.RoleAuthor, "Lagos University Teaching Hospital, Lagos, Nigeria"),
			[]string{"Dr. Chinedu Okafor/author"}},
		{"institution read like the map's", appearance("Chinedu Okafor", planner.RoleAuthor, "Lagos University Teaching Hospital Idi-Araba"),
			[]string{"Dr. Chinedu Okafor/author"}},
		{"washington lookalike", appearance("W. Zhang", planner.RoleAuthor, "University of Washington, Seattle, WA"), []string{"University of Washington/author"}},
		{"george washington", appearance("W. Zhang", planner.RoleAuthor, "George Washington University, Washington, DC"), []string{}},
		{"penn state", appearance("R. Kaplan", planner.RoleAuthor, "Penn State Health Milton S. Hershey Medical Center, Hershey, PA"), []string{}},
		{"penn", appearance("R. Kaplan", planner.RoleAuthor, "Penn, Philadelphia, PA"), []string{"Rachel Kaplan MD/author", "University of Pennsylvania/author"}},
		{"miami cancer institute", appearance("A. De La Cruz", planner.RoleAuthor, "Miami Cancer Institute, Miami, FL"), []string{}},
		{"columbia, mo", appearance("A. Hope", planner.RoleAuthor, "University of Missouri, Columbia, MO"), []string{}},
		{"columbia memorial", appearance("A. Hope", planner.RoleAuthor, "Columbia Memorial Hospital, Astoria, OR"), []string{}},
		{"columbia alias", appearance("Andrew Hope", planner.RoleModerator, "Columbia University Irving Medical Center"),
			[]string{"Andrew Hope/moderator", "Columbia University/moderator"}},
		{"mayo sites", appearance("X. Y", planner.RoleAuthor, "Mayo Clinic, Jacksonville, FL"), []string{"Mayo Clinic/author"}},
		{"no institution in the map", appearance("Kim Lee", planner.RoleAuthor, "Anywhere"), []string{"Kim Lee/author"}},
		{"no institution in the map, initial only", appearance("K. Lee", planner.RoleAuthor, "Anywhere"), []string{}},
		{"first of two surnames printed", appearance("M. Hernández", planner.RoleAuthor, "Sylvester Comprehensive Cancer Center, Miami, FL"),
			[]string{"María Hernández García/author", "University of Miami/author"}},
		{"two surnames printed, one in the map", appearance("Luis Ortega Ruiz", planner.RoleSpeaker, "Stanford Cancer Institute"), []string{"Luis Ortega/speaker"}},
		{"quoted nickname in the map", appearance("R. J. Nguyen", planner.RoleAuthor, "Duke Radiation Oncology, Durham, NC"), []string{"Robert \"Bob\" Nguyen/author"}},
		{"department only, initial", appearance("R. Nguyen", planner.RoleAuthor, "Department of Radiation Oncology"), []string{}},
		{"department only, full name", appearance("Robert Nguyen", planner.RoleAuthor, "Department of Radiation Oncology"), []string{"Robert \"Bob\" Nguyen/author"}},
		{"umlaut spelled out", appearance("Zoe Mueller", planner.RoleSpeaker, "Stanford University"), []string{"Zoë Müller, PhD/speaker"}},
		{"umlaut printed", appearance("H. Müller", planner.RoleAuthor, "University of Washington, Seattle, WA"),
			[]string{"Hans Mueller/author", "University of Washington/author"}},
		{"hyphen dropped from a first name", appearance("Jean Luc Picard", planner.RoleSpeaker, "Brigham and Women's Hospital, Boston, MA"),
			[]string{"Jean-Luc Picard/speaker", "Harvard Radiation Oncology Program/speaker"}},
		{"surname in capitals first", appearance("SMITH Jennifer", planner.RoleSpeaker, "UCSF"),
			[]string{"Smith, Jennifer/speaker", "University of California, San Francisco/speaker"}},
		{"surname first", appearance("Zhang Wei", planner.RoleSpeaker, "Washington University School of Medicine, St. Louis, MO"),
			[]string{"Wei Zhang, PhD/speaker", "Washington University in St. Louis/speaker"}},
		{"surname first needs the affiliation", appearance("Zhang Wei", planner.RoleSpeaker), []string{}},
		{"vancouver style", appearance("Nguyen RJ", planner.RoleAuthor, "Duke University"), []string{"Robert \"Bob\" Nguyen/author"}},
		{"all capitals", appearance("ROBERT NGUYEN", planner.RoleAuthor, "DUKE UNIVERSITY MEDICAL CENTER"), []string{"Robert \"Bob\" Nguyen/author"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := matchOne(m, tc.p)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%q (%s): got %q, want %q", tc.p.Name, strings.Join(tc.p.Affiliations, " | "), got, tc.want)
			}
		})
	}
}

func TestMatchRolesAndOrder(t *testing.T) {
	m := planner.NewMatcher(matchTargets(), planner.MatchOptions{Evidence: true})
	items := []planner.Item{
		{ID: "a", People: []planner.Person{
			appearance("R. Kaplan", planner.RoleAuthor, "Penn Medicine"),
			appearance("Rachel Kaplan, MD", planner.RolePresentingAuthor, "University of Pennsylvania"),
			appearance("A. Other", planner.RoleModerator, "Hospital of the University of Pennsylvania"),
			appearance("J. Smith", planner.RoleAuthor, "UCSF"),
		}},
		{ID: "b", People: []planner.Person{appearance("Nobody Known", planner.RoleSpeaker, "Somewhere Else")}},
		{ID: "c", People: []planner.Person{appearance("Jennifer Smith", planner.RoleSpeaker, "UCSF")}},
	}
	var got []string
	for _, mt := range m.Match(items) {
		got = append(got, fmt.Sprintf("%s %s %s %s", mt.ItemID, mt.Target, mt.Role, mt.Who))
		if mt.Score <= 0 || mt.Score > 1 {
			t.Errorf("%s/%s: score %v out of (0,1]", mt.ItemID, mt.Target, mt.Score)
		}
		if mt.Evidence == "" {
			t.Errorf("%s/%s: no evidence", mt.ItemID, mt.Target)
		}
	}
	want := []string{
		"a Smith, Jennifer author J. Smith",
		"a Rachel Kaplan MD presenting author Rachel Kaplan, MD",
		"a University of California, San Francisco author J. Smith",
		"a University of Pennsylvania moderator A. Other",
		"c Smith, Jennifer speaker Jennifer Smith",
		"c University of California, San Francisco speaker Jennifer Smith",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMatchEvidence(t *testing.T) {
	m := planner.NewMatcher(matchTargets(), planner.MatchOptions{Evidence: true})
	ms := m.Match([]planner.Item{{ID: "a", People: []planner.Person{appearance("J. A. Smith", planner.RoleAuthor, "UCSF")}}})
	if len(ms) != 2 {
		t.Fatalf("got %d matches, want 2", len(ms))
	}
	for _, want := range []string{`"J. A. Smith"`, `"Smith, Jennifer"`, "initial J", `"UCSF"`, "University of California, San Francisco"} {
		if !strings.Contains(ms[0].Evidence, want) {
			t.Errorf("evidence %q lacks %q", ms[0].Evidence, want)
		}
	}
	full := m.Match([]planner.Item{{ID: "a", People: []planner.Person{appearance("Jennifer Smith", planner.RoleAuthor, "UCSF")}}})
	if full[0].Score <= ms[0].Score {
		t.Errorf("full first name scores %v, initial %v: want the full name higher", full[0].Score, ms[0].Score)
	}
	bare := m.Match([]planner.Item{{ID: "a", People: []planner.Person{appearance("Jennifer Smith", planner.RoleAuthor)}}})
	if bare[0].Score >= full[0].Score {
		t.Errorf("no affiliation scores %v, confirmed %v: want lower", bare[0].Score, full[0].Score)
	}
}

func TestMatchNoTargets(t *testing.T) {
	m := planner.NewMatcher(&planner.Targets{}, planner.MatchOptions{})
	if got := m.Match([]planner.Item{{ID: "a", People: []planner.Person{appearance("J. Smith", planner.RoleAuthor, "UCSF")}}}); len(got) != 0 {
		t.Errorf("got %v, want nothing", got)
	}
	if got := planner.NewMatcher(nil, planner.MatchOptions{}).Match(nil); len(got) != 0 {
		t.Errorf("got %v, want nothing", got)
	}
}

func TestInterestsAndNetworking(t *testing.T) {
	for _, tc := range []struct {
		it        planner.Item
		interests []string
		hits      []string
		net       bool
	}{
		{planner.Item{Title: "SBRT for Oligometastatic Disease", Kind: planner.KindSession}, []string{"SBRT", "global oncology"}, []string{"SBRT"}, false},
		{planner.Item{Title: "Global Oncology: Building Capacity", Type: "Panel"}, []string{"sbrt", "Global Oncology"}, []string{"Global Oncology"}, false},
		{planner.Item{Title: "Radiothérapie Stéréotaxique", Type: "Education"}, []string{"radiotherapie"}, []string{"radiotherapie"}, false},
		{planner.Item{Title: "Hypofractionation in Prostate Cancer", Type: "Poster Q&A", Kind: planner.KindPoster}, []string{"RT"}, nil, true},
		{planner.Item{Title: "ARRO Annual Seminar", Kind: planner.KindEvent}, nil, nil, true},
		{planner.Item{Title: "Meet the Expert: Lung SBRT", Kind: planner.KindSession}, []string{"lung sbrt"}, []string{"lung sbrt"}, true},
		{planner.Item{Title: "Medical Student Workshop: Navigating the Match", Kind: planner.KindSession}, nil, nil, true},
		{planner.Item{Title: "Proton Therapy for Residents of Rural Areas", Kind: planner.KindTalk}, []string{"proton"}, []string{"proton"}, false},
		{planner.Item{Title: "Breast Posters", Kind: planner.KindSession}, []string{"poster"}, []string{"poster"}, false},
	} {
		if got := planner.InterestHits(&tc.it, tc.interests); !reflect.DeepEqual(got, tc.hits) {
			t.Errorf("InterestHits(%q, %q) = %q, want %q", tc.it.Title, tc.interests, got, tc.hits)
		}
		if got := planner.IsNetworking(&tc.it); got != tc.net {
			t.Errorf("IsNetworking(%q) = %v, want %v", tc.it.Title, got, tc.net)
		}
	}
}

// Two of the user's programs that share an abbreviation stay two
// programs, and neither takes the directory's institution of that
// abbreviation.
func TestMatchSharedAbbreviation(t *testing.T) {
	m := planner.NewMatcher(&planner.Targets{Programs: []planner.Program{
		{Name: "Valleyview University Medical Center", Aliases: []string{"VUMC"}, State: "OH"},
		{Name: "Vanderbilt University Medical Center", Aliases: []string{"VUMC", "Vanderbilt"}, State: "TN"},
		{Name: "Harbor University Medical Center", Aliases: []string{"HUMC"}},
	}}, planner.MatchOptions{})
	for _, tc := range []struct {
		aff  string
		want []string
	}{
		{"Valleyview University Medical Center, Dayton, OH", []string{"Valleyview University Medical Center/author"}},
		{"Vanderbilt-Ingram Cancer Center, Nashville, TN", []string{"Vanderbilt University Medical Center/author"}},
		{"Harbor University Medical Center", []string{"Harbor University Medical Center/author"}},
		{"VUMC", []string{"Valleyview University Medical Center/author", "Vanderbilt University Medical Center/author"}},
	} {
		if got := matchOne(m, appearance("A. Author", planner.RoleAuthor, tc.aff)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.aff, got, tc.want)
		}
	}
}

// TestExplain: every printed name that shares a surname reading with the
// contact is listed, found or not, with the reason (testdata/script/
// explain.txtar shows a surname one typo off).
func TestExplain(t *testing.T) {
	m := planner.NewMatcher(&planner.Targets{People: []planner.Contact{{Name: "Liu Yang", Institution: "Sun Yat-sen University Cancer Center"}}}, planner.MatchOptions{})
	items := []planner.Item{{ID: "a", People: []planner.Person{
		appearance("Y. Liu", planner.RoleAuthor, "Sun Yat-sen University Cancer Center, Guangzhou, China"),
		appearance("Y. Liu", planner.RoleAuthor, "Fudan University Shanghai Cancer Center, Shanghai, China"),
		appearance("Yang Liu", planner.RoleAuthor),
		appearance("Ming Liu", planner.RoleAuthor, "Sun Yat-sen University Cancer Center"),
		appearance("Wei Zhang", planner.RoleAuthor, "Sun Yat-sen University Cancer Center"),
	}}}
	got := m.Explain(items, 0)
	want := []struct {
		who    string
		found  bool
		reason string
	}{
		{"Y. Liu", true, "family name first"},
		{"Y. Liu", false, "institution differs"},
		{"Yang Liu", false, "no affiliation printed"},
		{"Ming Liu", false, "given names differ"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d near misses, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Who != w.who || got[i].Found != w.found || !strings.Contains(got[i].Reason, w.reason) {
			t.Errorf("near miss %d = %+v, want %s found=%v with %q", i, got[i], w.who, w.found, w.reason)
		}
	}
}

// A surname of three words finds its joined spelling, and the other way
// round: the word check before the full reading tries runs of up to
// three words joined ("de"+"la"+"cruz"), as it did pairs ("al"+"hassan").
func TestMatchJoinedParticles(t *testing.T) {
	for _, tc := range []struct{ contact, printed string }{
		{"Ana Delacruz", "A. De La Cruz"},
		{"Dr. Ana De La Cruz", "A. Delacruz"},
		{"Pieter Vanderberg", "P. van der Berg"},
		{"Omar Al-Hassan", "O. Alhassan"},
	} {
		m := planner.NewMatcher(&planner.Targets{People: []planner.Contact{{Name: tc.contact, Institution: "University of Miami"}}}, planner.MatchOptions{})
		got := matchOne(m, appearance(tc.printed, planner.RoleAuthor, "Sylvester Comprehensive Cancer Center, University of Miami, Miami, FL"))
		if want := []string{tc.contact + "/author"}; !slices.Equal(got, want) {
			t.Errorf("%q printed, contact %q: matched %v, want %v", tc.printed, tc.contact, got, want)
		}
	}
}

// TestMatchWithoutEvidence: leaving the evidence out (as a plan does)
// changes nothing else: the same matches, in the same order, with the
// same roles, names and scores, on the demo program and a synthetic
// ASTRO-size meeting.
func TestMatchWithoutEvidence(t *testing.T) {
	type input struct {
		items   []planner.Item
		targets *planner.Targets
	}
	d := synth.Meeting(synth.ASTRO())
	inputs := map[string]input{
		"small": {[]planner.Item{
			{ID: "a", People: []planner.Person{appearance("J. A. Smith", planner.RoleAuthor, "UCSF"), appearance("Rachel Kaplan MD", planner.RoleSpeaker, "Penn Medicine")}},
			// Only a place printed: its city agrees with the map's
			// institution, or its state rules it out.
			{ID: "b", People: []planner.Person{appearance("Jennifer Smith", planner.RoleAuthor, "Department of Radiation Oncology, San Francisco, CA")}},
			{ID: "c", People: []planner.Person{appearance("Jennifer Smith", planner.RoleAuthor, "Department of Radiation Oncology, Boston, MA")}},
		}, matchTargets()},
		"synthetic": {d.Meeting.Items, d.Targets},
		// An institution only the map names, confirmed by its words.
		"adhoc": {[]planner.Item{{ID: "d", People: []planner.Person{appearance("Priya Raman", planner.RoleAuthor, "Servicio de Radioterapia, Hospital Nacional Daniel Alcides Carrión, Callao, Perú")}}},
			&planner.Targets{People: []planner.Contact{{Name: "Priya Raman", Institution: "Hospital Daniel Alcides Carrión"}}}},
	}
	for name, in := range inputs {
		with := planner.NewMatcher(in.targets, planner.MatchOptions{Evidence: true}).Match(in.items)
		without := planner.NewMatcher(in.targets, planner.MatchOptions{}).Match(in.items)
		if len(with) != len(without) {
			t.Fatalf("%s: %d matches with evidence, %d without", name, len(with), len(without))
		}
		for i := range with {
			w := with[i]
			if w.Evidence == "" {
				t.Errorf("%s: match %d (%s in %s) has no evidence when asked", name, i, w.Target, w.ItemID)
			}
			if without[i].Evidence != "" {
				t.Errorf("%s: match %d has evidence %q when not asked", name, i, without[i].Evidence)
			}
			w.Evidence = ""
			if w != without[i] {
				t.Errorf("%s: match %d differs:\nwith    %+v\nwithout %+v", name, i, w, without[i])
			}
		}
	}
}

// TestPlaceEvidence: a match made by the city alone says so, with the
// city's every word capitalised as a city is printed.
func TestPlaceEvidence(t *testing.T) {
	m := planner.NewMatcher(&planner.Targets{People: []planner.Contact{{Name: "Jennifer Smith", Institution: "UCSF"}}}, planner.MatchOptions{Evidence: true})
	got := m.Match([]planner.Item{{ID: "b", People: []planner.Person{appearance("Jennifer Smith", planner.RoleAuthor, "Department of Radiation Oncology, San Francisco, CA")}}})
	if len(got) != 1 {
		t.Fatalf("matched %+v, want Jennifer Smith once", got)
	}
	if want := "the city San Francisco is where"; !strings.Contains(got[0].Evidence, want) {
		t.Errorf("evidence %q, want it to say %q", got[0].Evidence, want)
	}
}
