package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Go's own test programs, read in place from the Go distribution's test/ directory (Debian's
 * golang-1.19 installs it at /usr/share/go-1.19/test; never copied into this repository). Each
 * listed program is a {@code // run} test; it runs under gosim and must print what its NAME.out
 * says (stdout and stderr, as Go's test/run.go compares) or, without one, what real Go 1.19 printed
 * as recorded in gotests-expected.tsv (specs/tools/gotests_expected.py: stdout, exit status and
 * stderr up to its first traceback line). The lists are the subset that passes: they grow with the
 * language and library. Skipped when the directory is absent.
 */
class GoTestProgramsTest {
    static final Path DIR = Path.of("/usr/share/go-1.19/test");

    /** The // run programs gosim runs as Go does (README: "Go's own test programs"). */
    static final List<String> PASSING = List.of(
            "235.go", "alias1.go", "align.go", "armimm.go", "atomicload.go", "bigalg.go", "bigmap.go",
            "chan/doubleselect.go", "chan/fifo.go", "chan/goroutines.go", "chan/nonblock.go", "chan/powser1.go",
            "chan/powser2.go", "chan/select.go", "chan/select2.go", "chan/select3.go", "chan/select4.go",
            "chan/select6.go", "chan/select7.go", "chan/select8.go", "chan/sendstmt.go", "chan/sieve1.go",
            "chan/sieve2.go", "chan/zerosize.go", "chanlinear.go", "char_lit.go", "closedchan.go", "closure.go",
            "closure1.go", "closure2.go", "closure4.go", "closure7.go", "complit.go", "compos.go", "const3.go",
            "const4.go", "const8.go", "copy.go", "ddd.go", "defer.go", "defernil.go", "deferprint.go",
            "divide.go", "escape.go", "escape3.go", "fixedbugs/bug005.go", "fixedbugs/bug178.go",
            "fixedbugs/issue13684.go", "fixedbugs/issue40367.go", "fixedbugs/issue4748.go", "float_lit.go",
            "floatcmp.go", "for.go", "func5.go", "func6.go", "func7.go", "func8.go", "gc.go", "gc1.go",
            "gc2.go", "goprint.go", "helloworld.go", "if.go", "indirect.go", "initcomma.go", "int_lit.go",
            "intcvt.go", "interface/bigdata.go", "interface/convert.go", "interface/convert1.go",
            "interface/convert2.go", "interface/embed.go", "interface/fail.go", "interface/returntype.go",
            "interface/struct.go", "ken/array.go", "ken/chan.go", "ken/chan1.go", "ken/complit.go",
            "ken/divconst.go", "ken/divmod.go", "ken/embed.go", "ken/for.go", "ken/interbasic.go",
            "ken/interfun.go", "ken/intervar.go", "ken/label.go", "ken/litfun.go", "ken/mfunc.go",
            "ken/modconst.go", "ken/ptrfun.go", "ken/ptrvar.go", "ken/range.go", "ken/rob1.go", "ken/rob2.go",
            "ken/robfor.go", "ken/robfunc.go", "ken/shift.go", "ken/simpbool.go", "ken/simpconv.go",
            "ken/simpfun.go", "ken/simpswitch.go", "ken/simpvar.go", "ken/slicearray.go", "ken/sliceslice.go",
            "ken/string.go", "ken/strvar.go", "mapclear.go", "method.go", "method3.go", "method5.go",
            "method7.go", "nilptr2.go", "printbig.go", "recover1.go", "recover3.go", "rename.go", "reorder2.go",
            "simassign.go", "stack.go", "stackobj2.go", "string_lit.go", "stringrange.go", "struct0.go",
            "turing.go", "typeswitch.go", "typeswitch1.go", "utf.go", "varinit.go");

    /**
     * Kept apart so that branches adding programs merge cleanly: the ones found passing with float32,
     * exact untyped constants, iota and unsafe.Sizeof (branch lang; some may have passed unlisted before).
     */
    static final List<String> PASSING_LANG = List.of(
            "decl.go", "func.go", "iota.go", "literal.go", "makeslice.go", "named.go", "nil.go", "sizeof.go",
            "ken/convert.go", "ken/simparray.go", "fixedbugs/bug006.go", "fixedbugs/bug010.go", "fixedbugs/bug154.go",
            "fixedbugs/bug19403.go", "fixedbugs/bug273.go", "fixedbugs/bug279.go", "fixedbugs/bug292.go",
            "fixedbugs/bug339.go", "fixedbugs/bug341.go", "fixedbugs/bug453.go", "fixedbugs/bug470.go",
            "fixedbugs/issue12577.go", "fixedbugs/issue15550.go", "fixedbugs/issue19040.go",
            "fixedbugs/issue27718.go", "fixedbugs/issue30709.go", "fixedbugs/issue4085b.go",
            "fixedbugs/issue52438.go", "fixedbugs/issue6866.go",
            // complex numbers
            "const.go", "convT2X.go", "print.go", "zerodivide.go", "ken/cplx0.go", "ken/cplx1.go", "ken/cplx2.go",
            "ken/cplx4.go", "ken/cplx5.go", "fixedbugs/bug329.go", "fixedbugs/bug401.go", "fixedbugs/bug491.go",
            "fixedbugs/issue11945.go", "fixedbugs/issue30243.go", "fixedbugs/issue33062.go",
            "fixedbugs/issue43908.go",
            // complex(f()) and append(f()) with a multi-value call (branch lang)
            "fixedbugs/issue5793.go",
            // found passing by a run of every // run program (branch lang, specs/tools/gotests_triage.py)
            "chancap.go", "env.go", "init1.go", "initempty.go", "peano.go",
            // a tagless switch's interface case compared with true (issue 3980)
            "switch.go");

    /**
     * Kept apart for clean merges (branch stdlib2): programs using math, io or bufio found passing
     * with the Go-source math (bit-exact) and the completed io and bufio; some may have passed
     * unlisted before. The typeparam/ ones run under -go 1.19 like the others there.
     */
    static final List<String> PASSING_STDLIB2 = List.of(
            "fixedbugs/bug258.go", "fixedbugs/bug303.go", "fixedbugs/bug331.go", "fixedbugs/issue14553.go",
            "fixedbugs/issue14651.go", "fixedbugs/issue23522.go", "fixedbugs/issue25322.go",
            "fixedbugs/issue27961.go", "fixedbugs/issue43619.go", "fixedbugs/issue53600.go",
            "fixedbugs/issue53653.go", "fixedbugs/issue6899.go", "fixedbugs/issue7740.go", "float_lit2.go",
            "map.go", "typeparam/ordered.go", "typeparam/slices.go");

    /**
     * Programs outside typeparam/ that need a newer dialect (run under {@code -go 1.19}): literal2 has
     * Go 1.13's literals, shift3 Go 1.17's math.MaxUint (api/go1.17.txt).
     */
    static final List<String> PASSING_GO119 = List.of("literal2.go", "fixedbugs/issue54220.go", "fixedbugs/issue53137.go",
            "shift3.go");

    /** Found passing on branch stdlib1 (programs that import strings, bytes, strconv, sort or sync/atomic). */
    static final List<String> PASSING_STDLIB1 = List.of(
            "fixedbugs/issue11256.go", "fixedbugs/issue16948.go", "fixedbugs/issue16985.go",
            "fixedbugs/issue21887.go", "fixedbugs/issue24419.go", "fixedbugs/issue24488.go",
            "fixedbugs/issue29264.go", "fixedbugs/issue37975.go", "fixedbugs/issue4562.go");

    /** Programs that use runtime.SetFinalizer (branch finalizer, mfinal.go's model). */
    static final List<String> PASSING_FINALIZER = List.of(
            "deferfin.go", "finprofiled.go", "gcstring.go", "mallocfin.go", "tinyfin.go");

    /** Found passing on branch lang2: unsafe.Pointer conversions, range assignment order, float to int. */
    static final List<String> PASSING_LANG2 = List.of("uintptrescapes3.go", "range.go",
            "fixedbugs/bug328.go", "fixedbugs/issue19078.go", "fixedbugs/issue21221.go", "fixedbugs/issue24491a.go",
            "fixedbugs/issue24491b.go", "fixedbugs/issue29362.go", "fixedbugs/issue29362b.go");

    /**
     * The typeparam/ // run programs gosim runs as Go does, under {@code -go 1.19} (the default dialect,
     * Go 1.7, has no type parameters). The rest of typeparam/ needs reflect, type inference gosim lacks,
     * unsafe, struct tags, or a traceback detail: see the generics helper's notes.
     */
    static final List<String> TYPEPARAM_PASSING = List.of(
            "typeparam/absdiff.go", "typeparam/absdiff3.go", "typeparam/adder.go", "typeparam/append.go", "typeparam/combine.go", "typeparam/cons.go",
            "typeparam/dictionaryCapture.go", "typeparam/eface.go", "typeparam/equal.go", "typeparam/fact.go",
            "typeparam/genembed.go", "typeparam/genembed2.go", "typeparam/graph.go", "typeparam/ifaceconv.go",
            "typeparam/index.go", "typeparam/index2.go", "typeparam/interfacearg.go", "typeparam/issue23536.go",
            "typeparam/issue376214.go", "typeparam/issue42758.go", "typeparam/issue44688.go",
            "typeparam/issue45722.go", "typeparam/issue45817.go", "typeparam/issue46472.go",
            "typeparam/issue47258.go", "typeparam/issue47272.go", "typeparam/issue47514.go", "typeparam/issue47514b.go",
            "typeparam/issue47676.go", "typeparam/issue47684.go", "typeparam/issue47684b.go",
            "typeparam/issue47684c.go", "typeparam/issue47708.go", "typeparam/issue47723.go",
            "typeparam/issue47740.go", "typeparam/issue47775b.go", "typeparam/issue47877.go",
            "typeparam/issue47901.go", "typeparam/issue47925.go", "typeparam/issue47925b.go",
            "typeparam/issue47925c.go", "typeparam/issue47925d.go", "typeparam/issue48016.go",
            "typeparam/issue48030.go", "typeparam/issue48047.go", "typeparam/issue48049.go",
            "typeparam/issue48137.go", "typeparam/issue48276a.go", "typeparam/issue48276b.go",
            "typeparam/issue48344.go", "typeparam/issue48424.go", "typeparam/issue48453.go",
            "typeparam/issue48598.go", "typeparam/issue48602.go", "typeparam/issue48617.go",
            "typeparam/issue48645b.go", "typeparam/issue48838.go", "typeparam/issue49049.go",
            "typeparam/issue49309.go", "typeparam/issue49421.go", "typeparam/issue49547.go",
            "typeparam/issue49659b.go", "typeparam/issue50109.go", "typeparam/issue50109b.go", "typeparam/issue50193.go",
            "typeparam/issue50264.go", "typeparam/issue50417.go", "typeparam/issue50417b.go",
            "typeparam/issue50419.go", "typeparam/issue50642.go", "typeparam/issue50690b.go",
            "typeparam/issue50690c.go", "typeparam/issue50833.go", "typeparam/issue51236.go",
            "typeparam/issue51303.go", "typeparam/issue51522a.go",
            "typeparam/issue51700.go", "typeparam/issue52026.go", "typeparam/issue52228.go",
            "typeparam/issue53419.go", "typeparam/issue53477.go", "typeparam/issue54135.go",
            "typeparam/issue54225.go", "typeparam/list2.go", "typeparam/lockable.go", "typeparam/maps.go",
            "typeparam/metrics.go", "typeparam/min.go", "typeparam/sets.go", "typeparam/settable.go",
            "typeparam/shape1.go", "typeparam/stringable.go", "typeparam/struct.go", "typeparam/subdict.go",
            "typeparam/sum.go", "typeparam/typeswitch1.go", "typeparam/typeswitch2.go", "typeparam/typeswitch3.go",
            "typeparam/typeswitch4.go", "typeparam/typeswitch5.go", "typeparam/typeswitch6.go",
            "typeparam/typeswitch7.go", "typeparam/value.go",
            // found passing after the instance-cache fix (branch lang)
            "typeparam/issue47716.go", "typeparam/issue48013.go", "typeparam/list.go", "typeparam/ordered.go",
            "typeparam/pair.go", "typeparam/slices.go", "typeparam/smallest.go",
            // println(f2[int](i)): a multi-value call as a built-in's arguments (branch lang)
            "typeparam/dottype.go",
            // branch generics4: core types of instantiated and struct constraints in inference, an
            // interface case in a switch on a non-interface tag; orderedmap.go was found passing
            "typeparam/absdiff2.go", "typeparam/issue50690a.go", "typeparam/issue51522b.go", "typeparam/orderedmap.go",
            // a type switch case naming a type parameter is not impossible in an instance
            "typeparam/issue50002.go");

    /** Resources beside this class: real Go's outputs, and the passing programs of fixedbugs/. */
    private static final String EXPECTED = "/gosim/specs/realgo/gotests-expected.tsv";
    private static final String PASSING_FILE = "/gosim/specs/realgo/gotests-passing.txt";
    /** Where real Go's stderr turns into a traceback (gotests_expected.py's TRACEBACK: addresses and paths follow). */
    private static final Pattern TRACEBACK = Pattern.compile(
            "^(goroutine \\d+ \\[|\\[signal |runtime stack:|SIGQUIT|SIGABRT|PC=0x|-----)", Pattern.MULTILINE | Pattern.UNIX_LINES);

    /** One row of gotests-expected.tsv: status "ok" or why the program is left out, then what Go printed. */
    record Expected(String status, int exit, String stdout, String stderrHead) {}

    static Map<String, Expected> expected() throws IOException {
        Map<String, Expected> rows = new HashMap<>();
        for (String line : resourceLines(EXPECTED)) {
            String[] f = line.split("\t", -1);
            rows.put(f[0], new Expected(f[1], f[2].isEmpty() ? -1 : Integer.parseInt(f[2]), unescape(f[3]), unescape(f[4])));
        }
        return rows;
    }

    /** The resource's lines that are not comments (#) or blank. */
    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = GoTestProgramsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    /** Undoes gotests_expected.py's esc: backslash escapes for \\, tab, newline and carriage return. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** stderr before its first traceback line. */
    static String stderrHead(String stderr) {
        Matcher m = TRACEBACK.matcher(stderr);
        return m.find() ? stderr.substring(0, m.start()) : stderr;
    }

    @TestFactory
    Stream<DynamicTest> goTestProgramsRunAsUnderGo() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DIR), DIR + " is absent (Debian package golang-1.19-src)");
        Map<String, Expected> realGo = expected();
        // gotests-passing.txt: NAME, or NAME -go 1.19 for a program that needs the newer dialect
        Set<String> go119 = new HashSet<>(PASSING_GO119);
        List<String> listed = new ArrayList<>();
        for (String line : resourceLines(PASSING_FILE)) {
            String[] f = line.trim().split("\\s+", 2);
            listed.add(f[0]);
            if (f.length > 1) {
                assertEquals("-go 1.19", f[1], line);
                go119.add(f[0]);
            }
        }
        return Stream.of(PASSING, PASSING_LANG, PASSING_STDLIB2, PASSING_GO119, PASSING_STDLIB1, PASSING_FINALIZER, PASSING_LANG2, TYPEPARAM_PASSING, listed)
                .flatMap(List::stream).distinct().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path file = DIR.resolve(name);
            String src = Files.readString(file);
            assertTrue(src.lines().takeWhile(l -> !l.startsWith("package")).anyMatch("// run"::equals),
                    name + " is a // run test");
            Path outFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.go$", ".out"));
            boolean hasOut = Files.exists(outFile);
            Expected want = hasOut ? new Expected("ok", 0, Files.readString(outFile), "") : realGo.get(name);
            assertNotNull(want, name + " has no .out file and no row in " + EXPECTED + " (run specs/tools/gotests_expected.py)");
            assertEquals("ok", want.status(), name + ": real Go's output was not recorded");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ByteArrayOutputStream both = new ByteArrayOutputStream(); // the two interleaved, as written
            String[] args = name.startsWith("typeparam/") || go119.contains(name) ? new String[] {"run", "-go", "1.19", file.toString()}
                    : new String[] {"run", file.toString()};
            int status = Main.run(args, new PrintStream(tee(out, both), true, StandardCharsets.UTF_8),
                    new PrintStream(tee(err, both), true, StandardCharsets.UTF_8), Map.of());
            String stderr = err.toString(StandardCharsets.UTF_8);
            String stdout = out.toString(StandardCharsets.UTF_8);
            if (hasOut) { // Go's test/run.go compares a NAME.out with the combined output (CombinedOutput)
                assertEquals(want.stdout(), both.toString(StandardCharsets.UTF_8), name + " output; stderr:\n" + stderr);
            } else {
                assertEquals(want.stdout(), stdout, name + " stdout; stderr:\n" + stderr);
                assertEquals(want.stderrHead(), stderrHead(stderr), name + " stderr before the traceback");
            }
            assertEquals(want.exit(), status, name + " exit status; stderr:\n" + stderr);
        }));
    }

    /** An OutputStream writing each write to a and then to b. */
    static java.io.OutputStream tee(java.io.OutputStream a, java.io.OutputStream b) {
        return new java.io.OutputStream() {
            @Override
            public void write(int c) throws IOException {
                a.write(c);
                b.write(c);
            }

            @Override
            public void write(byte[] buf, int off, int len) throws IOException {
                a.write(buf, off, len);
                b.write(buf, off, len);
            }
        };
    }
}
