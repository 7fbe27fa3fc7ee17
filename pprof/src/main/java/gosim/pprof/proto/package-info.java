/**
 * profile.proto output (Go 1.8+'s format, offered beside Go 1.7's text): {@link
 * gosim.pprof.proto.ProfileBuilder} (runtime/pprof/proto.go's profileBuilder on the simulated symbol
 * table), {@link gosim.pprof.proto.ProtoWriter} (heap, count, block and mutex encoders) and
 * {@link gosim.pprof.proto.TextSegment} (the one mapping). The Java for perftools.profiles is
 * generated at build time from src/main/proto/profile.proto into {@code ProfileProto}.
 *
 * <p>Internal: public because gosim.pprof and gosim.pprof.cpu write through it, not API; users
 * get profiles from {@link gosim.pprof.Pprof}.
 *
 * <p>What google/pprof (as in Go 1.19's {@code go tool pprof}) accepts, checked by the test suite:
 * <ul>
 *   <li>accepted: Go 1.7 count profiles ({@code "NAME profile: total N"}) at debug 0 and 1; heap
 *       profiles ({@code "heap profile: ... @ heap/2*rate"}) at debug 0 and 1, with or without the
 *       MemStats trailer, which pprof un-samples with the same formula as scaleHeapSample; block
 *       profiles ({@code "--- contention:"}, {@code "cycles/second=N"}), cycles turned into
 *       nanoseconds as here; the legacy binary CPU profile; every proto written here.
 *   <li>rejected: a count profile with an empty stack line ({@code "4 @"}, Go's threadcreate text):
 *       "malformed profile format"; Go 1.0's {@code "thread creation profile: N threads"} and the
 *       debug=2 goroutine dump: "unrecognized profile format".
 *   <li>read but not shown: a proto sample with no locations (the empty stacks of threadcreate) is
 *       kept in the file, but pprof's reports, {@code -raw} included, leave such samples out.
 * </ul>
 */
package gosim.pprof.proto;
