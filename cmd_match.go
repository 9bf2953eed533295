package main

import (
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
			"institution is not your contact. --interests flags items on your topics; ARRO,\n" +
			"resident, medical-student, Meet the Expert and poster Q&A events are flagged as\n" +
			"networking events.",
		Flags: append(programFlags(),
			&cli.StringFlag{Name: "targets", Usage: "your network map (CSV, TSV or Excel: Name, Role, Institution, ...)"},
			&cli.StringFlag{Name: "programs", Usage: "your target programs (Program, Aliases, City, State, ...)"},
			&cli.StringFlag{Name: "interests", Usage: `topics to flag, comma-separated, e.g. "SBRT,global oncology"`},
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
			matcher := planner.NewMatcher(targets, planner.MatchOptions{Interests: interests})
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
