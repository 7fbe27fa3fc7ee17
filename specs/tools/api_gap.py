#!/usr/bin/env python3
"""Lists Go 1.19 API entries (from /usr/share/go-1.19/api/go1*.txt) that gosim's Go-source
standard library (specs/src/main/resources/gosim/stdlib) does not declare, so the gap is measurable.

Usage: specs/tools/api_gap.py [pkg ...]   (default: the packages of issue 15)
Prints one line per missing entry, prefixed with the api file it first appears in, then a count
per package. Heuristic: a name counts as declared if the package source has a func, method, type,
const or var declaration of that name (methods by receiver type and name, or promoted from an
embedded struct field's type, as bufio.ReadWriter's are)."""
import glob, os, re, sys

API = "/usr/share/go-1.19/api"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "gosim", "stdlib")
DEFAULT = ["strings", "bytes", "strconv", "sort", "sync/atomic", "bufio", "io", "math"]

def entries():
    out = []
    for f in sorted(glob.glob(os.path.join(API, "go1*.txt")), key=lambda p: [int(x) for x in re.findall(r"\d+", os.path.basename(p))] or [1]):
        for line in open(f):
            m = re.match(r"pkg ([\w/]+)(?: \([^)]*\))?, (.*)$", line.strip())
            if m:
                out.append((os.path.basename(f)[:-4], m.group(1), m.group(2)))
    return out

def source(pkg):
    d = os.path.join(ROOT, pkg)
    return "".join(open(p).read() for p in sorted(glob.glob(os.path.join(d, "*.go"))))

def embedded(src, typ):
    """The type names embedded in struct type typ (lines of just a type inside its declaration)."""
    m = re.search(r"^type %s struct \{\n(.*?)^\}" % typ, src, re.M | re.S)
    return re.findall(r"^\s*\*?(\w+)\s*$", m.group(1), re.M) if m else []

def method(src, typ, name):
    """Whether typ declares method name, or promotes it from a type it embeds."""
    if re.search(r"func \(\w*\s*\*?%s(?:\[[^\]]*\])?\)\s*%s\b" % (typ, name), src):
        return True
    return any(method(src, e, name) for e in embedded(src, typ))

def declared(src, entry):
    m = re.match(r"method \(\*?(\w+)(?:\[[^\]]*\])?\) (\w+)", entry)
    if m:
        return method(src, m.group(1), m.group(2))
    m = re.match(r"func (\w+)", entry)
    if m:
        return re.search(r"func %s\b" % m.group(1), src)
    m = re.match(r"type (\w+) (struct|interface)?", entry)
    if m and " struct, " not in entry and not re.match(r"type \w+ interface, ", entry):
        return re.search(r"\b%s\b(\[[^\]]*\])?\s+(struct|interface|func|\w|\*|\[)" % m.group(1), src)
    m = re.match(r"type (\w+) struct, embedded \*?(?:\w+\.)?(\w+)", entry)
    if m:
        return m.group(2) in embedded(src, m.group(1))
    m = re.match(r"type (\w+) (struct|interface), (\w+)", entry)
    if m:  # struct fields / interface methods: the type is what matters here
        return re.search(r"\btype %s\b" % m.group(1), src) and re.search(r"\b%s\b" % m.group(3), src)
    m = re.match(r"(const|var) (\w+)", entry)
    if m:
        return re.search(r"^\s*(const|var)?\s*%s\b" % m.group(2), src, re.M)
    return True

def main(pkgs):
    seen, counts = set(), {}
    for ver, pkg, entry in entries():
        if pkg not in pkgs or (pkg, entry) in seen:
            continue
        seen.add((pkg, entry))
        total, miss = counts.get(pkg, (0, 0))
        ok = declared(source(pkg), entry)
        counts[pkg] = (total + 1, miss + (0 if ok else 1))
        if not ok:
            print("%s\t%s\t%s" % (ver, pkg, entry))
    for p in pkgs:
        t, m = counts.get(p, (0, 0))
        print("# %s: %d of %d api entries missing" % (p, m, t))

if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
