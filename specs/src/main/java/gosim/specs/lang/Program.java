package gosim.specs.lang;

import gosim.sim.GoVersion;
import gosim.specs.lang.Objects.FuncScope;
import gosim.specs.lang.Types.*;
import gosim.specs.lang.Values.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A parsed and type-checked Go program (package main plus the stub packages it imports): the entry
 * point of the language front end. {@link #check} parses and checks; {@link #link} binds the program
 * to a {@link Host} and compiles it, giving a {@link Linked} program that runs main.main.
 */
public final class Program {
    private final String file;
    private final Map<String, Checker.Package> packages;
    private final Checker.Package main;

    private Program(String file, Map<String, Checker.Package> packages, Checker.Package main) {
        this.file = file;
        this.packages = packages;
        this.main = main;
    }

    /** Parses and checks a program with the standard packages; throws GoCompileError on any error. */
    public static Program check(String fileName, String source) {
        return check(fileName, source, Prelude.standard());
    }

    /** Parses and checks a program given as its file's bytes (which must be UTF-8, as Go requires). */
    public static Program check(String fileName, byte[] source, Prelude prelude) {
        return check(fileName, Lexer.decode(fileName, source), prelude);
    }

    /** Parses and checks a program whose imports come from prelude; throws GoCompileError on any error. */
    public static Program check(String fileName, String source, Prelude prelude) {
        Ast.File f = Parser.parse(fileName, source, prelude.atLeast(11));
        if (f.pre18() != null && !prelude.generics()) {
            throw f.pre18(); // go1.7 (the default dialect) has no type parameters: its syntax error
        }
        if (!f.pkg().name.equals("main")) {
            throw new GoCompileError(f.pkg().pos, "package " + f.pkg().name + " is not a main package");
        }
        Map<String, Checker.Package> pkgs = new LinkedHashMap<>();
        Checker ck = new Checker(pkgs, prelude);
        Checker.Package main = ck.checkPackage("main", List.of(f));
        return new Program(fileName, pkgs, main);
    }

    /** The source file name (as given to check). */
    public String file() {
        return file;
    }

    /**
     * Every Go function of the program in declaration order, for the symbol table: each package's
     * functions and methods in source order (imported stub packages first, body-less ones excluded),
     * each followed by its closures (main.main.func1, main.main.func1.1, ...), then closures in
     * package-level initializers (main.glob..func1, nested main.glob..func1.1) and the package's init (main.init).
     */
    public List<FuncInfo> functions() {
        List<FuncInfo> out = new ArrayList<>();
        for (Checker.Package p : packages.values()) {
            List<FuncScope> tops = new ArrayList<>();
            List<FuncScope> globs = new ArrayList<>();
            // each function's closures, found in one pass (looked up by identity, never iterated)
            Map<FuncScope, List<FuncScope>> kids = new java.util.IdentityHashMap<>();
            for (FuncScope fs : p.funcs) {
                if (fs.parent == null && !fs.literal) {
                    tops.add(fs);
                } else if (fs.parent == null) {
                    globs.add(fs);
                } else {
                    kids.computeIfAbsent(fs.parent, k -> new ArrayList<>()).add(fs);
                }
            }
            tops.sort((a, b) -> a.start.compareTo(b.start));
            for (FuncScope top : tops) {
                if (top.body == null) {
                    continue;
                }
                add(out, top, kids);
            }
            for (FuncScope g : globs) {
                add(out, g, kids);
            }
            out.add(initInfo(p));
        }
        return out;
    }

    /** The package initialization function (pkg.init) that runs the package's variable initializers. */
    static FuncInfo initInfo(Checker.Package p) {
        Ast.File f = p.files.get(0);
        return new FuncInfo(p.path + ".init", f.name(), 1, Math.max(1, f.lastLine()), f.end().base());
    }

    private static void add(List<FuncInfo> out, FuncScope fs, Map<FuncScope, List<FuncScope>> kids) {
        out.add(fs.info());
        List<FuncScope> mine = kids.get(fs);
        if (mine == null) {
            return;
        }
        mine.sort((a, b) -> a.start.compareTo(b.start));
        for (FuncScope k : mine) {
            add(out, k, kids);
        }
    }

    /**
     * A type declared at package level: ("main", "T"), ("runtime", "MemStats"), ("runtime/pprof",
     * "Profile"); null if the package was not imported or has no such type.
     */
    public Type lookupType(String pkgPath, String name) {
        Checker.Package p = packages.get(pkgPath);
        if (p != null && p.scope.get(name) instanceof Checker.TypeName tn) {
            return tn.type;
        }
        return null;
    }

    /** Whether the program links the package with this import path. */
    public boolean links(String path) {
        return packages.containsKey(path);
    }

    /** Compiles the program against host; natives not implemented by the interpreter are bound via the host. */
    public Linked link(Host host, GoVersion version) {
        Interp in = new Interp(host, version);
        Compiler c = new Compiler(in);
        Natives natives = new Natives(in);
        for (Checker.Package p : packages.values()) {
            c.declare(p);
        }
        natives.bindGoFuncs(symbol -> {
            int dot = symbol.lastIndexOf('.');
            Checker.Package p = packages.get(symbol.substring(0, dot));
            return p != null && p.scope.get(symbol.substring(dot + 1)) instanceof Checker.FuncObj fo ? c.fn(fo) : null;
        });
        List<PackageInit> inits = new ArrayList<>();
        java.util.Map<Checker.Package, Interp.Fn> initFns = new java.util.IdentityHashMap<>();
        java.util.Map<Checker.Package, Checker.Package> importers = new java.util.IdentityHashMap<>();
        importers.put(main, null);
        firstImporters(main, importers);
        for (Checker.Package p : packages.values()) {
            c.compilePackage(p, natives);
            initFns.put(p, c.initFn);
        }
        for (Checker.Package p : packages.values()) {
            List<Interp.Fn> funcs = new ArrayList<>();
            for (Ast.FuncDecl fd : p.inits) {
                funcs.add(c.fn((Checker.FuncObj) fd.name.obj));
            }
            List<Interp.Fn> chain = new ArrayList<>();
            for (Checker.Package q = importers.get(p); q != null; q = importers.get(q)) {
                chain.addFirst(initFns.get(q));
            }
            inits.add(new PackageInit(p.path, initFns.get(p), funcs, chain));
        }
        Interp.Fn mainFn = c.fn((Checker.FuncObj) main.scope.get("main"));
        return new Linked(in, c, inits, mainFn, natives);
    }

    /**
     * Which package's init first runs each package's, from p down: gc's init calls each import's
     * init in import order, each doing its own imports first (go1.7 init.go:141-148), as 1.19's
     * doInit does a task's dependencies (proc.go:6303-6307). Packages main does not reach (the
     * prelude's) have none.
     */
    private void firstImporters(Checker.Package p, java.util.Map<Checker.Package, Checker.Package> importers) {
        for (Ast.File f : p.files) {
            for (Ast.ImportSpec im : f.imports()) {
                Checker.Package q = packages.get(im.path);
                if (q != null && !importers.containsKey(q)) {
                    importers.put(q, p);
                    firstImporters(q, importers);
                }
            }
        }
    }

    /**
     * A package's initialization: pkg.init (its variables' initializers), its func init
     * declarations, and the inits of the packages that import it first, from main's down.
     */
    record PackageInit(String path, Interp.Fn init, List<Interp.Fn> funcs, List<Interp.Fn> importers) {
    }

    /** runtime.doInit, which runs a package's init tasks in Go 1.13 and later (1.19 proc.go:6294-6350). */
    private static final FuncInfo DO_INIT = new FuncInfo("runtime.doInit", "$GOROOT/src/runtime/proc.go", 6294, 6350);
    /** 1.19 doInit's calls: doInit(t2) for each dependency, f() for each of the task's functions. */
    private static final int DO_INIT_DEP_LINE = 6306;
    private static final int DO_INIT_CALL_LINE = 6329;

    /** A compiled program bound to its host. */
    public static final class Linked {
        private final Interp in;
        private final Compiler compiler;
        private final List<PackageInit> inits;
        private final Interp.Fn mainFn;
        private final Natives natives;

        private Linked(Interp in, Compiler compiler, List<PackageInit> inits, Interp.Fn mainFn, Natives natives) {
            this.in = in;
            this.compiler = compiler;
            this.inits = inits;
            this.mainFn = mainFn;
            this.natives = natives;
        }

        /** The host's goStackLimit changed (runtime/debug.SetMaxStack): the interpreter reads it again. */
        public void stackLimitChanged() {
            in.readStackLimit();
        }

        /** main.main's symbol information. */
        public FuncInfo mainFunc() {
            return mainFn.info;
        }

        /**
         * Runs package initialization (imported packages first) and then main.main on goroutine g.
         * Returns normally when main returns; a Go panic escapes as {@link Interp.GoPanic}, os.Exit as
         * whatever the host's exit throws ({@link gosim.sim.ProcessExit} by default), runtime.Goexit as
         * {@link gosim.sim.GoexitSignal}.
         */
        public void runMain(Goroutine g) {
            Interp.Fn doInit = new Interp.Fn(DO_INIT, new Types.Signature(List.of(), List.of(), false));
            in.host.onPackageInitDone(g, null);
            for (PackageInit p : inits) {
                Frame caller = null;
                Frame self;
                if (in.version.atLeast(13)) {
                    // runtime.main's doInit(&main_inittask), a doInit per dependency down to this
                    // package's, which calls the task's functions: pkg.init, then pkg.init.0, ...
                    for (int i = 0; i < p.importers().size(); i++) {
                        caller = callerFrame(doInit, caller, DO_INIT_DEP_LINE, g);
                    }
                    caller = callerFrame(doInit, caller, DO_INIT_CALL_LINE, g);
                    self = caller;
                } else {
                    // go1.7: runtime.main calls main.init, each init calls its imports' inits first,
                    // then the initializers, then init.1, init.2, ... (init.go:141-162). The
                    // generated calls' line is the compiler's lineno when fninit runs, which the
                    // source does not fix: they show the function's first line.
                    for (Interp.Fn importer : p.importers()) {
                        caller = callerFrame(importer, caller, importer.info.startLine(), g);
                    }
                    self = callerFrame(p.init(), caller, p.init().info.startLine(), g);
                }
                in.invoke(caller, new Frame(p.init(), null, g));
                for (Interp.Fn f : p.funcs()) {
                    in.invoke(self, new Frame(f, null, g));
                }
                in.host.onPackageInitDone(g, p.path());
            }
            in.host.onMainStart(g);
            in.invoke(null, new Frame(mainFn, null, g));
        }

        /**
         * A frame of a function the interpreter does not run (an init calling the next, runtime's
         * doInit) below the init being run, at the line of its call, so stacks show the init chain.
         */
        private static Frame callerFrame(Interp.Fn fn, Frame caller, int line, Goroutine g) {
            Frame f = new Frame(fn, null, g);
            f.caller = caller;
            f.depth = caller == null ? 0 : caller.depth + 1;
            f.line = line;
            return f;
        }

        /**
         * The cell of a package-level variable (e.g. ("runtime", "MemProfileRate")): the host reads and
         * writes {@code cell.v} (a Go value); null if there is no such variable.
         */
        public Cell global(String pkgPath, String name) {
            for (var e : compiler.globals.entrySet()) {
                Checker.Var v = e.getKey();
                if (v.name.equals(name) && v.pkg.path.equals(pkgPath)) {
                    return e.getValue();
                }
            }
            return null;
        }

        /** Every package-level variable's current value (GC roots besides the goroutines' frames). */
        public void forEachGlobalRoot(Consumer<Object> out) {
            for (Cell c : compiler.globals.values()) {
                out.accept(c);
            }
            natives.printers.forEachRoot(out); // fmt's ppFree and ssFree (package-level sync.Pools)
            natives.scanners.forEachRoot(out);
        }

        /**
         * The text Go prints after "panic: " for a panic value: Error() for errors, String() for
         * Stringers, else the value as printpanicval prints it (strings plain, numbers as print does).
         */
        public String panicMessage(Goroutine g, Object value) {
            if (value instanceof Iface iv) {
                String pn = Types.methodSetSig(iv.type(), "Error") != null ? "Error"
                        : Types.methodSetSig(iv.type(), "String") != null ? "String" : null;
                if (pn != null && iv.val() != null) {
                    Iface pv = Calls.promoted(iv, pn); // a method promoted from an embedded field
                    iv = pv != null ? pv : iv;
                }
                Type t = iv.type();
                Method m = null;
                if (t instanceof Named n) {
                    m = n.methods.get("Error");
                    if (m == null) {
                        m = n.methods.get("String");
                    }
                    if (m != null && m.ptrRecv) {
                        m = null;
                    }
                } else if (t instanceof Pointer p && p.elem instanceof Named n) {
                    m = n.methods.get("Error");
                    if (m == null) {
                        m = n.methods.get("String");
                    }
                }
                if (m != null && m.sig.params.isEmpty() && m.sig.results.size() == 1) {
                    Object recv = iv.val();
                    if (t instanceof Pointer && !m.ptrRecv) {
                        recv = recv instanceof Ptr ptr ? ptr.load() : Values.copyAgg(recv);
                    }
                    Object[] r = Calls.callBoxed(in, g.top, g, in.methodFn(m), null, new Object[]{recv});
                    String s = (String) r[0];
                    if (in.version.atLeast(18) && t != Interp.RUNTIME_ERROR && isError(m)) {
                        return s;
                    }
                    return s;
                }
            }
            return Fmt.panicValue(value, in.host::addressOf);
        }

        private static boolean isError(Method m) {
            return m.name.equals("Error");
        }

        /**
         * Calls a Go function value (a FuncVal, e.g. the argument of sync.Once.Do or time.AfterFunc) on
         * goroutine g with Go-value arguments; returns its results.
         */
        public Object[] call(Goroutine g, Object funcValue, Object... args) {
            FuncVal fv = (FuncVal) funcValue;
            if (fv == null) {
                throw in.nilDeref(g.top);
            }
            Object[] a = args;
            if (fv.bound) {
                a = new Object[args.length + 1];
                a[0] = fv.recv;
                System.arraycopy(args, 0, a, 1, args.length);
            }
            return Calls.callBoxed(in, g.top, g, fv.fn, fv.caps, a);
        }

        /**
         * Writes bytes to a Go io.Writer value (an interface value): an *os.File goes to the host's write,
         * anything else through its Write method (for natives such as Profile.WriteTo).
         */
        public void write(Goroutine g, Object ioWriter, byte[] bytes) {
            natives.writeTo(g, ioWriter, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        /**
         * A Go panic raised by a native on goroutine g: with runtimePlain, the runtime's own
         * message-only error (runtime.plainError, as since Go 1.7), else a
         * panic with a string value (as package sync panics). Throw the result.
         */
        public RuntimeException panic(Goroutine g, String message, boolean runtimePlain) {
            Object value = runtimePlain ? in.plainError(message) : new Iface(Types.STRING, message);
            return in.panic(g.top, value);
        }

        /** Formats args as fmt.Sprint would (a convenience for hosts printing Go values). */
        public String sprint(Goroutine g, Object... goValues) {
            return natives.fmt(g).sprint(goValues);
        }
    }
}
