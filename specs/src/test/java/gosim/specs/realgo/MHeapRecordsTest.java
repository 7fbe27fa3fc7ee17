package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.realgo.ParsedOutput.Frame;
import gosim.specs.realgo.ParsedOutput.HeapProfile;
import gosim.specs.realgo.ParsedOutput.HeapRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap blocks a new M makes (issue 12): allocm's new(m), mpreinit's gsignal malg(32*1024) and
 * g0's malg(8192), under the g0 frames of the path that asked for the thread. The program
 * (resources/gosim/heap/mrecords.go) blocks six goroutines in syscall.Nanosleep at MemProfileRate=1,
 * so sysmon's retake hands their Ps off to new Ms. Real Go 1.19.8's profile is stored beside it
 * (mrecords.go119.heap, its first line says how it was made).
 */
class MHeapRecordsTest {
    /** "BYTES_PER_OBJECT frame frame ..." of each record with runtime.allocm in its stack. */
    static SortedSet<String> mRecords(String output) {
        HeapProfile p = OutputParser.parse(output).all(HeapProfile.class).get(0);
        SortedSet<String> out = new TreeSet<>();
        for (HeapRecord r : p.records()) {
            if (r.stack().frames().stream().noneMatch(f -> f.function().equals("runtime.allocm"))) {
                continue;
            }
            String frames = r.stack().frames().stream().map(Frame::toString)
                    .map(s -> s.replaceAll(" \\S*/src/runtime/", " ")).collect(Collectors.joining(" <- "));
            out.add(r.allocBytes() / r.allocObjects() + " " + frames);
        }
        return out;
    }

    private static String gosim(Path dir, String version) throws IOException {
        return HeapDump.gosim(dir, "mrecords.go", HeapDump.resource(HeapSitesTest.DIR + "mrecords.go"), version);
    }

    @Test
    void newMsBlocksUnderGo119AreRealGo119s(@TempDir Path dir) throws IOException {
        SortedSet<String> real = mRecords(HeapDump.stored(HeapSitesTest.DIR + "mrecords.go119.heap"));
        assertEquals(6, real.size(), String.join("\n", real));
        assertEquals(String.join("\n", real), String.join("\n", mRecords(gosim(dir, "1.19"))));
    }

    /**
     * The same blocks in the default dialect, derived from the go1.7 source: allocm's new(m) at
     * proc.go:1284, mcommoninit(mp) at 1286, mpreinit(mp) at 507, os_linux.go:261's malg(32 * 1024),
     * malg's new(g) at 2688, g0's malg(8192) at 1293; newm's allocm 1555, startm's newm 1642,
     * handoffp's startm 1669 (local work) or 1680 (no spinning M), retake's handoffp 3722, sysmon's
     * retake 3649, mstart1's fn() 1126, mstart's mstart1() 1096. unsafe.Sizeof(m{}) is 936 bytes
     * (runtime2.go:377-442), class 1024; g's 400, class 416.
     */
    @Test
    void newMsBlocksUnderGo17FollowTheGo17Source(@TempDir Path dir) throws IOException {
        SortedSet<String> sim = mRecords(gosim(dir, "1.7"));
        SortedSet<String> want = new TreeSet<>();
        for (int handoff : new int[] {1669, 1680}) {
            String below = " <- runtime.newm proc.go:1555 <- runtime.startm proc.go:1642 <- runtime.handoffp proc.go:"
                    + handoff + " <- runtime.retake proc.go:3722 <- runtime.sysmon proc.go:3649"
                    + " <- runtime.mstart1 proc.go:1126 <- runtime.mstart proc.go:1096";
            want.add("1024 runtime.allocm proc.go:1284" + below);
            want.add("416 runtime.malg proc.go:2688 <- runtime.mpreinit os_linux.go:261 <- runtime.mcommoninit proc.go:507"
                    + " <- runtime.allocm proc.go:1286" + below);
            want.add("416 runtime.malg proc.go:2688 <- runtime.allocm proc.go:1293" + below);
        }
        assertEquals(String.join("\n", want), String.join("\n", sim));
        assertTrue(sim.size() == 6);
    }
}
