//go:build !linux

package main

import "github.com/confplan/confplan/internal/synth"

// offHeap is f: only Linux builds map the files off the heap.
func offHeap(f synth.Files) synth.Files { return f }
