package gosim.specs.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The kernel side of a simulated process's files: an in-memory filesystem and the process's file
 * descriptor table, answering the system calls that Go's os package makes on linux
 * (os/file_unix.go, os/dir_unix.go, os/stat_linux.go: open, read, pread, write, pwrite, lseek,
 * close, mkdir, unlink, rmdir, rename, stat, fstat, getdents) with the results and errno values
 * linux gives. Nothing reaches the host: the filesystem starts empty or with files copied in before
 * the run ({@link #seed}), and stdin (fd 0) is bytes read from the host once, when first read.
 *
 * <p>The working directory is {@link #CWD}; the umask is 022, as in a usual shell (so
 * {@code os.WriteFile(name, b, 0666)} makes a -rw-r--r-- file, as on the machine real Go runs on).
 */
public final class MemFS {
    public static final String CWD = "/tmp";
    /** linux errno values (asm-generic/errno-base.h, errno.h). */
    public static final int ENOENT = 2, EBADF = 9, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22,
            ENOTEMPTY = 39;
    /** linux/amd64 open flags (syscall/zerrors_linux_amd64.go). */
    static final int O_ACCMODE = 3, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
            O_APPEND = 0x400;
    /** Go's os.ModeDir (os/types.go: the first of the mode bits, {@code 1 << 31}). */
    public static final long MODE_DIR = 1L << 31;
    private static final int UMASK = 022;

    private static final class Node {
        final boolean dir;
        int perm;
        byte[] data = new byte[0];
        int size;
        final TreeMap<String, Node> children;

        Node(boolean dir, int perm) {
            this.dir = dir;
            this.perm = perm;
            this.children = dir ? new TreeMap<>() : null;
        }
    }

    private static final class Open {
        final Node node;
        final boolean read;
        final boolean write;
        final boolean append;
        long offset;

        Open(Node node, boolean read, boolean write, boolean append) {
            this.node = node;
            this.read = read;
            this.write = write;
            this.append = append;
        }
    }

    private final Node root = new Node(true, 0755);
    private final Map<Integer, Open> fds = new HashMap<>();
    private final Supplier<byte[]> stdinSource;
    private Node stdin;

    /** A filesystem holding only the working directory; stdin's bytes come from {@code stdin} when first read. */
    public MemFS(Supplier<byte[]> stdin) {
        this.stdinSource = stdin;
        mkdirAll(CWD);
    }

    /** An empty filesystem whose stdin is empty. */
    public MemFS() {
        this(() -> new byte[0]);
    }

    /** Puts a file at {@code name} (relative to {@link #CWD} or absolute), making its directories. */
    public void seed(String name, byte[] content) {
        String[] parts = split(name);
        if (parts.length == 0) {
            throw new IllegalArgumentException("invalid file name " + name);
        }
        Node d = mkdirAll("/" + String.join("/", java.util.Arrays.copyOf(parts, parts.length - 1)));
        Node f = new Node(false, 0644);
        f.data = content.clone();
        f.size = content.length;
        d.children.put(parts[parts.length - 1], f);
    }

    private Node mkdirAll(String abs) {
        Node d = root;
        for (String p : split(abs)) {
            Node c = d.children.get(p);
            if (c == null || !c.dir) {
                c = new Node(true, 0755);
                d.children.put(p, c);
            }
            d = c;
        }
        return d;
    }

    /** The path's components after making it absolute and cleaning "." and ".." (as the kernel walks it). */
    private static String[] split(String path) {
        String abs = path.startsWith("/") ? path : CWD + "/" + path;
        List<String> out = new ArrayList<>();
        for (String p : abs.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!out.isEmpty()) {
                    out.removeLast();
                }
            } else {
                out.add(p);
            }
        }
        return out.toArray(String[]::new);
    }

    /** The directory holding path's last component, or -errno; result[1] is the last name ("" for /). */
    private Object[] parent(String path) {
        if (path.isEmpty()) {
            return new Object[] {-ENOENT, null};
        }
        String[] parts = split(path);
        Node d = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Node c = d.children.get(parts[i]);
            if (c == null) {
                return new Object[] {-ENOENT, null};
            }
            if (!c.dir) {
                return new Object[] {-ENOTDIR, null};
            }
            d = c;
        }
        return new Object[] {d, parts.length == 0 ? "" : parts[parts.length - 1]};
    }

    private Object lookup(String path) {
        Object[] pn = parent(path);
        if (!(pn[0] instanceof Node d)) {
            return pn[0];
        }
        String name = (String) pn[1];
        if (name.isEmpty()) {
            return root;
        }
        Node n = d.children.get(name);
        return n == null ? (Object) (-ENOENT) : n;
    }

    private int lowestFreeFd() {
        int fd = 0;
        while (fd <= 2 || fds.containsKey(fd)) {
            fd++;
        }
        return fd;
    }

    /** open(2): a new fd, or -errno. */
    public int open(String path, int flag, int perm) {
        Object[] pn = parent(path);
        if (!(pn[0] instanceof Node d)) {
            return (Integer) pn[0];
        }
        String name = (String) pn[1];
        Node n = name.isEmpty() ? root : d.children.get(name);
        int acc = flag & O_ACCMODE;
        if (n == null) {
            if ((flag & O_CREAT) == 0) {
                return -ENOENT;
            }
            n = new Node(false, perm & 0777 & ~UMASK);
            d.children.put(name, n);
        } else if ((flag & O_CREAT) != 0 && (flag & O_EXCL) != 0) {
            return -EEXIST;
        }
        if (n.dir && acc != 0) {
            return -EISDIR;
        }
        if (!n.dir && (flag & O_TRUNC) != 0 && acc != 0) {
            n.data = new byte[0];
            n.size = 0;
        }
        int fd = lowestFreeFd();
        fds.put(fd, new Open(n, acc != O_WRONLY, acc != 0, (flag & O_APPEND) != 0));
        return fd;
    }

    private Open fd(int fd) {
        if (fd == 0 && !fds.containsKey(0)) {
            if (stdin == null) {
                stdin = new Node(false, 0600);
                stdin.data = stdinSource.get();
                stdin.size = stdin.data.length;
            }
            fds.put(0, new Open(stdin, true, false, false));
        }
        return fds.get(fd);
    }

    /** Whether fd is open (fd 0 is open until closed). */
    public boolean isOpen(int fd) {
        return fd(fd) != null;
    }

    /** read(2) ({@code off < 0}) or pread(2) into b[0:len]: the count, or -errno. */
    public int read(int fd, byte[] b, int len, long off) {
        Open o = fd(fd);
        if (o == null || !o.read) {
            return -EBADF;
        }
        if (o.node.dir) {
            return -EISDIR;
        }
        long at = off < 0 ? o.offset : off;
        int n = (int) Math.max(0, Math.min(len, o.node.size - at));
        if (n > 0) {
            System.arraycopy(o.node.data, (int) at, b, 0, n);
        }
        if (off < 0) {
            o.offset += n;
        }
        return n;
    }

    /** write(2) ({@code off < 0}) or pwrite(2): the count, or -errno. */
    public int write(int fd, byte[] b, long off) {
        Open o = fd(fd);
        if (o == null || !o.write) {
            return -EBADF;
        }
        Node f = o.node;
        long at = off >= 0 ? off : o.append ? f.size : o.offset;
        long end = at + b.length;
        if (end > Integer.MAX_VALUE - 8) {
            return -EINVAL;
        }
        if (end > f.data.length) {
            f.data = java.util.Arrays.copyOf(f.data, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 8,
                    2L * f.data.length)));
        }
        System.arraycopy(b, 0, f.data, (int) at, b.length);
        if (at > f.size) {
            java.util.Arrays.fill(f.data, f.size, (int) at, (byte) 0);
        }
        f.size = (int) Math.max(f.size, end);
        if (off < 0) {
            o.offset = end;
        }
        return b.length;
    }

    /** lseek(2): the new offset, or -errno. */
    public long seek(int fd, long off, int whence) {
        Open o = fd(fd);
        if (o == null) {
            return -EBADF;
        }
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> o.offset;
            case 2 -> o.node.dir ? 0 : o.node.size;
            default -> -1;
        };
        if (base < 0 || base + off < 0) {
            return -EINVAL;
        }
        o.offset = base + off;
        return o.offset;
    }

    /** close(2): 0 or -errno. */
    public int close(int fd) {
        return fd(fd) == null || fds.remove(fd) == null ? -EBADF : 0;
    }

    /** mkdir(2): 0 or -errno. */
    public int mkdir(String path, int perm) {
        Object[] pn = parent(path);
        if (!(pn[0] instanceof Node d)) {
            return (Integer) pn[0];
        }
        String name = (String) pn[1];
        if (name.isEmpty() || d.children.containsKey(name)) {
            return -EEXIST;
        }
        d.children.put(name, new Node(true, perm & 0777 & ~UMASK));
        return 0;
    }

    /** unlink(2) (dir false) or rmdir(2): 0 or -errno. */
    public int remove(String path, boolean dir) {
        Object[] pn = parent(path);
        if (!(pn[0] instanceof Node d)) {
            return (Integer) pn[0];
        }
        String name = (String) pn[1];
        Node n = name.isEmpty() ? root : d.children.get(name);
        if (n == null) {
            return -ENOENT;
        }
        if (n.dir != dir) {
            return dir ? -ENOTDIR : -EISDIR;
        }
        if (dir && (n == root || name.equals("."))) {
            return -EINVAL;
        }
        if (dir && !n.children.isEmpty()) {
            return -ENOTEMPTY;
        }
        d.children.remove(name);
        return 0;
    }

    /** rename(2): 0 or -errno. */
    public int rename(String from, String to) {
        Object[] a = parent(from);
        if (!(a[0] instanceof Node da)) {
            return (Integer) a[0];
        }
        Node n = da.children.get((String) a[1]);
        if (n == null) {
            return -ENOENT;
        }
        Object[] b = parent(to);
        if (!(b[0] instanceof Node db)) {
            return (Integer) b[0];
        }
        String bn = (String) b[1];
        Node old = db.children.get(bn);
        if (old != null && old != n) {
            if (old.dir && !n.dir) {
                return -EISDIR;
            }
            if (!old.dir && n.dir) {
                return -ENOTDIR;
            }
            if (old.dir && !old.children.isEmpty()) {
                return -ENOTEMPTY;
            }
        }
        da.children.remove((String) a[1]);
        db.children.put(bn, n);
        return 0;
    }

    /** stat(2) of a path: {size, Go FileMode} or {-errno}. */
    public long[] stat(String path) {
        Object n = lookup(path);
        return n instanceof Node node ? info(node) : new long[] {(Integer) n};
    }

    /** fstat(2). */
    public long[] fstat(int fd) {
        Open o = fd(fd);
        return o == null ? new long[] {-EBADF} : info(o.node);
    }

    private static long[] info(Node n) {
        return new long[] {n.dir ? 4096 : n.size, n.perm | (n.dir ? MODE_DIR : 0)};
    }

    /** The names in the directory open at fd, sorted (getdents, sorted as os.ReadDir sorts), or null with errno in err[0]. */
    public List<String> readdir(int fd, int[] err) {
        Open o = fd(fd);
        if (o == null) {
            err[0] = EBADF;
            return null;
        }
        if (!o.node.dir) {
            err[0] = ENOTDIR;
            return null;
        }
        return new ArrayList<>(o.node.children.keySet());
    }
}
