package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.specs.realgo.ParsedOutput.Frame;
import gosim.specs.realgo.ParsedOutput.HeapProfile;
import gosim.specs.realgo.ParsedOutput.HeapRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frames of our Go-source standard library carry Go's own files and lines (issue 12,
 * LibraryLines): resources/gosim/heap/libframes.go prints the stack in callbacks that sort, strings,
 * bufio and io call, which must be real Go 1.19's frame for frame under -go 1.19, and go1.7's
 * lines, cited below, under the default dialect. resources/gosim/heap/libheap.go allocates through
 * bufio, errors, io and strings at MemProfileRate=1: the heap records with a frame of those
 * packages must be real Go 1.19's, counts, bytes and frames.
 */
class LibraryFramesTest {
    static String program() throws IOException {
        return HeapSitesTest.resource("libframes.go");
    }

    @Test
    void framesAreRealGo119s(@TempDir Path dir) throws IOException {
        DumpFrames.sameStderrFramesAsRealGo119(dir, "libframes.go", program(), (real, gosim) -> { });
    }

    @Test
    void framesUnderGo17AreGo17Sources(@TempDir Path dir) throws IOException {
        RunOutput r = GosimRun.run(dir, "libframes.go", program());
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> got = DumpFrames.frames(r.stderr(), fn -> !fn.startsWith("main."));
        // Not claimed: go1.7's ReadBytes loops over ReadSlice itself (bufio.go:400-438) where our stub
        // calls Go 1.19's collectFragments, and go1.7's Flush is a wrapper of flush (551-554), which
        // writes, where ours writes in Flush: frames of their own that Go 1.7 does not print
        got.removeIf(s -> s.startsWith("goroutine ") || s.startsWith("bufio.(*Reader).collectFragments ")
                || s.startsWith("bufio.(*Reader).ReadBytes ") || s.startsWith("bufio.(*Writer).Flush "));
        assertEquals(List.of(
                // sort/search.go:66 `if !f(h)` (Search at 59), twice: n = 2
                "sort.Search search.go:66", "sort.Search search.go:66",
                // strings.go: Map's mapping(c) at 389, indexFunc's f(r) == truth at 554 (IndexFunc
                // calls it at 534), FieldsFunc's first, counting pass at 315
                "strings.Map strings.go:389",
                "strings.indexFunc strings.go:554", "strings.IndexFunc strings.go:534",
                "strings.FieldsFunc strings.go:315",
                // bufio/scan.go:208 s.r.Read in Scan; bufio.go: fill's b.rd.Read at 97, called by
                // ReadByte at 231, ReadRune at 262, ReadSlice at 330 (ReadLine's ReadSlice at 359)
                "bufio.(*Scanner).Scan scan.go:208",
                "bufio.(*Reader).fill bufio.go:97", "bufio.(*Reader).ReadSlice bufio.go:330",
                // (ReadBytes: the same fill and ReadSlice frames)
                "bufio.(*Reader).fill bufio.go:97", "bufio.(*Reader).ReadByte bufio.go:231",
                "bufio.(*Reader).fill bufio.go:97", "bufio.(*Reader).ReadRune bufio.go:262",
                "bufio.(*Reader).fill bufio.go:97", "bufio.(*Reader).ReadSlice bufio.go:330",
                "bufio.(*Reader).ReadLine bufio.go:359",
                // io.go: Copy calls copyBuffer at 360; copyBuffer's WriteTo at 380 (strings.Reader's
                // WriteTo calls io.WriteString at reader.go:133, which writes at io.go:291) and
                // src.Read at 390; ReadFull's ReadAtLeast at 325, its r.Read at 307
                "io.WriteString io.go:291", "strings.(*Reader).WriteTo reader.go:133",
                "io.copyBuffer io.go:380", "io.Copy io.go:360",
                "io.copyBuffer io.go:390", "io.Copy io.go:360",
                "io.WriteString io.go:291",
                "io.ReadAtLeast io.go:307", "io.ReadFull io.go:325"), got);
    }

    /** "counts: frames down to the program's first" of each heap record with a frame of our Go-source library. */
    static SortedSet<String> libraryRecords(String output) {
        HeapProfile p = OutputParser.parse(output).all(HeapProfile.class).get(0);
        SortedSet<String> out = new TreeSet<>();
        for (HeapRecord r : p.records()) {
            List<Frame> fs = r.stack().frames();
            int main = 0;
            while (main < fs.size() && !fs.get(main).isUser()) {
                main++;
            }
            List<Frame> lib = fs.subList(0, Math.min(main + 1, fs.size()));
            if (lib.stream().anyMatch(f -> f.function().matches("(bufio|errors|io|strings)\\..*"))) {
                assertEquals(true, out.add(r.inuseObjects() + ": " + r.inuseBytes() + " [" + r.allocObjects() + ": "
                        + r.allocBytes() + "] " + lib.stream().map(f -> f.function() + " "
                                + Path.of(f.file()).getFileName() + ":" + f.line()).collect(Collectors.joining(" <- "))),
                        "two records of one stack");
            }
        }
        return out;
    }

    @Test
    void libraryHeapRecordsAreRealGo119s(@TempDir Path dir) throws IOException {
        java.util.Optional<RealGo> found = RealGo.locate();
        org.junit.jupiter.api.Assumptions.assumeTrue(found.isPresent(), "go is not installed");
        String src = HeapSitesTest.resource("libheap.go");
        try (RealGo go = found.get()) {
            RealGo.Result real = go.build("libheap.go", src).run();
            assertEquals(0, real.exitCode(), real.stderr());
            SortedSet<String> want = libraryRecords(real.stdout());
            // NewReaderSize's struct and buffer, directly and under NewReader; NewWriterSize's; NewScanner;
            // Scan's buffer; Text's two tokens (73 and 27 bytes); ReadBytes; ReadAll's first buffer
            // and its growth; Split; strings.NewReader; errors.New
            assertEquals(16, want.size(), want.toString());
            RunOutput got = GosimRun.run(dir, "libheap.go", src, "-go", "1.19");
            assertEquals(0, got.exitCode(), got.stderr());
            assertEquals(want, libraryRecords(got.stdout()));
        }
    }
}
