package gosim.specs.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.specs.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory OS (MemFS behind package os): stdin and -file, the dialect's closed-file errors, and
 * file I/O as blocking syscalls. The os package's file API against real Go is StdlibGoldenTest's
 * os_files.go.
 */
class InMemoryOsTest {
    static final Path DIR = Path.of("src/test/resources/gosim/os");

    record Run(int status, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, stdin == null ? null : new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Recorded with go1.19: {@code printf 'alpha\nbeta\n' | go run stdin.go} in a directory holding
     * data/in.txt with the bytes "one\ntwo words\nthree".
     */
    @Test
    void stdinAndSeededFilesReadAsRealGoReadsThem(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in.txt");
        Files.writeString(in, "one\ntwo words\nthree");
        Run r = run("alpha\nbeta\n".getBytes(StandardCharsets.UTF_8), "run", "-file", "data/in.txt=" + in,
                DIR.resolve("stdin.go").toString());
        assertEquals("", r.err());
        assertEquals(0, r.status());
        assertEquals("1: ALPHA\n2: BETA\nlines 2 <nil>\n\"one\\ntwo words\\nthree\" <nil>\n", r.out());
        // nothing given: empty stdin, no files (go run stdin.go < /dev/null in an empty directory)
        Run none = run(null, "run", DIR.resolve("stdin.go").toString());
        assertEquals("lines 0 <nil>\n\"\" open data/in.txt: no such file or directory\n", none.out());
    }

    /**
     * The process's identity is the simulation's, never the host's: Executable is the fixed program
     * path (Args[0] as the run started), the environment is the fixed one plus -env (Environ in
     * runtime envs order, here sorted by key, as go1.7 syscall/env_unix.go Environ keeps envs' order),
     * the ids are fixed. Setenv changes only the run's copy.
     */
    @Test
    void processIdentityIsFixed() {
        Run r = run(null, "run", "-go", "1.19", "-env", "ZZ=1", DIR.resolve("identity.go").toString());
        assertEquals("", r.err());
        assertEquals("/tmp/go-build/identity <nil>\n/home/gopher <nil>\n/tmp <nil> /tmp\n1000 1000 1000 1000 1\n"
                + "[HOME=/home/gopher LANG=C.UTF-8 PATH=/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                + " USER=gopher ZZ=1]\n/root gopher:/root\n", r.out());
    }

    @Test
    void unreadableHostFileIsASetupError() {
        Run r = run(null, "run", "-file", "x=/nonexistent/gosim-file", DIR.resolve("stdin.go").toString());
        assertEquals(2, r.status());
        assertEquals("gosim run: -file x=/nonexistent/gosim-file: cannot read /nonexistent/gosim-file: "
                + "no such file or directory\n", r.err());
        Run bad = run(null, "run", "-file", "novalue", DIR.resolve("stdin.go").toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("gosim run: invalid value \"novalue\" for flag -file: want NAME=HOSTPATH"),
                bad.err());
    }

    /**
     * Go 1.7 closes a file by setting its fd to -1 (os/file_unix.go:135-143 at go1.7): a second Close
     * is syscall.EINVAL, bare; Read and Write then reach the system call, which answers EBADF
     * (file.go:97-109 wraps it in a PathError). Go 1.8+ report os.ErrClosed instead (the 1.19
     * lines are real Go 1.19's, see os_files.out).
     */
    @Test
    void closedFileErrorsFollowTheDialect(@TempDir Path tmp) throws IOException {
        // errors.Is and As are Go 1.13's, undefined in the 1.7 dialect: the Go 1.7 spelling of the same tests
        String src = Files.readString(StdlibGoldenTest.DIR.resolve("os_files.go"))
                .replace("errors.Is(err, os.ErrNotExist)", "os.IsNotExist(err)")
                .replace("var pe *os.PathError\n\tif errors.As(err, &pe) {", "if pe, ok := err.(*os.PathError); ok {")
                .replace("\t\"errors\"\n", "");
        Path prog = tmp.resolve("os_files.go");
        Files.writeString(prog, src);
        Run old = run(null, "run", "-go", "1.7", prog.toString());
        assertEquals(0, old.status(), old.err());
        List<String> oldLines = List.of(old.out().split("\n"));
        List<String> newLines = List.of(Files.readString(StdlibGoldenTest.DIR.resolve("os_files.out")).split("\n"));
        assertEquals(newLines.size(), oldLines.size());
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < newLines.size(); i++) {
            if (!newLines.get(i).equals(oldLines.get(i))) {
                differ.add(oldLines.get(i));
            }
        }
        assertEquals(List.of("invalid argument", "read gosimtest/a.txt: bad file descriptor",
                "write gosimtest/a.txt: bad file descriptor"), differ);
    }

    /** Open, ten writes and Close are twelve blocking syscalls in the event stream (entersyscall/exitsyscall). */
    @Test
    void fileOperationsAreSyscalls(@TempDir Path tmp) throws IOException {
        Path events = tmp.resolve("events.json");
        Run r = run(null, "run", "-noise", "none", "-events", events.toString(), DIR.resolve("syscalls.go").toString());
        assertEquals(0, r.status(), r.err());
        long syscalls = Files.readAllLines(events).stream().filter(l -> l.contains("\"ev\":\"syscall\"")).count();
        assertEquals(12, syscalls);
    }

    /**
     * A long file write blocks in a syscall and sysmon retakes its P for the runnable goroutine
     * (go1.7 proc.go retake: a P in _Psyscall for a sysmon tick with work elsewhere goes to
     * handoffp), as for any blocking syscall.
     */
    @Test
    void longFileSyscallsHandOffTheirP(@TempDir Path tmp) throws IOException {
        Path events = tmp.resolve("events.json");
        Run r = run(null, "run", "-noise", "none", "-events", events.toString(), DIR.resolve("handoff.go").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("true\n", r.out());
        List<String> lines = Files.readAllLines(events);
        // Create, three Writes, Close (the GC's entersyscallblock is another syscall event)
        assertEquals(5, lines.stream().filter(l -> l.contains("\"ev\":\"syscall\"") && l.contains("syscall.Syscall")).count());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"ev\":\"retake\"")), "sysmon retook a P");
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"ev\":\"handoff\"")), "the P was handed off");
    }

    /**
     * Temporary names are random in Go (go1.7 io/ioutil/tempfile.go reseeds a linear congruential
     * generator from the clock and pid; go1.19 os/tempfile.go nextRandom is a fastrand): here both
     * draw from the run's seeded source, so a seed repeats its names and another seed changes them.
     * Go 1.7's form: filepath.Join(dir, prefix+nextSuffix()), nine digits, the directory cleaned;
     * Go 1.19's ioutil.TempFile is os.CreateTemp: dir/prefix then the decimal of a uint32.
     */
    @Test
    void tempNamesFollowTheSeed() {
        String prog = DIR.resolve("tempnames.go").toString();
        Run a = run(null, "run", prog);
        assertEquals(0, a.status(), a.err());
        assertTrue(a.out().matches("/tmp/d\\d{9} <nil> <nil>\n(/tmp/d\\d{9}/f\\d{9} <nil>\n){3}true true\n"), a.out());
        assertEquals(a.out(), run(null, "run", prog).out());
        assertTrue(!a.out().equals(run(null, "run", "-seed", "2", prog).out()));
        Run b = run(null, "run", "-go", "1.19", prog);
        assertEquals(0, b.status(), b.err());
        assertTrue(b.out().matches("/tmp/d\\d{1,10} <nil> <nil>\n(/tmp/d\\d{1,10}//x/../f\\d{1,10} <nil>\n){3}true true\n"), b.out());
        assertEquals(b.out(), run(null, "run", "-go", "1.19", prog).out());
    }
}
