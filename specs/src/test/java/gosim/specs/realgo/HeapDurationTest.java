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
 * time.ParseDuration makes its error value only on a failing return: every errors.New in go1.7
 * format.go:1211-1280 and 1.19 format.go:1541-1609 is in a return statement, so a successful
 * parse allocates nothing. resources/gosim/heap/durheap.go parses "1h2m3s" a thousand times and
 * "durationxxxxxxxx" once at MemProfileRate=1 and prints the records with a ParseDuration frame: only the failing
 * parse's. durerr.go prints the results and errors of good and bad inputs: 1.19 quotes the input
 * (and an unknown unit) with quote (format.go:1541, 1585, 1591); go1.7 shows both bare
 * (format.go:1211, 1261, 1267).
 */
class HeapDurationTest {
    /** The "objects bytes: functions" lines durheap.go printed. */
    static List<String> records(String output) {
        return Stream.of(output.split("\n")).filter(l -> l.contains(": ") && l.contains("time.ParseDuration"))
                .sorted().collect(Collectors.toList());
    }

    static String run(Path dir, String file, String version) throws IOException {
        return HeapDump.gosim(dir, file, HeapSitesTest.resource(file), version);
    }

    @Test
    void go119RecordsAreRealGo119s(@TempDir Path dir) throws IOException {
        List<String> real = records(HeapDump.realGo("durheap.go", HeapSitesTest.resource("durheap.go")));
        // errors.New's errorString, the concatenation, and quote's buffer and string (1.19
        // format.go:801 and 833): one object each
        assertEquals(4, real.size(), real.toString());
        assertEquals(real, records(run(dir, "durheap.go", "1.19")));
    }

    @Test
    void go17RecordsAreTheFailingParsesOnly(@TempDir Path dir) throws IOException {
        // go1.7 format.go:1211 errors.New("time: invalid duration " + orig): no quote; the
        // concatenation "time: invalid duration durationxxxxxxxx" is 39 bytes, class 48
        List<String> want = List.of(
                "1 16: errors.New time.ParseDuration main.main runtime.main runtime.goexit",
                "1 48: runtime.rawstringtmp runtime.concatstrings runtime.concatstring2 time.ParseDuration main.main"
                        + " runtime.main runtime.goexit");
        assertEquals(want, records(run(dir, "durheap.go", "1.7")));
    }

    @Test
    void go119ErrorsAreRealGo119s(@TempDir Path dir) throws IOException {
        assertEquals(HeapDump.realGo("durerr.go", HeapSitesTest.resource("durerr.go")), run(dir, "durerr.go", "1.19"));
    }

    @Test
    void go17ErrorsShowTheInputBare(@TempDir Path dir) throws IOException {
        // go1.7 format.go:1211/1223/1249/1271 "time: invalid duration " + orig, 1261 "time: missing
        // unit in duration " + orig, 1267 "time: unknown unit " + u + " in duration " + orig
        String want = """
                1h2m3s <nil>
                -1h30m0s <nil>
                0s <nil>
                0s <nil>
                0s time: invalid duration\s
                0s time: invalid duration -
                0s time: invalid duration x
                0s time: missing unit in duration 1
                0s time: unknown unit x in duration 1x
                0s time: invalid duration .s
                1h0m0s <nil>
                0s time: invalid duration 9999999999h
                0s time: unknown unit hx in duration 1hx2m
                """;
        assertEquals(want, run(dir, "durerr.go", "1.7"));
    }
}
