package main

import (
	"fmt"
	"os"
	"strings"
)

// icsFields is the testscript command "ics-fields FILE": one line per
// VEVENT or VTODO, "SUMMARY | STATUS | SEQUENCE | N alarms", with folded
// lines joined and TEXT unescaped, so scripts can assert on what a
// calendar shows without depending on where lines fold.
func icsFields() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	text := strings.ReplaceAll(string(data), "\r\n ", "")
	unescape := strings.NewReplacer(`\n`, "\n", `\,`, ",", `\;`, ";", `\\`, `\`)
	var summary, status, seq string
	alarms, depth := 0, 0
	for _, line := range strings.Split(text, "\r\n") {
		name, value, _ := strings.Cut(line, ":")
		switch {
		case line == "BEGIN:VEVENT" || line == "BEGIN:VTODO":
			summary, status, seq, alarms, depth = "", "", "", 0, 1
		case line == "BEGIN:VALARM":
			alarms++
			depth++
		case line == "END:VALARM":
			depth--
		case line == "END:VEVENT" || line == "END:VTODO":
			fmt.Printf("%s | %s | %s | %d alarms\n", summary, status, seq, alarms)
			depth = 0
		case depth != 1:
		case name == "SUMMARY":
			summary = unescape.Replace(value)
		case name == "STATUS":
			status = value
		case name == "SEQUENCE":
			seq = value
		}
	}
}
