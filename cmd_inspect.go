package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/planner"
)

func (e *env) inspectCommand() *cli.Command {
	return &cli.Command{
		Name:      "inspect",
		Usage:     "show what confplan understood of program files",
		ArgsUsage: "PROGRAM_FILE...",
		Description: "Reads saved program pages (HTML), CSV/TSV/Excel, JSON and iCal exports, detecting\n" +
			"each format by content, and prints the items found with a summary per file.\n" +
			"Several files combine into one program.",
		Flags: append(programFlags(), formatFlag("table", "json", "csv")),
		Action: func(c *cli.Context) error {
			format, err := formatOf(c, "table", "json", "csv")
			if err != nil {
				return err
			}
			m, reports, loadErr := e.loadMeeting(c, c.Args().Slice())
			if m == nil {
				return loadErr
			}
			// Summaries are part of the table; with json or csv they go to
			// stderr so stdout stays machine-readable.
			sum := e.stderr
			switch format {
			case "json":
				sum := export.Summary{}
				if m.Zone != nil {
					sum.Zone = m.Zone.String()
				}
				for _, r := range reports {
					sum.Files = append(sum.Files, fileSummary(r))
				}
				// By name: the same files in any order give the same JSON.
				sort.Slice(sum.Files, func(i, j int) bool { return sum.Files[i].Name < sum.Files[j].Name })
				err = export.WriteInspectJSON(e.stdout, m.Items, sum)
			case "csv":
				err = export.WriteItemsCSV(e.stdout, m.Items)
			default:
				if len(m.Items) > 0 { // no empty table when nothing was read
					err = export.WriteItemsTable(e.stdout, m.Items)
				}
				sum = e.stdout
			}
			if err != nil {
				return err
			}
			e.warnFiles(reports)
			for _, r := range reports {
				fmt.Fprintln(sum, summary(r))
			}
			if m.Zone != nil && len(m.Items) > 0 {
				fmt.Fprintf(sum, "%d items in all; times are wall-clock times in %s\n", len(m.Items), m.Zone)
			}
			return loadErr
		},
	}
}

// summary is one line about one file: format, items by kind, warnings.
func summary(r fileReport) string {
	if r.Result == nil {
		return fmt.Sprintf("%s: not read", r.Name)
	}
	counts := map[planner.Kind]int{}
	for _, it := range r.Result.Items {
		counts[it.Kind]++
	}
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%d %s", counts[planner.Kind(k)], k)
	}
	s := fmt.Sprintf("%s: %s, %d items", r.Name, r.Result.Format, len(r.Result.Items))
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s + fmt.Sprintf(", %d warnings", len(r.Result.Warnings))
}

// fileSummary is summary's line as data, for JSON.
func fileSummary(r fileReport) export.FileSummary {
	s := export.FileSummary{Name: r.Name, Kinds: map[string]int{}}
	if r.Result == nil {
		return s
	}
	s.Read, s.Format, s.Items, s.Warnings = true, r.Result.Format, len(r.Result.Items), len(r.Result.Warnings)
	for _, it := range r.Result.Items {
		s.Kinds[string(it.Kind)]++
	}
	return s
}

// formatFlag is the --format flag with its allowed values.
func formatFlag(values ...string) cli.Flag {
	return &cli.StringFlag{Name: "format", Value: values[0], Usage: "output format: " + strings.Join(values, ", ")}
}

// formatOf returns --format, checked against the allowed values.
func formatOf(c *cli.Context, values ...string) (string, error) {
	f := strings.ToLower(c.String("format"))
	for _, v := range values {
		if f == v {
			return f, nil
		}
	}
	return "", &usageError{msg: fmt.Sprintf("--format %q is not one of %s", c.String("format"), strings.Join(values, ", "))}
}
