package main

import (
	"os"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestReadmeProgramsOutput keeps README's programs table true: every line
// of it must be a line of the output programs.txtar checks byte for byte.
func TestReadmeProgramsOutput(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	ar, err := txtar.ParseFile("testdata/script/programs.txtar")
	if err != nil {
		t.Fatal(err)
	}
	var want string
	for _, f := range ar.Files {
		if f.Name == "want-programs.txt" {
			want = string(f.Data)
		}
	}
	if want == "" {
		t.Fatal("programs.txtar has no want-programs.txt")
	}
	_, after, ok := strings.Cut(string(readme), "## Which programs: `programs`")
	if !ok {
		t.Fatal("README has no programs section")
	}
	_, block, ok := strings.Cut(after, "```\n┌")
	if !ok {
		t.Fatal("README's programs section shows no table")
	}
	block, _, _ = strings.Cut("┌"+block, "```")
	lines := strings.Split(strings.TrimSuffix(block, "\n"), "\n")
	if len(lines) < 10 {
		t.Fatalf("README shows only %d lines of the table", len(lines))
	}
	have := make(map[string]bool)
	for _, l := range strings.Split(want, "\n") {
		have[l] = true
	}
	for i, l := range lines {
		if l == "…" {
			continue
		}
		if !have[l] {
			t.Errorf("README programs table line %d is not in the real output (update README from testdata/script/programs.txtar):\n%s", i+1, l)
		}
	}
}
