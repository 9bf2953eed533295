package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"confplan":   func() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
		"ics-fields": icsFields,
	})
}

// TestScript runs the end-to-end tests in testdata/script: each .txtar file
// is a shell-like script with its fixtures inline.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// The conference zone must come from flags or input, never
			// from the machine: run every script in a zone no meeting uses.
			env.Setenv("TZ", "Pacific/Kiritimati")
			return nil
		},
	})
}
