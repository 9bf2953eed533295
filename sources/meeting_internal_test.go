package sources

import (
	"runtime"
	"slices"
	"sync"
	"testing"
)

func TestEachAtOnce(t *testing.T) {
	for _, procs := range []int{1, 2, 5} {
		for _, n := range []int{0, 1, 2, 7, 100} {
			prev := runtime.GOMAXPROCS(procs)
			var mu sync.Mutex
			var got []int
			eachAtOnce(n, func(i int) {
				mu.Lock()
				got = append(got, i)
				mu.Unlock()
			})
			runtime.GOMAXPROCS(prev)
			if procs == 1 && !slices.IsSorted(got) {
				t.Errorf("GOMAXPROCS 1, n %d: called out of order: %v", n, got)
			}
			slices.Sort(got)
			want := make([]int, n)
			for i := range want {
				want[i] = i
			}
			if !slices.Equal(got, want) {
				t.Errorf("GOMAXPROCS %d, n %d: called %v, want each of 0..%d once", procs, n, got, n-1)
			}
		}
	}
}
