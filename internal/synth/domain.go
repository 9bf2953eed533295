package synth

import (
	"fmt"
	"strconv"
	"time"

	"github.com/confplan/confplan/planner"
)

// itemID is the ID a careful importer gives the item: the presentation ID
// of a program.html row, the abstract number of a talk or poster, a
// numbered ID for an arro.csv row.
func (m *model) itemID(i int) string {
	it := &m.items[i]
	switch {
	case it.Kind == planner.KindTalk || it.Kind == planner.KindPoster:
		return it.Code
	case it.File == fileHTML:
		return strconv.Itoa(it.PresID)
	}
	return fmt.Sprintf("arro-%d", i)
}

func (m *model) instant(day, min int) time.Time {
	d := m.day0.AddDate(0, 0, day)
	return time.Date(d.Year(), d.Month(), d.Day(), min/60, min%60, 0, 0, m.loc)
}

// domain converts the model to what a perfect importer reads from the
// files, and lists every (item, target) pair.
func (m *model) domain() Domain {
	mt := &planner.Meeting{Name: m.cfg.Name, Zone: m.loc, Items: make([]planner.Item, 0, len(m.items))}
	line := map[int]int{filePosters: 1, fileARRO: 1}
	var truth []Expect
	for i := range m.items {
		it := &m.items[i]
		x := planner.Item{
			ID:    m.itemID(i),
			Kind:  it.Kind,
			Title: it.Title,
			Type:  it.Type,
			Track: it.Track,
			Start: m.instant(it.Day, it.Start),
			End:   m.instant(it.Day, it.End),
			Room:  it.Room,
			Board: it.Board,
		}
		switch it.File {
		case fileHTML:
			x.Source = fmt.Sprintf("program.html: li[data-presid=%q]", strconv.Itoa(it.PresID))
		case filePosters:
			line[filePosters]++
			x.Source = fmt.Sprintf("posters.csv:%d", line[filePosters])
			x.Session = it.Session
		case fileARRO:
			line[fileARRO]++
			x.Source = fmt.Sprintf("arro.csv:%d", line[fileARRO])
		}
		if it.Parent >= 0 {
			x.ParentID = m.itemID(it.Parent)
			x.Session = m.items[it.Parent].Title
		}
		best := make(map[string]int) // target key → index in truth
		expect := func(target string, typ planner.TargetType, role planner.Role) {
			key := string(typ) + "\x00" + target
			if k, ok := best[key]; ok {
				truth[k].Role = strongest(truth[k].Role, role)
				return
			}
			best[key] = len(truth)
			truth = append(truth, Expect{ItemID: x.ID, ItemTitle: it.Title, Target: target, TargetType: typ, Role: role})
		}
		for _, pm := range it.People {
			x.People = append(x.People, planner.Person{Name: pm.Name, Credentials: pm.Creds, Role: pm.Role, Affiliations: pm.Affs})
			p := m.people[pm.P]
			if p.Net >= 0 {
				expect(m.network[p.Net].Name, planner.TargetPerson, pm.Role)
			}
			insts := []int{p.Inst}
			if it.AuthorBlock && p.Inst2 >= 0 {
				insts = append(insts, p.Inst2) // role lines print one affiliation
			}
			for _, in := range insts {
				if row, ok := m.progSet[in]; ok {
					expect(m.insts[m.programs[row].Inst].Name, planner.TargetProgram, pm.Role)
				}
			}
		}
		mt.Items = append(mt.Items, x)
	}
	planner.SortItems(mt.Items)

	t := &planner.Targets{}
	for row, e := range m.network {
		t.People = append(t.People, planner.Contact{
			Row: row, Name: e.Name, Role: e.Role, Institution: e.Institution, Email: e.Email,
			HowFound: e.HowFound, DateContacted: e.Contacted, Response: e.Response, NextStep: e.Next,
			Priority: e.Priority, Notes: e.Notes,
		})
	}
	for _, p := range m.programs {
		in := m.insts[p.Inst]
		t.Programs = append(t.Programs, planner.Program{
			Name: in.Name, Aliases: append([]string(nil), in.Aliases...), City: in.City, State: in.State,
			Visa: p.Visa, IMGFriendly: p.IMG, Priority: p.Priority,
		})
	}
	return Domain{Meeting: mt, Targets: t, Truth: truth}
}

func (m *model) stats() Stats {
	s := Stats{People: len(m.network), Programs: len(m.programs)}
	present := make(map[int]bool)
	for _, it := range m.items {
		switch it.Kind {
		case planner.KindSession:
			s.Sessions++
		case planner.KindTalk:
			s.Talks++
		case planner.KindPoster:
			s.Posters++
		case planner.KindEvent:
			s.Events++
		case planner.KindReception:
			s.Receptions++
		}
		s.Mentions += len(it.People)
		for _, pm := range it.People {
			if n := m.people[pm.P].Net; n >= 0 {
				present[n] = true
			}
		}
	}
	s.PeopleInProgram = len(present)
	return s
}
