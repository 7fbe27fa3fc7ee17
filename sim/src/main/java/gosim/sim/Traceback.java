package gosim.sim;

/**
 * Goroutine tracebacks as Go 1.7 prints them (traceback.go: goroutineheader, traceback1,
 * tracebackothers, printcreatedby). Runtime frames are hidden as showframe hides them at the
 * default GOTRACEBACK level, and so are system goroutines in dumps of all goroutines.
 */
final class Traceback {
    private Traceback() {
    }

    /** goroutineheader: "goroutine N [status, N minutes, locked to thread]:\n". */
    static void header(StringBuilder b, G gp, long now) {
        b.append("goroutine ").append(gp.goid).append(" [");
        if (gp.status == G._Gwaiting && gp.waitreason != null) {
            b.append(gp.waitreason);
        } else {
            b.append(G.statusString(gp.status));
        }
        if (gp.status == G._Gwaiting && gp.waitsince != 0) {
            long minutes = (now - gp.waitsince) / 60_000_000_000L;
            if (minutes >= 1) {
                b.append(", ").append(minutes).append(" minutes");
            }
        }
        if (gp.lockedm != null) {
            b.append(", locked to thread");
        }
        b.append("]:\n");
    }

    /** showframe at GOTRACEBACK=single: hide runtime.* unless exported (runtime.Gosched). */
    static boolean showframe(Func f) {
        String name = f.name();
        if (!name.contains(".")) {
            return false;
        }
        if (!name.startsWith("runtime.")) {
            return true;
        }
        char c = name.charAt("runtime.".length());
        return Character.isUpperCase(c);
    }

    /** The frames of gp, innermost first, then "created by" for all but goroutine 1. */
    static void frames(StringBuilder b, GoRuntime rt, G gp) {
        for (int i = gp.depth - 1; i >= 0; i--) {
            Func f = gp.fns[i];
            if (!showframe(f)) {
                continue;
            }
            long pc = f.returnPC(gp.lines[i]);
            b.append(f.name()).append("()\n\t").append(f.file()).append(':').append(f.line(pc - 1));
            b.append(" +0x").append(Long.toHexString(pc - f.entry())).append('\n');
        }
        if (gp.gopc != 0) {
            Func f = rt.symtab.funcForPC(gp.gopc);
            if (f != null && showframe(f)) {
                long pc = gp.gopc;
                long tracepc = pc > f.entry() ? pc - 1 : pc;
                b.append("created by ").append(f.name()).append("\n\t").append(f.file()).append(':')
                        .append(f.line(tracepc));
                if (pc > f.entry()) {
                    b.append(" +0x").append(Long.toHexString(pc - f.entry()));
                }
                b.append('\n');
            }
        }
    }

    /** True for the runtime's own goroutines (isSystemGoroutine): their start function is runtime.*. */
    static boolean isSystemGoroutine(GoRuntime rt, G gp) {
        return gp.startfn != null && gp.startfn.isRuntime() && gp.startfn != rt.layout.runtimeMain;
    }

    /** One goroutine: header, frames, created by. */
    static void goroutine(StringBuilder b, GoRuntime rt, G gp) {
        header(b, gp, rt.now);
        frames(b, rt, gp);
    }

    /** tracebackothers: every other non-dead, non-system goroutine, each preceded by "\n". */
    static void others(StringBuilder b, GoRuntime rt, G me) {
        for (G gp : rt.proc.allgs) {
            if (gp == me || gp.status == G._Gdead || isSystemGoroutine(rt, gp)) {
                continue;
            }
            b.append('\n');
            goroutine(b, rt, gp);
        }
    }
}
