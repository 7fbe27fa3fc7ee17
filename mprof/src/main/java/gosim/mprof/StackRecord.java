package gosim.mprof;

import java.util.Arrays;

/**
 * runtime.StackRecord: one execution stack of at most 32 PCs, ending at the first 0.
 * Mutable like Go's, because the record APIs fill a caller's slice in place.
 */
public class StackRecord {
    /** runtime's maxStack: stacks are at most 32 frames deep. */
    public static final int MAX_STACK = 32;

    /** Stack0: the stack, padded with zeros. */
    public final long[] stack0 = new long[MAX_STACK];

    /** Stack(): the prefix of stack0 before the first 0. */
    public long[] stack() {
        for (int i = 0; i < stack0.length; i++) {
            if (stack0[i] == 0) {
                return Arrays.copyOf(stack0, i);
            }
        }
        return stack0.clone();
    }

    /** Copies {@code stk} into stack0 and zero-fills the rest (copy(r.Stack0[:], stk)). */
    public void setStack(long[] stk) {
        int n = Math.min(stk.length, MAX_STACK);
        System.arraycopy(stk, 0, stack0, 0, n);
        Arrays.fill(stack0, n, MAX_STACK, 0);
    }
}
