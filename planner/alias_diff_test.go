package planner

import (
	"reflect"
	"strings"
	"testing"
)

// oldAddAlias is addAlias as it was before an index changed the byFirst
// lists it owns in place (it copied a list at every alias added);
// TestAddAliasDiff and FuzzAddAliasDiff compare the two.
func (x *instIndex) oldAddAlias(text string, id int) {
	toks := instTokens(text)
	if len(toks) == 0 {
		return
	}
	key := strings.Join(toks, " ")
	if a, ok := x.byText[key]; ok {
		for _, have := range a.ids {
			if have == id {
				return
			}
		}
		b := *a
		b.ids = append(a.ids[:len(a.ids):len(a.ids)], id)
		x.byText[key] = &b
		list := append([]*alias(nil), x.byFirst[toks[0]]...)
		for i := range list {
			if list[i] == a {
				list[i] = &b
			}
		}
		x.byFirst[toks[0]] = list
		return
	}
	a := &alias{toks: toks, text: strings.TrimSpace(text), kind: kindOf(text, toks), ids: []int{id}}
	x.byText[key] = a
	old := x.byFirst[toks[0]]
	at := len(old)
	for i, b := range old {
		if len(b.toks) < len(toks) {
			at = i
			break
		}
	}
	list := make([]*alias, 0, len(old)+1)
	list = append(append(append(list, old[:at]...), a), old[at:]...)
	x.byFirst[toks[0]] = list
}

// aliasDiff adds texts to two new indexes, by addAlias and oldAddAlias
// (each text as an alias of two institutions, the second time again),
// and fails when their aliases differ or the base index changed.
func aliasDiff(t *testing.T, texts []string) {
	t.Helper()
	before := newInstIndex()
	x, y := newInstIndex(), newInstIndex()
	for round := 0; round < 2; round++ {
		for i, s := range texts {
			x.addAlias(s, len(before.insts)+i%7+round, true)
			y.oldAddAlias(s, len(before.insts)+i%7+round)
		}
	}
	if !reflect.DeepEqual(x.byFirst, y.byFirst) || !reflect.DeepEqual(x.byText, y.byText) {
		t.Fatalf("addAlias and oldAddAlias index %q differently", texts)
	}
	if after := newInstIndex(); !reflect.DeepEqual(after.byFirst, before.byFirst) || !reflect.DeepEqual(after.byText, before.byText) {
		t.Fatalf("adding %q changed the base index", texts)
	}
}

func TestAddAliasDiff(t *testing.T) {
	var texts []string
	for _, a := range resolveCases(t) {
		texts = append(texts, a)
		texts = append(texts, institutionParts(a)...)
	}
	if len(texts) < 2000 {
		t.Fatalf("%d texts: too few to say anything", len(texts))
	}
	aliasDiff(t, texts)
}

func FuzzAddAliasDiff(f *testing.F) {
	for _, a := range resolveCases(f)[:200] {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, a string) {
		// Each part alone and the whole, with the parts of the directory
		// names they share a first word with.
		aliasDiff(t, append(institutionParts(a), a, "University of "+a, a+" University"))
	})
}
