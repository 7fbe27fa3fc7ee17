package gosim.sim.events;

/**
 * One event of the kernel's stream: what happened ({@link Ev}), at which virtual time, on which
 * M, P and G, and the details the kind has (see docs/events.md). Ids are -1 (m, p, p2) or 0
 * (g, g2) when absent. {@code stack} holds return PCs, innermost first, without runtime.goexit.
 *
 * @param seq     position in the stream, from 0; -1 for the snapshot a view gets when it attaches
 * @param ts      virtual time in ns
 * @param m       M id
 * @param p       P id
 * @param g       the goroutine acting
 * @param g2      the goroutine acted on (created, unblocked)
 * @param p2      the other P (the steal's victim)
 * @param n       a count or size (stolen Gs, syscall ns, bytes, GOMAXPROCS, GC cycle)
 * @param why     the reason in proc.go's words (where a G was found, a wait reason, ...)
 * @param obj     what a goroutine waits on ("chan#1", "sema#2", "timer#3"), or null
 * @param fn      the created goroutine's function (G_CREATE, G_EXISTS), or null
 * @param fnpc    that function's entry PC, or 0
 * @param goids   the stolen goroutines (STEAL), or null
 * @param stack   g's stack where Go's tracer records one, or null
 */
public record Event(long seq, long ts, Ev ev, int m, int p, long g, long g2, int p2, long n, String why,
        String obj, String fn, long fnpc, long[] goids, long[] stack) {
}
