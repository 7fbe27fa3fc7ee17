package gosim.pprof.text;

/**
 * runtime.Stack(buf, all) (runtime/mprof.go): formats goroutine stack traces into {@code buf}
 * and returns the number of bytes written, at most {@code buf.length}; a dump that does not fit
 * is cut at {@code buf.length}. With {@code all}, every goroutine, the caller first.
 */
@FunctionalInterface
public interface StackDumper {
    int stack(byte[] buf, boolean all);
}
