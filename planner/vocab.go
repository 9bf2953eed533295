package planner

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// The words around names: credentials after them, honorifics before
// them, particles inside surnames and generational suffixes. These are
// the only lists; sources reads people strings with them too.

// credentialList holds every degree, licence, board certification and
// fellowship confirmed printed after a name at oncology meetings,
// spelled the usual way. Lookup ignores case, dots and spaces.
const credentialWords = `MD DO PhD MBBS MBChB MBBCh BMBS BMBCh MBBChBAO MB BCh ChB BAO BChir BM MDCM MD-PhD MDPhD MSc MS MSCI MSCE MSCR
	MSE MSPH MSHS MSHP MSN MSW MSEd MEd MPH MBA MHA MHS MHSc MA BA BS BSc BSN BE BEng MEng ME MPhil DPhil ScD DSc DrPH
	JD LLM EdD PharmD BPharm DNP DPT DMD DDS DM MCh MMed MMedSc MMedRad MMSc MAS MBE MDiv MFA MPP MLS MRes MClinRes MSt
	DABR DABMP DABNM DABMS DipABR ABR FASTRO FACR FACRO FACP FACS FAAPM FACMP FCCPM MCCPM FASCO FRCPC FRCSC FRCR FRCP
	FRCPE FRCPI FRCS FRCSEd FRCSI FRCPath MRCP MRCS MRCOG FRCOG MRCPCH FRCPCH FRANZCR FRACP FRACS FFRRCSI FCRT FCPS MCPS
	FAMS FEBO CCFP DCH DGO DRCOG DTMH LRCP CMD RN NP PA PA-C PAC APRN CRNP ARNP FNP FNP-BC ANP AOCN AOCNP OCN CNS LCSW
	LMSW RD CTR CCRP CCRC RTT RT RTR DMP CHP CHES CNMT CDCES CPHQ CPC CCRN NE-BC PMP CMPE RhMSUS RhMSK CCD FAAN FAANS
	FASCP FCAP FACE FAAFP FAAP FAHA FACC FACOG FIDSA FABS FCCP DNB DMRT DMRD DMRE MEHP MEDED MTR MAS MHPE PGDip Esp`

// credentials maps a credential's key (upper case, no dots, spaces or
// brackets) to its usual spelling.
var credentials = func() map[string]string {
	m := map[string]string{}
	for _, c := range strings.Fields(credentialWords) {
		m[credentialKey(c)] = c
	}
	return m
}()

var credentialStrip = strings.NewReplacer(".", "", " ", "", "(", "", ")", "")

// credentialOf is credentials[credentialKey(c)], its key built on the
// stack when c is short ASCII.
func credentialOf(c string) (string, bool) {
	t := strings.TrimSpace(c)
	var buf [24]byte
	if len(t) > len(buf) {
		v, ok := credentials[credentialKey(c)]
		return v, ok
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch b := t[i]; {
		case b >= utf8.RuneSelf:
			v, ok := credentials[credentialKey(c)]
			return v, ok
		case b == '.' || b == ' ' || b == '(' || b == ')':
		case 'a' <= b && b <= 'z':
			buf[n] = b - ('a' - 'A')
			n++
		default:
			buf[n] = b
			n++
		}
	}
	v, ok := credentials[string(buf[:n])]
	return v, ok
}

func credentialKey(s string) string {
	return strings.ToUpper(credentialStrip.Replace(strings.TrimSpace(s)))
}

// Credential returns the usual spelling of the credential c, in any case
// and with or without dots ("m.d." and "MD" give "MD", "Ph.D." gives
// "PhD"), or "" when c is not one. Callers decide whether a capitalised
// word that is also a surname ("Do", "Ma") is meant.
func Credential(c string) string {
	if len(c) > 24 {
		return ""
	}
	if v, ok := credentialOf(c); ok {
		return v
	}
	// "MRCP(UK)", "FRCR (Clin Onc)", "MBBS (Hons)": the degree and a
	// note.
	if i := strings.Index(c, "("); i > 0 && strings.HasSuffix(strings.TrimSpace(c), ")") {
		return credentials[credentialKey(c[:i])]
	}
	return ""
}

// honorificList holds the titles printed before names, as keys: lower
// case without dots, slashes or hyphens ("A/Prof" is aprof, "Univ.-Prof."
// univprof, "Dr. med." two titles dr and med). German academic grades
// (med, rer nat, habil) count only after another title.
var honorifics = setOf(`dr dra drs doctor doctora dott dottssa dottoressa prof profa profe profssa professor professora pr
	aprof assocprof asstprof clin clinprof adjprof emprof univprof apl pd privdoz doz docent doc
	mr mrs ms miss mx sir dame lord lady hon rev fr sra srta ing mag mgr
	assoc asst associate assistant clinical adjunct emeritus
	drmed drrernat drphil drhc drmedhabil drmeddent profdr profdrmed mudr mvdr mddr drhab lek ir ao`)

// strongTitles are never names: they count without a dot before one
// name ("Dr Smith").
var strongTitles = setOf(`dr dra prof professor mr mrs ms miss mx aprof assocprof drmed profdr`)

// afterTitle are the parts of German and Austrian academic grades that
// follow a title: "Prof. Dr. med. habil.", "Dr. rer. nat.".
var afterTitle = setOf(`med rer nat habil hab dent vet phil hc mult sc techn univ iur pol oec n`)

// honorificKey folds a word to its honorific key.
func honorificKey(w string) string {
	f := fold(w)
	if strings.IndexAny(f, "./-,ªº") < 0 {
		return f // most words: nothing to strip, and no copy (a Replacer makes one)
	}
	return honorificStrip.Replace(f)
}

var honorificStrip = strings.NewReplacer(".", "", "/", "", "-", "", ",", "", "ª", "a", "º", "o")

// IsHonorific reports whether a word is a title printed before a name:
// Dr., Prof., A/Prof, Assoc., PD, Priv.-Doz., Dott.ssa, Dra.
func IsHonorific(w string) bool { return honorifics[honorificKey(w)] }

// StripHonorifics removes the titles at the front of a name, keeping at
// least one word: "PD Dr. med. Anna Weber" gives "Anna Weber",
// "A/Prof Kate Lin" gives "Kate Lin", "Prof. Li" stays "Prof. Li".
func StripHonorifics(name string) string {
	f := strings.Fields(name)
	i := stripTitles(f)
	return strings.Trim(strings.Join(f[i:], " "), " ,;")
}

// stripTitles returns how many leading words of f are titles, leaving
// one word at least.
func stripTitles(f []string) int {
	i := 0
	title := false
	for i < len(f)-1 {
		k := honorificKey(f[i])
		switch {
		case honorifics[k] && (strongTitles[k] || strings.HasSuffix(f[i], ".") || len(f)-i > 2):
			// A title that is also a name ("Ao", "Ing", "Doc")
			// needs its dot or two names after it.
			title = true
		case title && afterTitle[k]:
		case title && strings.HasPrefix(k, "dr") && afterTitle[k[2:]]:
		default:
			return i
		}
		i++
	}
	return i
}

// particles begin compound surnames: van der Berg, De La Cruz, al Hassan,
// dos Santos, bin Ismail.
var particles = setOf(`van von der den de del della delle degli dei di da dos das do du la le lo las los el al ter ten te
	zu zur vom st ste bin binti bint bte bt ibn abu y e`)

// patronymic particles join a given name to the father's ("Ahmad bin
// Ismail"): the name is also read without them (Ahmad Ismail).
var patronymic = setOf(`bin binti bint bte bt ibn`)

// gaelic are the Irish and Scottish surname prefixes, as written
// (with the fada: a bare "O" is more likely an initial).
var gaelic = map[string]bool{"ó": true, "ní": true, "nic": true, "uí": true, "mac": true, "mc": true}

// IsParticle reports whether a word begins or joins a compound surname
// ("van", "De", "dos", "bin").
func IsParticle(w string) bool {
	return particles[strings.Trim(fold(w), ".")] || gaelic[strings.ToLower(w)]
}

// suffixes are generational suffixes, dropped before matching.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "jnr": true, "snr": true}

// IsSuffix reports whether a word is a generational suffix: Jr., Sr., III.
func IsSuffix(w string) bool {
	if len(w) <= 64 && isASCII(w) {
		// fold lower-cases an ASCII word: do it on the stack.
		var buf [64]byte
		return suffixes[string(bytes.Trim(lowerASCII(buf[:], w), ".,"))]
	}
	return suffixes[strings.Trim(fold(w), ".,")]
}

// unknownGiven are the placeholders US forms print for a missing given
// or family name: FNU (first name unknown), LNU, NFN (no first name).
var unknownGiven = setOf(`fnu lnu nfn nln unk`)

// IsCredential reports whether a printed token is a credential as written
// after a name: "MD", "M.D.", "PhD", "FRCR". A capitalised word that is
// also a surname ("Do", "Ma") is not: a credential has two capitals, a
// dot, or is one letter.
func IsCredential(tok string) bool { return isCredential(tok) }
