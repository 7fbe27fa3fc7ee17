package gosim.specs.realgo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example programs of specs/examples/: where they are and how to read them. */
public final class Corpus {
    /** The corpus directory relative to the specs module (Maven runs tests there). */
    public static final Path DIR = Path.of("examples");

    private Corpus() {
    }

    /** One example program: its name (file name without .go) and source. */
    public record Example(String name, Path file, String source) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every example, sorted by name. */
    public static List<Example> all() {
        Path dir = dir();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".go"))
                    .sorted()
                    .map(Corpus::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** One example by name. */
    public static Example named(String name) {
        return read(dir().resolve(name + ".go"));
    }

    private static Example read(Path file) {
        String fileName = file.getFileName().toString();
        try {
            return new Example(fileName.substring(0, fileName.length() - ".go".length()), file,
                    Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example " + file, e);
        }
    }

    private static Path dir() {
        // Maven runs tests in the module directory; an IDE may run them from the repository root.
        for (Path candidate : List.of(DIR, Path.of("specs").resolve(DIR))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("example directory not found: " + DIR.toAbsolutePath());
    }
}
