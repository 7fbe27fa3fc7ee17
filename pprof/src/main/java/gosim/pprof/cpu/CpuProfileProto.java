package gosim.pprof.cpu;

import gosim.pprof.proto.ProfileBuilder;
import gosim.pprof.proto.ProfileProto.Profile;
import gosim.pprof.proto.ProtoWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
public final class CpuProfileProto {
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
        Map<List<Long>, Integer> index = new HashMap<>();
        List<long[]> stacks = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        for (CpuProfileBuffer.Record r : records) {
            List<Long> key = Arrays.stream(r.stack()).boxed().toList();
            Integer i = index.get(key);
            if (i == null) {
                i = stacks.size();
                index.put(key, i);
                stacks.add(r.stack());
                counts.add(new long[1]);
            }
            counts.get(i)[0] += r.count();
        }
        ProfileBuilder b = writer.newBuilder()
                .periodType("cpu", "nanoseconds")
                .period(period)
                .sampleType("samples", "count")
                .sampleType("cpu", "nanoseconds")
                .timeNanos(startNanos)
                .durationNanos(durationNanos);
        for (int i = 0; i < stacks.size(); i++) {
            long[] stk = stacks.get(i).clone();
            stk[0]++;
            long n = counts.get(i)[0];
            b.addSample(new long[] {n, n * period}, b.locsForStack(stk));
        }
        return b.build();
    }
}
