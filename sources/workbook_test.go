package sources_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/confplan/confplan/sources"
)

// workbook builds an .xlsx network map: the rows on a "Contacts" sheet
// after a cover sheet, a date style on column F, a bordered style on H.
func workbook(t testing.TB, rows [][]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Read me")
	f.SetCellValue("Read me", "A1", "My contacts for ASTRO")
	f.NewSheet("Contacts")
	for r, row := range rows {
		for c, v := range row {
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			f.SetCellStr("Contacts", ref, v)
		}
	}
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	border, _ := f.NewStyle(&excelize.Style{Border: []excelize.Border{{Type: "bottom", Color: "999999", Style: 1}}})
	last := max(len(rows), 2)
	f.SetCellStyle("Contacts", "F2", fmt.Sprintf("F%d", last), date)
	f.SetCellStyle("Contacts", "H2", fmt.Sprintf("H%d", last), border)
	f.SetCellFormula("Contacts", "Z1", "=COUNTA(A:A)")
	b, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var mapHeader = []string{"Name", "Role", "Institution", "Email", "How I found them", "Date contacted", "Response", "Next step"}

func TestWorkbookMap(t *testing.T) {
	data := workbook(t, [][]string{mapHeader,
		{"Dr. Jane Doe", "Program Director", "Emory University", "jdoe@emory.example", "ASTRO 2024", "", "", "Ask about J-1"},
		{"Smith, Jennifer", "Faculty", "UCSF", "", "Doximity", "", "", ""},
	})
	nm, err := sources.ParseNetworkMap(data, "network.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if !nm.Workbook() || len(nm.Contacts) != 2 || nm.Contacts[1].Name != "Smith, Jennifer" || nm.Line(1) != 3 {
		t.Fatalf("read %+v (line %d)", nm.Contacts, nm.Line(1))
	}
	nm.Set(0, sources.FieldNextStep, "=HYPERLINK(\"http://evil.example\") \u202eevil")
	nm.SetDate(0, sources.FieldDateContacted, time.Date(2025, 9, 28, 14, 30, 0, 0, time.UTC), "2006-01-02")
	row := nm.Add(map[sources.Field]string{sources.FieldName: "Amara Okonkwo", sources.FieldInstitution: "Duke University"})
	out, err := nm.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Read me" {
		t.Errorf("sheets = %v", got)
	}
	if v, _ := f.GetCellValue("Read me", "A1"); v != "My contacts for ASTRO" {
		t.Errorf("cover sheet: %q", v)
	}
	if v, _ := f.GetCellFormula("Contacts", "Z1"); v != "COUNTA(A:A)" && v != "=COUNTA(A:A)" {
		t.Errorf("formula: %q", v)
	}
	if v, _ := f.GetCellValue("Contacts", "H2"); v != "=HYPERLINK(\"http://evil.example\") evil" {
		t.Errorf("next step: %q", v)
	}
	if fm, _ := f.GetCellFormula("Contacts", "H2"); fm != "" {
		t.Errorf("text became a formula: %q", fm)
	}
	if typ, _ := f.GetCellType("Contacts", "H2"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("next step is a %v cell, want text", typ)
	}
	if v, _ := f.GetCellValue("Contacts", "F2", excelize.Options{RawCellValue: true}); v != "45928" {
		t.Errorf("date contacted raw = %q, want the date serial 45928", v)
	}
	if row != 2 || nm.Line(row) != 4 {
		t.Errorf("new row %d on line %d", row, nm.Line(row))
	}
	if v, _ := f.GetCellValue("Contacts", "A4"); v != "Amara Okonkwo" {
		t.Errorf("A4 = %q", v)
	}
	h3, _ := f.GetCellStyle("Contacts", "H3")
	h4, _ := f.GetCellStyle("Contacts", "H4")
	if h4 != h3 || h3 == 0 {
		t.Errorf("new row's style %d, want the row above's %d", h4, h3)
	}
	if v, _ := f.GetCellValue("Contacts", "A2"); v != "Dr. Jane Doe" {
		t.Errorf("A2 = %q", v)
	}
}

func TestWorkbookPrograms(t *testing.T) {
	data := workbook(t, [][]string{{"Program", "Aliases", "City", "State", "Visa"}, {"Emory University", "Emory; Winship", "Atlanta", "GA", "J-1"}})
	progs, _, err := sources.ReadPrograms(bytes.NewReader(data), "programs.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) != 1 || progs[0].Name != "Emory University" || len(progs[0].Aliases) != 2 {
		t.Errorf("programs = %+v", progs)
	}
}

// FuzzWorkbookRoundTrip: whatever the cells, editing one cell of a
// workbook map changes that cell only.
func FuzzWorkbookRoundTrip(f *testing.F) {
	f.Add("Dr. Jane Doe", "Emory University", "=1+1", "Follow up by 2025-10-01")
	f.Add("Smith, Jennifer", "", "\u202e", "@SUM(A1)")
	f.Add("José García-López", "Hospital La Paz\nMadrid", "", "\x00\x01")
	f.Fuzz(func(t *testing.T, name, inst, other, text string) {
		data := workbook(t, [][]string{mapHeader, {name, "Faculty", inst, "", other, "", "", ""}, {"Second Person", "", other, "", "", "", "", ""}})
		nm, err := sources.ParseNetworkMap(data, "fuzz.xlsx")
		if err != nil || len(nm.Contacts) == 0 {
			return
		}
		before := make([][]string, 0)
		for i := range 2 {
			if i < len(nm.Contacts) {
				before = append(before, nm.Row(nm.Contacts[i].Row))
			}
		}
		row := nm.Contacts[0].Row
		nm.Set(row, sources.FieldNextStep, text)
		out, err := nm.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		back, err := sources.ParseNetworkMap(out, "fuzz.xlsx")
		if err != nil {
			t.Fatalf("edited workbook does not read back: %v", err)
		}
		if len(back.Contacts) != len(nm.Contacts) {
			t.Fatalf("%d contacts, want %d", len(back.Contacts), len(nm.Contacts))
		}
		got := back.Row(row)
		for c, v := range before[0] {
			if c == 7 {
				continue
			}
			if c >= len(got) || got[c] != v {
				t.Fatalf("cell %d = %q, want %q", c, got, v)
			}
		}
	})
}
