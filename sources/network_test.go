package sources_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/confplan/confplan/planner"
	"github.com/confplan/confplan/sources"
)

func TestReadContacts(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []planner.Contact
		warns []string // substrings, in order
	}{
		{
			name: "canonical",
			in: "Name,Role,Institution,Email,How I found them,Date contacted,Response,Next step,Priority,Notes\r\n" +
				"Dr. Jane Doe,Program Director,Emory University,jdoe@emory.example,ASTRO 2024 poster,2025-07-04,,Ask about J-1,1,\"Knows my mentor, Dr. Okafor\"\r\n",
			want: []planner.Contact{{Row: 0, Name: "Dr. Jane Doe", Role: "Program Director", Institution: "Emory University",
				Email: "jdoe@emory.example", HowFound: "ASTRO 2024 poster", DateContacted: "2025-07-04", NextStep: "Ask about J-1",
				Priority: 1, Notes: "Knows my mentor, Dr. Okafor"}},
		},
		{
			name: "synonyms semicolons BOM",
			in: "\xef\xbb\xbfFull name;Position;Affiliation;E-mail;Source;Contacted;Reply;Next action;Priority;My column\n" +
				"\"Smith, John A., MD\";Faculty;\"University of California, San Francisco\";js@ucsf.example;X;;;;High;keep\n" +
				"Ana Gómez;Resident;Emory;;;;;;P3;\n",
			want: []planner.Contact{
				{Row: 0, Name: "Smith, John A., MD", Role: "Faculty", Institution: "University of California, San Francisco", Email: "js@ucsf.example", HowFound: "X", Priority: 1},
				{Row: 1, Name: "Ana Gómez", Role: "Resident", Institution: "Emory", Priority: 3},
			},
		},
		{
			name: "tabs and quoted newline and missing name",
			in: "NAME\tTITLE\tORGANIZATION\tFOLLOW-UP\n" +
				"\tFaculty\tDuke\t\n" +
				"Priya Raman\t\"Faculty\nVice chair\"\tDuke University\tSend CV\n" +
				"\t\t\t\n",
			want: []planner.Contact{
				{Row: 1, Name: "Priya Raman", Role: "Faculty\nVice chair", Institution: "Duke University", NextStep: "Send CV"},
			},
			warns: []string{"in.csv:2: row has no name"},
		},
		{
			name: "first and last name columns",
			in:   "First name,Last name,Institution\nJane,Doe,Yale\n",
			want: []planner.Contact{{Row: 0, Name: "Jane Doe", Institution: "Yale"}},
		},
		{
			name:  "bad priority",
			in:    "Name,Priority\nJane Doe,urgent\n",
			want:  []planner.Contact{{Row: 0, Name: "Jane Doe"}},
			warns: []string{`in.csv:2: priority "urgent" not understood`},
		},
		{
			name: "title rows above the header",
			in:   "My ASTRO 2025 contacts,,\r\nUpdated Sept 1,,\r\n,,\r\nName,Institution,Priority\r\nJane Doe,Emory,2\r\n",
			want: []planner.Contact{{Row: 0, Name: "Jane Doe", Institution: "Emory", Priority: 2}},
		},
		{
			name: "empty file",
			in:   "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := sources.ReadContacts(strings.NewReader(tt.in), "in.csv")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			if len(warns) != len(tt.warns) {
				t.Fatalf("warnings %v, want %d", warns, len(tt.warns))
			}
			for i, w := range warns {
				if !strings.Contains(w.Error(), tt.warns[i]) {
					t.Errorf("warning %q, want it to contain %q", w, tt.warns[i])
				}
			}
		})
	}
}

func TestReadContactsEncodings(t *testing.T) {
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "Name\tInstitution\r\nZoë Müller\tCharité\r\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	cp1252 := []byte("Name;Institution\r\nZo\xeb M\xfcller;Charit\xe9\r\n")
	for name, in := range map[string][]byte{"utf-16": utf16, "windows-1252": cp1252} {
		t.Run(name, func(t *testing.T) {
			got, _, err := sources.ReadContacts(bytes.NewReader(in), "in.csv")
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Name != "Zoë Müller" || got[0].Institution != "Charité" {
				t.Errorf("got %+v", got)
			}
			// Editing such a file would mix encodings: refused with advice.
			_, err = sources.ReadNetworkMap(bytes.NewReader(in), "in.csv")
			if err == nil || !strings.Contains(err.Error(), "UTF-8") {
				t.Errorf("ReadNetworkMap: err = %v", err)
			}
		})
	}
}

func TestReadContactsRejects(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"programs list", "Program,Aliases,City,State\nEmory,Emory University,Atlanta,GA\n", "programs list"},
		{"no name column", "Who,Where\nx,y\n", "no Name column"},
		{"unterminated quote", "Name,Role\nJane,\"Faculty\nJohn,Resident\n", "in.csv:2: quoted field is never closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := sources.ReadContacts(strings.NewReader(tt.in), "in.csv")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestReadPrograms(t *testing.T) {
	in := "Program,Aliases,City,State,Visa,IMG friendly,Priority\r\n" +
		"Emory University,Emory; Winship Cancer Institute;,Atlanta,GA,J-1,Yes,1\r\n" +
		",x,,,,,\r\n" +
		"\"University of California, San Francisco\",UCSF,San Francisco,CA,\"J-1;H-1B\",No,Low\r\n"
	got, warns, err := sources.ReadPrograms(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []planner.Program{
		{Name: "Emory University", Aliases: []string{"Emory", "Winship Cancer Institute"}, City: "Atlanta", State: "GA", Visa: "J-1", IMGFriendly: "Yes", Priority: 1},
		{Name: "University of California, San Francisco", Aliases: []string{"UCSF"}, City: "San Francisco", State: "CA", Visa: "J-1;H-1B", IMGFriendly: "No", Priority: 3},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Error(), "p.csv:3: row has no program name") {
		t.Errorf("warnings = %v", warns)
	}
	_, _, err = sources.ReadPrograms(strings.NewReader("Name,Role\nJane,PD\n"), "n.csv")
	if err == nil || !strings.Contains(err.Error(), "network map") {
		t.Errorf("network map as programs list: err = %v", err)
	}
}

func TestParsePriority(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"1", 1, true}, {"2", 2, true}, {"3", 3, true}, {"3.0", 3, true}, {"P1", 1, true}, {"p2", 2, true},
		{"High", 1, true}, {"medium", 2, true}, {"LOW", 3, true}, {"1 - High", 1, true}, {"High (1)", 1, true},
		{"4", 0, false}, {"0", 0, false}, {"urgent", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		got, ok := sources.ParsePriority(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParsePriority(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestReadDemoNetwork(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "samples", "astro-demo")
	f, err := os.Open(filepath.Join(dir, "network.csv"))
	if err != nil {
		t.Skip("demo data absent:", err)
	}
	defer f.Close()
	people, warns, err := sources.ReadContacts(f, "network.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(people) != 40 || len(warns) != 0 {
		t.Errorf("got %d people, %d warnings (%v); want 40, 0", len(people), len(warns), warns)
	}
	for _, p := range people {
		if p.Priority < 1 || p.Priority > 3 {
			t.Errorf("%s: priority %d", p.Name, p.Priority)
		}
	}
	pf, err := os.Open(filepath.Join(dir, "programs.csv"))
	if err != nil {
		t.Skip(err)
	}
	defer pf.Close()
	progs, warns, err := sources.ReadPrograms(pf, "programs.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) != 34 || len(warns) != 0 {
		t.Errorf("got %d programs, %d warnings; want 34, 0", len(progs), len(warns))
	}
	for _, p := range progs {
		if len(p.Aliases) == 0 {
			t.Errorf("%s: no aliases", p.Name)
		}
	}
}

func FuzzReadContacts(f *testing.F) {
	f.Add("Name,Role,Institution,Email,How I found them,Date contacted,Response,Next step,Priority,Notes\r\n" +
		"\"Smith, Jennifer\",PD,\"University of California, San Francisco\",js@ucsf.example,X,,,,High,\"a\nb\"\r\n")
	f.Add("\xef\xbb\xbfFull name;Affiliation;Priority\nAna;Emory;P2\n;;\n")
	f.Add("First name\tLast name\nJane\tDoe\n")
	f.Add("Program,Aliases\nEmory,Winship\n")
	f.Fuzz(func(t *testing.T, in string) {
		n, err := sources.ReadNetworkMap(strings.NewReader(in), "fuzz.csv")
		if err != nil {
			return
		}
		for _, c := range n.Contacts {
			if c.Name == "" || c.Priority < 0 || c.Priority > 3 || c.Row < 0 || c.Row >= n.Sheet.Len() {
				t.Fatalf("bad contact %+v", c)
			}
		}
		row := n.Add(map[sources.Field]string{sources.FieldName: "Jane Q. Doe", sources.FieldNextStep: "=call"})
		back, err := sources.ReadNetworkMap(strings.NewReader(string(n.Sheet.Bytes())), "fuzz.csv")
		if err != nil {
			if n.Sheet.WellFormed() {
				t.Fatalf("map with a new row does not read back: %v\n%q", err, n.Sheet.Bytes())
			}
			return
		}
		if n.Sheet.WellFormed() && back.Sheet.Len() != row+1 {
			t.Fatalf("%d rows read back, want %d\n%q", back.Sheet.Len(), row+1, n.Sheet.Bytes())
		}
	})
}
