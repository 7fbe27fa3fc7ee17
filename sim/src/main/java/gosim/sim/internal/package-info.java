/**
 * Internal: not API. What gosim's own modules need of the kernel beyond the public API: the
 * interpreter of gosim-specs keeps each goroutine's simulated stack ({@link gosim.sim.internal.SimStack})
 * and gives the GC its roots, pprof's in-simulation server and the java.util.concurrent facades
 * park and ready goroutines ({@link gosim.sim.internal.Kernel}). Anything here may change or go
 * away in any release; tests and applications use {@link gosim.sim.Go}, {@link gosim.sim.GoRuntime}
 * and {@link gosim.sim.Goroutine} instead.
 */
package gosim.sim.internal;
