package sources

// pretalx's REST API ("pretalx-api-json"): the talks or submissions of an
// event, /api/events/EVENT/talks/, as one page or several pages saved
// together:
//
//	{"count": 2, "next": null, "results": [{"code": "MJA8QY", "title": …,
//	  "submission_type": {"en": "Talk"}, "track": {"en": …}, "state": …,
//	  "speakers": [{"code": …, "name": …}],
//	  "slot": {"room": {"en": "Saal 1"}, "start": "2020-12-27T11:30:00+01:00", "end": …}}]}
//
// Texts are strings or maps by language (English first). The slot's times
// carry offsets, so they are exact. A submission without a slot is not on
// the schedule, and one withdrawn, rejected or cancelled is not held; both
// are skipped with a warning.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/confplan/confplan/planner"
)

// isPretalxAPI reports whether a JSON document looks like pretalx's API.
func isPretalxAPI(data []byte) bool {
	return bytes.Contains(data, []byte(`"results"`)) && bytes.Contains(data, []byte(`"slot"`)) &&
		(bytes.Contains(data, []byte(`"submission_type"`)) || bytes.Contains(data, []byte(`"speakers"`)))
}

// i18nText is a pretalx text: a string, or a map by language.
type i18nText string

func (t *i18nText) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*t = i18nText(s)
		return nil
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return nil // another shape: no text
	}
	if s, ok := m["en"]; ok && s != "" {
		*t = i18nText(s)
		return nil
	}
	langs := make([]string, 0, len(m))
	for l := range m {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		if m[l] != "" {
			*t = i18nText(m[l])
			return nil
		}
	}
	return nil
}

// readPretalxAPI reads pretalx API talks or submissions.
func readPretalxAPI(data []byte, name string, opt Options) (*Result, error) {
	type talk struct {
		Code           string   `json:"code"`
		Title          i18nText `json:"title"`
		SubmissionType i18nText `json:"submission_type"`
		Track          i18nText `json:"track"`
		State          string   `json:"state"`
		Speakers       []struct {
			Name string `json:"name"`
		} `json:"speakers"`
		Slot *struct {
			Room  i18nText `json:"room"`
			Start string   `json:"start"`
			End   string   `json:"end"`
		} `json:"slot"`
	}
	var doc struct {
		Results []talk `json:"results"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil, jsonErr(name, data, dec, err)
	}
	var warns []*Warning
	var recs []progRecord
	people := personCache{}
	for i, t := range doc.Results {
		r := progRecord{id: t.Code, title: oneLine(string(t.Title)), typ: oneLine(string(t.SubmissionType)),
			track: oneLine(string(t.Track)), elem: fmt.Sprintf("results[%d]", i)}
		switch st := strings.ToLower(t.State); st {
		case "withdrawn", "rejected", "canceled", "cancelled", "deleted":
			warns = append(warns, r.warn(name, fmt.Sprintf("%q is %s; skipped", clip(r.title), st)))
			continue
		}
		if t.Slot == nil || strings.TrimSpace(t.Slot.Start) == "" {
			warns = append(warns, r.warn(name, fmt.Sprintf("%q is not on the schedule (no slot); skipped", clip(r.title))))
			continue
		}
		r.room = oneLine(string(t.Slot.Room))
		var err error
		if r.start, err = parseJTime(t.Slot.Start, DateAuto); err != nil {
			r.skip = "slot start: " + err.Error()
		} else if strings.TrimSpace(t.Slot.End) != "" {
			if r.end, err = parseJTime(t.Slot.End, DateAuto); err != nil {
				r.skip = "slot end: " + err.Error()
			}
			r.hasEnd = err == nil
		}
		for _, sp := range t.Speakers {
			if p, ok := people.person(sp.Name, planner.RoleSpeaker); ok {
				r.people = append(r.people, p)
			}
		}
		recs = append(recs, r)
	}
	loc, meeting, zw, err := recordZone(name, opt, "", map[string]any{}, recs)
	if err != nil {
		return nil, err
	}
	items, bw := buildItems(name, loc, recs)
	for i := range items {
		if items[i].Kind == planner.KindTalk {
			items[i].Kind = planner.KindSession
		}
	}
	return &Result{Format: "pretalx-api-json", Meeting: meeting, Zone: loc, Items: items, Warnings: append(append(warns, zw...), bw...)}, nil
}
