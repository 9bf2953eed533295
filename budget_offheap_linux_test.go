//go:build linux

package main

import (
	"syscall"

	"github.com/confplan/confplan/internal/synth"
)

// offHeap is f with each file copied into memory the Go heap does not
// hold: an anonymous mapping, read-only (a reader that wrote into its
// input would fault), never unmapped. The collector paces itself by the
// heap it marks, so files on the heap would make a run's collections
// depend on which scales the process had generated before (at 10× they
// are 60 MB); off it, they depend on what the run allocates, as in a
// fresh `confplan plan`. A file that cannot be mapped stays on the heap.
func offHeap(f synth.Files) synth.Files {
	for _, p := range fileData(&f) {
		if len(*p) == 0 {
			continue
		}
		m, err := syscall.Mmap(-1, 0, len(*p), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
		if err != nil {
			continue
		}
		copy(m, *p)
		if syscall.Mprotect(m, syscall.PROT_READ) != nil {
			continue
		}
		*p = m
	}
	return f
}
