#!/usr/bin/env python3
"""Writes what real Go prints for Go's own // run test programs that have no NAME.out file, so that
GoTestProgramsTest compares gosim with real Go without building every program at test time.

Usage: gotests_expected.py [OUT]   (default: specs/src/test/resources/gosim/specs/realgo/gotests-expected.tsv)

For each // run program of /usr/share/go-1.19/test's top level, ken, chan, interface, fixedbugs and
typeparam that has no .out file, it runs `go build` (GO111MODULE=off, in the program's directory) and
then the binary twice, 60 s limit each, with gosim's fixed environment (RunOptions.DEFAULT_ENV):
once as is and once with GOMAXPROCS=1. It records the exit status, stdout, and the head of stderr:
the lines before the first traceback line ("goroutine N [", "[signal ", "runtime stack:",
"SIGQUIT"...), because everything from there on names addresses, pcs and build paths of this
machine. A program is kept ("ok") only when the two runs agree and neither shows an address
(0x followed by 6 or more hex digits); otherwise its row says why it is left out.
Rows: NAME, STATUS (ok or the reason), EXIT, STDOUT, STDERR_HEAD; text fields escape \\ \t \n \r."""
import os, re, subprocess, sys, tempfile, datetime
from concurrent.futures import ThreadPoolExecutor

T = "/usr/share/go-1.19/test"
DIRS = ["", "ken", "chan", "interface", "fixedbugs", "typeparam"]
HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "..", "src", "test", "resources", "gosim", "specs", "realgo", "gotests-expected.tsv")
ENV = {"HOME": "/home/gopher", "USER": "gopher", "LANG": "C.UTF-8",
       "PATH": "/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
TRACEBACK = re.compile(r"^(goroutine \d+ \[|\[signal |runtime stack:|SIGQUIT|SIGABRT|PC=0x|-----)", re.M)
ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,}")


def is_run(p):
    with open(p, errors="replace") as f:
        for line in f:
            if line.startswith("package"):
                return False
            if line.rstrip("\n") == "// run":
                return True
    return False


def head(err):
    m = TRACEBACK.search(err)
    return err[:m.start()] if m else err


def unesc(s):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), s)


def load(path=TSV):
    """NAME -> (status, exit, stdout, stderr head) from the file main() writes."""
    rows = {}
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                name, status, ex, out, err = line.rstrip("\n").split("\t")
                rows[name] = (status, int(ex) if ex else None, unesc(out), unesc(err))
    return rows


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def run(exe, cwd, extra):
    try:
        x = subprocess.run([exe], cwd=cwd, capture_output=True, timeout=60, env={**ENV, **extra})
    except subprocess.TimeoutExpired:
        return None
    return x.returncode, x.stdout.decode("utf-8", "replace"), head(x.stderr.decode("utf-8", "replace"))


def one(p, tmp):
    full = os.path.join(T, p)
    d = os.path.dirname(full)
    exe = os.path.join(tmp, p.replace("/", "_")[:-3])
    benv = {**os.environ, "GO111MODULE": "off"}
    for k in ("GOFLAGS", "GOROOT", "GOOS", "GOARCH", "GOTOOLCHAIN", "GOMAXPROCS", "GODEBUG", "GOGC"):
        benv.pop(k, None)
    b = subprocess.run(["go", "build", "-o", exe, os.path.basename(full)], cwd=d, capture_output=True, env=benv)
    if b.returncode != 0:
        return p, "go build fails", None
    first = run(exe, d, {})
    second = run(exe, d, {"GOMAXPROCS": "1"})
    os.remove(exe)
    if first is None or second is None:
        return p, "runs over 60s", None
    if first != second:
        return p, "output varies between runs", first
    if ADDRESS.search(first[1]) or ADDRESS.search(first[2]):
        return p, "prints addresses", first
    return p, "ok", first


def main():
    progs = []
    for d in DIRS:
        for f in sorted(os.listdir(os.path.join(T, d))):
            p = os.path.join(d, f) if d else f
            if f.endswith(".go") and is_run(os.path.join(T, p)) and not os.path.exists(os.path.join(T, p[:-3] + ".out")):
                progs.append(p)
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as ex:
        rows = list(ex.map(lambda p: one(p, tmp), progs))
    version = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
    with open(sys.argv[1] if len(sys.argv) > 1 else TSV, "w") as f:
        f.write("# What real Go prints for the // run programs of /usr/share/go-1.19/test that have no .out file\n")
        f.write("# (top level, ken, chan, interface, fixedbugs, typeparam). Made by specs/tools/gotests_expected.py\n")
        f.write(f"# with {version} on {datetime.date.today().isoformat()}; read by GoTestProgramsTest.\n")
        f.write("# Each program was built with go build and run twice (as is, and with GOMAXPROCS=1) in gosim's\n")
        f.write("# fixed environment; STDERR_HEAD is stderr up to its first traceback line (the rest names\n")
        f.write("# this machine's addresses and paths). STATUS is ok, or why the program is left out.\n")
        f.write("# NAME\tSTATUS\tEXIT\tSTDOUT\tSTDERR_HEAD\n")
        for p, status, r in rows:
            if r is None or status != "ok":
                f.write(f"{p}\t{status}\t\t\t\n")
            else:
                f.write(f"{p}\t{status}\t{r[0]}\t{esc(r[1])}\t{esc(r[2])}\n")
    from collections import Counter
    for k, v in Counter(r[1] for r in rows).most_common():
        print(v, k)


if __name__ == "__main__":
    main()
