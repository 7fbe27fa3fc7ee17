package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged versions of every example (tokens deleted, truncated, random bytes, lines swapped,
 * random unicode, deep nesting, huge literals), from a seeded generator, each through
 * {@code gosim check} and {@code gosim run}: never a Java trace, never a hang past a bound, and
 * every compile error Go-style, FILE:LINE:COL with a positive line and column.
 */
class FuzzTest {
    static final long SEED = 13;
    /** Damaged inputs per example (the suite runs all kinds over the examples round-robin). */
    static final int PER_EXAMPLE = 3;
    static final long BOUND_SECONDS = 60;

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    static String mutate(String src, int kind, Random r) {
        String[] lines = src.split("\n", -1);
        return switch (kind) {
            case 0 -> { // delete a token-sized piece
                int at = r.nextInt(src.length());
                int len = 1 + r.nextInt(8);
                yield src.substring(0, at) + src.substring(Math.min(src.length(), at + len));
            }
            case 1 -> src.substring(0, r.nextInt(src.length())); // truncation
            case 2 -> { // random bytes (as Latin-1 chars: may form invalid UTF-8 once written)
                StringBuilder b = new StringBuilder(src);
                for (int i = 0; i < 3; i++) {
                    b.setCharAt(r.nextInt(b.length()), (char) r.nextInt(256));
                }
                yield b.toString();
            }
            case 3 -> { // swap two lines
                int i = r.nextInt(lines.length);
                int j = r.nextInt(lines.length);
                String t = lines[i];
                lines[i] = lines[j];
                lines[j] = t;
                yield String.join("\n", lines);
            }
            case 4 -> { // random unicode, supplementary planes included
                StringBuilder b = new StringBuilder(src);
                int at = r.nextInt(b.length());
                b.insert(at, Character.toChars(r.nextInt(0x10FFFF - 0xE000) + 0xE000));
                yield b.toString();
            }
            case 5 -> { // deep nesting in front of a random line
                int i = r.nextInt(lines.length);
                int n = 500 + r.nextInt(3000);
                String open = switch (r.nextInt(4)) {
                    case 0 -> "(";
                    case 1 -> "{";
                    case 2 -> "[";
                    default -> "func() {";
                };
                lines[i] = open.repeat(n) + lines[i];
                yield String.join("\n", lines);
            }
            default -> { // a huge literal
                int i = r.nextInt(lines.length);
                String lit = switch (r.nextInt(3)) {
                    case 0 -> "9".repeat(20_000);
                    case 1 -> "1e" + "9".repeat(12);
                    default -> "\"" + "x".repeat(200_000) + "\"";
                };
                lines[i] = lines[i] + " " + lit;
                yield String.join("\n", lines);
            }
        };
    }

    Result cli(ExecutorService ex, String... args) throws Exception {
        Future<Result> f = ex.submit(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int st = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
            return new Result(st, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        });
        try {
            return f.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            fail("gosim " + String.join(" ", args) + " ran past " + BOUND_SECONDS + "s");
            return null;
        }
    }

    static final Pattern POSITION = Pattern.compile("^(.*\\.go):(-?\\d+):(-?\\d+): .+$");

    @Test
    void damagedExamplesGiveGoStyleErrorsAndNeverATraceOrHang() throws Exception {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(examples.size() >= 15);
        Random r = new Random(SEED);
        ExecutorService ex = Executors.newSingleThreadExecutor(t -> {
            Thread th = new Thread(t, "fuzz");
            th.setDaemon(true);
            return th;
        });
        int n = 0;
        int compileErrors = 0;
        try {
            for (Path ex0 : examples) {
                String src = Files.readString(ex0);
                for (int k = 0; k < PER_EXAMPLE; k++) {
                    int kind = n % 7;
                    String bad = mutate(src, kind, r);
                    Path f = dir.resolve("fuzz" + n++ + ".go");
                    // kind 2 writes chars as bytes, so a damaged file may not be UTF-8
                    Files.write(f, kind == 2 ? bad.getBytes(StandardCharsets.ISO_8859_1)
                            : bad.getBytes(StandardCharsets.UTF_8));
                    Result c = cli(ex, "check", f.toString());
                    check(f, c, bad);
                    if (c.status() != 0) {
                        compileErrors++;
                        continue;
                    }
                    check(f, cli(ex, "run", "-max-steps", "2000000", "-max-time", "10s", f.toString()), bad);
                }
            }
        } finally {
            ex.shutdownNow();
        }
        assertTrue(compileErrors > n / 3, "most damaged inputs do not compile: " + compileErrors + " of " + n);
    }

    private static void check(Path f, Result r, String input) {
        String where = f.getFileName() + " (" + input.length() + " chars)";
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("java.lang."),
                where + ": " + r.err());
        if (r.status() == 2 && r.err().startsWith(f.toString() + ":")) {
            for (String line : r.err().split("\n")) {
                Matcher m = POSITION.matcher(line);
                assertTrue(m.matches(), where + ": not FILE:LINE:COL: " + line);
                assertTrue(Integer.parseInt(m.group(2)) > 0 && Integer.parseInt(m.group(3)) > 0, where + ": " + line);
            }
        }
    }
}
