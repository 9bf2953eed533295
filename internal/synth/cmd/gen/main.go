// Command gen writes a synthetic meeting's files into a folder:
//
//	go run ./internal/synth/cmd/gen -out /tmp/astro            # ASTRO size
//	go run ./internal/synth/cmd/gen -scale 10 -out /tmp/astro10 # ten times that
//	go run ./internal/synth/cmd/gen -demo -out demo/           # the built-in demo
//
// The same flags always write byte-identical files.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/confplan/confplan/internal/synth"
)

func main() {
	out := flag.String("out", "", "folder to write into (created if missing)")
	scale := flag.Int("scale", 1, "multiply every ASTRO count by this")
	demo := flag.Bool("demo", false, "write the small built-in demo meeting instead")
	seed := flag.Uint64("seed", 0, "random seed (default: the preset's)")
	flag.Parse()
	if *out == "" || *scale < 1 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen [-demo | -scale K] [-seed N] -out DIR")
		os.Exit(2)
	}
	cfg := synth.Scale(*scale)
	if *demo {
		cfg = synth.Demo()
	}
	if *seed != 0 {
		cfg.Seed = *seed
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(os.Stderr, "gen: error: %v\n", err)
		os.Exit(1)
	}
	for _, f := range synth.Generate(cfg).List() {
		if err := os.WriteFile(filepath.Join(*out, f.Name), f.Data, 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "gen: error: %v\n", err)
			os.Exit(1)
		}
	}
	s := synth.Count(cfg)
	fmt.Printf("%s: %d sessions, %d talks, %d posters, %d events, %d receptions, %d people mentioned; network map %d people (%d in the program), %d programs\n",
		*out, s.Sessions, s.Talks, s.Posters, s.Events, s.Receptions, s.Mentions, s.People, s.PeopleInProgram, s.Programs)
}
