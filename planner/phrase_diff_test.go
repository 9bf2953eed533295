package planner

import "testing"

// oldHasPhrase is hasPhrase before it rejected texts without a phrase's
// letters; FuzzHasPhraseDiff compares the two on every phrase list.
func oldHasPhrase(text string, phrases [][]string) bool {
	w := words(text)
	for _, p := range phrases {
		if containsPhrase(w, p) {
			return true
		}
	}
	return false
}

func FuzzHasPhraseDiff(f *testing.F) {
	for _, s := range []string{"", "ARRO Residents' Reception", "Meet-the-Experts: SBRT", "Poster Q&A 05", "Poster QA", "Médical Students' Mixer",
		"Happy Hours", "Program Directors", "Resident", "residen", "IMGs", "Mentors", "Lung Cancer: SBRT Advances", "mentor", "s"} {
		f.Add(s)
	}
	lists := [][][]string{networkingPhrases, applicantPhrases, traineePhrases, receptionPhrases, {{"s"}}, {{"es"}}, {{}}, {{"a", "s"}}}
	f.Fuzz(func(t *testing.T, s string) {
		for i, l := range lists {
			if got, want := hasPhrase(s, l), oldHasPhrase(s, l); got != want {
				t.Errorf("hasPhrase(%q, list %d) = %v, want %v", s, i, got, want)
			}
		}
	})
}
