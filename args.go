package main

import (
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"github.com/confplan/confplan/planner"
)

// The command line, read the same way by every command.
//
// urfave/cli stops reading flags at the first argument; users type
// `confplan met "Jane Doe" --at 14:30` and `confplan inspect FILE
// --format csv`. normalizeArgs therefore moves each command's flags (with
// their values) ahead of its arguments before cli sees them; everything
// after "--" stays an argument. On the way it refuses what no command can
// use — text that is not UTF-8, unknown commands and flags (with a "did
// you mean") — and turns `confplan help CMD` into `confplan CMD --help`.

// normalizeArgs returns args ready for app.Run.
func normalizeArgs(app *cli.App, args []string) ([]string, error) {
	for i, a := range args[1:] {
		if !utf8.ValidString(a) {
			return nil, &usageError{msg: fmt.Sprintf("argument %d (%s) is not UTF-8 text", i+1, quoteInvalid(a)),
				hint: "set your terminal to UTF-8 (e.g. LANG=en_US.UTF-8) and type it again; confplan writes only UTF-8 into your files"}
		}
	}
	out := []string{args[0]}
	rest := args[1:]
	// Global flags before the command.
	for len(rest) > 0 && strings.HasPrefix(rest[0], "-") {
		switch strings.TrimLeft(rest[0], "-") {
		case "help", "h", "version", "v":
			return append(out, rest[0]), nil
		}
		return nil, &usageError{msg: fmt.Sprintf("unknown flag %s before the command", rest[0]), hint: "put flags after the command, e.g. confplan plan --tz America/Chicago FILE"}
	}
	if len(rest) == 0 {
		return out, nil
	}
	name := rest[0]
	if name == "help" {
		if len(rest) == 1 {
			return append(out, "--help"), nil
		}
		name, rest = rest[1], []string{rest[1], "--help"}
	}
	cmd := app.Command(name)
	if cmd == nil {
		var names []string
		for _, c := range app.Commands {
			names = append(names, c.Name)
		}
		hint := "see 'confplan --help' for the commands"
		if s := suggest(name, names); s != "" {
			hint = fmt.Sprintf("did you mean 'confplan %s'? See 'confplan --help' for the commands", s)
		}
		return nil, &usageError{msg: fmt.Sprintf("unknown command %q", name), hint: hint}
	}
	flags, pos, err := splitCommandArgs(cmd, rest[1:])
	if err != nil {
		return nil, err
	}
	out = append(out, cmd.Name)
	if slices.Contains(flags, "--help") {
		return append(out, "--help"), nil // help, whatever else was typed
	}
	out = append(out, flags...)
	if len(pos) > 0 {
		out = append(out, "--")
		out = append(out, pos...)
	}
	return out, nil
}

// splitCommandArgs separates a command's flags (each with its value) from
// its arguments.
func splitCommandArgs(cmd *cli.Command, in []string) (flags, pos []string, err error) {
	for i := 0; i < len(in); i++ {
		a := in[i]
		if a == "--" {
			return flags, append(pos, in[i+1:]...), nil
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "help" || name == "h" {
			flags = append(flags, "--help")
			continue
		}
		fl := findFlag(cmd.Flags, name)
		if fl == nil {
			var names []string
			for _, f := range cmd.Flags {
				names = append(names, f.Names()...)
			}
			hint := fmt.Sprintf("see 'confplan help %s'", cmd.Name)
			if s := suggest(name, names); s != "" {
				hint = fmt.Sprintf("did you mean --%s? See 'confplan help %s'", s, cmd.Name)
			}
			return nil, nil, &usageError{msg: fmt.Sprintf("%s: unknown flag %s", cmd.Name, a), hint: hint}
		}
		flags = append(flags, a)
		if takesValue(fl) && !hasValue {
			if i+1 >= len(in) {
				return nil, nil, &usageError{msg: fmt.Sprintf("%s: flag %s needs a value", cmd.Name, a), hint: fmt.Sprintf("see 'confplan help %s'", cmd.Name)}
			}
			i++
			flags = append(flags, in[i])
		}
	}
	return flags, pos, nil
}

func takesValue(f cli.Flag) bool {
	if v, ok := f.(cli.DocGenerationFlag); ok {
		return v.TakesValue()
	}
	return true
}

func findFlag(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return f
			}
		}
	}
	return nil
}

// suggest returns the option closest to typed, if it is close enough to
// be a typo (edit distance at most 2, or a prefix), else "".
func suggest(typed string, options []string) string {
	typed = strings.ToLower(typed)
	best, bestD := "", 3
	sort.Strings(options)
	for _, o := range options {
		d := planner.EditDistance(typed, strings.ToLower(o), 2)
		if len(typed) >= 3 && strings.HasPrefix(o, typed) {
			d = min(d, 1)
		}
		if d < bestD && d < max(2, len(typed)/2+1) {
			best, bestD = o, d
		}
	}
	return best
}

// quoteInvalid shows text with its invalid bytes as \xNN.
func quoteInvalid(s string) string {
	q := fmt.Sprintf("%q", s)
	return q
}

// version is confplan's version from the build information: the module
// version for `go install …@v1.2.3`, else the VCS revision.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	switch {
	case v != "" && v != "(devel)":
		return v
	case rev != "":
		return "devel " + rev + modified
	}
	return "devel"
}

// splitFlags returns a command's arguments. Flags after them were moved
// ahead by normalizeArgs, so cli has read them all.
func splitFlags(c *cli.Context) ([]string, error) { return c.Args().Slice(), nil }
