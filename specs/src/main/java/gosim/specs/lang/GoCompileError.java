package gosim.specs.lang;

import java.util.List;

/**
 * A syntax or type error (or a construct outside the supported subset) found before the program runs.
 * Models the output of cmd/compile: every error prints as {@code prog.go:LINE:COL: message}.
 */
public final class GoCompileError extends RuntimeException {
    /** One error with its position. */
    public record Diagnostic(Pos pos, String message) {
        @Override
        public String toString() {
            return pos + ": " + message;
        }
    }

    private final List<Diagnostic> diagnostics;

    public GoCompileError(List<Diagnostic> diagnostics) {
        super(String.join("\n", diagnostics.stream().map(Diagnostic::toString).toList()), null, false, false);
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a compile error needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    public GoCompileError(Pos pos, String message) {
        this(List.of(new Diagnostic(pos, message)));
    }

    /** The errors in source order, as gc prints them (one per line). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The first error. */
    public Diagnostic first() {
        return diagnostics.get(0);
    }
}
