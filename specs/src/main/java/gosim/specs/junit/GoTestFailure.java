package gosim.specs.junit;

/**
 * The failure of one {@link GoTest} run. Its message starts with the run's replay key and the
 * original failure, then says how to replay it and carries Go's report (panic or fatal error with
 * the goroutine dump). Its stack trace is the original exception's, which is also its cause.
 */
public final class GoTestFailure extends AssertionError {
    private final String replayKey;
    private final String report;

    GoTestFailure(String replayKey, String what, String report, Throwable cause) {
        super("gosim run " + replayKey + " failed: " + what + "\n"
                + "replay: @GoTest(replay = \"" + replayKey + "\")\n"
                + (report.isEmpty() ? "" : "\n" + report), cause);
        this.replayKey = replayKey;
        this.report = report;
        if (cause != null) {
            setStackTrace(cause.getStackTrace());
        }
    }

    /** The replay key of the failed run, e.g. "seed=17,gomaxprocs=2". */
    public String replayKey() {
        return replayKey;
    }

    /** What the simulated process wrote to stderr: Go's panic or fatal error report. */
    public String report() {
        return report;
    }
}
