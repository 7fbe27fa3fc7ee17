package gosim.mprof;

import java.util.List;

/** What ThreadCreateProfile reads from the kernel: allm. */
interface ThreadSource {
    /**
     * The createstack of every M, in allm order (newest first, since mcommoninit prepends), each
     * innermost PC first and at most 32 PCs.
     */
    List<long[]> createStacks();
}
