package gosim.pprof.cpu;

import gosim.pprof.proto.ProtoWriter;
import gosim.sim.Symtab;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * StartCPUProfile / StopCPUProfile: models Go 1.7's runtime/pprof/pprof.go (the cpu struct,
 * StartCPUProfile, profileWriter, StopCPUProfile) over {@code CpuProfileBuffer}.
 *
 * <p>The kernel delivers a virtual SIGPROF to each M every {@link #periodNanos()} of that M's virtual
 * CPU time while {@link #profiling()} is true, calling {@link #addSample} with the stack of the G
 * running on it. Go's profile writer goroutine streams the log as it fills; the model writes the
 * whole profile when profiling stops (same bytes, since that writer never falls behind here).
 *
 * <p>Unlike Go 1.7, whose profileWriter drops write errors, {@link #stop} throws them. Called only
 * from the simulator loop: not thread-safe.
 */
public final class CpuProfiler {
    /** The rate StartCPUProfile hard-codes: 100 samples per second of CPU time. */
    public static final int HZ = 100;
    /** Go's error text when StartCPUProfile is called while a profile is running. */
    public static final String ALREADY_IN_USE = "cpu profiling already in use";

    /** The encoding of the written profile. */
    public enum Format {
        /** Go 1.7: the legacy binary format followed by MAPPED_LIBRARIES. */
        LEGACY,
        /** Go 1.9+: gzipped profile.proto. */
        PROTO
    }

    private final ProtoWriter writer;
    private boolean profiling;
    private CpuProfileBuffer buffer;
    private OutputStream out;
    private Format format;
    private long startNanos;

    /** A profiler for the process whose text is {@code symtab}, executable {@code executable}. */
    public CpuProfiler(Symtab symtab, String executable) {
        this.writer = new ProtoWriter(symtab, executable);
    }

    /** The virtual CPU time between two SIGPROFs of one M: 1e9/HZ ns (10ms). */
    public static long periodNanos() {
        return CpuProfileProto.periodNanos(HZ);
    }

    /** True between a successful start and the next stop. */
    public boolean profiling() {
        return profiling;
    }

    /** StartCPUProfile(w) of Go 1.7: the legacy format. */
    public void start(OutputStream w, long nowNanos) {
        start(w, Format.LEGACY, nowNanos);
    }

    /**
     * StartCPUProfile: profiling on at virtual time {@code nowNanos}, the profile to be written to
     * {@code w} in {@code format} when it stops.
     *
     * @throws IllegalStateException with message {@value #ALREADY_IN_USE} when already profiling
     */
    public void start(OutputStream w, Format format, long nowNanos) {
        Objects.requireNonNull(w, "CPU profile writer");
        Objects.requireNonNull(format, "CPU profile format");
        if (profiling) {
            throw new IllegalStateException(ALREADY_IN_USE);
        }
        profiling = true;
        buffer = new CpuProfileBuffer(HZ);
        out = w;
        this.format = format;
        startNanos = nowNanos;
    }

    /**
     * The virtual SIGPROF: one tick of CPU time on {@code stack}, the running G's stack with the
     * interrupted PC first (a PC inside the running function, e.g. {@code Func.pcOfLine(line)}) and
     * the return PCs of its callers after it, as gentraceback gives it to sigprof. Ignored when not
     * profiling, like a SIGPROF arriving after the rate went to 0.
     */
    public void addSample(long[] stack) {
        if (!profiling) {
            return;
        }
        buffer.add(stack);
    }

    /**
     * StopCPUProfile at virtual time {@code nowNanos}: flushes and writes the profile, then returns.
     * Does nothing when not profiling. Profiling is off afterwards even if the write fails.
     */
    public void stop(long nowNanos) throws IOException {
        if (!profiling) {
            return;
        }
        if (nowNanos < startNanos) {
            throw new IllegalArgumentException("CPU profile stopped at " + nowNanos + "ns, before its start at "
                    + startNanos + "ns");
        }
        profiling = false;
        CpuProfileBuffer b = buffer;
        OutputStream w = out;
        buffer = null;
        out = null;
        switch (format) {
            case LEGACY -> LegacyCpuProfile.write(b.finish(), writer.text(), w);
            case PROTO -> ProtoWriter.write(CpuProfileProto.encode(writer, b, startNanos, nowNanos - startNanos), w);
        }
    }
}
