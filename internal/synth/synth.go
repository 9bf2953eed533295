// Package synth generates realistic, clearly synthetic ASTRO-style meetings:
// the files a user really has (a saved eventScribe "Full Schedule" page, a
// poster list, an ARRO events list, a network map and a programs list) and
// the same meeting as domain values, for benchmarks, tests and the built-in
// demo.
//
// The people are invented from pools of given names and surnames from many
// languages (diacritics, particles, apostrophes, hyphens). Institutions are
// real US radiation oncology programs with the abbreviations people use, real
// lookalikes (Penn State, Miami Cancer Institute, University of Missouri) and
// real institutions abroad; every person's affiliation and every program's
// visa, IMG friendliness and priority is random and says nothing about the
// real institutions. Titles are drawn from topics × techniques × sites.
//
// Network-map people really appear in the program, under the name forms a
// program prints (full names with credentials in session rows, initials in
// author blocks), so matching has work to do; some share a surname and first
// initial with someone at another institution, who is a different person.
//
// Generation is deterministic: the same Config gives byte-identical files.
// Cost is linear in the counts of the Config.
package synth

import (
	"time"
	_ "time/tzdata" // the meeting's zone must load on a machine without zoneinfo

	"github.com/confplan/confplan/planner"
)

// Config says what meeting to generate.
type Config struct {
	Seed             uint64
	Name             string // meeting name; it must name a known meeting so the zone is inferred
	Zone             string // IANA zone of the meeting's wall clock
	Start            string // first day, YYYY-MM-DD
	Days             int
	Sessions         int // sessions in program.html; about one in four is a scientific session with 4–8 oral abstracts
	Posters          int
	AuthorsPerPoster int // mean authors per poster and per oral abstract
	Events           int // ARRO, medical-student and networking events in arro.csv
	Receptions       int // split between program.html and arro.csv
	People           int // rows of the network map
	Programs         int // rows of the programs list
	// Surnames is how many distinct surnames people are drawn from: 0
	// (or no more than the built-in pool's 130) is the pool; more adds
	// variants of it in the same forms (Chenar, van der Bergar), up to
	// 130 × 13. Scale(10) with Surnames 1300 keeps the 1× map's
	// contacts a surname (about 2.3; 23 with the pool), to tell what a
	// larger program costs from what a map of denser surnames costs.
	Surnames int
}

// ASTRO is an ASTRO-size meeting: about 400 sessions (a quarter of them
// with talks inside), 2,500 posters, 25,000 author mentions in all, a
// network map of 300 people and 90 target programs, over 4 days.
func ASTRO() Config {
	return Config{
		Seed:             2026,
		Name:             "ASTRO 2026 Annual Meeting (synthetic)",
		Zone:             "America/New_York",
		Start:            "2026-09-27",
		Days:             4,
		Sessions:         400,
		Posters:          2500,
		AuthorsPerPoster: 8,
		Events:           14,
		Receptions:       4,
		People:           300,
		Programs:         90,
	}
}

// Scale is ASTRO with every count multiplied by k, over the same 4 days.
func Scale(k int) Config {
	c := ASTRO()
	c.Sessions *= k
	c.Posters *= k
	c.Events *= k
	c.Receptions *= k
	c.People *= k
	c.Programs *= k
	return c
}

// Demo is the small meeting built into confplan: 2 days, 20 sessions (5
// of them with talks), 40 posters, 6 ARRO and medical-student events, 2
// receptions, a network map of 12 people and 10 programs.
func Demo() Config {
	return Config{
		Seed:             17,
		Name:             "ASTRO 2026 Annual Meeting (synthetic demo)",
		Zone:             "America/New_York",
		Start:            "2026-09-27",
		Days:             2,
		Sessions:         20,
		Posters:          40,
		AuthorsPerPoster: 6,
		Events:           6,
		Receptions:       2,
		People:           12,
		Programs:         10,
	}
}

// Files are a generated meeting's files, as a user would save them.
type Files struct {
	Program  []byte // program.html: an eventScribe "Full Schedule" page
	Posters  []byte // posters.csv
	ARRO     []byte // arro.csv
	Network  []byte // network.csv: the network map, as Excel saves it (BOM, CRLF)
	Programs []byte // programs.csv
}

// File is one named file.
type File struct {
	Name string
	Data []byte
}

// List returns the files with their conventional names, program files
// first.
func (f Files) List() []File {
	return []File{
		{"program.html", f.Program},
		{"posters.csv", f.Posters},
		{"arro.csv", f.ARRO},
		{"network.csv", f.Network},
		{"programs.csv", f.Programs},
	}
}

// Generate writes the meeting cfg describes.
func Generate(cfg Config) Files {
	m := build(cfg)
	return Files{
		Program:  m.programHTML(),
		Posters:  m.postersCSV(),
		ARRO:     m.arroCSV(),
		Network:  m.networkCSV(),
		Programs: m.programsCSV(),
	}
}

// Expect is one (item, target) pair a perfect matcher finds: the target
// appears in the item, under the strongest role it holds there.
type Expect struct {
	ItemID     string
	ItemTitle  string
	Target     string // the Name or Program exactly as in the user's file
	TargetType planner.TargetType
	Role       planner.Role
}

// Domain is a generated meeting as domain values: what a perfect importer
// makes of the files Generate writes, and the matches a perfect matcher
// finds in it.
type Domain struct {
	Meeting *planner.Meeting
	Targets *planner.Targets
	Truth   []Expect
}

// Meeting returns the meeting cfg describes as domain values.
func Meeting(cfg Config) Domain {
	m := build(cfg)
	return m.domain()
}

// Stats counts what a configuration generates.
type Stats struct {
	Sessions, Talks, Posters, Events, Receptions int
	Mentions                                     int // people printed in items: speakers, moderators, panelists, authors
	People, Programs                             int
	PeopleInProgram                              int // network-map people who appear in at least one item
}

// Count returns the counts of what cfg generates.
func Count(cfg Config) Stats {
	return build(cfg).stats()
}

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic("synth: " + err.Error())
	}
	return loc
}
