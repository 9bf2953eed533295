package export

import (
	"fmt"
	"io"
	"testing"
)

// BenchmarkTable renders a plan-sized table: 700 rows of four columns,
// with cells that wrap over several lines.
func BenchmarkTable(b *testing.B) {
	rows := testRowsX()
	b.ReportAllocs()
	for b.Loop() {
		if err := writeTableWidth(io.Discard, planCell, []string{"Time", "Title", "Value", "Lost to"}, rows); err != nil {
			b.Fatal(err)
		}
	}
}

func testRowsX() [][]string {
	rows := make([][]string, 700)
	for i := range rows {
		rows[i] = []string{"10:45–11:45", fmt.Sprintf("Circulating Tumor DNA Dynamics During Definitive Chemoradiation %d", i), fmt.Sprint(i * 7), "Poster walk: 12 posters (PQA 05, PQA 09)\n+2 more"}
	}
	return rows
}
