package gosim.specs.realgo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A program's output split into plain text lines and the Go text profiles and goroutine dumps found
 * in it, in order: the comparable model of what runtime/pprof's debug>=1 writers (Go 1.7 pprof.go
 * printCountProfile, writeHeap, writeBlock) and runtime's traceback (goroutineheader, traceback,
 * printcreatedby) print. Addresses are kept only where they carry meaning (a stack's PCs versus the
 * first printed frame's PC, to tell whether leading runtime frames were hidden).
 */
public record ParsedOutput(List<Section> sections) {
    public ParsedOutput {
        sections = List.copyOf(sections);
    }

    /** One piece of output. */
    public sealed interface Section permits TextLine, CountProfile, HeapProfile, BlockProfile, GoroutineDump {
    }

    /** A line that belongs to no profile or dump. */
    public record TextLine(String text) implements Section {
    }

    /** One frame of a stack: function name, file base name (directories dropped) and line. */
    public record Frame(String function, String file, int line) {
        /** Whether this frame is the program's own code (package main), as opposed to Go's libraries. */
        public boolean isUser() {
            return function.startsWith("main.");
        }

        @Override
        public String toString() {
            return function + " " + file + ":" + line;
        }
    }

    /**
     * A profile record's stack: the PCs of its "@" line and the frames of its "#" comment lines
     * (empty when printed at debug=0). {@code firstFramePc} is the PC printed on the first comment
     * line, or -1.
     */
    public record Stack(List<Long> pcs, List<Frame> frames, long firstFramePc) {
        public Stack {
            pcs = List.copyOf(pcs);
            frames = List.copyOf(frames);
        }

        /** The frames of package main, outermost last, as printed. */
        public List<Frame> userFrames() {
            return frames.stream().filter(Frame::isUser).toList();
        }

        /**
         * Whether printStackRecord hid leading runtime frames: the first printed frame is not the
         * record's first PC (printed PCs are return PCs minus one). Such a record is an allocation or
         * event inside the runtime made on behalf of the frames shown (malg for a go statement,
         * growslice for append, concatstrings...).
         */
        public boolean leadingFramesHidden() {
            return !pcs.isEmpty() && firstFramePc >= 0 && pcs.get(0) - 1 != firstFramePc;
        }
    }

    /** "NAME profile: total N" and its records (goroutine, threadcreate, user-defined profiles). */
    public record CountProfile(String name, long total, List<CountRecord> records) implements Section {
        public CountProfile {
            records = List.copyOf(records);
        }
    }

    /** "N @ pcs" and its stack. */
    public record CountRecord(long count, Stack stack) {
    }

    /**
     * "heap profile: inuse: bytes [alloc: bytes] @ heap/2*rate", its records and the
     * "# runtime.MemStats" trailer as name to text value.
     */
    public record HeapProfile(long inuseObjects, long inuseBytes, long allocObjects, long allocBytes,
            long doubleRate, List<HeapRecord> records, Map<String, String> memStats) implements Section {
        public HeapProfile {
            records = List.copyOf(records);
            memStats = Map.copyOf(memStats);
        }

        /** runtime.MemProfileRate when the profile was written (the header prints twice the rate). */
        public long memProfileRate() {
            return doubleRate / 2;
        }
    }

    /** "inuseObjects: inuseBytes [allocObjects: allocBytes] @ pcs" and its stack. */
    public record HeapRecord(long inuseObjects, long inuseBytes, long allocObjects, long allocBytes, Stack stack) {
    }

    /** "--- contention:" (block) or "--- mutex:" profile. */
    public record BlockProfile(String kind, String cyclesPerSecond, List<BlockRecord> records) implements Section {
        public BlockProfile {
            records = List.copyOf(records);
        }
    }

    /** "cycles count @ pcs" and its stack. */
    public record BlockRecord(long cycles, long count, Stack stack) {
    }

    /** Consecutive goroutine tracebacks (pprof debug=2, runtime.Stack, a panic or fatal error). */
    public record GoroutineDump(List<Goroutine> goroutines) implements Section {
        public GoroutineDump {
            goroutines = List.copyOf(goroutines);
        }
    }

    /**
     * One traceback: "goroutine ID [STATUS(, N minutes)(, locked to thread)]:", its frames
     * (innermost first, arguments dropped) and its creator, null for goroutine 1.
     */
    public record Goroutine(long id, String status, boolean lockedToThread, List<Frame> frames, Frame createdBy) {
        public Goroutine {
            frames = List.copyOf(frames);
        }

        public List<Frame> userFrames() {
            return frames.stream().filter(Frame::isUser).toList();
        }
    }

    /** Sections of one type, in order. */
    public <T extends Section> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Section s : sections) {
            if (type.isInstance(s)) {
                out.add(type.cast(s));
            }
        }
        return out;
    }

    /** The text lines, in order. */
    public List<String> textLines() {
        return all(TextLine.class).stream().map(TextLine::text).toList();
    }

    /** The count profiles called name, in order. */
    public List<CountProfile> countProfiles(String name) {
        return all(CountProfile.class).stream().filter(p -> p.name().equals(name)).toList();
    }
}
