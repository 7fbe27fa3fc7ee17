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
        // traceback.go:740-751: minutes since waitsince, for waiting and in-syscall Gs.
        if ((gp.status == G._Gwaiting || gp.status == G._Gsyscall) && gp.waitsince != 0) {
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
        long[][] words = new long[gp.depth][];
        for (int i = 0; i < gp.depth; i++) {
            words[i] = gp.argWords(i);
        }
        frames(b, rt, gp, gp.fns, gp.lines, words, gp.depth);
    }

    /** Frames given as arrays (outermost first), innermost printed first. */
    static void frames(StringBuilder b, GoRuntime rt, G gp, Func[] fns, int[] lines, long[][] args, int depth) {
        for (int i = depth - 1; i >= 0; i--) {
            Func f = fns[i];
            if (!showframe(f)) {
                continue;
            }
            long pc = f.returnPC(lines[i]);
            b.append(f.name());
            args(b, args == null ? null : args[i]);
            b.append("\n\t").append(f.file()).append(':').append(f.line(pc - 1));
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

    /**
     * The frames of a system stack (g0) given as return pcs, innermost first, every frame shown:
     * traceback1 retries with _TraceRuntimeFrames when showframe hides them all. Argument words
     * are the frame's word count (go1.7 signatures) with modeled values: the string length of
     * throw's message and retake's now are exact, pointers are placeholders.
     */
    static void systemStack(StringBuilder b, GoRuntime rt, long[] pcs) {
        for (long pc : pcs) {
            Func f = rt.symtab.funcForPC(pc);
            b.append(f.name());
            args(b, systemArgs(f.name(), rt.now));
            b.append("\n\t").append(f.file()).append(':').append(f.line(pc - 1));
            b.append(" +0x").append(Long.toHexString(pc - f.entry())).append('\n');
        }
    }

    /** Argument words per go1.7 signature (proc.go/panic.go): throw(s string), allocm(_p_, fn) *m, ... */
    private static long[] systemArgs(String name, long now) {
        long p = GoRuntime.HEAP_BASE + 0x16000;
        long m = GoRuntime.HEAP_BASE + 0x8e000;
        return switch (name) {
            case "runtime.throw" -> new long[] {0x4b6a7cL, "thread exhaustion".length()};
            case "runtime.mcommoninit" -> new long[] {m};
            case "runtime.allocm" -> new long[] {p, 0, m};
            case "runtime.newm" -> new long[] {0, p};
            case "runtime.startm" -> new long[] {p, 0};
            case "runtime.handoffp" -> new long[] {p};
            case "runtime.retake" -> new long[] {now, 0};
            default -> new long[0];
        };
    }

    /** True for the runtime's own goroutines (isSystemGoroutine): their start function is runtime.*. */
    static boolean isSystemGoroutine(GoRuntime rt, G gp) {
        return gp.startfn != null && gp.startfn.isRuntime() && gp.startfn != rt.layout.runtimeMain;
    }

    /** "(0x1, 0x2, ...)": at most ten argument words in hex, as traceback1 prints them. */
    static void args(StringBuilder b, long[] words) {
        b.append('(');
        if (words != null) {
            for (int i = 0; i < words.length; i++) {
                if (i >= 10) {
                    b.append(", ...");
                    break;
                }
                if (i != 0) {
                    b.append(", ");
                }
                b.append("0x").append(Long.toHexString(words[i]));
            }
        }
        b.append(')');
    }

    /**
     * The frame Go 1.7 always shows for a panicking goroutine: runtime.gopanic printed as
     * "panic" with its two argument words (the interface's type and data pointers, modeled).
     */
    static void panicFrame(StringBuilder b, GoRuntime rt) {
        Func f = rt.layout.func("runtime.gopanic");
        int line = rt.version.atLeast(19) ? 838 : 500;
        long pc = f.returnPC(line);
        b.append(rt.version.atLeast(19) ? "panic({0x462a40, 0xc000012345})" : "panic(0x462a40, 0xc42000e1e0)")
                .append("\n\t").append(f.file()).append(':').append(line)
                .append(" +0x").append(Long.toHexString(pc - f.entry())).append('\n');
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
