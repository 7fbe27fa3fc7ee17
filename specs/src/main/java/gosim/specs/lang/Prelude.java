package gosim.specs.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The importable packages, each given as Go source (a "stub", kept as a .go resource under
 * gosim/stdlib/): functions declared without a body are
 * implemented natively, by the interpreter ({@link Natives}: fmt, os, strings, errors) or by the
 * {@link Host} (time, sync, runtime, ...); functions with bodies are ordinary Go. A host adds its
 * packages with {@link #with(String, String)}. Symbols are qualified by import path as in Go binaries:
 * "runtime/pprof.Lookup", "runtime/pprof.(*Profile).WriteTo", "sync.(*Mutex).Lock".
 */
public final class Prelude {
    private final Map<String, Text> sources = new LinkedHashMap<>();
    /** Further files of a package beside its main one, by import path and file name (unicode's tables.go). */
    private final Map<String, Map<String, Text>> more = new LinkedHashMap<>();

    /**
     * A package file's text: a resource is read when a program first imports its package, not
     * when the prelude is made (a hello world reads 8 of the 35 packages' files).
     */
    private static final class Text {
        private final String path;
        private final String file;
        private volatile String text;

        Text(String path, String file, String text) {
            this.path = path;
            this.file = file;
            this.text = text;
        }

        String get() {
            String t = text;
            if (t == null) {
                t = resource(path, file);
                text = t;
            }
            return t;
        }
    }

    /**
     * Packages whose natives the interpreter itself implements (or that need none): their Go source is
     * under resources at gosim/stdlib/PATH/LAST.go, for example gosim/stdlib/unicode/utf8/utf8.go.
     */
    public static final List<String> STANDARD = List.of("errors", "io", "os", "fmt", "strings", "strconv",
            "unicode", "unicode/utf8", "sort", "math", "bytes", "container/heap", "container/list",
            "container/ring", "bufio", "io/ioutil", "math/rand", "io/fs", "reflect", "encoding",
            "encoding/binary", "encoding/base64", "encoding/json", "path", "path/filepath", "internal/pathmatch",
            "text/tabwriter", "math/bits", "internal/oserror", "regexp", "regexp/syntax");

    /**
     * The standard packages made of more than one file: the files beside PATH/LAST.go (unicode's
     * tables are the dialect's Unicode: each file's first line gates it, see Since.present).
     */
    private static final Map<String, List<String>> MORE = Map.of("unicode", List.of("tables.go", "tables_go17.go"),
            "math/rand", List.of("ziggurat.go"), "syscall", List.of("zerrors_linux_amd64.go"),
            "encoding/json", List.of("scanner.go", "encode.go", "decode.go", "stream.go"),
            "regexp", List.of("parse.go", "compile.go", "exec.go"));

    /** The packages the interpreter implements itself (natives) or that are pure Go: {@link #STANDARD}. */
    public static Prelude standard() {
        Prelude p = new Prelude();
        for (String path : STANDARD) {
            p.putResource(path);
        }
        // os imports time, as Go's does (FileInfo.ModTime): without the simulator (run.Stubs binds
        // time's natives there) SequentialHost answers its clock, and Sleep and timers are unsupported
        p.sources.put("time", resourceText("time"));
        // and syscall (os.Signal's values, ProcAttr.Sys): its natives are the simulator's too
        p.putResource("syscall");
        return p;
    }

    /** Package {@code path} read from its resources: PATH/LAST.go and the files {@link #MORE} lists. */
    private void putResource(String path) {
        sources.put(path, resourceText(path));
        more.remove(path);
        for (String file : MORE.getOrDefault(path, List.of())) {
            more.computeIfAbsent(path, k -> new LinkedHashMap<>()).put(file, new Text(path, file, null));
        }
    }

    /** The Go source of standard-library package {@code path}, read from the class path. */
    public static String resource(String path) {
        return resource(path, mainFile(path));
    }

    private static String mainFile(String path) {
        return path.substring(path.lastIndexOf('/') + 1) + ".go";
    }

    private static Text resourceText(String path) {
        return new Text(path, mainFile(path), null);
    }

    private static String resource(String path, String file) {
        String name = "/gosim/stdlib/" + path + "/" + file;
        try (InputStream in = Prelude.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing standard-library resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This prelude plus the resource packages {@code paths}. */
    public Prelude withResources(List<String> paths) {
        Prelude p = copy();
        for (String path : paths) {
            p.putResource(path);
        }
        return p;
    }

    /** This prelude plus (or with a replaced) package at import path {@code path}. */
    public Prelude with(String path, String goSource) {
        Prelude p = copy();
        p.sources.put(path, goSource == null ? null : new Text(path, null, goSource));
        p.more.remove(path);
        return p;
    }

    private Prelude copy() {
        Prelude p = new Prelude();
        p.sources.putAll(sources);
        p.more.putAll(more);
        p.generics = generics;
        p.release = release;
        p.whole = whole;
        return p;
    }

    /**
     * Whether the standard package at {@code path} loads its declarations when first named
     * (Checker.Library): the interpreter's own packages ({@link #STANDARD}), unless {@link #whole}.
     */
    boolean lazyLibrary(String path) {
        return !whole && STANDARD.contains(path);
    }

    /** True: every package is checked whole, reached or not (LibraryCheckTest). */
    private boolean whole;

    /** This prelude with every library package checked whole, as the tests that look for errors in it need. */
    public Prelude whole() {
        Prelude p = copy();
        p.whole = true;
        return p;
    }

    /** Whether the dialect has type parameters (Go 1.18+); the default dialect, Go 1.7, has not. */
    private boolean generics;

    boolean generics() {
        return generics;
    }

    /** Which Go releases the dialect includes (by minor number): the default dialect is Go 1.7. */
    private java.util.function.IntPredicate release = gosim.sim.GoVersion.DEFAULT::atLeast;

    /** Whether the dialect is Go 1.{@code minor} or later (go/types allowVersion). */
    boolean atLeast(int minor) {
        return release.test(minor);
    }

    /** The stub source of an import path, or null when the package is not available. */
    public String source(String path) {
        Text t = sources.get(path);
        if (t == null) {
            return null;
        }
        // a library with both variants of a declaration does not check until one is removed
        String src = t.get();
        return Since.present(src, release) ? Since.strip(src, release) : null;
    }

    /** Whether the library has package {@code path} from a release newer than the dialect (math/bits under Go 1.7). */
    boolean newerThanDialect(String path) {
        Text t = sources.get(path);
        return t != null && !Since.present(t.get(), release);
    }

    /** The package's further files (name to source) as the dialect has them; empty for most packages. */
    Map<String, String> moreSources(String path) {
        Map<String, String> files = new LinkedHashMap<>();
        more.getOrDefault(path, Map.of()).forEach((name, t) -> {
            String src = t.get();
            if (Since.present(src, release)) {
                files.put(name, Since.strip(src, release));
            }
        });
        return files;
    }

    /**
     * This prelude as the Go release whose minor number passes {@code atLeast} has it: the
     * declarations marked {@code //gosim:since 1.N} of later releases are removed ({@link Since})
     * when a program imports the package (before, the default dialect's view).
     */
    public Prelude forRelease(java.util.function.IntPredicate atLeast) {
        Prelude p = copy();
        p.generics = atLeast.test(18);
        p.release = atLeast;
        return p;
    }
}
