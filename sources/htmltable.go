package sources

import "github.com/confplan/confplan/planner"

func tableApplies(p *htmlPage) bool                                { return false }
func readHTMLTables(p *htmlPage) ([]planner.Item, []*Warning, error) { return nil, nil, nil }
