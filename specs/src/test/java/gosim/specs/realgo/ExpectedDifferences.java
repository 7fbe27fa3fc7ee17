package gosim.specs.realgo;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one place that lists what may differ between real Go 1.19 and the simulator (which models
 * Go 1.7) without being a fault, each with its reason. {@link Comparison} skips exactly these
 * aspects, naming the constant at the point where it skips, and applies the per-example
 * expectations below.
 */
public final class ExpectedDifferences {
    private ExpectedDifferences() {
    }

    /** Aspects of every run that are never compared. */
    public enum Ignored {
        ADDRESSES("PCs, offsets (+0x..), pointer arguments and heap addresses depend on the binary layout;"
                + " the simulator has its own text segment. Stacks are compared as (function, line)."),
        FILE_DIRECTORIES("Source paths differ (the temporary build directory, GOROOT /usr/lib/go-1.19 vs the"
                + " simulated Go 1.7 GOROOT); files are compared by base name only."),
        NON_USER_FRAMES("Only frames of package main are compared. runtime.*, runtime/pprof.* and the standard"
                + " library (sync, fmt, time) have other call chains and line numbers in Go 1.19 than in 1.7"
                + " (e.g. sync.(*Mutex).lockSlow, sema.go:77, pprof.runtime_goroutineProfileWithLabels)."),
        RUNTIME_RECORDS("Profile records with no frame of package main are the runtime's own (GC workers,"
                + " timer goroutines, fmt's sync.Pool, tabwriter buffers of the profile writer itself);"
                + " Go 1.19's runtime allocates differently from the model's."),
        ALLOCATION_ON_BEHALF("Heap records whose leading runtime frames printStackRecord hid (the first printed"
                + " PC is not the record's first PC) are runtime allocations for user code: malg for a go"
                + " statement, growslice, concatstrings, interface conversions. Go 1.19 and 1.7 differ (1.7"
                + " allocates g stacks differently, 1.19 inlines conversions); the model does not claim them."),
        HEAP_TOTALS_AND_MEMSTATS("The heap header totals include runtime records, and the MemStats trailer"
                + " differs by version: Go 1.7's writeHeap prints Alloc..BuckHashSys, NextGC, PauseNs, NumGC,"
                + " DebugGC (go1.7 pprof.go:525-547); Go 1.19's adds GCSys, OtherSys, LastGC, PauseEnd,"
                + " NumForcedGC, GCCPUFraction and MaxRSS (1.19 pprof.go:635-648); its values are the process's own."),
        SAMPLED_HEAP("Heap counts are compared only at MemProfileRate=1 (header @ heap/2): at other rates"
                + " sampling draws from a random source (fastrand) that differs run to run."),
        BLOCK_CYCLES("Block profile cycles and cycles/second measure wall time (cputicks) and the CPU's"
                + " frequency; only record counts and stacks are compared."),
        THREADCREATE_STACKS("Real Go records most thread creations from the system stack (empty \"N @\""
                + " records) and creates threads for its own needs (sysmon, GC workers, templateThread);"
                + " threadcreate stacks are not compared and totals only against a lower bound."),
        GOROUTINE_IDS("Goroutine ids depend on the runtime's own goroutines, which differ: Go 1.7's gcenable"
                + " starts bgsweep (go1.7 mgc.go:195), Go 1.19's bgsweep and bgscavenge (1.19 mgc.go:178-179);"
                + " Go 1.7 starts mark workers for background cycles only (mgc.go:947-949), 1.19 on every cycle"
                + " (mgc.go:645); Go 1.7 starts timerproc at the first timer (time.go:116), 1.14+ has none; and on"
                + " which P's goid cache (batches of 16 in both, go1.7 proc.go:416, 1.19 proc.go:600) a"
                + " goroutine draws from, which is scheduling."),
        ARGUMENT_WORDS("Traceback arguments: Go 1.7 prints up to 10 words in hex (go1.7 traceback.go:398-399),"
                + " Go 1.17+ prints typed values with \"?\" for unreliable ones and {...} for aggregates"
                + " (1.19 traceback.go:579-660, printArgs). Under -go 1.19 the model prints 1.19's shape (braces,"
                + " limits, which words are passed in registers, ArgWords19Test) but not the values of register"
                + " words: real Go prints the spill slot, often stale, and drops the \"?\" where the compiler's"
                + " liveness info (_FUNCDATA_ArgLiveInfo, from its register allocation) says the slot holds the"
                + " argument; the model has no register allocation, so it prints the value passed and a \"?\" on"
                + " every register word. Go 1.19 also prints an inlined frame as name(...), which the model"
                + " does not inline."),
        WAIT_REASON_NAMES("Wait reasons renamed after Go 1.7 are compared under their Go 1.7 name (see"
                + " GO17_WAIT_REASONS): Go 1.7's notifyListWait parks a sync.Cond waiter as \"semacquire\","
                + " Go 1.19 says \"sync.Cond.Wait\"; Go 1.20+ names the sync type for Mutex, RWMutex and"
                + " WaitGroup waits."),
        WAIT_DURATIONS("\", N minutes\" in a goroutine header counts nanotime since a GC's stack scan"
                + " stamped waitsince (go1.7 mgcmark.go:200-201, traceback.go:742-743; the same in 1.19,"
                + " mgcmark.go:207-208, traceback.go:1025-1026), so it shows only when a GC ran after the"
                + " goroutine parked. When GCs run differs: the model paces Go 1.7's collector on its own heap"
                + " model, Go 1.19 paces its own on the real heap (and the runtime's allocations)."),
        CREATED_BY_GOROUTINE("Go 1.21+ appends \" in goroutine N\" to \"created by\"; ids are not compared."),
        SCHEDULING_LINES("Program output lines starting with \"~\" depend on scheduling or sampling by the"
                + " example's own declaration; they are not compared."),
        BLANK_LINES("Blank lines between text and profiles are separators whose count differs between the"
                + " profile writers (tabwriter flushes, trailing newlines); text lines are compared without them."),
        PROFILE_LIST("pprof.Profiles() in Go 1.19 also has \"allocs\" and \"mutex\"; examples do not print it.");

        private final String reason;

        Ignored(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** Goroutine statuses of later Go releases and the Go 1.7 status they correspond to. */
    public static final Map<String, String> GO17_WAIT_REASONS = Map.of(
            "sync.Cond.Wait", "semacquire",
            "sync.Mutex.Lock", "semacquire",
            "sync.RWMutex.Lock", "semacquire",
            "sync.RWMutex.RLock", "semacquire",
            "sync.WaitGroup.Wait", "semacquire");

    /** A goroutine status as Go 1.7 would print it (Ignored.WAIT_REASON_NAMES). */
    public static String go17Status(String status) {
        return GO17_WAIT_REASONS.getOrDefault(status, status);
    }

    /**
     * How one example is compared beyond the rules above.
     *
     * @param compareStderr   whether stderr is parsed and compared (false when it carries binary data)
     * @param minSyscallThreads lower bound for every threadcreate profile's total in the simulator's
     *                        output: the threads the example's blocking syscalls need at least
     * @param reason          why the example needs this
     */
    public record Expectation(boolean compareStderr, int minSyscallThreads, String reason) {
        public Expectation {
            if (minSyscallThreads < 0) {
                throw new IllegalArgumentException("minSyscallThreads < 0");
            }
        }
    }

    /** Examples without an entry: everything the rules allow is compared. */
    public static final Expectation DEFAULT = new Expectation(true, 0, "default");

    private static final Map<String, Expectation> EXAMPLES = new TreeMap<>(Map.of(
            "cpuprofile", new Expectation(false, 0, "the CPU profile is written to stderr: Go 1.7's legacy"
                    + " binary format (uintptr words) in the model, gzipped profile.proto in Go 1.8+"),
            "syscalls", new Expectation(true, 5, "five goroutines sleep in syscall.Nanosleep at once; each"
                    + " holds an M, so at least five threads exist (m0 among them)")));

    /** The expectation for an example by name (the file name without .go). */
    public static Expectation forExample(String name) {
        return EXAMPLES.getOrDefault(name, DEFAULT);
    }

    /** The names of the examples with a special expectation. */
    public static java.util.Set<String> examplesWithExpectations() {
        return java.util.Collections.unmodifiableSet(EXAMPLES.keySet());
    }
}
