package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/sources"
)

// Exit codes: the contract listed in README.
const (
	exitOK      = 0 // the command did what was asked
	exitFailure = 1 // bad or unusable input, ambiguity, a refused write
	exitUsage   = 2 // the command line itself is wrong
)

// env is what a command may touch of the outside world: its streams and
// its clock. Tests build their own.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	now    func() time.Time
}

// usageError is a command-line mistake: exit 2.
type usageError struct{ msg, hint string }

func (e *usageError) Error() string { return e.msg }

// hintError is an error with a line of advice for the user.
type hintError struct {
	err  error
	hint string
}

func (e *hintError) Error() string { return e.err.Error() }
func (e *hintError) Unwrap() error { return e.err }

// withHint attaches advice to err.
func withHint(err error, format string, args ...any) error {
	return &hintError{err: err, hint: fmt.Sprintf(format, args...)}
}

// testOnlyNow, when set in the environment as RFC 3339, fixes the clock for
// the end-to-end tests.
const testOnlyNow = "CONFPLAN_TEST_NOW"

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, now: time.Now}
	if s := os.Getenv(testOnlyNow); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			fmt.Fprintf(stderr, "confplan: error: %s=%q is not RFC 3339\n", testOnlyNow, s)
			return exitUsage
		}
		e.now = func() time.Time { return t }
	}
	return e.run(args)
}

func (e *env) run(args []string) int {
	app := &cli.App{
		Name:      "confplan",
		Usage:     "turn a conference program into a networking plan",
		Writer:    e.stdout,
		ErrWriter: e.stderr,
		Reader:    e.stdin,
		// Errors are printed here, in one voice, not by cli.
		ExitErrHandler:  func(*cli.Context, error) {},
		HideHelpCommand: true,
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return &usageError{msg: err.Error(), hint: fmt.Sprintf("see 'confplan %s --help'", c.Command.Name)}
		},
		Commands: []*cli.Command{
			e.demoCommand(),
			e.inspectCommand(),
			e.matchCommand(),
			e.planCommand(),
			e.metCommand(),
			e.followupsCommand(),
			e.doneCommand(),
			e.programsCommand(),
		},
	}
	for _, c := range app.Commands {
		if c.OnUsageError == nil {
			c.OnUsageError = app.OnUsageError
		}
	}
	err := app.Run(args)
	if err == nil || errors.Is(err, errHelpShown) {
		return exitOK
	}
	return e.report(err)
}

// report prints err on stderr in confplan's voice and returns the exit code.
func (e *env) report(err error) int {
	code := exitFailure
	var hint string
	var ue *usageError
	var he *hintError
	var se *sources.Error
	switch {
	case errors.As(err, &ue):
		code, hint = exitUsage, ue.hint
	case errors.As(err, &he):
		hint = he.hint
	case errors.As(err, &se):
		hint = se.Hint
	}
	if errors.Is(err, errSilent) {
		return code
	}
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "No help topic for "):
		// urfave/cli's words for an unknown command.
		code, hint = exitUsage, "see 'confplan --help' for the commands"
		msg = "unknown command " + strings.TrimPrefix(msg, "No help topic for ")
	case strings.HasPrefix(msg, "flag provided but not defined"), strings.HasPrefix(msg, "Required flag"):
		code = exitUsage
	}
	fmt.Fprintf(e.stderr, "confplan: error: %s\n", msg)
	if hint != "" {
		fmt.Fprintf(e.stderr, "confplan: hint: %s\n", hint)
	}
	return code
}

// errSilent ends a command with exit 1 after it has said what it had to say.
var errSilent = errors.New("failed")

// warn prints a warning on stderr.
func (e *env) warn(format string, args ...any) {
	fmt.Fprintf(e.stderr, "confplan: warning: "+format+"\n", args...)
}
