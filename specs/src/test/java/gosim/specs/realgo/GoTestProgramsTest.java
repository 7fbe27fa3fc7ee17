package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Go's own test programs, read in place from the Go distribution's test/ directory (Debian's
 * golang-1.19 installs it at /usr/share/go-1.19/test; never copied into this repository). Each
 * listed program is a {@code // run} test; it runs under gosim and must print what its NAME.out
 * says (stdout and stderr, as Go's test/run.go compares) or, without one, the stdout real Go prints,
 * with the same exit status. The list is the subset that
 * passes: it grows with the language and library. Skipped when the directory is absent.
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

    @TestFactory
    Stream<DynamicTest> goTestProgramsRunAsUnderGo() {
        Assumptions.assumeTrue(Files.isDirectory(DIR), DIR + " is absent (Debian package golang-1.19-src)");
        Optional<RealGo> go = RealGo.locate();
        return PASSING.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path file = DIR.resolve(name);
            String src = Files.readString(file);
            assertTrue(src.lines().takeWhile(l -> !l.startsWith("package")).anyMatch("// run"::equals),
                    name + " is a // run test");
            Path outFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.go$", ".out"));
            String want;
            int wantExit = 0;
            if (Files.exists(outFile)) {
                want = Files.readString(outFile);
            } else {
                Assumptions.assumeTrue(go.isPresent(), "no " + outFile + " and go is not installed");
                RealGo.Result r = go.get().build(file.getFileName().toString(), src).run();
                want = r.stdout();
                wantExit = r.exitCode();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"run", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
            String stderr = err.toString(StandardCharsets.UTF_8);
            // Go's test/run.go compares a NAME.out with the combined output; otherwise we compare stdout
            String got = out.toString(StandardCharsets.UTF_8) + (Files.exists(outFile) ? stderr : "");
            assertEquals(want, got, name + " output; stderr:\n" + stderr);
            assertEquals(wantExit, status, name + " exit status; stderr:\n" + stderr);
        })).onClose(() -> go.ifPresent(RealGo::close));
    }
}
