package planner

// Contact is a person in the user's network map: one row of their
// spreadsheet. Row is the row's position among the data rows (0 is the
// first row after the header) so edits can go back to the right place.
type Contact struct {
	Row           int
	Name          string // exactly as in the user's file
	Role          string // Program Director, Associate Program Director, Faculty, Resident, ...
	Institution   string
	Email         string
	HowFound      string
	DateContacted string
	Response      string
	NextStep      string
	Priority      int // 1 highest; 0 when not given
	Notes         string
	// Weight is what the plan weighs this person's appearances by, in
	// percent (Weigh sets it from the shortlist); 0 means 100.
	Weight int
}

// Program is a residency program the user targets.
type Program struct {
	Name        string // exactly as in the user's file
	Aliases     []string
	City        string
	State       string
	Visa        string // "J-1", "H-1B", "J-1;H-1B", "none" or empty when unknown
	IMGFriendly string
	Priority    int // 1 highest; 0 when not given
	// Weight is what the plan weighs this program's appearances by, in
	// percent (Weigh sets it from the shortlist); 0 means 100.
	Weight int
}

// Targets are everyone and every program the user wants to meet.
type Targets struct {
	People   []Contact
	Programs []Program
}

// TargetType says whether a match is to a person or a program.
type TargetType string

// The target types, as the JSON contract spells them.
const (
	TargetPerson  TargetType = "faculty"
	TargetProgram TargetType = "program"
)

// Match says that a target appears in an item.
type Match struct {
	ItemID     string
	TargetType TargetType
	// Target is the Name (person) or Program (program) exactly as in the
	// user's file.
	Target string
	// TargetIndex is the index of the target in Targets.People or
	// Targets.Programs, by TargetType.
	TargetIndex int
	// Role is the strongest role the target (or, for a program, anyone
	// from it) holds in the item.
	Role Role
	// Who is the name as printed in the item; for a program, the person
	// whose affiliation matched.
	Who      string
	Score    float64 // in [0,1]
	Evidence string  // short and human-readable: what matched, what was checked (when MatchOptions.Evidence asks)
}
