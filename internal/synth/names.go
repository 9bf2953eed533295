package synth

import (
	"strings"

	"github.com/confplan/confplan/planner"
)

// fold strips the diacritics of the letters the name pools use.
func fold(s string) string {
	return folder.Replace(s)
}

var folder = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ā", "a", "Á", "A", "Å", "A",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ě", "e", "É", "E",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "İ", "I", "ı", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "Ó", "O", "Ø", "O",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "Ü", "U",
	"ç", "c", "ć", "c", "č", "c", "ñ", "n", "ł", "l", "Ł", "L", "ř", "r", "š", "s", "ş", "s", "ž", "z",
	"ả", "a", "ạ", "a", "Ş", "S", "ğ", "g", "ý", "y",
)

// emailPart is a surname as it appears in an e-mail address.
func emailPart(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\'', '-', '.':
			return -1
		}
		return r
	}, fold(s))
}

// fullName is the name as a role line prints it: "Jennifer A. Smith".
func fullName(p person) string {
	if p.Middle != "" {
		return p.First + " " + p.Middle + ". " + p.Last
	}
	return p.First + " " + p.Last
}

// initials prints the given names as an author block does: "J. A." or,
// compact, "JA"; hyphenated given names keep the hyphen with dots
// ("S.-H.") and join without ("SH").
func initials(p person, compact bool) string {
	var parts []string
	for _, w := range strings.Split(p.First, "-") {
		r := []rune(w)
		parts = append(parts, string(r[0]))
	}
	if compact {
		s := strings.Join(parts, "")
		if p.Middle != "" {
			s += p.Middle
		}
		return s
	}
	s := strings.Join(parts, ".-") + "."
	if p.Middle != "" {
		s += " " + p.Middle + "."
	}
	return s
}

// finish decides how every mention is printed: names, credentials and
// affiliations. It runs after the network people are placed, so their
// appearances are printed like anyone else's.
func (m *model) finish() {
	for i := range m.items {
		it := &m.items[i]
		var block map[int]string // an author block prints each institution once
		if it.AuthorBlock {
			block = make(map[int]string)
		}
		for k := range it.People {
			mt := &it.People[k]
			p := m.people[mt.P]
			if it.AuthorBlock {
				mt.Block = initials(p, it.Initials) + " " + p.Last
				mt.Name = mt.Block
				mt.Affs = []string{m.blockAff(block, p.Inst)}
				if p.Inst2 >= 0 && p.Inst2 != p.Inst {
					mt.Affs = append(mt.Affs, m.blockAff(block, p.Inst2))
				}
				if k == it.Presenter {
					mt.Name = fullName(p)
					mt.Creds = p.Creds
					mt.Full = m.withCreds(p)
					mt.Line = m.lineAff(p.Inst)
				}
				continue
			}
			mt.Name = fullName(p)
			mt.Creds = p.Creds
			mt.Full = m.withCreds(p)
			mt.Affs = []string{m.lineAff(p.Inst)}
		}
	}
}

// withCreds prints a name with its credentials and pronouns as role lines
// do: "Jennifer A. Smith, MD, PhD", now and then "MD;PhD".
func (m *model) withCreds(p person) string {
	s := fullName(p)
	if len(p.Creds) > 0 {
		sep := ", "
		if len(p.Creds) > 1 && m.chance(0.05) {
			sep = ";"
		}
		s += ", " + strings.Join(p.Creds, sep)
	}
	if p.Pronouns != "" {
		s += " " + p.Pronouns
	}
	return s
}

// blockAff prints an institution in an author block, once per block:
// "Department of Radiation Oncology, Duke University, Durham, NC".
func (m *model) blockAff(block map[int]string, inst int) string {
	if s, ok := block[inst]; ok {
		return s
	}
	in := m.insts[inst]
	name := in.Name
	if len(in.Printed) > 0 && m.chance(0.3) {
		name = pickOf(m, in.Printed)
	}
	s := name + ", " + in.City + ", " + in.State
	if strings.Contains(name, in.City) {
		s = name + ", " + in.State
	}
	if m.chance(0.4) {
		s = "Department of Radiation Oncology, " + s
	}
	block[inst] = s
	return s
}

var jobTitles = []string{"Professor", "Associate Professor", "Assistant Professor", "Chief Resident", "Medical Physicist", "Program Director, Radiation Oncology"}

// lineAff prints an institution after a name in a role line: the name,
// sometimes a printed variant, a job title or a city with the state
// spelled out.
func (m *model) lineAff(inst int) string {
	in := m.insts[inst]
	name := in.Name
	if len(in.Printed) > 0 && m.chance(0.3) {
		name = pickOf(m, in.Printed)
	}
	switch r := m.rng.Float64(); {
	case r < 0.1:
		return pickOf(m, jobTitles) + ", " + name
	case r < 0.2 && in.US:
		if st, ok := stateNames[in.State]; ok && !strings.Contains(name, in.City) {
			return name + ", " + in.City + ", " + st
		}
	}
	return name
}

// strongest keeps the strongest of two roles.
func strongest(a, b planner.Role) planner.Role {
	if b.Rank() < a.Rank() {
		return b
	}
	return a
}
