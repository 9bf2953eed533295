package sources

// Stubs for the spreadsheet readers; the network-map helper replaces them.

import (
	"io"

	"github.com/confplan/confplan/planner"
)

// ReadContacts reads a network map (Name, Role, Institution, Email, ...).
func ReadContacts(r io.Reader, name string) ([]planner.Contact, []*Warning, error) {
	return nil, nil, errTODO
}

// ReadPrograms reads a programs list (Program, Aliases, City, State, Visa,
// IMG friendly, Priority).
func ReadPrograms(r io.Reader, name string) ([]planner.Program, []*Warning, error) {
	return nil, nil, errTODO
}
