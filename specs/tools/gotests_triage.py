#!/usr/bin/env python3
"""Runs Go 1.19's // run test programs (/usr/share/go-1.19/test) under gosim and classifies the failures by their
first error. Usage: gotests_triage.py [-go119] [-yaegi] [-failing] DIR... (e.g. . ken chan interface, fixedbugs, typeparam);
-failing runs only the programs not yet in GoTestProgramsTest's passing lists (its List.of names and gotests-passing.txt). A program
passes when its stdout+stderr equal NAME.out (exit 0) or, without one, its stdout, exit status and stderr up to the
traceback equal real Go's, as recorded in gotests-expected.tsv by gotests_expected.py (GoTestProgramsTest's rule). -yaegi runs `yaegi run` instead
(60 s limit) and, as README's yaegi counts do, compares stdout and exit status only for programs with no .out. Prints the counts and the failure causes, most frequent first."""
import os, re, subprocess, sys, json, hashlib
from concurrent.futures import ThreadPoolExecutor
T = "/usr/share/go-1.19/test"
GOSIM = os.environ.get("GOSIM", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "gosim"))
CACHE = os.environ.get("GOCACHE_DIR", "/tmp/gotests_triage")
os.makedirs(CACHE, exist_ok=True)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gotests_expected import is_run, head, load
EXPECTED = load()

def classify(err):
    lines = [l for l in err.splitlines() if l.strip()]
    if not lines: return "no stderr"
    for l in lines:
        m = re.match(r"^\S+?\.go:\d+:\d+: (.*)", l)
        if m:
            msg = m.group(1)
            msg = re.sub(r'"[^"]*"', '"S"', msg)
            msg = re.sub(r"\b\d+\b", "N", msg)
            return "compile: " + msg[:110]
    l = lines[0]
    return "run: " + re.sub(r"\b\d+\b", "N", l)[:110]

def one(p, go119, yaegi):
    full = os.path.join(T, p)
    args = [GOSIM, "run"] + (["-go", "1.19"] if go119 else []) + ["-max-time", "20s", "-max-steps", "200000000", full]
    if yaegi:
        args = ["yaegi", "run", full]
    outf = full[:-3] + ".out"
    combined = os.path.exists(outf)  # test/run.go compares NAME.out with CombinedOutput: stderr interleaved
    try:
        x = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT if combined else subprocess.PIPE,
                           timeout=60 if yaegi else 120, cwd=os.path.dirname(full))
        # the launcher's own notes on the first run after a build are not the program's output
        launcher = re.compile(r"^gosim: (building \(first run or sources changed\)|making the JVM's AOT cache \(once per build\))\.\.\.\n", re.M)
        out, rc = launcher.sub("", x.stdout.decode("utf-8", "replace")), x.returncode
        err = out if combined else launcher.sub("", x.stderr.decode("utf-8", "replace"))
    except subprocess.TimeoutExpired:
        return p, "FAIL", "host timeout", ""
    if combined:
        want, wexit = open(outf, errors="replace").read(), 0
        got = out
    else:
        g = EXPECTED.get(p, ("not in gotests-expected.tsv",))
        if g[0] != "ok":
            return p, "SKIP", g[0], ""
        if re.search(r"^\S+\.go:\d+:\d+: ", err, re.M) and rc != 0:
            return p, "FAIL", classify(err), err[:2000]
        wexit, want, werr = g[1], g[2], g[3]
        if out == want and rc == wexit and head(err) != werr and not yaegi:
            return p, "FAIL", "stderr differs", err[:2000] + "\n--- want stderr head:\n" + werr[:500]
        got = out
    if got == want and rc == wexit:
        return p, "PASS", "", ""
    c = classify(err) if rc != 0 and err else "output differs"
    return p, "FAIL", c, err[:2000] + "\n--- got:\n" + got[:500] + "\n--- want:\n" + want[:500]

def listed():
    """The programs GoTestProgramsTest already reads: the names quoted in its source and gotests-passing.txt's lines."""
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test")
    names = set(re.findall(r'"([\w/.-]+\.go)"', open(os.path.join(here, "java/gosim/specs/realgo/GoTestProgramsTest.java")).read()))
    for line in open(os.path.join(here, "resources/gosim/specs/realgo/gotests-passing.txt")):
        if line.strip() and not line.startswith("#"):
            names.add(line.split()[0])
    return names

def main():
    go119 = "-go119" in sys.argv
    yaegi = "-yaegi" in sys.argv
    dirs = [a for a in sys.argv[1:] if not a.startswith("-")]
    progs = []
    for d in dirs:
        for f in sorted(os.listdir(os.path.join(T, d))):
            p = os.path.normpath(os.path.join(d, f))
            if f.endswith(".go") and is_run(os.path.join(T, p)):
                progs.append(p)
    if "-failing" in sys.argv:
        done = listed()
        progs = [p for p in progs if p not in done]
    with ThreadPoolExecutor(2) as ex:
        res = list(ex.map(lambda p: one(p, go119 or p.startswith("typeparam/"), yaegi), progs))
    tag = "_".join(d.replace("/", "") or "top" for d in dirs) + ("_119" if go119 else "") + ("_yaegi" if yaegi else "") \
        + ("_failing" if "-failing" in sys.argv else "")
    json.dump(res, open(os.path.join(CACHE, f"res_{tag}.json"), "w"), indent=1)
    from collections import Counter
    c = Counter(r[2] for r in res if r[1] == "FAIL")
    print("PASS", sum(r[1] == "PASS" for r in res), "FAIL", sum(r[1] == "FAIL" for r in res), "SKIP", sum(r[1] == "SKIP" for r in res))
    for k, v in c.most_common(): print(v, k)
main()
