package main

import (
	"slices"
	"testing"

	"github.com/confplan/confplan/planner"
)

// TestByWords: a part of a name, typed without accents, titles or case,
// finds the people who have it.
func TestByWords(t *testing.T) {
	people := []planner.Contact{
		{Name: "Dr. José García-López"},
		{Name: "Smith, Jennifer"},
		{Name: "Jennifer Smith"},
		{Name: "van der Berg, Pieter"},
	}
	tests := []struct {
		typed string
		want  []int
	}{
		{"garcia", []int{0}},
		{"Garcia-Lopez", []int{0}},
		{"jose garcia lopez", []int{0}},
		{"Dr. García", []int{0}},
		{"smith", []int{1, 2}},
		{"Jennifer Smith, MD", []int{1, 2}},
		{"Berg", []int{3}},
		{"Patel", nil},
		{"Dr.", nil},
	}
	for _, tt := range tests {
		if got := byWords(people, tt.typed); !slices.Equal(got, tt.want) {
			t.Errorf("byWords(%q) = %v, want %v", tt.typed, got, tt.want)
		}
	}
}
