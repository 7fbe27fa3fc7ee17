package gosim.pprof.proto;

import gosim.mprof.BlockProfileRecord;
import gosim.mprof.MemProfileRecord;
import gosim.pprof.proto.ProfileProto.Profile;
import gosim.sim.Func;
import gosim.sim.Symtab;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The profile.proto encoders of the predefined profiles: models Go 1.9+'s runtime/pprof
 * writeHeapProto and scaleHeapSample (protomem.go), printCountProfile at debug=0 (pprof.go) and
 * printCountCycleProfile (Go 1.11's block and mutex proto) on top of {@link ProfileBuilder}.
 *
 * <p>Count profiles carry every stack, the empty one included: Go's threadcreate profile often
 * holds threads created with no recorded stack; the text form prints them as a line {@code "4 @"},
 * which google/pprof rejects ("malformed profile format"), while here they become a sample with a
 * value and no locations, which pprof reads.
 *
 * <p>Each method returns the Profile message; {@link #write} gzips one onto a stream.
 */
public final class ProtoWriter {
    /** Block and mutex profiles: the count sample type. */
    public static final String CONTENTIONS = "contentions";
    /** Block and mutex profiles: the time sample type. */
    public static final String DELAY = "delay";

    private final Symtab symtab;
    private final TextSegment text;

    /** Encoders for the simulated process whose executable is {@code executable}. */
    public ProtoWriter(Symtab symtab, String executable) {
        this.symtab = Objects.requireNonNull(symtab, "symtab");
        this.text = TextSegment.of(symtab, executable);
    }

    /** The mapping the profiles describe. */
    public TextSegment text() {
        return text;
    }

    /** A fresh builder on this process's symbols and mapping. */
    public ProfileBuilder newBuilder() {
        return new ProfileBuilder(symtab, text);
    }

    /** Writes {@code p} gzipped to {@code w}, throwing the writer's errors. */
    public static void write(Profile p, OutputStream w) throws IOException {
        ProfileBuilder.writeGzipped(p, w);
    }

    /**
     * scaleHeapSample: undoes heap sampling. With sampling rate {@code rate} an allocation of
     * {@code avg = size/count} bytes is recorded with probability {@code 1-exp(-avg/rate)}, so both
     * totals are divided by it. (0, 0) when count or size is 0; unscaled when rate &lt;= 1.
     *
     * @return {scaled count, scaled size}
     */
    public static long[] scaleHeapSample(long count, long size, long rate) {
        if (count == 0 || size == 0) {
            return new long[] {0, 0};
        }
        if (rate <= 1) {
            return new long[] {count, size};
        }
        double avgSize = (double) size / (double) count;
        double scale = 1 / (1 - Math.exp(-avgSize / (double) rate));
        return new long[] {(long) (count * scale), (long) (size * scale)};
    }

    /**
     * writeHeapProto: the heap profile of {@code records} (in MemProfile order: Go encodes them
     * unsorted) taken with {@code runtime.MemProfileRate == memProfileRate}. Sample types
     * alloc_objects/count, alloc_space/bytes, inuse_objects/count, inuse_space/bytes, scaled by
     * {@link #scaleHeapSample}; period_type space/bytes with period memProfileRate; each sample with
     * a number label "bytes" = AllocBytes/AllocObjects (left out when 0). Leading runtime frames
     * are hidden unless that would leave no frame.
     */
    public Profile heap(List<MemProfileRecord> records, long memProfileRate, long timeNanos) {
        ProfileBuilder b = newBuilder()
                .periodType("space", "bytes")
                .period(memProfileRate)
                .sampleType("alloc_objects", "count")
                .sampleType("alloc_space", "bytes")
                .sampleType("inuse_objects", "count")
                .sampleType("inuse_space", "bytes")
                .timeNanos(timeNanos);
        for (MemProfileRecord r : records) {
            long[] locs = heapLocs(b, r.stack());
            long[] alloc = scaleHeapSample(r.allocObjects, r.allocBytes, memProfileRate);
            long[] inuse = scaleHeapSample(r.inUseObjects(), r.inUseBytes(), memProfileRate);
            long[] values = {alloc[0], alloc[1], inuse[0], inuse[1]};
            long blockSize = r.allocObjects > 0 ? r.allocBytes / r.allocObjects : 0;
            if (blockSize != 0) {
                b.addSample(values, locs, b.numLabel("bytes", blockSize));
            } else {
                b.addSample(values, locs);
            }
        }
        return b.build();
    }

    /** The heap writer's stack: hide leading runtime.* frames, retrying with all if none is left. */
    private long[] heapLocs(ProfileBuilder b, long[] stack) {
        int first = 0;
        while (first < stack.length && isRuntime(stack[first])) {
            first++;
        }
        long[] locs = b.locsForStack(Arrays.copyOfRange(stack, first, stack.length));
        return locs.length > 0 || first == 0 ? locs : b.locsForStack(stack);
    }

    private boolean isRuntime(long pc) {
        Func f = symtab.funcForPC(pc);
        return f != null && f.isRuntime();
    }

    /**
     * printCountProfile at debug=0: one sample per distinct stack with the number of times it
     * occurs in {@code stacks} (one stack per goroutine, thread or user-profile value, return PCs,
     * empty stacks included), ordered as Go 1.7's keysByCount: count descending, then the text key
     * {@code "@ 0x.. 0x.."} ascending. period_type and sample type {@code name}/count, period 1.
     */
    public Profile count(String name, List<long[]> stacks, long timeNanos) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("count profile needs a name");
        }
        Map<String, Group> groups = new HashMap<>();
        List<Group> order = new ArrayList<>();
        for (long[] stk : stacks) {
            Group g = groups.computeIfAbsent(stackKey(stk), k -> {
                Group n = new Group(k, stk);
                order.add(n);
                return n;
            });
            g.count++;
        }
        order.sort(Comparator.comparingLong((Group g) -> -g.count).thenComparing(g -> g.key));
        ProfileBuilder b = newBuilder()
                .periodType(name, "count")
                .period(1)
                .sampleType(name, "count")
                .timeNanos(timeNanos);
        for (Group g : order) {
            b.addSample(new long[] {g.count}, b.locsForStack(g.stack));
        }
        return b.build();
    }

    /** The stacks of a count profile that share one key, and how many there are. */
    private static final class Group {
        final String key;
        final long[] stack;
        long count;

        Group(String key, long[] stack) {
            this.key = key;
            this.stack = stack;
        }
    }

    /**
     * The key pprof's count profiles group and order stacks by: "@" then " %#x" per PC, up to the
     * first 0.
     */
    public static String stackKey(long[] stack) {
        int n = 0;
        while (n < stack.length && stack[n] != 0) {
            n++;
        }
        return gosim.pprof.text.TextProfiles.stackKey(java.util.Arrays.copyOf(stack, n));
    }

    /**
     * The block profile (Go 1.11's printCountCycleProfile with the block names): samples
     * contentions/count and delay/nanoseconds with {@code delay = int64(float64(Cycles) /
     * (cyclesPerSecond/1e9))}; period_type contentions/count, period 1. Records in the order given
     * (Go passes them sorted by Cycles descending).
     */
    public Profile block(List<BlockProfileRecord> records, long cyclesPerSecond, long timeNanos) {
        return countCycle(records, cyclesPerSecond, timeNanos);
    }

    /** The mutex profile: the same encoding and names as {@link #block} (Go 1.8+). */
    public Profile mutex(List<BlockProfileRecord> records, long cyclesPerSecond, long timeNanos) {
        return countCycle(records, cyclesPerSecond, timeNanos);
    }

    private Profile countCycle(List<BlockProfileRecord> records, long cyclesPerSecond, long timeNanos) {
        if (cyclesPerSecond <= 0) {
            throw new IllegalArgumentException("cycles per second must be positive, got " + cyclesPerSecond);
        }
        ProfileBuilder b = newBuilder()
                .periodType(CONTENTIONS, "count")
                .period(1)
                .sampleType(CONTENTIONS, "count")
                .sampleType(DELAY, "nanoseconds")
                .timeNanos(timeNanos);
        double cpuGHz = (double) cyclesPerSecond / 1e9;
        for (BlockProfileRecord r : records) {
            long delay = (long) ((double) r.cycles / cpuGHz);
            b.addSample(new long[] {r.count, delay}, b.locsForStack(r.stack()));
        }
        return b.build();
    }
}
