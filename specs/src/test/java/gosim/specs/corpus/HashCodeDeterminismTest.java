package gosim.specs.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Determinism that holds whatever the JVM does with identity hash codes: every example runs in
 * JVMs started with different {@code -XX:hashCode} modes (2: the
 * constant 1, 3: a sequence, 5: thread-local xor-shift, the default),
 * twice in each JVM, and every run must give the same stdout, stderr and exit status. A
 * simulation that iterated over an identity-keyed collection would order things by those codes.
 */
class HashCodeDeterminismTest {
    static final int[] MODES = {2, 3, 5};
    static final int RUNS_PER_JVM = 2;

    /** Runs each file given RUNS_PER_JVM times in this JVM; prints "file run digest" lines. */
    public static void main(String[] files) throws Exception {
        for (String f : files) {
            for (int run = 0; run < RUNS_PER_JVM; run++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int status = Main.run(new String[] {"run", f}, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
                System.out.println(Path.of(f).getFileName() + " " + digest(out.toByteArray(), err.toByteArray(), status));
            }
        }
        System.out.flush();
        System.exit(0);
    }

    /** A run's stdout, stderr and exit status as one SHA-256, in hex. */
    static String digest(byte[] out, byte[] err, int status) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(out);
        md.update((byte) 0);
        md.update(err);
        md.update((byte) 0);
        md.update(Integer.toString(status).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /** The probe's output lines in a fresh JVM with -XX:hashCode=mode. */
    static List<String> probe(int mode, List<String> files) throws IOException, InterruptedException {
        return probe(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=" + mode), files);
    }

    /** The probe's output lines in a fresh JVM with the given extra JVM flags. */
    static List<String> probe(List<String> flags, List<String> files) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(flags);
        cmd.addAll(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Djdk.trackAllThreads=false",
                "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), HashCodeDeterminismTest.class.getName()));
        cmd.addAll(files);
        Path log = Files.createTempFile("gosim-hashcode", ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the probe JVM finished");
        List<String> lines = Files.readAllLines(log);
        Files.delete(log);
        assertEquals(0, p.exitValue(), "probe JVM with " + flags + ": " + lines);
        return lines;
    }

    static void assertSameEverywhere(List<String> files) throws Exception {
        List<String> first = null;
        for (int mode : MODES) {
            List<String> lines = probe(mode, files);
            assertEquals(files.size() * RUNS_PER_JVM, lines.size(), "one digest per run: " + lines);
            for (int i = 0; i < lines.size(); i += RUNS_PER_JVM) {
                for (int r = 1; r < RUNS_PER_JVM; r++) {
                    assertEquals(lines.get(i), lines.get(i + r), "two runs in one JVM, -XX:hashCode=" + mode);
                }
            }
            if (first == null) {
                first = lines;
            } else {
                assertEquals(first, lines, "-XX:hashCode=" + mode + " against -XX:hashCode=" + MODES[0]);
            }
        }
    }

    @Test
    void everyExampleGivesTheSameBytesUnderEveryHashCodeMode() throws Exception {
        List<String> files = CorpusGoldenTest.examples().stream().map(Path::toString).toList();
        assertTrue(files.size() >= 15);
        assertSameEverywhere(files);
    }

    @Test
    void bareContinuationsAndVirtualThreadsGiveTheSameBytes() throws Exception {
        // The interpreter's goroutines run as bare JDK continuations when java.base exports
        // jdk.internal.vm (as here and in the launcher), else on virtual threads: the same
        // schedule must come out either way (Carrier's two modes behind one API).
        assertTrue(gosim.sim.GoRuntime.continuationsSupported(), "the test JVM exports jdk.internal.vm");
        List<String> files = CorpusGoldenTest.examples().stream().map(Path::toString).toList();
        List<String> bare = probe(List.of("--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"), files);
        List<String> threads = probe(List.of("--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
                "-Dgosim.continuations=false"), files);
        assertEquals(files.size() * RUNS_PER_JVM, bare.size(), "one digest per run: " + bare);
        assertEquals(bare, threads, "bare continuations against virtual threads");
    }

    @Test
    void packageVariableInitOrderDoesNotDependOnHashCodes() throws Exception {
        // Go 1.19 prints "b c d e " (spec: the earliest variable in declaration order that is ready)
        Path f = Files.createTempFile("initorder", ".go");
        Files.writeString(f, INIT_ORDER);
        try {
            assertEquals("b c d e \n", new String(CorpusGoldenTest.run(f, 1).out(), java.nio.charset.StandardCharsets.UTF_8),
                    "real Go 1.19's output");
            assertSameEverywhere(List.of(f.toString()));
        } finally {
            Files.delete(f);
        }
    }

    static final String INIT_ORDER = """
            package main

            import "fmt"

            var (
            	a = c + b
            	b = f("b")
            	c = f("c")
            	d = f("d")
            	e = f("e")
            )

            func f(s string) int {
            	fmt.Print(s, " ")
            	return 1
            }

            func main() {
            	fmt.Println()
            }
            """;
}
