package synth_test

import (
	"fmt"
	"testing"

	"github.com/confplan/confplan/internal/synth"
)

// BenchmarkGenerate is the cost of making the benchmarks' data (not part
// of any stage's figures: every stage generates outside its timed loop).
func BenchmarkGenerate(b *testing.B) {
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				synth.Generate(synth.Scale(k))
			}
		})
	}
}
