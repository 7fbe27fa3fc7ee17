package gosim.specs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.lang.Prelude;
import gosim.specs.realgo.RealGo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every row of {@link LibraryLines} against the sources it cites: the function spans the cited
 * lines of Go 1.19's source (the installed toolchain's GOROOT) and of go1.7's (the euank/go
 * mirror, tag go1.7), each call is on its cited line there, and each call's text is on exactly one
 * line of our stub's function, so an edit of either that moves a call fails here.
 */
class LibraryLinesTest {
    private static final Path MIRROR = Path.of("/work/.mirror/euank+go/repo");

    /** The declaration line of a Go function named as in symbol tables: pkg.F, pkg.(*T).M, pkg.T.M. */
    static Pattern declaration(String name) {
        String rest = name.substring(name.indexOf('.', name.lastIndexOf('/') + 1) + 1);
        java.util.regex.Matcher m = Pattern.compile("^\\((\\*?)(\\w+)\\)\\.(\\w+)$").matcher(rest);
        if (m.matches()) {
            return Pattern.compile("^func \\(\\w* ?" + Pattern.quote(m.group(1) + m.group(2)) + "\\) " + m.group(3) + "\\(.*");
        }
        if (rest.contains(".")) {
            String[] tm = rest.split("\\.");
            return Pattern.compile("^func \\(\\w* ?" + tm[0] + "\\) " + tm[1] + "\\(.*");
        }
        return Pattern.compile("^func " + rest + "[(\\[].*");
    }

    /** Checks fn's span and calls in one release's source of its file (lines, 1-based in the list's order). */
    static void checkRelease(String release, LibraryLines.Fn fn, String file, int start, int end,
            Function<LibraryLines.Call, Integer> line, List<String> src) {
        String where = release + " " + file + ":" + start + " for " + fn.name();
        assertTrue(declaration(fn.name()).matcher(src.get(start - 1)).matches(), where + ": " + src.get(start - 1));
        String last = src.get(end - 1);
        assertTrue(last.equals("}") || start == end && last.endsWith("}"), where + ": ends at " + end + ": " + last);
        for (int l = start; l < end; l++) {
            assertTrue(!src.get(l - 1).equals("}"), where + ": ends before " + end + " at " + l);
        }
        for (LibraryLines.Call c : fn.calls()) {
            int at = line.apply(c);
            if (at != 0) {
                assertTrue(at >= start && at <= end, where + ": " + c + " outside the function");
                assertTrue(src.get(at - 1).contains(c.real()), where + ": line " + at + " is " + src.get(at - 1)
                        + ", not " + c.real());
            }
        }
    }

    static Path goroot119() throws IOException {
        Path go = RealGo.find().orElse(null);
        Assumptions.assumeTrue(go != null, "go is not installed");
        Path root = go.toRealPath().getParent().getParent();
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("src/bufio")), "no sources under " + root);
        try (RealGo g = RealGo.locate().orElseThrow()) {
            Assumptions.assumeTrue(g.version().contains("go1.19"), "not Go 1.19: " + g.version());
        }
        return root.resolve("src");
    }

    @Test
    void everyRowIsGo119sSource() throws IOException {
        Path src = goroot119();
        for (LibraryLines.Fn fn : LibraryLines.TABLE) {
            List<String> lines = Files.readAllLines(src.resolve(fn.file19()), StandardCharsets.UTF_8);
            checkRelease("1.19", fn, fn.file19(), fn.start19(), fn.end19(), LibraryLines.Call::line19, lines);
        }
    }

    @Test
    void everyRowIsGo17sSource() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(MIRROR), "no Go history mirror at " + MIRROR);
        int checked = 0;
        for (LibraryLines.Fn fn : LibraryLines.TABLE) {
            if (fn.file17() == null) {
                assertTrue(fn.calls().stream().allMatch(c -> c.line17() == 0), fn.name());
                continue;
            }
            Process p = new ProcessBuilder("git", "--git-dir=" + MIRROR, "show", "go1.7:src/" + fn.file17())
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), text);
            checkRelease("go1.7", fn, fn.file17(), fn.start17(), fn.end17(), LibraryLines.Call::line17, text.lines().toList());
            checked++;
        }
        assertTrue(checked > 30, "rows with go1.7 facts: " + checked);
    }

    /** Every tabled call is on exactly one line of one declaration of the function in our stub. */
    @Test
    void everyCallIsInOurStub() {
        for (LibraryLines.Fn fn : LibraryLines.TABLE) {
            String pkg = fn.name().substring(0, fn.name().indexOf('.', fn.name().lastIndexOf('/') + 1));
            String[] src = Prelude.resource(pkg).split("\n", -1);
            List<int[]> decls = new ArrayList<>();
            Pattern d = declaration(fn.name());
            for (int i = 0; i < src.length; i++) {
                if (d.matcher(src[i]).matches()) {
                    int end = i;
                    while (!src[end].endsWith("}") || end > i && !src[end].equals("}")) {
                        end++;
                    }
                    decls.add(new int[] {i + 1, end + 1});
                }
            }
            assertTrue(!decls.isEmpty(), "no " + fn.name() + " in our " + pkg);
            for (LibraryLines.Call c : fn.calls()) {
                long found = decls.stream().filter(r -> LibraryLines.find(src, r[0], r[1], c.stub()) != 0).count();
                assertTrue(found >= 1, fn.name() + ": no single line with " + c.stub() + " in our " + pkg);
            }
        }
    }
}
