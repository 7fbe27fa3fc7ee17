package gosim.specs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The simulated goroutine stack reaches Go's limit where Go's newstack does. */
class GoStackTest {

    /** Frames pushed until push refuses one; that frame is counted. */
    private static int framesUntilOverflow(GoStack s, long frameBytes) {
        int d = 0;
        while (s.push(d, frameBytes)) {
            d++;
        }
        return d + 1;
    }

    @Test
    void aStackOverflowsWhenItWouldNeedMoreThanHalfAGigabyte() {
        // go1.7 stack.go:71 _StackMin = 2048, doubled by newstack (stack.go:1058) until the next
        // doubling passes maxstacksize = 1e9 (proc.go:117, stack.go:1059): the largest stack is
        // 2048 << 18 = 536870912 bytes, of which _StackGuard (720, stack.go:93) stays free.
        long mib = 1 << 20;
        assertEquals(512, framesUntilOverflow(new GoStack(false), mib)); // 511 * 2^20 + 720 fits, 512 do not
        // Go 1.19: the same doubling and limit (stack.go:75, proc.go:156), _StackGuard 928 (stack.go:101).
        long f = (536870912L - 928) / 3;
        GoStack s19 = new GoStack(true);
        assertTrue(s19.push(0, f) && s19.push(1, f) && s19.push(2, f));
        assertTrue(s19.push(3, 1)); // exactly full
        s19.pop(3);
        assertFalse(s19.push(3, 2));
        GoStack s17 = new GoStack(false);
        assertTrue(s17.push(0, f) && s17.push(1, f) && s17.push(2, f) && s17.push(3, 928 - 720));
    }

    @Test
    void returningFreesTheFramesAndSpFallsByEachFrame() {
        GoStack s = new GoStack(false);
        assertTrue(s.push(0, 64) && s.push(1, 32) && s.push(2, 48));
        long[] sp = s.sp(3);
        assertEquals(s.hi() - 64, sp[0]);
        assertEquals(sp[0] - 32, sp[1]);
        assertEquals(sp[1] - 48, sp[2]);
        s.pop(1);
        assertTrue(s.push(1, 16));
        assertEquals(s.hi() - 80, s.sp(2)[1]);
        // frames a native pushed (not traced) count 32 bytes each
        assertTrue(s.push(4, 8));
        assertEquals(s.hi() - 80 - 2 * GoStack.NATIVE_FRAME - 8, s.sp(5)[4]);
    }

    @Test
    void theStackStartsAtTwoKilobytesAndDoubles() {
        GoStack s = new GoStack(false);
        assertEquals(2048, s.hi() - s.lo());
        assertTrue(s.push(0, 2048 - 720));
        assertEquals(2048, s.hi() - s.lo());
        assertTrue(s.push(1, 1));
        assertEquals(4096, s.hi() - s.lo());
        assertTrue(s.push(2, 100_000));
        assertEquals(131072, s.hi() - s.lo());
    }
}
