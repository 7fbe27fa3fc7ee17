package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the README shows is what the code does: its example code and the outputs it quotes. */
class ReadmeTest {
    static final Path README = Path.of("..", "README.md");

    /** The fenced blocks of the README, in order. */
    static List<String> blocks() throws Exception {
        List<String> out = new ArrayList<>();
        String[] parts = Files.readString(README).split("```");
        for (int i = 1; i < parts.length; i += 2) {
            String b = parts[i];
            out.add(b.substring(b.indexOf('\n') + 1));
        }
        return out;
    }

    static String stdout(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(ps); // the demo prints with System.out, as a user's main would
        try {
            assertEquals(0, Main.run(args, ps, System.err, Map.of()));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstCommandPrintsWhatTheReadmeSays() throws Exception {
        assertTrue(Files.readString(README).contains("The first prints `3 1 2`"));
        assertEquals("3 1 2\n", stdout("run", "examples/runnext.go"));
    }

    @Test
    void theEmbeddingExampleIsTheDemoAndPrintsWhatTheReadmeShows() throws Exception {
        List<String> blocks = blocks();
        String code = blocks.stream().filter(b -> b.contains("GoRuntime.builder().seed(1).gomaxprocs(procs)"))
                .findFirst().orElseThrow();
        String demo = Files.readString(Path.of("src/main/java/gosim/specs/demo/EmbedExample.java"));
        for (String line : code.strip().split("\n")) {
            assertTrue(demo.contains(line.strip()), "README line not in EmbedExample.java: " + line);
        }
        String shown = blocks.stream().filter(b -> b.startsWith("GOMAXPROCS=1 exit 0")).findFirst().orElseThrow();
        assertEquals(shown, stdout("demo"));
    }
}
