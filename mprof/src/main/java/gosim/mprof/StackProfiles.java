package gosim.mprof;

import java.util.List;
import java.util.Objects;

/**
 * The stack record APIs over kernel state: models ThreadCreateProfile, GoroutineProfile and saveg
 * of Go 1.7's mprof.go. The kernel plugs in through {@link ThreadSource} and {@link GoroutineSource}.
 */
final class StackProfiles {
    private StackProfiles() {
    }

    /**
     * ThreadCreateProfile: n is the number of Ms; if p.length >= n, p[i] gets the createstack of
     * the i-th M of allm (newest first) and (n, true) is returned; else p is untouched, (n, false).
     */
    public static ProfileResult threadCreateProfile(ThreadSource src, StackRecord[] p) {
        Objects.requireNonNull(p, "p");
        // Go reads allm once and walks it twice; Ms are only ever prepended, so one snapshot is
        // the same list.
        List<long[]> first = List.copyOf(Objects.requireNonNull(src, "src").createStacks());
        int n = first.size();
        if (n > p.length) {
            return new ProfileResult(n, false);
        }
        for (int i = 0; i < n; i++) {
            if (p[i] == null) {
                p[i] = new StackRecord();
            }
            p[i].setStack(first.get(i)); // createstack is a full [32]uintptr: every slot is copied
        }
        return new ProfileResult(n, true);
    }

    /**
     * GoroutineProfile as Go 1.7 does it (mprof.go:522-569): stop the world first, then
     * n = 1 + the other goroutines that count; if n fits, save the caller's stack first and then
     * every other one's; start the world. (n, ok) reports that count; p is untouched when ok is
     * false. (The unlocked pre-count before stopping the world is Go 1.5's.)
     */
    public static ProfileResult goroutineProfile(GoroutineSource src, StackRecord[] p) {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(p, "p");
        ProfileResult[] result = new ProfileResult[1];
        src.withWorldStopped(() -> {
            List<long[]> others = src.otherStacks();
            long[] caller = src.callerStack(); // null for an observer outside the process
            int first = caller == null ? 0 : 1;
            int n = first + others.size();
            if (n <= p.length) {
                if (caller != null) {
                    saveg(caller, p, 0);
                }
                for (int i = 0; i < others.size(); i++) {
                    saveg(others.get(i), p, i + first);
                }
            }
            result[0] = new ProfileResult(n, n <= p.length);
        });
        if (result[0] == null) {
            throw new IllegalStateException("withWorldStopped did not run the profile action");
        }
        return result[0];
    }

    /**
     * saveg: gentraceback writes the PCs (at most 32) into Stack0 and a 0 after them when there is
     * room; later slots keep what they held, as in Go.
     */
    private static void saveg(long[] stk, StackRecord[] p, int i) {
        Objects.requireNonNull(stk, "goroutine stack");
        if (p[i] == null) {
            p[i] = new StackRecord();
        }
        long[] dst = p[i].stack0;
        int n = Math.min(stk.length, StackRecord.MAX_STACK);
        System.arraycopy(stk, 0, dst, 0, n);
        if (n < dst.length) {
            dst[n] = 0;
        }
    }
}
