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
 * Heap records of allocations in functions gc inlines (issue 12). Go 1.19 inlines newT, newBuf,
 * wrap and loop (go build -gcflags=-m: "can inline"), and its profile stacks keep a frame per
 * inlined call (runtime.Callers expands the inline tree: 1.19 traceback.go and symtab.go
 * CallersFrames), so the records are those of plain calls; compared with real Go 1.19.8. The
 * program is resources/gosim/heap/inline.go; it prints each record's frames in the file with their
 * lines. (go1.7, which gives an inlined body its call's line and no frame, inl.go:794-799 setlno,
 * is not modelled yet.)
 */
class HeapInlineTest {
    /** "objects bytes: fn line fn line ..." of the records made under main's calls at lines 38-42 (the calls under test). */
    static List<String> records(String output) {
        return Stream.of(output.split("\n")).filter(l -> l.matches("\\d+ \\d+: .* main\\.main (3[89]|4[0-2])"))
                .sorted().collect(Collectors.toList());
    }

    static final List<String> WANT_19 = List.of("1 112: main.newBuf 19 main.main 39", "1 32: main.loop 26 main.main 41",
            "1 32: main.newT 17 main.main 38", "1 32: main.newT 17 main.wrap 21 main.main 40",
            "1 32: main.notInlined 32 main.main 42");

    static String source() throws IOException {
        return HeapSitesTest.resource("inline.go");
    }

    @Test
    void go119ShowsInlinedCallsAsFrames(@TempDir Path dir) throws IOException {
        assertEquals(WANT_19, records(HeapDump.gosim(dir, "inline.go", source(), "1.19")));
    }

    @Test
    void realGo119ShowsThemSo() throws IOException {
        assertEquals(WANT_19, records(HeapDump.realGo("inline.go", source())));
    }
}
