package synth

// The pools the generator draws from. People are invented; institutions
// are real so that alias and lookalike matching is realistic, but every
// person's affiliation and every program attribute (visa, IMG friendliness,
// priority) is random and says nothing about the real institutions.

// institution is a place people are affiliated with.
type institution struct {
	Name    string   // the name a programs list uses
	Aliases []string // what people really call it
	Printed []string // further forms printed in affiliations (departments, cancer centres)
	City    string
	State   string // two-letter state, or the country for institutions abroad
	Domain  string // e-mail domain, always under .example
	US      bool
	Program bool // has a radiation oncology residency
}

// usPrograms are US radiation oncology residency programs, with the
// abbreviations people use for them.
var usPrograms = []institution{
	{Name: "Memorial Sloan Kettering Cancer Center", Aliases: []string{"MSK", "MSKCC", "Memorial Sloan Kettering"}, City: "New York", State: "NY", Domain: "mskcc"},
	{Name: "The University of Texas MD Anderson Cancer Center", Aliases: []string{"MD Anderson", "MDACC", "UT MD Anderson"}, Printed: []string{"MD Anderson Cancer Center"}, City: "Houston", State: "TX", Domain: "mdanderson"},
	{Name: "University of California, San Francisco", Aliases: []string{"UCSF", "UC San Francisco"}, Printed: []string{"UCSF Helen Diller Family Comprehensive Cancer Center"}, City: "San Francisco", State: "CA", Domain: "ucsf"},
	{Name: "Washington University in St. Louis", Aliases: []string{"WashU", "WUSTL", "Siteman Cancer Center"}, Printed: []string{"Washington University School of Medicine"}, City: "St. Louis", State: "MO", Domain: "wustl"},
	{Name: "University of Pennsylvania", Aliases: []string{"Penn", "Penn Medicine", "UPenn"}, Printed: []string{"Perelman School of Medicine at the University of Pennsylvania", "Hospital of the University of Pennsylvania"}, City: "Philadelphia", State: "PA", Domain: "pennmedicine"},
	{Name: "Johns Hopkins University", Aliases: []string{"Johns Hopkins", "JHU", "Hopkins"}, Printed: []string{"Johns Hopkins University School of Medicine", "Sidney Kimmel Comprehensive Cancer Center at Johns Hopkins"}, City: "Baltimore", State: "MD", Domain: "jhmi"},
	{Name: "Harvard Radiation Oncology Program", Aliases: []string{"HROP", "Dana-Farber Cancer Institute", "Brigham and Women's Hospital", "Massachusetts General Hospital", "MGH"}, Printed: []string{"Dana-Farber/Brigham and Women's Cancer Center", "Massachusetts General Hospital, Harvard Medical School"}, City: "Boston", State: "MA", Domain: "partners"},
	{Name: "Mayo Clinic", Aliases: []string{"Mayo Clinic Rochester", "Mayo"}, Printed: []string{"Mayo Clinic, Rochester, Minnesota"}, City: "Rochester", State: "MN", Domain: "mayo"},
	{Name: "Stanford University", Aliases: []string{"Stanford", "Stanford Cancer Institute", "Stanford Health Care"}, Printed: []string{"Stanford University School of Medicine"}, City: "Stanford", State: "CA", Domain: "stanford"},
	{Name: "University of Michigan", Aliases: []string{"Michigan Medicine", "U-M", "UMich"}, Printed: []string{"University of Michigan Rogel Cancer Center"}, City: "Ann Arbor", State: "MI", Domain: "umich"},
	{Name: "Duke University", Aliases: []string{"Duke", "Duke Cancer Institute", "Duke University Medical Center"}, City: "Durham", State: "NC", Domain: "duke"},
	{Name: "University of North Carolina at Chapel Hill", Aliases: []string{"UNC", "UNC Chapel Hill", "UNC Lineberger"}, Printed: []string{"UNC Lineberger Comprehensive Cancer Center"}, City: "Chapel Hill", State: "NC", Domain: "unc"},
	{Name: "Emory University", Aliases: []string{"Emory", "Winship Cancer Institute"}, Printed: []string{"Winship Cancer Institute of Emory University"}, City: "Atlanta", State: "GA", Domain: "emory"},
	{Name: "University of Chicago", Aliases: []string{"UChicago", "UChicago Medicine"}, Printed: []string{"University of Chicago Medicine"}, City: "Chicago", State: "IL", Domain: "uchicago"},
	{Name: "Northwestern University", Aliases: []string{"Northwestern", "Northwestern Medicine", "Feinberg School of Medicine"}, Printed: []string{"Northwestern University Feinberg School of Medicine", "Robert H. Lurie Comprehensive Cancer Center of Northwestern University"}, City: "Chicago", State: "IL", Domain: "northwestern"},
	{Name: "Yale University", Aliases: []string{"Yale", "Yale School of Medicine", "Yale Cancer Center"}, Printed: []string{"Smilow Cancer Hospital at Yale New Haven"}, City: "New Haven", State: "CT", Domain: "yale"},
	{Name: "Columbia University", Aliases: []string{"Columbia", "CUIMC", "Columbia University Irving Medical Center"}, Printed: []string{"NewYork-Presbyterian/Columbia University Irving Medical Center"}, City: "New York", State: "NY", Domain: "cumc.columbia"},
	{Name: "NYU Langone Health", Aliases: []string{"NYU", "NYU Langone", "NYU Grossman School of Medicine"}, Printed: []string{"Perlmutter Cancer Center, NYU Langone Health"}, City: "New York", State: "NY", Domain: "nyulangone"},
	{Name: "Weill Cornell Medicine", Aliases: []string{"Weill Cornell", "WCM", "NewYork-Presbyterian/Weill Cornell"}, City: "New York", State: "NY", Domain: "med.cornell"},
	{Name: "Icahn School of Medicine at Mount Sinai", Aliases: []string{"Mount Sinai", "Mount Sinai Hospital", "ISMMS"}, City: "New York", State: "NY", Domain: "mountsinai"},
	{Name: "Montefiore Medical Center", Aliases: []string{"Montefiore", "Albert Einstein College of Medicine", "Montefiore Einstein"}, City: "Bronx", State: "NY", Domain: "montefiore"},
	{Name: "University of Rochester", Aliases: []string{"URMC", "Wilmot Cancer Institute"}, Printed: []string{"Wilmot Cancer Institute, University of Rochester Medical Center"}, City: "Rochester", State: "NY", Domain: "urmc.rochester"},
	{Name: "Roswell Park Comprehensive Cancer Center", Aliases: []string{"Roswell Park", "RPCCC"}, City: "Buffalo", State: "NY", Domain: "roswellpark"},
	{Name: "SUNY Upstate Medical University", Aliases: []string{"Upstate", "SUNY Upstate"}, City: "Syracuse", State: "NY", Domain: "upstate"},
	{Name: "Stony Brook Medicine", Aliases: []string{"Stony Brook", "Stony Brook University"}, City: "Stony Brook", State: "NY", Domain: "stonybrookmedicine"},
	{Name: "Northwell Health", Aliases: []string{"Northwell", "Zucker School of Medicine at Hofstra/Northwell"}, City: "Lake Success", State: "NY", Domain: "northwell"},
	{Name: "Rutgers Cancer Institute", Aliases: []string{"Rutgers", "RCINJ", "Rutgers Cancer Institute of New Jersey"}, Printed: []string{"Rutgers Robert Wood Johnson Medical School"}, City: "New Brunswick", State: "NJ", Domain: "rutgers"},
	{Name: "Fox Chase Cancer Center", Aliases: []string{"Fox Chase", "FCCC"}, Printed: []string{"Fox Chase Cancer Center, Temple University Health System"}, City: "Philadelphia", State: "PA", Domain: "fccc"},
	{Name: "Thomas Jefferson University", Aliases: []string{"Jefferson", "Jefferson Health", "Sidney Kimmel Cancer Center"}, Printed: []string{"Sidney Kimmel Medical College at Thomas Jefferson University"}, City: "Philadelphia", State: "PA", Domain: "jefferson"},
	{Name: "University of Pittsburgh Medical Center", Aliases: []string{"UPMC", "UPMC Hillman Cancer Center", "University of Pittsburgh"}, City: "Pittsburgh", State: "PA", Domain: "upmc"},
	{Name: "Allegheny Health Network", Aliases: []string{"AHN", "Allegheny General Hospital"}, City: "Pittsburgh", State: "PA", Domain: "ahn"},
	{Name: "Penn State Health Milton S. Hershey Medical Center", Aliases: []string{"Penn State", "Penn State Health", "Penn State Hershey"}, Printed: []string{"Penn State College of Medicine"}, City: "Hershey", State: "PA", Domain: "pennstatehealth"},
	{Name: "University of Maryland", Aliases: []string{"UMaryland", "UMGCCC", "Maryland Proton Treatment Center"}, Printed: []string{"University of Maryland School of Medicine", "University of Maryland Marlene and Stewart Greenebaum Comprehensive Cancer Center"}, City: "Baltimore", State: "MD", Domain: "umm"},
	{Name: "MedStar Georgetown University Hospital", Aliases: []string{"Georgetown", "MedStar Georgetown", "Lombardi Comprehensive Cancer Center"}, City: "Washington", State: "DC", Domain: "medstar"},
	{Name: "Walter Reed National Military Medical Center", Aliases: []string{"Walter Reed", "WRNMMC"}, City: "Bethesda", State: "MD", Domain: "health.mil"},
	{Name: "Virginia Commonwealth University", Aliases: []string{"VCU", "VCU Health", "VCU Massey Cancer Center"}, Printed: []string{"VCU Massey Comprehensive Cancer Center"}, City: "Richmond", State: "VA", Domain: "vcuhealth"},
	{Name: "University of Virginia", Aliases: []string{"UVA", "UVA Health"}, City: "Charlottesville", State: "VA", Domain: "uvahealth"},
	{Name: "Atrium Health Wake Forest Baptist", Aliases: []string{"Wake Forest", "Wake Forest Baptist", "Wake Forest University School of Medicine"}, City: "Winston-Salem", State: "NC", Domain: "wakehealth"},
	{Name: "Medical University of South Carolina", Aliases: []string{"MUSC", "Hollings Cancer Center"}, City: "Charleston", State: "SC", Domain: "musc"},
	{Name: "Augusta University", Aliases: []string{"Medical College of Georgia", "MCG", "Georgia Cancer Center"}, City: "Augusta", State: "GA", Domain: "augusta"},
	{Name: "University of Florida", Aliases: []string{"UF Health", "UF", "UF Health Proton Therapy Institute"}, City: "Gainesville", State: "FL", Domain: "ufl"},
	{Name: "University of Miami", Aliases: []string{"UM Sylvester", "Sylvester Comprehensive Cancer Center", "University of Miami Miller School of Medicine"}, City: "Miami", State: "FL", Domain: "miami"},
	{Name: "Moffitt Cancer Center", Aliases: []string{"Moffitt", "H. Lee Moffitt Cancer Center"}, City: "Tampa", State: "FL", Domain: "moffitt"},
	{Name: "University of Alabama at Birmingham", Aliases: []string{"UAB", "O'Neal Comprehensive Cancer Center"}, City: "Birmingham", State: "AL", Domain: "uabmc"},
	{Name: "University of Mississippi Medical Center", Aliases: []string{"UMMC", "Ole Miss Medical Center"}, City: "Jackson", State: "MS", Domain: "umc"},
	{Name: "Vanderbilt University Medical Center", Aliases: []string{"Vanderbilt", "VUMC", "Vanderbilt-Ingram Cancer Center"}, City: "Nashville", State: "TN", Domain: "vumc"},
	{Name: "University of Kentucky", Aliases: []string{"UK HealthCare", "Markey Cancer Center"}, City: "Lexington", State: "KY", Domain: "uky"},
	{Name: "University of Louisville", Aliases: []string{"UofL", "UofL Health", "Brown Cancer Center"}, City: "Louisville", State: "KY", Domain: "louisville"},
	{Name: "The Ohio State University", Aliases: []string{"Ohio State", "OSU", "The James", "OSUCCC – James"}, Printed: []string{"The Ohio State University Comprehensive Cancer Center"}, City: "Columbus", State: "OH", Domain: "osumc"},
	{Name: "Cleveland Clinic", Aliases: []string{"CCF", "Cleveland Clinic Foundation", "Taussig Cancer Institute"}, Printed: []string{"Cleveland Clinic Taussig Cancer Institute"}, City: "Cleveland", State: "OH", Domain: "ccf"},
	{Name: "University Hospitals Cleveland Medical Center", Aliases: []string{"UH Cleveland", "Case Western Reserve University", "Seidman Cancer Center"}, Printed: []string{"University Hospitals Seidman Cancer Center, Case Western Reserve University"}, City: "Cleveland", State: "OH", Domain: "uhhospitals"},
	{Name: "University of Cincinnati", Aliases: []string{"UC Health", "UC Cincinnati"}, Printed: []string{"University of Cincinnati College of Medicine"}, City: "Cincinnati", State: "OH", Domain: "uc"},
	{Name: "Indiana University", Aliases: []string{"IU", "IU Health", "IU School of Medicine"}, Printed: []string{"Indiana University School of Medicine", "IU Simon Comprehensive Cancer Center"}, City: "Indianapolis", State: "IN", Domain: "iu"},
	{Name: "Henry Ford Health", Aliases: []string{"Henry Ford", "Henry Ford Hospital", "Henry Ford Cancer Institute"}, City: "Detroit", State: "MI", Domain: "hfhs"},
	{Name: "Corewell Health William Beaumont University Hospital", Aliases: []string{"Beaumont", "Corewell Health East", "William Beaumont"}, City: "Royal Oak", State: "MI", Domain: "corewellhealth"},
	{Name: "Wayne State University", Aliases: []string{"Karmanos", "Karmanos Cancer Institute", "Wayne State"}, Printed: []string{"Barbara Ann Karmanos Cancer Institute, Wayne State University"}, City: "Detroit", State: "MI", Domain: "karmanos"},
	{Name: "University of Wisconsin", Aliases: []string{"UW Health", "UW–Madison", "UW Carbone Cancer Center"}, Printed: []string{"University of Wisconsin School of Medicine and Public Health"}, City: "Madison", State: "WI", Domain: "wisc"},
	{Name: "Medical College of Wisconsin", Aliases: []string{"MCW", "Froedtert & MCW"}, City: "Milwaukee", State: "WI", Domain: "mcw"},
	{Name: "University of Minnesota", Aliases: []string{"UMN", "M Health Fairview", "Masonic Cancer Center"}, City: "Minneapolis", State: "MN", Domain: "umn"},
	{Name: "University of Iowa", Aliases: []string{"UIHC", "University of Iowa Hospitals and Clinics", "Holden Comprehensive Cancer Center"}, City: "Iowa City", State: "IA", Domain: "uiowa"},
	{Name: "University of Nebraska Medical Center", Aliases: []string{"UNMC", "Nebraska Medicine", "Fred & Pamela Buffett Cancer Center"}, City: "Omaha", State: "NE", Domain: "unmc"},
	{Name: "University of Kansas", Aliases: []string{"KU Medical Center", "KUMC", "The University of Kansas Cancer Center"}, City: "Kansas City", State: "KS", Domain: "kumc"},
	{Name: "Loyola University Medical Center", Aliases: []string{"Loyola", "Loyola Medicine"}, Printed: []string{"Loyola University Chicago Stritch School of Medicine"}, City: "Maywood", State: "IL", Domain: "luc"},
	{Name: "Rush University Medical Center", Aliases: []string{"Rush", "Rush University"}, City: "Chicago", State: "IL", Domain: "rush"},
	{Name: "UT Southwestern Medical Center", Aliases: []string{"UTSW", "UT Southwestern", "Simmons Comprehensive Cancer Center"}, Printed: []string{"University of Texas Southwestern Medical Center"}, City: "Dallas", State: "TX", Domain: "utsouthwestern"},
	{Name: "UT Health San Antonio", Aliases: []string{"UTHSCSA", "Mays Cancer Center"}, Printed: []string{"Mays Cancer Center at UT Health San Antonio MD Anderson"}, City: "San Antonio", State: "TX", Domain: "uthscsa"},
	{Name: "Baylor College of Medicine", Aliases: []string{"Baylor", "BCM", "Dan L Duncan Comprehensive Cancer Center"}, City: "Houston", State: "TX", Domain: "bcm"},
	{Name: "Baylor Scott & White Medical Center – Temple", Aliases: []string{"Baylor Scott & White", "BSW Temple"}, City: "Temple", State: "TX", Domain: "bswhealth"},
	{Name: "University of Texas Medical Branch", Aliases: []string{"UTMB", "UTMB Health"}, City: "Galveston", State: "TX", Domain: "utmb"},
	{Name: "University of Oklahoma", Aliases: []string{"OU Health", "Stephenson Cancer Center", "OUHSC"}, City: "Oklahoma City", State: "OK", Domain: "ouhsc"},
	{Name: "University of Arkansas for Medical Sciences", Aliases: []string{"UAMS", "Winthrop P. Rockefeller Cancer Institute"}, City: "Little Rock", State: "AR", Domain: "uams"},
	{Name: "Ochsner Health", Aliases: []string{"Ochsner", "Ochsner Clinic Foundation"}, City: "New Orleans", State: "LA", Domain: "ochsner"},
	{Name: "University of Colorado", Aliases: []string{"CU Anschutz", "UCHealth", "University of Colorado Anschutz Medical Campus"}, Printed: []string{"University of Colorado Cancer Center"}, City: "Aurora", State: "CO", Domain: "cuanschutz"},
	{Name: "University of Utah", Aliases: []string{"Huntsman Cancer Institute", "U of U Health", "Huntsman"}, City: "Salt Lake City", State: "UT", Domain: "utah"},
	{Name: "University of Arizona", Aliases: []string{"UA Cancer Center", "Banner – University Medical Center Tucson"}, Printed: []string{"University of Arizona Cancer Center"}, City: "Tucson", State: "AZ", Domain: "arizona"},
	{Name: "University of New Mexico", Aliases: []string{"UNM", "UNM Comprehensive Cancer Center"}, City: "Albuquerque", State: "NM", Domain: "unm"},
	{Name: "University of California, Los Angeles", Aliases: []string{"UCLA", "UCLA Health", "David Geffen School of Medicine at UCLA"}, Printed: []string{"UCLA Jonsson Comprehensive Cancer Center"}, City: "Los Angeles", State: "CA", Domain: "mednet.ucla"},
	{Name: "University of Southern California", Aliases: []string{"USC", "Keck Medicine of USC", "USC Norris Comprehensive Cancer Center"}, Printed: []string{"Keck School of Medicine of USC"}, City: "Los Angeles", State: "CA", Domain: "med.usc"},
	{Name: "Cedars-Sinai Medical Center", Aliases: []string{"Cedars-Sinai", "Cedars Sinai"}, City: "Los Angeles", State: "CA", Domain: "cshs"},
	{Name: "City of Hope", Aliases: []string{"City of Hope National Medical Center", "COH"}, City: "Duarte", State: "CA", Domain: "coh"},
	{Name: "University of California, San Diego", Aliases: []string{"UCSD", "UC San Diego", "UC San Diego Health"}, Printed: []string{"UC San Diego Moores Cancer Center"}, City: "La Jolla", State: "CA", Domain: "health.ucsd"},
	{Name: "University of California, Irvine", Aliases: []string{"UCI", "UC Irvine", "UCI Health"}, Printed: []string{"Chao Family Comprehensive Cancer Center, UC Irvine"}, City: "Orange", State: "CA", Domain: "hs.uci"},
	{Name: "University of California, Davis", Aliases: []string{"UC Davis", "UC Davis Health", "UC Davis Comprehensive Cancer Center"}, City: "Sacramento", State: "CA", Domain: "ucdavis"},
	{Name: "Loma Linda University", Aliases: []string{"Loma Linda", "LLU", "Loma Linda University Health"}, City: "Loma Linda", State: "CA", Domain: "llu"},
	{Name: "Oregon Health & Science University", Aliases: []string{"OHSU", "OHSU Knight Cancer Institute"}, City: "Portland", State: "OR", Domain: "ohsu"},
	{Name: "University of Washington", Aliases: []string{"UW Medicine", "Fred Hutchinson Cancer Center", "Fred Hutch"}, Printed: []string{"University of Washington/Fred Hutchinson Cancer Center"}, City: "Seattle", State: "WA", Domain: "uw"},
	{Name: "University of Vermont", Aliases: []string{"UVM", "UVM Medical Center", "University of Vermont Medical Center"}, City: "Burlington", State: "VT", Domain: "uvmhealth"},
	{Name: "Dartmouth Health", Aliases: []string{"Dartmouth-Hitchcock", "Dartmouth Cancer Center", "Dartmouth-Hitchcock Medical Center"}, City: "Lebanon", State: "NH", Domain: "hitchcock"},
	{Name: "Brown University", Aliases: []string{"Brown", "Brown University Health", "Warren Alpert Medical School of Brown University"}, City: "Providence", State: "RI", Domain: "brown"},
	{Name: "Tufts Medical Center", Aliases: []string{"Tufts", "Tufts University School of Medicine"}, City: "Boston", State: "MA", Domain: "tuftsmedicine"},
	{Name: "Boston Medical Center", Aliases: []string{"BMC", "Boston University Chobanian & Avedisian School of Medicine"}, City: "Boston", State: "MA", Domain: "bmc"},
	{Name: "UMass Chan Medical School", Aliases: []string{"UMass", "UMass Memorial Medical Center", "UMass Memorial"}, City: "Worcester", State: "MA", Domain: "umassmed"},
}

// usOthers are US institutions without a target program in the pool: the
// lookalikes of real programs (Penn State is a program above; these are
// the University of Missouri, Miami Cancer Institute, ...), community
// practices and cancer centres.
var usOthers = []institution{
	{Name: "Miami Cancer Institute", Printed: []string{"Miami Cancer Institute, Baptist Health South Florida"}, City: "Miami", State: "FL", Domain: "baptisthealth"},
	{Name: "University of Missouri", Printed: []string{"University of Missouri, Columbia, MO", "Ellis Fischel Cancer Center, University of Missouri"}, City: "Columbia", State: "MO", Domain: "health.missouri"},
	{Name: "George Washington University", Printed: []string{"George Washington University School of Medicine and Health Sciences"}, City: "Washington", State: "DC", Domain: "gwu"},
	{Name: "Columbia Memorial Hospital", City: "Astoria", State: "OR", Domain: "columbiamemorial"},
	{Name: "MD Anderson Cancer Center at Cooper", City: "Camden", State: "NJ", Domain: "cooperhealth"},
	{Name: "Banner MD Anderson Cancer Center", City: "Gilbert", State: "AZ", Domain: "bannerhealth"},
	{Name: "Memorial Hermann Cancer Center", City: "Houston", State: "TX", Domain: "memorialhermann"},
	{Name: "Providence Cancer Institute", City: "Portland", State: "OR", Domain: "providence"},
	{Name: "Intermountain Health", City: "Salt Lake City", State: "UT", Domain: "imail"},
	{Name: "Sutter Health", City: "Sacramento", State: "CA", Domain: "sutterhealth"},
	{Name: "Kaiser Permanente Northern California", City: "Oakland", State: "CA", Domain: "kp"},
	{Name: "Hartford HealthCare Cancer Institute", City: "Hartford", State: "CT", Domain: "hhchealth"},
	{Name: "Geisinger", Printed: []string{"Geisinger Cancer Institute"}, City: "Danville", State: "PA", Domain: "geisinger"},
	{Name: "Marshfield Clinic Health System", City: "Marshfield", State: "WI", Domain: "marshfieldclinic"},
	{Name: "Sarah Cannon Cancer Institute", City: "Nashville", State: "TN", Domain: "sarahcannon"},
	{Name: "Texas Oncology", City: "Dallas", State: "TX", Domain: "usoncology"},
}

// abroad are institutions outside the US: co-authors and speakers from
// everywhere, none of them a target program.
var abroad = []institution{
	{Name: "Tata Memorial Hospital", City: "Mumbai", State: "India", Domain: "tmc.gov"},
	{Name: "All India Institute of Medical Sciences", City: "New Delhi", State: "India", Domain: "aiims"},
	{Name: "Princess Margaret Cancer Centre", City: "Toronto", State: "ON, Canada", Domain: "uhn"},
	{Name: "Sunnybrook Health Sciences Centre", City: "Toronto", State: "ON, Canada", Domain: "sunnybrook"},
	{Name: "BC Cancer", Printed: []string{"BC Cancer, University of British Columbia"}, City: "Vancouver", State: "BC, Canada", Domain: "bccancer"},
	{Name: "McGill University Health Centre", City: "Montréal", State: "QC, Canada", Domain: "mcgill"},
	{Name: "Peter MacCallum Cancer Centre", City: "Melbourne", State: "Australia", Domain: "petermac"},
	{Name: "Gustave Roussy", City: "Villejuif", State: "France", Domain: "gustaveroussy"},
	{Name: "Institut Curie", City: "Paris", State: "France", Domain: "curie"},
	{Name: "Heidelberg University Hospital", City: "Heidelberg", State: "Germany", Domain: "med.uni-heidelberg"},
	{Name: "Charité – Universitätsmedizin Berlin", City: "Berlin", State: "Germany", Domain: "charite"},
	{Name: "Technische Universität München", City: "Munich", State: "Germany", Domain: "tum"},
	{Name: "The Royal Marsden NHS Foundation Trust", City: "London", State: "United Kingdom", Domain: "rmh.nhs"},
	{Name: "The Christie NHS Foundation Trust", City: "Manchester", State: "United Kingdom", Domain: "christie.nhs"},
	{Name: "Netherlands Cancer Institute", City: "Amsterdam", State: "the Netherlands", Domain: "nki"},
	{Name: "Erasmus MC Cancer Institute", City: "Rotterdam", State: "the Netherlands", Domain: "erasmusmc"},
	{Name: "Karolinska University Hospital", City: "Stockholm", State: "Sweden", Domain: "karolinska"},
	{Name: "University Hospital Zurich", City: "Zurich", State: "Switzerland", Domain: "usz"},
	{Name: "Fudan University Shanghai Cancer Center", City: "Shanghai", State: "China", Domain: "fudan"},
	{Name: "Sun Yat-sen University Cancer Center", City: "Guangzhou", State: "China", Domain: "sysucc"},
	{Name: "Seoul National University Hospital", City: "Seoul", State: "Republic of Korea", Domain: "snuh"},
	{Name: "Samsung Medical Center", City: "Seoul", State: "Republic of Korea", Domain: "samsung"},
	{Name: "National Cancer Center Hospital East", City: "Kashiwa", State: "Japan", Domain: "ncc.go"},
	{Name: "Instituto Nacional de Cancerología", City: "Mexico City", State: "Mexico", Domain: "incan"},
	{Name: "Hospital Sírio-Libanês", City: "São Paulo", State: "Brazil", Domain: "hsl"},
	{Name: "Groote Schuur Hospital", Printed: []string{"Groote Schuur Hospital, University of Cape Town"}, City: "Cape Town", State: "South Africa", Domain: "uct"},
	{Name: "Lagos University Teaching Hospital", City: "Lagos", State: "Nigeria", Domain: "luth"},
	{Name: "Korle Bu Teaching Hospital", City: "Accra", State: "Ghana", Domain: "kbth"},
	{Name: "Uganda Cancer Institute", City: "Kampala", State: "Uganda", Domain: "uci.or"},
	{Name: "Aga Khan University Hospital", City: "Karachi", State: "Pakistan", Domain: "aku"},
	{Name: "Shaukat Khanum Memorial Cancer Hospital and Research Centre", City: "Lahore", State: "Pakistan", Domain: "skm"},
	{Name: "American University of Beirut Medical Center", City: "Beirut", State: "Lebanon", Domain: "aub"},
	{Name: "King Hussein Cancer Center", City: "Amman", State: "Jordan", Domain: "khcc"},
	{Name: "Ain Shams University", City: "Cairo", State: "Egypt", Domain: "asu"},
	{Name: "Christian Medical College", City: "Vellore", State: "India", Domain: "cmcvellore"},
	{Name: "Hospital Universitario La Paz", City: "Madrid", State: "Spain", Domain: "salud.madrid"},
}

// fictional place words make extra, clearly invented institutions when a
// configuration asks for more programs than the real pool holds.
var (
	placeHeads = []string{"North", "South", "East", "West", "Lake", "River", "Pine", "Cedar", "Oak", "Maple", "Summit", "Harbor", "Valley", "Prairie", "Bay", "Stone", "Silver", "Green", "Fair", "Clear"}
	placeTails = []string{"field", "brook", "view", "ridge", "wood", "haven", "crest", "dale", "port", "ford", "mont", "water"}
	placeKinds = []string{"%s University Medical Center", "%s Regional Cancer Institute", "%s Health System", "%s Memorial Hospital"}
	fakeStates = []string{"OH", "PA", "MI", "WI", "IN", "IA", "MO", "KS", "NE", "KY", "TN", "NC", "SC", "VA", "GA", "AL", "TX", "CO", "OR", "WA"}
)

// stateNames spells two-letter states out, as some affiliations do.
var stateNames = map[string]string{
	"AL": "Alabama", "AR": "Arkansas", "AZ": "Arizona", "CA": "California", "CO": "Colorado", "CT": "Connecticut",
	"DC": "District of Columbia", "FL": "Florida", "GA": "Georgia", "IA": "Iowa", "IL": "Illinois", "IN": "Indiana",
	"KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "MA": "Massachusetts", "MD": "Maryland", "MI": "Michigan",
	"MN": "Minnesota", "MO": "Missouri", "MS": "Mississippi", "NC": "North Carolina", "NE": "Nebraska",
	"NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "OH": "Ohio", "OK": "Oklahoma",
	"OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "TN": "Tennessee",
	"TX": "Texas", "UT": "Utah", "VA": "Virginia", "VT": "Vermont", "WA": "Washington", "WI": "Wisconsin",
}

// Invented people: given names and surnames from many languages, with
// diacritics, particles, apostrophes and hyphens.
var (
	givenNames = []string{
		"Aisha", "Akosua", "Alejandro", "Amara", "Amélie", "Ana", "Andrés", "Anika", "Arjun", "Ayşe",
		"Beatriz", "Benjamin", "Björn", "Camila", "Carlos", "Catherine", "Chidi", "Chloé", "Daniel", "Darius",
		"David", "Deepa", "Diego", "Dmitri", "Elena", "Elif", "Elizabeth", "Emeka", "Emily", "Fatima",
		"Felipe", "François", "Gabriel", "Grace", "Hana", "Haruto", "Hassan", "Helena", "Hiroshi", "Ines",
		"Ingrid", "Isabel", "Jamal", "James", "Javier", "Jennifer", "Ji-Woo", "Joanna", "José", "Julia",
		"Kamal", "Karim", "Kateřina", "Kenji", "Kwame", "Laila", "Laura", "Leila", "Li", "Lucía",
		"Łukasz", "Mei", "Maria", "Mariam", "Mateo", "Matthew", "Mehmet", "Michael", "Min-Jun", "Miriam",
		"Mohammed", "Nadia", "Naveen", "Nikhil", "Nkechi", "Noor", "Olusegun", "Omar", "Paolo", "Pooja",
		"Priya", "Rachel", "Rafael", "Rahul", "Renée", "Ricardo", "Rohan", "Samuel", "Sang-Hoon", "Sarah",
		"Seo-yeon", "Siddharth", "Sofia", "Søren", "Sunita", "Tariq", "Thảo", "Thomas", "Tomás", "Valentina",
		"Wei", "Xiaoling", "Yasmin", "Yuki", "Yusuf", "Zainab", "Zeynep", "Zoë", "Anne-Marie", "Jean-Luc",
	}
	surnames = []string{
		"Abdullah", "Adeyemi", "Agarwal", "Al-Hassan", "Alvarez", "Anderson", "Andersen", "Baker", "Banerjee", "Ben-David",
		"Bianchi", "Brennan", "Castillo", "Chatterjee", "Chen", "Chowdhury", "Cohen", "Costa", "da Silva", "De La Cruz",
		"Delgado", "Dubois", "Edwards", "El-Sayed", "Eze", "Fernández", "Fischer", "Friedman", "García-López", "Goldberg",
		"Gonzalez", "Gupta", "Haddad", "Hernández", "Hoffmann", "Huang", "Ibrahim", "Ivanova", "Iyer", "Jansen",
		"Jovanović", "Kapoor", "Kato", "Khan", "Kim", "Kowalski", "Krishnan", "Kumar", "Larsen", "Le",
		"Lee", "Lefèvre", "Li", "Lin", "Liu", "Lopez", "MacLeod", "Mahmoud", "Malhotra", "Martin",
		"McDonald", "Mendoza", "Mensah", "Miller", "Moreau", "Müller", "Nakamura", "Nguyen", "Novak", "Nowak",
		"O'Brien", "O'Connor", "Okafor", "Okonkwo", "Olsen", "Ortiz", "Osei", "Owusu", "Park", "Patel",
		"Pereira", "Petrović", "Pham", "Popescu", "Qureshi", "Rahman", "Ramírez", "Rao", "Reddy", "Reyes",
		"Rossi", "Russo", "Sánchez", "Santos", "Sato", "Schmidt", "Schröder", "Shah", "Sharma", "Singh",
		"Smith", "St. John", "Suzuki", "Tanaka", "Thompson", "Tran", "Van Dyke", "van der Berg", "Vargas", "Verma",
		"Wang", "Watanabe", "Weiss", "Williams", "Wilson", "Wójcik", "Wu", "Xu", "Yamamoto", "Yang",
		"Yilmaz", "Zhang", "Zhou", "dos Santos", "Ó Súilleabháin", "Abu-Rahma", "Nwosu", "Tiwari", "Hosseini", "Kaur",
	}
)

// surnamePool is the built-in surnames, and when n is more, variants of
// them up to n in all: each round appends the next of surnameTails to
// every built-in surname (Chenar, van der Bergar, O'Brienar, García-Lópezar,
// Ó Súilleabháinar), so each round keeps the pool's forms — particles,
// apostrophes, hyphens, diacritics, two words — in the same proportions.
func surnamePool(n int) []string {
	if n <= len(surnames) {
		return surnames
	}
	n = min(n, len(surnames)*(1+len(surnameTails)))
	out := append(make([]string, 0, n), surnames...)
	for q := 0; len(out) < n; q++ {
		for _, s := range surnames[:min(len(surnames), n-len(out))] {
			out = append(out, s+surnameTails[q])
		}
	}
	return out
}

// surnameTails make the variants of the built-in surnames, one round
// each: none makes another surname of the pool or of a round.
var surnameTails = []string{"ar", "el", "ino", "ova", "sen", "ik", "eda", "ani", "ot", "ura", "es", "in"}

// Titles: topics × techniques × sites.
var (
	sites = []struct{ Site, Track, Short string }{
		{"Early-Stage Breast Cancer", "Breast Cancer", "Breast"},
		{"Ductal Carcinoma in Situ", "Breast Cancer", "Breast"},
		{"Node-Positive Breast Cancer", "Breast Cancer", "Breast"},
		{"Locally Advanced Rectal Cancer", "Gastrointestinal Cancer", "GI"},
		{"Hepatocellular Carcinoma", "Gastrointestinal Cancer", "GI"},
		{"Pancreatic Adenocarcinoma", "Gastrointestinal Cancer", "GI"},
		{"Esophageal Cancer", "Gastrointestinal Cancer", "GI"},
		{"Anal Cancer", "Gastrointestinal Cancer", "GI"},
		{"High-Risk Prostate Cancer", "Genitourinary Cancer", "GU"},
		{"Oligometastatic Prostate Cancer", "Genitourinary Cancer", "GU"},
		{"Muscle-Invasive Bladder Cancer", "Genitourinary Cancer", "GU"},
		{"Glioblastoma", "Central Nervous System", "CNS"},
		{"Brain Metastases", "Central Nervous System", "CNS"},
		{"Low-Grade Glioma", "Central Nervous System", "CNS"},
		{"Oropharyngeal Cancer", "Head and Neck Cancer", "Head and Neck"},
		{"Nasopharyngeal Carcinoma", "Head and Neck Cancer", "Head and Neck"},
		{"Oral Cavity Squamous Cell Carcinoma", "Head and Neck Cancer", "Head and Neck"},
		{"Non-Small Cell Lung Cancer", "Lung Cancer/Thoracic Malignancies", "Lung"},
		{"Limited-Stage Small Cell Lung Cancer", "Lung Cancer/Thoracic Malignancies", "Lung"},
		{"Pleural Mesothelioma", "Lung Cancer/Thoracic Malignancies", "Lung"},
		{"Locally Advanced Cervical Cancer", "Gynecologic Cancer", "Gyn"},
		{"Endometrial Cancer", "Gynecologic Cancer", "Gyn"},
		{"Pediatric Medulloblastoma", "Pediatric Cancer", "Pediatrics"},
		{"Soft Tissue Sarcoma", "Sarcoma and Cutaneous Tumors", "Sarcoma"},
		{"Cutaneous Melanoma", "Sarcoma and Cutaneous Tumors", "Skin"},
		{"Diffuse Large B-Cell Lymphoma", "Lymphoma and Hematologic Malignancies", "Heme"},
		{"Painful Bone Metastases", "Palliative Care", "Palliative"},
		{"Spinal Metastases", "Palliative Care", "Palliative"},
	}
	techniques = []string{
		"Stereotactic Body Radiation Therapy", "Proton Beam Therapy", "MR-Guided Adaptive Radiotherapy",
		"Hypofractionated Radiotherapy", "Intensity-Modulated Radiation Therapy", "Volumetric Modulated Arc Therapy",
		"High-Dose-Rate Brachytherapy", "Stereotactic Radiosurgery", "FLASH Radiotherapy",
		"Ultra-Hypofractionated Radiotherapy", "Pencil-Beam Scanning Proton Therapy", "Online Adaptive Radiotherapy",
		"Concurrent Chemoradiotherapy", "Reirradiation", "Total Neoadjuvant Therapy",
		"Immunotherapy Combined With Radiotherapy", "Dose-Escalated Radiotherapy", "PSMA PET-Guided Radiotherapy",
	}
	templates = []string{
		"Outcomes of %[1]s for %[2]s: A Multi-Institutional Analysis",
		"Dosimetric Comparison of %[1]s and %[3]s in %[2]s",
		"A Phase II Trial of %[1]s in %[2]s",
		"Patient-Reported Outcomes After %[1]s for %[2]s",
		"Financial Toxicity Among Patients Receiving %[1]s for %[2]s",
		"Racial and Geographic Disparities in Access to %[1]s for %[2]s",
		"Cost-Effectiveness of %[1]s Versus %[3]s for %[2]s",
		"Predictors of Late Toxicity After %[1]s for %[2]s",
		"Deep Learning Auto-Segmentation for %[1]s Planning in %[2]s",
		"Global Access to %[1]s for %[2]s in Low- and Middle-Income Countries",
		"Real-World Utilization of %[1]s Among Patients With %[2]s",
		"Radiomic Signatures Predicting Response to %[1]s in %[2]s",
		"Cardiac Dose and Survival After %[1]s for %[2]s",
		"Quality of Life With %[1]s Compared With %[3]s for %[2]s",
		"Circulating Tumor DNA Dynamics During %[1]s for %[2]s",
		"Time to Treatment Initiation and %[1]s Outcomes in %[2]s",
	}
	qualifiers = []string{
		"", "", "", ": A Single-Institution Experience", ": Secondary Analysis of a Phase III Trial",
		": A Propensity-Matched Study", " in Older Adults", ": A National Cancer Database Analysis",
		": Long-Term Results", ": Interim Results of a Prospective Registry", ": A Systematic Review and Meta-Analysis",
		" in Patients Aged ≥70 Years", ": Five-Year Follow-Up",
	}
	eduFormats  = []string{"Evidence Update: %[1]s in %[2]s", "Contouring Workshop: %[2]s", "Controversies: Is %[1]s the Standard for %[2]s?", "Clinical Trials Update: %[2]s", "Practical Guide to %[1]s"}
	panelTopics = []string{
		"Building a Global Radiation Oncology Workforce", "Wellness and Burnout in Radiation Oncology Residency",
		"Diversity, Equity and Inclusion in Radiation Oncology", "Artificial Intelligence in the Clinic: Promise and Pitfalls",
		"Value-Based Payment and the Radiation Oncology Model", "Careers in Academic Radiation Oncology",
		"Radiation Oncology in Rural America", "Mentorship Across Borders", "Clinical Trial Design for the Next Decade",
		"Health Equity in Cancer Care Delivery", "Leadership Skills for Early-Career Physicians", "The Future of Particle Therapy",
	}
	arroTitles = []struct {
		Title, Category, Blurb string
		Start, End             int
	}{
		{"ARRO Annual Seminar", "ARRO Event", "Residents' morning program: career planning, contract negotiation and board preparation.", 480, 720},
		{"Medical Student Workshop: Navigating the Radiation Oncology Match", "Medical Student Workshop", "Program directors and recent matchers discuss applications, away rotations and interviews.", 510, 690},
		{"ARRO Career Panel: Academic, Community and Hybrid Practice", "ARRO Event", "Panelists describe their first job search and practice models.", 780, 870},
		{"International Medical Graduates Forum: Pathways to a US Residency", "ARRO Event", "IMGs who matched share what worked: observerships, research years, visas and letters.", 885, 960},
		{"Meet the Program Directors: Speed Networking", "Networking", "Ten-minute rounds with program directors and chief residents; bring questions, not CVs.", 975, 1050},
		{"ARRO Global Health Session: Building Radiotherapy Capacity", "ARRO Event", "Partnership models, twinning programs and research opportunities in global oncology.", 885, 960},
		{"ARRO Resident Research Forum", "ARRO Event", "Residents present work in progress and get feedback from faculty mentors.", 780, 870},
		{"ARRO Chief Residents Roundtable", "ARRO Event", "Chief residents compare schedules, wellness initiatives and education innovations.", 720, 780},
		{"Medical Student Mentorship Breakfast", "Medical Student Workshop", "Small-table mentorship with residents and junior faculty.", 420, 480},
		{"ARRO Journal Club: Trials That Changed Practice", "ARRO Event", "Residents lead a critical appraisal of this year's practice-changing trials.", 720, 780},
		{"Physics Residents and Students Meet-Up", "Networking", "Medical physics residents, students and program directors meet informally.", 975, 1050},
		{"ARRO Board Review: Radiobiology and Physics", "ARRO Event", "High-yield review for the ABR qualifying examinations.", 480, 600},
	}
	receptionTitles = []string{
		"Opening Reception", "International Attendees Reception", "Global Oncology Networking Reception",
		"ARRO Resident and Medical Student Reception", "Women in Radiation Oncology Reception", "Alumni and Friends Reception",
	}
	networkRoles = []string{"Program Director", "Associate Program Director", "Faculty", "Faculty", "Faculty", "Resident", "Chief Resident", "Medical Physicist", "Alumni", "Department Chair"}
	howFound     = []string{"ASTRO 2025 poster", "Virtual open house", "Doximity", "X (Twitter)", "Observership 2025", "Mentor introduction", "ARRO webinar", "Published paper", "LinkedIn", "Away rotation"}
	responses    = []string{"", "", "", "Replied – happy to meet at ASTRO", "No reply yet", "Replied: suggested the poster hall", "Declined politely (schedule full)", "Replied: email again after the meeting"}
	nextSteps    = []string{"Introduce myself after their talk", "Visit their poster", "Ask about J-1 sponsorship", "Ask about research year openings", "Thank-you email within 48 h", "Ask about away rotation", "Ask for a letter of advice"}
	notes        = []string{"", "", "Research: hypofractionation, LMIC access", "Knows my mentor", "Former J-1 resident; very helpful", "Interested in global health", "Met at ESTRO 2025", "Ask about their IMG residents", "Works on AI contouring"}
)
