package gosim.specs.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosim.specs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Packages flag and log over the program's command line, stderr and exit status (go1.19's
 * flag/flag.go Parse with ExitOnError, log/log.go's std logger). StdlibGoldenTest's flag_log.go
 * covers FlagSets and loggers that write to stdout.
 *
 * <p>The expected texts were recorded with go1.19: {@code go build -o cli cli.go; ./cli ARGS}
 * (stdout, stderr and $?), then two substitutions: os.Args[0] "./cli" became the simulator's
 * "/tmp/go-build/cli", and the log timestamp became the simulator's virtual epoch, 1257894000 s
 * ({@code date -u -d @1257894000 +'%Y/%m/%d %H:%M:%S'} = 2009/11/10 23:00:00).
 */
class FlagLogCommandLineTest {
    static final String PROG = "src/test/resources/gosim/cmdline/cli.go";

    static final String USAGE = """
            Usage of /tmp/go-build/cli:
              -d duration
                \tdelay (default 2s)
              -n int
                \trepetitions (default 1)
              -q\tquiet
              -word string
                \tthe word (default "hi")
            """;

    record Run(int status, String out, String err) {
    }

    static Run run(String... programArgs) {
        List<String> args = new ArrayList<>(List.of("run", PROG, "--"));
        args.addAll(List.of(programArgs));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void parsesFlagsAndLeavesTheRest() {
        assertEquals(new Run(0, "1 hi false 2s [] 0 0 true  true\n", ""), run());
        assertEquals(new Run(0, "3 yo true 1.5s [a b] 2 4 true a true\n", ""),
                run("-n", "3", "-word", "yo", "-q", "-d", "1.5s", "a", "b"));
    }

    @Test
    void usageErrorsGoToStderrWithStatus2() {
        assertEquals(new Run(2, "", "flag provided but not defined: -x\n" + USAGE), run("-x"));
        assertEquals(new Run(2, "", "invalid value \"zz\" for flag -n: parse error\n" + USAGE), run("-n", "zz"));
        // -h: the usage and, since Go 1.15, status 0
        assertEquals(new Run(0, "", USAGE), run("-h"));
    }

    @Test
    void logFatalAndTheTimestampFromVirtualTime() {
        assertEquals(new Run(1, "1 hi false 2s [fatal] 1 0 true fatal true\n", "fatal: 1\n"), run("fatal"));
        assertEquals(new Run(3, "1 hi false 2s [log] 1 0 true log true\n", "2009/11/10 23:00:00 stamped\n"),
                run("log"));
    }
}
