package gosim.sim;

/**
 * One frame from {@link Symtab#callersFrames}: models runtime.Frame of Go 1.7 (symtab.go).
 * {@code pc} is the return PC minus one, so that it lies inside the call instruction.
 * A PC that belongs to no function gives a frame with a null {@code func} and empty names.
 */
public record Frame(long pc, Func func, String function, String file, int line, long entry) {
    /** True when the PC resolved to a function. */
    public boolean known() {
        return func != null;
    }
}
