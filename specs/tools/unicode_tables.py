#!/usr/bin/env python3
"""Writes specs/src/main/resources/gosim/stdlib/unicode/tables.go: the Unicode data of gosim's
unicode package, dumped from the unicode package of the installed Go (1.19: Unicode 13.0.0).
With --go17 it writes tables_go17.go instead: the same dump of Go 1.7's unicode package (Unicode
9.0.0), its source read from the Go mirror (git --git-dir=/work/.mirror/euank+go/repo show
go1.7:src/unicode/FILE for each non-test file) into a temporary GOPATH as package gosim17/unicode,
which the installed go compiles; only Go 1.7's api names are dumped (api/go1.txt .. go1.7.txt).
Each file's first line is its dialect gate (lang.Since on a library data file): tables_go17.go
`//gosim:before 1.10` (Go 1.7 to 1.9 shipped Unicode 9.0.0), tables.go `//gosim:since 1.10`
(1.10-1.15 had Unicode 10 to 12, which gosim has no dialect of; 1.16+ 13.0.0).

Usage: specs/tools/unicode_tables.py [--go17] [OUT]   (needs `go` on PATH)

The tables are Unicode facts: a small Go program (written to a temporary directory and run with
`go run`) reads them through unicode's exported API (the category, script, property and fold maps,
every exported table variable named in /usr/share/go-1.19/api/go1*.txt, CaseRanges, TurkishCase,
GraphicRanges, PrintRanges) and derives the unexported ones from its functions: the Latin-1
property bits from the categories and IsPrint, asciiFold and caseOrbit from SimpleFold. This script
then writes them as Go composite literals, one declaration per line, in the layout our unicode.go
expects. Names newer than Go 1.7 (the default dialect) get a `//gosim:since 1.N` line from the api
file that introduced them, so the default dialect sees only Go 1.7's names (with 13.0.0's data)."""
import glob, json, os, re, subprocess, sys, tempfile

API = "/usr/share/go-1.19/api"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "gosim", "stdlib", "unicode", "tables.go")
OUT17 = os.path.join(os.path.dirname(OUT), "tables_go17.go")
MIRROR = "/work/.mirror/euank+go/repo"


def api_vars():
    """Exported unicode variables of type *RangeTable, each with the minor release that added it."""
    out = {}
    for f in glob.glob(os.path.join(API, "go1*.txt")):
        m = re.match(r"go1(?:\.(\d+))?\.txt$", os.path.basename(f))
        minor = int(m.group(1) or 0)
        for line in open(f):
            v = re.match(r"pkg unicode, var (\w+) \*RangeTable$", line.strip())
            if v and out.get(v.group(1), 99) > minor:
                out[v.group(1)] = minor
    return out


DUMPER = """package main

import (
	"encoding/json"
	"os"
	"unicode"
)

type table struct {
	R16    [][3]uint16
	R32    [][3]uint32
	Latin  int
}

var ids = map[*unicode.RangeTable]string{}
var tables = map[string]table{}

// id names a table by where it is first seen (a map and key), so tables shared by names are one.
func id(t *unicode.RangeTable, name string) string {
	if s, ok := ids[t]; ok {
		return s
	}
	ids[t] = name
	var tb table
	for _, r := range t.R16 {
		tb.R16 = append(tb.R16, [3]uint16{r.Lo, r.Hi, r.Stride})
	}
	for _, r := range t.R32 {
		tb.R32 = append(tb.R32, [3]uint32{r.Lo, r.Hi, r.Stride})
	}
	tb.Latin = t.LatinOffset
	tables[name] = tb
	return name
}

func cases(cs []unicode.CaseRange) [][5]int64 {
	var out [][5]int64
	for _, c := range cs {
		out = append(out, [5]int64{int64(c.Lo), int64(c.Hi), int64(c.Delta[0]), int64(c.Delta[1]), int64(c.Delta[2])})
	}
	return out
}

func main() {
	out := map[string]interface{}{}
	maps := map[string]map[string]string{}
	for _, m := range []struct {
		name, prefix string
		m            map[string]*unicode.RangeTable
	}{{"Categories", "_", unicode.Categories}, {"Scripts", "_", unicode.Scripts},
		{"Properties", "_", unicode.Properties}, {"FoldCategory", "fold", unicode.FoldCategory},
		{"FoldScript", "fold", unicode.FoldScript}} {
		keys := map[string]string{}
		for k, t := range m.m {
			keys[k] = id(t, m.prefix+k)
		}
		maps[m.name] = keys
	}
	vars := map[string]string{}
	for name, t := range VARS {
		vars[name] = id(t, "_"+name)
	}
	var graphic, print []string
	for _, t := range unicode.GraphicRanges {
		graphic = append(graphic, ids[t])
	}
	for _, t := range unicode.PrintRanges {
		print = append(print, ids[t])
	}
	// Latin-1 properties (graphic.go's pC.. bits: C 1, P 2, N 4, S 8, Z 16, Lu 32, Ll 64, printable 128)
	var props [256]int
	for r := rune(0); r < 256; r++ {
		p := 0
		switch {
		case unicode.Is(unicode.Cc, r):
			p = 1
		case unicode.Is(unicode.P, r):
			p = 2
		case unicode.Is(unicode.N, r):
			p = 4
		case unicode.Is(unicode.S, r):
			p = 8
		case unicode.Is(unicode.Z, r):
			p = 16
		case unicode.Is(unicode.Lu, r):
			p = 32
		case unicode.Is(unicode.Ll, r):
			p = 64
		case unicode.Is(unicode.L, r):
			p = 96
		}
		if unicode.IsPrint(r) {
			p |= 128
		}
		props[r] = p
	}
	var ascii [128]int
	for r := rune(0); r < 128; r++ {
		ascii[r] = int(unicode.SimpleFold(r))
	}
	// caseOrbit: the runes whose SimpleFold is not the default (ToLower, else ToUpper) or whose
	// orbit has more than two members (letter.go SimpleFold)
	var orbit [][2]int
	for r := rune(0x80); r <= 0xFFFF; r++ {
		f := unicode.SimpleFold(r)
		def := unicode.ToLower(r)
		if def == r {
			def = unicode.ToUpper(r)
		}
		n := 1
		for x := f; x != r && n < 10; x = unicode.SimpleFold(x) {
			n++
		}
		if f != def || n > 2 {
			orbit = append(orbit, [2]int{int(r), int(f)})
		}
	}
	out["version"] = unicode.Version
	out["tables"] = tables
	out["maps"] = maps
	out["vars"] = vars
	out["graphic"] = graphic
	out["print"] = print
	out["caseRanges"] = cases(unicode.CaseRanges)
	out["turkish"] = cases(unicode.TurkishCase)
	out["azeriIsTurkish"] = &unicode.AzeriCase[0] == &unicode.TurkishCase[0]
	out["properties"] = props
	out["asciiFold"] = ascii
	out["caseOrbit"] = orbit
	json.NewEncoder(os.Stdout).Encode(out)
}
"""


def go17_package(gopath):
    """Go 1.7's unicode package (its non-test files, from the mirror) as gopath's gosim17/unicode."""
    git = ["git", "--git-dir=" + MIRROR]
    d = os.path.join(gopath, "src", "gosim17", "unicode")
    os.makedirs(d)
    files = subprocess.run(git + ["ls-tree", "--name-only", "go1.7:src/unicode/"], check=True,
                           capture_output=True, text=True).stdout.split()
    for f in files:
        if f.endswith(".go") and not f.endswith("_test.go") and f != "maketables.go":  # maketables: +build ignore
            src = subprocess.run(git + ["show", "go1.7:src/unicode/" + f], check=True, capture_output=True,
                                 text=True).stdout
            open(os.path.join(d, f), "w").write(src)


def dump(names, go17=False):
    src = DUMPER.replace("VARS", "map[string]*unicode.RangeTable{" +
                         ", ".join('"%s": unicode.%s' % (n, n) for n in sorted(names)) + "}")
    if go17:
        src = src.replace('\t"unicode"\n', '\tunicode "gosim17/unicode"\n')
    with tempfile.TemporaryDirectory() as d:
        env = dict(os.environ, GO111MODULE="off")
        if go17:
            go17_package(d)
            env["GOPATH"] = d
        p = os.path.join(d, "dump.go")
        open(p, "w").write(src)
        return json.loads(subprocess.run(["go", "run", p], check=True, capture_output=True, text=True,
                                         env=env).stdout)


def since(minor):
    return "//gosim:since 1.%d\n" % minor if minor > 7 else ""


def table(t):
    parts = []
    if t["R16"]:
        parts.append("R16: []Range16{%s}" % ", ".join("{%#x, %#x, %d}" % tuple(r) for r in t["R16"]))
    if t["R32"]:
        parts.append("R32: []Range32{%s}" % ", ".join("{%#x, %#x, %d}" % tuple(r) for r in t["R32"]))
    if t["Latin"]:
        parts.append("LatinOffset: %d" % t["Latin"])
    return "&RangeTable{%s}" % ", ".join(parts)


def cases(cs):
    def delta(x):
        return "UpperLower" if x == 0x110000 else str(x)
    return ", ".join("{%#x, %#x, d{%s}}" % (c[0], c[1], ", ".join(delta(x) for x in c[2:])) for c in cs)


def main(out, go17=False):
    added = api_vars()
    if go17:
        added = {n: m for n, m in added.items() if m <= 7}
    data = dump(added, go17)
    tables, maps, vars = data["tables"], data["maps"], data["vars"]
    # which name a table is first known by in the api, for the since gate of map entries
    w = []
    if go17:
        w.append("//gosim:before 1.10\n"
                 "// Code generated by specs/tools/unicode_tables.py --go17 from go1.7's unicode package (Unicode\n"
                 "// %s), compiled by Go %s: the data only, dumped through that package's API. DO NOT EDIT.\n\n"
                 "package unicode\n\n" % (data["version"], subprocess.run(["go", "env", "GOVERSION"],
                                                                         capture_output=True, text=True).stdout.strip()[2:]))
    else:
        w.append("//gosim:since 1.10\n"
                 "// Code generated by specs/tools/unicode_tables.py from the unicode package of Go %s's\n"
                 "// release (Unicode %s): the data only, dumped through that package's API. DO NOT EDIT.\n\n"
                 "package unicode\n\n" % (subprocess.run(["go", "env", "GOVERSION"], capture_output=True,
                                                        text=True).stdout.strip()[2:], data["version"]))
    w.append("// Version is the Unicode edition the tables are derived from (the dialect's: see unicode.go).\n")
    w.append('const Version = "%s"\n\n' % data["version"])
    for name in sorted(tables):
        w.append("var %s = %s\n" % (name, table(tables[name])))
    w.append("\n")
    for name in sorted(vars):
        w.append("%svar %s = %s\n" % (since(added[name]), name, vars[name]))
    w.append("\n")
    exported = {}
    for name in sorted(vars):
        exported.setdefault(vars[name], name)
    for m in ["Categories", "Scripts", "Properties", "FoldCategory", "FoldScript"]:
        w.append("var %s = map[string]*RangeTable{\n" % m)
        for k in sorted(maps[m]):
            t = maps[m][k]
            gate = since(added[k]) if m in ("Scripts", "Properties") and k in added else ""
            w.append('%s\t"%s": %s,\n' % (gate, k, exported.get(t, t) if not gate else k))
        w.append("}\n\n")
    w.append("var GraphicRanges = []*RangeTable{%s}\n\n" % ", ".join(exported[t] for t in data["graphic"]))
    w.append("var PrintRanges = []*RangeTable{%s}\n\n" % ", ".join(exported[t] for t in data["print"]))
    w.append("var CaseRanges = _CaseRanges\n")
    w.append("var _CaseRanges = []CaseRange{%s}\n\n" % cases(data["caseRanges"]))
    w.append("var _TurkishCase = SpecialCase{%s}\n" % cases(data["turkish"]))
    w.append("var TurkishCase SpecialCase = _TurkishCase\n")
    assert data["azeriIsTurkish"]
    w.append("var AzeriCase SpecialCase = _TurkishCase\n\n")
    w.append("// the Latin-1 category bits of graphic.go (pC, pP, pN, pS, pZ, pLu, pLl, pp)\n")
    w.append("var properties = [MaxLatin1 + 1]uint8{%s}\n\n" % ", ".join("%#x" % p for p in data["properties"]))
    w.append("var asciiFold = [MaxASCII + 1]uint16{%s}\n\n" % ", ".join("%#x" % p for p in data["asciiFold"]))
    w.append("var caseOrbit = []foldPair{%s}\n" % ", ".join("{%#x, %#x}" % tuple(p) for p in data["caseOrbit"]))
    open(out, "w").write("".join(w))


if __name__ == "__main__":
    args = sys.argv[1:]
    go17 = args[:1] == ["--go17"]
    args = args[1:] if go17 else args
    main(args[0] if args else OUT17 if go17 else OUT, go17)
