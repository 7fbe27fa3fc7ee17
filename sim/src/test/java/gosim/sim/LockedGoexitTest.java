package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A goroutine's exit while it is locked to its thread. Go 1.19's goexit0 (proc.go:3525-3539) goes
 * back to mstart0 (gogo(&g0.sched)), whose mexit (1391) ends the thread: an M other than m0 leaves
 * allm (1509-1517) and mcount() (mnext - nmfreed, 4490-4492; nmfreed++ at 1543); m0 hands its P off
 * and stays parked in allm for good (1475-1494, nmfreed++ at 1489). go1.7's goexit0 clears
 * m.locked and the M schedules on (proc.go:2251-2257).
 */
class LockedGoexitTest {

    private record After(long lockedM, List<Long> allm, int mcount, boolean reused) {
    }

    /** main, locked itself, starts a goroutine that locks its M and exits; later goroutines run on. */
    private static After lockAndExit(GoVersion v) {
        GoRuntime rt = GoRuntime.builder().version(v).gomaxprocs(2).checkInvariants(true).build();
        long[] locked = {-1};
        boolean[] reused = {false};
        List<Long>[] allm = new List[1];
        int[] mcount = new int[1];
        assertEquals(0, rt.run(() -> {
            Go.lockOSThread(); // so that the goroutine runs on another M than m0
            Go.go(() -> {
                Go.lockOSThread();
                locked[0] = Go.mid();
            });
            Go.sleep(1_000_000);
            allm[0] = rt.allm().stream().map(M::id).toList();
            mcount[0] = rt.mcount();
            for (int i = 0; i < 20; i++) {
                Go.go(() -> reused[0] |= Go.mid() == locked[0]);
                Go.sleep(100_000);
            }
            Go.unlockOSThread();
        }));
        return new After(locked[0], allm[0], mcount[0], reused[0]);
    }

    @Test
    void go119EndsTheThread() {
        After a = lockAndExit(GoVersion.GO1_19);
        assertTrue(a.lockedM() > 0, "the goroutine ran on an M other than m0: " + a.lockedM());
        assertFalse(a.allm().contains(a.lockedM()), "mexit took m" + a.lockedM() + " off allm: " + a.allm());
        assertEquals(a.allm().size(), a.mcount(), "mcount() = mnext - nmfreed counts what allm holds");
        assertFalse(a.reused(), "no goroutine runs on the dead thread");
    }

    @Test
    void go17KeepsTheThread() {
        After a = lockAndExit(GoVersion.DEFAULT);
        assertTrue(a.lockedM() > 0, "the goroutine ran on an M other than m0: " + a.lockedM());
        assertTrue(a.allm().contains(a.lockedM()), a.allm().toString());
        assertEquals(a.allm().size(), a.mcount());
    }

    /** m0 cannot exit (1.19 proc.go:1475-1494): it hands its P off and sleeps, still on allm. */
    @Test
    void go119WedgesM0() {
        GoRuntime rt = GoRuntime.builder().version(GoVersion.GO1_19).gomaxprocs(2).checkInvariants(true).build();
        boolean[] seen = new boolean[3];
        int[] counts = new int[2];
        assertEquals(3, rt.run(() -> {
            Go.lockOSThread();
            Go.go(() -> {
                Go.sleep(1_000_000);
                M m0 = rt.allm().get(rt.allm().size() - 1);
                seen[0] = m0.id() == 0;
                seen[1] = m0.p() == null && m0.curg() == null;
                seen[2] = m0.lockedg() == null;
                counts[0] = rt.allm().size();
                counts[1] = rt.mcount();
                Go.exit(3);
            });
            Go.goexit(); // main's goroutine exits locked to m0
        }));
        assertTrue(seen[0], "m0 is still on allm");
        assertTrue(seen[1], "m0 holds no P and runs nothing");
        assertTrue(seen[2]);
        assertEquals(counts[0] - 1, counts[1], "m0 counts in nmfreed but stays on allm");
    }
}
