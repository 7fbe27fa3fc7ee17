package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Objects.*;
import gosim.specs.lang.Objects.Package;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A standard-library package whose declarations are parsed and checked when first named (from
 * the package's own code or a program's qualified identifier), as Go's linker keeps only what is
 * reached (cmd/link/internal/ld/deadcode.go): its main files' imports, variables, init functions
 * and generic declarations are checked with the package, as are functions natives call; the
 * other functions, the constants and the types (with all their methods, so that method sets are
 * whole) load when named, a function's body being checked after its signature, and each
 * variable of a data file (unicode's tables.go) too. Variable initialization (order, allocations,
 * side effects) is what it was: every variable of a main file is initialized, and declarations
 * are ordered by position (CheckDecl.order), whatever order they load in. A package's main files
 * are its first and every further one with imports of its own (encoding/json's encode.go), each
 * declaration loading in its own file's scope; a further file without imports is data. Errors in code a
 * program does not reach are found by LibraryCheckTest, which checks every package whole.
 */
final class LazyLibrary {
    /**
     * Symbols of library functions that natives call by name (Natives.fmt: fmt.newState), checked
     * with their package whether or not Go code reaches them.
     */
    private static final Set<String> NATIVE_CALLED = Set.of("fmt.newState");

    private final String path;
    private Package owner;
    /** The declarations not yet loaded, by each name they declare (a method by its type's). */
    private final Map<String, Lazy> byName = new HashMap<>();
    private final Map<String, List<Lazy>> methods = new HashMap<>();
    /** Declared functions and methods whose bodies are not checked yet. */
    private final List<FuncDecl> bodies = new ArrayList<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private boolean draining;
    /** How many loads are under way: bodies are checked once the outermost is done. */
    private int loading;
    private Scope pkgScope;

    /** A declaration to load: its file's name, source lines and place. */
    private record Lazy(String file, LibraryDecls src, LibraryDecls.Decl decl) {
    }

    private final Checker ck;

    LazyLibrary(Checker ck, String path) {
        this.ck = ck;
        this.path = path;
    }

    /**
     * The text of the main file the package checks at once: its lines with the declarations that
     * load later blanked, so that what remains keeps its positions.
     */
    String eager(String file, String src) {
        LibraryDecls ds = LibraryDecls.scan(src);
        Set<String> lazyTypes = new HashSet<>();
        for (LibraryDecls.Decl d : ds.decls) {
            if (d.keyword().equals("type") && !d.generic()) {
                lazyTypes.addAll(d.names());
            }
        }
        String[] lines = ds.lines.clone();
        for (LibraryDecls.Decl d : ds.decls) {
            boolean lazy = switch (d.keyword()) {
                case "const" -> true;
                case "type" -> !d.generic();
                case "func" -> !d.generic() && (d.recv() != null ? lazyTypes.contains(d.recv())
                        : !d.names().get(0).equals("init") && !NATIVE_CALLED.contains(path + "." + d.names().get(0)));
                default -> false;
            };
            if (lazy) {
                add(new Lazy(file, ds, d));
                Arrays.fill(lines, d.start(), d.end() + 1, "");
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Makes every declaration of a data file (unicode's tables.go) load when first named, but
     * for its arrays (properties, asciiFold): those are not static data here (StaticData: only
     * what would allocate is), so init assigns each with a statement, and they load with the
     * package, as they did when unicode's functions were all checked, so that init runs the
     * same statements. (gc lays them out statically too, sinit.go staticassign; modelling that
     * moves every golden's virtual time by two statements: left for a change of its own.)
     */
    void data(String file, String src) {
        LibraryDecls ds = LibraryDecls.scan(src);
        for (LibraryDecls.Decl d : ds.decls) {
            add(new Lazy(file, ds, d));
            if (d.keyword().equals("var") && ARRAY.matcher(ds.lines[ds.keywordLine(d)]).lookingAt()) {
                arrays.addAll(d.names());
            }
        }
    }

    private static final Pattern ARRAY = Pattern.compile("var \\w+ = \\[[^\\]]");
    private final List<String> arrays = new ArrayList<>();

    private void add(Lazy l) {
        if (l.decl().recv() != null) {
            methods.computeIfAbsent(l.decl().recv(), k -> new ArrayList<>()).add(l);
            return;
        }
        for (String n : l.decl().names()) {
            byName.put(n, l);
        }
    }

    /** Starts loading on demand: the package's scope, and the file scope of each file with imports. */
    void install(Scope pkgScope, Map<String, Scope> fileScopes) {
        this.owner = ck.pkg;
        this.pkgScope = pkgScope;
        scopes.putAll(fileScopes);
        pkgScope.lazy = this::load;
        arrays.forEach(this::load);
    }

    private Scope scopeOf(String file) {
        return scopes.computeIfAbsent(file, k -> new Scope(pkgScope)); // a data file imports nothing
    }

    /** Loads the declaration named {@code name}; returns its object, or null if there is none. */
    private Obj load(String name) {
        Lazy l = byName.get(name);
        if (l == null) {
            return null;
        }
        l.decl().names().forEach(byName::remove);
        Package savedPkg = ck.pkg;
        Scope savedScope = ck.scope;
        FuncScope savedFn = ck.fn;
        Set<Object> savedDeps = ck.deps;
        int savedIota = ck.iota;
        int errs = ck.errors.size();
        ck.pkg = owner;
        ck.fn = null;
        ck.deps = null; // what a declaration refers to is its own dependency, not the referrer's
        ck.iota = -1;
        loading++;
        try {
            File f = parse(l);
            List<File> fs = new ArrayList<>(List.of(f));
            for (String n : l.decl().keyword().equals("type") ? l.decl().names() : List.<String>of()) {
                for (Lazy m : methods.getOrDefault(n, List.of())) {
                    fs.add(parse(m));
                }
                methods.remove(n);
            }
            for (File file : fs) {
                ck.collect(file, pkgScope, scopeOf(file.name())); // its own file's imports
            }
            for (File file : fs) {
                ck.scope = scopeOf(file.name());
                resolve(file);
            }
        } finally {
            loading--;
            ck.pkg = savedPkg;
            ck.scope = savedScope;
            ck.fn = savedFn;
            ck.deps = savedDeps;
            ck.iota = savedIota;
        }
        if (owner.checked && loading == 0) {
            drain();
        }
        if (owner.checked && loading == 0 && ck.errors.size() > errs) {
            throw new GoCompileError(new ArrayList<>(ck.errors.subList(errs, ck.errors.size())));
        }
        return owner.scope.get(name);
    }

    /** The declaration's lines as a file of their own, at their lines. */
    private File parse(Lazy l) {
        StringBuilder text = new StringBuilder("package ").append(owner.name);
        text.append("\n".repeat(l.decl().start()));
        for (int i = l.decl().start(); i <= l.decl().end(); i++) {
            text.append(l.src().lines[i]).append('\n');
        }
        File f = Parser.parse(l.file(), text.toString());
        owner.files.add(f);
        ck.generic.fileScope(f, scopeOf(l.file()));
        return f;
    }

    /** Checks a loaded file's declarations as declareTypesAndFuncs and checkValuesAndBodies do, bodies left for {@link #drain}. */
    private void resolve(File f) {
        for (Decl d : f.decls()) {
            if (d instanceof GenDecl gd && gd.tok == Tok.TYPE) {
                for (Spec s : gd.specs) {
                    ck.resolveTypeName((TypeName) ((TypeSpec) s).name.obj);
                }
            } else if (d instanceof GenDecl gd) {
                for (Spec s : gd.specs) {
                    for (Ident id : ((ValueSpec) s).names) {
                        if (id.obj instanceof Const c) {
                            ck.resolveConst(c);
                        } else if (id.obj instanceof Var v) {
                            ck.resolveGlobal(v);
                            if (owner.checked) {
                                owner.initOrder.add(v); // its dependencies loaded (and added) first
                            }
                        }
                    }
                }
            } else if (d instanceof FuncDecl fd) {
                ck.declareFunc(fd);
                if (fd.scope != null && fd.body != null) {
                    bodies.add(fd);
                }
            }
        }
    }

    /** Checks the pending bodies, and those of what they load in turn. */
    void drain() {
        if (draining) {
            return;
        }
        draining = true;
        Package savedPkg = ck.pkg;
        Scope savedScope = ck.scope;
        try {
            ck.pkg = owner;
            while (!bodies.isEmpty()) {
                FuncDecl fd = bodies.remove(0);
                ck.scope = scopeOf(fd.pos.file());
                ck.checkFuncBody(fd.scope, fd.body, ck.funcNodes.get(fd));
            }
        } finally {
            draining = false;
            ck.pkg = savedPkg;
            ck.scope = savedScope;
        }
    }
}
