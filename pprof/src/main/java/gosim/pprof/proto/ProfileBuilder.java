package gosim.pprof.proto;

import gosim.pprof.proto.ProfileProto.Function;
import gosim.pprof.proto.ProfileProto.Label;
import gosim.pprof.proto.ProfileProto.Line;
import gosim.pprof.proto.ProfileProto.Location;
import gosim.pprof.proto.ProfileProto.Mapping;
import gosim.pprof.proto.ProfileProto.Profile;
import gosim.pprof.proto.ProfileProto.Sample;
import gosim.pprof.proto.ProfileProto.ValueType;
import gosim.sim.Frame;
import gosim.sim.Symtab;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Assembles one profile.proto message: models Go 1.9+'s runtime/pprof/proto.go profileBuilder
 * (stringIndex, locForPC, pbSample, pbLabel, build) on the simulated symbol table.
 *
 * <p>Strings are interned in {@code string_table} with "" at index 0. Each distinct return PC gets one
 * Location, numbered from 1 in order of first use, whose address is the PC of the call instruction
 * ({@code returnPC - 1}, the {@code frame.PC} that CallersFrames reports) and whose single Line names
 * the function and line of that PC; functions are numbered from 1 in order of first use and carry
 * name, system name, file and start line. A return PC in {@code runtime.goexit} yields no location,
 * as in Go. A PC outside every function gets a Location with its address and no Line, so pprof shows
 * the address rather than an empty function name. Every location inside the text segment refers to
 * the single Mapping (id 1) that describes it.
 *
 * <p>Not thread-safe: one builder writes one profile.
 */
public final class ProfileBuilder {
    /** The id of the one mapping (the simulated executable's text). */
    public static final long TEXT_MAPPING_ID = 1;
    /** The function in which every goroutine's stack ends; Go leaves it out of profiles. */
    public static final String GOEXIT = "runtime.goexit";

    private final Symtab symtab;
    private final TextSegment text;
    private final Profile.Builder pb = Profile.newBuilder();
    private final Map<String, Long> strings = new HashMap<>();
    /** Return PC to location id; 0 for PCs in goexit. */
    private final Map<Long, Long> locs = new HashMap<>();
    private final Map<String, Long> funcs = new HashMap<>();
    private boolean built;

    public ProfileBuilder(Symtab symtab, TextSegment text) {
        this.symtab = Objects.requireNonNull(symtab, "symtab");
        this.text = Objects.requireNonNull(text, "text segment");
        long empty = stringIndex("");
        if (!(empty == 0)) throw gosim.sim.GoFatal.thrown("string_table[0] must be the empty string");
    }

    /** The index of {@code s} in the string table, adding it on first use. */
    public long stringIndex(String s) {
        Objects.requireNonNull(s, "profile string");
        Long i = strings.get(s);
        if (i == null) {
            i = (long) pb.getStringTableCount();
            pb.addStringTable(s);
            strings.put(s, i);
        }
        return i;
    }

    private ValueType valueType(String type, String unit) {
        return ValueType.newBuilder().setType(stringIndex(type)).setUnit(stringIndex(unit)).build();
    }

    /** Sets period_type (the kind of event counted between two samples). */
    public ProfileBuilder periodType(String type, String unit) {
        pb.setPeriodType(valueType(type, unit));
        return this;
    }

    /** Sets period, in period_type units. */
    public ProfileBuilder period(long period) {
        pb.setPeriod(period);
        return this;
    }

    /** Appends one sample type; every sample then needs one value per sample type, in order. */
    public ProfileBuilder sampleType(String type, String unit) {
        if (pb.getSampleCount() > 0) {
            throw new IllegalStateException("sample types must be declared before the first sample");
        }
        pb.addSampleType(valueType(type, unit));
        return this;
    }

    /** Sets time_nanos: when the profile was taken, in (virtual) nanoseconds since the epoch. */
    public ProfileBuilder timeNanos(long nanos) {
        pb.setTimeNanos(nanos);
        return this;
    }

    /** Sets duration_nanos: the (virtual) time the profile covers. */
    public ProfileBuilder durationNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("negative profile duration " + nanos + "ns");
        }
        pb.setDurationNanos(nanos);
        return this;
    }

    /**
     * locForPC: the id of the Location of return PC {@code addr}, creating it (and its function) on
     * first use; 0 when the PC is in runtime.goexit, which callers leave out of the sample.
     */
    public long locForPC(long addr) {
        Long id = locs.get(addr);
        if (id != null) {
            return id;
        }
        Frame frame = symtab.callersFrames(new long[] {addr}).getFirst();
        if (addr == 0 || GOEXIT.equals(frame.function())) {
            locs.put(addr, 0L);
            return 0;
        }
        id = (long) pb.getLocationCount() + 1;
        // Go 1.8+ writes the return PC minus one, whether or not a function covers it.
        long address = frame.known() ? frame.pc() : addr - 1;
        Location.Builder loc = Location.newBuilder().setId(id).setAddress(address);
        if (text.contains(address)) {
            loc.setMappingId(TEXT_MAPPING_ID);
        }
        if (frame.known()) {
            loc.addLine(Line.newBuilder().setFunctionId(funcID(frame)).setLine(frame.line()));
        }
        pb.addLocation(loc);
        locs.put(addr, id);
        return id;
    }

    private long funcID(Frame frame) {
        Long id = funcs.get(frame.function());
        if (id == null) {
            id = (long) pb.getFunctionCount() + 1;
            long name = stringIndex(frame.function());
            pb.addFunction(Function.newBuilder()
                    .setId(id)
                    .setName(name)
                    .setSystemName(name)
                    .setFilename(stringIndex(frame.file()))
                    .setStartLine(frame.func().startLine()));
            funcs.put(frame.function(), id);
        }
        return id;
    }

    /**
     * The location ids of a stack of return PCs (leaf first, up to the first 0), leaving out
     * runtime.goexit as Go's writers do.
     */
    public long[] locsForStack(long[] stack) {
        long[] out = new long[stack.length];
        int n = 0;
        for (long pc : stack) {
            if (pc == 0) {
                break;
            }
            long id = locForPC(pc);
            if (id != 0) {
                out[n++] = id;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** A label with a number value (pbLabel with an empty string). */
    public Label numLabel(String key, long num) {
        return Label.newBuilder().setKey(stringIndex(key)).setNum(num).build();
    }

    /** A label with a string value. */
    public Label strLabel(String key, String str) {
        return Label.newBuilder().setKey(stringIndex(key)).setStr(stringIndex(str)).build();
    }

    /** pbSample: one sample with a value per sample type and its locations, leaf first. */
    public void addSample(long[] values, long[] locationIds, Label... labels) {
        checkOpen();
        if (values.length != pb.getSampleTypeCount()) {
            throw new IllegalArgumentException("sample has " + values.length + " values but the profile has "
                    + pb.getSampleTypeCount() + " sample types");
        }
        Sample.Builder s = Sample.newBuilder();
        for (long id : locationIds) {
            if (id <= 0 || id > pb.getLocationCount()) {
                throw new IllegalArgumentException("sample refers to unknown location id " + id);
            }
            s.addLocationId(id);
        }
        for (long v : values) {
            s.addValue(v);
        }
        for (Label l : labels) {
            s.addLabel(l);
        }
        pb.addSample(s);
    }

    /** The finished profile (the mapping is added here). The builder can't be used afterwards. */
    public Profile build() {
        checkOpen();
        if (pb.getSampleTypeCount() == 0) {
            throw new IllegalStateException("a profile needs at least one sample type");
        }
        built = true;
        // All four flags: the simulated symbol table resolves every PC of the text to function,
        // file and line, and there is no inlining whose frames could be missing.
        pb.addMapping(Mapping.newBuilder()
                .setId(TEXT_MAPPING_ID)
                .setMemoryStart(text.start())
                .setMemoryLimit(text.limit())
                .setFileOffset(text.fileOffset())
                .setFilename(stringIndex(text.file()))
                .setBuildId(stringIndex(""))
                .setHasFunctions(true)
                .setHasFilenames(true)
                .setHasLineNumbers(true)
                .setHasInlineFrames(true));
        return pb.build();
    }

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("profile already built");
        }
    }

    /** build() and gzip, as Go writes profiles. */
    public byte[] buildGzipped() {
        return gzip(build());
    }

    /** The gzipped encoding of {@code p}, at the fastest compression level as Go 1.9+ writes it. */
    public static byte[] gzip(Profile p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeGzipped(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** Writes the gzipped encoding of {@code p} to {@code w}; write errors are thrown, not dropped. */
    public static void writeGzipped(Profile p, OutputStream w) throws IOException {
        try (GZIPOutputStream gz = new FastGzip(w)) {
            p.writeTo(gz);
        }
    }

    /** GZIPOutputStream at gzip.BestSpeed; closing it does not close the caller's stream. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(new NonClosing(out));
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
