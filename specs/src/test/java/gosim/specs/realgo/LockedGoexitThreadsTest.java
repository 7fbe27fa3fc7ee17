package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A goroutine that exits while locked to its thread (LockOSThread without UnlockOSThread). Go 1.19
 * kills the thread: goexit0 returns to mstart0 through gogo(&g0.sched) (proc.go:3525-3539), whose
 * mexit (1391) takes the M off allm (1509-1517), so the threadcreate profile, which walks allm
 * (mprof.go ThreadCreateProfile), counts one fewer. go1.7's goexit0 unlocks the M and keeps it for
 * the next goroutine (proc.go:2251-2257): the count never drops.
 *
 * The program first parks 20 threads' worth of goroutines in syscall.Nanosleep so that idle Ms are
 * plenty and no thread is made while the locked goroutines exit (main locks itself so none of them
 * runs on m0, which mexit would wedge instead, 1475-1494). Real Go 1.19.8 (go run, 8 of 8 runs,
 * 2026-12-04) printed WANT_119.
 */
class LockedGoexitThreadsTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            package main

            import (
            \t"fmt"
            \t"runtime"
            \t"runtime/pprof"
            \t"syscall"
            \t"time"
            )

            func main() {
            \truntime.LockOSThread()
            \ttc := pprof.Lookup("threadcreate")
            \tdone := make(chan bool)
            \tfor i := 0; i < 20; i++ {
            \t\tgo func() {
            \t\t\tts := syscall.NsecToTimespec(50e6)
            \t\t\tsyscall.Nanosleep(&ts, nil)
            \t\t\tdone <- true
            \t\t}()
            \t}
            \tfor i := 0; i < 20; i++ {
            \t\t<-done
            \t}
            \ttime.Sleep(50 * time.Millisecond)
            \tfmt.Println("warm", tc.Count())
            \tfor round := 0; round < 3; round++ {
            \t\tready := make(chan bool)
            \t\tquit := make(chan bool)
            \t\tfor i := 0; i < 3; i++ {
            \t\t\tgo func() {
            \t\t\t\truntime.LockOSThread()
            \t\t\t\tready <- true
            \t\t\t\t<-quit
            \t\t\t}()
            \t\t}
            \t\tfor i := 0; i < 3; i++ {
            \t\t\t<-ready
            \t\t}
            \t\ttime.Sleep(20 * time.Millisecond)
            \t\tduring := tc.Count()
            \t\tclose(quit)
            \t\ttime.Sleep(20 * time.Millisecond)
            \t\tfmt.Println("round", round, "while locked", during, "after their exit", tc.Count())
            \t}
            }
            """;

    private static final String WANT_119 = """
            warm 24
            round 0 while locked 24 after their exit 21
            round 1 while locked 21 after their exit 18
            round 2 while locked 18 after their exit 15
            """;

    /** Per round, how many threads left the profile when the three locked goroutines exited. */
    private static List<Integer> drops(String out) {
        List<Integer> d = new ArrayList<>();
        Matcher m = Pattern.compile("while locked (\\d+) after their exit (\\d+)").matcher(out);
        while (m.find()) {
            d.add(Integer.parseInt(m.group(1)) - Integer.parseInt(m.group(2)));
        }
        return d;
    }

    @Test
    void go119KillsAThreadItsGoroutineLeftLocked() throws IOException {
        RunOutput r = GosimRun.run(dir, "lockedexit.go", PROGRAM, "-go", "1.19");
        assertEquals(WANT_119, r.stdout(), r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void go17KeepsIt() throws IOException {
        RunOutput r = GosimRun.run(dir, "lockedexit.go", PROGRAM);
        assertEquals(List.of(0, 0, 0), drops(r.stdout()), r.stdout() + r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void realGo119DropsThreeThreadsARound() {
        RealGo go = RealGo.locate().orElse(null);
        Assumptions.assumeTrue(go != null, "go not installed: real-Go comparison skipped");
        RealGo.Result real;
        try (go) {
            real = go.run("lockedexit.go", PROGRAM);
        }
        assertEquals(0, real.exitCode(), real.stderr());
        // the counts themselves depend on how many Nanosleeps overlapped on a loaded machine
        assertEquals(drops(WANT_119), drops(real.stdout()), real.stdout());
    }
}
