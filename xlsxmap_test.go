package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite testdata/network-libreoffice.xlsx with LibreOffice")

// Excel network maps: met and done write into the same workbook and
// change only the cells they own.

// richWorkbook builds the network map of a user who works in Excel: a
// styled header, a date column, a formula column, column widths, a second
// sheet with a formula into the first, and a hidden sheet.
func richWorkbook(t *testing.T, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Contacts")
	rows := [][]any{
		{"Name", "Role", "Institution", "Email", "How I found them", "Date contacted", "Response", "Next step", "Priority", "Score", "My notes"},
		{"Dr. Jane Doe", "Program Director", "Emory University", "jdoe@emory.example", "ASTRO 2024 poster", nil, "", "Ask about J-1", 1, nil, "met at ESTRO"},
		{"Smith, Jennifer", "Faculty", "University of California, San Francisco", "jsmith@ucsf.example", "Doximity", nil, "", "Visit their poster", 2, nil, "=not a formula"},
		{"Piotr Jovanović", "Faculty", "Vanderbilt University Medical Center", "pj@vumc.example", "Virtual open house", nil, "", "", 3, nil, "keep me"},
	}
	for r, row := range rows {
		for c, v := range row {
			if v == nil {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			f.SetCellValue("Contacts", ref, v)
		}
	}
	for r := 2; r <= 4; r++ {
		f.SetCellFormula("Contacts", fmt.Sprintf("J%d", r), fmt.Sprintf("=(4-I%d)*10", r))
	}
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	f.SetCellValue("Contacts", "F2", 45842.0) // 2025-07-04
	f.SetCellStyle("Contacts", "F2", "F4", date)
	head, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "1F4E79"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	f.SetCellStyle("Contacts", "A1", "K1", head)
	body, _ := f.NewStyle(&excelize.Style{Border: []excelize.Border{{Type: "bottom", Color: "999999", Style: 1}}, Alignment: &excelize.Alignment{WrapText: true}})
	f.SetCellStyle("Contacts", "H2", "H4", body)
	f.SetColWidth("Contacts", "A", "A", 24)
	f.SetColWidth("Contacts", "C", "C", 38)
	f.SetColWidth("Contacts", "H", "H", 30)
	f.NewSheet("Programs I like")
	f.SetCellValue("Programs I like", "A1", "Program")
	f.SetCellValue("Programs I like", "A2", "Emory")
	f.SetCellFormula("Programs I like", "B2", "=Contacts!A2")
	f.NewSheet("Old")
	f.SetCellValue("Old", "A1", "archived")
	f.SetSheetVisible("Old", false)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// libreOffice returns the soffice command, skipping the test when it is
// absent (but failing in CI, where .ci/run installs it).
func libreOffice(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
	}
	t.Skip("LibreOffice (soffice) is not installed")
	return ""
}

// resave opens in with LibreOffice and saves it as .xlsx into dir.
func resave(t *testing.T, soffice, in, dir string) string {
	t.Helper()
	profile := "file://" + filepath.ToSlash(t.TempDir())
	args := []string{"-env:UserInstallation=" + profile, "--headless"}
	if strings.HasSuffix(in, ".csv") {
		args = append(args, "--infilter=CSV:44,34,76,1") // comma, double quote, UTF-8, from line 1
	}
	args = append(args, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dir, in)
	cmd := exec.Command(soffice, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	p := filepath.Join(dir, strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))+".xlsx")
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("soffice wrote no %s:\n%s", p, out)
	}
	return p
}

// cellInfo is what a cell is: its value as shown, its formula, its style.
type cellInfo struct {
	Value, Raw, Formula string
	Style               *excelize.Style
}

// snapshot reads every cell of every sheet, the sheets' order and
// visibility, and the first columns' widths.
func snapshot(t *testing.T, path string) (cells map[string]cellInfo, layout []string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cells = map[string]cellInfo{}
	for _, sh := range f.GetSheetList() {
		vis, _ := f.GetSheetVisible(sh)
		layout = append(layout, fmt.Sprintf("sheet %s visible=%v", sh, vis))
		for c := 1; c <= 12; c++ {
			col, _ := excelize.ColumnNumberToName(c)
			w, _ := f.GetColWidth(sh, col)
			layout = append(layout, fmt.Sprintf("%s!%s width %.2f", sh, col, w))
		}
		rows, _ := f.GetRows(sh)
		for r := 1; r <= len(rows)+1; r++ {
			for c := 1; c <= 12; c++ {
				ref, _ := excelize.CoordinatesToCellName(c, r)
				v, _ := f.GetCellValue(sh, ref)
				raw, _ := f.GetCellValue(sh, ref, excelize.Options{RawCellValue: true})
				fm, _ := f.GetCellFormula(sh, ref)
				id, _ := f.GetCellStyle(sh, ref)
				st, _ := f.GetStyle(id)
				if v == "" && fm == "" && id == 0 {
					continue
				}
				cells[sh+"!"+ref] = cellInfo{v, raw, fm, st}
			}
		}
	}
	return cells, layout
}

// TestXLSXMapRoundTrip: on a workbook saved by LibreOffice, met (a known
// person and a new one) and done write their cells, and every other cell,
// sheet, style, formula and width is as it was.
func TestXLSXMapRoundTrip(t *testing.T) {
	t.Setenv(envZone, "")
	for _, src := range []string{"committed", "libreoffice"} {
		t.Run(src, func(t *testing.T) {
			dir := t.TempDir()
			netPath := filepath.Join(dir, "network.xlsx")
			switch src {
			case "committed":
				data, err := os.ReadFile(filepath.Join("testdata", "network-libreoffice.xlsx"))
				if err != nil {
					t.Fatal(err)
				}
				os.WriteFile(netPath, data, 0o644)
			case "libreoffice":
				soffice := libreOffice(t)
				built := filepath.Join(t.TempDir(), "network.xlsx")
				richWorkbook(t, built)
				saved := resave(t, soffice, built, dir)
				if *update {
					data, _ := os.ReadFile(saved)
					if err := os.WriteFile(filepath.Join("testdata", "network-libreoffice.xlsx"), data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			before, layoutBefore := snapshot(t, netPath)
			flags := []string{"--network", netPath, "--tz", "America/New_York"}
			mustRun(t, append([]string{"met", "Jane Doe", "--at", "2025-09-28 14:30", "--where", "ARRO reception"}, flags...)...)
			mustRun(t, append([]string{"met", "Amara Okonkwo", "--institution", "Duke University", "--email", "=cmd|' /C calc'!A0", "--at", "2025-09-28 16:00"}, flags...)...)
			mustRun(t, append([]string{"done", "Jane Doe", "--at", "2025-09-30 09:00"}, flags...)...)
			mustRun(t, append([]string{"done", "Jane Doe", "--response", "Happy to talk in October"}, flags...)...)
			after, layoutAfter := snapshot(t, netPath)
			if !reflect.DeepEqual(layoutBefore, layoutAfter) {
				t.Errorf("sheets or widths changed:\nbefore %v\nafter  %v", layoutBefore, layoutAfter)
			}
			owned := map[string]bool{"Contacts!F2": true, "Contacts!G2": true, "Contacts!H2": true}
			for ref, b := range before {
				a := after[ref]
				if owned[ref] {
					if !reflect.DeepEqual(a.Style, b.Style) {
						t.Errorf("%s: style changed", ref)
					}
					continue
				}
				if !reflect.DeepEqual(a, b) {
					t.Errorf("%s changed:\nbefore %+v\nafter  %+v", ref, b, a)
				}
			}
			if got := after["Contacts!F2"].Raw; got != "45930" {
				t.Errorf("date contacted = %q, want the date cell 45930 (2025-09-30)", got)
			}
			want := map[string]string{
				"Contacts!G2": "Happy to talk in October",
				"Contacts!A5": "Amara Okonkwo",
				"Contacts!C5": "Duke University",
				"Contacts!D5": "=cmd|' /C calc'!A0", // a string cell, never run
			}
			for ref, v := range want {
				if got := after[ref].Value; got != v {
					t.Errorf("%s = %q, want %q", ref, got, v)
				}
				if after[ref].Formula != "" {
					t.Errorf("%s became a formula %q", ref, after[ref].Formula)
				}
			}
			if !strings.HasPrefix(after["Contacts!H2"].Value, "Answered ") {
				t.Errorf("next step = %q", after["Contacts!H2"].Value)
			}
			// The new row continues the table's look.
			if a, b := after["Contacts!H5"].Style, before["Contacts!H4"].Style; !reflect.DeepEqual(a, b) {
				t.Errorf("new row's style %+v, want the row above's %+v", a, b)
			}
			ents, _ := os.ReadDir(dir)
			var names []string
			for _, e := range ents {
				names = append(names, e.Name())
			}
			if got := strings.Join(names, " "); got != "encounters.csv network.xlsx network.xlsx.bak" {
				t.Errorf("files: %s", got)
			}
		})
	}
}

// TestXLSXFromCSVByLibreOffice: a map typed as CSV and converted to .xlsx
// by LibreOffice reads the same as the CSV, and met writes into it.
func TestXLSXFromCSVByLibreOffice(t *testing.T) {
	soffice := libreOffice(t)
	dir, _ := setup(t, testMap)
	csvPath := filepath.Join(dir, "network.csv")
	out := t.TempDir()
	xlsx := resave(t, soffice, csvPath, out)
	csvOut := mustRun(t, "match", "--targets", csvPath, "--format", "json", "--tz", "UTC", writeProgram(t))
	xlsxOut := mustRun(t, "match", "--targets", xlsx, "--format", "json", "--tz", "UTC", writeProgram(t))
	if csvOut != strings.ReplaceAll(xlsxOut, xlsx, csvPath) {
		t.Errorf("match reads the CSV and its .xlsx differently:\n%s\n%s", csvOut, xlsxOut)
	}
	mustRun(t, "met", "Piotr Jovanović", "--network", xlsx, "--tz", "America/New_York", "--at", "2025-09-28 10:00")
	got := mustRun(t, "followups", "--network", xlsx, "--tz", "America/New_York", "--format", "csv", "--now", "2025-09-28 11:00")
	if !strings.Contains(got, "Piotr Jovanović") {
		t.Errorf("followups: %s", got)
	}
}

func writeProgram(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "program.csv")
	os.WriteFile(p, []byte("Title,Date,Time,Room,Speakers\nJ-1 visas for residents,2025-09-28,2:45 PM - 4:00 PM,Hall A,\"Jane Doe, MD (Emory University)\"\n"), 0o644)
	return p
}

// TestXLSXProgramByLibreOffice: a program CSV that LibreOffice converts
// to .xlsx (dates and times become styled number cells) reads as the same
// items as the CSV.
func TestXLSXProgramByLibreOffice(t *testing.T) {
	soffice := libreOffice(t)
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "program.csv")
	os.WriteFile(csvPath, []byte("Abstract ID,Title,Date,Start,End,Room,Authors\n"+
		"1001,SBRT for Oligometastatic Prostate Cancer,2025-09-28,2:45 PM,4:00 PM,Hall A,\"Jane Doe, MD (Emory University)\"\n"+
		"1002,\"Proton Therapy, Five-Year Outcomes\",2025-09-29,08:00,09:15,Room 3014,Jennifer Smith (Duke University)\n"), 0o644)
	xlsx := resave(t, soffice, csvPath, t.TempDir())
	fromCSV := mustRun(t, "inspect", csvPath, "--format", "json", "--tz", "America/Los_Angeles")
	fromXLSX := mustRun(t, "inspect", xlsx, "--format", "json", "--tz", "America/Los_Angeles")
	items := func(s string) string {
		var doc struct{ Items json.RawMessage }
		if err := json.Unmarshal([]byte(s), &doc); err != nil {
			t.Fatal(err)
		}
		return string(doc.Items)
	}
	if strings.ReplaceAll(items(fromXLSX), xlsx, csvPath) != items(fromCSV) {
		t.Errorf("the .xlsx reads differently from its CSV:\ncsv:  %s\nxlsx: %s", fromCSV, fromXLSX)
	}
	if !strings.Contains(fromXLSX, `"start": "2025-09-28T14:45:00-07:00"`) {
		t.Errorf("times lost:\n%s", fromXLSX)
	}
}
