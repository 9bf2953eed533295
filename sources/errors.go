package sources

import (
	"errors"
	"fmt"
	"strconv"
)

// Error is a problem with a place in an input file. It is used both for
// warnings (the place was skipped) and for errors (the file is unusable).
type Error struct {
	File    string // the name the reader was given
	Line    int    // 1-based line, 0 when not known
	Element string // an HTML element or JSON path when there is no line
	Reason  string // what is wrong, lower case, no trailing period
	Hint    string // what to do, optional
}

func (e *Error) Error() string {
	where := e.File
	if e.Line > 0 {
		where += ":" + strconv.Itoa(e.Line)
	} else if e.Element != "" {
		where += ": " + e.Element
	}
	if where == "" {
		return e.Reason
	}
	return fmt.Sprintf("%s: %s", where, e.Reason)
}

// ErrNoZone is wrapped by the error returned when a program's times carry
// no offset and no zone could be found for them.
var ErrNoZone = errors.New("no time zone for the program's times")

// Warning is a skipped row or element, or a notice about the input.
type Warning = Error
