// Package export writes what confplan plans: iCalendar files for phones
// and task apps, terminal tables and Markdown checklists. Writers take an
// io.Writer and domain values; only the command line opens files.
package export
