package gosim.specs.realgo;

/** What one run of a program printed and how it ended: the input of a {@link Comparison}. */
public record RunOutput(String stdout, String stderr, int exitCode) {
    public RunOutput {
        if (stdout == null || stderr == null) {
            throw new IllegalArgumentException("stdout and stderr must not be null (use \"\")");
        }
    }
}
