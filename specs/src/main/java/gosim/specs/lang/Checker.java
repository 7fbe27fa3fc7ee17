package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type checker's entry point: models go/types check.go (checkFiles: collect objects, check
 * declarations and bodies, compute the initialization order, report unused imports). It resolves every
 * identifier to an object, annotates expressions with types and constant values, marks variables
 * captured by closures or whose address is taken, names closures as gc does (main.main.func1), and
 * reports errors in gc's words at gc's positions. The phases live in the classes it extends.
 */
final class Checker extends CheckDecl {
    Checker(Map<String, Package> packages, Prelude prelude) {
        super(packages, prelude);
    }

    /** Checks a package made of the given files; throws GoCompileError listing every error found (sorted). */
    Package checkPackage(String path, List<File> files) {
        Package saved = pkg;
        String name = files.get(0).pkg().name;
        pkg = new Package(path, name);
        pkg.files.addAll(files);
        packages.put(path, pkg);
        Map<File, Scope> fileScopes = new HashMap<>();
        for (File f : files) {
            errors.addAll(f.directiveErrors());
            Scope fs = new Scope(generic.universe());
            fileScopes.put(f, fs);
            for (ImportSpec im : f.imports()) {
                Package ip = importPackage(im);
                if (ip == null) {
                    continue;
                }
                String local = im.name != null ? im.name.name : ip.name;
                if (local.equals("_")) {
                    continue;
                }
                if (fs.names.containsKey(local)) {
                    error(im.pos, local + " redeclared in this block"); // Go 1.19 gc and vet
                    continue;
                }
                fs.names.put(local, new PkgName(local, im.pos, ip));
            }
        }
        Scope pkgScope = new Scope(generic.universe());
        pkg.top = pkgScope;
        for (File f : files) {
            collect(f, pkgScope, fileScopes.get(f));
        }
        // Package scope objects are visible from file scopes: file scope's parent is the package scope.
        for (File f : files) {
            Scope fs = fileScopes.get(f);
            Scope combined = new Scope(pkgScope);
            combined.names.putAll(fs.names);
            fileScopes.put(f, combined);
            generic.fileScope(f, combined);
        }
        if (library != null) {
            Map<String, Scope> byName = new HashMap<>();
            files.forEach(f -> byName.put(f.name(), fileScopes.get(f)));
            library.install(pkgScope, byName);
        }
        for (File f : files) {
            scope = fileScopes.get(f);
            declareTypesAndFuncs(f);
        }
        for (File f : files) {
            scope = fileScopes.get(f);
            checkValuesAndBodies(f);
            generic.drain(); // instance bodies may use the file's imports
            for (Obj o : fs(fileScopes, f).names.values()) {
                if (o instanceof PkgName pn && !pn.used && library == null) { // the library's: LibraryCheckTest
                    error(pn.pos, "\"" + pn.pkg.path + "\" imported but not used");
                }
            }
        }
        if (library != null) {
            library.drain(); // the bodies of the functions its variables' initializers reach
        }
        generic.drain();
        generic.checkBodies();
        List<Object> cycle = InitOrder.compute(pkg, depGraph, declOrder);
        if (!cycle.isEmpty() && cycle.get(0) instanceof Obj o) {
            error(o.pos, "initialization loop for " + o.name); // gc 1.19; go vet: "initialization cycle for"
        }
        if (path.equals("main") && !(pkg.scope.get("main") instanceof FuncObj)) {
            error(new Pos(files.get(0).name(), 1, 1), "function main is undeclared in the main package");
        }
        pkg.checked = true;
        Package done = pkg;
        // re-insert so that the map lists packages in completion (dependency) order
        packages.remove(path);
        packages.put(path, done);
        pkg = saved;
        if (!errors.isEmpty()) {
            GoCompileError.sortAsGc(errors);
            throw new GoCompileError(errors);
        }
        return done;
    }

    static Scope fs(Map<File, Scope> m, File f) {
        return m.get(f);
    }

    /** Package unsafe (go/types universe.go's Unsafe): Pointer and the three compile-time builtins. */
    static final Package UNSAFE = new Package("unsafe", "unsafe");

    static {
        UNSAFE.scope.put("Pointer", new TypeName("Pointer", null, Types.UNSAFE_POINTER));
        for (String b : List.of("Alignof", "Offsetof", "Sizeof")) {
            UNSAFE.scope.put(b, new Builtin(b));
        }
        UNSAFE.checked = true;
    }

    /** The standard-library package being checked whose declarations load when first named, or null. */
    LazyLibrary library;

    Package importPackage(ImportSpec im) {
        Package p = packages.get(im.path);
        if (p != null) {
            if (!p.checked) {
                error(im.pos, "import cycle not allowed");
                return null;
            }
            return p;
        }
        if (im.path.equals("unsafe")) {
            return UNSAFE;
        }
        if (!nativeOk && (im.path.startsWith("internal/") || im.path.contains("/internal/"))) {
            // the library's own (internal/pathmatch): go/build allows it only under its parent, GOROOT/src
            error(im.pos, "use of internal package " + im.path + " not allowed");
            return null;
        }
        String src = prelude.source(im.path);
        if (src == null && prelude.newerThanDialect(im.path)) {
            // that release's GOROOT has no such directory: go build stops at loading the imports, before
            // any compiling, with go/build's message (go1.7 go/build/build.go:628-641, GOPATH unset in 1.7)
            throw new GoCompileError(im.pos, "cannot find package \"" + im.path + "\" in any of:\n\t$GOROOT/src/"
                    + im.path + " (from $GOROOT)\n\t($GOPATH not set)");
        }
        if (src == null) {
            unsupported(im.pos, "package \"" + im.path + "\" (not in the supported subset)");
            return null;
        }
        Checker sub = new Checker(packages, prelude);
        sub.nativeOk = true;
        sub.generic.shareWith(generic);
        String dir = "$GOROOT/src/" + im.path + "/";
        Map<String, String> more = prelude.moreSources(im.path);
        if (!prelude.lazyLibrary(im.path)) {
            List<File> files = new java.util.ArrayList<>(List.of(Parser.parse(dir + "stub.go", src)));
            more.forEach((name, text) -> files.add(Parser.parse(dir + name, text)));
            return sub.checkPackage(im.path, files);
        }
        LazyLibrary lib = new LazyLibrary(sub, im.path);
        List<File> files = new java.util.ArrayList<>(List.of(Parser.parse(dir + "stub.go", lib.eager(dir + "stub.go", src))));
        sub.fileRank = new HashMap<>(Map.of(dir + "stub.go", 0));
        more.forEach((name, text) -> {
            // a further file with imports of its own is code (encoding/json's encode.go): checked
            // as the main file is, with its own file scope; one without is data (unicode's tables,
            // 150 KB: told by the declaration scan, not a parse)
            if (!LibraryDecls.scan(text).hasImports()) {
                lib.data(dir + name, text);
            } else {
                files.add(Parser.parse(dir + name, lib.eager(dir + name, text)));
            }
            sub.fileRank.put(dir + name, sub.fileRank.size());
        });
        sub.library = lib;
        return sub.checkPackage(im.path, files);
    }
}
