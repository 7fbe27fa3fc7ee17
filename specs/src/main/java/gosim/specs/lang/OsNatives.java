package gosim.specs.lang;

import gosim.specs.lang.Values.SliceVal;
import java.util.List;

/**
 * The system calls behind the os stub (gosim/stdlib/os/os.go), as os/file_unix.go makes them through
 * package syscall: each is answered by the process's {@link MemFS} and, except on the standard
 * streams' writes (which keep the host's output path), costs a blocking syscall of modeled
 * duration ({@link Host#fileSyscall}: entersyscall/exitsyscall, so sysmon may hand the P off).
 * Results cross as Go ints: a count or fd, and an errno (0 for none).
 */
final class OsNatives {
    /** Modeled cost of one file syscall: a fixed entry cost plus a copy at about 4 GB/s (page cache). */
    static final long SYSCALL_NANOS = 1_000;

    private final Interp in;
    private final Host host;

    OsNatives(Interp in) {
        this.in = in;
        this.host = in.host;
    }

    private static long i(Object v) {
        return (Long) v;
    }

    private static Object[] two(long a, long b) {
        return new Object[] {a, b};
    }

    /** A result that is a value or -errno, as Go's (value, errno) pair. */
    private static Object[] result(long r) {
        return r < 0 ? two(0, -r) : two(r, 0);
    }

    private void cost(Goroutine g, long bytes) {
        host.fileSyscall(g, SYSCALL_NANOS + bytes / 4);
    }

    Host.Native resolve(String name) {
        return switch (name) {
            case "sysAtLeast" -> (g, a) -> in.version.atLeast((int) i(a[0]));
            // tempfile.go's fastrand (a runtime draw, no syscall): 31 bits of the run's source
            case "sysFastrand" -> (g, a) -> (long) host.fastrand(Integer.MAX_VALUE);
            case "sysGetpid" -> (g, a) -> Host.PID;
            case "sysOpen" -> (g, a) -> {
                cost(g, 0);
                return result(host.fs().open((String) a[0], (int) i(a[1]), (int) i(a[2])));
            };
            case "sysRead" -> (g, a) -> {
                SliceVal b = (SliceVal) a[1];
                int len = b == null ? 0 : b.len;
                byte[] buf = new byte[len];
                int fd = (int) i(a[0]);
                if (fd == 1 || fd == 2) {
                    return two(0, MemFS.EBADF);
                }
                int n = host.fs().read(fd, buf, len, i(a[2]));
                cost(g, Math.max(0, n));
                for (int k = 0; k < n; k++) {
                    b.a[b.off + k] = (long) (buf[k] & 0xFF);
                }
                return result(n);
            };
            case "sysWrite" -> (g, a) -> {
                byte[] b = Values.bytes(a[1] == null ? "" : a[1]);
                int fd = (int) i(a[0]);
                if (fd == 1 || fd == 2) {
                    host.write(g, fd, b, 0, b.length);
                    return two(b.length, 0);
                }
                cost(g, b.length);
                return result(host.fs().write(fd, b, i(a[2])));
            };
            case "sysSeek" -> (g, a) -> {
                cost(g, 0);
                return result(host.fs().seek((int) i(a[0]), i(a[1]), (int) i(a[2])));
            };
            case "sysClose" -> (g, a) -> {
                cost(g, 0);
                return (long) -host.fs().close((int) i(a[0]));
            };
            case "sysMkdir" -> (g, a) -> {
                cost(g, 0);
                return (long) -host.fs().mkdir((String) a[0], (int) i(a[1]));
            };
            case "sysRemove" -> (g, a) -> {
                cost(g, 0);
                return (long) -host.fs().remove((String) a[0], (Boolean) a[1]);
            };
            case "sysRename" -> (g, a) -> {
                cost(g, 0);
                return (long) -host.fs().rename((String) a[0], (String) a[1]);
            };
            case "sysStat" -> (g, a) -> {
                cost(g, 0);
                return stat(host.fs().stat((String) a[0]));
            };
            case "sysLstat" -> (g, a) -> {
                cost(g, 0);
                return stat(host.fs().lstat((String) a[0]));
            };
            case "sysReadlink" -> (g, a) -> {
                cost(g, 0);
                int[] err = new int[1];
                String t = host.fs().readlink((String) a[0], err);
                return new Object[] {t == null ? "" : t, (long) err[0]};
            };
            case "sysLink" -> (g, a) -> {
                cost(g, 0);
                boolean sym = (Boolean) a[2];
                return (long) -host.fs().link(sym ? (String) a[0] : null, sym ? null : (String) a[0], (String) a[1]);
            };
            case "sysFstat" -> (g, a) -> {
                cost(g, 0);
                return stat(host.fs().fstat((int) i(a[0])));
            };
            case "sysChmod" -> (g, a) -> {
                cost(g, 0);
                return (long) -host.fs().chmod((String) a[0], (int) i(a[1]), (int) i(a[2]));
            };
            case "sysTruncate" -> (g, a) -> {
                cost(g, 0);
                return (long) -host.fs().truncate((String) a[0], (int) i(a[1]), i(a[2]));
            };
            case "sysChtimes" -> (g, a) -> {
                cost(g, 0);
                return (long) -host.fs().chtimes((String) a[0], i(a[1]));
            };
            case "sysChdir" -> (g, a) -> {
                cost(g, 0);
                return (long) -host.fs().chdir((String) a[0]);
            };
            case "sysGetwd" -> (g, a) -> {
                cost(g, 0);
                return host.fs().getcwd(); // Go strings cross as bytes: the path is already one
            };
            // runtime/runtime.go's envs: the run's fixed environment, "key=value" sorted by key
            case "sysEnvs" -> (g, a) -> {
                Object[] arr = host.environ().stream().map(Lexer::utf8).toArray();
                return new SliceVal(arr, 0, arr.length, arr.length);
            };
            case "sysReaddir" -> (g, a) -> {
                cost(g, 0);
                int[] err = new int[1];
                List<String> names = host.fs().readdir((int) i(a[0]), err);
                if (names == null) {
                    return new Object[] {null, (long) err[0]};
                }
                Object[] arr = names.toArray();
                return new Object[] {new SliceVal(arr, 0, arr.length, arr.length), 0L};
            };
            default -> null;
        };
    }

    private static Object[] stat(long[] r) {
        return r.length == 1 ? new Object[] {0L, 0L, 0L, 0L, -r[0]} : new Object[] {r[0], r[1], r[2], r[3], 0L};
    }
}
