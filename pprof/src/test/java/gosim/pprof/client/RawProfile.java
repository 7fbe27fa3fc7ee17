package gosim.pprof.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code go tool pprof -raw} prints, parsed: google/pprof's Profile.String (profile.go) —
 * "PeriodType:", "Period:", optional "Time:"/"Duration:", "Samples:" with the sample type header and
 * one line per sample (values, then location ids, label lines under it), "Locations" (id, address,
 * mapping, one line per function frame) and "Mappings".
 */
public record RawProfile(
        String periodType,
        long period,
        boolean hasTime,
        String duration,
        List<String> sampleTypes,
        List<Sample> samples,
        Map<Long, Location> locations,
        List<String> mappings) {

    /** One sample: its values (one per sample type), its location ids and its label lines. */
    public record Sample(long[] values, long[] locationIds, List<String> labels) {
    }

    /** One frame line of a location: function, file, line and the function's start line. */
    public record Frame(String function, String file, int line, int startLine) {
    }

    /** One location: address, mapping id (0 if none) and its frames (empty if unsymbolized). */
    public record Location(long id, long address, long mappingId, List<Frame> frames) {
    }

    private static final Pattern LOCATION = Pattern.compile("^\\s*(\\d+): 0x([0-9a-f]+) (?:M=(\\d+) )?(?:\\[F\\] )?(.*)$");
    private static final Pattern FRAME = Pattern.compile("^(\\S+) (.*):(-?\\d+) s=(-?\\d+)(?:\\(.*\\))?$");

    /** Parses pprof's -raw output; fails with the offending line when it does not fit. */
    public static RawProfile parse(String out) {
        String periodType = null;
        long period = 0;
        boolean hasTime = false;
        String duration = null;
        List<String> sampleTypes = null;
        List<Sample> samples = new ArrayList<>();
        Map<Long, Location> locations = new LinkedHashMap<>();
        List<String> mappings = new ArrayList<>();
        String section = "header";
        Location last = null;
        for (String line : out.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            switch (section) {
                case "header" -> {
                    if (line.startsWith("PeriodType: ")) {
                        periodType = line.substring("PeriodType: ".length());
                    } else if (line.startsWith("Period: ")) {
                        period = Long.parseLong(line.substring("Period: ".length()).trim());
                    } else if (line.startsWith("Time: ")) {
                        hasTime = true;
                    } else if (line.startsWith("Duration: ")) {
                        duration = line.substring("Duration: ".length());
                    } else if (line.equals("Samples:")) {
                        section = "sampletypes";
                    }
                }
                case "sampletypes" -> {
                    sampleTypes = line.isBlank() ? List.of() : List.of(line.trim().split(" "));
                    section = "samples";
                }
                case "samples" -> {
                    if (line.equals("Locations")) {
                        section = "locations";
                    } else if (!line.trim().isEmpty() && !Character.isDigit(line.trim().charAt(0))
                            && line.trim().charAt(0) != '-') {
                        if (samples.isEmpty()) {
                            throw bad(line);
                        }
                        samples.getLast().labels().add(line.trim());
                    } else {
                        int colon = line.indexOf(':');
                        if (colon < 0) {
                            throw bad(line);
                        }
                        samples.add(new Sample(longs(line.substring(0, colon)), longs(line.substring(colon + 1)),
                                new ArrayList<>()));
                    }
                }
                case "locations" -> {
                    if (line.equals("Mappings")) {
                        section = "mappings";
                        break;
                    }
                    Matcher m = LOCATION.matcher(line);
                    if (m.matches()) {
                        last = new Location(Long.parseLong(m.group(1)), Long.parseUnsignedLong(m.group(2), 16),
                                m.group(3) == null ? 0 : Long.parseLong(m.group(3)), new ArrayList<>());
                        locations.put(last.id(), last);
                        addFrame(last, m.group(4));
                    } else if (last != null && line.startsWith("             ")) {
                        addFrame(last, line.trim());
                    } else {
                        throw bad(line);
                    }
                }
                default -> mappings.add(line);
            }
        }
        if (periodType == null || sampleTypes == null) {
            throw new IllegalArgumentException("pprof -raw output lacks PeriodType or Samples:\n" + out);
        }
        return new RawProfile(periodType, period, hasTime, duration, sampleTypes, samples, locations, mappings);
    }

    private static void addFrame(Location loc, String text) {
        String t = text.trim();
        if (t.isEmpty() || t.equals("??")) {
            return;
        }
        Matcher f = FRAME.matcher(t);
        if (!f.matches()) {
            throw bad(text);
        }
        loc.frames().add(new Frame(f.group(1), f.group(2), Integer.parseInt(f.group(3)), Integer.parseInt(f.group(4))));
    }

    private static long[] longs(String s) {
        String t = s.trim();
        return t.isEmpty() ? new long[0] : Arrays.stream(t.split("\\s+")).mapToLong(Long::parseLong).toArray();
    }

    private static IllegalArgumentException bad(String line) {
        return new IllegalArgumentException("unexpected line in pprof -raw output: \"" + line + "\"");
    }

    /** The index of sample type {@code typeSlashUnit} (e.g. "inuse_space/bytes"). */
    public int sampleTypeIndex(String typeSlashUnit) {
        for (int i = 0; i < sampleTypes.size(); i++) {
            if (sampleTypes.get(i).replace("[dflt]", "").equals(typeSlashUnit)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no sample type " + typeSlashUnit + " in " + sampleTypes);
    }

    /** The sum of one sample type over all samples. */
    public long total(String typeSlashUnit) {
        int i = sampleTypeIndex(typeSlashUnit);
        return samples.stream().mapToLong(s -> s.values()[i]).sum();
    }

    /** The function names of a sample's stack, leaf first (unsymbolized locations give "?"). */
    public List<String> functions(Sample s) {
        List<String> out = new ArrayList<>();
        for (long id : s.locationIds()) {
            Location l = locations.get(id);
            if (l == null) {
                throw new IllegalArgumentException("sample refers to location " + id + " that pprof did not print");
            }
            if (l.frames().isEmpty()) {
                out.add("?");
            }
            l.frames().forEach(f -> out.add(f.function()));
        }
        return out;
    }

    /** The addresses of a sample's stack, leaf first. */
    public long[] addresses(Sample s) {
        return Arrays.stream(s.locationIds()).map(id -> locations.get(id).address()).toArray();
    }
}
