// Package sources reads the files a user really has: conference programs
// (saved HTML pages, CSV/TSV/Excel exports, JSON exports, iCalendar feeds)
// and the user's own spreadsheets (the network map and a programs list).
//
// Formats are detected by content, never by file name. Readers take streams
// (io.Reader plus a name used in messages); only the command line opens
// files. A row or element that cannot be understood becomes a Warning that
// names the file and line (or element); the rest of the input still imports.
//
// Times without an offset are wall-clock times in the conference zone:
// Options.Zone, else an offset or TZID in the input, else a known meeting
// recognised in the input (see KnownMeetings). The machine's zone is never
// used.
package sources
