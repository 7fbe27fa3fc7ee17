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

    /**
     * Puts errors in the order gc prints them (go1.19 cmd/compile/internal/base/print.go FlushErrors
     * sorts by XPos): by position base (cmd/internal/src.PosTable numbers the file and each line
     * directive's base as an error first uses it: here, in the list's order, which is the order
     * found), then by line and column in the file. Without directives, simply source order.
     */
    static void sortAsGc(List<Diagnostic> errs) {
        java.util.Map<Pos.Base, Integer> index = new java.util.IdentityHashMap<>(); // looked up, never iterated
        int fileBase = -1;
        int next = 0;
        int[] keys = new int[errs.size()];
        for (int i = 0; i < errs.size(); i++) {
            Pos.Base b = errs.get(i).pos().base();
            if (b == null) {
                keys[i] = fileBase >= 0 ? fileBase : (fileBase = next++);
            } else {
                Integer k = index.get(b);
                keys[i] = k != null ? k : next;
                if (k == null) {
                    index.put(b, next++);
                }
            }
        }
        Integer[] order = new Integer[errs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Integer.compare(keys[a], keys[b])
                : errs.get(a).pos().compareTo(errs.get(b).pos()));
        List<Diagnostic> sorted = new java.util.ArrayList<>(errs.size());
        for (Integer i : order) {
            sorted.add(errs.get(i));
        }
        errs.clear();
        errs.addAll(sorted);
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
