package gosim.specs.lang;

import java.util.List;

/**
 * The syntax tree: models go/ast's node types (only those of the supported subset). Nodes are
 * mutable so that the checker can annotate them with types, constant values and resolved objects.
 */
final class Ast {
    private Ast() {
    }

    /** Any node: where it starts. */
    abstract static class Node {
        final Pos pos;

        Node(Pos pos) {
            this.pos = pos;
        }
    }

    // ---------------------------------------------------------------- expressions

    /** An expression; after checking, {@code type} is its type and {@code cv} its constant value, if any. */
    abstract static class Expr extends Node {
        Type type;
        Object cv;
        /** Set by the checker when the expression denotes a type rather than a value. */
        boolean isType;

        Expr(Pos pos) {
            super(pos);
        }
    }

    static final class Ident extends Expr {
        final String name;
        Checker.Obj obj;

        Ident(Pos pos, String name) {
            super(pos);
            this.name = name;
        }
    }

    static final class BasicLit extends Expr {
        final Tok kind;
        final Object value;
        final String text;

        BasicLit(Pos pos, Tok kind, Object value, String text) {
            super(pos);
            this.kind = kind;
            this.value = value;
            this.text = text;
        }
    }

    static final class CompositeLit extends Expr {
        Expr typeExpr;
        final List<Expr> elts;
        final Pos rbrace;

        CompositeLit(Pos pos, Expr typeExpr, List<Expr> elts, Pos rbrace) {
            super(pos);
            this.typeExpr = typeExpr;
            this.elts = elts;
            this.rbrace = rbrace;
        }
    }

    static final class KeyValue extends Expr {
        final Expr key;
        final Expr value;

        KeyValue(Pos pos, Expr key, Expr value) {
            super(pos);
            this.key = key;
            this.value = value;
        }
    }

    static final class FuncLit extends Expr {
        final FuncTypeExpr sig;
        final Block body;
        Checker.FuncScope scope;
        /** For a method expression's wrapper: its symbol (main.(*T).M), set by the checker. */
        String wrapperSymbol;

        FuncLit(Pos pos, FuncTypeExpr sig, Block body) {
            super(pos);
            this.sig = sig;
            this.body = body;
        }
    }

    /** A type already resolved, in code the checker writes itself (method expression wrappers). */
    static final class TypeRef extends Expr {
        final Type t;

        TypeRef(Pos pos, Type t) {
            super(pos);
            this.t = t;
        }
    }

    static final class Paren extends Expr {
        final Expr x;

        Paren(Pos pos, Expr x) {
            super(pos);
            this.x = x;
        }
    }

    static final class Selector extends Expr {
        /** Not final: the checker makes a promoted field's or method's implicit embedded fields explicit. */
        Expr x;
        final Ident sel;
        /** Filled by the checker: what the selector denotes. */
        Checker.Selection selection;
        /** For a method expression T.M: the function literal the checker wrote for it (see CheckExpr). */
        FuncLit methodExpr;

        Selector(Pos pos, Expr x, Ident sel) {
            super(pos);
            this.x = x;
            this.sel = sel;
        }
    }

    static final class Index extends Expr {
        final Expr x;
        final Expr index;
        /** For an instantiation F[int] of a generic function: the instance it denotes (set by the checker). */
        Expr inst;
        /** Where '[' is (types2 reports index errors there, as syntax.IndexExpr's position); null if not parsed as x[i]. */
        Pos lbrack;

        Index(Pos pos, Expr x, Expr index) {
            super(pos);
            this.x = x;
            this.index = index;
        }
    }

    /** {@code x[a, b, ...]}: an instantiation with several type arguments (go/ast IndexListExpr). */
    static final class IndexList extends Expr {
        final Expr x;
        final List<Expr> indices;
        /** The instance of a generic function it denotes (set by the checker). */
        Expr inst;

        IndexList(Pos pos, Expr x, List<Expr> indices) {
            super(pos);
            this.x = x;
            this.indices = indices;
        }
    }

    /** A constraint's type set element {@code ~int | string}: terms, each with or without a tilde. */
    static final class Union extends Expr {
        final List<Expr> terms;
        final List<Boolean> tilde;
        /** Where each term starts (its ~ if it has one). */
        final List<Pos> at;

        Union(Pos pos, List<Expr> terms, List<Boolean> tilde, List<Pos> at) {
            super(pos);
            this.terms = terms;
            this.tilde = tilde;
            this.at = at;
        }
    }

    static final class SliceExpr extends Expr {
        final Expr x;
        final Expr lo;
        final Expr hi;
        final Expr max;
        /** Where '[' is: a failed bounds check reports that line. */
        Pos lbrack;

        SliceExpr(Pos pos, Expr x, Expr lo, Expr hi, Expr max) {
            super(pos);
            this.x = x;
            this.lo = lo;
            this.hi = hi;
            this.max = max;
        }
    }

    static final class TypeAssert extends Expr {
        final Expr x;
        /** null in a type switch's {@code x.(type)}. */
        final Expr typeExpr;

        TypeAssert(Pos pos, Expr x, Expr typeExpr) {
            super(pos);
            this.x = x;
            this.typeExpr = typeExpr;
        }
    }

    static final class Call extends Expr {
        /** Not final: the checker replaces an instantiation F[int] or an inferred F by the instance. */
        Expr fun;
        final List<Expr> args;
        final boolean ellipsis;
        final Pos lparen;
        /** Filled by the checker: a builtin's name, a conversion, or null for an ordinary call. */
        String builtin;
        boolean conversion;

        Call(Pos pos, Expr fun, List<Expr> args, boolean ellipsis, Pos lparen) {
            super(pos);
            this.fun = fun;
            this.args = args;
            this.ellipsis = ellipsis;
            this.lparen = lparen;
        }
    }

    /**
     * Result {@code index} of a multi-value call spread over a built-in's arguments, as in
     * {@code complex(f())}: the checker replaces the one argument by one of these per result. The first
     * evaluates the call and keeps its results in a frame slot; the others read that slot.
     */
    static final class TupleElem extends Expr {
        /** The argument as written (for messages). */
        final Expr source;
        final Call call;
        final int index;
        /** The element that evaluates the call (null for that one itself). */
        final TupleElem first;
        /** Set by the compiler on the first element: where the results are kept. */
        int slot = -1;

        TupleElem(Expr source, Call call, int index, TupleElem first) {
            super(source.pos);
            this.source = source;
            this.call = call;
            this.index = index;
            this.first = first;
        }
    }

    /** {@code *x}: a dereference or a pointer type. */
    static final class Star extends Expr {
        final Expr x;

        Star(Pos pos, Expr x) {
            super(pos);
            this.x = x;
        }
    }

    static final class Unary extends Expr {
        final Tok op;
        final Expr x;

        Unary(Pos pos, Tok op, Expr x) {
            super(pos);
            this.op = op;
            this.x = x;
        }
    }

    static final class Binary extends Expr {
        final Tok op;
        final Expr x;
        final Expr y;
        final Pos opPos;

        Binary(Pos pos, Tok op, Expr x, Expr y, Pos opPos) {
            super(pos);
            this.op = op;
            this.x = x;
            this.y = y;
            this.opPos = opPos;
        }
    }

    // ---------------------------------------------------------------- type expressions

    /** {@code [N]T}, {@code [...]T} (len is an Ellipsis) or {@code []T} (len null). */
    static final class ArrayTypeExpr extends Expr {
        final Expr len;
        final Expr elem;

        ArrayTypeExpr(Pos pos, Expr len, Expr elem) {
            super(pos);
            this.len = len;
            this.elem = elem;
        }
    }

    /** {@code ...T} in a parameter list or {@code [...]} array length (elem null). */
    static final class Ellipsis extends Expr {
        final Expr elem;

        Ellipsis(Pos pos, Expr elem) {
            super(pos);
            this.elem = elem;
        }
    }

    record Field(List<Ident> names, Expr type, Pos pos) {
    }

    static final class StructTypeExpr extends Expr {
        final List<Field> fields;
        /** Each field's tag ("" for none), parallel to fields. */
        List<String> tags = List.of();

        StructTypeExpr(Pos pos, List<Field> fields) {
            super(pos);
            this.fields = fields;
        }
    }

    static final class FuncTypeExpr extends Expr {
        final List<Field> params;
        final List<Field> results;

        FuncTypeExpr(Pos pos, List<Field> params, List<Field> results) {
            super(pos);
            this.params = params;
            this.results = results;
        }
    }

    static final class InterfaceTypeExpr extends Expr {
        /** Methods: each Field has one name and a FuncTypeExpr; an embedded interface has no names. */
        final List<Field> methods;

        InterfaceTypeExpr(Pos pos, List<Field> methods) {
            super(pos);
            this.methods = methods;
        }
    }

    static final class MapTypeExpr extends Expr {
        final Expr key;
        final Expr value;

        MapTypeExpr(Pos pos, Expr key, Expr value) {
            super(pos);
            this.key = key;
            this.value = value;
        }
    }

    static final class ChanTypeExpr extends Expr {
        final Types.ChanDir dir;
        final Expr elem;

        ChanTypeExpr(Pos pos, Types.ChanDir dir, Expr elem) {
            super(pos);
            this.dir = dir;
            this.elem = elem;
        }
    }

    // ---------------------------------------------------------------- statements

    abstract static class Stmt extends Node {
        Stmt(Pos pos) {
            super(pos);
        }
    }

    static final class DeclStmt extends Stmt {
        final GenDecl decl;

        DeclStmt(Pos pos, GenDecl decl) {
            super(pos);
            this.decl = decl;
        }
    }

    static final class EmptyStmt extends Stmt {
        EmptyStmt(Pos pos) {
            super(pos);
        }
    }

    static final class LabeledStmt extends Stmt {
        final Ident label;
        final Stmt stmt;
        /** Some goto jumps here (set by the checker): its block runs with a goto-aware executor. */
        boolean gotoTarget;

        LabeledStmt(Pos pos, Ident label, Stmt stmt) {
            super(pos);
            this.label = label;
            this.stmt = stmt;
        }
    }

    static final class ExprStmt extends Stmt {
        final Expr x;

        ExprStmt(Pos pos, Expr x) {
            super(pos);
            this.x = x;
        }
    }

    static final class SendStmt extends Stmt {
        final Expr chan;
        final Expr value;

        SendStmt(Pos pos, Expr chan, Expr value) {
            super(pos);
            this.chan = chan;
            this.value = value;
        }
    }

    static final class IncDecStmt extends Stmt {
        final Expr x;
        final boolean inc;

        IncDecStmt(Pos pos, Expr x, boolean inc) {
            super(pos);
            this.x = x;
            this.inc = inc;
        }
    }

    static final class AssignStmt extends Stmt {
        final List<Expr> lhs;
        final Tok tok;
        final List<Expr> rhs;
        /** For {@code :=}: which lhs identifiers declare new variables. */
        boolean[] isNew;

        AssignStmt(Pos pos, List<Expr> lhs, Tok tok, List<Expr> rhs) {
            super(pos);
            this.lhs = lhs;
            this.tok = tok;
            this.rhs = rhs;
        }
    }

    static final class GoStmt extends Stmt {
        final Call call;

        GoStmt(Pos pos, Call call) {
            super(pos);
            this.call = call;
        }
    }

    static final class DeferStmt extends Stmt {
        final Call call;

        DeferStmt(Pos pos, Call call) {
            super(pos);
            this.call = call;
        }
    }

    static final class ReturnStmt extends Stmt {
        final List<Expr> results;

        ReturnStmt(Pos pos, List<Expr> results) {
            super(pos);
            this.results = results;
        }
    }

    /** break, continue, goto, fallthrough. */
    static final class BranchStmt extends Stmt {
        final Tok tok;
        final Ident label;
        /** The statement a break/continue refers to, the LabeledStmt of a goto (set by the checker). */
        Stmt target;

        BranchStmt(Pos pos, Tok tok, Ident label) {
            super(pos);
            this.tok = tok;
            this.label = label;
        }
    }

    static final class Block extends Stmt {
        final List<Stmt> list;
        final Pos rbrace;

        Block(Pos pos, List<Stmt> list, Pos rbrace) {
            super(pos);
            this.list = list;
            this.rbrace = rbrace;
        }
    }

    static final class IfStmt extends Stmt {
        final Stmt init;
        final Expr cond;
        final Block then;
        final Stmt els;

        IfStmt(Pos pos, Stmt init, Expr cond, Block then, Stmt els) {
            super(pos);
            this.init = init;
            this.cond = cond;
            this.then = then;
            this.els = els;
        }
    }

    static final class CaseClause extends Stmt {
        /** null for default. */
        final List<Expr> list;
        final List<Stmt> body;
        /** In a type switch with a bound name: that name's variable in this clause. */
        Checker.Var implicit;

        CaseClause(Pos pos, List<Expr> list, List<Stmt> body) {
            super(pos);
            this.list = list;
            this.body = body;
        }
    }

    static final class SwitchStmt extends Stmt {
        final Stmt init;
        final Expr tag;
        final List<CaseClause> clauses;

        SwitchStmt(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses) {
            super(pos);
            this.init = init;
            this.tag = tag;
            this.clauses = clauses;
        }
    }

    static final class TypeSwitchStmt extends Stmt {
        final Stmt init;
        /** The bound name of {@code v := x.(type)}, or null. */
        final Ident bind;
        final Expr x;
        final List<CaseClause> clauses;

        TypeSwitchStmt(Pos pos, Stmt init, Ident bind, Expr x, List<CaseClause> clauses) {
            super(pos);
            this.init = init;
            this.bind = bind;
            this.x = x;
            this.clauses = clauses;
        }
    }

    static final class CommClause extends Stmt {
        /** A send, a receive (ExprStmt or AssignStmt), or null for default. */
        final Stmt comm;
        final List<Stmt> body;

        CommClause(Pos pos, Stmt comm, List<Stmt> body) {
            super(pos);
            this.comm = comm;
            this.body = body;
        }
    }

    static final class SelectStmt extends Stmt {
        final List<CommClause> clauses;

        SelectStmt(Pos pos, List<CommClause> clauses) {
            super(pos);
            this.clauses = clauses;
        }
    }

    static final class ForStmt extends Stmt {
        final Stmt init;
        final Expr cond;
        final Stmt post;
        final Block body;

        ForStmt(Pos pos, Stmt init, Expr cond, Stmt post, Block body) {
            super(pos);
            this.init = init;
            this.cond = cond;
            this.post = post;
            this.body = body;
        }
    }

    static final class RangeStmt extends Stmt {
        final Expr key;
        final Expr value;
        /** DEFINE, ASSIGN, or null when there are no iteration variables. */
        final Tok tok;
        final Expr x;
        final Block body;

        RangeStmt(Pos pos, Expr key, Expr value, Tok tok, Expr x, Block body) {
            super(pos);
            this.key = key;
            this.value = value;
            this.tok = tok;
            this.x = x;
            this.body = body;
        }
    }

    // ---------------------------------------------------------------- declarations

    abstract static class Spec extends Node {
        Spec(Pos pos) {
            super(pos);
        }
    }

    static final class ImportSpec extends Spec {
        final Ident name;
        final String path;

        ImportSpec(Pos pos, Ident name, String path) {
            super(pos);
            this.name = name;
            this.path = path;
        }
    }

    static final class ValueSpec extends Spec {
        final List<Ident> names;
        final Expr type;
        final List<Expr> values;
        final int iota;

        ValueSpec(Pos pos, List<Ident> names, Expr type, List<Expr> values, int iota) {
            super(pos);
            this.names = names;
            this.type = type;
            this.values = values;
            this.iota = iota;
        }
    }

    static final class TypeSpec extends Spec {
        final Ident name;
        final Expr type;
        final boolean alias;
        /** A generic type's type parameters (null if it has none) and where to parse it again per instance. */
        List<Field> typeParams;
        Lexer.Mark mark;

        TypeSpec(Pos pos, Ident name, Expr type, boolean alias) {
            super(pos);
            this.name = name;
            this.type = type;
            this.alias = alias;
        }
    }

    abstract static class Decl extends Node {
        Decl(Pos pos) {
            super(pos);
        }
    }

    static final class GenDecl extends Decl {
        final Tok tok;
        final List<Spec> specs;

        GenDecl(Pos pos, Tok tok, List<Spec> specs) {
            super(pos);
            this.tok = tok;
            this.specs = specs;
        }
    }

    static final class FuncDecl extends Decl {
        final Field recv;
        final Ident name;
        final FuncTypeExpr sig;
        /** null for a function declared without a body (a native implemented by the host). */
        final Block body;
        Checker.FuncScope scope;
        /** A generic function's type parameters (null if it has none) and where to parse it again per instance. */
        List<Field> typeParams;
        Lexer.Mark mark;

        FuncDecl(Pos pos, Field recv, Ident name, FuncTypeExpr sig, Block body) {
            super(pos);
            this.recv = recv;
            this.name = name;
            this.sig = sig;
            this.body = body;
        }
    }

    /**
     * One source file. pre18: the error go1.7's compiler gives for the file's first generic construct
     * (null if none); directiveErrors: its bad line directives, which the checker reports with its own.
     */
    record File(String name, Ident pkg, List<ImportSpec> imports, List<Decl> decls, Pos end, GoCompileError pre18,
            List<GoCompileError.Diagnostic> directiveErrors) {
        /** The file's last line (its end's). */
        int lastLine() {
            return end.line();
        }
    }
}
