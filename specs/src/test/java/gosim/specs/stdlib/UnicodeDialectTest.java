package gosim.specs.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.realgo.RealGo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each dialect has its release's Unicode: the default (Go 1.7) loads unicode/tables_go17.go, Unicode
 * 9.0.0 dumped from go1.7's unicode package; -go 1.19 loads tables.go, 13.0.0 (StdlibGoldenTest's
 * unicode_tables checks that one). unicode_tables.go17.out is what unicode_tables.go prints with its
 * import pointed at go1.7's unicode package (casetables.go, digit.go, graphic.go, letter.go,
 * tables.go from {@code git --git-dir=/work/.mirror/euank+go/repo show go1.7:src/unicode/F}, in a
 * GOPATH as gosim17/unicode) compiled by go1.19 with GO111MODULE=off: Go 1.7's code and data. The
 * test makes that reference again when go and the mirror are present.
 */
class UnicodeDialectTest {
    static final Path PROG = Path.of("src/test/resources/gosim/stdlib/unicode_tables.go");
    static final Path OUT17 = Path.of("src/test/resources/gosim/stdlib/unicode_tables.go17.out");
    static final Path MIRROR = Path.of("/work/.mirror/euank+go/repo");

    private static String[] run(String... args) {
        return SinceGateTest.run(args);
    }

    @Test
    void defaultDialectHasGo17sUnicode() throws IOException {
        String[] r = run("run", PROG.toString());
        assertEquals("", r[2]);
        assertEquals(Files.readString(OUT17), r[1]);
        assertTrue(r[1].startsWith("9.0.0 "), r[1]);
    }

    /** Go 1.8 made SimpleFold return an invalid rune unchanged; go1.7 letter.go:336 indexes asciiFold[-1]. */
    @Test
    void simpleFoldOfAnInvalidRuneFollowsTheDialect(@TempDir Path tmp) throws IOException {
        Path prog = tmp.resolve("fold.go");
        Files.writeString(prog, "package main\n\nimport \"unicode\"\n\nfunc main() {\n"
                + "\tprintln(unicode.SimpleFold(0x110000))\n\tprintln(unicode.SimpleFold(-1))\n}\n");
        String[] r = run("run", prog.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("1114112\npanic: runtime error: index out of range\n"), r[2]);
        r = run("run", "-go", "1.19", prog.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals("1114112\n-1\n", r[2]);
    }

    @Test
    void referenceIsGo17sPackage(@TempDir Path gopath) throws Exception {
        Optional<Path> go = RealGo.find();
        Assumptions.assumeTrue(go.isPresent() && Files.isDirectory(MIRROR), "go or the go1.7 mirror absent");
        Path pkg = Files.createDirectories(gopath.resolve("src/gosim17/unicode"));
        for (String f : List.of("casetables.go", "digit.go", "graphic.go", "letter.go", "tables.go")) {
            Process p = new ProcessBuilder("git", "--git-dir=" + MIRROR, "show", "go1.7:src/unicode/" + f)
                    .redirectOutput(pkg.resolve(f).toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, p.waitFor(), f);
        }
        Path main = gopath.resolve("u.go");
        Files.writeString(main, Files.readString(PROG).replace("\t\"unicode\"\n", "\tunicode \"gosim17/unicode\"\n"));
        List<String> cmd = new ArrayList<>(List.of(go.get().toString(), "run", main.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(gopath.toFile());
        pb.environment().put("GOPATH", gopath.toString());
        pb.environment().put("GO111MODULE", "off");
        pb.environment().put("GOCACHE", gopath.resolve("cache").toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals(Files.readString(OUT17), out);
    }
}
