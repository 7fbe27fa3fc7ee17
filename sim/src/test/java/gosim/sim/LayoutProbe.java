package gosim.sim;

/**
 * Test-only window on a runtime's {@link RuntimeLayout} (package-private model state) for other
 * modules' tests, which reach it through this module's -tests jar.
 */
public final class LayoutProbe {
    private LayoutProbe() {
    }

    /** runtime.main's function. */
    public static Func runtimeMain(GoRuntime rt) {
        return rt.layout().runtimeMain;
    }

    /** The line of runtime.main's call of main.main (proc.go:183 in Go 1.7). */
    public static int mainCallLine(GoRuntime rt) {
        return rt.layout().mainCallLine;
    }

    /** The PC tracebacks show for runtime.goexit. */
    public static long goexitPC(GoRuntime rt) {
        return rt.layout().goexitPC();
    }
}
