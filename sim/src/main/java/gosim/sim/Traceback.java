package gosim.sim;

/**
 * Goroutine tracebacks as Go 1.7 prints them (traceback.go: goroutineheader, traceback1,
 * tracebackothers, printcreatedby). Runtime frames are hidden as showframe hides them at the
 * default GOTRACEBACK level, and so are system goroutines in dumps of all goroutines.
 */
final class Traceback {
    private Traceback() {
    }

    /** _TracebackMaxFrames (go1.7 runtime2.go:705; 1.19 runtime2.go:1032). */
    static final int TRACEBACK_MAX_FRAMES = 100;

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

    /**
     * showframe at GOTRACEBACK=single: hide runtime.* unless exported (runtime.Gosched); always
     * show runtime.gopanic (go1.7 traceback.go:694-699, 1.19 traceback.go:966-971: there it is
     * hidden as the first frame, which fatalPanic prints apart).
     */
    static boolean showframe(Func f) {
        String name = f.name();
        if (!name.contains(".")) {
            return false;
        }
        if (name.equals("runtime.gopanic")) {
            return true;
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
        frames(b, rt, gp, fns, lines, args, depth, null, 0);
    }

    /**
     * traceback1 (go1.7 traceback.go:661-668): gentraceback walks at most _TracebackMaxFrames
     * frames, shown or hidden, and "...additional frames elided..." follows when it walked that
     * many. With sp (frame i's stack pointer, outermost first; fp is the caller's sp, hi for the
     * outermost) the goroutine is the one a throw interrupted: every frame is shown
     * (traceback.go:688-689) and each ends in " fp=%#x sp=%#x" (traceback.go:414-416), plus
     * " pc=%#x" in 1.19 (its traceback.go prints pc at level 2, which runtime throws force).
     */
    static void frames(StringBuilder b, GoRuntime rt, G gp, Func[] fns, int[] lines, long[][] args, int depth,
            long[] sp, long hi) {
        int walked = 0;
        for (int i = depth - 1; i >= 0 && walked < TRACEBACK_MAX_FRAMES; i--, walked++) {
            Func f = fns[i];
            if (sp == null && !showframe(f)) {
                continue;
            }
            long pc = f.returnPC(lines[i]);
            if (args != null && args[i] == INLINED) {
                // an inlined call: "name(...)" and file:line, no offset (1.19 traceback.go:436-439)
                b.append(f.name()).append("(...)\n\t").append(f.file(pc - 1)).append(':').append(f.line(pc - 1)).append('\n');
                continue;
            }
            if (rt.version.atLeast(19) && args != null && syncArgs19(b, f.name(), args[i])) {
                // printed
            } else if (f.name().equals("runtime.gopanic")) {
                // traceback.go prints it as "panic" (go1.7 :393-395); 1.19 its eface as one aggregate
                b.append("panic");
                long[] w = args == null || args[i] == null ? new long[2] : args[i];
                if (rt.version.atLeast(19)) {
                    b.append("({0x").append(Long.toHexString(w[0])).append(", 0x").append(Long.toHexString(w[1])).append("})");
                } else {
                    args(b, w);
                }
            } else {
                b.append(f.name());
                args(b, args == null ? null : args[i]);
            }
            b.append("\n\t").append(f.file(pc - 1)).append(':').append(f.line(pc - 1));
            b.append(" +0x").append(Long.toHexString(pc - f.entry()));
            if (sp != null) {
                b.append(" fp=0x").append(Long.toHexString(i == 0 ? hi : sp[i - 1]))
                        .append(" sp=0x").append(Long.toHexString(sp[i]));
                if (rt.version.atLeast(19)) {
                    b.append(" pc=0x").append(Long.toHexString(pc));
                }
            }
            b.append('\n');
        }
        if (walked == TRACEBACK_MAX_FRAMES) {
            b.append("...additional frames elided...\n");
        } else if (sp != null) {
            // every frame is shown while throwing, the stack's goexit too (its return PC is entry+1)
            Func f = rt.layout.goexit;
            long pc = rt.layout.goexitPC();
            b.append(f.name()).append("()\n\t").append(f.file(pc - 1)).append(':').append(f.line(pc - 1)).append(" +0x1 fp=0x")
                    .append(Long.toHexString(hi + 8)).append(" sp=0x").append(Long.toHexString(hi));
            if (rt.version.atLeast(19)) {
                b.append(" pc=0x").append(Long.toHexString(pc));
            }
            b.append('\n');
        }
        if (gp.gopc != 0) {
            Func f = rt.symtab.funcForPC(gp.gopc);
            if (f != null && showframe(f)) {
                long pc = gp.gopc;
                long tracepc = pc > f.entry() ? pc - 1 : pc;
                b.append("created by ").append(f.name()).append("\n\t").append(f.file(tracepc)).append(':')
                        .append(f.line(tracepc));
                if (pc > f.entry()) {
                    b.append(" +0x").append(Long.toHexString(pc - f.entry()));
                }
                b.append('\n');
            }
        }
    }

    /** Argument words that mark a frame as inlined into its caller (Go 1.19 prints "(...)"). */
    static final long[] INLINED = new long[0];

    /**
     * 1.19's printArgs for the sync frames under a sync.fatal (register ABI: scalars as passed,
     * "?" after a register value the callee may have overwritten), shaped as go1.19.8 printed
     * them for an unlock of an unlocked Mutex or RWMutex: sync.fatal({0x46c73e?, 0x463bc0?}),
     * unlockSlow(0xc000080000, 0xffffffff), rUnlockSlow(0xc00008c000, 0x61a0?). Returns false
     * for other functions.
     */
    private static boolean syncArgs19(StringBuilder b, String name, long[] w) {
        if (w == null || w.length < 2) {
            return false;
        }
        String text = switch (name) {
            case "sync.fatal" -> "({0x" + Long.toHexString(w[0]) + "?, 0x" + Long.toHexString(w[1]) + "?})";
            case "sync.(*Mutex).unlockSlow" -> "(0x" + Long.toHexString(w[0]) + ", 0x" + Long.toHexString(w[1] & 0xffffffffL) + ")";
            case "sync.(*RWMutex).rUnlockSlow" -> "(0x" + Long.toHexString(w[0]) + ", 0x" + Long.toHexString(w[1] & 0xffffffffL) + "?)";
            default -> null;
        };
        if (text == null) {
            return false;
        }
        b.append(name).append(text);
        return true;
    }

    /**
     * The frames of a system stack (g0) given as return pcs, innermost first, every frame shown:
     * traceback1 retries with _TraceRuntimeFrames when showframe hides them all. Argument words
     * are the frame's word count (go1.7 signatures) with modeled values: the string length of
     * throw's message and retake's now are exact, pointers are placeholders.
     */
    static void systemStack(StringBuilder b, GoRuntime rt, long[] pcs, String thrown) {
        runtimeFrames(b, rt, pcs, thrown, G0_STACK_TOP - 0x400);
    }

    /**
     * The same frames when the throw ran on the goroutine's own stack (1.19's thread exhaustion in
     * LockOSThread's startTemplateThread), whose own frames follow: its sp is a placeholder of
     * the shape real Go 1.19.8 printed (sp=0xc000074db8 at throw).
     */
    static void thrownOnGoroutine(StringBuilder b, GoRuntime rt, long[] pcs, String thrown) {
        runtimeFrames(b, rt, pcs, thrown, 0xc000074db8L);
    }

    private static void runtimeFrames(StringBuilder b, GoRuntime rt, long[] pcs, String thrown, long sp) {
        boolean v19 = rt.version.atLeast(19);
        for (long pc : pcs) {
            Func f = rt.symtab.funcForPC(pc);
            b.append(f.name());
            if (v19) {
                b.append(systemArgs19(f.name(), rt.now));
            } else {
                args(b, systemArgs(f.name(), rt.now, thrown));
            }
            b.append("\n\t").append(f.file(pc - 1)).append(':').append(f.line(pc - 1));
            b.append(" +0x").append(Long.toHexString(pc - f.entry()));
            if (v19) {
                // A runtime throw traces at level 2: fp, sp and pc on every frame (1.19 traceback.go:465-466).
                long fp = sp + frameSize19(f.name());
                b.append(" fp=0x").append(Long.toHexString(fp)).append(" sp=0x").append(Long.toHexString(sp))
                        .append(" pc=0x").append(Long.toHexString(pc));
                sp = fp;
            }
            b.append('\n');
        }
    }

    /**
     * 1.19's printed arguments (traceback.go printArgs: register-ABI values, "?" when possibly
     * stale), shaped as a real Go 1.19.8 thread-exhaustion report printed them; values are placeholders.
     */
    private static String systemArgs19(String name, long now) {
        return switch (name) {
            case "runtime.throw" -> "({0x47ab92?, 0x0?})";
            case "runtime.startm" -> "(0xc000026000, 0x0)";
            case "runtime.handoffp" -> "(0xc0ffffffff?)";
            case "runtime.retake" -> "(0x" + Long.toHexString(now) + ")";
            case "runtime.park_m", "runtime.exitsyscall0" -> "(0xc0000071e0?)";
            case "runtime.mcall" -> "()";
            case "runtime.mcommoninit" -> "(0xc000100000, 0xffffffffffffffff)";
            case "runtime.allocm" -> "(0xc000026000, 0x0, 0xffffffffffffffff)";
            case "runtime.newm" -> "(0x0, 0xc000026000, 0xffffffffffffffff)";
            default -> "()";
        };
    }

    /** g0 frame sizes (fp - sp) as the real 1.19.8 report showed them; 0x30 for the others. */
    private static long frameSize19(String name) {
        return switch (name) {
            case "runtime.checkmcount", "runtime.mReserveID", "runtime.handoffp", "runtime.mstart1" -> 0x28;
            case "runtime.startm" -> 0x48;
            case "runtime.retake" -> 0x40;
            case "runtime.sysmon" -> 0x70;
            case "runtime.mstart" -> 0x8;
            default -> 0x30;
        };
    }

    /**
     * The report of newstack's throw("stack overflow") for gp, the goroutine whose next frame did
     * not fit: go1.7 stack.go:1059-1061 prints the limit line, then throw (panic.go:560) "fatal
     * error: ", and dopanic_m (panic.go:656-665) runs on g0, so "runtime stack:" and g0's frames
     * (all runtime: traceback1 retries with them, traceback.go:661-664; morestack is a top of
     * stack), then tracebackothers (traceback.go:758-788) shows the current goroutine first, every
     * frame with fp and sp (showframe while throwing), then the other goroutines as a dump does.
     * Go 1.19 adds "runtime: sp=... stack=[lo, hi]" (stack.go:1101) and prints fp, sp and pc on
     * every frame (a runtime throw is level 2: traceback.go:465-466). sp is frame i's stack
     * pointer, outermost first.
     */
    static void stackOverflow(StringBuilder b, GoRuntime rt, G gp, long[] sp, long lo, long hi) {
        boolean v19 = rt.version.atLeast(19);
        b.append("runtime: goroutine stack exceeds ").append(rt.maxstacksize).append("-byte limit\n");
        if (v19) {
            b.append("runtime: sp=0x").append(Long.toHexString(sp[gp.depth - 1])).append(" stack=[0x")
                    .append(Long.toHexString(lo)).append(", 0x").append(Long.toHexString(hi)).append("]\n");
        }
        b.append("fatal error: stack overflow\n\nruntime stack:\n");
        rt.layout.defineOverflowPath();
        // g0's frames: throw's own frame, newstack's and morestack's (sizes as 1.19 lays them out).
        long g0sp = G0_STACK_TOP - 0x1c0;
        int[] frameSizes = {0x30, 0x1b8, 0x8};
        SyncFuncs.Site[] sites = {KernelFuncs.THROW_STACK, KernelFuncs.NEWSTACK, KernelFuncs.MORESTACK};
        for (int i = 0; i < sites.length; i++) {
            Func f = sites[i].resolve(rt);
            long pc = f.returnPC(sites[i].line(rt.version));
            b.append(f.name());
            if (i == 0) {
                // throw(s string): the message's data pointer and its length, 14
                if (v19) {
                    b.append("({0x46581a?, 0x4bc880?})");
                } else {
                    args(b, new long[] {0x4b6a7cL, "stack overflow".length()});
                }
            } else {
                b.append("()");
            }
            b.append("\n\t").append(f.file(pc - 1)).append(':').append(f.line(pc - 1))
                    .append(" +0x").append(Long.toHexString(pc - f.entry()));
            if (v19) {
                b.append(" fp=0x").append(Long.toHexString(g0sp + frameSizes[i])).append(" sp=0x")
                        .append(Long.toHexString(g0sp)).append(" pc=0x").append(Long.toHexString(pc));
            }
            b.append('\n');
            g0sp += frameSizes[i];
        }
        b.append('\n');
        thrownGoroutine(b, rt, gp, sp, hi);
    }

    /** tracebackothers after a throw on gp: gp with every frame's fp and sp, then the others. */
    static void thrownGoroutine(StringBuilder b, GoRuntime rt, G gp, long[] sp, long hi) {
        header(b, gp, rt.now);
        long[][] words = new long[gp.depth][];
        for (int i = 0; i < gp.depth; i++) {
            words[i] = gp.argWords(i);
        }
        frames(b, rt, gp, gp.fns, gp.lines, words, gp.depth, sp, hi);
        others(b, rt, gp);
    }

    /** maxstacksize as runtime.main sets it on 64-bit systems (go1.7 proc.go:117; 1.19 proc.go:156). */
    static final long MAXSTACKSIZE = 1_000_000_000L;
    /** Where g0's stack (the thread's own) ends; a placeholder of the shape Linux gives. */
    private static final long G0_STACK_TOP = 0x7ffe5d7e8c00L;

    /** Argument words per go1.7 signature (proc.go/panic.go): throw(s string), allocm(_p_, fn) *m, ... */
    private static long[] systemArgs(String name, long now, String thrown) {
        long p = GoRuntime.HEAP_BASE + 0x16000;
        long m = GoRuntime.HEAP_BASE + 0x8e000;
        return switch (name) {
            case "runtime.throw" -> new long[] {0x4b6a7cL, thrown.length()};
            case "runtime.mcommoninit", "runtime.mput" -> new long[] {m};
            case "runtime.findrunnable" -> new long[] {0, 0}; // its results, not yet written
            case "runtime.goexit0", "runtime.park_m", "runtime.exitsyscall0" -> new long[] {GoRuntime.HEAP_BASE + 0x1380};
            case "runtime.mcall" -> new long[] {0x4a1f38L};
            case "runtime.allocm" -> new long[] {p, 0, m};
            case "runtime.newm" -> new long[] {0, p};
            case "runtime.startm" -> new long[] {p, 0};
            case "runtime.handoffp" -> new long[] {p};
            case "runtime.retake" -> new long[] {now, 0};
            default -> new long[0];
        };
    }

    /**
     * True for the runtime's own goroutines (isSystemGoroutine): their start function is runtime.*,
     * except runfinq while it calls a finalizer (go1.7 traceback.go:806, 1.19 traceback.go:1142-1150).
     */
    static boolean isSystemGoroutine(GoRuntime rt, G gp) {
        if (gp.startfn == rt.layout.runfinq && rt.mfinal.fingRunning) {
            return false;
        }
        return gp.startfn != null && gp.startfn.isRuntime() && gp.startfn != rt.layout.runtimeMain;
    }

    /** "(0x1, 0x2, ...)": at most ten argument words in hex, as traceback1 prints them. */
    static void args(StringBuilder b, long[] words) {
        if (words != null && words.length > 0 && words[0] == ArgWords.INFO_19) {
            printArgs19(b, words);
            return;
        }
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
     * 1.19 traceback.go printArgs (579-676) over a description made by the frame's owner (see
     * {@link ArgWords#INFO_19}): "{" and "}" around aggregates, ", " between components, "?" after a
     * possibly stale register value, "..." where the compiler's description stopped.
     */
    private static void printArgs19(StringBuilder b, long[] info) {
        b.append('(');
        boolean start = true;
        for (int i = 1; i + 1 < info.length; i += 2) {
            long op = info[i];
            if (op == ArgWords.END_AGG) {
                b.append('}');
            } else {
                if (!start) {
                    b.append(", ");
                }
                if (op == ArgWords.START_AGG) {
                    b.append('{');
                    start = true;
                    continue;
                }
                if (op == ArgWords.DOTDOTDOT) {
                    b.append("...");
                } else {
                    b.append("0x").append(Long.toHexString(info[i + 1]));
                    if (op == ArgWords.LEAF_STALE) {
                        b.append('?');
                    }
                }
            }
            start = false;
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
