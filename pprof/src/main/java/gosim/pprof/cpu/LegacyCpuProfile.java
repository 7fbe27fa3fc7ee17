package gosim.pprof.cpu;

import gosim.pprof.proto.TextSegment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The legacy binary CPU profile of Go 1.0-1.7: models the bytes Go 1.7's pprof.go profileWriter
 * writes (runtime.CPUProfile's uintptr words, then the memory map on linux).
 *
 * <p>The words are written as linux/amd64 stores uintptrs: 8 bytes each, little-endian. After the
 * end-of-data record comes {@link #MAPPED_LIBRARIES} and a copy of /proc/self/maps, here the one
 * line of the simulated text segment; google/pprof's legacy parser takes the executable mapping from
 * it.
 */
final class LegacyCpuProfile {
    /** The separator Go writes between the samples and the memory map. */
    public static final String MAPPED_LIBRARIES = "\nMAPPED_LIBRARIES:\n";
    /** Bytes per uintptr word on the simulated 64-bit platform. */
    public static final int WORD_BYTES = 8;

    private LegacyCpuProfile() {
    }

    /** The profile bytes: {@code log} (header, records, end-of-data) then the memory map. */
    public static byte[] encode(long[] log, TextSegment text) {
        byte[] maps = (MAPPED_LIBRARIES + text.procMapsLine()).getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(log.length * WORD_BYTES + maps.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long w : log) {
            buf.putLong(w);
        }
        buf.put(maps);
        return buf.array();
    }

    /** Writes {@link #encode} to {@code w}, throwing the writer's errors. */
    public static void write(long[] log, TextSegment text, OutputStream w) throws IOException {
        w.write(encode(log, text));
        w.flush();
    }
}
