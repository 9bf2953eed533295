package sources

// The kind classifier as it was before it wrote the words on the stack
// (classifyIn, appendWordText), kept as the reference the new one must
// agree with.

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"

	"github.com/confplan/confplan/planner"
)

// classifyWordsRef is classifyWords as it was: the title's words joined
// in a new string.
func classifyWordsRef(t, title string, fallback planner.Kind) planner.Kind {
	if hasAnyRef(t, posterWords) {
		return planner.KindPoster
	}
	w := " " + wordTextRef(title) + " "
	talk := fallback == planner.KindTalk
	switch {
	case hasAnyRef(w, posterWords):
		return planner.KindPoster
	case hasAnyRef(t, eventWords) || !talk && hasAnyRef(w, eventWords):
		return planner.KindEvent
	case hasAnyRef(t, receptionWords) || !talk && hasAnyRef(w, receptionTitleWords):
		return planner.KindReception
	}
	return fallback
}

// wordTextRef is wordText as it was, written with a strings.Builder.
func wordTextRef(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&' || c == '-' {
				b.WriteByte(c)
				space = false
			} else if !space {
				b.WriteByte(' ')
				space = true
			}
		}
		return strings.TrimSpace(b.String())
	}
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '-' {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// kindsDiff compares the classifiers on one title and type.
func kindsDiff(t testing.TB, title, typ string) {
	t.Helper()
	if got, want := wordText(title), wordTextRef(title); got != want {
		t.Fatalf("wordText(%q) = %q, want %q", title, got, want)
	}
	if got, want := typeWords(typ), " "+wordTextRef(typ)+" "; got != want {
		t.Fatalf("typeWords(%q) = %q, want %q", typ, got, want)
	}
	tw := " " + wordTextRef(typ) + " "
	for _, fb := range []planner.Kind{planner.KindTalk, planner.KindSession} {
		want := classifyWordsRef(tw, title, fb)
		if got := classifyWords(tw, title, fb); got != want {
			t.Fatalf("classifyWords(%q, %q, %v) = %v, want %v", tw, title, fb, got, want)
		}
		if got := classify(title, typ, fb); got != want {
			t.Fatalf("classify(%q, %q, %v) = %v, want %v", title, typ, fb, got, want)
		}
		for _, ps := range [][]string{posterWords, eventWords, receptionWords, receptionTitleWords} {
			set := newPhraseSet(ps)
			want := hasAnyRef(tw, ps)
			if got := inWords(tw, set); got != want {
				t.Fatalf("inWords(%q, %q) = %v, want %v", tw, ps, got, want)
			}
			if got := inWords([]byte(tw), set); got != want {
				t.Fatalf("inWords([]byte(%q), %q) = %v, want %v", tw, ps, got, want)
			}
		}
	}
}

// TestClassifyDiff compares the classifiers on every text of the test
// pages (titles and types both) and on the phrases themselves.
func TestClassifyDiff(t *testing.T) {
	var texts []string
	for _, page := range esDiffPages(t) {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
		if err != nil {
			continue
		}
		doc.Find("*").Each(func(_ int, s *goquery.Selection) {
			if s.Children().Length() <= 3 {
				texts = append(texts, s.Text())
			}
		})
	}
	for _, ps := range [][]string{posterWords, eventWords, receptionWords, receptionTitleWords} {
		for _, p := range ps {
			texts = append(texts, p, strings.ToUpper(p)+" Session", "Ünïcode "+p+"\u00a0x", "x-"+p, p+"s", "  "+p+"  ")
		}
	}
	texts = append(texts, "", " ", "\xff", "É", strings.Repeat("Poster Reception ", 40), "A\u0130B arro")
	for i, title := range texts {
		kindsDiff(t, title, texts[(i*7+3)%len(texts)])
		kindsDiff(t, title, "")
	}
}

func FuzzClassify(f *testing.F) {
	for _, s := range []string{"Poster Q&A", "ARRO Reception", "Social Determinants of Health", "Médical Students", "e-Poster\tViewing", "\xc3("} {
		f.Add(s, "Oral Session")
	}
	f.Fuzz(func(t *testing.T, title, typ string) {
		kindsDiff(t, title, typ)
	})
}
