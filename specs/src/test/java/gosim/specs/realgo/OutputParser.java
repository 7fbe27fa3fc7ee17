package gosim.specs.realgo;

import gosim.specs.realgo.ParsedOutput.BlockProfile;
import gosim.specs.realgo.ParsedOutput.BlockRecord;
import gosim.specs.realgo.ParsedOutput.CountProfile;
import gosim.specs.realgo.ParsedOutput.CountRecord;
import gosim.specs.realgo.ParsedOutput.Frame;
import gosim.specs.realgo.ParsedOutput.Goroutine;
import gosim.specs.realgo.ParsedOutput.GoroutineDump;
import gosim.specs.realgo.ParsedOutput.HeapProfile;
import gosim.specs.realgo.ParsedOutput.HeapRecord;
import gosim.specs.realgo.ParsedOutput.Section;
import gosim.specs.realgo.ParsedOutput.Stack;
import gosim.specs.realgo.ParsedOutput.TextLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a program's stdout or stderr into {@link ParsedOutput}: the text formats of Go 1.7's
 * runtime/pprof (printCountProfile, writeHeap, writeBlock, printStackRecord) and of runtime
 * tracebacks (goroutineheader, traceback1, printcreatedby), as real Go 1.19 and the simulator
 * print them. Lines that belong to no profile or dump stay text lines.
 */
public final class OutputParser {
    private static final Pattern COUNT_HEADER = Pattern.compile("^(\\S+) profile: total (\\d+)$");
    private static final Pattern HEAP_HEADER =
            Pattern.compile("^heap profile: (\\d+): (\\d+) \\[(\\d+): (\\d+)\\] @ heap/(\\d+)$");
    private static final Pattern BLOCK_HEADER = Pattern.compile("^--- (contention|mutex):$");
    private static final Pattern CYCLES = Pattern.compile("^cycles/second=(\\S+)$");
    private static final Pattern COUNT_RECORD = Pattern.compile("^(\\d+) @((?: 0x[0-9a-f]+)*)$");
    private static final Pattern HEAP_RECORD =
            Pattern.compile("^(\\d+): (\\d+) \\[(\\d+): (\\d+)\\] @((?: 0x[0-9a-f]+)*)$");
    private static final Pattern BLOCK_RECORD = Pattern.compile("^(\\d+) (\\d+) @((?: 0x[0-9a-f]+)*)$");
    private static final Pattern MEMSTAT = Pattern.compile("^# (\\w+) = (.*)$");
    private static final Pattern GOROUTINE_HEADER = Pattern.compile("^goroutine (\\d+) \\[([^\\]]*)\\]:$");
    /** A traceback frame line: a function name and its (possibly elided) argument list. */
    private static final Pattern TRACE_FUNC = Pattern.compile("^(\\S+)\\((.*)\\)$");
    private static final Pattern TRACE_POS = Pattern.compile("^\\t(\\S+):(\\d+)(?: \\+0x[0-9a-f]+)?$");
    private static final Pattern CREATED_BY = Pattern.compile("^created by (\\S+)(?: in goroutine \\d+)?$");
    private static final Pattern HEX = Pattern.compile("^0x[0-9a-f]{1,16}$");
    private static final String ELIDED = "...additional frames elided...";
    private static final String LOCKED = "locked to thread";

    private final List<String> lines;
    private int i;

    private OutputParser(String text) {
        this.lines = List.of(text.split("\n", -1));
    }

    /** Parses text (a whole stdout or stderr). */
    public static ParsedOutput parse(String text) {
        OutputParser p = new OutputParser(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        return new ParsedOutput(p.sections(text.isEmpty()));
    }

    private List<Section> sections(boolean empty) {
        List<Section> out = new ArrayList<>();
        if (empty) {
            return out;
        }
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m;
            if ((m = COUNT_HEADER.matcher(line)).matches()) {
                i++;
                out.add(countProfile(m.group(1), Long.parseLong(m.group(2))));
            } else if ((m = HEAP_HEADER.matcher(line)).matches()) {
                i++;
                out.add(heapProfile(m));
            } else if ((m = BLOCK_HEADER.matcher(line)).matches()) {
                i++;
                out.add(blockProfile(m.group(1)));
            } else if (GOROUTINE_HEADER.matcher(line).matches()) {
                out.add(goroutineDump());
            } else {
                i++;
                out.add(new TextLine(line));
            }
        }
        return out;
    }

    private CountProfile countProfile(String name, long total) {
        List<CountRecord> records = new ArrayList<>();
        while (i < lines.size()) {
            Matcher m = COUNT_RECORD.matcher(lines.get(i));
            if (m.matches()) {
                i++;
                records.add(new CountRecord(Long.parseLong(m.group(1)), stack(m.group(2))));
            } else if (!skipBlank()) {
                break;
            }
        }
        return new CountProfile(name, total, records);
    }

    private HeapProfile heapProfile(Matcher h) {
        List<HeapRecord> records = new ArrayList<>();
        Map<String, String> memStats = new LinkedHashMap<>();
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m = HEAP_RECORD.matcher(line);
            Matcher s = MEMSTAT.matcher(line);
            if (m.matches()) {
                i++;
                records.add(new HeapRecord(num(m, 1), num(m, 2), num(m, 3), num(m, 4), stack(m.group(5))));
            } else if (line.equals("# runtime.MemStats")) {
                i++;
            } else if (s.matches()) {
                i++;
                memStats.put(s.group(1), s.group(2));
            } else if (!skipBlank()) {
                break;
            }
        }
        return new HeapProfile(num(h, 1), num(h, 2), num(h, 3), num(h, 4), num(h, 5), records, memStats);
    }

    private BlockProfile blockProfile(String kind) {
        String cyclesPerSecond = "";
        if (i < lines.size()) {
            Matcher c = CYCLES.matcher(lines.get(i));
            if (c.matches()) {
                cyclesPerSecond = c.group(1);
                i++;
            }
        }
        List<BlockRecord> records = new ArrayList<>();
        while (i < lines.size()) {
            Matcher m = BLOCK_RECORD.matcher(lines.get(i));
            if (m.matches()) {
                i++;
                records.add(new BlockRecord(num(m, 1), num(m, 2), stack(m.group(3))));
            } else if (!skipBlank()) {
                break;
            }
        }
        return new BlockProfile(kind, cyclesPerSecond, records);
    }

    /** The "#\tPC\tfunc+off\tfile:line" comment lines after a record ("#\t0x0" alone for no function). */
    private Stack stack(String pcText) {
        List<Long> pcs = new ArrayList<>();
        for (String w : pcText.trim().split(" ")) {
            if (!w.isEmpty()) {
                pcs.add(hex(w));
            }
        }
        List<Frame> frames = new ArrayList<>();
        long firstPc = -1;
        while (i < lines.size() && lines.get(i).startsWith("#\t")) {
            List<String> cells = new ArrayList<>();
            for (String c : lines.get(i).substring(2).split("\t")) {
                if (!c.isEmpty()) {
                    cells.add(c);
                }
            }
            i++;
            if (cells.isEmpty()) {
                continue;
            }
            if (firstPc < 0) {
                firstPc = hex(cells.get(0));
            }
            if (cells.size() >= 3) {
                String fn = cells.get(1);
                int plus = fn.lastIndexOf("+0x");
                frames.add(frame(plus >= 0 ? fn.substring(0, plus) : fn, cells.get(2)));
            }
        }
        return new Stack(pcs, frames, firstPc);
    }

    private GoroutineDump goroutineDump() {
        List<Goroutine> gs = new ArrayList<>();
        while (i < lines.size()) {
            Matcher h = GOROUTINE_HEADER.matcher(lines.get(i));
            if (!h.matches()) {
                // a blank line separates goroutines; anything else ends the dump
                if (lines.get(i).isEmpty() && i + 1 < lines.size()
                        && GOROUTINE_HEADER.matcher(lines.get(i + 1)).matches()) {
                    i++;
                    continue;
                }
                break;
            }
            i++;
            gs.add(goroutine(Long.parseLong(h.group(1)), h.group(2)));
        }
        return new GoroutineDump(gs);
    }

    private Goroutine goroutine(long id, String bracket) {
        String[] parts = bracket.split(", ");
        boolean locked = false;
        for (String p : parts) {
            locked |= p.equals(LOCKED);
        }
        List<Frame> frames = new ArrayList<>();
        Frame createdBy = null;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher f = TRACE_FUNC.matcher(line);
            Matcher c = CREATED_BY.matcher(line);
            Matcher pos = i + 1 < lines.size() ? TRACE_POS.matcher(lines.get(i + 1)) : null;
            if (line.equals(ELIDED)) {
                i++;
            } else if (c.matches() && pos != null && pos.matches()) {
                createdBy = frame(c.group(1), pos.group(1) + ":" + pos.group(2));
                i += 2;
            } else if (f.matches() && pos != null && pos.matches()) {
                frames.add(frame(f.group(1), pos.group(1) + ":" + pos.group(2)));
                i += 2;
            } else {
                break;
            }
        }
        return new Goroutine(id, parts[0], locked, frames, createdBy);
    }

    /** A frame from a function name and "path/file.go:line", keeping only the file's base name. */
    private static Frame frame(String function, String fileLine) {
        int colon = fileLine.lastIndexOf(':');
        String path = colon >= 0 ? fileLine.substring(0, colon) : fileLine;
        int line = 0;
        if (colon >= 0) {
            try {
                line = Integer.parseInt(fileLine.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad file:line in stack: " + fileLine, e);
            }
        }
        return new Frame(function, path.substring(path.lastIndexOf('/') + 1), line);
    }

    /** A "0x..." word; anything else is a malformed profile, reported with its line number. */
    private long hex(String word) {
        if (!HEX.matcher(word).matches()) {
            throw new IllegalArgumentException("malformed profile at output line " + i + ": expected 0x..., got \""
                    + word + "\" in: " + lines.get(i - 1));
        }
        return Long.parseUnsignedLong(word.substring(2), 16);
    }

    private boolean skipBlank() {
        if (lines.get(i).isEmpty()) {
            i++;
            return true;
        }
        return false;
    }

    private static long num(Matcher m, int group) {
        return Long.parseLong(m.group(group));
    }
}
