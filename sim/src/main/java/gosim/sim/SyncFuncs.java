package gosim.sim;

/**
 * Runtime and package sync functions that appear on the stacks of goroutines blocked in channel,
 * select, semaphore and sync operations (chan.go, select.go, sema.go, sync/*.go), and the call
 * sites inside them that the blocking primitives push while a goroutine waits.
 *
 * <p>Go 1.7 lines are those of the go1.7 tag (every function range below checked against it);
 * Go 1.19 lines are those of go1.19.8. A row whose function does not exist in a release has start and end 0 for
 * that release (for example runtime.selectgoImpl, gone in 1.8, and runtime.semacquire1, new in 1.8).
 */
final class SyncFuncs {
    private SyncFuncs() {
    }

    private static final String CHAN = "runtime/chan.go";
    private static final String SELECT = "runtime/select.go";
    private static final String SEMA = "runtime/sema.go";

    static final FuncTable[] TABLE = {
        // runtime/chan.go
        new FuncTable("runtime.chansend1", CHAN, 106, 108, 144, 146),
        new FuncTable("runtime.chansend", CHAN, 122, 243, 160, 286),
        new FuncTable("runtime.closechan", CHAN, 303, 373, 357, 426),
        new FuncTable("runtime.chanrecv1", CHAN, 377, 379, 441, 443),
        new FuncTable("runtime.chanrecv2", CHAN, 382, 385, 446, 449),
        new FuncTable("runtime.chanrecv", CHAN, 393, 511, 457, 599),
        new FuncTable("runtime.selectnbsend", CHAN, 588, 590, 693, 695),
        new FuncTable("runtime.selectnbrecv", CHAN, 609, 612, 713, 715),
        new FuncTable("runtime.selectnbrecv2", CHAN, 631, 635, 0, 0),
        // runtime/select.go
        new FuncTable("runtime.block", SELECT, 223, 225, 103, 105),
        new FuncTable("runtime.selectgo", SELECT, 237, 241, 122, 517),
        new FuncTable("runtime.selectgoImpl", SELECT, 245, 598, 0, 0),
        // runtime/sema.go (linknamed functions carry their sync.* names)
        new FuncTable("sync.runtime_Semacquire", SEMA, 46, 48, 61, 63),
        new FuncTable("sync.runtime_SemacquireMutex", SEMA, 0, 0, 76, 78),
        new FuncTable("sync.runtime_Semrelease", SEMA, 56, 58, 71, 73),
        new FuncTable("runtime.semacquire", SEMA, 73, 120, 100, 102),
        new FuncTable("runtime.semacquire1", SEMA, 0, 0, 104, 159),
        new FuncTable("runtime.semrelease", SEMA, 122, 153, 161, 163),
        new FuncTable("runtime.semrelease1", SEMA, 0, 0, 165, 221),
        new FuncTable("sync.runtime_notifyListAdd", SEMA, 233, 237, 482, 486),
        new FuncTable("sync.runtime_notifyListWait", SEMA, 242, 272, 492, 522),
        new FuncTable("sync.runtime_notifyListNotifyAll", SEMA, 276, 304, 527, 555),
        new FuncTable("sync.runtime_notifyListNotifyOne", SEMA, 308, 346, 560, 610),
        // sync/*.go
        new FuncTable("sync.(*Mutex).Lock", "sync/mutex.go", 44, 94, 81, 91),
        new FuncTable("sync.(*Mutex).lockSlow", "sync/mutex.go", 0, 0, 117, 204),
        new FuncTable("sync.(*Mutex).Unlock", "sync/mutex.go", 102, 129, 212, 225),
        new FuncTable("sync.(*Mutex).unlockSlow", "sync/mutex.go", 0, 0, 227, 259),
        new FuncTable("sync.(*RWMutex).RLock", "sync/rwmutex.go", 36, 49, 64, 77),
        new FuncTable("sync.(*RWMutex).RUnlock", "sync/rwmutex.go", 55, 75, 111, 124),
        new FuncTable("sync.(*RWMutex).rUnlockSlow", "sync/rwmutex.go", 0, 0, 126, 136),
        new FuncTable("sync.(*RWMutex).Lock", "sync/rwmutex.go", 80, 98, 141, 159),
        new FuncTable("sync.(*RWMutex).Unlock", "sync/rwmutex.go", 106, 129, 198, 220),
        new FuncTable("sync.(*WaitGroup).Add", "sync/waitgroup.go", 52, 96, 62, 104),
        new FuncTable("sync.(*WaitGroup).Done", "sync/waitgroup.go", 99, 101, 107, 109),
        new FuncTable("sync.(*WaitGroup).Wait", "sync/waitgroup.go", 104, 142, 112, 150),
        new FuncTable("sync.(*Once).Do", "sync/once.go", 35, 46, 48, 67),
        new FuncTable("sync.(*Once).doSlow", "sync/once.go", 0, 0, 69, 76),
        new FuncTable("sync.(*Cond).Wait", "sync/cond.go", 53, 59, 66, 72),
        new FuncTable("sync.(*Cond).Signal", "sync/cond.go", 65, 68, 81, 84),
        new FuncTable("sync.(*Cond).Broadcast", "sync/cond.go", 74, 77, 90, 93),
    };

    // ---- call sites: where each function is when the next frame is called (0 = not in that release)

    // runtime.gopark's mcall(park_m) and goparkunlock's call of gopark (proc.go).
    static final Site GOPARK = new Site("runtime.gopark", 259, 363);
    static final Site GOPARKUNLOCK = new Site("runtime.goparkunlock", 265, 369);
    /** Channel operations call gopark directly since 1.8 (chanparkcommit). */
    static final Site GOPARKUNLOCK_CHAN = new Site("runtime.goparkunlock", 265, 0);

    static final Site CHANSEND1 = new Site("runtime.chansend1", 107, 145);
    static final Site CHANSEND_PARK = new Site("runtime.chansend", 223, 259);
    static final Site CHANSEND_NIL = new Site("runtime.chansend", 134, 165);
    static final Site CHANSEND_BLOCKEVENT = new Site("runtime.chansend", 238, 275);
    static final Site CHANSEND_CLOSED = new Site("runtime.chansend", 174, 206);
    static final Site CHANSEND_CLOSED_WOKEN = new Site("runtime.chansend", 234, 283);
    static final Site SELECTNBSEND = new Site("runtime.selectnbsend", 589, 694);

    static final Site CHANRECV1 = new Site("runtime.chanrecv1", 378, 442);
    static final Site CHANRECV2 = new Site("runtime.chanrecv2", 383, 447);
    static final Site CHANRECV_PARK = new Site("runtime.chanrecv", 496, 583);
    static final Site CHANRECV_NIL = new Site("runtime.chanrecv", 405, 469);
    static final Site CHANRECV_BLOCKEVENT = new Site("runtime.chanrecv", 504, 592);
    static final Site SELECTNBRECV = new Site("runtime.selectnbrecv", 610, 714);
    static final Site SELECTNBRECV2 = new Site("runtime.selectnbrecv2", 633, 0);

    static final Site CLOSECHAN_NIL = new Site("runtime.closechan", 305, 359);
    static final Site CLOSECHAN_CLOSED = new Site("runtime.closechan", 311, 365);

    static final Site BLOCK = new Site("runtime.block", 224, 104);
    /** 1.7's selectgo calls selectgoImpl, which does the work; 1.19's selectgo does it itself. */
    static final Site SELECTGO_CALLIMPL = new Site("runtime.selectgo", 238, 0);
    static final Site SELECTGOIMPL_PARK = new Site("runtime.selectgoImpl", 423, 0);
    static final Site SELECTGO_PARK = new Site("runtime.selectgo", 0, 328);
    /** blockevent's line in the innermost select frame (selectgoImpl in 1.7, selectgo in 1.19). */
    static final Site SELECT_BLOCKEVENT_17 = new Site("runtime.selectgoImpl", 590, 0);
    static final Site SELECT_BLOCKEVENT_19 = new Site("runtime.selectgo", 0, 509);
    static final Site SELECT_CLOSED_17 = new Site("runtime.selectgoImpl", 597, 0);
    static final Site SELECT_CLOSED_19 = new Site("runtime.selectgo", 0, 516);

    // sema.go: the sync package's entry points and the runtime's own semacquire.
    static final Site SYNC_SEMACQUIRE = new Site("sync.runtime_Semacquire", 47, 62);
    /** sync.Mutex and RWMutex reach semacquire through runtime_Semacquire in 1.7, SemacquireMutex in 1.19. */
    static final Site SYNC_SEMACQUIRE_FOR_MUTEX = new Site("sync.runtime_Semacquire", 47, 0);
    static final Site SYNC_SEMACQUIRE_MUTEX = new Site("sync.runtime_SemacquireMutex", 0, 77);
    static final Site SEMACQUIRE_PARK = new Site("runtime.semacquire", 111, 0);
    static final Site SEMACQUIRE1_PARK = new Site("runtime.semacquire1", 0, 150);
    static final Site SEMACQUIRE_BLOCKEVENT = new Site("runtime.semacquire", 117, 0);
    static final Site SEMACQUIRE1_BLOCKEVENT = new Site("runtime.semacquire1", 0, 156);
    /** The runtime's direct semacquire (worldsema): semacquire1 is called from semacquire in 1.19. */
    static final Site SEMACQUIRE_RUNTIME = new Site("runtime.semacquire", 0, 101);
    static final Site NOTIFYLISTWAIT_PARK = new Site("sync.runtime_notifyListWait", 267, 517);
    static final Site NOTIFYLISTWAIT_BLOCKEVENT = new Site("sync.runtime_notifyListWait", 269, 519);

    static final Site MUTEX_LOCK = new Site("sync.(*Mutex).Lock", 85, 90);
    static final Site MUTEX_LOCKSLOW = new Site("sync.(*Mutex).lockSlow", 0, 171);
    static final Site MUTEX_UNLOCK_PANIC = new Site("sync.(*Mutex).Unlock", 111, 223);
    static final Site MUTEX_UNLOCKSLOW_FATAL = new Site("sync.(*Mutex).unlockSlow", 0, 229);
    static final Site RWMUTEX_RLOCK = new Site("sync.(*RWMutex).RLock", 43, 71);
    static final Site RWMUTEX_RUNLOCK_PANIC = new Site("sync.(*RWMutex).RUnlock", 64, 119);
    static final Site RWMUTEX_RUNLOCKSLOW_FATAL = new Site("sync.(*RWMutex).rUnlockSlow", 0, 129);
    static final Site RWMUTEX_LOCK_W = new Site("sync.(*RWMutex).Lock", 86, 147);
    static final Site RWMUTEX_LOCK_READERS = new Site("sync.(*RWMutex).Lock", 91, 152);
    static final Site RWMUTEX_UNLOCK_PANIC = new Site("sync.(*RWMutex).Unlock", 118, 209);
    static final Site WAITGROUP_ADD_PANIC = new Site("sync.(*WaitGroup).Add", 75, 83);
    static final Site WAITGROUP_ADD_MISUSE = new Site("sync.(*WaitGroup).Add", 78, 86);
    static final Site WAITGROUP_DONE = new Site("sync.(*WaitGroup).Done", 100, 108);
    static final Site WAITGROUP_WAIT = new Site("sync.(*WaitGroup).Wait", 131, 139);
    static final Site WAITGROUP_WAIT_REUSED = new Site("sync.(*WaitGroup).Wait", 133, 141);
    static final Site ONCE_DO = new Site("sync.(*Once).Do", 40, 65);
    static final Site ONCE_DOSLOW = new Site("sync.(*Once).doSlow", 0, 70);
    static final Site ONCE_DO_F = new Site("sync.(*Once).Do", 44, 65);
    static final Site ONCE_DOSLOW_F = new Site("sync.(*Once).doSlow", 0, 74);
    static final Site COND_WAIT = new Site("sync.(*Cond).Wait", 57, 70);
    static final Site COND_WAIT_LOCK = new Site("sync.(*Cond).Wait", 58, 71);

    /**
     * A call site: function {@code func} at line {@code line17} in Go 1.7 and {@code line19} in
     * Go 1.19; 0 when the release has no such frame on this path. Resolves its function in the
     * running process's symbol table, caching the last one.
     */
    record Site(String func, int line17, int line19, Resolved[] cache) {
        Site(String func, int line17, int line19) {
            this(func, line17, line19, new Resolved[1]);
        }

        int line(GoVersion v) {
            return v.atLeast(19) ? line19 : line17;
        }

        Func resolve(GoRuntime rt) {
            Resolved r = cache[0];
            if (r == null || r.layout != rt.layout) {
                r = new Resolved(rt.layout, rt.layout.func(func));
                cache[0] = r;
            }
            return r.func;
        }
    }

    /** One process's Func for a site. */
    record Resolved(RuntimeLayout layout, Func func) {
    }
}
