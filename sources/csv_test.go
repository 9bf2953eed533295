package sources

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

const demoDir = "../../shared/samples/astro-demo"

func readDemo(t *testing.T, file string) *Result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(demoDir, file))
	if os.IsNotExist(err) {
		t.Skipf("demo set not present: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	res, err := ReadProgram(bytes.NewReader(data), file, Options{Zone: la})
	if err != nil {
		t.Fatalf("ReadProgram(%s): %v", file, err)
	}
	return res
}

func TestDemoCSV(t *testing.T) {
	tests := []struct {
		file  string
		kind  planner.Kind
		count int
	}{
		{"posters.csv", planner.KindPoster, 600},
		{"arro.csv", planner.KindEvent, 14},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res := readDemo(t, tt.file)
			for _, w := range res.Warnings {
				t.Errorf("warning: %v", w)
			}
			if res.Format != "csv" {
				t.Errorf("Format = %q, want csv", res.Format)
			}
			if got := len(res.Items); got != tt.count {
				t.Errorf("got %d items, want %d", got, tt.count)
			}
			for _, it := range res.Items {
				if it.Kind != tt.kind {
					t.Errorf("%s: %q kind %s, want %s", it.Source, it.Title, it.Kind, tt.kind)
				}
			}
		})
	}
}
