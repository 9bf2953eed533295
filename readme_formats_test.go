package main

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestReadmeInputFormats runs the `confplan inspect` examples of README's
// "Input formats" section from the repository's root and checks that each
// line the README shows under a command is a line the command prints.
func TestReadmeInputFormats(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "## Input formats")
	if start < 0 {
		t.Fatal("README has no Input formats section")
	}
	section := text[start:]
	if end := strings.Index(section[3:], "\n## "); end >= 0 {
		section = section[:end+3]
	}
	type example struct {
		args []string
		want []string
	}
	var examples []example
	sc := bufio.NewScanner(strings.NewReader(section))
	inBlock, cur := false, -1 // cur: the example whose output lines follow
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```"):
			inBlock, cur = !inBlock, -1
		case inBlock && strings.HasPrefix(line, "$ confplan "):
			examples = append(examples, example{args: strings.Fields(strings.TrimPrefix(line, "$ "))})
			cur = len(examples) - 1
		case inBlock && cur >= 0 && line != "":
			examples[cur].want = append(examples[cur].want, line)
		}
	}
	if len(examples) < 6 {
		t.Fatalf("found %d examples in README's Input formats section, want one per platform format", len(examples))
	}
	for _, ex := range examples {
		t.Run(strings.Join(ex.args[1:], " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := run(ex.args, strings.NewReader(""), &out, &errb); code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			got := "\n" + out.String() + errb.String()
			for _, w := range ex.want {
				if !strings.Contains(got, "\n"+w+"\n") {
					t.Errorf("README shows %q; the command printed:\n%s", w, got)
				}
			}
		})
	}
}
