package gosim.specs.realgo;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a Go source with `gosim run FLAGS FILE` in this JVM and captures what it prints. */
final class GosimRun {
    private GosimRun() {
    }

    static RunOutput run(Path dir, String name, String src, String... flags) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, src);
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(flags));
        args.add(file.toString());
        return main(args.toArray(String[]::new));
    }

    /** The CLI with these arguments (no environment), its stdout, stderr and status captured. */
    static RunOutput main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new RunOutput(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }
}
