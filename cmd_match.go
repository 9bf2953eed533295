package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

func (e *env) matchCommand() *cli.Command {
	return &cli.Command{
		Name:      "match",
		Usage:     "find your target people and programs in a conference program",
		ArgsUsage: "PROGRAM_FILE...",
		Description: "Reads the program files (any format inspect reads) and your network map, and lists\n" +
			"where each person and program appears: as speaker, moderator, panelist or author, by\n" +
			"name in any printed form (J. A. Smith, Smith, Jennifer, JA Smith) and by affiliation\n" +
			"under any alias (MSK, MSKCC, Memorial Sloan Kettering). A namesake at another\n" +
			"institution is not your contact. --explain NAME shows how one contact's name is read\n" +
			"and every printed name that shares its surname, found or not, with the reason.\n" +
			"--interests flags items on your topics; ARRO,\n" +
			"resident, medical-student, Meet the Expert and poster Q&A events are flagged as\n" +
			"networking events.",
		Flags: append(programFlags(),
			&cli.StringFlag{Name: "targets", Usage: "your network map (CSV, TSV or Excel: Name, Role, Institution, ...)"},
			&cli.StringFlag{Name: "programs", Usage: "your target programs (Program, Aliases, City, State, ...)"},
			&cli.StringFlag{Name: "interests", Usage: `topics to flag, comma-separated, e.g. "SBRT,global oncology"`},
			&cli.StringFlag{Name: "explain", Usage: `show, for one network-map contact, every printed name that shares a surname reading with it, found or not, and why (e.g. "Jennifer Smith")`},
			formatFlag("table", "json", "csv"),
		),
		Action: func(c *cli.Context) error {
			format, err := formatOf(c, "table", "json", "csv")
			if err != nil {
				return err
			}
			targets, err := e.loadTargets(c.String("targets"), c.String("programs"))
			if err != nil {
				return err
			}
			m, reports, loadErr := e.loadMeeting(c, c.Args().Slice())
			if m == nil {
				return loadErr
			}
			e.warnFiles(reports)
			interests := interestList(c.String("interests"))
			matcher := planner.NewMatcher(targets, planner.MatchOptions{Interests: interests, Evidence: true})
			if who := strings.TrimSpace(c.String("explain")); who != "" {
				ci, err := explainTarget(targets, who)
				if err != nil {
					return err
				}
				ex := &export.Explanation{Contact: targets.People[ci], Readings: planner.Readings(targets.People[ci].Name),
					Institution: matcher.InstitutionOf(ci), Misses: matcher.Explain(m.Items, ci), Meeting: m}
				if format == "json" {
					err = export.WriteExplainJSON(e.stdout, ex)
				} else {
					err = export.WriteExplain(e.stdout, ex)
				}
				if err != nil {
					return err
				}
				return loadErr
			}
			report := &export.MatchReport{Meeting: m, Targets: targets, Matches: matcher.Match(m.Items), Interests: interests}
			switch format {
			case "json":
				err = export.WriteMatchJSON(e.stdout, report)
			case "csv":
				err = export.WriteMatchCSV(e.stdout, report)
			default:
				err = export.WriteMatchTable(e.stdout, report)
			}
			if err != nil {
				return err
			}
			return loadErr
		},
	}
}

// explainTarget finds the one network-map contact --explain names: the
// row written so, else the one the name model says is the same name.
func explainTarget(t *planner.Targets, who string) (int, error) {
	var hits []int
	for i, c := range t.People {
		if strings.EqualFold(strings.TrimSpace(c.Name), who) {
			hits = append(hits, i)
		}
	}
	if len(hits) == 0 {
		for i, c := range t.People {
			if ok, _ := planner.SameName(who, c.Name); ok {
				hits = append(hits, i)
			}
		}
	}
	if len(hits) == 0 {
		for i, c := range t.People {
			if planner.SurnameOf(who, c.Name) { // "--explain Abu-Rahma"
				hits = append(hits, i)
			}
		}
	}
	switch len(hits) {
	case 1:
		return hits[0], nil
	case 0:
		return 0, &usageError{msg: fmt.Sprintf("--explain %q: no contact of that name in the network map", who), hint: "give the name as in the map's Name column, e.g. --explain \"Jennifer Smith\""}
	}
	var names []string
	for _, i := range hits {
		names = append(names, fmt.Sprintf("%q (%s)", t.People[i].Name, t.People[i].Institution))
	}
	return 0, &usageError{msg: fmt.Sprintf("--explain %q names %d contacts: %s", who, len(hits), strings.Join(names, ", ")), hint: "give the name exactly as in the map's Name column"}
}

// interestList splits --interests at commas and semicolons.
func interestList(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
