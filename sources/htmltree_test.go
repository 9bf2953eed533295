package sources

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/confplan/confplan/internal/synth"
)

// sameTree returns "" when a and b are the same tree, node for node,
// else where they first differ.
func sameTree(a, b *html.Node, path string) string {
	if a.Type != b.Type || a.DataAtom != b.DataAtom || a.Data != b.Data || a.Namespace != b.Namespace || !slices.Equal(a.Attr, b.Attr) {
		return fmt.Sprintf("%s: %v %q %v, want %v %q %v", path, a.Type, a.Data, a.Attr, b.Type, b.Data, b.Attr)
	}
	ca, cb := a.FirstChild, b.FirstChild
	for i := 0; ca != nil || cb != nil; i++ {
		if ca == nil || cb == nil {
			return fmt.Sprintf("%s/%d: child missing (%v, want %v)", path, i, ca != nil, cb != nil)
		}
		if ca.Parent != a || (ca.NextSibling == nil) != (a.LastChild == ca) {
			return fmt.Sprintf("%s/%d: links broken", path, i)
		}
		if d := sameTree(ca, cb, fmt.Sprintf("%s/%d %s", path, i, cb.Data)); d != "" {
			return d
		}
		ca, cb = ca.NextSibling, cb.NextSibling
	}
	return ""
}

// checkPlain fails when parsePlain accepts data and builds another
// tree than html.Parse; it reports whether it accepted.
func checkPlain(t testing.TB, data []byte) bool {
	t.Helper()
	got, ok := parsePlain(data)
	if !ok {
		return false
	}
	want, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("parsePlain accepted a page html.Parse fails: %v\n%q", err, clipBytes(data))
	}
	if d := sameTree(got, want, ""); d != "" {
		t.Fatalf("parsePlain's tree differs from html.Parse's at %s\n%q", d, clipBytes(data))
	}
	return true
}

func clipBytes(b []byte) []byte {
	if len(b) > 2000 {
		return b[:2000]
	}
	return b
}

// plainSeeds are pages and pieces of pages: the real-shaped test pages,
// the generated program, and what each rule of parsePlain is about.
func plainSeeds(t testing.TB) [][]byte {
	var seeds [][]byte
	files, _ := filepath.Glob("testdata/html/*html")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	prog := synth.Generate(synth.Scale(1)).Program
	seeds = append(seeds, prog[:min(len(prog), 20000)], esPage(4, 2, false), esPage(4, 2, true))
	for _, s := range []string{
		"", "<!DOCTYPE html>", "<html>", "<html><head></head><body>", "<!DOCTYPE html><html><head></head><body></body></html>",
		"<!DOCTYPE html>\n<html lang=en>\n<head>\n<title>T &amp; U</title>\n<meta charset=utf-8>\n<!-- c -->\n</head>\n<body class=x>\n<p>a</p>\n</body>\n</html>\n",
		"<html><head></head><body><p><div>x</div></p></body></html>",
		"<html><head></head><body><ul><li>a<li>b</ul></body></html>",
		"<html><head></head><body><ul><li>a<div><li>b</div></ul></body></html>",
		"<html><head></head><body><ul><li>a<ul><li>b</li></ul></li></ul></body></html>",
		"<html><head></head><body><dl><dt>a<dd>b</dl></body></html>",
		"<html><head></head><body><h1>a<h2>b</h2></h1></body></html>",
		"<html><head></head><body><a href=x id=y>a<a>b</a></a></body></html>",
		"<html><head></head><body><b z=1 a=2>a<i>b</i></b><b>c</b></body></html>",
		"<html><head></head><body><b>a<div>b</b></div></body></html>",
		"<html><head></head><body><div>a</span></div></body></html>",
		"<html><head></head><body><div>a<br/>b<img src=x /><hr></div></body></html>",
		"<html><head></head><body><div/>a</body></html>",
		"<html><head></head><body><script>if (a<b) {}</script><style>p{}</style></body></html>",
		"<html><head><script>x</script><style>y</style></head><body></body></html>",
		"<html><head></head><body>a</body>\n<!-- c -->\n</html>\n<!-- d -->\n",
		"<html><head></head><body><div>a</body></html> ",
		"<html><head></head><body><div><span>trunc",
		"<html><head></head><body><div cla",
		"<html><head><title>open",
		"<html><head></head>\n<body>a &nbsp;b &#x41; &bogus;</body></html>",
		"<html><head></head><body><table><tr><td>a</td></tr></table></body></html>",
		"<html><head></head><body><svg><rect/></svg></body></html>",
		"<html><head></head><body><p>a<p>b</body></html>",
		"<html><head></head><body><pre>\na</pre></body></html>",
		"<html><head></head><body><custom-tag>a</custom-tag></body></html>",
		"<HTML><HEAD></HEAD><BODY><DIV CLASS=A>x</DIV></BODY></HTML>",
		"<html><head></head><body>a\r\nb\rc</body></html>",
		"<html><head></head><body><div>" + strings.Repeat("<span>", 600) + "</div></body></html>",
		"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><head></head><body></body></html>",
		"<!--x--><!DOCTYPE html><html><!--y--><head></head><!--z--><body></body></html>",
		"<html><head></head><body></body><p>late</p></html>",
		`<html><head></head><body><div class="a" class="b" CLASS="c" Id="x" data-x="1"data-y="2" e='3' f=4 g h="&amp;" i="a\r\nb" j = "5">x</div ></body></html>`,
		`<html><head></head><body><DIV  class="a"	id="b"
data-k="v" >x</DIV><span _a="1" 1b="2" a:b="3" a.b-c_d="4"></span><br class="x"/><img src="a>b"></body></html>`,
		`<html><head></head><body><div class="a" class="b" id="c" data-presid="1" data-presid="2">x</div></body></html>`,
		"<html><head></head><body><div><span>a</div>b<div><b>c</div>d</b></body></html>",
		"<html><head></head><body><ul><li><div>a</li><li>b</ul></div></body></html>",
		"<html><head></head><body><ul><li>a<ul><li>b</li></li>c</ul></ul></body></html>",
		"<html><head></head><body></div></span></b></li></h2></hr></img></script>x</p></body></html>",
		"<html><head></head><body><a><div>x</a>y</div></body></html>",
		"<html><head></head><body><span><div>x</span>y</div><span><sup>z</span>w</body></html>",
		"<html><head></head><body><p><span>a</p>b<h1><span>c</h2>d<dl><dt><span>e</dd>f</dt></dl></body></html>",
		"<html><head></head><body><div class=\"container\"><ul id=\"agenda\"><li>a</li></div><li>b</li></ul></body></html>",
		"<html><head></head><body><b><span>a</b>c<i><a>d</i>e</a></body></html>",
		"<!doctype HTML><html><head><title>a &amp; b</TITLE><style>p{}</style><script>a</b</script></head><body><!----><!-- a -- b --><!--a--->x</body></html>",
		"<html><head><!-- a &amp; b &lt;c&gt; --></head><body><!--&nbsp;--><title>x</title></body></html>",
		"<html><head><script>x<!--y</script></head><body><script></script><script>a</scriptx</script></body></html>",
		`<html><head></head><body><a href="?a=1&amp;b=2" title='x"y'>z</a><br/><br /><img src="a"/><div/ ></body></html>`,
		"<html><head></head><body>a<b</body></html>", "<html><head></head><body>a<", "<html><head></head><body><!x></body></html>", "<html><head></head><body><? x ?></body></html>",
		`<html><head></head><body></></ div><div x="1"y="2"></div></body></html>`,
		`<html><head></head><body><!-- unterminated`,
		`<html><head></head><body><script>unterminated`,
		`<html><head></head><body><div title="a`,
		"<html><head>\n<title>a</title>\n \n</head>\n \n<body>a</span>b</x>c<!--d-->e</sup>f</body>\n</html>\n \n",
		`<html><head></head><body><blockquote0 a="1"></blockquote0><h1 x="1">a</h1 ><p></p x></body></html>`,
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// TestParsePlain holds parsePlain to html.Parse's tree on the seeds,
// and to taking the plain pages it is for.
func TestParsePlain(t *testing.T) {
	for _, s := range plainSeeds(t) {
		checkPlain(t, s)
	}
	for _, k := range []int{1, 3} {
		prog := synth.Generate(synth.Scale(k)).Program
		if !checkPlain(t, prog) {
			t.Errorf("the generated program at %d× is not built by parsePlain", k)
		}
		if read, ok := (&plainTree{doc: &html.Node{Type: html.DocumentNode}}).scan(prog); !read || !ok {
			t.Errorf("the generated program at %d× is not read by scan (read %v, built %v)", k, read, ok)
		}
	}
	for _, unclosed := range []bool{false, true} {
		if !checkPlain(t, esPage(40, 6, unclosed)) {
			t.Errorf("esPage(unclosed %v) is not built by parsePlain", unclosed)
		}
	}
	for _, f := range []string{"testdata/html/eventscribe-list.html", "testdata/html/eventscribe-myschedule.html", "testdata/html/eventscribe-session.html", "testdata/html/jsonld.html", "testdata/html/microdata.html"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !checkPlain(t, b) {
			t.Errorf("%s is not built by parsePlain", f)
		}
	}
}

// FuzzParsePlain: whatever page parsePlain builds, html.Parse builds
// the same tree of.
func FuzzParsePlain(f *testing.F) {
	for _, s := range plainSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkPlain(t, data)
	})
}

// BenchmarkParsePage is parsePage on the generated program page, beside
// BenchmarkParseHTMLFloor's html.Parse of it.
func BenchmarkParsePage(b *testing.B) {
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("ASTRO=%dx", k), func(b *testing.B) {
			data := synth.Generate(synth.Scale(k)).Program
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parsePage(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestUnescape holds the tree's decoding of text to the tokenizer's
// (html.UnescapeString) on the references it decodes itself, their near
// misses and others.
func TestUnescape(t *testing.T) {
	var tr plainTree
	for _, s := range []string{"", "plain", "&", "&&", "a & b", "&amp;", "&amp", "&ampx;", "&AMP;", "&amp;lt;", "&amp;amp;",
		"R&amp;D &lt;b&gt; &quot;x&quot; it&#39;s a&nbsp;b", "&lt", "&gt", "&quot", "&#39", "&#x27;", "&#039;", "&nbsp", "&NBSP;",
		"&nbspx", "&eacute;t&eacute;", "caf&#233;", "&#128;", "&#0;", "x&amp;", "&amp;&amp;&amp;", "&lt;&#39;&gt;&eacute;", "\u00e9&amp;\u00e9"} {
		if got, want := string(tr.unescape([]byte(s))), html.UnescapeString(s); got != want {
			t.Errorf("unescape(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzUnescape compares the tree's decoding of text with the
// tokenizer's on any text.
func FuzzUnescape(f *testing.F) {
	for _, s := range []string{"R&amp;D &lt;b&gt;", "it&#39;s&nbsp;", "&eacute;&amp", "&&amp;;"} {
		f.Add(s)
	}
	var tr plainTree
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(tr.unescape([]byte(s))), html.UnescapeString(s); got != want {
			t.Errorf("unescape(%q) = %q, want %q", s, got, want)
		}
	})
}
