package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gosim command line as a user meets it: errors, budgets, flags. */
class CliTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    static Result gosim(String... args) {
        return gosimEnv(Map.of(), args);
    }

    static Result gosimEnv(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path program(String name, String source) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, source);
        return p;
    }

    @Test
    void syntaxAndTypeErrorsAreReportedAsGoDoesWithExit2() throws IOException {
        Path p = program("bad.go", "package main\n\nfunc main() {\n\tx := undefinedThing\n}\n");
        Result r = gosim("run", p.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(p + ":4:7: undefined: undefinedThing\n"), r.err());
        assertEquals(2, gosim("check", p.toString()).status());
        Path good = program("good.go", "package main\n\nfunc main() {\n}\n");
        assertEquals(new Result(0, "", ""), gosim("check", good.toString()));
    }

    @Test
    void constructsOutsideTheSubsetNameTheConstructAndItsPosition() throws IOException {
        Path p = program("exec.go", "package main\n\nimport \"os/exec\"\n\nfunc main() {\n\t_ = exec.Command\n}\n");
        Result r = gosim("check", p.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(p + ":3:") && r.err().contains("unsupported"), r.err());
        // generics are Go 1.18's: in the default dialect (Go 1.7) they are go1.7's syntax error
        Path gen = program("gen.go", "package main\n\nfunc f[T any](x T) T { return x }\n\nfunc main() {\n}\n");
        Result g = gosim("check", gen.toString());
        assertEquals(2, g.status());
        assertEquals(gen + ":3:7: syntax error: unexpected [, expecting (\n", g.err());
        assertEquals(0, gosim("check", "-go", "1.19", gen.toString()).status());
    }

    @Test
    void unknownFlagsAndCommandsGiveUsageMissingFilesOneLineAllExit2() {
        Result flag = gosim("run", "-bogus", "x.go");
        assertEquals(2, flag.status());
        assertTrue(flag.err().startsWith("gosim run: flag provided but not defined: -bogus\nusage: gosim run"), flag.err());
        Result missing = gosim("run", "/no/such/prog.go");
        assertEquals(2, missing.status());
        // a file that cannot be read is one line: the usage text would not help
        assertEquals("gosim run: open /no/such/prog.go: no such file or directory\n", missing.err());
        Result cmd = gosim("frobnicate");
        assertEquals(2, cmd.status());
        assertTrue(cmd.err().startsWith("gosim: unknown command \"frobnicate\"\n"));
        assertEquals(0, gosim("help", "run").status());
        assertEquals(2, gosim("help", "nope").status());
        assertTrue(gosim("version").out().startsWith("gosim "));
    }

    @Test
    void runawayProgramsAreStoppedByTheirBudgets() throws IOException {
        Path loop = program("loop.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n");
        Result r = gosim("run", "-max-steps", "100000", loop.toString());
        assertEquals(2, r.status());
        assertEquals("gosim: program stopped: it ran more than 100000 statements (raise the budget with -max-steps)\n",
                r.err());
        Path sleepy = program("sleepy.go", "package main\n\nimport \"time\"\n\nfunc main() {\n\tfor {\n"
                + "\t\ttime.Sleep(time.Hour)\n\t}\n}\n");
        Result s = gosim("run", "-max-time", "3h", sleepy.toString());
        assertEquals(2, s.status());
        assertTrue(s.err().startsWith("gosim: program stopped: it ran past 10800000ms of virtual time"), s.err());
        Path spawn = program("spawn.go", "package main\n\nfunc f(c chan int) { <-c }\n\nfunc main() {\n"
                + "\tc := make(chan int)\n\tfor {\n\t\tgo f(c)\n\t}\n}\n");
        Result g = gosim("run", "-max-heap", "4M", spawn.toString());
        assertEquals(2, g.status());
        assertTrue(g.err().startsWith("gosim: program stopped: its simulated heap and goroutine stacks passed 4194304"),
                g.err());
    }

    /**
     * -max-steps counts every interpreted statement of every goroutine, wherever the interpreter
     * hands the count to the host (its statement allowance ends at channel operations, goroutine
     * exits and the 10 µs time flushes). Main's loop costs three statements a value (the loop, the
     * send, the println of the receive), so three more steps of budget print one more value; three
     * more iterations of the worker's empty loop (one statement each), which exits before main's
     * loop starts, print one value fewer.
     */
    @Test
    void theStepBudgetCountsEveryStatementOfEveryGoroutine() throws IOException {
        String src = """
                package main

                func work(done chan bool) {
                	for i := 0; i < %d; i++ {
                	}
                	close(done)
                }

                func main() {
                	done := make(chan bool)
                	go work(done)
                	<-done
                	c := make(chan int, 1)
                	for i := 0; ; i++ {
                		c <- i
                		println(<-c)
                	}
                }
                """;
        int base = 30_000; // past several 5,000-statement time flushes
        long[] last = lastValues(program("steps.go", src.formatted(6000)), base, 9);
        long[] longer = lastValues(program("steps2.go", src.formatted(6003)), base, 9);
        for (int k = 0; k < last.length; k++) {
            if (k + 3 < last.length) {
                assertEquals(last[k] + 1, last[k + 3], "budget " + (base + k) + " vs " + (base + k + 3));
            }
            assertEquals(last[k] - 1, longer[k], "budget " + (base + k) + " with 3 more worker statements");
        }
        assertEquals(1, last[3] - last[0], "one more value in three more steps");
    }

    /** The last value the program printed before -max-steps stopped it, for budgets from, from+1, ... */
    private static long[] lastValues(Path p, int from, int n) {
        long[] last = new long[n];
        for (int k = 0; k < n; k++) {
            Result r = gosim("run", "-max-steps", Integer.toString(from + k), p.toString());
            assertEquals(2, r.status());
            String[] lines = r.err().split("\n");
            assertTrue(lines[lines.length - 1].startsWith("gosim: program stopped: it ran more than"), r.err());
            last[k] = Long.parseLong(lines[lines.length - 2]);
        }
        return last;
    }

    @Test
    void argsEnvironmentExitStatusAndGomaxprocs() throws IOException {
        Path p = program("args.go", """
                package main

                import (
                	"fmt"
                	"os"
                	"runtime"
                )

                func main() {
                	fmt.Println(len(os.Args), os.Args[1], os.Getenv("WHO"), runtime.GOMAXPROCS(0), runtime.NumCPU())
                	os.Exit(3)
                }
                """);
        Result r = gosimEnv(Map.of("WHO", "gopher", "GOMAXPROCS", "2"), "run", "-env", "WHO=gopher", p.toString(), "--", "hello");
        assertEquals(new Result(3, "2 hello gopher 2 4\n", ""), r);
        // the host's environment never reaches the program; the fixed one does
        Result host = gosimEnv(Map.of("WHO", "host-secret"), "run", p.toString(), "x");
        assertEquals(new Result(3, "2 x  4 4\n", ""), host);
        Result flag = gosimEnv(Map.of("GOMAXPROCS", "2"), "run", "-gomaxprocs", "3", p.toString(), "x");
        assertTrue(flag.out().endsWith(" 3 4\n"), flag.out());
    }

    @Test
    void exitProfilesAreWritten() throws IOException {
        Path p = program("alloc.go", """
                package main

                import "runtime"

                var keep [][]byte

                func main() {
                	runtime.MemProfileRate = 1
                	for i := 0; i < 10; i++ {
                		keep = append(keep, make([]byte, 1000))
                	}
                }
                """);
        Path mem = dir.resolve("mem.txt");
        Path cpu = dir.resolve("cpu.prof");
        Path block = dir.resolve("block.txt");
        Result r = gosim("run", "-profile-format", "legacy", "-memprofile", mem.toString(), "-cpuprofile",
                cpu.toString(), "-blockprofile", block.toString(), p.toString());
        assertEquals(0, r.status(), r.err());
        String heap = Files.readString(mem);
        assertTrue(heap.startsWith("heap profile: "), heap);
        assertTrue(heap.contains("10: 10240 [10: 10240] @ "), heap);
        assertTrue(Files.readString(block).startsWith("--- contention:\ncycles/second=2600000000\n"));
        byte[] c = Files.readAllBytes(cpu);
        assertTrue(c.length >= 40 && c[8] == 3, "legacy CPU profile header [0, 3, 0, 10000, 0]");
    }

    @Test
    void tracebacksPrintArgumentWordsAsAmd64LaysThemOut() throws IOException {
        Path p = program("args.go", """
                package main

                import (
                	"fmt"
                	"runtime"
                )

                func f(a int, b bool, x int32, y int32, s []int) int {
                	buf := make([]byte, 1024)
                	n := runtime.Stack(buf, false)
                	fmt.Print(string(buf[:n]))
                	return a
                }

                func main() {
                	f(7, true, 2, 3, make([]int, 2, 4))
                }
                """);
        Result r = gosim("run", p.toString());
        assertEquals(0, r.status(), r.err());
        // a; then b (byte 0) and x (bytes 4-7) share a word; y; s's pointer, len, cap; the result.
        assertTrue(r.out().matches("(?s)goroutine 1 \\[running\\]:\nmain\\.f\\(0x7, 0x200000001, 0x3, 0xc42[0-9a-f]+, 0x2, 0x4, 0x0\\)\n.*"),
                r.out());
        assertTrue(r.out().contains("\nmain.main()\n"), r.out());
    }

    @Test
    void deferredCallsOfGoroutinesStillBlockedWhenMainReturnsNeverRun() throws IOException {
        Path p = program("exit.go", """
                package main

                import (
                	"fmt"
                	"runtime"
                )

                func blocked(c chan int) {
                	defer fmt.Println("deferred call ran")
                	<-c
                }

                func main() {
                	c := make(chan int)
                	go blocked(c)
                	go blocked(nil)
                	runtime.Gosched() // both block before main returns
                	fmt.Println("main returns")
                }
                """);
        assertEquals(new Result(0, "main returns\n", ""), gosim("run", "-gomaxprocs", "1", p.toString()));
    }

    @Test
    void httpServesTheSimulatedProcessAndKeepsServingAfterMainReturns() throws Exception {
        Path p = program("serve.go", """
                package main

                import (
                	"fmt"
                	"runtime"
                )

                var keep [][]byte

                func main() {
                	runtime.MemProfileRate = 1
                	for i := 0; i < 5; i++ {
                		keep = append(keep, make([]byte, 4096))
                	}
                	fmt.Println("done")
                }
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Thread cli = new Thread(() -> Main.run(new String[] {"run", "-http", "127.0.0.1:0", p.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), errStream, Map.of()));
        cli.setDaemon(true); // the process serves until the JVM ends, as -http promises
        cli.start();
        String url = null;
        for (int i = 0; i < 600 && url == null; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("still serving (http://\\S+)")
                    .matcher(err.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                url = m.group(1);
            } else {
                Thread.sleep(50);
            }
        }
        assertTrue(url != null, "no 'still serving' line: " + err);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String heap = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "heap?debug=1")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(heap.startsWith("heap profile: ") && heap.contains("5: 20480 [5: 20480] @ "), heap);
        assertTrue(heap.contains("main.main+0x"), heap);
        // net/http/pprof's Trace: a Go 1.7 execution trace over ?seconds=N of virtual time.
        java.net.http.HttpResponse<byte[]> tr = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url + "trace?seconds=0.01")).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, tr.statusCode());
        assertEquals("go 1.7 trace\0\0\0\0", new String(java.util.Arrays.copyOf(tr.body(), 16), StandardCharsets.US_ASCII));
        assertEquals("application/octet-stream", tr.headers().firstValue("Content-Type").orElse(""));
        // the process has exited (the CLI keeps serving its final state): the answer says so, the body stays a trace.
        String warning = tr.headers().firstValue("X-Gosim-Warning").orElse("");
        assertTrue(warning.startsWith("the process has exited") && warning.contains("trace over 0.01 virtual seconds"),
                warning);
    }
}
