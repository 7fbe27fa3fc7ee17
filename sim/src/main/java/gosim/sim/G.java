package gosim.sim;

import gosim.sim.internal.SimStack;
import java.util.List;

/**
 * A goroutine: models runtime2.go's {@code g} (Go 1.7) with the fields the scheduler, the
 * tracebacks and the profiles read. Its body runs on its own Java virtual thread, which is kept
 * with the G when the G goes to a free list (as Go keeps a dead G's stack), so a reused G needs no
 * new thread.
 *
 * <p>Model state, package-private: users see a G as a read-only {@link Goroutine}, interpreters
 * keep its frames through {@link SimStack} (gosim.sim.internal).
 */
final class G implements Goroutine, SimStack {
    // G status values of Go 1.7 (runtime2.go).
    static final int _Gidle = 0;
    static final int _Grunnable = 1;
    static final int _Grunning = 2;
    static final int _Gsyscall = 3;
    static final int _Gwaiting = 4;
    static final int _Gmoribund_unused = 5;
    static final int _Gdead = 6;
    static final int _Genqueue_unused = 7;
    static final int _Gcopystack = 8;

    /** Initial capacity of the simulated call stack. */
    static final int INITIAL_FRAMES = 8;

    long goid;
    int status = _Gidle;
    /** Why the G is waiting (a Go 1.7 wait reason string), or null. */
    String waitreason;
    /** What the G waits on (a Chan, Sema, Cond, Timer), for the event stream only. */
    Object waiton;
    /** Virtual time at which the G started to wait, or 0. */
    long waitsince;
    /** exitsyscall took the slow path (exitsyscall0): the P it next runs on gets syscalltick++. */
    boolean exitsyscallSlow;
    G schedlink;
    M m;
    M lockedm;
    boolean preempt;
    /** runtime/debug.SetPanicOnFault's per-goroutine setting (runtime2.go g.paniconfault). */
    boolean paniconfault;
    /** True for an M's g0 (M.g0): runtime code on the system stack, which never yields the carrier. */
    boolean systemStack;
    /** The function the G was started with, and its entry PC (startpc). */
    Func startfn;
    long startpc;
    /** Return PC of the go statement that created this G (gopc), 0 for goroutine 1. */
    long gopc;
    /** Index in allgs. */
    final int allgIndex;

    // The simulated call stack, outermost frame first: function and current line.
    Func[] fns = new Func[INITIAL_FRAMES];
    int[] lines = new int[INITIAL_FRAMES];
    /**
     * Where each frame's argument words come from, or null for "()": an {@link ArgWords}, or an
     * interpreter's frame that the runtime's {@link GoRuntime#setArgWordsResolver resolver} reads.
     */
    Object[] args = new Object[INITIAL_FRAMES];
    int depth;

    // Execution on a virtual thread, or a bare continuation (Carrier.bare).
    Runnable fn;
    /** The G's virtual thread, or null (not started yet, or a bare continuation). */
    Thread thread;
    /** The continuation the G left when it last yielded to the loop (Carrier.resume), or null. */
    Runnable cont;
    /** What the G asked of the scheduler when it last gave up the carrier. */
    Engine.Yield yield = Engine.Yield.NONE;
    long yieldArg;
    /** The stack as it was where the exception now unwinding this G was first seen, and that exception. */
    Func[] panicFns;
    int[] panicLines;
    long[][] panicArgs;
    Throwable panicSeen;
    /** Virtual CPU time still owed by a work() call cut short by preemption. */
    long workLeft;
    /** Set by the loop to let the parked virtual thread continue. */
    boolean resumed;
    final GoRuntime rt;

    G(GoRuntime rt, int allgIndex) {
        this.rt = rt;
        this.allgIndex = allgIndex;
    }

    @Override
    public long goid() {
        return goid;
    }

    @Override
    public Status status() {
        return switch (status) {
            case _Gidle -> Status.IDLE;
            case _Grunnable -> Status.RUNNABLE;
            case _Grunning -> Status.RUNNING;
            case _Gsyscall -> Status.SYSCALL;
            case _Gwaiting -> Status.WAITING;
            case _Gdead -> Status.DEAD;
            case _Gcopystack -> Status.COPYSTACK;
            default -> throw new IllegalStateException("goroutine " + goid + ": status " + status);
        };
    }

    @Override
    public String waitReason() {
        return status == _Gwaiting && waitreason != null ? waitreason : "";
    }

    @Override
    public List<Frame> stack() {
        return rt.symtab.callersFrames(rt.goroutineStack(this));
    }

    /** The M running this G, or null. */
    M m() {
        return m;
    }

    M lockedm() {
        return lockedm;
    }

    /**
     * isSystemGoroutine: one of the runtime's own goroutines (forcegchelper, bgsweep, runfinq,
     * timerproc), which dumps, NumGoroutine and GoroutineProfile leave out since Go 1.6.
     */
    @Override
    public boolean isSystem() {
        return Traceback.isSystemGoroutine(rt, this);
    }

    /** Depth of the simulated call stack. */
    @Override
    public int depth() {
        return depth;
    }

    /** The function of frame {@code i}, 0 being the outermost. */
    @Override
    public Func frameFunc(int i) {
        return fns[i];
    }

    /** The current line of frame {@code i}. */
    @Override
    public int frameLine(int i) {
        return lines[i];
    }

    /**
     * Enters function f (its frame is pushed at f's first line). For interpreters that keep the
     * G at hand; goroutine code normally uses {@link Go#enter}. Must be called on this G.
     */
    @Override
    public void enter(Func f) {
        pushFrame(f, f.startLine());
    }

    /**
     * Enters f; its traceback line prints the words argSource gives at that time (an ArgWords,
     * or an object for the runtime's arg-words resolver, such as an interpreter frame).
     */
    @Override
    public void enter(Func f, Object argSource) {
        pushFrame(f, f.startLine());
        args[depth - 1] = argSource;
    }

    /** Sets where frame i's argument words come from (0 is the outermost), e.g. a start frame's. */
    @Override
    public void setArgs(int i, Object argSource) {
        args[i] = argSource;
    }

    /** The argument words of frame i now, or null. */
    long[] argWords(int i) {
        Object src = args[i];
        if (src == null) {
            return null;
        }
        return src instanceof ArgWords aw ? aw.words() : rt.argWordsResolver.apply(src);
    }

    /** Leaves function f, which must be the innermost frame. */
    @Override
    public void leave(Func f) {
        popFrame(f);
    }

    /** Sets the current line of the innermost frame. */
    @Override
    public void line(int line) {
        lines[depth - 1] = line;
    }

    void pushFrame(Func f, int line) {
        if (depth == fns.length) {
            fns = java.util.Arrays.copyOf(fns, depth * 2);
            lines = java.util.Arrays.copyOf(lines, depth * 2);
            args = java.util.Arrays.copyOf(args, depth * 2);
        }
        fns[depth] = f;
        lines[depth] = line;
        args[depth] = null;
        depth++;
    }

    /**
     * Remembers the stack for a panic report the first time exception t unwinds through a frame,
     * since unwinding pops the frames before the report is printed.
     */
    void notePanicking(Throwable t) {
        if (panicSeen != t) {
            panicSeen = t;
            panicFns = java.util.Arrays.copyOf(fns, depth);
            panicLines = java.util.Arrays.copyOf(lines, depth);
            panicArgs = new long[depth][];
            for (int i = 0; i < depth; i++) {
                panicArgs[i] = argWords(i);
            }
        }
    }

    /**
     * Records the stack of a panic raised by an interpreter that keeps its own frames: fns/lines
     * outermost first, as the stack was where the panic started.
     */
    @Override
    public void notePanicStack(Throwable t, Func[] fns, int[] lines, long[][] args) {
        panicSeen = t;
        panicFns = fns.clone();
        panicLines = lines.clone();
        panicArgs = args.clone();
    }

    @Override
    public int mirrorJavaFrames() {
        return JavaFrames.mirror(this);
    }

    @Override
    public void unmirrorJavaFrames(int pushed) {
        JavaFrames.unmirror(this, pushed);
    }

    @Override
    public GoFatal stackOverflow(long[] sp, long lo, long hi) {
        return rt.stackOverflow(this, sp, lo, hi);
    }

    @Override
    public GoFatal thrown(String message, long[] sp, long hi) {
        rt.freezetheworld(this);
        StringBuilder b = new StringBuilder("fatal error: ").append(message).append("\n\n");
        Traceback.thrownGoroutine(b, rt, this, sp, hi);
        return new GoFatal(b.toString(), message, true);
    }

    @Override
    public GoFatal fatal(String message) {
        rt.freezetheworld(this);
        return rt.fatalHere(this, message);
    }

    void popFrame(Func f) {
        if (depth == 0 || fns[depth - 1] != f) {
            throw new IllegalStateException("goroutine " + goid + ": leaving " + f.name()
                    + " but the innermost frame is " + (depth == 0 ? "none" : fns[depth - 1].name()));
        }
        depth--;
        fns[depth] = null;
        args[depth] = null;
    }

    /** Go 1.7's status names as tracebacks print them (gStatusStrings). */
    static String statusString(int status) {
        return switch (status) {
            case _Gidle -> "idle";
            case _Grunnable -> "runnable";
            case _Grunning -> "running";
            case _Gsyscall -> "syscall";
            case _Gwaiting -> "waiting";
            case _Gdead -> "dead";
            case _Gcopystack -> "copystack";
            default -> "???";
        };
    }

    @Override
    public String toString() {
        return "g" + goid + "[" + statusString(status) + (waitreason != null ? " " + waitreason : "") + "]";
    }
}
