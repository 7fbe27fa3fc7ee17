package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOptionsTest {
    @Test
    void flagsFileAndProgramArgs() throws Exception {
        RunOptions o = RunOptions.parse(List.of("-seed", "7", "--gomaxprocs=2", "-v", "-max-time", "90s",
                "-max-heap", "64M", "prog.go", "a", "--", "-b"), Map.of());
        assertEquals("prog.go", o.file());
        assertEquals(7, o.seed());
        assertEquals(2, o.gomaxprocs());
        assertEquals(true, o.verbose());
        assertEquals(90_000_000_000L, o.maxVirtualNanos());
        assertEquals(64L << 20, o.maxHeapBytes());
        assertEquals(List.of("a", "-b"), o.programArgs());
    }

    @Test
    void theDefaultMemoryBudgetFollowsTheJvmsHeap() throws Exception {
        long budget = RunOptions.parse(List.of("p.go"), Map.of()).maxHeapBytes();
        assertEquals(Math.max(256L << 20, Runtime.getRuntime().maxMemory() / 2), budget);
        assertEquals(true, budget >= RunOptions.DEFAULT_MAX_HEAP);
    }

    @Test
    void gomaxprocsFromTheEnvironmentUnlessTheFlagSaysOtherwise() throws Exception {
        assertEquals(3, RunOptions.parse(List.of("p.go"), Map.of("GOMAXPROCS", "3")).gomaxprocs());
        assertEquals(5, RunOptions.parse(List.of("-gomaxprocs", "5", "p.go"), Map.of("GOMAXPROCS", "3")).gomaxprocs());
        assertEquals(250_000_000L, RunOptions.parse(List.of("-max-time=250ms", "p.go"), Map.of()).maxVirtualNanos());
    }

    @Test
    void theEnvironmentIsFixedPlusEnvFlagsNeverTheHosts() throws Exception {
        RunOptions o = RunOptions.parse(List.of("-env", "A=1", "-env=HOME=/root", "p.go"), Map.of("SECRET", "s"));
        assertEquals("1", o.environment().get("A"));
        assertEquals("/root", o.environment().get("HOME"));
        assertEquals("/home/gopher", RunOptions.parse(List.of("p.go"), Map.of("HOME", "/h")).environment().get("HOME"));
        assertEquals(null, o.environment().get("SECRET"));
        assertEquals("invalid value \"A\" for flag -env: want KEY=VALUE",
                assertThrows(RunOptions.UsageException.class, () -> RunOptions.parse(List.of("-env", "A", "p.go"), Map.of()))
                        .getMessage());
    }

    @Test
    void mistakesSayWhatIsWrong() {
        assertEquals("flag provided but not defined: -bogus",
                assertThrows(RunOptions.UsageException.class, () -> RunOptions.parse(List.of("-bogus", "p.go"), Map.of()))
                        .getMessage());
        assertEquals("no program file given",
                assertThrows(RunOptions.UsageException.class, () -> RunOptions.parse(List.of("-v"), Map.of())).getMessage());
        assertEquals("invalid value \"x\" for flag -seed: parse error",
                assertThrows(RunOptions.UsageException.class, () -> RunOptions.parse(List.of("-seed", "x", "p.go"), Map.of()))
                        .getMessage());
        assertEquals("flag needs an argument: -seed",
                assertThrows(RunOptions.UsageException.class, () -> RunOptions.parse(List.of("-seed"), Map.of())).getMessage());
        assertThrows(RunOptions.UsageException.class, () -> RunOptions.parse(List.of("p.go"), Map.of("GOMAXPROCS", "0")));
        assertThrows(RunOptions.UsageException.class, () -> RunOptions.parse(List.of("-max-time", "5", "p.go"), Map.of()));
    }
}
