package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13's inputs and flags: each gives Go's answer or one clear message, never a Java trace. */
class HardeningTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int st = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Result(st, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static String main(String body) {
        return "package main\n\nimport \"fmt\"\n\nfunc main() {\n" + body + "\n}\n";
    }

    static void noJavaTrace(Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("java."), r.err());
    }

    @Test
    void deepNestingCompilesAndRuns() throws IOException {
        int n = 2000;
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"x := " + "(".repeat(n) + "1" + ")".repeat(n) + "\nfmt.Println(x)", "1\n"});
        cases.add(new String[] {"x := 1\n" + "if x > 0 {\n".repeat(n) + "fmt.Println(x)\n" + "}\n".repeat(n), "1\n"});
        cases.add(new String[] {"x := 1\n" + "func() {\n".repeat(n) + "fmt.Println(x)\n" + "}()\n".repeat(n), "1\n"});
        cases.add(new String[] {"var v " + "[]".repeat(n) + "int\nfmt.Println(len(v))", "0\n"});
        cases.add(new String[] {"a := []int{0}\nfmt.Println(" + "a[".repeat(n) + "0" + "]".repeat(n) + ")", "0\n"});
        cases.add(new String[] {"s := " + String.join(" + ", java.util.Collections.nCopies(3000, "\"a\""))
                + "\nfmt.Println(len(s))", "3000\n"});
        int i = 0;
        for (String[] c : cases) {
            Result r = run("run", file("deep" + i++ + ".go", main(c[0])).toString());
            assertEquals(0, r.status(), r.err());
            assertEquals(c[1], r.out());
        }
    }

    @Test
    void nestingBeyondTheLimitIsAGoStyleError() throws IOException {
        int n = 100_001; // go1.19 go/parser maxNestLev = 1e5
        Path p = file("toodeep.go", main("x := " + "(".repeat(n) + "1" + ")".repeat(n) + "\n_ = x"));
        Result r = run("check", p.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().matches(java.util.regex.Pattern.quote(p.toString())
                + ":6:[1-9][0-9]*: exceeded max nesting depth\n"), r.err());
    }

    @Test
    void sourceEncodingErrorsAreGoMessages() throws IOException {
        // go1.19 cmd/compile/internal/syntax/source.go: "invalid UTF-8 encoding", "invalid NUL character"
        Path bad = file("bad.go", "package main\n\nfunc main() {\n\tx := \"a\u0000\"\n}\n".replace('\u0000', '#')
                .getBytes(StandardCharsets.UTF_8));
        byte[] b = Files.readAllBytes(bad);
        b[b.length - 5] = (byte) 0xff; // the '#': column 9 of line 4 (tab, x, space, :, =, space, ", a)
        Files.write(bad, b);
        Result r = run("run", bad.toString());
        assertEquals(2, r.status());
        assertEquals(bad + ":4:9: invalid UTF-8 encoding\n", r.err());

        Path nul = file("nul.go", "package main\n\n// a \u0000 here\nfunc main() {\n}\n");
        r = run("check", nul.toString());
        assertEquals(nul + ":3:6: invalid NUL character\n", r.err());

        Path bom = file("bom.go", "\uFEFF" + main("fmt.Println(\"ok\")"));
        r = run("run", bom.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("ok\n", r.out());

        Path midBom = file("midbom.go", main("fmt.Println(\"ok\") \uFEFF"));
        r = run("check", midBom.toString());
        assertEquals(midBom + ":6:19: invalid BOM in the middle of the file\n", r.err());

        // go1.19 syntax/scanner.go fullComment: errorAtf(0, "comment not terminated"), at the /*
        Path comment = file("comment.go", "package main\n\nfunc main() {\n}\n\n  /* open\n  and on\n");
        r = run("check", comment.toString());
        assertEquals(comment + ":6:3: comment not terminated\n", r.err());
    }

    @Test
    void aFileTooLargeOrUnreadableIsOneLine() throws IOException {
        Result r = run("run", "/dev/zero");
        assertEquals(2, r.status());
        assertEquals("gosim run: read /dev/zero: file too large (gosim reads at most 64 MiB of source)\n", r.err());
        r = run("run", dir.toString());
        assertEquals("gosim run: read " + dir + ": is a directory\n", r.err());
    }

    @Test
    void httpFlagMistakesAreUsageErrors() throws IOException {
        Path p = file("p.go", main("fmt.Println(1)"));
        for (String bad : new String[] {"abc", "127.0.0.1:", "127.0.0.1:70000", "127.0.0.1:-1", "no-such-host.invalid:80"}) {
            Result r = run("run", "-http", bad, p.toString());
            assertEquals(2, r.status(), bad);
            assertTrue(r.err().startsWith("gosim run: invalid value \"" + bad + "\" for flag -http: "), r.err());
            noJavaTrace(r);
        }
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String addr = "127.0.0.1:" + taken.getLocalPort();
            Result r = run("run", "-http", addr, p.toString());
            assertEquals(2, r.status());
            assertEquals("gosim run: listen tcp " + addr + ": bind: address already in use\n", r.err());
            assertEquals("", r.out(), "the program did not run");
        }
    }

    @Test
    void profilePathsInAMissingDirectoryAreOneLine() throws IOException {
        Path p = file("p.go", main("fmt.Println(1)"));
        for (String flag : new String[] {"-cpuprofile", "-memprofile", "-blockprofile"}) {
            String f = dir.resolve("missing/x.prof").toString();
            Result r = run("run", flag, f, p.toString());
            assertEquals(2, r.status(), flag);
            assertEquals("gosim run: open " + f + ": no such file or directory\n", r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void stopCPUProfileUnderTheCpuprofileFlagWritesEveryProfile() throws IOException {
        Path p = file("cpu.go", """
                package main

                import (
                	"fmt"
                	"runtime/pprof"
                )

                func main() {
                	x := 0
                	for i := 0; i < 100000; i++ {
                		x += i
                	}
                	pprof.StopCPUProfile()
                	pprof.StopCPUProfile()
                	fmt.Println(x)
                }
                """);
        Path cpu = dir.resolve("c.prof");
        Path mem = dir.resolve("m.prof");
        Result r = run("run", "-cpuprofile", cpu.toString(), "-memprofile", mem.toString(), p.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("4999950000\n", r.out());
        assertTrue(Files.size(cpu) > 0, "the CPU profile was written when the program stopped it");
        byte[] heap = Files.readAllBytes(mem); // profile.proto, gzipped, is the CLI's default format
        assertTrue(heap.length > 2 && (heap[0] & 0xff) == 0x1f && (heap[1] & 0xff) == 0x8b,
                "the heap profile was written too");
    }

    @Test
    void maxTimeStopsVirtualTimeAtTheLimit() throws IOException {
        Path p = file("sleep.go", """
                package main

                import (
                	"fmt"
                	"time"
                )

                func main() {
                	fmt.Println("before")
                	go func() {
                		time.Sleep(1500 * time.Millisecond)
                		fmt.Println("goroutine after the limit")
                	}()
                	time.Sleep(2 * time.Second)
                	fmt.Println("after")
                }
                """);
        Result r = run("run", "-max-time", "1s", p.toString());
        assertEquals(2, r.status());
        assertEquals("before\n", r.out());
        assertEquals("gosim: program stopped: it ran past 1000ms of virtual time (raise the budget with -max-time)\n",
                r.err());
    }

    @Test
    void theWildcardAddressIsServedUnderAUsableUrl() throws Exception {
        Path p = file("p.go", main("fmt.Println(1)"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
        int fport = port;
        Thread cli = new Thread(() -> Main.run(new String[] {"run", "-http", "0.0.0.0:" + fport, p.toString()},
                new PrintStream(new ByteArrayOutputStream()), errs, Map.of()));
        cli.setDaemon(true); // -http keeps serving until the JVM ends
        cli.start();
        String want = "gosim: serving /debug/pprof on http://127.0.0.1:" + port + "/debug/pprof/";
        for (int i = 0; i < 600 && !err.toString(StandardCharsets.UTF_8).contains("\n"); i++) {
            Thread.sleep(50);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(want + "\n"), err.toString(StandardCharsets.UTF_8));
    }
}
