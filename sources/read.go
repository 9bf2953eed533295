package sources

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/confplan/confplan/planner"
)

// MaxInput is the largest input a reader accepts, to keep memory
// proportional to sane inputs.
const MaxInput = 64 << 20

// DateOrder says how to read dates such as 03/04/2025.
type DateOrder int

// The date orders. DateAuto decides from the whole column and fails on
// ambiguity, naming --date-order.
const (
	DateAuto DateOrder = iota
	DateMDY
	DateDMY
)

// Options control reading a program.
type Options struct {
	// Zone is the conference zone. When nil, it is taken from the input
	// (offsets, TZID, a known meeting); when that fails, ReadProgram
	// returns an error wrapping ErrNoZone.
	Zone      *time.Location
	DateOrder DateOrder
	// Now is today, for dates that print a weekday but no year
	// ("Saturday, October 17") in a file that names no meeting: they
	// take the year near Now that their weekdays fit. Zero: no such guess.
	Now time.Time

	texts *sharedTexts // set by ReadMeeting for the files it reads together
}

// Result is what was understood of one program file.
type Result struct {
	Format   string // "csv", "tsv", "xlsx", "eventscribe-html", "html-table", "json-ld", "oasis-json", "sched-json", "ical"
	Meeting  string // the meeting's name when the input names it
	Zone     *time.Location
	Items    []planner.Item
	Warnings []*Warning
}

// ReadProgram reads one program file of any supported format. It fails
// when the input cannot be read at all, has no usable item, or needs a
// zone it cannot find.
func ReadProgram(r io.Reader, name string, opt Options) (*Result, error) {
	data, err := readInput(r)
	if err != nil {
		return nil, &Error{File: name, Reason: err.Error()}
	}
	return readProgram(data, name, opt)
}

// readInput reads r to its end, at most MaxInput+1 bytes. A reader that
// knows how much it holds (bytes.Reader, strings.Reader, bytes.Buffer)
// is read into one buffer of that size instead of io.ReadAll's doubling
// ones.
func readInput(r io.Reader) ([]byte, error) {
	lr := io.LimitReader(r, MaxInput+1)
	l, ok := r.(interface{ Len() int })
	if !ok || l.Len() <= 0 {
		return io.ReadAll(lr)
	}
	b := make([]byte, 0, min(l.Len(), MaxInput)+1) // +1: the end is seen without growing
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// readProgram is ReadProgram on the file's content. data is not changed.
func readProgram(data []byte, name string, opt Options) (*Result, error) {
	if len(data) > MaxInput {
		return nil, &Error{File: name, Reason: fmt.Sprintf("file is larger than %d MiB", MaxInput>>20), Hint: "split the export"}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var res *Result
	var err error
	switch sniff(data) {
	case "xlsx":
		res, err = readXLSX(data, name, opt)
	case "json":
		res, err = readJSON(data, name, opt)
	case "ical":
		res, err = readICS(data, name, opt)
	case "frab-xml":
		res, err = readFrabXML(data, name, opt)
	case "html":
		res, err = readHTML(data, name, opt)
	case "mhtml":
		res, err = readMHTML(data, name, opt)
	default:
		res, err = readCSV(data, name, opt)
	}
	if zr, ok := err.(*zoneRetry); ok {
		return nil, &zoneRetry{err: zr.err, again: func(loc *time.Location) (*Result, error) {
			res, err := zr.again(loc)
			return someItems(name, res, err)
		}}
	}
	return someItems(name, res, err)
}

// someItems fails a read that found no item.
func someItems(name string, res *Result, err error) (*Result, error) {
	if err != nil {
		return nil, err
	}
	if len(res.Items) == 0 {
		return res, &Error{File: name, Reason: "no program items found", Hint: "confplan reads saved program pages (HTML), CSV/TSV/Excel, JSON and iCal exports"}
	}
	return res, nil
}

// zoneRetry is the error of a file read without a zone it needed
// (wrapping ErrNoZone) that can be read again in a zone found elsewhere
// without parsing it again: again(loc) is what reading it with
// Options.Zone = loc would return.
type zoneRetry struct {
	err   error
	again func(loc *time.Location) (*Result, error)
}

func (e *zoneRetry) Error() string { return e.err.Error() }
func (e *zoneRetry) Unwrap() error { return e.err }

// sniff names the format of data by its content.
func sniff(data []byte) string {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return "xlsx"
	}
	head := bytes.TrimLeft(data[:min(len(data), 4096)], " \t\r\n")
	switch {
	case len(head) > 0 && (head[0] == '{' || head[0] == '['):
		return "json"
	case bytes.HasPrefix(bytes.ToUpper(head), []byte("BEGIN:VCALENDAR")):
		return "ical"
	case len(head) > 0 && head[0] == '<':
		if isFrabXML(head) {
			return "frab-xml"
		}
		return "html"
	}
	lower := bytes.ToLower(head)
	if isMHTML(lower) {
		return "mhtml"
	}
	if bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<table")) {
		return "html"
	}
	return "csv"
}
