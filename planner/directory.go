package planner

import "strings"

// directory lists US radiation oncology residency programs, and the
// institutions most often mistaken for them, with the names and
// abbreviations people really print in affiliations. One line per
// institution: name | city | state | aliases separated by ";".
//
// Lines marked "lookalike" are institutions that are not the program a
// similar name suggests (Penn State is not Penn, Miami Cancer Institute is
// not the University of Miami); they are listed so that the longest
// alias wins and the lookalike is recognised as itself.
//
// A one-word alias written in lower case letters after a capital ("Penn",
// "Columbia", "Duke") is an ordinary word or place name: it matches only
// as the whole institution part of an affiliation, optionally followed by
// generic words ("Duke Health"). An alias with two or more capitals
// ("MSKCC", "WashU") is an abbreviation and matches as a word anywhere in
// the institution part.
//
// The aliases of a line are the institution's family: other names and
// abbreviations of the institution itself, and the medical school,
// cancer centre, hospitals and health system that count as the same
// place; evidence tells them apart by their words (memberRole). An alias
// written "~Name" is a former name.
const directory = `
Memorial Sloan Kettering Cancer Center | New York | NY/NJ | MSK; MSKCC; Memorial Sloan Kettering; Memorial Sloan-Kettering Cancer Center; Sloan Kettering; Sloan-Kettering Institute; Sloan
The University of Texas MD Anderson Cancer Center | Houston | TX | MD Anderson; MDACC; UT MDACC; UT MD Anderson; MD Anderson Cancer Center; University of Texas MD Anderson Cancer Center; UT MD Anderson Cancer Center; UTMDACC
University of California, San Francisco | San Francisco | CA | UCSF; UC San Francisco; University of California San Francisco; UCSF Helen Diller Family Comprehensive Cancer Center; UCSF Medical Center; Helen Diller Family Comprehensive Cancer Center; Diller Family Comprehensive Cancer Center; UCSF Health; UCSF School of Medicine
Washington University in St. Louis | St. Louis | MO/IL | WashU; WUSTL; Washington University; Washington University School of Medicine; Washington University School of Medicine in St. Louis; Siteman Cancer Center; Barnes-Jewish Hospital; WashU Medicine; Washington University in Saint Louis; WUSM; Wash U; WashU School of Medicine; WUSTL School of Medicine; Siteman; Alvin J. Siteman Cancer Center; Barnes-Jewish
Harvard Radiation Oncology Program | Boston | MA/NH | HROP; Harvard; Harvard Medical School; Harvard University; Massachusetts General Hospital; MGH; Mass General; Mass General Brigham; Mass General Cancer Center; Dana-Farber Cancer Institute; Dana-Farber; Dana Farber; DFCI; Brigham and Women's Hospital; Brigham and Women's; BWH; Dana-Farber/Brigham and Women's Cancer Center; Dana-Farber Brigham Cancer Center; Beth Israel Deaconess Medical Center; BIDMC; Boston Children's Hospital; ~Partners HealthCare; ~Dana-Farber/Partners CancerCare; Brigham; Beth Israel Deaconess; BIDMC Cancer Center
University of Pennsylvania | Philadelphia | PA/NJ | Penn; UPenn; Penn Medicine; Perelman School of Medicine; Abramson Cancer Center; Hospital of the University of Pennsylvania; HUP; Roberts Proton Therapy Center; Perelman Center for Advanced Medicine
Penn State Health Milton S. Hershey Medical Center | Hershey | PA | lookalike; Penn State; Penn State Health; Penn State Cancer Institute; Penn State College of Medicine; Penn State Hershey; Penn State University; Pennsylvania State University; Milton S. Hershey Medical Center; Hershey Medical Center; PSU; PSU College of Medicine; Penn State Health Cancer Institute; PSHMC
Johns Hopkins University | Baltimore | MD/DC | Johns Hopkins; Hopkins; Johns Hopkins Hospital; Johns Hopkins University School of Medicine; Johns Hopkins Medicine; Sidney Kimmel Comprehensive Cancer Center; JHU; Johns Hopkins School of Medicine; JHMI; Johns Hopkins Medical Institutions; JHH; Sidney Kimmel Comprehensive Cancer Center at Johns Hopkins; Johns Hopkins Kimmel Cancer Center; JHUSOM
Mayo Clinic | Rochester | MN | Mayo Clinic; Mayo; Mayo Clinic Rochester; Mayo Clinic College of Medicine; Mayo Clinic Alix School of Medicine; Mayo Clinic Minnesota; Mayo Rochester
Mayo Clinic Arizona | Phoenix | AZ | Mayo Clinic Arizona; Mayo Clinic Phoenix; Mayo Clinic Scottsdale; Mayo Clinic; Mayo; Mayo Arizona; Mayo Scottsdale; Mayo Phoenix
Mayo Clinic Florida | Jacksonville | FL | Mayo Clinic Florida; Mayo Clinic Jacksonville; Mayo Clinic; Mayo; Mayo Jacksonville; Mayo Florida
University of Michigan | Ann Arbor | MI | Michigan; Michigan Medicine; UMich; Rogel Cancer Center; University of Michigan Health; University of Michigan Medical School; University of Michigan Rogel Cancer Center
Michigan State University | East Lansing | MI | lookalike; MSU; Michigan State
Duke University | Durham | NC | Duke; Duke Cancer Institute; Duke University Medical Center; Duke University School of Medicine; Duke Health; Duke University Hospital
Emory University | Atlanta | GA | Emory; Winship Cancer Institute; Winship Cancer Institute of Emory University; Emory University School of Medicine; Emory Healthcare; Emory Winship
Cleveland Clinic | Cleveland | OH | Cleveland Clinic Foundation; Taussig Cancer Institute; Cleveland Clinic Lerner College of Medicine; Cleveland Clinic Taussig Cancer Institute; CCF; Cleveland Clinic Main Campus
Cleveland Clinic Florida | Weston | FL | lookalike; Cleveland Clinic Florida; Cleveland Clinic Weston
Cleveland Clinic Abu Dhabi | | | lookalike; Cleveland Clinic Abu Dhabi; Cleveland Clinic London
UT Southwestern Medical Center | Dallas | TX | UT Southwestern; UTSW; Simmons Comprehensive Cancer Center; Harold C. Simmons Comprehensive Cancer Center; University of Texas Southwestern Medical Center; University of Texas Southwestern; UT Southwestern Medical Center; UT Southwestern Medical Center at Dallas; Simmons Cancer Center
Moffitt Cancer Center | Tampa | FL | Moffitt; H. Lee Moffitt Cancer Center; H. Lee Moffitt Cancer Center and Research Institute; Moffitt Cancer Center and Research Institute
Fox Chase Cancer Center | Philadelphia | PA/NJ | Fox Chase; Temple University; Temple University Hospital; Temple Health; Lewis Katz School of Medicine; Fox Chase Cancer Center/Temple University; Temple Health; Temple University Hospital; Lewis Katz School of Medicine at Temple University; Temple University; Fox Chase Cancer Center, Temple University Health System
Thomas Jefferson University | Philadelphia | PA/NJ | Jefferson; Jefferson Health; Sidney Kimmel Cancer Center at Jefferson; Sidney Kimmel Cancer Center; Sidney Kimmel Medical College; Thomas Jefferson University Hospital; Jefferson University; ~Kimmel Cancer Center at Jefferson; Jefferson Einstein; TJU; TJUH
NYU Langone Health | New York | NY/NJ | NYU Langone; NYU; Perlmutter Cancer Center; NYU Grossman School of Medicine; NYU School of Medicine; New York University; NYU Langone Medical Center; NYU Langone Perlmutter Cancer Center
Columbia University | New York | NY/NJ | Columbia; Columbia University Irving Medical Center; CUIMC; Columbia University Medical Center; NewYork-Presbyterian/Columbia; NewYork-Presbyterian/Columbia University Irving Medical Center; Herbert Irving Comprehensive Cancer Center; Columbia University Vagelos College of Physicians and Surgeons; Vagelos College of Physicians and Surgeons; NewYork-Presbyterian; NewYork-Presbyterian Hospital; New York-Presbyterian; NYP
Columbia Memorial Hospital | Astoria | OR | lookalike; Columbia Memorial Hospital
Weill Cornell Medicine | New York | NY | Weill Cornell; Weill Cornell Medical College; Weill Cornell Medical Center; NewYork-Presbyterian/Weill Cornell; NewYork-Presbyterian/Weill Cornell Medical Center; Cornell; WCM; WCMC; Weill Cornell Medical Center NewYork-Presbyterian; NYP/Weill Cornell; Meyer Cancer Center; Sandra and Edward Meyer Cancer Center; ~Weill Medical College of Cornell University; ~Weill Cornell Medical College of Cornell University; NewYork-Presbyterian; NewYork-Presbyterian Hospital; New York-Presbyterian; NYP
Icahn School of Medicine at Mount Sinai | New York | NY | Mount Sinai; Mount Sinai Hospital; Tisch Cancer Institute; Icahn School of Medicine; Mount Sinai Health System; Icahn Mount Sinai; Mount Sinai School of Medicine; ISMMS; The Tisch Cancer Institute; Tisch Cancer Institute at Mount Sinai; Mount Sinai Medical Center New York; ~Mount Sinai School of Medicine
Mount Sinai Medical Center | Miami Beach | FL | lookalike; Mount Sinai Medical Center Miami Beach; Mount Sinai Comprehensive Cancer Center
Montefiore Medical Center | Bronx | NY | Montefiore; Albert Einstein College of Medicine; Montefiore Einstein; Einstein; Montefiore Einstein Cancer Center; Montefiore Einstein Comprehensive Cancer Center; Einstein-Montefiore; Albert Einstein Cancer Center
Northwell Health | New Hyde Park | NY | Northwell; Northwell Health Cancer Institute; Zucker School of Medicine at Hofstra/Northwell; Donald and Barbara Zucker School of Medicine
SUNY Downstate Health Sciences University | Brooklyn | NY | SUNY Downstate; SUNY Downstate Medical Center; Downstate; SUNY Downstate
Maimonides Medical Center | Brooklyn | NY | Maimonides
Roswell Park Comprehensive Cancer Center | Buffalo | NY | Roswell Park; Roswell Park Cancer Institute; University at Buffalo; Jacobs School of Medicine; Roswell
SUNY Upstate Medical University | Syracuse | NY | Upstate Medical University; SUNY Upstate; Upstate Cancer Center; Upstate; SUNY Upstate; Upstate Medical University
University of Rochester | Rochester | NY | Wilmot Cancer Institute; URMC; University of Rochester Medical Center; University of Rochester School of Medicine and Dentistry
Stony Brook University | Stony Brook | NY | Stony Brook; Stony Brook Medicine; Stony Brook University Hospital; Stony Brook Cancer Center; Renaissance School of Medicine at Stony Brook University
Yale University | New Haven | CT | Yale; Yale School of Medicine; Yale University School of Medicine; Yale Cancer Center; Smilow Cancer Hospital; Yale New Haven Hospital; Yale-New Haven Hospital; Yale New Haven Health
Brown University | Providence | RI | Brown; Warren Alpert Medical School of Brown University; Warren Alpert Medical School; Rhode Island Hospital; Lifespan Cancer Institute; Brown University Health; Brown Health
Dartmouth Health | Lebanon | NH/VT | Dartmouth; Dartmouth-Hitchcock Medical Center; Dartmouth Hitchcock; Geisel School of Medicine; Geisel School of Medicine at Dartmouth; Norris Cotton Cancer Center; Dartmouth Cancer Center
Tufts Medical Center | Boston | MA | Tufts; Tufts University School of Medicine; Tufts University
Boston Medical Center | Boston | MA | BMC; Boston University; Boston University School of Medicine; Chobanian & Avedisian School of Medicine; Boston University Chobanian & Avedisian School of Medicine
UMass Chan Medical School | Worcester | MA | UMass Chan; UMass Memorial Medical Center; UMass Memorial Health; University of Massachusetts Medical School; University of Massachusetts; UMass; UMass Worcester
University of Vermont | Burlington | VT | UVM; University of Vermont Medical Center; Larner College of Medicine; University of Vermont Cancer Center; Vermont
Stanford University | Stanford | CA | Stanford; Stanford Cancer Institute; Stanford Medicine; Stanford University School of Medicine; Stanford Health Care; Stanford University Medical Center
University of California, Los Angeles | Los Angeles | CA | UCLA; University of California Los Angeles; UC Los Angeles; David Geffen School of Medicine at UCLA; David Geffen School of Medicine; UCLA Health; Jonsson Comprehensive Cancer Center; UCLA Jonsson Comprehensive Cancer Center; Ronald Reagan UCLA Medical Center
University of California, San Diego | La Jolla | CA | UCSD; UC San Diego; University of California San Diego; UC San Diego Health; Moores Cancer Center; UC San Diego Moores Cancer Center
University of California, Davis | Sacramento | CA | UC Davis; University of California Davis; UC Davis Comprehensive Cancer Center; UC Davis Health; UC Davis School of Medicine
University of California, Irvine | Orange | CA | UC Irvine; UCI; University of California Irvine; UCI Health; Chao Family Comprehensive Cancer Center
University of Southern California | Los Angeles | CA | USC; Keck School of Medicine; Keck School of Medicine of USC; Keck Medicine of USC; Norris Comprehensive Cancer Center; USC Norris Comprehensive Cancer Center
Cedars-Sinai Medical Center | Los Angeles | CA | Cedars-Sinai; Cedars Sinai; Samuel Oschin Comprehensive Cancer Institute; Cedars-Sinai Cancer; Cedars
City of Hope | Duarte | CA | City of Hope National Medical Center; City of Hope Comprehensive Cancer Center
Loma Linda University | Loma Linda | CA | Loma Linda University Medical Center; Loma Linda University Health; Loma Linda
University of Washington | Seattle | WA | UW; UW Medicine; UW Medical Center; University of Washington School of Medicine; University of Washington Medical Center; Fred Hutchinson Cancer Center; Fred Hutch; Fred Hutchinson Cancer Research Center; Fred Hutchinson; Seattle Cancer Care Alliance; Fred Hutch Cancer Center; Fred Hutchinson Cancer Center Seattle; ~Fred Hutchinson Cancer Research Center; ~Seattle Cancer Care Alliance; UW School of Medicine; Hutch
Oregon Health & Science University | Portland | OR | OHSU; Oregon Health and Science University; Knight Cancer Institute; OHSU Knight Cancer Institute
University of Utah | Salt Lake City | UT | Huntsman Cancer Institute; Huntsman; University of Utah Health; University of Utah School of Medicine; Huntsman Cancer Hospital; Utah; U of U
University of Colorado | Aurora | CO | University of Colorado Anschutz Medical Campus; CU Anschutz; University of Colorado Cancer Center; University of Colorado School of Medicine; University of Colorado Hospital; University of Colorado Denver; UCHealth; Colorado; CU
University of Arizona | Tucson | AZ | University of Arizona Cancer Center; University of Arizona College of Medicine; Banner University Medical Center Tucson; University of Arizona College of Medicine-Tucson; Arizona
Banner MD Anderson Cancer Center | Gilbert | AZ | lookalike; Banner MD Anderson
University of New Mexico | Albuquerque | NM | UNM; UNM Comprehensive Cancer Center; University of New Mexico Comprehensive Cancer Center
University of Chicago | Chicago | IL | UChicago; UChicago Medicine; University of Chicago Medicine; University of Chicago Medical Center; Pritzker School of Medicine; University of Chicago Pritzker School of Medicine
Northwestern University | Chicago | IL | Northwestern; Northwestern Medicine; Feinberg School of Medicine; Northwestern University Feinberg School of Medicine; Robert H. Lurie Comprehensive Cancer Center; Lurie Comprehensive Cancer Center; Northwestern Memorial Hospital
Rush University Medical Center | Chicago | IL | Rush; Rush University; Rush Medical College
Loyola University Medical Center | Maywood | IL | Loyola; Loyola University Chicago; Stritch School of Medicine; Loyola Medicine
University of Illinois Chicago | Chicago | IL | UIC; University of Illinois at Chicago; University of Illinois College of Medicine
University of Wisconsin | Madison | WI | UW; UW-Madison; UW Health; UW Carbone Cancer Center; Carbone Cancer Center; University of Wisconsin-Madison; University of Wisconsin School of Medicine and Public Health; Wisconsin
Medical College of Wisconsin | Milwaukee | WI | MCW; Froedtert; Froedtert Hospital; Froedtert & the Medical College of Wisconsin
University of Minnesota | Minneapolis | MN | Masonic Cancer Center; M Health Fairview; University of Minnesota Medical School; University of Minnesota Masonic Cancer Center; UMN; Minnesota; U of M Minnesota
University of Iowa | Iowa City | IA | University of Iowa Hospitals and Clinics; UIHC; Holden Comprehensive Cancer Center; University of Iowa Health Care; University of Iowa Carver College of Medicine; Iowa; UI Health Care
University of Kansas | Kansas City | KS | University of Kansas Medical Center; KUMC; University of Kansas Cancer Center; KU Medical Center; University of Kansas Health System; ~KU Medical Center; KU; Kansas
University of Nebraska Medical Center | Omaha | NE | UNMC; Fred & Pamela Buffett Cancer Center; Buffett Cancer Center; Nebraska Medicine; Nebraska
University of Missouri | Columbia | MO | lookalike; Mizzou; University of Missouri Health Care; University of Missouri School of Medicine; Ellis Fischel Cancer Center; MU Health Care; University of Missouri-Columbia
Saint Louis University | St. Louis | MO | lookalike; SLU; Saint Louis University School of Medicine; SSM Health Saint Louis University Hospital
Beaumont | Royal Oak | MI | Beaumont Health; William Beaumont Hospital; Beaumont Hospital; Corewell Health William Beaumont University Hospital; Corewell Health East; Corewell Health; Corewell Health Beaumont; Beaumont Royal Oak; ~William Beaumont Hospital
Henry Ford Health | Detroit | MI | Henry Ford; Henry Ford Hospital; Henry Ford Health System; Henry Ford Cancer Institute; Henry Ford Cancer; ~Henry Ford Health System
Karmanos Cancer Institute | Detroit | MI | Karmanos; Barbara Ann Karmanos Cancer Institute; Wayne State University; Wayne State; Wayne State University School of Medicine
The Ohio State University | Columbus | OH | Ohio State; Ohio State University; OSU Comprehensive Cancer Center; James Cancer Hospital; Arthur G. James Cancer Hospital; Ohio State University Wexner Medical Center; OSU Wexner Medical Center; Ohio State University Comprehensive Cancer Center; OSU; OSUCCC; OSUCCC – James
University of Cincinnati | Cincinnati | OH | University of Cincinnati Cancer Center; University of Cincinnati College of Medicine; University of Cincinnati Medical Center; UC Cincinnati; UC Health Cincinnati; University of Cincinnati Health
Case Western Reserve University | Cleveland | OH | Case Western; University Hospitals Cleveland Medical Center; University Hospitals Seidman Cancer Center; Seidman Cancer Center; UH Seidman Cancer Center; University Hospitals; CWRU; Case Western Reserve University School of Medicine; Case Comprehensive Cancer Center; UH Cleveland Medical Center; Case; UH Cleveland; UH; UHCMC
Indiana University | Indianapolis | IN | Indiana University School of Medicine; IU Health; IU School of Medicine; IU Simon Comprehensive Cancer Center; Melvin and Bren Simon Comprehensive Cancer Center; Indiana University Simon Comprehensive Cancer Center; IU
University of Kentucky | Lexington | KY | Markey Cancer Center; UK HealthCare; University of Kentucky Markey Cancer Center; University of Kentucky College of Medicine; Kentucky
University of Louisville | Louisville | KY | UofL; UofL Health; Brown Cancer Center; James Graham Brown Cancer Center; UofL Health Brown Cancer Center; University of Louisville School of Medicine
Vanderbilt University Medical Center | Nashville | TN | Vanderbilt; Vanderbilt University; VUMC; Vanderbilt-Ingram Cancer Center; Vanderbilt University School of Medicine; Vanderbilt Ingram
University of Tennessee Health Science Center | Memphis | TN | UTHSC; West Cancer Center
University of North Carolina | Chapel Hill | NC | UNC; UNC Chapel Hill; UNC Lineberger; Lineberger Comprehensive Cancer Center; UNC Lineberger Comprehensive Cancer Center; UNC Health; University of North Carolina at Chapel Hill; UNC School of Medicine
Wake Forest University | Winston-Salem | NC | Wake Forest; Wake Forest University School of Medicine; Wake Forest Baptist Health; Atrium Health Wake Forest Baptist; Wake Forest Baptist Comprehensive Cancer Center; Wake Forest Baptist Medical Center
Virginia Commonwealth University | Richmond | VA | VCU; VCU Health; VCU Massey; Massey Cancer Center; VCU Massey Comprehensive Cancer Center; VCU School of Medicine; VCU Massey Cancer Center; ~Medical College of Virginia; MCV; VCU Medical Center
University of Virginia | Charlottesville | VA | UVA; UVA Health; University of Virginia Health System; University of Virginia School of Medicine; UVA Cancer Center
Georgetown University | Washington | DC/MD/VA | Georgetown; MedStar Georgetown University Hospital; Lombardi Comprehensive Cancer Center; Georgetown Lombardi; MedStar Georgetown; Georgetown University Hospital
George Washington University | Washington | DC | lookalike; GWU; George Washington University Hospital; GW Cancer Center; George Washington University School of Medicine and Health Sciences; GW School of Medicine; GW
University of Maryland | Baltimore | MD | University of Maryland School of Medicine; Maryland Proton Treatment Center; Greenebaum Comprehensive Cancer Center; University of Maryland Medical Center; University of Maryland Greenebaum Comprehensive Cancer Center; UM Greenebaum; UMMC; UMGCCC; UMSOM; University of Maryland Marlene and Stewart Greenebaum Comprehensive Cancer Center; University of Maryland Medical System; UMMS; UMD; Maryland
Rutgers Cancer Institute | New Brunswick | NJ | Rutgers; Rutgers Cancer Institute of New Jersey; Rutgers Robert Wood Johnson Medical School; Robert Wood Johnson University Hospital; Rutgers New Jersey Medical School; Rutgers University; Rutgers Health; RWJBarnabas Health; ~University of Medicine and Dentistry of New Jersey; ~UMDNJ; ~Cancer Institute of New Jersey; CINJ; ~UMDNJ-Robert Wood Johnson Medical School
MD Anderson Cancer Center at Cooper | Camden | NJ | lookalike; MD Anderson at Cooper; Cooper University Health Care; Cooper University Hospital; Cooper; Cooper Medical School of Rowan University; Cooper Health
Hackensack Meridian Health | Hackensack | NJ | Hackensack University Medical Center; John Theurer Cancer Center; Hackensack Meridian School of Medicine; Hackensack; HUMC
University of Pittsburgh | Pittsburgh | PA/NY/OH | UPMC; UPMC Hillman Cancer Center; Hillman Cancer Center; University of Pittsburgh Medical Center; University of Pittsburgh School of Medicine; Pitt
Allegheny Health Network | Pittsburgh | PA | AHN; Allegheny General Hospital; Allegheny Health Network Cancer Institute; Allegheny
Geisinger | Danville | PA | Geisinger Medical Center; Geisinger Health; Geisinger Cancer Institute
University of Alabama at Birmingham | Birmingham | AL | UAB; UAB Medicine; O'Neal Comprehensive Cancer Center; UAB O'Neal Comprehensive Cancer Center; University of Alabama Birmingham; UAB Heersink School of Medicine; UAB Comprehensive Cancer Center
University of Miami | Miami | FL | Sylvester Comprehensive Cancer Center; Sylvester; UM Sylvester; University of Miami Miller School of Medicine; Miller School of Medicine; University of Miami Health System; UHealth
Miami Cancer Institute | Miami | FL | lookalike; Miami Cancer Institute at Baptist Health; Baptist Health South Florida; Baptist Health Miami Cancer Institute
University of Florida | Gainesville | FL | UF; UF Health; UF Health Proton Therapy Institute; UF Health Cancer Center; University of Florida College of Medicine; UF College of Medicine; University of Florida Health
Medical University of South Carolina | Charleston | SC | MUSC; MUSC Health; Hollings Cancer Center; MUSC Hollings Cancer Center
Augusta University | Augusta | GA | Medical College of Georgia; Georgia Cancer Center; Wellstar MCG Health; ~Georgia Regents University; ~Georgia Health Sciences University; AU Health; MCG
Ochsner Health | New Orleans | LA | Ochsner; Ochsner Clinic Foundation; Ochsner Medical Center; Ochsner Cancer Institute
Tulane University | New Orleans | LA | Tulane; Tulane University School of Medicine; Tulane Medical Center
Baylor College of Medicine | Houston | TX | Baylor; Dan L. Duncan Comprehensive Cancer Center; Baylor St. Luke's Medical Center; BCM; Baylor St. Luke's
Baylor Scott & White | Temple | TX | lookalike; Baylor Scott and White; Baylor Scott & White Health; Baylor University Medical Center; ~Scott & White; ~Scott and White Memorial Hospital
Houston Methodist | Houston | TX | Houston Methodist Hospital; Houston Methodist Neal Cancer Center
UTHealth Houston | Houston | TX | lookalike; University of Texas Health Science Center at Houston; McGovern Medical School; UTHealth; McGovern
Memorial Hermann | Houston | TX | lookalike; Memorial Hermann Cancer Center; Memorial Hermann Hospital
University of Texas Health Science Center at San Antonio | San Antonio | TX | UT Health San Antonio; UTHSCSA; UT Health Science Center San Antonio; UT Health Science Center at San Antonio; University of Texas Health San Antonio; Mays Cancer Center; UT Health San Antonio MD Anderson; UT Health San Antonio MD Anderson Cancer Center; Mays Cancer Center at UT Health San Antonio MD Anderson
University of Texas Medical Branch | Galveston | TX | UTMB; UTMB Health
University of Oklahoma | Oklahoma City | OK | OU Health; Stephenson Cancer Center; OU Health Stephenson Cancer Center; University of Oklahoma Health Sciences Center; University of Oklahoma College of Medicine; OU; Oklahoma
University of Arkansas for Medical Sciences | Little Rock | AR | UAMS; Winthrop P. Rockefeller Cancer Institute; Arkansas
University of Mississippi Medical Center | Jackson | MS | University of Mississippi; UMMC; UMMC Jackson; University of Mississippi Cancer Center
National Cancer Institute | Bethesda | MD | NCI; National Institutes of Health; NIH; NCI Radiation Oncology Branch; National Cancer Institute Bethesda; NIH Clinical Center; Center for Cancer Research
West Virginia University | Morgantown | WV | WVU; WVU Medicine; WVU Cancer Institute; West Virginia University School of Medicine
East Carolina University | Greenville | NC | ECU; Brody School of Medicine; ECU Health
University of Puerto Rico | San Juan | PR | UPR; University of Puerto Rico School of Medicine; UPR Medical Sciences Campus; University of Puerto Rico Comprehensive Cancer Center
LSU Health Sciences Center | New Orleans | LA | LSU; LSU Health; LSU Health New Orleans; Louisiana State University Health Sciences Center; LSU Health Shreveport
Inova Health | Falls Church | VA | lookalike; Inova; Inova Schar Cancer Institute; Inova Fairfax Hospital
Walter Reed National Military Medical Center | Bethesda | MD | Walter Reed; WRNMMC; Uniformed Services University
University of South Carolina | Columbia | SC | lookalike; University of South Carolina School of Medicine; USC School of Medicine Columbia
Albert Einstein Medical Center | Philadelphia | PA | lookalike; Einstein Medical Center Philadelphia; Jefferson Einstein Hospital; Einstein Healthcare Network
Oregon State University | Corvallis | OR | lookalike
Portland State University | Portland | OR | lookalike
Jackson Memorial Hospital | Miami | FL | lookalike; Jackson Health System
University of Alabama | Tuscaloosa | AL | lookalike
Cornell University | Ithaca | NY | lookalike
Miami University | Oxford | OH | lookalike
Morehouse School of Medicine | Atlanta | GA | lookalike
Providence Cancer Institute | Portland | OR | lookalike; Providence Portland Medical Center
Intermountain Health | Salt Lake City | UT | lookalike; Intermountain Healthcare; Intermountain Medical Center
Summa Health | Akron | OH | lookalike; Summa
Duquesne University | Pittsburgh | PA | lookalike
Michigan Medicine Sparrow | Lansing | MI | lookalike; Sparrow Hospital
`

// usStates maps state names and postal codes to postal codes.
var usStates = map[string]string{}

// domestic are the names of the United States in addresses.
var domestic = map[string]bool{"usa": true, "us": true, "united states": true, "united states of america": true, "u s a": true}

// foreignPlaces maps countries, their other names and Canadian and
// Australian provinces and states to a canonical country: an affiliation
// that ends in one is not a US program.
var foreignPlaces = map[string]string{}

// countryOf returns the canonical country of a folded place name, or the
// name itself.
func countryOf(key string) string {
	if c, ok := foreignPlaces[key]; ok {
		return c
	}
	if domestic[key] {
		return "us"
	}
	return key
}

func init() {
	for _, line := range strings.Split(`AL alabama;AK alaska;AZ arizona;AR arkansas;CA california;CO colorado;CT connecticut;DE delaware;DC district of columbia;FL florida;GA georgia;HI hawaii;ID idaho;IL illinois;IN indiana;IA iowa;KS kansas;KY kentucky;LA louisiana;ME maine;MD maryland;MA massachusetts;MI michigan;MN minnesota;MS mississippi;MO missouri;MT montana;NE nebraska;NV nevada;NH new hampshire;NJ new jersey;NM new mexico;NY new york;NC north carolina;ND north dakota;OH ohio;OK oklahoma;OR oregon;PA pennsylvania;RI rhode island;SC south carolina;SD south dakota;TN tennessee;TX texas;UT utah;VT vermont;VA virginia;WA washington;WV west virginia;WI wisconsin;WY wyoming;PR puerto rico`, ";") {
		code, name, _ := strings.Cut(line, " ")
		usStates[strings.ToLower(code)] = code
		usStates[name] = code
	}
	usStates["washington dc"] = "DC"
	usStates["d c"] = "DC"
	for _, group := range strings.Split(`canada:ontario,quebec,british columbia,alberta,manitoba,nova scotia,saskatchewan,new brunswick,newfoundland,on,qc,bc,ab,mb,ns,sk,nb;
		united kingdom:uk,england,scotland,wales,northern ireland,great britain,gb;ireland:republic of ireland,eire;france;germany:deutschland;
		italy:italia;spain:espana;portugal;netherlands:the netherlands,holland;belgium;switzerland;austria;denmark;sweden;norway;finland;
		poland;czech republic:czechia;hungary;greece;turkey:turkiye;israel;egypt;nigeria;ghana;kenya;uganda;tanzania;south africa;ethiopia;
		rwanda;morocco;tunisia;lebanon;jordan;saudi arabia:ksa,kingdom of saudi arabia;united arab emirates:uae;qatar;kuwait;oman;bahrain;
		iran;iraq;pakistan;india;bangladesh;nepal;sri lanka;china:pr china,peoples republic of china,p r china;hong kong:hong kong sar,hong kong sar china,hksar;
		taiwan;japan;korea:south korea,republic of korea,korea republic of,korea south,rok;singapore;malaysia;thailand;vietnam:viet nam;
		philippines;indonesia;australia:nsw,vic,qld,new south wales,victoria,queensland,south australia,western australia,tasmania;
		new zealand;brazil:brasil;argentina;chile;colombia;peru;mexico;cuba;uruguay;venezuela;ecuador;russia:russian federation;ukraine;
		romania;serbia;croatia;slovenia;slovakia;bulgaria;lithuania;latvia;estonia;iceland;luxembourg;cyprus;malta`, ";") {
		country, others, _ := strings.Cut(strings.TrimSpace(group), ":")
		foreignPlaces[country] = country
		for _, o := range strings.Split(others, ",") {
			if o = strings.TrimSpace(o); o != "" {
				foreignPlaces[o] = country
			}
		}
	}
	for _, dir := range []string{directory, worldDirectory} {
		for _, line := range strings.Split(dir, "\n") {
			if f := strings.Split(line, "|"); len(f) == 4 {
				if c := strings.Join(instTokens(f[1]), " "); c != "" {
					cities[c] = true
				}
			}
		}
	}
	for _, c := range []string{"ciudad de mexico", "roma", "milano", "munchen", "koln", "wien", "lisboa", "bogota dc", "sao paulo sp", "new york city", "nyc"} {
		cities[c] = true
	}
}

// cities are the folded names of the directory's cities.
var cities = map[string]bool{}

// cityOf returns the city a folded segment names: the city alone, or
// followed by a district word ("goyang si", "tokyo to"); postcodes are
// gone already ("dublin 8"). "Augusta University" names no city.
func cityOf(toks []string) string {
	return cityOfKey(strings.Join(toks, " "), toks)
}

// cityOfKey is cityOf(toks), given toks joined.
func cityOfKey(key string, toks []string) string {
	if cities[key] {
		return key
	}
	if n := len(toks); n > 1 && districtWords[toks[n-1]] {
		if k := strings.Join(toks[:n-1], " "); cities[k] {
			return k
		}
	}
	return ""
}

// districtWords follow a city's name in addresses abroad.
var districtWords = setOf(`si shi gu gun do to ku city cedex sar dc`)

// IsPlace reports whether a text names a US state, a country or a
// province, or a city of the directory: "NC", "Ohio", "Republic of
// Korea", "Ontario", "Durham".
func IsPlace(s string) bool {
	toks := instTokens(s)
	key := strings.Join(toks, " ")
	if key == "" {
		return false
	}
	_, state := usStates[key]
	return state || foreignPlaces[key] != "" || domestic[key] || cityOf(toks) != ""
}
