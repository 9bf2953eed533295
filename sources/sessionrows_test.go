package sources

import (
	"bytes"
	"testing"
	"time"

	"github.com/confplan/confplan/planner"
)

// An Excel sheet with a session and a presentation on each row reads as
// the CSV one does: the session once, each presentation a talk in it.
func TestReadXLSXSessionRows(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	rows := [][]xcell{
		{str("Session_Title"), str("Session_Date"), str("Session_Time"), str("Room"), str("Chairs"), str("Presentation_Title"), str("Presentation_Time"), str("Presenter"), str("Presenter_Institution")},
		{str("Lung 2: Oligometastases"), num("46314", 1), str("8:00 AM - 9:15 AM"), str("Room 206"), str("Kwame Acheampong"), str("SBRT for Oligoprogression"), str("8:00 AM - 8:10 AM"), str("Bo Chen"), str("UCSF")},
		{str("Lung 2: Oligometastases"), num("46314", 1), str("8:00 AM - 9:15 AM"), str("Room 206"), str("Kwame Acheampong"), str("Consolidative RT After Immunotherapy"), str("8:10 AM - 8:20 AM"), str("Ana Lima"), str("INCA")},
	}
	res, err := ReadProgram(bytes.NewReader(buildXLSX(t, rows, false)), "sessions.xlsx", Options{Zone: ny})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 3 {
		t.Fatalf("items = %d: %+v", len(res.Items), res.Items)
	}
	s := res.Items[0]
	if s.Kind != planner.KindSession || s.Title != "Lung 2: Oligometastases" || s.Start.Format(time.RFC3339) != "2026-10-19T08:00:00-04:00" {
		t.Errorf("session = %s %q %v", s.Kind, s.Title, s.Start)
	}
	for _, it := range res.Items[1:] {
		if it.Kind != planner.KindTalk || it.ParentID != s.ID {
			t.Errorf("talk %q: kind %s parent %q, want talk in %q", it.Title, it.Kind, it.ParentID, s.ID)
		}
	}
}
