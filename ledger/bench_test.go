package ledger_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/sources"
)

// BenchmarkOpenCommit opens a 5,000-row network map (far more people than
// anyone meets) and its log, edits one row, and commits both: the cost of
// one met or done, journal and fsyncs included.
func BenchmarkOpenCommit(b *testing.B) {
	dir := b.TempDir()
	var buf bytes.Buffer
	buf.WriteString("Name,Role,Institution,Email,How I found them,Date contacted,Response,Next step,Priority\r\n")
	for i := range 5000 {
		fmt.Fprintf(&buf, "\"Person %d, MD\",Faculty,\"University %d\",p%d@x.example,Doximity,,,,%d\r\n", i, i%300, i, i%3+1)
	}
	netPath, logPath := filepath.Join(dir, "network.csv"), filepath.Join(dir, "encounters.csv")
	if err := os.WriteFile(netPath, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		lg, err := ledger.Open(netPath, logPath, ledger.Options{})
		if err != nil {
			b.Fatal(err)
		}
		lg.Net.Set(i%5000, sources.FieldNextStep, fmt.Sprintf("Follow up by 2025-10-%02d", i%28+1))
		if err := lg.Commit(); err != nil {
			b.Fatal(err)
		}
		lg.Close()
		i++
	}
}
