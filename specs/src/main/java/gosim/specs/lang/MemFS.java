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
            ENOTEMPTY = 39, EBUSY = 16, EPERM = 1, ELOOP = 40;
    /** linux/amd64 open flags (syscall/zerrors_linux_amd64.go). */
    static final int O_ACCMODE = 3, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
            O_APPEND = 0x400;
    /** Go's os.ModeDir (os/types.go: the first of the mode bits, {@code 1 << 31}). */
    public static final long MODE_DIR = 1L << 31;
    /** os.ModeSymlink ({@code 1 << (32 - 1 - 4)}). */
    static final long MODE_SYMLINK = 1L << 27;
    private static final int UMASK = 022;

    private static final class Node {
        final boolean dir;
        int perm;
        byte[] data = new byte[0];
        int size;
        final TreeMap<String, Node> children;
        /** Modification time, Unix nanoseconds of the run's virtual wall clock (st_mtim). */
        long mtime;
        /** The inode number (st_ino): 1 for the root, then in creation order, so a run repeats it. */
        final long ino;
        /** A symbolic link's target (null for a file or directory). */
        String link;

        Node(MemFS fs, boolean dir, int perm, long mtime) {
            this.ino = ++fs.inodes;
            this.dir = dir;
            this.perm = perm;
            this.children = dir ? new TreeMap<>() : null;
            this.mtime = mtime;
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

    /** The virtual wall clock in Unix nanoseconds, for modification times (0 until the host sets it). */
    private java.util.function.LongSupplier clock = () -> 0L;
    private long inodes;
    private final Node root = new Node(this, true, 0755, 0);
    private final Map<Integer, Open> fds = new HashMap<>();
    private final Supplier<byte[]> stdinSource;
    /** The working directory (getcwd(2)), changed by chdir(2). */
    private String cwd = CWD;
    private Node stdin;

    /** A filesystem holding only the working directory; stdin's bytes come from {@code stdin} when first read. */
    public MemFS(Supplier<byte[]> stdin) {
        this.stdinSource = stdin;
        mkdirAll(CWD);
    }

    /** Sets the clock that stamps modification times (the simulation's virtual wall clock). */
    public void clock(java.util.function.LongSupplier c) {
        this.clock = c;
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
        Node f = new Node(this, false, 0644, 0);
        f.data = content.clone();
        f.size = content.length;
        d.children.put(parts[parts.length - 1], f);
    }

    private Node mkdirAll(String abs) {
        Node d = root;
        for (String p : split(abs)) {
            Node c = d.children.get(p);
            if (c == null || !c.dir) {
                c = new Node(this, true, 0755, 0);
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

    /**
     * Where a path leads, walked as linux's namei does: component by component from the root or the
     * working directory, each intermediate one an existing directory (so "d/x/.." fails with ENOENT
     * when x is missing: ".." is the parent of the directory reached, never a lexical cut). dir holds
     * the last component name; self is the node itself when that name is "", "." or "..".
     */
    private record Where(int errno, Node dir, String name, Node self, String path) {
        Node node() {
            return self != null ? self : dir.children.get(name);
        }

        /** The node, or -errno (ENOENT for a missing last component). */
        Object found() {
            if (errno != 0) {
                return -errno;
            }
            Node n = node();
            return n == null ? (Object) (-ENOENT) : n;
        }
    }

    /** Walks path, following symbolic links in it and, when follow is set, in its last component. */
    private Where walk(String path) {
        return walk(path, true, 0);
    }

    /** linux's MAXSYMLINKS: more links than this in one walk is ELOOP. */
    private static final int MAX_SYMLINKS = 40;

    private Where walk(String path, boolean follow, int links) {
        if (path.isEmpty()) {
            return new Where(ENOENT, null, null, null, null);
        }
        String full = path.startsWith("/") ? path : cwd + "/" + path;
        List<Node> stack = new ArrayList<>(List.of(root));
        List<String> names = new ArrayList<>();
        String[] parts = java.util.Arrays.stream(full.split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
        // a trailing slash asks for a directory: a link there is followed and a file is ENOTDIR (path_resolution(7))
        boolean dirOnly = full.endsWith("/");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            Node d = stack.getLast();
            boolean last = i == parts.length - 1;
            if (p.equals(".") || p.equals("..")) {
                if (p.equals("..") && stack.size() > 1) {
                    stack.removeLast();
                    names.removeLast();
                }
                if (last) {
                    return new Where(0, d, p, stack.getLast(), "/" + String.join("/", names));
                }
                continue;
            }
            Node c = d.children.get(p);
            if (c != null && c.link != null && (follow || !last || dirOnly)) {
                // a symbolic link: go on from its target (relative to the directory holding it)
                if (links >= MAX_SYMLINKS) {
                    return new Where(ELOOP, null, null, null, null);
                }
                String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
                String at = c.link.startsWith("/") ? c.link : "/" + String.join("/", names) + "/" + c.link;
                return walk(rest.isEmpty() ? (dirOnly ? at + "/" : at) : at + "/" + rest, follow, links + 1);
            }
            if (last && dirOnly && c != null && !c.dir) {
                return new Where(ENOTDIR, null, null, null, null);
            }
            if (last) {
                names.add(p);
                return new Where(0, d, p, null, "/" + String.join("/", names));
            }
            if (c == null) {
                return new Where(ENOENT, null, null, null, null);
            }
            if (!c.dir) {
                return new Where(ENOTDIR, null, null, null, null);
            }
            stack.add(c);
            names.add(p);
        }
        return new Where(0, root, "", root, "/");
    }

    /** The node path names, or -errno. */
    private Object lookup(String path) {
        return walk(path).found();
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
        Where w = walk(path);
        if (w.errno != 0) {
            return -w.errno;
        }
        Node n = w.node();
        int acc = flag & O_ACCMODE;
        if (n == null) {
            if ((flag & O_CREAT) == 0) {
                return -ENOENT;
            }
            n = new Node(this, false, perm & 0777 & ~UMASK, clock.getAsLong());
            w.dir.children.put(w.name, n);
            w.dir.mtime = n.mtime;
        } else if ((flag & O_CREAT) != 0 && (flag & O_EXCL) != 0) {
            return -EEXIST;
        }
        if (n.dir && acc != 0) {
            return -EISDIR;
        }
        if (!n.dir && (flag & O_TRUNC) != 0 && acc != 0) {
            n.data = new byte[0];
            n.size = 0;
            n.mtime = clock.getAsLong();
        }
        int fd = lowestFreeFd();
        fds.put(fd, new Open(n, acc != O_WRONLY, acc != 0, (flag & O_APPEND) != 0));
        return fd;
    }

    private Open fd(int fd) {
        if (fd == 0 && !fds.containsKey(0)) {
            if (stdin == null) {
                stdin = new Node(this, false, 0600, 0);
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
        f.mtime = clock.getAsLong();
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
        Where w = walk(path, false, 0);
        if (w.errno != 0) {
            return -w.errno;
        }
        Node d = w.dir;
        String name = w.name;
        if (w.node() != null) {
            return -EEXIST;
        }
        d.children.put(name, new Node(this, true, perm & 0777 & ~UMASK, clock.getAsLong()));
        d.mtime = clock.getAsLong();
        return 0;
    }

    /** unlink(2) (dir false) or rmdir(2): 0 or -errno. */
    public int remove(String path, boolean dir) {
        Where w = walk(path, false, 0);
        if (!(w.found() instanceof Node n)) {
            return (Integer) w.found();
        }
        if (n.dir != dir) {
            return dir ? -ENOTDIR : -EISDIR;
        }
        // rmdir(2): "." is EINVAL, ".." ENOTEMPTY, the root EBUSY (linux fs/namei.c do_rmdir's LAST_DOT,
        // LAST_DOTDOT and LAST_ROOT)
        if (w.self != null) {
            return w.name.equals("..") ? -ENOTEMPTY : w.name.isEmpty() ? -EBUSY : -EINVAL;
        }
        if (dir && !n.children.isEmpty()) {
            return -ENOTEMPTY;
        }
        w.dir.children.remove(w.name);
        w.dir.mtime = clock.getAsLong();
        return 0;
    }

    /** rename(2): 0 or -errno. */
    public int rename(String from, String to) {
        Where a = walk(from, false, 0);
        if (a.errno != 0) {
            return -a.errno;
        }
        Node n = a.node();
        if (n == null) {
            return -ENOENT;
        }
        Where b = walk(to, false, 0);
        if (b.errno != 0) {
            return -b.errno;
        }
        if (a.self != null || b.self != null) {
            return -EBUSY;
        }
        Node da = a.dir;
        Node db = b.dir;
        String bn = b.name;
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
        da.children.remove(a.name);
        db.children.put(bn, n);
        da.mtime = db.mtime = clock.getAsLong();
        return 0;
    }

    /** stat(2) of a path: {size, Go FileMode, mtime, ino} or {-errno}. */
    public long[] stat(String path) {
        Object n = lookup(path);
        return n instanceof Node node ? info(node) : new long[] {(Integer) n};
    }

    /** lstat(2): stat of the link itself when path names a symbolic link. */
    public long[] lstat(String path) {
        Object n = walk(path, false, 0).found();
        return n instanceof Node node ? info(node) : new long[] {(Integer) n};
    }

    /** readlink(2): the target, or null with errno in err[0] (EINVAL for no symbolic link). */
    public String readlink(String path, int[] err) {
        Object n = walk(path, false, 0).found();
        if (!(n instanceof Node node)) {
            err[0] = -(Integer) n;
            return null;
        }
        if (node.link == null) {
            err[0] = EINVAL;
            return null;
        }
        return node.link;
    }

    /** symlink(2) (target non-null: a link to it at path) or link(2) (a second name for from): 0 or -errno. */
    public int link(String target, String from, String path) {
        Node n;
        if (target != null) {
            n = new Node(this, false, 0777, clock.getAsLong());
            n.link = target;
        } else if (!(walk(from, false, 0).found() instanceof Node old)) {
            return (Integer) walk(from, false, 0).found();
        } else if (old.dir) {
            return -EPERM;
        } else {
            n = old;
        }
        Where w = walk(path, false, 0);
        if (w.errno != 0) {
            return -w.errno;
        }
        if (w.node() != null) {
            return -EEXIST;
        }
        w.dir.children.put(w.name, n);
        w.dir.mtime = clock.getAsLong();
        return 0;
    }

    /** fstat(2). */
    public long[] fstat(int fd) {
        Open o = fd(fd);
        return o == null ? new long[] {-EBADF} : info(o.node);
    }

    private static long[] info(Node n) {
        // os/stat_linux.go fillFileStatFromSys: S_ISUID, S_ISGID, S_ISVTX become ModeSetuid, ModeSetgid, ModeSticky
        long mode = (n.perm & 0777) | (n.dir ? MODE_DIR : 0) | (n.link != null ? MODE_SYMLINK : 0);
        mode |= (n.perm & 04000) != 0 ? 1L << 23 : 0;
        mode |= (n.perm & 02000) != 0 ? 1L << 22 : 0;
        mode |= (n.perm & 01000) != 0 ? 1L << 20 : 0;
        return new long[] {n.dir ? 4096 : n.link != null ? n.link.length() : n.size, mode, n.mtime, n.ino};
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

    /** The node at fd (fd >= 0; EINVAL unless writable when write is set) or path (fd < 0), or -errno. */
    private Object target(String path, int fd, boolean write) {
        if (fd < 0) {
            return lookup(path);
        }
        Open o = fd(fd);
        if (o == null) {
            return -EBADF;
        }
        return write && (!o.write || o.node.dir) ? (Object) (-EINVAL) : o.node;
    }

    /** chmod(2) (fd < 0) or fchmod(2) (fd >= 0): the permission bits become perm; 0 or -errno. */
    public int chmod(String path, int fd, int perm) {
        if (!(target(path, fd, false) instanceof Node n)) {
            return (Integer) target(path, fd, false);
        }
        n.perm = perm & 07777;
        return 0;
    }

    /** truncate(2) (fd < 0) or ftruncate(2) (fd >= 0, open for writing): 0 or -errno. */
    public int truncate(String path, int fd, long size) {
        if (!(target(path, fd, true) instanceof Node n)) {
            return (Integer) target(path, fd, true);
        }
        if (n.dir) {
            return -EISDIR;
        }
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            return -EINVAL;
        }
        if (size > n.data.length) {
            n.data = java.util.Arrays.copyOf(n.data, (int) size);
        } else {
            java.util.Arrays.fill(n.data, (int) size, n.data.length, (byte) 0);
        }
        n.size = (int) size;
        n.mtime = clock.getAsLong();
        return 0;
    }

    /** utimensat(2) as os.Chtimes calls it (syscall.UtimesNano): sets the modification time; 0 or -errno. */
    public int chtimes(String path, long mtime) {
        if (!(lookup(path) instanceof Node n)) {
            return (Integer) lookup(path);
        }
        n.mtime = mtime;
        return 0;
    }

    /** chdir(2): 0 or -errno. */
    public int chdir(String path) {
        Where w = walk(path);
        if (!(w.found() instanceof Node n)) {
            return (Integer) w.found();
        }
        if (!n.dir) {
            return -ENOTDIR;
        }
        cwd = w.path;
        return 0;
    }

    /** getcwd(2). */
    public String getcwd() {
        return cwd;
    }
}
