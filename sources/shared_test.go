package sources

import (
	"testing"
	"time"
	"unsafe"
)

// TestReadMeetingSharesAffiliations: every person printing an
// affiliation holds the meeting's one copy of its text, whichever file
// and whichever way it was printed (an author block's numbered list, a
// speaker's "– Affiliation", an Institution column), so the matcher
// finds a repeat by its pointer.
func TestReadMeetingSharesAffiliations(t *testing.T) {
	const aff = "Duke University, Durham, NC"
	in := []Input{
		{Name: "talks.csv", Data: []byte("ID,Title,Date,Start,End,Room,Speakers,Authors\n" +
			"1,Talk one,10/18/2026,8:00 AM,9:00 AM,Room 1,\"Ama Mensah, MD – " + aff + "\",\"Lakshmi Rao1, Chris Wong1\n1" + aff + "\"\n" +
			"2,Talk two,10/18/2026,9:00 AM,10:00 AM,Room 1,\"Kofi Boateng – " + aff + "\",\n")},
		{Name: "posters.csv", Data: []byte("ID,Title,Date,Start,End,Room,Presenter,Institution\n" +
			"P1,Poster one,10/19/2026,10:45 AM,11:45 AM,Hall,Wei Zhang,\"" + aff + "\"\n")},
	}
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	m, res, _ := ReadMeeting(in, Options{Zone: loc})
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	var ptrs []*byte
	for _, it := range m.Items {
		for _, p := range it.People {
			for _, a := range p.Affiliations {
				if a == aff {
					ptrs = append(ptrs, unsafe.StringData(a))
				}
			}
		}
	}
	if len(ptrs) != 5 {
		t.Fatalf("%d people print %q, want 5 (%+v)", len(ptrs), aff, m.Items)
	}
	for i, p := range ptrs[1:] {
		if p != ptrs[0] {
			t.Errorf("person %d holds a copy of its own of %q", i+1, aff)
		}
	}
}
