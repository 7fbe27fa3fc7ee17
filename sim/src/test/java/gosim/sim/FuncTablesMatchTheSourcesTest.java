package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runtime, sync and syscall frames every goroutine dump and profile prints (and so every
 * corpus golden with a runtime frame) take their lines from KernelFuncs and SyncFuncs. This checks
 * those tables against the sources themselves, independently of any golden: each row's first line
 * is the func line of that function and its last line a closing brace, in the go1.7 tag (the
 * euank/go mirror) and in Go 1.19 (/usr/share/go-1.19/src); each call site lies inside its
 * function in both releases.
 */
class FuncTablesMatchTheSourcesTest {
    private static final Path MIRROR = Path.of("/work/.mirror/euank+go/repo");
    private static final Path GO119 = Path.of("/usr/share/go-1.19/src");
    /** Rows the table documents as approximations in the 1.19 dialect (KernelFuncs' class comment). */
    private static final List<String> KEEP_17_IN_19 = List.of("runtime.timerproc", "syscall.Syscall");

    private final Map<String, List<String>> cache = new HashMap<>();

    private List<String> go17(String file) {
        return cache.computeIfAbsent("17:" + file, k -> {
            try {
                Process p = new ProcessBuilder("git", "-C", MIRROR.toString(), "show", "go1.7:src/" + file)
                        .redirectErrorStream(true).start();
                String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor() == 0, "git show go1.7:src/" + file + ": " + s);
                return s.lines().toList();
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
    }

    private List<String> go19(String file) {
        return cache.computeIfAbsent("19:" + file, k -> {
            try {
                return Files.readAllLines(GO119.resolve(file));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** The name as the source declares it: "newm", "Lock" of "sync.(*Mutex).Lock", "Sleep" of time.Sleep (timeSleep). */
    private static String shortName(String name) {
        String s = name.substring(name.lastIndexOf('.') + 1);
        // sync.runtime_notifyListAdd is runtime's notifyListAdd, pushed by //go:linkname
        return s.startsWith("runtime_notifyList") ? s.substring("runtime_".length()) : s;
    }

    private static void checkRow(String release, FuncTable r, List<String> src, int start, int end,
            List<String> bad) {
        String first = start >= 1 && start <= src.size() ? src.get(start - 1) : "<no line>";
        String want = shortName(r.name());
        String file = release.equals("go1.7") ? r.file() : r.file19();
        boolean ok = file.endsWith(".s")
                ? first.startsWith("TEXT") && (first.contains(want + "(SB)") || first.contains(want + "<ABIInternal>(SB)"))
                : r.name().matches(".*\\.func\\d+")
                        ? first.contains("func(") // a closure's row starts at its func literal
                        : first.startsWith("func ") && first.contains(want + "(");
        if (!ok) {
            bad.add(release + " " + r.name() + " " + file + ":" + start + " is not its func line: " + first);
        }
        if (!file.endsWith(".s")) {
            String last = end >= 1 && end <= src.size() ? src.get(end - 1) : "<no line>";
            if (!(last.equals("}") || r.name().matches(".*\\.func\\d+") && last.strip().startsWith("}"))) {
                bad.add(release + " " + r.name() + " " + file + ":" + end + " is not its closing brace: " + last);
            }
        }
    }

    private static List<FuncTable> rows() {
        List<FuncTable> all = new ArrayList<>();
        for (FuncTable[] t : new FuncTable[][] {KernelFuncs.TABLE, KernelFuncs.THROW_PATH, KernelFuncs.GC_PATH,
            KernelFuncs.MALG_PATH, KernelFuncs.M_PATH,
            SyncFuncs.TABLE}) {
            all.addAll(List.of(t));
        }
        return all;
    }

    @Test
    void everyRowIsItsFunctionInBothReleases() {
        assumeTrue(Files.isDirectory(MIRROR), "no Go 1.7 mirror at " + MIRROR + ": source check skipped");
        assumeTrue(Files.isDirectory(GO119), "no Go 1.19 sources at " + GO119 + ": source check skipped");
        List<String> bad = new ArrayList<>();
        for (FuncTable r : rows()) {
            if (r.start17() != 0) {
                checkRow("go1.7", r, go17(r.file()), r.start17(), r.end17(), bad);
            }
            if (r.start19() != 0 && !KEEP_17_IN_19.contains(r.name())) {
                checkRow("go1.19", r, go19(r.file19()), r.start19(), r.end19(), bad);
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /** Every call site of KernelFuncs and SyncFuncs (fields and arrays of them), by field. */
    private static Map<String, SyncFuncs.Site> sites() throws IllegalAccessException {
        Map<String, SyncFuncs.Site> out = new java.util.LinkedHashMap<>();
        for (Class<?> c : List.of(KernelFuncs.class, SyncFuncs.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                if (f.getType() == SyncFuncs.Site.class) {
                    out.put(c.getSimpleName() + "." + f.getName(), (SyncFuncs.Site) f.get(null));
                } else if (f.getType() == SyncFuncs.Site[].class) {
                    SyncFuncs.Site[] a = (SyncFuncs.Site[]) f.get(null);
                    for (int i = 0; i < a.length; i++) {
                        out.put(c.getSimpleName() + "." + f.getName() + "[" + i + "]", a[i]);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyCallSiteLiesInsideItsFunction() throws IllegalAccessException {
        Map<String, FuncTable> byName = new HashMap<>();
        rows().forEach(r -> byName.put(r.name(), r));
        List<String> bad = new ArrayList<>();
        int sites = 0;
        for (Map.Entry<String, SyncFuncs.Site> e : sites().entrySet()) {
            SyncFuncs.Site s = e.getValue();
            FuncTable r = byName.get(s.func());
            if (r == null) {
                continue; // a function of another table (the pprof rows check their own)
            }
            sites++;
            if (s.line17() != 0 && (s.line17() <= r.start17() || s.line17() >= r.end17())) {
                bad.add(e.getKey() + ": go1.7 line " + s.line17() + " outside " + r.name() + " " + r.start17() + "-"
                        + r.end17());
            }
            if (s.line19() != 0 && !KEEP_17_IN_19.contains(r.name())
                    && (s.line19() <= r.start19() || s.line19() >= r.end19())) {
                bad.add(e.getKey() + ": 1.19 line " + s.line19() + " outside " + r.name() + " " + r.start19() + "-"
                        + r.end19());
            }
        }
        assertTrue(sites >= 20, "found only " + sites + " call sites");
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /** A Go line that calls something (comments cut off): a name or ) or ] followed by (. */
    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile("[\\w)\\]]\\s*\\(");

    private static boolean isCall(String file, String line) {
        String code = line.replaceAll("//.*", "").strip();
        if (file.endsWith(".s")) {
            return code.matches("(CALL|JMP|SYSCALL|BL|B)\\b.*") || code.startsWith("INT");
        }
        return !code.startsWith("func ") && CALL.matcher(code).find();
    }

    /**
     * A frame prints the line of the call it is in, so each site's line must be a call in both
     * releases (an off-by-one to the next statement, such as mcommoninit's `if mp.gsignal != nil`
     * after mpreinit(mp) at go1.7 proc.go:507, is not).
     */
    @Test
    void everyCallSiteIsACallInBothReleases() throws IllegalAccessException {
        assumeTrue(Files.isDirectory(MIRROR), "no Go 1.7 mirror at " + MIRROR + ": source check skipped");
        assumeTrue(Files.isDirectory(GO119), "no Go 1.19 sources at " + GO119 + ": source check skipped");
        Map<String, FuncTable> byName = new HashMap<>();
        rows().forEach(r -> byName.put(r.name(), r));
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, SyncFuncs.Site> e : sites().entrySet()) {
            SyncFuncs.Site s = e.getValue();
            FuncTable r = byName.get(s.func());
            if (r == null) {
                continue;
            }
            if (s.line17() != 0 && !isCall(r.file(), go17(r.file()).get(s.line17() - 1))) {
                bad.add(e.getKey() + ": go1.7 " + r.file() + ":" + s.line17() + " is "
                        + go17(r.file()).get(s.line17() - 1).strip());
            }
            if (s.line19() != 0 && !KEEP_17_IN_19.contains(r.name())
                    && !isCall(r.file19(), go19(r.file19()).get(s.line19() - 1))) {
                bad.add(e.getKey() + ": 1.19 " + r.file19() + ":" + s.line19() + " is "
                        + go19(r.file19()).get(s.line19() - 1).strip());
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
