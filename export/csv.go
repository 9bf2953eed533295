package export

import (
	"encoding/csv"
	"io"

	"github.com/confplan/confplan/planner"
)

// csvWriter is the one way confplan writes CSV: every cell is cleaned of
// control and bidi characters (planner.CleanText) and made safe from
// running as a formula in a spreadsheet (planner.SafeCell), so no text
// from a program reaches Excel as =HYPERLINK(…) or @SUM(…).
type csvWriter struct{ w *csv.Writer }

func newCSV(w io.Writer) csvWriter { return csvWriter{csv.NewWriter(w)} }

// Write writes one record, every cell made safe.
func (c csvWriter) Write(rec []string) error {
	safe := make([]string, len(rec))
	for i, s := range rec {
		safe[i] = planner.SafeCell(planner.CleanText(s))
	}
	return c.w.Write(safe)
}

// Flush writes what is buffered.
func (c csvWriter) Flush() { c.w.Flush() }

// Error reports an earlier Write's or Flush's error.
func (c csvWriter) Error() error { return c.w.Error() }
