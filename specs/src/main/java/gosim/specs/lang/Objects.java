package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Types.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The checker's objects and scopes: models go/types object.go (Var, Const, TypeName, Func, PkgName,
 * Builtin, Nil), scope.go (Scope) and package.go (Package). Declared in an interface so that the
 * checker and its users name them as {@code Checker.Var} and so on.
 */
interface Objects {

    abstract static class Obj {
        final String name;
        final Pos pos;

        Obj(String name, Pos pos) {
            this.name = name;
            this.pos = pos;
        }
    }

    /** A variable: package-level (global) or local to one function. */
    static final class Var extends Obj {
        Type type;
        final FuncScope owner;
        boolean used;
        /** Referenced from a closure: lives in a heap cell shared by reference. */
        boolean captured;
        /** Its address is taken (&x or a pointer-method call on it). */
        boolean addrTaken;
        /** For globals: the spec that declares and initializes it. */
        ValueSpec spec;
        Package pkg;
        boolean resolving;

        Var(String name, Pos pos, Type type, FuncScope owner) {
            super(name, pos);
            this.type = type;
            this.owner = owner;
        }

        boolean isGlobal() {
            return owner == null;
        }

        /** Whether the variable must live in a cell (shared by closures or pointed to). */
        boolean boxed() {
            return captured || (addrTaken && !Interp.isAggregate(type));
        }
    }

    static final class Const extends Obj {
        Type type;
        Object value;
        ValueSpec spec;
        int index;
        boolean resolving;

        Const(String name, Pos pos, Type type, Object value) {
            super(name, pos);
            this.type = type;
            this.value = value;
        }
    }

    static final class TypeName extends Obj {
        Type type;
        TypeSpec spec;
        Package pkg;

        TypeName(String name, Pos pos, Type type) {
            super(name, pos);
            this.type = type;
        }
    }

    static final class FuncObj extends Obj {
        final FuncDecl decl;
        Signature sig;
        final Package pkg;
        String symbol;

        FuncObj(String name, Pos pos, FuncDecl decl, Package pkg) {
            super(name, pos);
            this.decl = decl;
            this.pkg = pkg;
        }
    }

    static final class PkgName extends Obj {
        final Package pkg;
        boolean used;

        PkgName(String name, Pos pos, Package pkg) {
            super(name, pos);
            this.pkg = pkg;
        }
    }

    static final class Builtin extends Obj {
        Builtin(String name) {
            super(name, null);
        }
    }

    static final class NilObj extends Obj {
        NilObj() {
            super("nil", null);
        }
    }

    /** A checked package: its scope, functions in declaration order and globals in initialization order. */
    static final class Package {
        final String path;
        final String name;
        final Map<String, Obj> scope = new LinkedHashMap<>();
        final List<FuncScope> funcs = new ArrayList<>();
        final List<Var> globals = new ArrayList<>();
        final List<Var> initOrder = new ArrayList<>();
        final List<File> files = new ArrayList<>();
        /** The func init declarations, in source order (run after the variables, spec: Package initialization). */
        final List<FuncDecl> inits = new ArrayList<>();
        /** Instances of generic functions and methods (CheckGeneric), compiled like the files' declarations. */
        final List<FuncDecl> instances = new ArrayList<>();
        boolean checked;
        /** The package scope, whose lazily loaded declarations {@link #lookup} reaches too. */
        Scope top;

        /** The package-level object named n, as a qualified identifier pkg.n finds it; null if none. */
        Obj lookup(String n) {
            Obj o = scope.get(n);
            return o == null && top != null && top.lazy != null ? top.lazy.apply(n) : o;
        }

        /** The function declarations to compile: the files' then the instances'. */
        List<FuncDecl> funcDecls() {
            List<FuncDecl> out = new ArrayList<>();
            for (File f : files) {
                for (Decl d : f.decls()) {
                    if (d instanceof FuncDecl fd) {
                        out.add(fd);
                    }
                }
            }
            out.addAll(instances);
            return out;
        }

        Package(String path, String name) {
            this.path = path;
            this.name = name;
        }
    }

    /** One function body (declared function, method or function literal) and what it captures. */
    static final class FuncScope {
        final FuncScope parent;
        final String symbol;
        final Signature sig;
        final List<Var> params = new ArrayList<>();
        final List<Var> results = new ArrayList<>();
        final LinkedHashSet<Var> captures = new LinkedHashSet<>();
        final List<Var> locals = new ArrayList<>();
        final Pos start;
        final int endLine;
        final Block body;
        final Package pkg;
        int closures;
        /** The receiver, for methods. */
        Var recv;
        /** A method expression's wrapper (set by the checker as it makes the scope). */
        boolean wrapper;
        /** A function literal's scope (a closure; a package-level one has no parent). */
        boolean literal;

        FuncScope(FuncScope parent, String symbol, Signature sig, Pos start, int endLine, Block body, Package pkg) {
            this.parent = parent;
            this.symbol = symbol;
            this.sig = sig;
            this.start = start;
            this.endLine = endLine;
            this.body = body;
            this.pkg = pkg;
        }

        /** The function as the symbol table has it: its name, file and lines, with the line directives in effect. */
        FuncInfo info() {
            return new FuncInfo(symbol, start.file(), start.line(), endLine, (body != null ? body.rbrace : start).base());
        }

        int captureIndex(Var v) {
            int i = 0;
            for (Var c : captures) {
                if (c == v) {
                    return i;
                }
                i++;
            }
            return -1;
        }
    }

    enum SelKind { FIELD, METHOD, IFACE_METHOD, QUALIFIED, METHOD_EXPR }

    /** What x.f denotes. */
    record Selection(SelKind kind, int field, Method method, boolean deref, boolean addr, Obj qualified) {
    }

    static final class Scope {
        final Scope parent;
        final Map<String, Obj> names = new HashMap<>();
        /** A package scope's declarations that are loaded when first named (Checker.lazyFile), or null. */
        java.util.function.Function<String, Obj> lazy;

        Scope(Scope parent) {
            this.parent = parent;
        }

        Obj lookup(String n) {
            for (Scope s = this; s != null; s = s.parent) {
                Obj o = s.names.get(n);
                if (o == null && s.lazy != null) {
                    o = s.lazy.apply(n);
                }
                if (o != null) {
                    return o;
                }
            }
            return null;
        }
    }
}
