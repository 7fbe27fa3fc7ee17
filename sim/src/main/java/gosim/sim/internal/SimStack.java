package gosim.sim.internal;

import gosim.sim.Func;
import gosim.sim.Go;

/**
 * Internal (see the package): a goroutine's simulated call stack as an interpreter running Go code
 * on the kernel keeps it, frame by frame, so tracebacks and profiles show the program's functions
 * and lines (the role of the g's stack and the pcln tables in go1.7 runtime/traceback.go).
 * Frame 0 is the outermost. Every method must be called on the goroutine itself.
 */
public interface SimStack {
    /** The calling goroutine's stack. */
    static SimStack current() {
        return (SimStack) Go.self();
    }

    /** Depth of the stack. */
    int depth();

    /** The function of frame {@code i}. */
    Func frameFunc(int i);

    /** The current line of frame {@code i}. */
    int frameLine(int i);

    /** Pushes a frame for f at its first line. */
    void enter(Func f);

    /**
     * Pushes a frame for f whose traceback prints the argument words {@code argSource} gives at
     * that time: a {@link gosim.sim.ArgWords}, or an object for the {@link Kernel#setArgWordsResolver resolver}.
     */
    void enter(Func f, Object argSource);

    /** Sets where frame i's argument words come from. */
    void setArgs(int i, Object argSource);

    /** Pops f's frame, which must be the innermost. */
    void leave(Func f);

    /** Sets the current line of the innermost frame. */
    void line(int line);

    /**
     * Records the stack of a panic raised by an interpreter that keeps its own frames (fns, lines
     * and argument words outermost first, as they were where the panic started): the kernel
     * prints it if the panic is not recovered, after unwinding popped the frames.
     */
    void notePanicStack(Throwable t, Func[] fns, int[] lines, long[][] args);

    /**
     * Pushes the Java frames calling into gosim onto this stack before a wait (the user's frames
     * inside the innermost function); returns how many, for {@link #unmirrorJavaFrames}.
     */
    int mirrorJavaFrames();

    /** Pops the frames {@link #mirrorJavaFrames} pushed. */
    void unmirrorJavaFrames(int pushed);

    /**
     * Go's report of this goroutine overflowing its stack (newstack's throw), for the frames now on
     * it: sp holds each frame's stack pointer, outermost first, in a stack of [lo, hi).
     */
    gosim.sim.GoFatal stackOverflow(long[] sp, long lo, long hi);

    /**
     * runtime.throw(message) from the runtime frames the caller pushed on top (go1.7 panic.go:566
     * dopanic): m.throwing shows every frame of this goroutine with fp and sp (sp: each frame's
     * stack pointer, outermost first; hi the stack's top), then the other goroutines.
     */
    gosim.sim.GoFatal thrown(String message, long[] sp, long hi);

    /** Go 1.19's fatal(message) (panic.go:1059-1067): a user throw, printed as a dump of every goroutine, this one first. */
    gosim.sim.GoFatal fatal(String message);
}
