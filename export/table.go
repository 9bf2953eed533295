package export

import (
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// maxCell is the widest a table cell grows before its text wraps.
const maxCell = 48

// writeTable renders rows under header as a terminal table whose cells
// wrap at maxCell columns.
func writeTable(w io.Writer, header []string, rows [][]string) error {
	return writeTableWidth(w, maxCell, header, rows)
}

// writeTableWidth renders rows under header as a terminal table whose cells
// wrap at word boundaries once wider than cell columns. It is the one place
// confplan configures tablewriter, so every table looks alike.
func writeTableWidth(w io.Writer, cell int, header []string, rows [][]string) error {
	t := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(cell), // WithColumnMax would fix every column to a share of cell and cut words
	)
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}
