package gosim.specs.realgo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A goroutine dump reduced to what tests compare with real Go: statuses and "function file:line". */
final class DumpFrames {
    private DumpFrames() {
    }

    private static final Pattern GOROUTINE = Pattern.compile("^goroutine \\d+ (\\[.*\\]):$");
    private static final Pattern FUNC = Pattern.compile("^(\\S+)\\(.*\\)$");
    private static final Pattern CREATED = Pattern.compile("^created by (\\S+).*$");
    private static final Pattern AT = Pattern.compile("^\t\\S*/([^/\\s]+:\\d+)( \\+0x[0-9a-f]+)?$");

    /**
     * Each goroutine's status ("goroutine [running]:"), then the frames and creator whose function
     * {@code keep} accepts, as "main.f file.go:12" and "created by main.g file.go:20".
     */
    static List<String> frames(String dump, Predicate<String> keep) {
        List<String> out = new ArrayList<>();
        String[] lines = dump.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher g = GOROUTINE.matcher(lines[i]);
            if (g.matches()) {
                out.add("goroutine " + g.group(1) + ":");
                continue;
            }
            Matcher f = FUNC.matcher(lines[i]);
            Matcher c = CREATED.matcher(lines[i]);
            String fn = f.matches() ? f.group(1) : c.matches() ? c.group(1) : null;
            if (fn != null && keep.test(fn) && i + 1 < lines.length) {
                Matcher at = AT.matcher(lines[i + 1]);
                out.add((c.matches() ? "created by " : "") + fn + " " + (at.matches() ? at.group(1) : "?"));
                i++;
            }
        }
        return out;
    }
}
