package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/export"
	"github.com/confplan/confplan/ledger"
	"github.com/confplan/confplan/planner"
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

// testOnlySteps, when set in the environment, reports each step of a
// ledger commit on stderr and pauses there ("2ms") or kills the process
// at the Nth step ("kill:N"): the seam of the kill -9 tests.
const testOnlySteps = "CONFPLAN_TEST_STEPS"

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, now: time.Now}
	// Tables fit the terminal: $COLUMNS when set, else the terminal's
	// width when stdout is one.
	width, _ := strconv.Atoi(os.Getenv("COLUMNS"))
	if f, ok := stdout.(*os.File); ok && width <= 0 {
		width = terminalWidth(f)
	}
	e.stdout, e.stderr = export.CleanOutput(stdout), export.CleanOutput(stderr)
	if width > 0 {
		e.stdout = export.Terminal{Writer: e.stdout, Width: width}
	}
	if s := os.Getenv(testOnlySteps); s != "" {
		ledger.TestOnlyStep = stepHook(s, stderr)
	}
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
		Version:         version(),
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
	args, err := normalizeArgs(app, args)
	if err == nil {
		err = app.Run(args)
	}
	if err == nil {
		return exitOK
	}
	return e.report(err)
}

// report prints err on stderr in confplan's voice and returns the exit
// code: each error line as "confplan: error: …", each error followed by
// its hint; a joined error (several files failed) gives each its own.
func (e *env) report(err error) int {
	if errors.Is(err, errSilent) {
		var ue *usageError
		if errors.As(err, &ue) {
			return exitUsage
		}
		return exitFailure
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	code := exitFailure
	lastHint := ""
	for _, x := range errs {
		c, msg, hint := describe(x)
		if c == exitUsage {
			code = exitUsage
		}
		for _, line := range strings.Split(msg, "\n") {
			if strings.TrimSpace(line) != "" {
				fmt.Fprintf(e.stderr, "confplan: error: %s\n", planner.CleanText(line))
			}
		}
		if hint != lastHint || len(errs) == 1 {
			fmt.Fprintf(e.stderr, "confplan: hint: %s\n", planner.CleanText(hint))
		}
		lastHint = hint
	}
	return code
}

// describe returns an error's exit code, message and hint.
func describe(err error) (code int, msg, hint string) {
	code = exitFailure
	var ue *usageError
	var he *hintError
	var se *sources.Error
	var adv interface{ Advice() string }
	switch {
	case errors.As(err, &ue):
		code, hint = exitUsage, ue.hint
	case errors.As(err, &he):
		hint = he.hint
	case errors.As(err, &adv):
		hint = adv.Advice()
	case errors.As(err, &se):
		hint = se.Hint
	}
	msg = err.Error()
	switch {
	case strings.HasPrefix(msg, "No help topic for "):
		// urfave/cli's words for an unknown command.
		code, hint = exitUsage, "see 'confplan --help' for the commands"
		msg = "unknown command " + strings.TrimPrefix(msg, "No help topic for ")
	case strings.HasPrefix(msg, "flag provided but not defined"), strings.HasPrefix(msg, "Required flag"):
		code = exitUsage
	}
	if hint == "" {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			hint = "check the file's name and folder"
		case errors.Is(err, fs.ErrPermission):
			hint = "check the file's and the folder's permissions"
		case code == exitUsage:
			hint = "see 'confplan --help'"
		case se != nil:
			hint = "check that this is the file you meant; 'confplan inspect FILE' shows what confplan reads in it"
		default:
			hint = "if the files look right, this may be a bug in confplan: please report it with the command you ran"
		}
	}
	return code, msg, hint
}

// sized gives w the terminal width of stdout, for a table rendered into
// a buffer before it is shown.
func (e *env) sized(w io.Writer) io.Writer {
	if t, ok := e.stdout.(export.Terminal); ok {
		return export.Terminal{Writer: w, Width: t.Width}
	}
	return w
}

// stepHook is the ledger.TestOnlyStep of $CONFPLAN_TEST_STEPS.
func stepHook(spec string, stderr io.Writer) func(string) {
	pause, _ := time.ParseDuration(spec)
	killAt := -1
	if n, ok := strings.CutPrefix(spec, "kill:"); ok {
		killAt, _ = strconv.Atoi(n)
	}
	count := 0
	return func(step string) {
		count++
		fmt.Fprintf(stderr, "confplan: test: step %d %s\n", count, step)
		if count == killAt {
			if p, err := os.FindProcess(os.Getpid()); err == nil {
				p.Kill()
			}
			time.Sleep(time.Minute)
		}
		time.Sleep(pause)
	}
}

// errSilent ends a command with exit 1 after it has said what it had to say.
var errSilent = errors.New("failed")

// warn prints a warning on stderr.
func (e *env) warn(format string, args ...any) {
	fmt.Fprintf(e.stderr, "confplan: warning: "+format+"\n", args...)
}
