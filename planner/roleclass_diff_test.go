package planner

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// roleClass reads an ASCII role on the stack; roleClassText, the
// reference, is the way it read every role before (lower-cased and
// spaced through strings, then its own copy of the rules).

func roleClassText(role string) int {
	r := " " + strings.ToLower(roleSeparators.Replace(role)) + " "
	switch {
	case strings.Contains(r, "program director"), strings.Contains(r, " pd "), strings.Contains(r, " apd "),
		strings.Contains(r, "programme director"), strings.Contains(r, " chair "), strings.Contains(r, "chairman"),
		strings.Contains(r, "chairwoman"), strings.Contains(r, "chairperson"):
		return classPD
	case strings.Contains(r, "resident"), strings.Contains(r, "fellow "), strings.Contains(r, "trainee"):
		return classResident
	case strings.Contains(r, "faculty"), strings.Contains(r, "attending"), strings.Contains(r, "professor"),
		strings.Contains(r, "physicist"), strings.Contains(r, "consultant"), strings.Contains(r, "oncologist"):
		return classFaculty
	}
	return classOther
}

var roleClassCases = []string{
	"", "Program Director", "PROGRAM DIRECTOR", "Associate Program Director", "APD", "pd", "P.D.", "Chair",
	"Chairman, Dept. of Radiation Oncology", "Vice-Chair", "Chairperson", "Resident (PGY-3)", "Chief Resident",
	"Fellow", "Fellowship director", "fellow-in-training", "Trainee", "Faculty", "Attending Physician",
	"Professor", "Assistant Professor/Physicist", "Consultant Oncologist", "Medical Physicist", "Alumni", "Nurse",
	"Programme Director", "Prog. Director", "director of the program", "chair-elect", "(pd)", "apd/pd", "x" + strings.Repeat("y", 70) + " resident",
	"Résident", "Jefe de Residentes", "KELVIN", "İnstructor", "Professor\tEmeritus", "professor\n", "Chair\x00",
}

func TestRoleClassDiff(t *testing.T) {
	check := func(role string) {
		t.Helper()
		if got, want := roleClass(role), roleClassText(role); got != want {
			t.Errorf("roleClass(%q) = %d, want %d", role, got, want)
		}
	}
	for _, c := range roleClassCases {
		check(c)
	}
	// Random roles from the words and separators the rules look at.
	parts := []string{"program", "programme", "director", "pd", "apd", "chair", "chairman", "chairwoman", "chairperson",
		"resident", "fellow", "trainee", "faculty", "attending", "professor", "physicist", "consultant", "oncologist",
		"Program", "DIRECTOR", "Fellow", "PD", "x", " ", "  ", ".", ",", "/", "-", "(", ")", "\t", "é", "İ", "K"}
	r := rand.New(rand.NewPCG(13, 2))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := r.IntN(8); n > 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
			if r.IntN(2) == 0 {
				b.WriteByte(" .,/-()"[r.IntN(7)])
			}
		}
		check(b.String())
	}
}

func FuzzRoleClassDiff(f *testing.F) {
	for _, c := range roleClassCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, role string) {
		if got, want := roleClass(role), roleClassText(role); got != want {
			t.Errorf("roleClass(%q) = %d, want %d", role, got, want)
		}
	})
}

// BenchmarkRoleClass reads the roles of roleClassCases, new way and
// reference.
func BenchmarkRoleClass(b *testing.B) {
	for _, f := range []struct {
		name string
		fn   func(string) int
	}{{"stack", roleClass}, {"text", roleClassText}} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, c := range roleClassCases {
					f.fn(c)
				}
			}
		})
	}
}
