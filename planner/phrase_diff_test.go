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

// phraseLists are the lists the phrase tests read: the plan's, and odd
// ones (an empty phrase, a needle that is all plural s).
var phraseLists = [][][]string{networkingPhrases, applicantPhrases, traineePhrases, receptionPhrases, {{"s"}}, {{"es"}}, {{}}, {{"a", "s"}},
	{{"med"}, {"medical", "student"}, {"med"}}}

// TestPhraseSets holds phraseSet.has to hasPhrase and eventHasSet to
// eventHasPhrase, on the phrase lists and texts that hit and miss their
// needles.
func TestPhraseSets(t *testing.T) {
	texts := []string{"", "ARRO Residents' Reception", "Meet-the-Experts: SBRT", "Poster Q&A 05", "Poster QA", "Médical Students' Mixer",
		"Happy Hours", "Program Directors", "Programme Directors' Lunch", "Resident", "residen", "IMGs", "Mentors", "Mentorship Breakfast",
		"Lung Cancer: SBRT Advances", "mentor", "s", "Residency Fair", "Med Student Forum", "International Medical Graduates", "trainees"}
	for i, l := range phraseLists {
		set := newPhraseSet(l)
		for _, s := range texts {
			if got, want := set.has(s), hasPhrase(s, l); got != want {
				t.Errorf("list %d: has(%q) = %v, want %v", i, s, got, want)
			}
			if got, want := hasNeedle(fold(s), set.needles), mayHavePhrase(fold(s), l); got != want {
				t.Errorf("list %d: needles %q in %q: %v, want %v", i, set.needles, s, got, want)
			}
			for _, k := range []Kind{KindEvent, KindTalk, KindSession} {
				it := &Item{Kind: k, Title: s, Type: texts[len(s)%len(texts)]}
				if got, want := eventHasSet(it, &set), eventHasPhrase(it, l); got != want {
					t.Errorf("list %d: eventHasSet(%+v) = %v, want %v", i, it, got, want)
				}
			}
		}
	}
}

func FuzzPhraseSetDiff(f *testing.F) {
	f.Add("ARRO Residents' Reception")
	f.Add("Médical Students' Mixer")
	sets := make([]phraseSet, len(phraseLists))
	for i, l := range phraseLists {
		sets[i] = newPhraseSet(l)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, l := range phraseLists {
			if got, want := sets[i].has(s), hasPhrase(s, l); got != want {
				t.Errorf("list %d: has(%q) = %v, want %v", i, s, got, want)
			}
		}
	})
}
