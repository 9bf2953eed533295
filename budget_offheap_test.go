package main

import (
	"bytes"
	"testing"

	"github.com/confplan/confplan/internal/synth"
)

// TestOffHeapKeepsTheFiles: the files astroFiles keeps off the heap are
// the generated files, byte for byte.
func TestOffHeapKeepsTheFiles(t *testing.T) {
	f := synth.Generate(synth.Scale(1))
	g := offHeap(f)
	want, got := fileData(&f), fileData(&g)
	for i := range want {
		if !bytes.Equal(*got[i], *want[i]) {
			t.Errorf("file %d: %d bytes off the heap, %d generated", i, len(*got[i]), len(*want[i]))
		}
	}
}
