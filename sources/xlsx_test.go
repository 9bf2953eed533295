package sources

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

// xcell is a cell of a test workbook: a shared string, an inline string,
// or a number with a style (0 general, 1 date m/d/yyyy, 2 time h:mm AM/PM,
// 3 custom "yyyy-mm-dd hh:mm", 4 built-in 22).
type xcell struct {
	s      string
	inline bool
	num    string
	style  int
}

func str(s string) xcell            { return xcell{s: s} }
func num(v string, style int) xcell { return xcell{num: v, style: style} }
func inl(s string) xcell            { return xcell{s: s, inline: true} }
func colName(i int) string          { return excelCol(i) }
func excelCol(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// buildXLSX writes a minimal workbook the way Excel lays it out: the
// sheet is found through workbook.xml and its relationships, strings are
// shared, dates are numbers with date styles.
func buildXLSX(t testing.TB, rows [][]xcell, date1904 bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	write := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	write("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	pr := ""
	if date1904 {
		pr = `<workbookPr date1904="1"/>`
	}
	write("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`+pr+`<sheets><sheet name="Program" sheetId="1" r:id="rId3"/><sheet name="Other" sheetId="2" r:id="rId1"/></sheets></workbook>`)
	write("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`)
	write("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="[$-409]h:mm\ AM/PM;@"/><numFmt numFmtId="165" formatCode="yyyy\-mm\-dd\ hh:mm"/></numFmts>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs></styleSheet>`)
	var sst []string
	index := map[string]int{}
	var sheet strings.Builder
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for r, row := range rows {
		fmt.Fprintf(&sheet, `<row r="%d">`, r+1)
		for c, cell := range row {
			ref := fmt.Sprintf("%s%d", colName(c), r+1)
			switch {
			case cell.num != "":
				fmt.Fprintf(&sheet, `<c r="%s" s="%d"><v>%s</v></c>`, ref, cell.style, cell.num)
			case cell.s == "":
				// Excel leaves empty cells out
			case cell.inline:
				fmt.Fprintf(&sheet, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, html.EscapeString(cell.s))
			default:
				i, ok := index[cell.s]
				if !ok {
					i = len(sst)
					index[cell.s] = i
					sst = append(sst, cell.s)
				}
				fmt.Fprintf(&sheet, `<c r="%s" t="s"><v>%d</v></c>`, ref, i)
			}
		}
		sheet.WriteString(`</row>`)
	}
	sheet.WriteString(`</sheetData></worksheet>`)
	write("xl/worksheets/sheet2.xml", sheet.String())
	write("xl/worksheets/sheet1.xml", `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>`)
	var ss strings.Builder
	fmt.Fprintf(&ss, `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d">`, len(sst))
	for i, s := range sst {
		if i%2 == 1 && len(s) > 4 {
			// rich text runs, as Excel writes partly formatted cells
			fmt.Fprintf(&ss, `<si><r><t>%s</t></r><r><rPr><b/></rPr><t xml:space="preserve">%s</t></r><rPh><t>ignored</t></rPh></si>`, html.EscapeString(s[:2]), html.EscapeString(s[2:]))
			continue
		}
		fmt.Fprintf(&ss, `<si><t xml:space="preserve">%s</t></si>`, html.EscapeString(s))
	}
	ss.WriteString(`</sst>`)
	write("xl/sharedStrings.xml", ss.String())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadXLSX(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	// 45928 is 2025-09-28; 0.614583333 is 14:45; 0.666666667 is 16:00.
	rows := [][]xcell{
		{inl("ASTRO 2026 Annual Meeting — sessions")},
		{str("Session Code"), str("Session Title"), str("Date"), str("Start Time"), str("End Time"), str("Room/Location"), str("Moderators"), str("Speakers")},
		{str("SS 01"), str("Breast 3: Omission of Radiotherapy"), num("45928", 1), num("0.614583333333333", 2), num("0.666666666666667", 2), str("Room 3014"),
			str("Dr. Heather Mitchell (UC Davis)"), str("Smith, John A., MD, PhD (Mayo Clinic, Rochester, MN)")},
		{str("EDU 2"), inl("Contouring & Planning"), num("45929.375", 3), str(""), str("10:15 AM"), str("Room 2"), str(""), str("Erin Chew, MD;RhMSUS")},
		{str("EDU 3"), str("Late session"), str(""), num("45929.75", 4), num("45929.8125", 4), str("Room 3")},
	}
	data := buildXLSX(t, rows, false)
	res, err := ReadProgram(bytes.NewReader(data), "program.xlsx", Options{})
	if err != nil {
		t.Fatalf("ReadProgram: %v", err)
	}
	for _, w := range res.Warnings {
		t.Errorf("warning: %v", w)
	}
	if res.Format != "xlsx" {
		t.Errorf("Format = %q, want xlsx", res.Format)
	}
	if res.Zone == nil || res.Zone.String() != ny.String() {
		t.Errorf("Zone = %v, want America/New_York from the meeting named in the sheet", res.Zone)
	}
	want := []struct {
		id, title, start, end, room string
		people                      int
	}{
		{"SS 01", "Breast 3: Omission of Radiotherapy", "2025-09-28T14:45:00-04:00", "2025-09-28T16:00:00-04:00", "Room 3014", 2},
		{"EDU 2", "Contouring & Planning", "2025-09-29T09:00:00-04:00", "2025-09-29T10:15:00-04:00", "Room 2", 1},
		{"EDU 3", "Late session", "2025-09-29T18:00:00-04:00", "2025-09-29T19:30:00-04:00", "Room 3", 0},
	}
	if len(res.Items) != len(want) {
		t.Fatalf("got %d items, want %d: %+v", len(res.Items), len(want), res.Items)
	}
	for i, w := range want {
		it := res.Items[i]
		if it.ID != w.id || it.Title != w.title || it.Start.Format(time.RFC3339) != w.start || it.End.Format(time.RFC3339) != w.end || it.Room != w.room || len(it.People) != w.people {
			t.Errorf("item %d = %s %q %s–%s %q %d people; want %s %q %s–%s %q %d people", i,
				it.ID, it.Title, it.Start.Format(time.RFC3339), it.End.Format(time.RFC3339), it.Room, len(it.People),
				w.id, w.title, w.start, w.end, w.room, w.people)
		}
		if it.Kind != planner.KindSession {
			t.Errorf("item %d kind %s, want session", i, it.Kind)
		}
	}
	if got := res.Items[0].People[1].Name; got != "John A. Smith" {
		t.Errorf("speaker name = %q, want John A. Smith", got)
	}
	if got := res.Items[0].Source; got != "program.xlsx:3" {
		t.Errorf("Source = %q, want program.xlsx:3 (the row number)", got)
	}
}

func TestExcelTime(t *testing.T) {
	tests := []struct {
		v        float64
		st       xlsxStyle
		date1904 bool
		want     string
	}{
		{45928, xlsxStyle{date: true}, false, "2025-09-28"},
		{45928.614583333, xlsxStyle{date: true, time: true}, false, "2025-09-28 14:45"},
		{0.614583333, xlsxStyle{time: true}, false, "14:45"},
		{0.5, xlsxStyle{date: true}, false, "12:00"},
		{44466, xlsxStyle{date: true}, true, "2025-09-28"},
		{61, xlsxStyle{date: true}, false, "1900-03-01"},
	}
	for _, tt := range tests {
		got, ok := excelTime(tt.v, tt.st, tt.date1904)
		if !ok || got != tt.want {
			t.Errorf("excelTime(%v, %+v, %v) = %q, %v; want %q", tt.v, tt.st, tt.date1904, got, ok, tt.want)
		}
	}
}

func TestFormatKind(t *testing.T) {
	tests := []struct {
		code string
		want xlsxStyle
	}{
		{"m/d/yyyy", xlsxStyle{date: true}},
		{`[$-409]h:mm\ AM/PM;@`, xlsxStyle{time: true}},
		{`yyyy\-mm\-dd\ hh:mm`, xlsxStyle{date: true, time: true}},
		{"0.00", xlsxStyle{}},
		{`"Board "0`, xlsxStyle{}},
		{"[Red]#,##0", xlsxStyle{}},
		{"mmm d", xlsxStyle{date: true}},
		{"[h]:mm", xlsxStyle{time: true}},
	}
	for _, tt := range tests {
		if got := formatKind(tt.code); got != tt.want {
			t.Errorf("formatKind(%q) = %+v, want %+v", tt.code, got, tt.want)
		}
	}
}

func TestReadXLSXBad(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte("<doc/>"))
	zw.Close()
	_, err := ReadProgram(bytes.NewReader(buf.Bytes()), "notes.docx", Options{Zone: time.UTC})
	if err == nil || !strings.Contains(err.Error(), "not an Excel workbook") {
		t.Errorf("docx: err = %v, want not an Excel workbook", err)
	}
	_, err = ReadProgram(strings.NewReader("PK\x03\x04garbage"), "broken.xlsx", Options{Zone: time.UTC})
	if err == nil || !strings.Contains(err.Error(), "broken.xlsx") {
		t.Errorf("broken zip: err = %v, want an error naming the file", err)
	}
}

// A sheet that decompresses past the limit is refused, not read.
func TestReadXLSXBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 65 MiB through the compressor")
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"xl/workbook.xml"} {
		w, _ := zw.Create(name)
		w.Write([]byte(`<workbook><sheets><sheet name="a" sheetId="1"/></sheets></workbook>`))
	}
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	w.Write([]byte("<worksheet><sheetData>"))
	pad := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < 65; i++ {
		w.Write(pad)
	}
	w.Write([]byte("</sheetData></worksheet>"))
	zw.Close()
	_, err := ReadProgram(bytes.NewReader(buf.Bytes()), "bomb.xlsx", Options{Zone: time.UTC})
	if err == nil || !strings.Contains(err.Error(), "64 MiB") {
		t.Errorf("err = %v, want the size limit", err)
	}
}

func FuzzReadXLSX(f *testing.F) {
	f.Add(buildXLSX(f, [][]xcell{
		{str("Title"), str("Date"), str("Time")},
		{str("A"), num("45928", 1), str("2:45 PM - 4:00 PM")},
	}, false))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readXLSX(data, "f.xlsx", Options{Zone: time.UTC})
	})
}

// Date and time cells that lost their number format still read as dates
// and times in date and time columns, and only there.
func TestReadXLSXUnstyledDates(t *testing.T) {
	rows := [][]xcell{
		{str("Title"), str("Date"), str("Start"), str("End"), str("Board")},
		{str("Unstyled"), num("45928", 0), num("0.375", 0), num("0.40625", 0), num("45928", 0)},
	}
	res, err := ReadProgram(bytes.NewReader(buildXLSX(t, rows, false)), "u.xlsx", Options{Zone: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	it := res.Items[0]
	if got := it.Start.Format(time.RFC3339) + " " + it.End.Format(time.RFC3339); got != "2025-09-28T09:00:00Z 2025-09-28T09:45:00Z" {
		t.Errorf("times = %s", got)
	}
	if it.Board != "45928" || it.Kind != planner.KindPoster {
		t.Errorf("board = %q kind %s, want the number as printed and a poster", it.Board, it.Kind)
	}
}

// A cover sheet and hidden sheets are passed over for the first visible
// sheet with a header row.
func TestReadXLSXSheetChoice(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	write := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	sheet := func(rows ...string) string {
		var b strings.Builder
		b.WriteString(`<worksheet><sheetData>`)
		for i, r := range rows {
			fmt.Fprintf(&b, `<row r="%d">`, i+1)
			for j, c := range strings.Split(r, "|") {
				fmt.Fprintf(&b, `<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>`, excelCol(j), i+1, c)
			}
			b.WriteString(`</row>`)
		}
		b.WriteString(`</sheetData></worksheet>`)
		return b.String()
	}
	write("xl/workbook.xml", `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
<sheet name="Read me" sheetId="1" r:id="rId1"/><sheet name="Old" sheetId="2" state="hidden" r:id="rId2"/><sheet name="Program" sheetId="3" r:id="rId3"/></sheets></workbook>`)
	write("xl/_rels/workbook.xml.rels", `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Target="worksheets/sheet3.xml"/></Relationships>`)
	write("xl/worksheets/sheet1.xml", sheet("How to use this export", "Times are Pacific"))
	write("xl/worksheets/sheet2.xml", sheet("Title|Date|Time", "Old Session|2024-09-29|9:00 AM - 10:00 AM"))
	write("xl/worksheets/sheet3.xml", sheet("Title|Date|Time", "New Session|2025-09-28|9:00 AM - 10:00 AM"))
	zw.Close()
	res, err := ReadProgram(bytes.NewReader(buf.Bytes()), "w.xlsx", Options{Zone: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].Title != "New Session" {
		t.Errorf("items = %+v, want the visible Program sheet's", res.Items)
	}
}

func BenchmarkReadXLSX(b *testing.B) {
	rows := [][]xcell{{str("Abstract Number"), str("Title"), str("Authors"), str("Date"), str("Start"), str("End"), str("Room"), str("Board")}}
	for i := 0; i < 2500; i++ {
		rows = append(rows, []xcell{num(fmt.Sprint(2000+i), 0), str(fmt.Sprintf("Outcomes of Hypofractionated Radiotherapy, Cohort %d", i)),
			str(fmt.Sprintf("A. Smith1, B. Jones%d, and C. Lee1; 1University of Michigan, Ann Arbor, MI, 2Duke University, Durham, NC", i%2+1)),
			num(fmt.Sprint(45927+i%4), 1), num("0.447916666666667", 2), num("0.489583333333333", 2), str("Poster Hall"), num(fmt.Sprint(i%200+1), 0)})
	}
	data := buildXLSX(b, rows, false)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := ReadProgram(bytes.NewReader(data), "posters.xlsx", Options{Zone: time.UTC})
		if err != nil || len(res.Items) != 2500 {
			b.Fatalf("%v, %d items", err, len(res.Items))
		}
	}
}
