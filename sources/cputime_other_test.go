//go:build !unix

package sources

import "time"

// cpuTime is 0 where the process's CPU time is not at hand: the
// benchmarks' cpu-ms metric then reads 0.
func cpuTime() time.Duration { return 0 }
