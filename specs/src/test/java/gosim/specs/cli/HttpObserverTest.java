package gosim.specs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -http is an observer (issue 13): a long run with and without it, and with many concurrent
 * requests of every endpoint arriving during the run, gives byte-identical program output, exit
 * status, event log and program-written profiles; no answer shows a goroutine the server made.
 */
class HttpObserverTest {
    @TempDir
    Path dir;

    /** Workers, channels, sleeps, allocations, a GC; prints its own NumGoroutine and goroutine dumps. */
    static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"os"
            	"runtime"
            	"runtime/pprof"
            	"sync"
            	"time"
            )

            var keep [][]byte

            func worker(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
            	defer wg.Done()
            	for v := range in {
            		s := 0
            		for i := 0; i < 100; i++ {
            			s += i * v
            		}
            		keep = append(keep, make([]byte, 64+v%512))
            		if len(keep) > 400 {
            			keep = keep[:0]
            		}
            		out <- s
            	}
            }

            func main() {
            	runtime.MemProfileRate = 512
            	in := make(chan int)
            	out := make(chan int, 8)
            	var wg sync.WaitGroup
            	for i := 0; i < 4; i++ {
            		wg.Add(1)
            		go worker(in, out, &wg)
            	}
            	go func() {
            		for i := 0; i < 30000; i++ {
            			in <- i
            			if i%1000 == 0 {
            				time.Sleep(time.Millisecond)
            			}
            		}
            		close(in)
            		wg.Wait()
            		close(out)
            	}()
            	total, n := 0, 0
            	for v := range out {
            		total += v
            		n++
            		if n%5000 == 0 {
            			fmt.Println("progress", n, runtime.NumGoroutine())
            			pprof.Lookup("goroutine").WriteTo(os.Stdout, 1)
            		}
            	}
            	runtime.GC()
            	fmt.Println("total", total, runtime.NumGoroutine())
            	buf := make([]byte, 1<<16)
            	fmt.Printf("%s\\n", buf[:runtime.Stack(buf, true)])
            	os.Exit(3)
            }
            """;

    /** Every endpoint, including the measured ones and heap?gc=1, which must not run a GC. */
    static final String[] PATHS = {"goroutine?debug=2", "goroutine?debug=1", "goroutine", "heap?debug=1",
        "heap?gc=1&debug=1", "profile?seconds=1", "trace?seconds=0.001", "", "symbol", "cmdline",
        "threadcreate?debug=1", "block?debug=1", "nothing", "symbol?0x401000"};

    record Run(byte[] out, String err, byte[] events, byte[] cpu, byte[] mem) {
    }

    private String[] args(Path prog, String tag, boolean http) {
        List<String> a = new ArrayList<>(List.of("run", "-events", dir.resolve(tag + ".jsonl").toString(),
                "-cpuprofile", dir.resolve(tag + ".cpu").toString(), "-memprofile", dir.resolve(tag + ".mem").toString()));
        if (http) {
            a.addAll(List.of("-http", "127.0.0.1:0"));
        }
        a.add(prog.toString());
        return a.toArray(String[]::new);
    }

    private Run files(String tag, ByteArrayOutputStream out, String err) throws Exception {
        return new Run(out.toByteArray(), err, Files.readAllBytes(dir.resolve(tag + ".jsonl")),
                Files.readAllBytes(dir.resolve(tag + ".cpu")), Files.readAllBytes(dir.resolve(tag + ".mem")));
    }

    @Test
    void requestsDuringALongRunChangeNothingTheProcessProduces() throws Exception {
        Path prog = dir.resolve("long.go");
        Files.writeString(prog, PROGRAM);

        ByteArrayOutputStream out0 = new ByteArrayOutputStream();
        ByteArrayOutputStream err0 = new ByteArrayOutputStream();
        int status = Main.run(args(prog, "plain", false), new PrintStream(out0, true, StandardCharsets.UTF_8),
                new PrintStream(err0, true, StandardCharsets.UTF_8), Map.of());
        assertEquals(3, status, err0.toString(StandardCharsets.UTF_8));
        Run plain = files("plain", out0, err0.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream out1 = new ByteArrayOutputStream();
        ByteArrayOutputStream err1 = new ByteArrayOutputStream();
        Thread cli = new Thread(() -> Main.run(args(prog, "observed", true),
                new PrintStream(out1, true, StandardCharsets.UTF_8), new PrintStream(err1, true, StandardCharsets.UTF_8),
                Map.of()));
        cli.setDaemon(true); // after the process ends, -http serves its final state until the JVM ends
        cli.start();
        String url = await(err1, Pattern.compile("gosim: serving /debug/pprof on (http://\\S+)\n"));

        // Many concurrent requests of every kind while the process runs, until it has exited.
        HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(8)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        Pattern exited = Pattern.compile("gosim: the process exited with status (\\d+); still serving ");
        while (!exited.matcher(err1.toString(StandardCharsets.UTF_8)).find()) {
            for (String p : PATHS) {
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url + p)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1)));
            }
            Thread.sleep(20);
        }
        int midRun = 0;
        for (CompletableFuture<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.join();
            String body = r.body();
            assertFalse(body.contains("net/http") || body.contains("Serve"), "the server shows in the process: " + body);
            assertFalse(r.statusCode() == 503, body);
            if (r.uri().toString().endsWith("goroutine?debug=2") && body.contains("main.worker(")) {
                midRun++;
            }
        }
        assertTrue(midRun > 0, "no request was answered while the workers ran (" + answers.size()
                + " requests): the scenario is too short to test anything");

        Matcher m = exited.matcher(err1.toString(StandardCharsets.UTF_8));
        assertTrue(m.find());
        assertEquals(status, Integer.parseInt(m.group(1)));
        Run observed = files("observed", out1, err1.toString(StandardCharsets.UTF_8));
        assertArrayEquals(plain.out(), observed.out(), "stdout differs under -http");
        assertArrayEquals(plain.events(), observed.events(), "the event log (the schedule) differs under -http");
        assertArrayEquals(plain.cpu(), observed.cpu(), "the program's own CPU profile differs under -http");
        assertArrayEquals(plain.mem(), observed.mem(), "the program's own heap profile differs under -http");
        // stderr differs only by the two lines -http itself prints
        String rest = observed.err().replaceAll("gosim: serving /debug/pprof on \\S+\n", "")
                .replaceAll("gosim: the process exited with status \\d+; still serving .*\n", "");
        assertEquals(plain.err(), rest);
    }

    private static String await(ByteArrayOutputStream err, Pattern p) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            Matcher m = p.matcher(err.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line matching " + p + " in: " + err.toString(StandardCharsets.UTF_8));
    }
}
