package gosim.pprof.cpu;

import gosim.pprof.proto.ProfileBuilder;
import gosim.pprof.proto.ProfileProto.Profile;
import gosim.pprof.proto.ProtoWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU profile as profile.proto: models Go 1.9+'s runtime/pprof/proto.go (addCPUData, build)
 * applied to the records of Go 1.7's log.
 *
 * <p>Records with the same stack are merged into one sample, in order of first appearance in the
 * log (Go's profMap keeps insertion order). Values are samples/count and cpu/nanoseconds
 * ({@code count * period}); period_type cpu/nanoseconds with period {@code 1e9/hz}. The leaf PC of a
 * SIGPROF stack is the interrupted instruction, not a return PC, so it is moved one byte forward
 * before the location lookup, which moves every PC one byte back: its location address is then the
 * interrupted PC itself.
 */
final class CpuProfileProto {
    private CpuProfileProto() {
    }

    /** The period between two samples at {@code hz}, in nanoseconds. */
    public static long periodNanos(int hz) {
        return 1_000_000_000L / hz;
    }

    /**
     * The proto of the samples of {@code buffer} (finished here if it was not) taken at virtual time
     * {@code startNanos} over {@code durationNanos}.
     */
    public static Profile encode(ProtoWriter writer, CpuProfileBuffer buffer, long startNanos, long durationNanos) {
        List<CpuProfileBuffer.Record> records = CpuProfileBuffer.records(buffer.finish());
        long period = periodNanos(buffer.hz());
        // Insertion order is first appearance in the log: deterministic, as Go's profMap list.
        Map<List<Long>, Long> merged = new LinkedHashMap<>();
        for (CpuProfileBuffer.Record r : records) {
            merged.merge(Arrays.stream(r.stack()).boxed().toList(), r.count(), Long::sum);
        }
        ProfileBuilder b = writer.newBuilder()
                .periodType("cpu", "nanoseconds")
                .period(period)
                .sampleType("samples", "count")
                .sampleType("cpu", "nanoseconds")
                .timeNanos(startNanos)
                .durationNanos(durationNanos);
        for (Map.Entry<List<Long>, Long> e : merged.entrySet()) {
            long[] stk = e.getKey().stream().mapToLong(Long::longValue).toArray();
            stk[0]++; // the interrupted PC, made to look like a return PC
            b.addSample(new long[] {e.getValue(), e.getValue() * period}, b.locsForStack(stk));
        }
        return b.build();
    }
}
