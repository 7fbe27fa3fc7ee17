package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names gc gives function literals, as the heap profile shows them (issue 12). closurename makes
 * "%s.%s%d" of an outer name, a prefix and a counter (go1.7 closure.go:160-200; 1.19 ir/func.go:
 * 335-356): a literal in a package-level initializer is outer "glob." with prefix "func" and a
 * package-wide counter, so main.glob..func1; one in a named function is that function's name with
 * "func" and the function's counter, main.f.func1 (a method's too, main.(*T).m.func1); one nested in
 * a closure, global or not, is the closure's name with no prefix, main.f.func1.1. The program is
 * resources/gosim/heap/closures.go; each closure allocates an array of its own size. Go 1.19 renames
 * a closure when it inlines the function around it (a directly called closure, a method with a
 * closure): the program calls the literals through a noinline function so that both releases agree.
 */
class ClosureNamesTest {
    static final List<String> WANT = List.of("main.(*T).m.func1:38 128", "main.f.func1.1:24 16", "main.g.func1:29 48",
            "main.g.func2:30 48", "main.glob..func1:16 32", "main.glob..func2.1:19 64");

    /** "function:line bytes" of the records allocated inside a closure, sorted. */
    static List<String> closures(String output) {
        return Stream.of(output.split("\n")).filter(l -> l.startsWith("main.") && l.contains(".func")).sorted()
                .collect(Collectors.toList());
    }

    static String source() throws IOException {
        return HeapSitesTest.resource("closures.go");
    }

    @Test
    void go17NamesFollowClosurename(@TempDir Path dir) throws IOException {
        assertEquals(WANT, closures(HeapDump.gosim(dir, "closures.go", source(), "1.7")));
    }

    @Test
    void go119NamesFollowClosurename(@TempDir Path dir) throws IOException {
        assertEquals(WANT, closures(HeapDump.gosim(dir, "closures.go", source(), "1.19")));
    }

    @Test
    void realGo119NamesThemSo() throws IOException {
        assertEquals(WANT, closures(HeapDump.realGo("closures.go", source())));
    }
}
