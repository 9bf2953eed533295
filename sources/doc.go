// Package sources reads the files a user really has: conference programs
// (saved HTML pages, CSV/TSV/Excel exports, JSON exports, frab/pentabarf
// schedule XML and JSON as pretalx, frab and wafer write them, Sessionize
// and Indico exports, iCalendar feeds) and the user's own spreadsheets
// (the network map and a programs list).
//
// Formats are detected by content, never by file name. Readers take streams
// (io.Reader plus a name used in messages); only the command line opens
// files. A row or element that cannot be understood becomes a Warning that
// names the file and line (or element); the rest of the input still imports.
//
// Times without an offset are wall-clock times in the conference zone:
// Options.Zone, else a zone the input names (an offset, a TZID, a frab
// <time_zone_name>), else a known meeting recognised in the input (see
// KnownMeetings), else a zone label printed with the times ("Eastern
// time"). Exact instants stay exact. The machine's zone is never used.
//
// ReadMeeting combines several files into one planner.Meeting and is the
// one place that decides the meeting's zone and what happens to the same
// ID in two files; the result does not depend on the order of the files.
package sources
