package gosim.pprof;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.mprof.Profiling;
import gosim.mprof.StackRecord;
import gosim.pprof.cpu.CpuProfiler;
import gosim.pprof.proto.ProfileProto;
import gosim.pprof.proto.ProtoWriter;
import gosim.pprof.text.GoSort;
import gosim.sim.Go;
import gosim.sim.GoRuntime;
import gosim.sim.GoVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * runtime/pprof for one live simulated process: models the package-level API of Go 1.7's
 * pprof.go (Lookup, NewProfile, Profiles, (*Profile).WriteTo, WriteHeapProfile, StartCPUProfile,
 * StopCPUProfile) with Go 1.8+'s profile.proto as a selectable format. It owns the process's
 * {@link Profiling} (mprof buckets), its {@link Profiles} registry and its CPU profiler.
 *
 * <p>Attach before {@link GoRuntime#run}; call everything else from goroutine code of that
 * process (the registry reads the runtime with the world stopped where Go does).
 *
 * <p>Format versions: with {@link GoVersion#GO1_7} (the default) WriteTo writes Go 1.7's text at
 * every debug level and the CPU profile is the legacy binary format; with {@link GoVersion#GO1_19}
 * debug=0 writes gzipped profile.proto (Go 1.8+'s convention) and the CPU profile is proto too.
 * {@link #writeProto} writes proto whatever the version.
 */
public final class Pprof {
    /** Where the simulated executable lives when no other path is given (profile mappings). */
    public static final String DEFAULT_EXECUTABLE = "/tmp/gosim/main";
    /** Go switched WriteTo(w, 0) from text to profile.proto in this minor release. */
    public static final int PROTO_SINCE_MINOR = 8;

    /**
     * How profiles of the process are written.
     *
     * @param format which Go release's conventions WriteTo and StartCPUProfile follow
     * @param executable the executable's path in profile mappings
     * @param args os.Args, as /debug/pprof/cmdline serves them
     */
    public record Options(GoVersion format, String executable, List<String> args) {
        public Options {
            Objects.requireNonNull(format, "format version");
            Objects.requireNonNull(executable, "executable");
            if (executable.isBlank() || executable.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("executable must be a one-line path, got \"" + executable + "\"");
            }
            args = List.copyOf(Objects.requireNonNull(args, "args"));
        }

        /** The runtime's version, {@link #DEFAULT_EXECUTABLE}, os.Args = [executable]. */
        public static Options defaults(GoRuntime rt) {
            return new Options(rt.version(), DEFAULT_EXECUTABLE, List.of(DEFAULT_EXECUTABLE));
        }

        public Options withFormat(GoVersion v) {
            return new Options(v, executable, args);
        }

        public Options withExecutable(String path) {
            return new Options(format, path, args);
        }

        public Options withArgs(List<String> a) {
            return new Options(format, executable, a);
        }
    }

    private final GoRuntime rt;
    private final Options options;
    private final Profiling profiling;
    private final PprofFuncs funcs;
    private final RuntimeSource source;
    private final Profiles profiles;
    /** The running CPU profile, or null (cpu.profiling in Go). */
    private CpuProfiler cpu;

    private Pprof(GoRuntime rt, Options options) {
        this.rt = rt;
        this.options = options;
        this.profiling = Profiling.attach(rt);
        this.funcs = new PprofFuncs(rt.symtab(), rt.version());
        this.source = new RuntimeSource(rt, profiling, funcs);
        this.profiles = new Profiles(rt.symtab(), source, source, options.format());
    }

    /** Attaches runtime/pprof to {@code rt} with default options; call before rt.run. */
    public static Pprof attach(GoRuntime rt) {
        return attach(rt, Options.defaults(Objects.requireNonNull(rt, "runtime")));
    }

    /** Attaches runtime/pprof to {@code rt}; call before rt.run (it installs mprof's hooks). */
    public static Pprof attach(GoRuntime rt, Options options) {
        return new Pprof(Objects.requireNonNull(rt, "runtime"), Objects.requireNonNull(options, "options"));
    }

    public GoRuntime runtime() {
        return rt;
    }

    public Options options() {
        return options;
    }

    /** The process's mprof (MemProfileRate, BlockProfileRate, the record APIs). */
    public Profiling profiling() {
        return profiling;
    }

    /** The registry (Lookup, NewProfile, Profiles). Its WriteTo always writes Go 1.7's text. */
    public Profiles registry() {
        return profiles;
    }

    /** The Go functions of runtime/pprof and net/http defined in the process's symbol table. */
    public PprofFuncs funcs() {
        return funcs;
    }

    /** True when WriteTo(w, 0) writes profile.proto. */
    public boolean protoAtDebug0() {
        return options.format().atLeast(PROTO_SINCE_MINOR);
    }

    /** pprof.Lookup. */
    public Optional<Profile> lookup(String name) {
        return profiles.lookup(name);
    }

    /** pprof.NewProfile (panics with Go's texts on an empty or taken name). */
    public Profile newProfile(String name) {
        return profiles.newProfile(name);
    }

    /** pprof.Profiles: sorted by name. */
    public List<Profile> profiles() {
        return profiles.profiles();
    }

    /** runtime.MemProfileRate = rate. */
    public void setMemProfileRate(int rate) {
        profiling.setMemProfileRate(rate);
    }

    /** runtime.SetBlockProfileRate(ns). */
    public void setBlockProfileRate(long ns) {
        profiling.setBlockProfileRate(ns);
    }

    /**
     * Lookup(name).WriteTo(w, debug) in the format version's convention.
     *
     * @throws IllegalArgumentException when no profile has that name
     */
    public void writeTo(String name, OutputStream w, int debug) throws IOException {
        writeTo(require(name), w, debug);
    }

    /**
     * (*Profile).WriteTo(w, debug): Go 1.7's text, or profile.proto at debug=0 when the format
     * version is Go 1.8 or newer.
     */
    public void writeTo(Profile p, OutputStream w, int debug) throws IOException {
        Objects.requireNonNull(p, "profile");
        if (debug == 0 && protoAtDebug0()) {
            writeProto(p, w);
        } else {
            p.writeTo(w, debug);
        }
    }

    /** pprof.WriteHeapProfile: Lookup("heap").WriteTo(w, 0). */
    public void writeHeapProfile(OutputStream w) throws IOException {
        writeTo("heap", w, 0);
    }

    /** The named profile as gzipped profile.proto, whatever the format version. */
    public void writeProto(String name, OutputStream w) throws IOException {
        writeProto(require(name), w);
    }

    /**
     * The profile as gzipped profile.proto (Go 1.9+'s writeHeapProto, printCountProfile at
     * debug=0, Go 1.11's printCountCycleProfile for block), with the virtual time as time_nanos.
     */
    public void writeProto(Profile p, OutputStream w) throws IOException {
        Objects.requireNonNull(w, "writer");
        ProtoWriter.write(proto(p), w);
    }

    /** The profile.proto message of {@code p}, taken now. */
    public ProfileProto.Profile proto(Profile p) {
        Objects.requireNonNull(p, "profile");
        ProtoWriter pw = new ProtoWriter(rt.symtab(), options.executable());
        long now = Go.nanotime();
        if (!p.isBuiltin()) {
            return pw.count(p.name(), p.stacks(), now);
        }
        return switch (p.name()) {
            case "goroutine" -> pw.count("goroutine", stacks(Profiles.fetch(StackRecord[]::new, StackRecord::new,
                    source::goroutineProfile, Profiles.STACK_RECORD_SLACK, "GoroutineProfile")), now);
            case "threadcreate" -> pw.count("threadcreate", stacks(Profiles.fetch(StackRecord[]::new,
                    StackRecord::new, source::threadCreateProfile, Profiles.STACK_RECORD_SLACK,
                    "ThreadCreateProfile")), now);
            case "heap" -> pw.heap(Profiles.fetch(MemProfileRecord[]::new, MemProfileRecord::new,
                    r -> source.memProfile(r, true), Profiles.MEM_BLOCK_RECORD_SLACK, "MemProfile"),
                    source.memProfileRate(), now);
            case "block" -> {
                List<BlockProfileRecord> recs = Profiles.fetch(BlockProfileRecord[]::new, BlockProfileRecord::new,
                        source::blockProfile, Profiles.MEM_BLOCK_RECORD_SLACK, "BlockProfile");
                GoSort.sort(recs, (a, b) -> a.cycles > b.cycles);
                yield pw.block(recs, source.cyclesPerSecond(), now);
            }
            default -> throw new IllegalStateException("unknown built-in profile " + p.name());
        };
    }

    private static List<long[]> stacks(List<StackRecord> records) {
        List<long[]> out = new ArrayList<>(records.size());
        for (StackRecord r : records) {
            out.add(r.stack());
        }
        return out;
    }

    private Profile require(String name) {
        Objects.requireNonNull(name, "profile name");
        return profiles.lookup(name).orElseThrow(
                () -> new IllegalArgumentException("pprof: no profile named \"" + name + "\""));
    }

    /** The CPU profile format StartCPUProfile uses in this format version. */
    public CpuProfiler.Format defaultCpuFormat() {
        return options.format().atLeast(9) ? CpuProfiler.Format.PROTO : CpuProfiler.Format.LEGACY;
    }

    /**
     * pprof.StartCPUProfile(w): from now on each M's virtual SIGPROF (every 10ms of its CPU time)
     * records the running goroutine's stack; the profile is written to {@code w} when
     * {@link #stopCPUProfile} is called.
     *
     * @throws IllegalStateException with Go's message "cpu profiling already in use"
     */
    public void startCPUProfile(OutputStream w) {
        startCPUProfile(w, defaultCpuFormat());
    }

    /** StartCPUProfile writing the given format (legacy binary or profile.proto). */
    public void startCPUProfile(OutputStream w, CpuProfiler.Format format) {
        Objects.requireNonNull(w, "CPU profile writer");
        Objects.requireNonNull(format, "CPU profile format");
        funcs.callUnchecked(PprofFuncs.START_CPU_PROFILE, PprofFuncs.START_CPU_PROFILE_RATE, () -> {
            if (cpu != null) {
                throw new IllegalStateException(CpuProfiler.ALREADY_IN_USE);
            }
            // A profiler per profile: its mapping covers every function defined so far.
            CpuProfiler c = new CpuProfiler(rt.symtab(), options.executable());
            c.start(w, format, Go.nanotime());
            cpu = c;
            rt.kernel().setCpuSampler((gp, stack) -> c.addSample(stack));
            return null;
        });
    }

    /** True while a CPU profile is being taken. */
    public boolean cpuProfiling() {
        return cpu != null;
    }

    /**
     * pprof.StopCPUProfile: stops sampling and writes the profile, returning after the write; a
     * no-op when not profiling. Unlike Go 1.7, a write error is thrown.
     */
    public void stopCPUProfile() throws IOException {
        funcs.call(PprofFuncs.STOP_CPU_PROFILE, PprofFuncs.STOP_CPU_PROFILE_RATE, () -> {
            CpuProfiler c = cpu;
            if (c == null) {
                return null;
            }
            rt.kernel().setCpuSampler(null);
            cpu = null;
            c.stop(Go.nanotime());
            return null;
        });
    }
}
