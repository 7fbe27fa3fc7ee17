package gosim.specs.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The release gate of the library sources ({@code //gosim:since 1.N}, lang.Since): under the default
 * Go 1.7 dialect a newer declaration is undefined, as Go 1.7's compiler has never heard of it; under
 * -go 1.19 it is there. Every marker is checked against Go's own record of when the API appeared,
 * $GOROOT/api/go1.N.txt of the installed go1.19.
 */
class SinceGateTest {
    static final Path STDLIB = Path.of("src/main/resources/gosim/stdlib");
    static final Path API = Path.of("/usr/share/go-1.19/api");
    static final String GATE = "src/test/resources/gosim/since/gate.go";

    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void newerDeclarationsAreUndefinedInGo17() {
        String[] r = run("run", GATE);
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertTrue(r[2].contains("gate.go:16:16: undefined: strings.Builder\n"), r[2]);
        assertTrue(r[2].contains("gate.go:17:13: undefined: sync.Map\n"), r[2]);
        assertTrue(r[2].contains("gate.go:18:21: undefined: errors.Is\n"), r[2]);
        // Go 1.16's file helpers (api/go1.16.txt) and Go 1.8's time.Until; ioutil's are Go 1's
        assertTrue(r[2].contains("gate.go:19:18: undefined: os.ReadFile\n"), r[2]);
        assertTrue(r[2].contains("gate.go:20:11: undefined: os.WriteFile\n"), r[2]);
        assertTrue(r[2].contains("gate.go:21:14: undefined: os.ReadDir\n"), r[2]);
        assertTrue(r[2].contains("gate.go:22:14: undefined: io.ReadAll\n"), r[2]);
        assertTrue(r[2].contains("gate.go:23:12: undefined: time.Until\n"), r[2]);
        assertTrue(r[2].contains("gate.go:24:16: undefined: io.Discard\n"), r[2]);
        // Unicode 13.0.0's script (api/go1.16.txt); Adlam is Go 1.7's (Unicode 9.0.0, go1.7.txt)
        assertTrue(r[2].contains("gate.go:26:42: undefined: unicode.Chorasmian\n"), r[2]);
        // Go 1.19's fmt.Append (api/go1.19.txt)
        assertTrue(r[2].contains("gate.go:27:10: undefined: fmt.Append\n"), r[2]);
        assertEquals(11, r[2].lines().count(), r[2]);
    }

    /**
     * Declarations that were visible in the default dialect though Go 1.7 lacked them, each gated by
     * the api file that lists it: strings.Cut (go1.18.txt), sort.Slice (go1.8.txt), rand.Shuffle
     * (go1.10.txt), strings.ReplaceAll (go1.12.txt), rand.Uint64 (go1.8.txt), NumError.Unwrap
     * (go1.14.txt), time.Layout (go1.17.txt). Real go1.19 prints the 1.19 line (gate2.go run with go).
     */
    @Test
    void looseDeclarationsAreGated() {
        String prog = "src/test/resources/gosim/since/gate2.go";
        String[] r = run("run", prog);
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("gate2.go:13:22: undefined: strings.Cut\n"), r[2]);
        assertTrue(r[2].contains("gate2.go:15:7: undefined: sort.Slice\n"), r[2]);
        assertTrue(r[2].contains("gate2.go:16:7: undefined: rand.Shuffle\n"), r[2]);
        assertTrue(r[2].contains("gate2.go:18:32: undefined: strings.ReplaceAll\n"), r[2]);
        r = run("run", "-go", "1.19", prog);
        assertEquals("", r[2]);
        assertEquals("k v true bb true invalid syntax 26\n", r[1]);
    }

    /**
     * Gates found by specs/tools/api_gap.py --gates, and the newest declarations: rand.Source64 (api/go1.8.txt), log.Lmsgprefix
     * (go1.14.txt), math.MaxInt (go1.17.txt), bufio.ErrBadReadCount (go1.15.txt: a mark inside a var
     * block, which lang.Since ignored before), utf8.AppendRune (go1.18.txt); ExpFloat64 and NormFloat64
     * are Go 1's (go1.txt). The 1.19 lines are real go1.19's output (gate3.go run with go).
     */
    @Test
    void gatesFoundByApiGapAreApplied() {
        String prog = "src/test/resources/gosim/since/gate3.go";
        String[] r = run("run", prog);
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertTrue(r[2].contains("gate3.go:17:13: undefined: rand.Source64\n"), r[2]);
        assertTrue(r[2].contains("gate3.go:18:37: undefined: log.Lmsgprefix\n"), r[2]);
        assertTrue(r[2].contains("gate3.go:20:34: undefined: math.MaxInt\n"), r[2]);
        assertTrue(r[2].contains("gate3.go:21:20: undefined: bufio.ErrBadReadCount\n"), r[2]);
        assertTrue(r[2].contains("gate3.go:22:26: undefined: utf8.AppendRune\n"), r[2]);
        // this session's additions: api/go1.19.txt, go1.15.txt, go1.17.txt, go1.16.txt
        assertTrue(r[2].contains("gate3.go:24:11: undefined: flag.TextVar\n"), r[2]);
        assertTrue(r[2].contains("gate3.go:25:14: undefined: strconv.ParseComplex\n"), r[2]);
        assertTrue(r[2].contains("gate3.go:26:16: time.Time.GoString undefined"), r[2]);
        assertTrue(r[2].contains("gate3.go:27:9: undefined: os.MkdirTemp\n"), r[2]);
        assertTrue(r[2].contains("gate3.go:28:9: undefined: os.CreateTemp\n"), r[2]);
        assertEquals(10, r[2].lines().count(), r[2]);
        r = run("run", "-go", "1.19", prog);
        assertEquals("", r[2]);
        assertEquals("p: x\ntrue 9223372036854775807\nbufio.Scanner: Read returned impossible count\né\n"
                + "0.5872982159059681 -0.12634751070237293\n", r[1]);
    }

    /**
     * strconv's number syntax by dialect. numsyntax.out is real go1.19's output (go run numsyntax.go):
     * Go 1.13's underscores, 0b/0o prefixes and hexadecimal floats. numsyntax.go17.out is Go 1.7's,
     * read from its source: go1.7 atoi.go:60-75 takes base 0 as 0x (hex), 0 (octal) or decimal, so
     * "0b101" is octal with the digit b (invalid syntax) and '_' is no digit; go1.7 atof.go readFloat
     * reads decimal digits, '.', and an e exponent only (no 0x, no '_'), special() inf/infinity/nan.
     */
    @Test
    void numberSyntaxFollowsTheDialect() throws IOException {
        printsEachDialectsOutput("src/test/resources/gosim/since/numsyntax.go");
    }

    /** The program prints NAME.go17.out by default and NAME.out (real go1.19's) under -go 1.19. */
    private static void printsEachDialectsOutput(String prog) throws IOException {
        String[] r = run("run", prog);
        assertEquals("", r[2]);
        assertEquals(Files.readString(Path.of(prog.replace(".go", ".go17.out"))), r[1]);
        r = run("run", "-go", "1.19", prog);
        assertEquals("", r[2]);
        assertEquals(Files.readString(Path.of(prog.replace(".go", ".out"))), r[1]);
    }

    /**
     * path and path/filepath by dialect (pathdialect.go's comment: Go 1.16's whole-pattern check in
     * Match and Glob, Go 1.19's backslash meta in Glob and Walk's SkipDir at a file root); the 1.19
     * output is real go1.19's, the 1.7 one read from go1.7's path/match.go, filepath/match.go, path.go.
     */
    @Test
    void pathMatchingFollowsTheDialect() throws IOException {
        printsEachDialectsOutput("src/test/resources/gosim/since/pathdialect.go");
    }

    /**
     * syscall.Errno's texts, Temporary and Timeout, and os.IsExist/IsNotExist/IsPermission over
     * PathError, LinkError and SyscallError causes, by dialect (errno.go's comment: go1.7's Temporary
     * differs from go1.19's; IsPermission takes EACCES and EPERM in both, go1.7 error_unix.go:34-46).
     */
    @Test
    void errnosAndOsPredicatesFollowTheDialect() throws IOException {
        printsEachDialectsOutput("src/test/resources/gosim/since/errno.go");
    }

    /**
     * text/tabwriter by dialect: until Go 1.13 a block ending inside Write is flushed by Flush, whose
     * deferred reset empties the buffer after a failed write (go1.7 tabwriter.go:295-320); from 1.13
     * (commit c4078a1) the block stays and a later Flush fails again. stdlib/tabwriter.go17.out is the
     * program's output with go1.7's src/text/tabwriter/tabwriter.go built by real go1.19 as a scratch
     * package in place of the standard one; tabwriter.out is real go1.19's.
     */
    @Test
    void tabwriterFollowsTheDialect() throws IOException {
        printsEachDialectsOutput("src/test/resources/gosim/stdlib/tabwriter.go");
    }

    /** A closed file's answers by dialect: closedfile.go's comment (go1.7's fd -1, go1.19's ErrClosed and poll's ErrFileClosing). */
    @Test
    void closedFilesAnswerAsTheDialect() throws IOException {
        printsEachDialectsOutput("src/test/resources/gosim/since/closedfile.go");
    }

    /**
     * os and path/filepath declarations newer than Go 1.7 (api/go1.10.txt: IsTimeout, SetDeadline,
     * ErrNoDeadline; go1.12.txt: ExitCode, SyscallConn; go1.13.txt: PathError.Unwrap; go1.15.txt:
     * ErrDeadlineExceeded; go1.16.txt: ErrProcessDone, WalkDir); real go1.19 prints the 1.19 line.
     */
    @Test
    void osAndFilepathAdditionsAreGated() {
        String prog = "src/test/resources/gosim/since/gateos.go";
        String[] r = run("run", prog);
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("gateos.go:12:17: undefined: os.ErrProcessDone\n"), r[2]);
        assertTrue(r[2].contains("gateos.go:13:9: undefined: os.IsTimeout\n"), r[2]);
        assertTrue(r[2].contains("gateos.go:14:17: (*os.File).SetDeadline undefined"), r[2]);
        assertTrue(r[2].contains("gateos.go:15:25: (*os.ProcessState).ExitCode undefined"), r[2]);
        assertTrue(r[2].contains("gateos.go:16:15: undefined: filepath.WalkDir\n"), r[2]);
        assertTrue(r[2].contains("gateos.go:17:9: undefined: os.ErrDeadlineExceeded\n"), r[2]);
        assertTrue(r[2].contains("gateos.go:18:22: (*os.PathError).Unwrap undefined"), r[2]);
        assertTrue(r[2].contains("gateos.go:19:17: (*os.File).SyscallConn undefined"), r[2]);
        assertTrue(r[2].contains("gateos.go:20:9: undefined: os.ErrNoDeadline\n"), r[2]);
        assertEquals(9, r[2].lines().count(), r[2]);
        r = run("run", "-go", "1.19", prog);
        assertEquals("", r[2]);
        assertEquals("os: process already finished\n", r[1]);
    }

    /**
     * time.Time.MarshalBinary of an offset with seconds: go1.7 time.go:845-846 refuses it ("zone offset
     * has fractional minute") and its UnmarshalBinary knows only version 1 (:883-885); go1.19 writes
     * version 2 (the 1.19 lines are real go1.19's output of timebinary.go).
     */
    @Test
    void timeBinaryVersionFollowsTheDialect() {
        String prog = "src/test/resources/gosim/since/timebinary.go";
        String[] r = run("run", prog);
        assertEquals("", r[2]);
        assertEquals("[] Time.MarshalBinary: zone offset has fractional minute\nTime.UnmarshalBinary: unsupported version\n", r[1]);
        r = run("run", "-go", "1.19", prog);
        assertEquals("", r[2]);
        assertEquals("[2 0 0 0 14 176 199 158 83 0 0 0 0 0 0 45] <nil>\n<nil>\n", r[1]);
    }

    /**
     * os.Expand by dialect: expand.out is real go1.19's output (go run expand.go); expand.go17.out
     * follows go1.7 env.go, read by hand: Expand maps whatever name getShellName returns, the empty
     * one too ("${}", "${", "$ x" give mapping("")), and '-' is no special variable there.
     */
    @Test
    void expandFollowsTheDialect() throws IOException {
        printsEachDialectsOutput("src/test/resources/gosim/since/expand.go");
    }

    /**
     * sort.Sort's unstable order and its Less and Swap calls by dialect: go1.7's quickSort before Go 1.19,
     * pdqsort from 1.19. sortorder.out is real go1.19's output; sortorder.go17.out is go1.7's
     * src/sort/sort.go and search.go run by real go1.19 as a scratch package (sortorder.go's comment).
     */
    @Test
    void sortOrderFollowsTheDialect() throws IOException {
        printsEachDialectsOutput("src/test/resources/gosim/since/sortorder.go");
    }

    /**
     * Float verbs by dialect. Go 1.7 has no hexadecimal floats: print.go:388-401 fmtFloat and :406-410
     * fmtComplex send 'x' and 'X' to badVerb, and ftoa.go formatDigits writes "%x" for them; its
     * format.go fmt_float ignores '#' (Go 1.9 added it, commit e97f407ec1); 'b' is there. The
     * -go 1.19 text is real go1.19's output (go run floatverbs.go).
     */
    @Test
    void floatVerbsFollowTheDialect() {
        String prog = "src/test/resources/gosim/since/floatverbs.go";
        String[] r = run("run", prog);
        assertEquals("", r[2]);
        assertEquals("%!x(float64=1.5)|%!X(float64=2)|1|2|3|4503599627370496p-52|%!x(complex128=(1+2i))\n"
                + "%x 6755399441055744p-52\n", r[1]);
        r = run("run", "-go", "1.19", prog);
        assertEquals("", r[2]);
        assertEquals("0x1.8p+00|0X1P+01|1.00000|2.00|3.|4503599627370496p-52|(0x1p+00+0x1p+01i)\n"
                + "0x1.8p+00 6755399441055744p-52\n", r[1]);
    }

    /** %#v of time.Time: go1.7's fields (no mono) by default, Time.GoString under -go 1.19 (timegostring.go's comment). */
    @Test
    void timeGoSyntaxFollowsTheDialect() throws IOException {
        printsEachDialectsOutput("src/test/resources/gosim/since/timegostring.go");
    }

    @Test
    void theyAreDefinedInGo119() {
        String[] r = run("run", "-go", "1.19", GATE);
        assertEquals("", r[2]);
        assertEquals("0", r[0]);
        assertTrue(r[1].startsWith("true 0 "), r[1]);
    }

    /**
     * os's file types by dialect: Go 1.7's own (go1.7 os/error.go:20 type PathError struct, types.go:54
     * ModeType without char devices, :60 letters "dalTLDpSugct"); Go 1.16+'s are io/fs's (real go1.19
     * prints "*fs.PathError" and "dLDpSc?---------" for this program).
     */
    @Test
    void osFileTypesAreIoFsOnlyFromGo116() {
        String prog = "src/test/resources/gosim/since/patherror.go";
        String[] r = run("run", prog);
        assertEquals("0", r[0], r[2]);
        assertEquals("*os.PathError open missing: no such file or directory\ndcrwxr-x--- dLDpS---------\n", r[1]);
        r = run("run", "-go", "1.19", prog);
        assertEquals("0", r[0], r[2]);
        assertEquals("*fs.PathError open missing: no such file or directory\ndcrwxr-x--- dLDpSc?---------\n", r[1]);
        r = run("run", "src/test/resources/gosim/stdlib/os_fs.go");
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("src/test/resources/gosim/stdlib/os_fs.go:7:2: cannot find package \"io/fs\" in any of:\n"), r[2]);
    }

    /**
     * A package newer than the dialect is not in that release's GOROOT: go build stops at loading the
     * imports with go/build's message (go1.7 go/build/build.go:628-641; Go 1.7 has no default GOPATH),
     * and nothing else is reported. math/bits is Go 1.9's (api/go1.9.txt); the 1.19 line is real go1.19's.
     */
    @Test
    void aPackageNewerThanTheDialectCannotBeFound() {
        String prog = "src/test/resources/gosim/since/gatebits.go";
        String[] r = run("run", prog);
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertEquals(prog + ":7:2: cannot find package \"math/bits\" in any of:\n"
                + "\t$GOROOT/src/math/bits (from $GOROOT)\n\t($GOPATH not set)\n", r[2]);
        r = run("run", "-go", "1.19", prog);
        assertEquals("", r[2]);
        assertEquals("64 31 3 0 2\n", r[1]);
    }

    /**
     * time.Now in virtual time from the playground's 2009-11-10 23:00:00 UTC: Go 1.7's String has no
     * monotonic reading (go1.7 format.go:420, the layout alone); Go 1.9+ appends " m=+s.nnnnnnnnn"
     * (go1.19 format.go:508) relative to the start of package time, and Round(0) strips it.
     */
    @Test
    void nowIsVirtualAndShowsTheMonotonicReadingFromGo19() {
        String prog = "src/test/resources/gosim/since/timenow.go";
        String wall = "2009-11-10 23:00:00(\\.\\d{1,9})? \\+0000 UTC";
        String[] r = run("run", prog);
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].matches("(" + wall + "\n){2}"), r[1]);
        r = run("run", "-go", "1.19", prog);
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].matches(wall + " m=\\+0\\.\\d{9}\n" + wall + "\n"), r[1]);
        assertEquals(run("run", "-go", "1.19", prog)[1], r[1], "same run, same clock");
    }

    private static final Pattern MARK = Pattern.compile("^//gosim:since 1\\.(\\d+)$");
    private static final Pattern FUNC = Pattern.compile("^func ([A-Z]\\w*)\\(");
    /** A method, its receiver's type parameters too: api/ spells (*Pointer[T]) as (*Pointer[$0]). */
    private static final Pattern METHOD = Pattern.compile("^func \\((?:\\w+ )?(\\*?\\w+)(?:\\[([\\w, ]+)\\])?\\) ([A-Z]\\w*)\\(");
    private static final Pattern TYPE = Pattern.compile("^type ([A-Z]\\w*)([ \\[])");
    private static final Pattern VALUE = Pattern.compile("^(var|const) ([A-Z]\\w*) ");
    private static final Pattern BEFORE = Pattern.compile("^//gosim:before 1\\.(\\d+)$");
    private static final Pattern NAME = Pattern.compile("^(?:func (?:\\((?:\\w+ )?(\\*?\\w+)\\) )?|type |var |const )(\\w+)");

    @Test
    void everyMarkerNamesTheReleaseGoAddedItIn() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(API), "go1.19's api/ directory not installed");
        List<Path> files;
        try (Stream<Path> s = Files.walk(STDLIB)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        List<String> checked = new ArrayList<>();
        for (Path f : files) {
            String pkg = STDLIB.relativize(f.getParent()).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(f);
            // a since line that replaces a before-marked declaration (os.PathError = fs.PathError) is a
            // new form of an old name, not an addition: api/ lists it only when its type changed
            java.util.Set<String> replaced = new java.util.HashSet<>();
            for (int i = 0; i + 1 < lines.size(); i++) {
                Matcher n;
                if (BEFORE.matcher(lines.get(i)).matches() && (n = NAME.matcher(lines.get(i + 1))).find()) {
                    replaced.add(n.group(1) + "." + n.group(2));
                }
            }
            for (int i = 0; i + 1 < lines.size(); i++) {
                Matcher m = MARK.matcher(lines.get(i));
                if (!m.matches()) {
                    continue;
                }
                String decl = lines.get(i + 1);
                Matcher n = NAME.matcher(decl);
                boolean named = n.find();
                boolean unexportedRecv = named && n.group(1) != null
                        && !Character.isUpperCase(n.group(1).replace("*", "").charAt(0));
                if (i == 0 || !named && (decl.startsWith("var (") || decl.startsWith("\t")) || named && (!Character.isUpperCase(n.group(2).charAt(0))
                        || unexportedRecv || replaced.contains(n.group(1) + "." + n.group(2)) && !decl.startsWith("type "))) {
                    continue; // the package clause, unexported plumbing (a method of an unexported type too), or a replaced var/func
                }
                String want;
                Matcher d;
                if ((d = METHOD.matcher(decl)).find()) {
                    String recv = "(" + d.group(1) + typeParams(d.group(2)) + ")";
                    want = "pkg " + pkg + ", method " + recv + " " + d.group(3) + "(";
                } else if ((d = FUNC.matcher(decl)).find()) {
                    want = "pkg " + pkg + ", func " + d.group(1) + "(";
                } else if ((d = TYPE.matcher(decl)).find()) {
                    want = "pkg " + pkg + ", type " + d.group(1) + d.group(2);
                } else if ((d = VALUE.matcher(decl)).find()) {
                    want = "pkg " + pkg + ", " + d.group(1) + " " + d.group(2) + " ";
                } else {
                    throw new AssertionError(f + ":" + (i + 2) + ": marked line is not a func, method or type: " + decl);
                }
                String api = Files.readString(API.resolve("go1." + m.group(1) + ".txt"));
                assertTrue(api.lines().anyMatch(l -> l.startsWith(want)),
                        f + ":" + (i + 2) + ": api/go1." + m.group(1) + ".txt has no line starting \"" + want + "\"");
                checked.add(want);
            }
        }
        assertTrue(checked.size() >= 40, "markers found: " + checked.size());
    }

    /**
     * The other direction: every declaration that api/go1.N.txt (N > 7) lists for a package the library
     * has must carry its //gosim:since 1.N line, else the default Go 1.7 dialect would have it. The
     * audit is specs/tools/api_gap.py --gates over every package under stdlib/ (python3 and go1.19's
     * api/ are needed; .ci/run installs golang-go). A missing gate prints one line per declaration.
     */
    @Test
    void everyDeclarationNewerThanGo17IsGated() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isDirectory(API), "go1.19's api/ directory not installed");
        List<String> cmd = new ArrayList<>(List.of("python3", "tools/api_gap.py", "--gates"));
        try (Stream<Path> s = Files.walk(STDLIB)) {
            s.filter(p -> p.toString().endsWith(".go")).map(p -> STDLIB.relativize(p.getParent()).toString()
                    .replace('\\', '/')).distinct().sorted().forEach(cmd::add);
        }
        assertTrue(cmd.size() > 20, "packages: " + cmd);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 not installed: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("# 0 declarations newer than go1.7 without their //gosim:since line\n", out);
    }

    /** api/'s receiver type parameters: [$0, $1] for [K, V] (empty for none). */
    private static String typeParams(String names) {
        if (names == null) {
            return "";
        }
        List<String> ps = new ArrayList<>();
        for (int k = 0; k < names.split(",").length; k++) {
            ps.add("$" + k);
        }
        return "[" + String.join(", ", ps) + "]";
    }
}
