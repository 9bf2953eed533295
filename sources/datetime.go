package sources

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// civilDate is a calendar date without a zone. Year is 0 when the text
// printed no year (see errNoYear).
type civilDate struct {
	Year  int
	Month time.Month
	Day   int
}

func (d civilDate) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// clock is a wall-clock time of day in minutes since midnight. Values of
// 1440 and more are times on the following day (an end after midnight).
type clock int

func (c clock) String() string {
	return fmt.Sprintf("%02d:%02d", int(c)/60%24, int(c)%60)
}

// at returns the instant of date d at wall-clock c in loc. Clocks past
// 24:00 fall on the next day.
func at(d civilDate, c clock, loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, int(c)/60, int(c)%60, 0, 0, loc)
}

// errNoYear is wrapped by parseDate's error when the text is a valid date
// without a year ("Sun, Sep 28"). The returned civilDate then carries
// the month and day with Year 0, so a caller that knows the year from
// context can complete it.
var errNoYear = errors.New("date has no year")

// errAmbiguousDate is wrapped by parseDate's error when a numeric date
// reads both ways (03/04/2025) and the order is DateAuto.
var errAmbiguousDate = errors.New("ambiguous day/month order")

var months = map[string]time.Month{
	"jan": time.January, "january": time.January,
	"feb": time.February, "february": time.February,
	"mar": time.March, "march": time.March,
	"apr": time.April, "april": time.April,
	"may": time.May,
	"jun": time.June, "june": time.June,
	"jul": time.July, "july": time.July,
	"aug": time.August, "august": time.August,
	"sep": time.September, "sept": time.September, "september": time.September,
	"oct": time.October, "october": time.October,
	"nov": time.November, "november": time.November,
	"dec": time.December, "december": time.December,
}

var weekdays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true,
	"wed": true, "weds": true, "wednesday": true, "thu": true, "thur": true, "thurs": true, "thursday": true,
	"fri": true, "friday": true, "sat": true, "saturday": true, "sun": true, "sunday": true,
}

// dateTokens splits a date into words and numbers, dropping punctuation
// other than the numeric separators, which it reports.
func dateTokens(s string) (toks []string, sep rune) {
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(r)
		default:
			if (r == '/' || r == '-' || r == '.') && sep == 0 && cur.Len() > 0 && isDigits(cur.String()) {
				sep = r
			}
			flush()
		}
	}
	flush()
	return toks, sep
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseDate reads one date in any supported form: 9/28/2025, 28.09.2025,
// 2025-09-28, September 28, 2025, Sunday, September 28, 2025,
// Sun, Sep 28 (no year: errNoYear), 06 November 2026, 28th Sept 2025.
// Numeric dates with both parts ≤ 12 use order; with DateAuto they are
// read day-first when written with dots (28.09.2025 is European) and are
// otherwise an error wrapping errAmbiguousDate.
func parseDate(s string, order DateOrder) (civilDate, error) {
	d, weekday, err := parseDateWeekday(s, order)
	if err == nil && weekday >= 0 {
		if got := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday(); int(got) != weekday {
			return civilDate{}, fmt.Errorf("date %q: %s %d, %d is a %s", strings.TrimSpace(s), d.Month, d.Day, d.Year, got)
		}
	}
	return d, err
}

// weekdayOf returns the weekday number (Sunday 0) of a weekday name.
func weekdayOf(name string) int {
	for i, p := range []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"} {
		if strings.HasPrefix(name, p) {
			return i
		}
	}
	return -1
}

// parseDateWeekday is parseDate without the weekday check; weekday is
// the printed weekday (Sunday 0) or -1.
func parseDateWeekday(s string, order DateOrder) (d civilDate, weekday int, err error) {
	weekday = -1
	d, err = parseDateParts(s, order, &weekday)
	return d, weekday, err
}

func parseDateParts(s string, order DateOrder, weekday *int) (civilDate, error) {
	raw := strings.TrimSpace(s)
	if raw == "" {
		return civilDate{}, errors.New("empty date")
	}
	if len(raw) > 80 {
		return civilDate{}, fmt.Errorf("date %q is too long", clip(raw))
	}
	// An ISO timestamp: keep the date.
	if len(raw) > 10 && raw[4] == '-' && raw[7] == '-' && (raw[10] == 'T' || raw[10] == ' ') && isDigits(raw[:4]) {
		raw = raw[:10]
	}
	toks, sep := dateTokens(raw)
	// Drop weekday names and ordinal suffixes.
	var words, nums []string
	for _, t := range toks {
		lt := strings.ToLower(t)
		if weekdays[lt] {
			*weekday = weekdayOf(lt)
			continue
		}
		if m := ordinal(lt); m != "" {
			lt = m
		}
		if isDigits(lt) {
			nums = append(nums, lt)
			continue
		}
		if _, ok := months[lt]; ok {
			words = append(words, lt)
			continue
		}
		// A trailing "T09:00" of an ISO timestamp: stop at it.
		if len(nums) == 3 && len(words) == 0 {
			break
		}
		return civilDate{}, fmt.Errorf("date %q: unexpected %q", raw, t)
	}
	bad := func() (civilDate, error) {
		return civilDate{}, fmt.Errorf("date %q not understood; want e.g. 9/28/2025, 2025-09-28 or September 28, 2025", raw)
	}
	switch {
	case len(words) == 1 && (len(nums) == 1 || len(nums) == 2):
		m := months[words[0]]
		var day, year int
		if len(nums) == 1 {
			day, _ = strconv.Atoi(nums[0])
			if len(nums[0]) == 4 { // "September 2025"
				return bad()
			}
			d := civilDate{0, m, day}
			if !validDay(2024, m, day) { // 2024 is a leap year: Feb 29 may be valid
				return bad()
			}
			return d, fmt.Errorf("date %q: %w", raw, errNoYear)
		}
		// Month Day Year, Day Month Year, Year Month Day.
		a, b := nums[0], nums[1]
		switch {
		case len(a) == 4:
			year = fullYear(a)
			day, _ = strconv.Atoi(b)
		default:
			day, _ = strconv.Atoi(a)
			year = fullYear(b)
		}
		if year < 0 || !validDay(year, m, day) {
			return bad()
		}
		return civilDate{year, m, day}, nil
	case len(words) == 0 && len(nums) == 3:
		a, b, c := nums[0], nums[1], nums[2]
		if len(a) == 4 { // 2025-09-28, 2025/9/28
			y := fullYear(a)
			mo, _ := strconv.Atoi(b)
			d, _ := strconv.Atoi(c)
			if y < 0 || mo < 1 || mo > 12 || !validDay(y, time.Month(mo), d) {
				return bad()
			}
			return civilDate{y, time.Month(mo), d}, nil
		}
		if len(a) > 2 || len(b) > 2 {
			return bad()
		}
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		year := fullYear(c)
		if year < 0 {
			return bad()
		}
		o := order
		if o == DateAuto {
			switch {
			case x > 12 && y <= 12:
				o = DateDMY
			case y > 12 && x <= 12:
				o = DateMDY
			case x == y:
				o = DateMDY
			case sep == '.':
				o = DateDMY
			default:
				return civilDate{}, fmt.Errorf("date %q: %w", raw, errAmbiguousDate)
			}
		}
		mo, d := x, y
		if o == DateDMY {
			mo, d = y, x
		}
		if mo < 1 || mo > 12 || !validDay(year, time.Month(mo), d) {
			return civilDate{}, fmt.Errorf("date %q is not a date when read as %s", raw, orderName(o))
		}
		return civilDate{year, time.Month(mo), d}, nil
	case len(words) == 0 && len(nums) == 2 && len(nums[0]) <= 2 && len(nums[1]) <= 2 && sep != 0:
		// 9/28 without a year (not "12:15", a time).
		x, _ := strconv.Atoi(nums[0])
		y, _ := strconv.Atoi(nums[1])
		o := order
		if o == DateAuto {
			switch {
			case x > 12:
				o = DateDMY
			case y > 12 || x == y:
				o = DateMDY
			case sep == '.':
				o = DateDMY
			default:
				return civilDate{}, fmt.Errorf("date %q: %w", raw, errAmbiguousDate)
			}
		}
		mo, d := x, y
		if o == DateDMY {
			mo, d = y, x
		}
		if mo < 1 || mo > 12 || !validDay(2024, time.Month(mo), d) {
			return bad()
		}
		return civilDate{0, time.Month(mo), d}, fmt.Errorf("date %q: %w", raw, errNoYear)
	}
	return bad()
}

func orderName(o DateOrder) string {
	if o == DateDMY {
		return "day/month/year"
	}
	return "month/day/year"
}

// ordinal strips an English ordinal suffix: "28th" → "28".
func ordinal(s string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(s, suf); ok && isDigits(n) && len(n) <= 2 {
			return n
		}
	}
	return ""
}

// fullYear reads a 4-digit year or a 2-digit one (25 → 2025); -1 when
// neither.
func fullYear(s string) int {
	n, err := strconv.Atoi(s)
	switch {
	case err != nil:
		return -1
	case len(s) == 4 && n >= 1900 && n <= 2200:
		return n
	case len(s) == 2:
		return 2000 + n
	}
	return -1
}

func validDay(year int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(year, m, d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && t.Month() == m
}

// numericParts returns the first two numbers of a numeric date such as
// 3/4/2025 or 28.09.2025; ok is false for ISO and month-name dates.
func numericParts(s string) (x, y int, ok bool) {
	toks, sep := dateTokens(s)
	var nums []string
	for _, t := range toks {
		lt := strings.ToLower(t)
		if weekdays[lt] {
			continue
		}
		if !isDigits(lt) {
			return 0, 0, false
		}
		nums = append(nums, lt)
	}
	if sep == 0 || len(nums) < 2 || len(nums) > 3 || len(nums[0]) > 2 || len(nums[1]) > 2 {
		return 0, 0, false
	}
	x, _ = strconv.Atoi(nums[0])
	y, _ = strconv.Atoi(nums[1])
	return x, y, true
}

// detectDateOrder decides MDY or DMY from a whole column of date strings:
// a first part above 12 means day first, a second part above 12 means
// month first. When both kinds occur the majority wins (the minority
// rows then fail to parse and are reported). It returns DateAuto when
// every value is ambiguous or the column has no numeric dates.
func detectDateOrder(values []string) DateOrder {
	// Each distinct date is read once and votes as often as it is
	// printed: a program prints a few dozen dates in thousands of rows.
	times := make(map[string]int)
	distinct := make([]string, 0, 64)
	for _, v := range values {
		if times[v] == 0 {
			distinct = append(distinct, v)
		}
		times[v]++
	}
	var mdy, dmy int
	for _, v := range distinct {
		n := times[v]
		x, y, ok := numericParts(v)
		if !ok {
			continue
		}
		switch {
		case x > 12 && y <= 12:
			dmy += n
		case y > 12 && x <= 12:
			mdy += n
		case x != y:
			// "Sat 02/05/2026": the weekday fits one reading only.
			_, m, errM := parseDateWeekday(v, DateMDY)
			_, _, errD := parseDateWeekday(v, DateDMY)
			if m < 0 || errM != nil || errD != nil {
				break
			}
			_, errM = parseDate(v, DateMDY)
			_, errD = parseDate(v, DateDMY)
			switch {
			case errM == nil && errD != nil:
				mdy += n
			case errD == nil && errM != nil:
				dmy += n
			}
		}
	}
	switch {
	case mdy > dmy:
		return DateMDY
	case dmy > mdy:
		return DateDMY
	}
	return DateAuto
}

// parseClock reads one time of day: "2:45 PM", "2:45 p.m.", "14:45",
// "2pm", "noon", "midnight", "14h30", "0930". A bare hour ("2") is
// refused: it could be either half of the day.
func parseClock(s string) (clock, error) {
	t := strings.TrimSpace(s)
	c, n, err := scanClock(t)
	if err != nil {
		return 0, err
	}
	if rest := strings.TrimSpace(t[n:]); rest != "" {
		return 0, fmt.Errorf("time %q: unexpected %q", t, rest)
	}
	if c.meridiem == 0 && !c.hasMinutes && !c.word {
		return 0, fmt.Errorf("time %q has no minutes or AM/PM", t)
	}
	return c.value(), nil
}

// rawClock is a time of day as scanned, before a range settles AM/PM.
type rawClock struct {
	hour, min  int
	meridiem   byte // 'a', 'p' or 0
	hasMinutes bool
	word       bool // noon, midnight
	padded     bool // "08:00", "0930": a 24-hour way of writing
}

// bare reports whether c could be either half of the day: no AM/PM, not
// a word, an hour from 1 to 12 written without a leading zero.
func (c rawClock) bare() bool {
	return c.meridiem == 0 && !c.word && !c.padded && c.hour >= 1 && c.hour <= 12
}

// h24 reports whether c is written the 24-hour way: hour 0 or 13–23, or
// a leading zero, without AM/PM.
func (c rawClock) h24() bool {
	return c.meridiem == 0 && !c.word && (c.padded || c.hour == 0 || c.hour >= 13)
}

func (c rawClock) value() clock {
	h := c.hour
	switch c.meridiem {
	case 'a':
		if h == 12 {
			h = 0
		}
	case 'p':
		if h != 12 {
			h += 12
		}
	}
	return clock(h*60 + c.min)
}

// scanClock reads a time of day at the start of s and returns it with the
// number of bytes it used.
func scanClock(s string) (rawClock, int, error) {
	lower := strings.ToLower(s)
	for _, w := range []struct {
		word string
		c    rawClock
	}{{"noon", rawClock{hour: 12, min: 0, word: true}}, {"midday", rawClock{hour: 12, word: true}}, {"midnight", rawClock{hour: 0, word: true}}} {
		if strings.HasPrefix(lower, w.word) && !letterAt(lower, len(w.word)) {
			return w.c, len(w.word), nil
		}
	}
	i := 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return rawClock{}, 0, fmt.Errorf("time %q not understood; want e.g. 2:45 PM or 14:45", clip(s))
	}
	var c rawClock
	digits := s[:i]
	switch len(digits) {
	case 1, 2:
		c.hour, _ = strconv.Atoi(digits)
		c.padded = len(digits) == 2 && digits[0] == '0'
		if i+2 < len(s) && (s[i] == ':' || s[i] == '.' || s[i] == 'h' || s[i] == 'H') && isDigits(s[i+1:i+3]) && (i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9') {
			c.min, _ = strconv.Atoi(s[i+1 : i+3])
			c.hasMinutes = true
			i += 3
			// Seconds, as spreadsheets write them: 14:45:00.
			if i+2 < len(s) && s[i] == ':' && isDigits(s[i+1:i+3]) {
				i += 3
			}
		} else if i < len(s) && (s[i] == 'h' || s[i] == 'H') && !letterAt(lower, i+1) {
			c.hasMinutes = true // "14h"
			i++
		}
	case 3, 4: // 0930, 1445
		n, _ := strconv.Atoi(digits)
		c.hour, c.min = n/100, n%100
		c.hasMinutes, c.padded = true, true
	default:
		return rawClock{}, 0, fmt.Errorf("time %q not understood", clip(s))
	}
	// AM/PM: "am", "a.m.", "a. m.", "a" — not the start of a word (PST).
	j := i
	for j < len(lower) && lower[j] == ' ' {
		j++
	}
	if j < len(lower) && (lower[j] == 'a' || lower[j] == 'p') {
		k := j + 1
		if k < len(lower) && lower[k] == '.' {
			k++
		}
		for k < len(lower) && lower[k] == ' ' && k+1 < len(lower) && lower[k+1] == 'm' {
			k++
		}
		if k < len(lower) && lower[k] == 'm' {
			k++
			if k < len(lower) && lower[k] == '.' {
				k++
			}
			if !letterAt(lower, k) {
				c.meridiem = lower[j]
				i = k
			}
		} else if !letterAt(lower, k) && k == j+1 {
			c.meridiem = lower[j] // "2:45p"
			i = k
		}
	}
	if c.meridiem != 0 {
		if c.hour < 1 || c.hour > 12 {
			return rawClock{}, 0, fmt.Errorf("time %q: hour %d with AM/PM", clip(s), c.hour)
		}
	} else if c.hour > 24 || (c.hour == 24 && c.min != 0) {
		return rawClock{}, 0, fmt.Errorf("time %q: no hour %d", clip(s), c.hour)
	}
	if c.min > 59 {
		return rawClock{}, 0, fmt.Errorf("time %q: no minute %d", clip(s), c.min)
	}
	return c, i, nil
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func clip(s string) string {
	if len(s) > 40 {
		r := []rune(s)
		if len(r) > 40 {
			return string(r[:40]) + "…"
		}
	}
	return s
}

// timeRange is a parsed "2:45 PM - 4:00 PM PDT".
type timeRange struct {
	Start, End clock
	HasEnd     bool
	ZoneLabel  string // "PDT", "Pacific time", ... as printed; a hint only
	// Bare: no time carries AM/PM and each reads either way ("2:45 - 4:00");
	// H24: a time is written the 24-hour way ("14:45", "08:00"). Readers
	// settle bare times from the rest of the file (see importRows).
	Bare, H24 bool
}

// rangeSeps are the words and dashes between the two times of a range.
var rangeSeps = []string{"-", "–", "—", "−", "‐", "‑", "~", "to ", "until ", "till ", "through ", "thru "}

// parseTimeRange reads a time or a range with "-", "–", "—" or "to" and an
// optional trailing zone label ("PDT", "(ET)", "Pacific time",
// "East Coast USA Time", "GMT-7"). A single time gives HasEnd false.
// "2 - 3:30 PM" takes the end's AM/PM for the start when that keeps the
// start before the end ("11 - 1 PM" is 11 AM to 1 PM). An end before the
// start is read as after midnight only for evening starts (9 PM - 1 AM),
// or, when neither time has AM/PM, as past noon (12:15 - 1:15);
// otherwise it is an error.
func parseTimeRange(s string) (timeRange, error) {
	t := strings.TrimSpace(s)
	if len(t) > 120 {
		return timeRange{}, fmt.Errorf("time %q is too long", clip(t))
	}
	want := "; want e.g. 2:45 PM - 4:00 PM"
	if t == "" {
		return timeRange{}, errors.New("empty time" + want)
	}
	a, n, err := scanClock(t)
	if err != nil {
		return timeRange{}, fmt.Errorf("time %q not understood%s", clip(t), want)
	}
	rest := strings.TrimLeft(t[n:], " \t")
	var tr timeRange
	var b rawClock
	hasEnd := false
	lrest := strings.ToLower(rest)
	for _, sep := range rangeSeps {
		if strings.HasPrefix(lrest, sep) {
			after := strings.TrimLeft(rest[len(sep):], " \t")
			if after == "" {
				return timeRange{}, fmt.Errorf("time %q has no end%s", clip(t), want)
			}
			var m int
			b, m, err = scanClock(after)
			if err != nil {
				return timeRange{}, fmt.Errorf("time %q: end not understood%s", clip(t), want)
			}
			rest = after[m:]
			hasEnd = true
			break
		}
	}
	label, err := zoneLabel(rest)
	if err != nil {
		return timeRange{}, fmt.Errorf("time %q: %v%s", clip(t), err, want)
	}
	tr.ZoneLabel = label
	if !hasEnd {
		if a.meridiem == 0 && !a.hasMinutes && !a.word {
			return timeRange{}, fmt.Errorf("time %q has no minutes or AM/PM%s", clip(t), want)
		}
		tr.Start = a.value()
		tr.Bare, tr.H24 = a.bare() && a.hasMinutes, a.h24()
		return tr, nil
	}
	if a.meridiem == 0 && !a.hasMinutes && !a.word && b.meridiem == 0 && !b.word {
		return timeRange{}, fmt.Errorf("time %q has no AM/PM%s", clip(t), want)
	}
	// Settle a missing AM/PM from the other end.
	if a.meridiem == 0 && !a.word && b.meridiem != 0 && a.hour >= 1 && a.hour <= 12 {
		a.meridiem = b.meridiem
		if a.value() > b.value() && b.meridiem == 'p' {
			a.meridiem = 'a'
		}
	}
	tr.Bare, tr.H24 = a.bare() && b.bare(), a.h24() || b.h24()
	start, end := a.value(), b.value()
	if (tr.Bare || a.word && b.bare()) && end < start && end+720 > start {
		end += 720 // "12:15 - 1:15", "noon - 1:30": the end is past noon
	}
	if b.meridiem == 0 && !b.word && a.meridiem != 0 && b.hour >= 1 && b.hour <= 12 && end < start && end+720 >= start {
		end += 720 // "1:00 PM - 4:00"
	}
	if end < start {
		if start >= 18*60 && end <= 6*60 {
			end += 24 * 60
		} else {
			return timeRange{}, fmt.Errorf("time %q ends before it starts%s", clip(t), want)
		}
	}
	tr.Start, tr.End, tr.HasEnd = start, end, true
	return tr, nil
}

// zoneLabel checks what follows the times: nothing, or a zone label such
// as "PDT", "(PT)", "Pacific Time (US & Canada)", "GMT-07:00". It returns
// the label as printed, without brackets.
func zoneLabel(s string) (string, error) {
	l := strings.TrimSpace(s)
	l = strings.TrimLeft(l, ",")
	l = strings.TrimSpace(l)
	if l == "" {
		return "", nil
	}
	if strings.HasSuffix(l, ")") && matchingOpen(l) == 0 {
		l = strings.TrimSpace(l[1 : len(l)-1])
	}
	if l == "" {
		return "", nil
	}
	first, _ := utf8First(l)
	if !unicode.IsLetter(first) {
		return "", fmt.Errorf("unexpected %q after the time", clip(l))
	}
	for _, r := range l {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" ()&+-:./_,'", r)) {
			return "", fmt.Errorf("unexpected %q after the time", clip(l))
		}
	}
	if len(strings.Fields(l)) > 6 || !looksLikeZone(l) {
		return "", fmt.Errorf("unexpected %q after the time", clip(l))
	}
	return l, nil
}

var zoneWords = map[string]bool{
	"time": true, "zone": true, "timezone": true, "local": true, "standard": true, "daylight": true,
	"pacific": true, "eastern": true, "central": true, "mountain": true, "atlantic": true, "alaska": true,
	"hawaii": true, "arizona": true, "coast": true, "utc": true, "gmt": true, "summer": true,
}

// looksLikeZone reports whether a label names a zone: an abbreviation
// such as PDT, ET, CEST or UTC+2, an IANA name, or words such as
// "Pacific time" and "East Coast USA Time".
func looksLikeZone(l string) bool {
	if strings.Contains(l, "/") && !strings.Contains(l, " ") {
		return true // America/Los_Angeles
	}
	for rest := l; rest != ""; {
		// the words between " ", "(", ")" and ",", none empty
		w := rest
		if i := strings.IndexAny(rest, " (),"); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if w != "" && zoneWord(w) {
			return true
		}
	}
	return false
}

// zoneWord reports whether one word of a label names a zone; an ASCII
// word is lower-cased on the stack.
func zoneWord(w string) bool {
	var buf [32]byte
	ascii, upper := len(w) <= len(buf), true
	for i := 0; ascii && i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'a' <= c && c <= 'z':
			upper = false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !ascii {
		lw := strings.ToLower(w)
		if zoneWords[lw] || strings.HasPrefix(lw, "utc") || strings.HasPrefix(lw, "gmt") {
			return true
		}
		return len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w && (w[len(w)-1] == 'T' || w == "Z")
	}
	lw := buf[:len(w)]
	if zoneWords[string(lw)] || bytes.HasPrefix(lw, []byte("utc")) || bytes.HasPrefix(lw, []byte("gmt")) {
		return true
	}
	return len(w) >= 2 && len(w) <= 5 && upper && (w[len(w)-1] == 'T' || w == "Z")
}

func utf8First(s string) (rune, int) {
	for i, r := range s {
		return r, i
	}
	return 0, 0
}

// dateMemo remembers what cellSplit, parseTimeRange and parseDate made
// of each distinct text of one table: programs print a few dozen dates
// and times in thousands of rows. The zero value is not ready; use
// newDateMemo.
type dateMemo struct {
	splits map[string][2]string
	ranges map[string]rangeRead
	empty  *rangeRead // parseTimeRange(""), asked of every row when a time column is missing
	dates  map[dateText]dateRead
}

type rangeRead struct {
	tr  timeRange
	err error
}

type dateText struct {
	s     string
	order DateOrder
}

type dateRead struct {
	d   civilDate
	err error
}

func newDateMemo() *dateMemo {
	return &dateMemo{splits: map[string][2]string{}, ranges: map[string]rangeRead{}, dates: map[dateText]dateRead{}}
}

// cellSplit is cellSplit(s), remembered.
func (m *dateMemo) cellSplit(s string) (date, tm string) {
	if s == "" {
		return "", "" // a column the table lacks, asked of every row
	}
	v, ok := m.splits[s]
	if !ok {
		v[0], v[1] = cellSplit(s)
		m.splits[s] = v
	}
	return v[0], v[1]
}

// cellTimePart is the time part of a cell (cellSplit), for zone labels,
// remembered.
func (m *dateMemo) cellTimePart(s string) string {
	_, t := m.cellSplit(s)
	return t
}

// parseTimeRange is parseTimeRange(s), remembered.
func (m *dateMemo) parseTimeRange(s string) (timeRange, error) {
	if s == "" {
		if m.empty == nil {
			m.empty = new(rangeRead)
			m.empty.tr, m.empty.err = parseTimeRange(s)
		}
		return m.empty.tr, m.empty.err
	}
	v, ok := m.ranges[s]
	if !ok {
		v.tr, v.err = parseTimeRange(s)
		m.ranges[s] = v
	}
	return v.tr, v.err
}

// parseDate is parseDate(s, order), remembered.
func (m *dateMemo) parseDate(s string, order DateOrder) (civilDate, error) {
	k := dateText{s, order}
	v, ok := m.dates[k]
	if !ok {
		v.d, v.err = parseDate(s, order)
		m.dates[k] = v
	}
	return v.d, v.err
}
