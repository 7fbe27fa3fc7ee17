package gosim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread exhaustion under the 1.19 dialect prints 1.19's system-stack traceback. The program below
 * (20 goroutines in a 10 s nanosleep under debug.SetMaxThreads(10), GOMAXPROCS=1) makes sysmon's
 * retake hand a P off and ask for an M past the limit. When `go` is installed the real Go 1.19
 * output is compared frame by frame (function, file, line); otherwise the frames a real Go 1.19.8
 * printed for it (go run, GOMAXPROCS=1, on this project's machine) are.
 */
class ThreadExhaustion119Test {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            package main

            import (
            \t"runtime/debug"
            \t"syscall"
            \t"time"
            )

            func main() {
            \tdebug.SetMaxThreads(10)
            \tfor i := 0; i < 20; i++ {
            \t\tgo func() {
            \t\t\tvar ts syscall.Timespec
            \t\t\tts.Sec = 10
            \t\t\tsyscall.Nanosleep(&ts, nil)
            \t\t}()
            \t}
            \ttime.Sleep(time.Second)
            }
            """;

    /** Real Go 1.19.8's runtime stack for PROGRAM: function and file:line (base name) per frame. */
    private static final List<String> REAL_119 = List.of(
            "runtime.throw panic.go:1047", "runtime.checkmcount proc.go:765", "runtime.mReserveID proc.go:781",
            "runtime.startm proc.go:2317", "runtime.handoffp proc.go:2360", "runtime.retake proc.go:5350",
            "runtime.sysmon proc.go:5258", "runtime.mstart1 proc.go:1425", "runtime.mstart0 proc.go:1382",
            "runtime.mstart asm_amd64.s:390");

    /** The "runtime stack:" section's frames as "function file:line"; checks each frame's line shape. */
    static List<String> runtimeStack(String out) {
        return section(out, "\nruntime stack:\n");
    }

    /** The frames after the line {@code head} up to the next blank line, as runtimeStack gives them. */
    static List<String> section(String out, String head) {
        int at = out.indexOf(head);
        assertTrue(at >= 0, out);
        String[] lines = out.substring(at + head.length()).split("\n", -1);
        List<String> frames = new ArrayList<>();
        for (int i = 0; i + 1 < lines.length && !lines[i].isEmpty(); i += 2) {
            String fn = lines[i].substring(0, lines[i].indexOf('('));
            String where = lines[i + 1].trim();
            assertTrue(where.matches("\\S+:\\d+ \\+0x[0-9a-f]+ fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+"),
                    "1.19 prints fp, sp and pc on each g0 frame: " + where);
            String file = where.substring(0, where.indexOf(' '));
            frames.add(fn + " " + file.substring(file.lastIndexOf('/') + 1));
        }
        return frames;
    }

    private String gosim() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        GoRuntime rt = GoRuntime.builder().gomaxprocs(1).version(GoVersion.GO1_19)
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        Func f = rt.symtab().define("main.main.func1", "main.go", 12, 16);
        assertEquals(2, rt.run(() -> {
            Go.setMaxThreads(10);
            for (int i = 0; i < 20; i++) {
                Go.go(f, () -> Go.nanosleep(10_000_000_000L));
            }
            Go.sleep(1_000_000_000L);
        }));
        return err.toString(StandardCharsets.UTF_8);
    }

    private String realGo() throws IOException, InterruptedException {
        return realGo(PROGRAM);
    }

    private String realGo(String program) throws IOException, InterruptedException {
        Path src = dir.resolve("te.go");
        Files.writeString(src, program);
        ProcessBuilder pb;
        try {
            pb = new ProcessBuilder("go", "run", src.toString()).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().put("GOMAXPROCS", "1");
            pb.environment().put("GOCACHE", dir.resolve("cache").toString());
            pb.environment().put("GO111MODULE", "off");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            assertTrue(out.contains("fatal error: thread exhaustion"), "real Go did not exhaust its threads:\n" + out);
            return out;
        } catch (IOException e) {
            return null; // no go on the PATH
        }
    }

    @Test
    void runtimeStackIsGo119s() throws Exception {
        String out = gosim();
        assertTrue(out.startsWith("runtime: program exceeds 10-thread limit\nfatal error: thread exhaustion\n"), out);
        List<String> frames = runtimeStack(out);
        assertEquals(REAL_119, frames, out);
        String real = realGo();
        if (real != null) {
            assertEquals(runtimeStack(real), frames, "real Go 1.19:\n" + real + "\ngosim:\n" + out);
        }
        // tracebackothers follows the runtime stack after a blank line.
        assertTrue(out.indexOf("\n\ngoroutine 1 [", out.indexOf("runtime.mstart(")) > 0, out);
    }

    /** The first LockOSThread under a limit the threads already meet: the template thread is one too many. */
    private static final String LOCK_PROGRAM = """
            package main

            import (
            \t"runtime"
            \t"runtime/debug"
            \t"runtime/pprof"
            )

            func main() {
            \tdebug.SetMaxThreads(pprof.Lookup("threadcreate").Count())
            \truntime.LockOSThread()
            }
            """;

    /**
     * Real Go 1.19.8's goroutine 1 for LOCK_PROGRAM (go run, 2026-12-04), main.main's line left out:
     * startTemplateThread calls newm on the goroutine (proc.go:2186, no systemstack), so the throw
     * is on curg and dopanic_m prints its header and whole stack, no "runtime stack:" (1.19
     * panic.go:1260-1266).
     */
    private static final List<String> REAL_119_LOCK = List.of(
            "runtime.throw panic.go:1047", "runtime.checkmcount proc.go:765", "runtime.mReserveID proc.go:781",
            "runtime.mcommoninit proc.go:799", "runtime.allocm proc.go:1761", "runtime.newm proc.go:2109",
            "runtime.startTemplateThread proc.go:2186", "runtime.LockOSThread proc.go:4405", "main.main",
            "runtime.main proc.go:250", "runtime.goexit asm_amd64.s:1594");

    private static List<String> withoutMainsFile(List<String> frames) {
        return frames.stream().map(f -> f.startsWith("main.") ? f.substring(0, f.indexOf(' ')) : f).toList();
    }

    @Test
    void aThrowInStartTemplateThreadIsOnTheGoroutine() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        GoRuntime rt = GoRuntime.builder().version(GoVersion.GO1_19)
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        Func main = rt.symtab().define("main.main", "main.go", 9, 13);
        assertEquals(2, rt.run(main, () -> {
            Go.setMaxThreads(rt.mcount());
            Go.line(12);
            Go.lockOSThread();
        }));
        String out = err.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("fatal error: thread exhaustion\n\ngoroutine 1 [running]:\nruntime.throw("), out);
        assertFalse(out.contains("runtime stack:"), out);
        assertEquals(out.indexOf("goroutine 1 ["), out.lastIndexOf("goroutine 1 ["), "goroutine 1 once: " + out);
        List<String> frames = withoutMainsFile(section(out, "goroutine 1 [running]:\n"));
        assertEquals(REAL_119_LOCK, frames, out);
        String real = realGo(LOCK_PROGRAM);
        if (real != null) {
            assertEquals(withoutMainsFile(section(real, "goroutine 1 [running]:\n")), frames, "real Go 1.19:\n" + real);
        }
    }

    @Test
    void aLockedGoroutinesHandoffGoesThroughScheduleAndParkM() {
        // stoplockedm's handoffp (1.19 proc.go:2444) from schedule (3193) after park_m (3363), under
        // mcall's CALL R12 (asm_amd64.s:448): the frames below stoplockedm on g0.
        for (GoVersion v : new GoVersion[] {GoVersion.GO1_7, GoVersion.GO1_19}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            GoRuntime rt = GoRuntime.builder().gomaxprocs(1).version(v)
                    .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
            Func f = rt.symtab().define("main.main.func1", "main.go", 12, 16);
            assertEquals(2, rt.run(() -> {
                // 1.19's first LockOSThread also starts the template thread (proc.go:4405, 2186):
                // room for it, so the limit is met by the handoffs (TemplateThreadTest)
                Go.setMaxThreads(Go.runtime().mcount() + (v == GoVersion.GO1_19 ? 1 : 0));
                // Each goroutine locks its thread and parks: park_m, then schedule's stoplockedm
                // hands the P off to run the next one, on an idle M while there is one.
                for (int i = 0; i < 8; i++) {
                    Go.go(f, () -> {
                        Go.lockOSThread();
                        Go.runtime().gopark("chan receive");
                    });
                }
                Go.runtime().gopark("chan receive");
            }));
            String out = err.toString(StandardCharsets.UTF_8);
            int at = out.indexOf("runtime.stoplockedm()");
            assertTrue(at > 0, v + ":\n" + out);
            String below = out.substring(at);
            boolean v19 = v == GoVersion.GO1_19;
            String[] want = v19
                    ? new String[] {"proc.go:2444 ", "runtime.schedule()", "proc.go:3193 ", "runtime.park_m(",
                        "proc.go:3363 ", "runtime.mcall()", "asm_amd64.s:448 "}
                    : new String[] {"proc.go:1737 ", "runtime.schedule()", "proc.go:2078 ", "runtime.park_m(",
                        "proc.go:2183 ", "runtime.mcall(", "asm_amd64.s:240 "};
            int i = 0;
            for (String w : want) {
                int j = below.indexOf(w, i);
                assertTrue(j >= 0, v + ": missing " + w + " in\n" + out);
                i = j + w.length();
            }
        }
    }
}
