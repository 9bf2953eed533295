package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/confplan/confplan"

// layerRules says, for each package folder, which imports it must not
// have: the domain does no I/O and knows no adapter; the adapters take
// streams and never import each other or the command line; each outside
// library lives in one package. An entry matches the import path itself
// and everything below it.
var layerRules = map[string][]string{
	"planner": {"os", "os/exec", "net/http", "net/smtp", "io/ioutil", "path/filepath", "syscall",
		module + "/sources", module + "/export", module + "/ledger", module + "/internal",
		"github.com/PuerkitoBio/goquery", "github.com/arran4/golang-ical", "github.com/olekukonko/tablewriter",
		"github.com/urfave/cli", "github.com/xuri/excelize"},
	"sources": {"os", "os/exec", "net/http", "io/ioutil", module + "/export", module + "/ledger",
		"github.com/olekukonko/tablewriter", "github.com/urfave/cli"},
	"export": {"os", "os/exec", "net/http", "io/ioutil", module + "/sources", module + "/ledger",
		"github.com/PuerkitoBio/goquery", "github.com/urfave/cli", "github.com/xuri/excelize"},
	"ledger": {module + "/export", "github.com/urfave/cli", "github.com/olekukonko/tablewriter"},
}

// onlyIn names the one package folder (relative to the module) that may
// import each outside library; "." is the command line.
var onlyIn = map[string]string{
	"github.com/urfave/cli":             ".",
	"github.com/PuerkitoBio/goquery":    "sources",
	"github.com/olekukonko/tablewriter": "export",
	"github.com/xuri/excelize":          "sources",
}

// TestLayers fails when a package imports what its layer must not, so the
// shape STYLE.md describes is checked, not only written down.
func TestLayers(t *testing.T) {
	imports := make(map[string]map[string]bool) // folder → import paths
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		if imports[dir] == nil {
			imports[dir] = make(map[string]bool)
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			imports[dir][p] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{".", "planner", "sources", "export", "ledger"} {
		if imports[dir] == nil {
			t.Errorf("no Go files found in %s: the layer rules check nothing", dir)
		}
	}
	under := func(p, prefix string) bool { return p == prefix || strings.HasPrefix(p, prefix+"/") }
	var bad []string
	for dir, imps := range imports {
		for p := range imps {
			for _, forbidden := range layerRules[dir] {
				if under(p, forbidden) {
					bad = append(bad, dir+" imports "+p)
				}
			}
			for lib, home := range onlyIn {
				if under(p, lib) && dir != home {
					bad = append(bad, dir+" imports "+p+", which only "+home+" may use")
				}
			}
			if dir != "." && p == module {
				bad = append(bad, dir+" imports the command line")
			}
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Error(b)
	}
}
