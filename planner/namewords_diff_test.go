package planner

import (
	"reflect"
	"strings"
	"testing"
)

// oldDropUnknown, oldIsParticleWord and oldAppendReading are the
// functions as they were before dropUnknown and isParticleWord read
// short ASCII words without folding copies and appendReading keyed a
// reading once; TestNameWordsDiff and FuzzNameWordsDiff compare them.
func oldDropUnknown(ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if !unknownGiven[wordKey(w)] {
			out = append(out, w)
		}
	}
	return out
}

func oldIsParticleWord(w string) bool {
	if gaelic[strings.ToLower(w)] {
		return true
	}
	k := wordKey(w)
	if len(k) == 1 && w != k {
		return false
	}
	return particles[k]
}

func oldAppendReading(list []personName, r personName) []personName {
	if r.key() == "" || len(r.given) == 0 && !r.mononym {
		return list
	}
	k := r.key()
	for _, x := range list {
		if x.mononym == r.mononym && sameGivens(x.given, r.given) && x.key() == k {
			return list
		}
	}
	return append(list, r)
}

// oldParseGiven is appendGiven as it was before it appended to its
// caller's list (it returned a list of its own, and split every word at
// hyphens).
func oldParseGiven(w string, allCaps bool) []givenName {
	if isInitials(w, allCaps) {
		if strings.Contains(w, "-") {
			var parts []string
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '-' }) {
				if k := wordKey(p); k != "" {
					parts = append(parts, k[:1])
				}
			}
			if len(parts) == 0 {
				return nil
			}
			return []givenName{newGiven(parts)}
		}
		var out []givenName
		for _, r := range w {
			if k := wordKey(string(r)); k != "" {
				out = append(out, newGiven([]string{k[:1]}))
			}
		}
		return out
	}
	var parts []string
	for _, p := range strings.Split(w, "-") {
		if k := wordKey(p); k != "" {
			parts = append(parts, k)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	return []givenName{newGiven(parts)}
}

var nameWordCases = []string{"", "FNU", "fnu", "F.N.U.", "Lnu", "UNK", "unknown", "Priyanka", "van", "Van", "VAN", "de", "De", "y", "Y", "e", "E",
	"Mac", "MAC", "mc", "Mc.", "Ó", "ó", "Ní", "nic", "Uí", "della", "Della", "binti", "St", "st.", "Ste", "d'", "O'", "abu", "ABU", "Jr.", "Ñu", "fnü", "12", "a-b", "De-La"}

// checkNameWords compares the old and new functions on the words of s.
func checkNameWords(t *testing.T, s string) {
	t.Helper()
	ws := strings.Fields(s)
	for _, w := range append(ws, s) {
		if got, want := isParticleWord(w), oldIsParticleWord(w); got != want {
			t.Errorf("isParticleWord(%q) = %v, want %v", w, got, want)
		}
		if got, want := IsSuffix(w), oldIsSuffix(w); got != want {
			t.Errorf("IsSuffix(%q) = %v, want %v", w, got, want)
		}
		for _, caps := range []bool{false, true} {
			pre := []givenName{newGiven([]string{"x"})}
			if got, want := appendGiven(pre, w, caps), append(pre, oldParseGiven(w, caps)...); !reflect.DeepEqual(got, want) {
				t.Errorf("appendGiven(%q, %v) = %+v, want %+v", w, caps, got[1:], want[1:])
			}
		}
	}
	if got, want := dropUnknown(ws), oldDropUnknown(ws); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
		t.Errorf("dropUnknown(%q) = %q, want %q", ws, got, want)
	}
	var got, want []personName
	for _, r := range readName(s).readings {
		for _, d := range append([]personName{r}, derived(r)...) {
			got, want = appendReading(got, d), oldAppendReading(want, d)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("appendReading over the readings of %q: %d readings, want %d", s, len(got), len(want))
	}
}

func TestNameWordsDiff(t *testing.T) {
	_, printed := prefilterCorpus(t)
	for _, s := range append(printed, nameWordCases...) {
		checkNameWords(t, s)
		checkNameWords(t, strings.Join(nameWordCases, " ")+" "+s)
	}
}

func FuzzNameWordsDiff(f *testing.F) {
	for _, s := range nameWordCases {
		f.Add(s)
	}
	f.Add("Maria de los Angeles FNU Garcia y Lopez")
	f.Add("Liam Mac Giolla Phadraig")
	f.Fuzz(checkNameWords)
}

// oldIsSuffix is IsSuffix as it was before it lower-cased ASCII words on
// the stack; FuzzIsSuffixDiff compares the two.
func oldIsSuffix(w string) bool { return suffixes[strings.Trim(fold(w), ".,")] }

func FuzzIsSuffixDiff(f *testing.F) {
	for _, s := range append(nameWordCases, "Jr.", "JR", ",Sr.,", "III", "iii.", "Jr.,", "Júnior", "2nd") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := IsSuffix(w), oldIsSuffix(w); got != want {
			t.Errorf("IsSuffix(%q) = %v, want %v", w, got, want)
		}
	})
}
