#!/usr/bin/env python3
"""Lists Go 1.19 API entries (from /usr/share/go-1.19/api/go1*.txt) that gosim's Go-source
standard library (specs/src/main/resources/gosim/stdlib) does not declare, so the gap is measurable.

Usage: specs/tools/api_gap.py [pkg ...]   (default: the packages of issue 15)
       specs/tools/api_gap.py --gates [pkg ...]
Prints one line per missing entry, prefixed with the api file it first appears in, then a count
per package. With --gates it lists instead the declared funcs, methods, types, consts and vars
newer than Go 1.7 (the default dialect) that carry no `//gosim:since 1.N` line naming the release
of their api file (a wrong N is listed too), so the default dialect would wrongly have them. Heuristic: a name counts as declared if the package source has a func, method, type,
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

def minor(ver):
    return int(ver.split(".")[1]) if "." in ver else 0

def decl_at(src, entry):
    """Where entry's declaration starts in src (an offset), or None for entries not located."""
    m = re.match(r"method \(\*?(\w+)(?:\[[^\]]*\])?\) (\w+)", entry)
    pats = []
    if m:
        pats = [r"^func \(\w*\s*\*?%s(?:\[[^\]]*\])?\)\s*%s\b" % (m.group(1), m.group(2))]
    elif re.match(r"func (\w+)", entry):
        pats = [r"^func %s\b" % re.match(r"func (\w+)", entry).group(1)]
    elif re.match(r"type (\w+) ", entry) and not re.match(r"type \w+ (struct|interface), ", entry):
        name = re.match(r"type (\w+)", entry).group(1)
        pats = [r"^type %s\b" % name, r"^\t%s\b.*(struct|interface)" % name]
    elif re.match(r"(const|var) (\w+)", entry):
        name = re.match(r"(const|var) (\w+)", entry).group(2)
        pats = [r"^(const|var) %s\b" % name, r"^\t%s\b" % name]
    for p in pats:
        m = re.search(p, src, re.M)
        if m:
            return m.start()
    return None

def gated(src, at, n):
    """Whether the declaration at offset at, or the const/var block holding it, has a since line for 1.n."""
    lines = src[:at].split("\n")
    prev = lines[-2] if len(lines) > 1 else ""
    m = re.match(r"\s*//gosim:since 1\.(\d+)\s*$", prev)
    if m:
        return int(m.group(1)) == n
    if src[at] == "\t":  # inside a block: the block's opening line's mark
        for i in range(len(lines) - 2, 0, -1):
            if re.match(r"^(const|var|type) \($", lines[i]):
                m = re.match(r"//gosim:since 1\.(\d+)\s*$", lines[i - 1])
                return bool(m) and int(m.group(1)) == n
            if lines[i] == ")":
                break
    return False

def gates(pkgs):
    seen, bad = set(), 0
    for ver, pkg, entry in entries():
        # a name's first api line is when it appeared (later lines retype or revalue it)
        key = (pkg, re.sub(r"^((?:func|type|const|var) \w+|method \([^)]*\) \w+).*", r"\1", entry))
        if pkg not in pkgs or key in seen:
            continue
        seen.add(key)
        src = source(pkg)
        whole = re.match(r"//gosim:since 1\.(\d+)\s*\n", src)
        if minor(ver) <= 7 or whole and int(whole.group(1)) >= minor(ver):
            continue
        at = decl_at(src, entry)
        if at is not None and not gated(src, at, minor(ver)):
            bad += 1
            print("%s\t%s\t%s" % (ver, pkg, entry))
    print("# %d declarations newer than go1.7 without their //gosim:since line" % bad)

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
    if sys.argv[1:2] == ["--gates"]:
        gates(sys.argv[2:] or DEFAULT)
    else:
        main(sys.argv[1:] or DEFAULT)
