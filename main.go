// Command confplan turns a conference program into a networking plan for
// a radiation oncology residency applicant. See README.md.
package main

import (
	"os"
	_ "time/tzdata" // conference zones must not depend on the machine's zoneinfo
)

func main() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) }
