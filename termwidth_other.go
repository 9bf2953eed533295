//go:build !unix

package main

import "os"

// terminalWidth cannot tell on this system: tables keep their cell width.
func terminalWidth(*os.File) int { return 0 }
