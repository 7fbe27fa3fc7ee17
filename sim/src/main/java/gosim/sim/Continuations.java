package gosim.sim;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * Goroutines as bare JDK continuations ({@code jdk.internal.vm.Continuation}), the carrier's
 * faster mode ({@link Carrier#bare}): what gogo and mcall are to proc.go, a G's stack saved and
 * restored by the JVM, without a virtual thread around it. A virtual thread's Thread.yield goes
 * through its state machine (unmount, the executor's submit, mount: VirtualThread.tryYield,
 * yieldContinuation, runContinuation), which JFR put at two thirds of a channel round trip
 * (docs/kernel-profile.md); here a yield is {@code Continuation.yield} and a resume
 * {@code Continuation.run}, and a parked G keeps a Continuation (about 40 bytes) instead of a
 * VirtualThread, its continuation and the lambdas between them, and fewer frozen frames.
 *
 * <p>Only this class names {@code jdk.internal.vm}: it is loaded only when java.base exports that
 * package to gosim (the launcher's {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}),
 * so a JVM without the option runs goroutines on virtual threads as before.
 */
final class Continuations {
    /** The scope every goroutine's continuation yields to: the carrier loop's Continuation.run. */
    private static final ContinuationScope SCOPE = new ContinuationScope("gosim goroutines");

    private Continuations() {
    }

    /** One goroutine's saved stack; Continuation.run (public final) is Runnable's run. */
    static final class Cont extends Continuation implements Runnable {
        final Carrier carrier;

        Cont(Carrier carrier, Runnable body) {
            super(SCOPE, body);
            this.carrier = carrier;
        }

        /**
         * A yield from a native frame, a class initializer or with a monitor held cannot freeze
         * the stack: Continuation.yield returns false instead of throwing, and the G, never
         * resumed, reports it (Engine.notResumed), as Thread.yield on a pinned virtual thread does.
         */
        @Override
        protected void onPinned(Continuation.Pinned reason) {
        }
    }

    /** A new, unstarted goroutine continuation on carrier c. */
    static Runnable create(Carrier c, Runnable body) {
        return new Cont(c, body);
    }

    /** Runs cont until it yields or ends; cont again, or null when it ended. */
    static Runnable resume(Runnable cont) {
        cont.run();
        return ((Cont) cont).isDone() ? null : cont;
    }

    /** Gives the carrier back to the loop: the running goroutine's continuation yields. */
    static void yieldNow() {
        Continuation.yield(SCOPE);
    }

    /** The carrier whose goroutine continuation runs on the calling thread now, or null. */
    static Carrier carrier() {
        return Continuation.getCurrentContinuation(SCOPE) instanceof Cont c ? c.carrier : null;
    }
}
