package gosim.sim;

/**
 * Runtime and syscall functions on the paths that make threads, enter syscalls and sleep
 * (proc.go, time.go, syscall). Their lines appear in threadcreate and goroutine stacks. Each
 * row is the function's first and last line (its func line and closing brace) in the go1.7 tag
 * and in Go 1.19.8 (/usr/share/go-1.19/src). runtime.timerproc, gone in 1.14, is never started in
 * the 1.19 dialect (its 1.19 columns repeat 1.7's). One approximation remains: syscall.Syscall, which 1.19 writes in Go
 * (syscall_linux.go:67-68), keeps asm_linux_amd64.s. The call sites below are the lines of the
 * call that leads to the next frame in, as tracebacks print them.
 */
final class KernelFuncs {
    private KernelFuncs() {
    }

    static final FuncTable[] TABLE = {
        new FuncTable("runtime.newm", "runtime/proc.go", 1554, 1573, 2096, 2143),
        new FuncTable("runtime.startm", "runtime/proc.go", 1618, 1658, 2269, 2348),
        new FuncTable("runtime.handoffp", "runtime/proc.go", 1663, 1714, 2354, 2418),
        new FuncTable("runtime.wakep", "runtime/proc.go", 1718, 1724, 2422, 2431),
        new FuncTable("runtime.stoplockedm", "runtime/proc.go", 1728, 1751, 2435, 2457),
        new FuncTable("runtime.newproc", "runtime/proc.go", 2708, 2714, 4094, 4107),
        new FuncTable("runtime.ready", "runtime/proc.go", 528, 553, 843, 863),
        new FuncTable("runtime.goready", "runtime/proc.go", 268, 272, 372, 376),
        new FuncTable("runtime.retake", "runtime/proc.go", 3687, 3740, 5291, 5358),
        new FuncTable("runtime.sysmon", "runtime/proc.go", 3580, 3674, 5134, 5278),
        new FuncTable("runtime.mstart", "runtime/proc.go", 1079, 1097, 389, 391, "runtime/asm_amd64.s"),
        new FuncTable("runtime.entersyscall", "runtime/proc.go", 2374, 2376, 3678, 3680),
        new FuncTable("runtime.entersyscallblock", "runtime/proc.go", 2407, 2446, 3712, 3751),
        new FuncTable("runtime.exitsyscall", "runtime/proc.go", 2461, 2537, 3773, 3854),
        new FuncTable("runtime.notetsleepg", "runtime/lock_futex.go", 199, 209, 230, 240),
        new FuncTable("runtime.timerproc", "runtime/time.go", 154, 211, 154, 211),
        new FuncTable("runtime.timeSleep", "runtime/time.go", 48, 60, 178, 196),
        new FuncTable("runtime.stopTheWorld", "runtime/proc.go", 905, 909, 1086, 1105),
        new FuncTable("runtime.startTheWorld", "runtime/proc.go", 912, 918, 1108, 1130),
        new FuncTable("runtime.startTheWorldWithSema", "runtime/proc.go", 1014, 1075, 1258, 1314),
        new FuncTable("runtime.LockOSThread", "runtime/proc.go", 2951, 2954, 4400, 4414),
        new FuncTable("runtime.UnlockOSThread", "runtime/proc.go", 2979, 2982, 4453, 4460),
        new FuncTable("runtime.gopanic", "runtime/panic.go", 383, 502, 804, 989),
        new FuncTable("runtime.Stack", "runtime/mprof.go", 582, 614, 1193, 1225),
        new FuncTable("runtime.Goexit", "runtime/panic.go", 319, 351, 488, 562),
        new FuncTable("syscall.Syscall", "syscall/asm_linux_amd64.s", 17, 40, 17, 40),
        new FuncTable("syscall.Nanosleep", "syscall/zsyscall_linux_amd64.go", 724, 730, 649, 655),
        new FuncTable("time.Sleep", "runtime/time.go", 48, 60, 178, 196),
    };

    /**
     * Functions only a thread-exhaustion throw prints (its runtime stack): defined when the throw
     * happens, after the program's own functions, so no other address moves.
     */
    static final FuncTable[] THROW_PATH = {
        new FuncTable("runtime.throw", "runtime/panic.go", 559, 568, 1040, 1048),
        new FuncTable("runtime.checkmcount", "runtime/proc.go", 482, 488, 760, 767),
        new FuncTable("runtime.mReserveID", "runtime/proc.go", 0, 0, 773, 783), // 1.19 only
        new FuncTable("runtime.mcommoninit", "runtime/proc.go", 490, 525, 786, 833),
        new FuncTable("runtime.allocm", "runtime/proc.go", 1278, 1306, 1715, 1779),
        new FuncTable("runtime.mstart1", "runtime/proc.go", 1099, 1137, 1398, 1433),
        new FuncTable("runtime.mstart0", "runtime/proc.go", 0, 0, 1356, 1392), // 1.19 only
        Rows.SCHEDULE,
        new FuncTable("runtime.park_m", "runtime/proc.go", 2160, 2184, 3341, 3364),
        new FuncTable("runtime.exitsyscall0", "runtime/proc.go", 2615, 2640, 3940, 3977),
        Rows.MCALL,
        new FuncTable("runtime.entersyscallblock_handoff", "runtime/proc.go", 2448, 2454, 3753, 3759),
        Rows.SYSTEMSTACK,
    };

    /** Rows on more than one late path. */
    private static final class Rows {
        static final FuncTable SCHEDULE = new FuncTable("runtime.schedule", "runtime/proc.go", 2070, 2138, 3185, 3253);
        static final FuncTable MCALL = new FuncTable("runtime.mcall", "runtime/asm_amd64.s", 215, 250, 424, 457);
        static final FuncTable SYSTEMSTACK = new FuncTable("runtime.systemstack", "runtime/asm_amd64.s", 255, 315, 462, 516);
    }

    /**
     * Functions only a stack-overflow throw prints (g0's runtime stack), defined at the throw:
     * go1.7 stack.go:928-1076 and asm_amd64.s:327-369; Go 1.19.8 stack.go:962-1118 and
     * asm_amd64.s:529-572.
     */
    static final FuncTable[] OVERFLOW_PATH = {
        THROW_PATH[0],
        new FuncTable("runtime.newstack", "runtime/stack.go", 928, 1076, 962, 1118),
        new FuncTable("runtime.morestack", "runtime/asm_amd64.s", 327, 369, 529, 572),
    };

    /**
     * Functions only the "no goroutines" deadlock throw prints (go1.7: the last goroutine's exit,
     * goexit0 on g0, finds nothing to run and checkdead throws): go1.7 proc.go and asm_amd64.s
     * 215-245; Go 1.19.8's lines (proc.go, asm_amd64.s 424-426) for the table only, since 1.19
     * prints no runtime stack for it.
     */
    static final FuncTable[] GOEXIT_DEADLOCK_PATH = {
        THROW_PATH[0],
        new FuncTable("runtime.checkdead", "runtime/proc.go", 3496, 3568, 5017, 5118),
        new FuncTable("runtime.mput", "runtime/proc.go", 3882, 3887, 5538, 5545),
        new FuncTable("runtime.stopm", "runtime/proc.go", 1577, 1605, 2231, 2250),
        new FuncTable("runtime.findrunnable", "runtime/proc.go", 1838, 2023, 2561, 2876),
        Rows.SCHEDULE,
        new FuncTable("runtime.goexit0", "runtime/proc.go", 2228, 2258, 3480, 3541),
        Rows.MCALL,
    };

    /**
     * mexit and the mstart0 that calls it (1.19 proc.go:1471-1573, 1356-1392), defined at the first
     * thread that exits with its locked goroutine (Go 1.10+), after the program's functions.
     */
    static final FuncTable[] MEXIT_PATH = {
        new FuncTable("runtime.mexit", "runtime/proc.go", 0, 0, 1471, 1573), // 1.19 only
        THROW_PATH[6], // mstart0
    };
    /** mexit's handoffp(releasep()): m0's (1.19 proc.go:1487), another M's (1536); mstart0's mexit(osStack) (1391). */
    static final SyncFuncs.Site MEXIT_M0_HANDOFFP = new SyncFuncs.Site("runtime.mexit", 0, 1487);
    static final SyncFuncs.Site MEXIT_HANDOFFP = new SyncFuncs.Site("runtime.mexit", 0, 1536);
    static final SyncFuncs.Site MSTART0_MEXIT = new SyncFuncs.Site("runtime.mstart0", 0, 1391);

    /**
     * The GC start path's functions (mgc.go): defined when a cycle first starts mark workers or
     * forcegchelper first calls gcStart, after the program's functions, so no other address moves.
     * go1.7 mgc.go:884-1036, 1333-1346, 1364-1509; Go 1.19.8 mgc.go:579-753, 1152-1168, 1201-1370.
     */
    static final FuncTable[] GC_PATH = {
        new FuncTable("runtime.gcStart", "runtime/mgc.go", 884, 1036, 579, 753),
        new FuncTable("runtime.gcBgMarkStartWorkers", "runtime/mgc.go", 1333, 1346, 1152, 1168),
        new FuncTable("runtime.gcBgMarkWorker", "runtime/mgc.go", 1364, 1509, 1201, 1370),
    };
    /** gcStart's call of gcBgMarkStartWorkers (go1.7 mgc.go:948, 1.19 mgc.go:645). */
    static final int GCSTART_STARTWORKERS = 948;
    static final int GCSTART_STARTWORKERS_19 = 645;
    /** gcBgMarkStartWorkers' notetsleepg(&work.bgMarkReady, -1) (go1.7 mgc.go:1342, 1.19 mgc.go:1161). */
    static final int STARTWORKERS_SLEEP = 1342;
    static final int STARTWORKERS_SLEEP_19 = 1161;
    /** gcBgMarkWorker's gopark, the line its call ends on (go1.7 mgc.go:1420, 1.19 mgc.go:1262). */
    static final int MARKWORKER_PARK = 1420;
    static final int MARKWORKER_PARK_19 = 1262;
    /** forcegchelper's gcStart(gcBackgroundMode, true) (go1.7 proc.go:230); 1.19's gcStart(gcTrigger{...}) (proc.go:308). */
    static final int FORCEGC_GCSTART = 230;
    static final int FORCEGC_GCSTART_19 = 308;

    // ---- call sites (line in go1.7, line in Go 1.19.8) --------------------------------------

    // The system stack of a thread-exhaustion throw: go1.7 checks in mcommoninit (below allocm),
    // 1.19 in mReserveID, which startm calls before newm (proc.go:2317) and mcommoninit otherwise.
    /** throw's dopanic(0) (go1.7 panic.go:566), 1.19's fatalthrow (panic.go:1047): where g0's traceback starts. */
    static final SyncFuncs.Site THROW = new SyncFuncs.Site("runtime.throw", 566, 1047);
    /**
     * The stack-overflow throw's g0 path: throw's dopanic(0) (go1.7 panic.go:566) or fatalthrow
     * (1.19 panic.go:1047), newstack's throw("stack overflow") (stack.go:1061, 1.19 stack.go:1103)
     * and morestack's CALL runtime·newstack (asm_amd64.s:366, 1.19 asm_amd64.s:570).
     */
    static final SyncFuncs.Site THROW_STACK = new SyncFuncs.Site("runtime.throw", 566, 1047);
    static final SyncFuncs.Site NEWSTACK = new SyncFuncs.Site("runtime.newstack", 1061, 1103);
    static final SyncFuncs.Site MORESTACK = new SyncFuncs.Site("runtime.morestack", 366, 570);
    /**
     * The "no goroutines" deadlock's g0 path in go1.7, innermost first: checkdead's throw
     * (proc.go:3543), mput's checkdead() (3886), stopm's mput (1592), findrunnable's stopm (2021),
     * schedule's findrunnable (2120), goexit0's schedule (2257), mcall's CALL DI (asm_amd64.s:240).
     */
    static final SyncFuncs.Site[] GOEXIT_DEADLOCK = {
        THROW, new SyncFuncs.Site("runtime.checkdead", 3543, 0), new SyncFuncs.Site("runtime.mput", 3886, 0),
        new SyncFuncs.Site("runtime.stopm", 1592, 0), new SyncFuncs.Site("runtime.findrunnable", 2021, 0),
        new SyncFuncs.Site("runtime.schedule", 2120, 0), new SyncFuncs.Site("runtime.goexit0", 2257, 0),
        new SyncFuncs.Site("runtime.mcall", 240, 0),
    };
    /** checkmcount's throw("thread exhaustion") (go1.7 proc.go:486, 1.19 proc.go:765). */
    static final SyncFuncs.Site CHECKMCOUNT = new SyncFuncs.Site("runtime.checkmcount", 486, 765);
    /** mReserveID's checkmcount() (1.19 proc.go:781). */
    static final SyncFuncs.Site MRESERVEID = new SyncFuncs.Site("runtime.mReserveID", 0, 781);
    /** startm's id := mReserveID() when no M idles (1.19 proc.go:2317). */
    static final SyncFuncs.Site STARTM_RESERVE = new SyncFuncs.Site("runtime.startm", 0, 2317);
    /** mcommoninit's checkmcount() (go1.7 proc.go:506), 1.19's mp.id = mReserveID() (proc.go:799). */
    static final SyncFuncs.Site MCOMMONINIT = new SyncFuncs.Site("runtime.mcommoninit", 506, 799);
    /** allocm's mcommoninit (go1.7 proc.go:1286, 1.19 proc.go:1761). */
    static final SyncFuncs.Site ALLOCM = new SyncFuncs.Site("runtime.allocm", 1286, 1761);
    /**
     * mstart1's fn() (go1.7 proc.go:1126, 1.19 proc.go:1425), the call into sysmon; 1.19's
     * mstart0's mstart1() (proc.go:1382); mstart's mstart1() (go1.7 proc.go:1096), in 1.19 the
     * assembly's CALL runtime·mstart0 (asm_amd64.s:390).
     */
    static final SyncFuncs.Site MSTART1 = new SyncFuncs.Site("runtime.mstart1", 1126, 1425);
    static final SyncFuncs.Site MSTART0 = new SyncFuncs.Site("runtime.mstart0", 0, 1382);
    static final SyncFuncs.Site MSTART = new SyncFuncs.Site("runtime.mstart", 1096, 390);
    /**
     * Below stoplockedm on g0: schedule's stoplockedm() (go1.7 proc.go:2078, 1.19 3193), park_m's
     * schedule() (2183, 3363) and mcall's CALL DI / CALL R12 (asm_amd64.s:240, 448); or
     * exitsyscall0's stoplockedm() (2635, 3972) and mcall.
     */
    static final SyncFuncs.Site SCHEDULE_STOPLOCKEDM = new SyncFuncs.Site("runtime.schedule", 2078, 3193);
    static final SyncFuncs.Site PARK_M = new SyncFuncs.Site("runtime.park_m", 2183, 3363);
    static final SyncFuncs.Site EXITSYSCALL0_STOPLOCKEDM = new SyncFuncs.Site("runtime.exitsyscall0", 2635, 3972);
    static final SyncFuncs.Site MCALL = new SyncFuncs.Site("runtime.mcall", 240, 448);
    /**
     * entersyscallblock hands its P off on g0: entersyscallblock_handoff's handoffp(releasep())
     * (go1.7 proc.go:2453, 1.19 3758) under systemstack's CALL DI (asm_amd64.s:298, 492), where
     * g0's traceback ends (the goroutine's own frames are its own stack's).
     */
    static final SyncFuncs.Site ENTERSYSCALLBLOCK_HANDOFF = new SyncFuncs.Site("runtime.entersyscallblock_handoff", 2453, 3758);
    static final SyncFuncs.Site SYSTEMSTACK = new SyncFuncs.Site("runtime.systemstack", 298, 492);

    /** newm's allocm call (mcommoninit records createstack below it). */
    static final SyncFuncs.Site NEWM = new SyncFuncs.Site("runtime.newm", 1555, 2109);
    static final SyncFuncs.Site STARTM = new SyncFuncs.Site("runtime.startm", 1642, 2325);
    /** handoffp's startm calls: local work, no spinning M, last running P (proc.go:1669/1680/1709). */
    static final SyncFuncs.Site HANDOFFP_WORK = new SyncFuncs.Site("runtime.handoffp", 1669, 2360);
    static final SyncFuncs.Site HANDOFFP_SPIN = new SyncFuncs.Site("runtime.handoffp", 1680, 2376);
    static final SyncFuncs.Site HANDOFFP_LASTP = new SyncFuncs.Site("runtime.handoffp", 1709, 2405);
    static final SyncFuncs.Site WAKEP = new SyncFuncs.Site("runtime.wakep", 1723, 2430);
    static final SyncFuncs.Site STOPLOCKEDM = new SyncFuncs.Site("runtime.stoplockedm", 1737, 2444);
    static final SyncFuncs.Site RETAKE = new SyncFuncs.Site("runtime.retake", 3722, 5350);
    static final SyncFuncs.Site SYSMON = new SyncFuncs.Site("runtime.sysmon", 3649, 5258);
    /** entersyscallblock's systemstack(entersyscallblock_handoff), which calls handoffp. */
    static final SyncFuncs.Site ENTERSYSCALLBLOCK = new SyncFuncs.Site("runtime.entersyscallblock", 2440, 3745);
    static final SyncFuncs.Site STARTTHEWORLDWITHSEMA = new SyncFuncs.Site("runtime.startTheWorldWithSema", 1049, 1296);
    /** startTheWorldWithSema's newm(mhelpgc, nil) (go1.7 proc.go:1069; Go 1.19 has no GC helper threads). */
    static final SyncFuncs.Site STARTTHEWORLD_HELPGC = new SyncFuncs.Site("runtime.startTheWorldWithSema", 1069, 0);
    static final SyncFuncs.Site STARTTHEWORLD = new SyncFuncs.Site("runtime.startTheWorld", 913, 1109);
    /** Nanosleep's Syscall(SYS_NANOSLEEP, ...) (zsyscall_linux_amd64.go). */
    static final SyncFuncs.Site NANOSLEEP = new SyncFuncs.Site("syscall.Nanosleep", 725, 650);

    /**
     * newproc's path to malg's new(g) (go1.7 proc.go:2687-2699, 2711-2713, 2720-2817, asm_amd64.s:255-315;
     * Go 1.19.8 proc.go:4075-4089, 4097-4106, 4112-4203, asm_amd64.s:462-516): the stack Go's heap
     * profile records for a g struct (callers stops at systemstack, go1.7 traceback.go:671-680 passes
     * no _TraceJumpStack). Defined at the first new G, after the program's functions.
     */
    static final FuncTable[] MALG_PATH = {
        new FuncTable("runtime.malg", "runtime/proc.go", 2687, 2699, 4075, 4089),
        new FuncTable("runtime.newproc1", "runtime/proc.go", 2720, 2817, 4112, 4203),
        new FuncTable("runtime.newproc.func1", "runtime/proc.go", 2711, 2713, 4097, 4106),
        Rows.SYSTEMSTACK,
    };
    /**
     * The functions of a new M's heap blocks beyond the kernel table (go1.7 proc.go and
     * os_linux.go:260-263; Go 1.19.8 proc.go and os_linux.go:383-386), defined when such a block is
     * first sampled, after everything defined so far, so no other address moves.
     */
    static final FuncTable[] M_PATH = {
        THROW_PATH[4], // allocm
        THROW_PATH[3], // mcommoninit
        new FuncTable("runtime.mpreinit", "runtime/os_linux.go", 260, 263, 383, 386),
        MALG_PATH[0], MALG_PATH[1], MALG_PATH[2],
        new FuncTable("runtime.goready.func1", "runtime/proc.go", 269, 271, 373, 375),
        new FuncTable("runtime.main.func1", "runtime/proc.go", 125, 127, 170, 172),
        THROW_PATH[5], THROW_PATH[6], THROW_PATH[11], // mstart1, mstart0, entersyscallblock_handoff
        Rows.SCHEDULE, Rows.SYSTEMSTACK,
        THROW_PATH[8], THROW_PATH[9], Rows.MCALL, // park_m, exitsyscall0, mcall: below stoplockedm
        new FuncTable("runtime.schedinit", "runtime/proc.go", 427, 474, 658, 751),
        new FuncTable("runtime.startTemplateThread", "runtime/proc.go", 0, 0, 2174, 2188), // 1.10+
        new FuncTable("runtime.rt0_go", "runtime/asm_amd64.s", 10, 163, 159, 380),
    };
    /**
     * allocm's blocks, innermost call first: mp := new(m) (go1.7 proc.go:1284, 1.19 1759);
     * mcommoninit's mpreinit(mp) (507, 815), whose mp.gsignal = malg(32 * 1024) (os_linux.go:261,
     * 1.19 384) calls malg's new(g) (2688, 4076) under allocm's mcommoninit(mp) (1286, 1761); and
     * g0's malg(8192 * sys.StackGuardMultiplier) (1293, 1768: linux without cgo). Real Go 1.19.8's
     * heap profile shows all three under newm/startm (1: 1024 at allocm proc.go:1759, 1: 416 at
     * malg under mpreinit os_linux.go:384 and under allocm proc.go:1768).
     */
    static final SyncFuncs.Site ALLOCM_NEW_M = new SyncFuncs.Site("runtime.allocm", 1284, 1759);
    static final SyncFuncs.Site MALG_NEW_G = new SyncFuncs.Site("runtime.malg", 2688, 4076);
    static final SyncFuncs.Site MPREINIT_MALG = new SyncFuncs.Site("runtime.mpreinit", 261, 384);
    static final SyncFuncs.Site MCOMMONINIT_MPREINIT = new SyncFuncs.Site("runtime.mcommoninit", 507, 815);
    static final SyncFuncs.Site ALLOCM_G0 = new SyncFuncs.Site("runtime.allocm", 1293, 1768);
    /**
     * m0's gsignal: schedinit's mcommoninit(_g_.m) (go1.7 proc.go:441, 1.19 697) under rt0_go's
     * CALL runtime·schedinit (asm_amd64.s:145, 1.19 345), whose mpreinit makes the only heap block
     * of m0 (m0 and g0 are static: go1.7 proc.go:79-80).
     */
    static final SyncFuncs.Site SCHEDINIT_MCOMMONINIT = new SyncFuncs.Site("runtime.schedinit", 441, 697);
    static final SyncFuncs.Site RT0_GO_SCHEDINIT = new SyncFuncs.Site("runtime.rt0_go", 145, 345);
    /**
     * The template thread (Go 1.10+; none in go1.7): LockOSThread's startTemplateThread() (1.19
     * proc.go:4405) and its newm(templateThread, nil, -1) (2186), on the calling goroutine. Real
     * Go 1.19.8's heap profile shows its new(m) at allocm 1759 <- newm 2109 <- startTemplateThread
     * 2186 <- LockOSThread 4405 <- main.main.
     */
    static final SyncFuncs.Site LOCKOSTHREAD_TEMPLATE = new SyncFuncs.Site("runtime.LockOSThread", 0, 4405);
    static final SyncFuncs.Site STARTTEMPLATETHREAD_NEWM = new SyncFuncs.Site("runtime.startTemplateThread", 0, 2186);
    /**
     * unsafe.Sizeof(m{}) rounded to its class: go1.7 runtime2.go:377-442 lays out 928 bytes on amd64
     * (gobuf 56, tls 48, createstack 256, freglo/freghi 128, gcstats 40, two libcalls 96, ...) plus a
     * byte and padding for the empty trailing mOS (os_linux.go:12), 936, class 1024; 1.19 also
     * allocates 1024 (a real 1.19.8 heap profile: 1: 1024 at allocm).
     */
    static final long M_ALLOC_BYTES = 1024;
    /** runtime.main's systemstack(func() { newm(sysmon, nil) }) (go1.7 proc.go:126, 1.19 171). */
    static final SyncFuncs.Site MAIN_NEWM_SYSMON = new SyncFuncs.Site("runtime.main.func1", 126, 171);
    /**
     * g0's frames below wakep, to systemstack's CALL DI: from newproc (go1.7 newproc1's wakep()
     * at proc.go:2810 under newproc.func1's newproc1 at 2712; 1.19 newproc.func1's wakep() at 4104),
     * from goready (ready's wakep() 547, 861, under goready.func1's ready 270, 374) and from
     * startTheWorldWithSema (1058, 1309).
     */
    static final SyncFuncs.Site[] WAKEP_NEWPROC_17 = {new SyncFuncs.Site("runtime.newproc1", 2810, 0),
        new SyncFuncs.Site("runtime.newproc.func1", 2712, 0), SYSTEMSTACK};
    static final SyncFuncs.Site[] WAKEP_NEWPROC_19 = {new SyncFuncs.Site("runtime.newproc.func1", 0, 4104), SYSTEMSTACK};
    static final SyncFuncs.Site[] WAKEP_READY = {new SyncFuncs.Site("runtime.ready", 547, 861),
        new SyncFuncs.Site("runtime.goready.func1", 270, 374), SYSTEMSTACK};
    static final SyncFuncs.Site[] WAKEP_STARTTHEWORLD = {new SyncFuncs.Site("runtime.startTheWorldWithSema", 1058, 1309),
        SYSTEMSTACK};
    /** The call lines of MALG_PATH, innermost first: new(g), malg(_StackMin), newproc1(...), CALL DI. */
    static final int[] MALG_LINES = {2688, 2742, 2712, 298};
    static final int[] MALG_LINES_19 = {4076, 4123, 4098, 492};
    /** unsafe.Sizeof(g{}) rounded to its class: go1.7 runtime2.go:306-375 sums to 400 bytes on amd64, class 416; 1.19 also allocates 416 (a real 1.19.8 heap profile: 3: 1248 at malg). */
    static final long G_ALLOC_BYTES = 416;
}
