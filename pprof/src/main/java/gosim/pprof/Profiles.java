package gosim.pprof;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.mprof.ProfileResult;
import gosim.mprof.StackRecord;
import gosim.pprof.text.GoFmt;
import gosim.pprof.text.GoSort;
import gosim.pprof.text.TextProfiles;
import gosim.sim.GoVersion;
import gosim.sim.Symtab;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The profile registry of runtime/pprof in Go 1.7 (seed 004, pprof.go: NewProfile, Lookup,
 * Profiles, WriteHeapProfile, countHeap/writeHeap, writeGoroutine, writeThreadCreate, writeBlock,
 * writeRuntimeProfile), one per simulated process instead of a package global. It starts with
 * the predefined goroutine, threadcreate, heap and block profiles.
 */
public final class Profiles {
    /** writeRuntimeProfile asks for room for this many records more than announced ... */
    static final int STACK_RECORD_SLACK = 10;
    /** ... and writeHeap and writeBlock for this many. */
    static final int MEM_BLOCK_RECORD_SLACK = 50;
    /** Go retries forever while a profile grows; a model that keeps growing is a bug. */
    static final int MAX_FETCH_ATTEMPTS = 100;

    private final Symtab symtab;
    private final ProfileSource source;
    private final Callers callers;
    private final GoVersion version;
    private final Map<String, Profile> m = new HashMap<>();

    /** A Go 1.7 registry. */
    Profiles(Symtab symtab, ProfileSource source, Callers callers) {
        this(symtab, source, callers, GoVersion.DEFAULT);
    }

    /**
     * A registry whose formats follow {@code version}: before Go 1.7 only the threadcreate
     * profile differs (GO1_0 writes seed 000's "thread creation profile" at every debug level);
     * later versions write Go 1.7's text.
     */
    Profiles(Symtab symtab, ProfileSource source, Callers callers, GoVersion version) {
        this.symtab = Objects.requireNonNull(symtab, "symtab");
        this.source = Objects.requireNonNull(source, "profile source");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.version = Objects.requireNonNull(version, "version");
        for (Profile.Builtin b : Profile.Builtin.values()) {
            String name = b.name().toLowerCase(Locale.ROOT);
            m.put(name, new Profile(name, this, b));
        }
    }

    /** NewProfile: a new, empty user profile; panics if the name is empty or taken. */
    public synchronized Profile newProfile(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new ProfilePanic("pprof: NewProfile with empty name");
        }
        if (m.containsKey(name)) {
            throw new ProfilePanic("pprof: NewProfile name already in use: " + name);
        }
        Profile p = new Profile(name, this, null);
        m.put(name, p);
        return p;
    }

    /** Lookup: the profile with this name, if any. */
    public synchronized Optional<Profile> lookup(String name) {
        return Optional.ofNullable(m.get(name));
    }

    /** Profiles: all known profiles sorted by name (Go string order). */
    public synchronized List<Profile> profiles() {
        List<Profile> all = new ArrayList<>(m.values());
        GoSort.sort(all, (a, b) -> GoFmt.compareStrings(a.name(), b.name()) < 0);
        return all;
    }

    /** WriteHeapProfile: Lookup("heap").WriteTo(w, 0). */
    public void writeHeapProfile(OutputStream w) throws IOException {
        write(Profile.Builtin.HEAP, w, 0);
    }

    /** WriteThreadProfile of seed 000: the thread creation profile in its first format. */
    public void writeThreadProfile(OutputStream w) throws IOException {
        TextProfiles.writeThreadProfileGo10(w, fetchStackRecords(source::threadCreateProfile, "ThreadCreateProfile"));
    }

    public GoVersion version() {
        return version;
    }

    Symtab symtab() {
        return symtab;
    }

    Callers callers() {
        return callers;
    }

    int count(Profile.Builtin b) {
        return switch (b) {
            case GOROUTINE -> source.numGoroutine();
            case THREADCREATE -> source.threadCreateProfile(new StackRecord[0]).n();
            case HEAP -> source.memProfile(new MemProfileRecord[0], true).n();
            case BLOCK -> source.blockProfile(new BlockProfileRecord[0]).n();
        };
    }

    void write(Profile.Builtin b, OutputStream w, int debug) throws IOException {
        switch (b) {
            case GOROUTINE -> {
                if (debug >= 2) {
                    TextProfiles.writeGoroutineStacks(w, source);
                } else {
                    printRuntimeProfile(w, debug, "goroutine",
                            fetchStackRecords(source::goroutineProfile, "GoroutineProfile"));
                }
            }
            case THREADCREATE -> {
                if (!version.atLeast(7)) {
                    writeThreadProfile(w);
                } else {
                    printRuntimeProfile(w, debug, "threadcreate",
                            fetchStackRecords(source::threadCreateProfile, "ThreadCreateProfile"));
                }
            }
            case HEAP -> TextProfiles.writeHeap(w, debug,
                    fetch(MemProfileRecord[]::new, MemProfileRecord::new, p -> source.memProfile(p, true),
                            MEM_BLOCK_RECORD_SLACK, "MemProfile"),
                    source.memProfileRate(), source.readMemStats(), symtab);
            case BLOCK -> TextProfiles.writeBlock(w, debug,
                    fetch(BlockProfileRecord[]::new, BlockProfileRecord::new, source::blockProfile,
                            MEM_BLOCK_RECORD_SLACK, "BlockProfile"),
                    source.cyclesPerSecond(), symtab);
        }
    }

    private void printRuntimeProfile(OutputStream w, int debug, String name, List<StackRecord> records)
            throws IOException {
        List<long[]> stacks = new ArrayList<>(records.size());
        for (StackRecord r : records) {
            stacks.add(r.stack());
        }
        TextProfiles.printCountProfile(w, debug, name, stacks, symtab);
    }

    private static List<StackRecord> fetchStackRecords(Function<StackRecord[], ProfileResult> f,
            String what) {
        return fetch(StackRecord[]::new, StackRecord::new, f, STACK_RECORD_SLACK, what);
    }

    /**
     * The loop of writeRuntimeProfile/writeHeap/writeBlock: learn n with an empty slice, offer
     * n+slack records, and try again while the profile has grown past that.
     */
    static <R extends StackRecord> List<R> fetch(IntFunction<R[]> newArray, Supplier<R> newRecord,
            Function<R[], ProfileResult> f, int slack, String what) {
        ProfileResult res = f.apply(newArray.apply(0));
        for (int attempt = 0; attempt < MAX_FETCH_ATTEMPTS; attempt++) {
            checkN(res, what);
            R[] p = newArray.apply(res.n() + slack);
            for (int i = 0; i < p.length; i++) {
                p[i] = newRecord.get();
            }
            res = f.apply(p);
            if (res.ok()) {
                checkN(res, what);
                if (res.n() > p.length) {
                    throw new IllegalStateException("runtime." + what + " returned ok with n=" + res.n()
                            + " for a slice of " + p.length);
                }
                return new ArrayList<>(Arrays.asList(p).subList(0, res.n()));
            }
        }
        throw new IllegalStateException("runtime." + what + " kept growing over " + MAX_FETCH_ATTEMPTS + " attempts");
    }

    private static void checkN(ProfileResult res, String what) {
        if (res == null || res.n() < 0) {
            throw new IllegalStateException("runtime." + what + " returned " + res);
        }
    }
}
