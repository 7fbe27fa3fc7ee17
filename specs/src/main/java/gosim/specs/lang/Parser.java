package gosim.specs.lang;

import gosim.specs.lang.Ast.*;
import gosim.specs.lang.Lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for Go source: models go/parser/parser.go (parseFile, parseDecl,
 * parseSimpleStmt, parseBinaryExpr, parsePrimaryExpr and the exprLev rule that keeps
 * {@code if x {} } from being read as a composite literal). Constructs outside the supported subset
 * are rejected with "unsupported: ..." at their position.
 */
final class Parser {
    private final Lexer lexer;
    private Token tok;
    private Token prev;
    /** < 0 inside a control clause header, >= 0 otherwise (go/parser's exprLev). */
    private int exprLev;
    /** Current nesting depth: nested statements, types, operands, and links of operator/selector chains. */
    private int nest;

    /**
     * The deepest nesting accepted, and go1.19 go/parser's (parser.go: {@code maxNestLev int = 1e5},
     * "exceeded max nesting depth"). Each level costs the later phases a few Java frames, which the
     * front end's large stack holds (Scenario.FRONT_END_STACK_BYTES).
     */
    static final int MAX_NEST = 100_000;

    /** The error go1.7's compiler gives for the first generic construct seen (see {@link #pre18}). */
    private GoCompileError pre18;
    /** Set while a parameter list reads an entry that may be a name: {@code a [n]int} is not an instantiation. */
    private boolean paramHead;

    private Parser(String file, String src, boolean directives111) {
        this(new Lexer(file, src, directives111));
    }

    private Parser(Lexer lexer) {
        this.lexer = lexer;
        next();
    }

    /** A generic function declaration parsed again from its mark: fresh nodes for one instance. */
    static FuncDecl reparseFunc(Lexer.Mark m) {
        return new Parser(new Lexer(m)).parseFuncDecl();
    }

    /** A generic type spec parsed again from its mark: fresh nodes for one instance. */
    static TypeSpec reparseType(Lexer.Mark m) {
        return (TypeSpec) new Parser(new Lexer(m)).parseSpec(Tok.TYPE, 0, null);
    }

    /**
     * Records go1.7's error for a generic construct: its parser (cmd/compile/internal/gc/parser.go)
     * knows no type parameters, so the first one is a syntax error there. The dialect decides later
     * whether it applies (Program.check).
     */
    private void pre18(Pos p, String msg) {
        if (pre18 == null) {
            pre18 = new GoCompileError(p, msg);
        }
    }

    /** go1.7's lexer rejects '~' (lex.go: "syntax error: illegal character %#U"). */
    private void pre18Tilde() {
        pre18(tok.pos(), "syntax error: illegal character U+007E '~'");
    }

    /** How go1.7's syntax_error names the current token (parser.go syntax_error, tokstring). */
    private String go17Token() {
        return switch (tok.kind()) {
            case COMMA -> "comma";
            case SEMICOLON -> "semicolon or newline";
            case EOF -> "EOF";
            default -> tok.text();
        };
    }

    /** Parses one Go source file. Throws GoCompileError on the first syntax error. */
    static File parse(String file, String src) {
        return parse(file, src, true);
    }

    /**
     * Parses one Go source file whose line directives are Go 1.11's ({@code directives111}) or
     * go1.7's. Throws GoCompileError on the first syntax error, listed with any bad directive before it.
     */
    static File parse(String file, String src, boolean directives111) {
        Parser p = new Parser(file, src, directives111);
        try {
            return p.parseFile();
        } catch (GoCompileError e) {
            if (p.lexer.directiveErrors.isEmpty()) {
                throw e;
            }
            List<GoCompileError.Diagnostic> all = new ArrayList<>(p.lexer.directiveErrors);
            all.addAll(e.diagnostics());
            GoCompileError.sortAsGc(all);
            throw new GoCompileError(all);
        }
    }

    private void next() {
        prev = tok;
        tok = lexer.next();
    }

    private boolean got(Tok k) {
        if (tok.kind() == k) {
            next();
            return true;
        }
        return false;
    }

    private static String describe(Token t) {
        return switch (t.kind()) {
            case EOF -> "EOF";
            case SEMICOLON -> t.text().equals("\n") ? "newline" : "semicolon";
            case IDENT -> "name " + t.text();
            case INT, FLOAT, CHAR, STRING, IMAG -> "literal " + t.text();
            default -> t.kind().isKeyword() ? "keyword " + t.text() : t.text();
        };
    }

    private GoCompileError syntax(String expecting) {
        return new GoCompileError(tok.pos(), "syntax error: unexpected " + describe(tok) + ", expecting " + expecting);
    }

    private Pos expect(Tok k) {
        Pos p = tok.pos();
        if (tok.kind() != k) {
            throw syntax(k.text);
        }
        next();
        return p;
    }

    private void expectSemi(String context) {
        if (tok.kind() == Tok.RPAREN || tok.kind() == Tok.RBRACE) {
            return;
        }
        if (tok.kind() != Tok.SEMICOLON) {
            throw new GoCompileError(tok.pos(), "syntax error: unexpected " + describe(tok) + " " + context);
        }
        next();
    }

    /** One level deeper (go/parser incNestLev); the caller undoes it with {@code nest--}. */
    private void enter() {
        if (++nest > MAX_NEST) {
            throw new GoCompileError(tok.pos(), "exceeded max nesting depth");
        }
    }

    private static GoCompileError unsupported(Pos p, String what) {
        return new GoCompileError(p, "unsupported: " + what);
    }

    // ---------------------------------------------------------------- file and declarations

    private File parseFile() {
        while (tok.kind() == Tok.SEMICOLON) {
            next();
        }
        if (tok.kind() != Tok.PACKAGE) {
            throw new GoCompileError(tok.pos(), "syntax error: package statement must be first");
        }
        next();
        Ident pkg = parseIdent();
        expectSemi("after package clause");
        List<ImportSpec> imports = new ArrayList<>();
        while (tok.kind() == Tok.IMPORT) {
            Pos p = tok.pos();
            next();
            if (got(Tok.LPAREN)) {
                while (tok.kind() != Tok.RPAREN && tok.kind() != Tok.EOF) {
                    imports.add(parseImportSpec());
                    expectSemi("in import declaration");
                }
                expect(Tok.RPAREN);
            } else {
                imports.add(parseImportSpec());
            }
            expectSemi("after import declaration");
        }
        List<Decl> decls = new ArrayList<>();
        while (tok.kind() != Tok.EOF) {
            switch (tok.kind()) {
                case CONST, VAR, TYPE -> decls.add(parseGenDecl());
                case FUNC -> decls.add(parseFuncDecl());
                case IMPORT -> throw new GoCompileError(tok.pos(), "syntax error: imports must appear before other declarations");
                default -> throw new GoCompileError(tok.pos(), "syntax error: non-declaration statement outside function body");
            }
            if (tok.kind() != Tok.EOF) {
                expectSemi("after top level declaration");
            }
        }
        return new File(pkg.pos.file(), pkg, imports, decls, tok.pos(), pre18, List.copyOf(lexer.directiveErrors));
    }

    private ImportSpec parseImportSpec() {
        Pos p = tok.pos();
        Ident name = null;
        if (tok.kind() == Tok.IDENT) {
            name = parseIdent();
        } else if (tok.kind() == Tok.PERIOD) {
            throw unsupported(p, "dot import");
        }
        if (tok.kind() != Tok.STRING) {
            throw new GoCompileError(tok.pos(), "syntax error: missing import path; require quoted string");
        }
        String path = (String) tok.value();
        next();
        return new ImportSpec(p, name, path);
    }

    private GenDecl parseGenDecl() {
        Pos p = tok.pos();
        Tok kind = tok.kind();
        next();
        List<Spec> specs = new ArrayList<>();
        if (got(Tok.LPAREN)) {
            int iota = 0;
            ValueSpec last = null;
            while (tok.kind() != Tok.RPAREN && tok.kind() != Tok.EOF) {
                Spec s = parseSpec(kind, iota, last);
                if (s instanceof ValueSpec vs) {
                    last = vs;
                }
                specs.add(s);
                iota++;
                expectSemi("after " + kind.text + " declaration");
            }
            expect(Tok.RPAREN);
        } else {
            specs.add(parseSpec(kind, 0, null));
        }
        return new GenDecl(p, kind, specs);
    }

    /** One spec; a const spec without values repeats the previous spec's type and values (implicit repetition). */
    private Spec parseSpec(Tok kind, int iota, ValueSpec prevConst) {
        Pos p = tok.pos();
        if (kind == Tok.TYPE) {
            Lexer.Mark mark = lexer.mark();
            Ident name = parseIdent();
            if (tok.kind() == Tok.LBRACK) {
                // type T[P any] ... is generic; type T [N]int is an array.
                Pos lb = tok.pos();
                next();
                if (tok.kind() == Tok.IDENT) {
                    Token save = tok;
                    next();
                    if (tok.kind() != Tok.RBRACK) {
                        if (tok.kind() == Tok.TILDE) {
                            pre18Tilde();
                        } else {
                            pre18(tok.pos(), "syntax error: unexpected " + go17Token() + ", expecting ]");
                        }
                        List<Field> tparams = parseTypeParams(new Ident(save.pos(), save.text()));
                        TypeSpec ts = new TypeSpec(p, name, parseType(), false);
                        ts.typeParams = tparams;
                        ts.mark = mark;
                        return ts;
                    }
                    next();
                    Expr elem = parseType();
                    return new TypeSpec(p, name, new ArrayTypeExpr(lb, new Ident(save.pos(), save.text()), elem), false);
                }
                Expr len = tok.kind() == Tok.RBRACK ? null : parseRhs();
                expect(Tok.RBRACK);
                return new TypeSpec(p, name, new ArrayTypeExpr(lb, len, parseType()), false);
            }
            boolean alias = got(Tok.ASSIGN);
            return new TypeSpec(p, name, parseType(), alias);
        }
        List<Ident> names = new ArrayList<>();
        names.add(parseIdent());
        while (got(Tok.COMMA)) {
            names.add(parseIdent());
        }
        Expr type = null;
        if (tok.kind() != Tok.ASSIGN && tok.kind() != Tok.SEMICOLON && tok.kind() != Tok.RPAREN) {
            type = parseType();
        }
        List<Expr> values = List.of();
        if (got(Tok.ASSIGN)) {
            values = parseExprList();
        }
        if (kind == Tok.CONST && values.isEmpty()) {
            if (type != null) {
                throw new GoCompileError(p, "missing init expr for const declaration");
            }
            if (prevConst == null) {
                throw new GoCompileError(p, "missing init expr for const declaration");
            }
            type = prevConst.type;
            values = prevConst.values;
        }
        return new ValueSpec(p, names, type, values, iota);
    }

    private FuncDecl parseFuncDecl() {
        Lexer.Mark mark = lexer.mark();
        Pos p = expect(Tok.FUNC);
        Field recv = null;
        if (tok.kind() == Tok.LPAREN) {
            Pos rp = tok.pos();
            List<Field> r = parseParams();
            if (r.size() != 1 || r.get(0).names().size() > 1) {
                throw new GoCompileError(rp, "method has multiple receivers");
            }
            recv = r.get(0);
        }
        Ident name = parseIdent();
        List<Field> tparams = null;
        if (tok.kind() == Tok.LBRACK) {
            pre18(tok.pos(), "syntax error: unexpected [, expecting ("); // go1.7 parser.go fndcl: param_list wants '('
            Pos lb = tok.pos();
            next();
            if (recv != null) {
                throw new GoCompileError(lb, "syntax error: method must have no type parameters");
            }
            tparams = parseTypeParams(parseIdent());
        }
        FuncTypeExpr sig = parseSignature(p);
        Block body = null;
        if (tok.kind() == Tok.LBRACE) {
            body = parseBlock();
        }
        FuncDecl fd = new FuncDecl(p, recv, name, sig, body);
        fd.typeParams = tparams;
        if (tparams != null || recv != null && isGenericRecv(recv.type())) {
            fd.mark = mark;
        }
        return fd;
    }

    /** Whether a receiver type names a generic type's parameters: {@code List[T]} or {@code *Pair[K, V]}. */
    static boolean isGenericRecv(Expr t) {
        Expr x = t instanceof Star s ? s.x : t;
        return x instanceof Index || x instanceof IndexList;
    }

    /**
     * A type parameter list after its '[' and first name: groups {@code K, V any} separated by commas,
     * up to the closing ']' (go/parser parseParameterList in a type parameter context).
     */
    private List<Field> parseTypeParams(Ident first) {
        List<Field> out = new ArrayList<>();
        List<Ident> names = new ArrayList<>();
        names.add(first);
        while (true) {
            if (got(Tok.COMMA)) {
                if (tok.kind() == Tok.RBRACK) {
                    break;
                }
                names.add(parseIdent());
                continue;
            }
            Expr c = parseConstraint();
            out.add(new Field(List.copyOf(names), c, names.get(0).pos));
            names.clear();
            if (!got(Tok.COMMA) || tok.kind() == Tok.RBRACK) {
                break;
            }
            names.add(parseIdent());
        }
        if (!names.isEmpty()) {
            throw new GoCompileError(names.get(names.size() - 1).pos, "syntax error: missing type constraint");
        }
        expect(Tok.RBRACK);
        return out;
    }

    /** A constraint or interface element: {@code T}, {@code ~T}, or a union of such terms. */
    private Expr parseConstraint() {
        return parseConstraint(null);
    }

    /** A constraint whose first term (without tilde) is already parsed, when first is non-null. */
    private Expr parseConstraint(Expr first) {
        Pos p = first != null ? first.pos : tok.pos();
        List<Expr> terms = new ArrayList<>();
        List<Boolean> tilde = new ArrayList<>();
        List<Pos> at = new ArrayList<>();
        if (first != null) {
            terms.add(first);
            tilde.add(false);
            at.add(first.pos);
            if (!got(Tok.OR)) {
                return first;
            }
        }
        do {
            at.add(tok.pos());
            boolean t = tok.kind() == Tok.TILDE;
            if (t) {
                pre18Tilde();
                next();
            }
            tilde.add(t);
            terms.add(parseType());
        } while (got(Tok.OR));
        if (terms.size() == 1 && !tilde.get(0)) {
            return terms.get(0);
        }
        return new Union(p, terms, tilde, at);
    }

    private FuncTypeExpr parseSignature(Pos p) {
        List<Field> params = parseParams();
        List<Field> results = List.of();
        if (tok.kind() == Tok.LPAREN) {
            results = parseParams();
        } else if (startsType()) {
            Expr t = parseType();
            results = List.of(new Field(List.of(), t, t.pos));
        }
        return new FuncTypeExpr(p, params, results);
    }

    private boolean startsType() {
        return switch (tok.kind()) {
            case IDENT, LBRACK, STRUCT, MUL, FUNC, INTERFACE, MAP, CHAN, LPAREN, ARROW -> true;
            default -> false;
        };
    }

    /**
     * A parenthesized parameter list. Either all entries are named ({@code a, b int, c string}) or none
     * are ({@code int, string}); as in go/parser, a list of bare types is detected after the fact.
     */
    private List<Field> parseParams() {
        expect(Tok.LPAREN);
        List<Expr> items = new ArrayList<>();
        List<Field> named = new ArrayList<>();
        List<Ident> pending = new ArrayList<>();
        boolean sawNamed = false;
        while (tok.kind() != Tok.RPAREN && tok.kind() != Tok.EOF) {
            Pos p = tok.pos();
            Expr t = parseParamType();
            if (t instanceof Ident id && tok.kind() == Tok.LBRACK) {
                // a [N]T or a []T (a name, then its type) or List[T] (a type)
                NameOrType nt = arrayOrInstance(id);
                if (nt.named()) {
                    pending.add(id);
                    named.add(new Field(List.copyOf(pending), nt.type(), pending.get(0).pos));
                    pending.clear();
                    sawNamed = true;
                } else {
                    items.add(nt.type());
                }
                if (!got(Tok.COMMA)) {
                    break;
                }
                continue;
            }
            if (t instanceof Ident id && tok.kind() != Tok.COMMA && tok.kind() != Tok.RPAREN) {
                // name followed by type
                Expr type = parseParamTypeNoHead();
                pending.add(id);
                named.add(new Field(List.copyOf(pending), type, pending.get(0).pos));
                pending.clear();
                sawNamed = true;
            } else if (t instanceof Ident id) {
                pending.add(id);
                items.add(t);
            } else {
                if (!pending.isEmpty() && sawNamed) {
                    throw new GoCompileError(p, "syntax error: mixed named and unnamed parameters");
                }
                items.add(t);
                pending.clear();
            }
            if (!got(Tok.COMMA)) {
                break;
            }
        }
        expect(Tok.RPAREN);
        if (sawNamed) {
            if (!pending.isEmpty()) {
                throw new GoCompileError(pending.get(0).pos, "syntax error: mixed named and unnamed parameters");
            }
            return named;
        }
        List<Field> out = new ArrayList<>();
        for (Expr t : items) {
            out.add(new Field(List.of(), t, t.pos));
        }
        return out;
    }

    private Expr parseParamType() {
        paramHead = true;
        try {
            return parseParamTypeNoHead();
        } finally {
            paramHead = false;
        }
    }

    private Expr parseParamTypeNoHead() {
        if (tok.kind() == Tok.ELLIPSIS) {
            Pos p = tok.pos();
            paramHead = false;
            next();
            return new Ellipsis(p, parseType());
        }
        return parseType();
    }

    // ---------------------------------------------------------------- types

    private Ident parseIdent() {
        if (tok.kind() != Tok.IDENT) {
            throw syntax("name");
        }
        Ident id = new Ident(tok.pos(), tok.text());
        next();
        return id;
    }

    /** What {@code x [...]} is in a parameter list or a struct: x's array or slice type, or the type x[...]. */
    private record NameOrType(boolean named, Expr type) {
    }

    /**
     * After a name, at '[': {@code a []T}, {@code a [N]T} (a name and its type) or {@code B[T, U]} (an
     * instance), told apart as go/parser parseArrayFieldOrTypeInstance does: an array's ']' is followed
     * by its element type.
     */
    private NameOrType arrayOrInstance(Ident name) {
        Pos lb = expect(Tok.LBRACK);
        if (got(Tok.RBRACK)) {
            return new NameOrType(true, new ArrayTypeExpr(lb, null, parseType()));
        }
        if (tok.kind() == Tok.ELLIPSIS) {
            Pos ep = tok.pos();
            next();
            expect(Tok.RBRACK);
            return new NameOrType(true, new ArrayTypeExpr(lb, new Ellipsis(ep, null), parseType()));
        }
        List<Expr> args = typeArgs(false);
        if (args.size() == 1 && startsType()) {
            return new NameOrType(true, new ArrayTypeExpr(lb, args.get(0), parseType()));
        }
        return new NameOrType(false, instance(name, args));
    }

    /** The rest of a type argument list after '[', through ']' (types, or expressions when an array length may follow). */
    private List<Expr> typeArgs(boolean typesOnly) {
        List<Expr> args = new ArrayList<>();
        exprLev++;
        do {
            if (tok.kind() == Tok.RBRACK) {
                break;
            }
            args.add(typesOnly ? parseType() : parseTypeOrExpr());
        } while (got(Tok.COMMA));
        exprLev--;
        expect(Tok.RBRACK);
        return args;
    }

    private static Expr instance(Expr x, List<Expr> args) {
        return args.size() == 1 ? new Index(x.pos, x, args.get(0)) : new IndexList(x.pos, x, args);
    }

    /** A type name after its first identifier: T, pkg.T, and either followed by type arguments [A, B]. */
    private Expr typeNameRest(Ident id) {
        Expr x = id;
        if (tok.kind() == Tok.PERIOD) {
            next();
            x = new Selector(x.pos, x, parseIdent());
        }
        if (tok.kind() != Tok.LBRACK) {
            return x;
        }
        next();
        return instance(x, typeArgs(true));
    }

    /** The type name of an embedded field after '*': T or pkg.T. */
    private Expr embeddedTypeName() {
        return typeNameRest(parseIdent());
    }

    /** An optional struct tag (kept for reflect's StructField.Tag), then the end of the field. */
    private void structFieldEnd(List<String> tags) {
        String tag = "";
        if (tok.kind() == Tok.STRING) {
            tag = (String) tok.value();
            next();
        }
        tags.add(tag);
        expectSemi("in struct type; possibly missing semicolon or newline or }");
    }

    Expr parseType() {
        enter();
        Expr x = parseTypeNested();
        nest--;
        return x;
    }

    private Expr parseTypeNested() {
        Pos p = tok.pos();
        boolean head = paramHead;
        paramHead = false;
        switch (tok.kind()) {
            case IDENT: {
                Ident id = parseIdent();
                if (head && tok.kind() == Tok.LBRACK) {
                    return id; // a parameter's name, then its array or slice type
                }
                return typeNameRest(id);
            }
            case LBRACK: {
                next();
                if (got(Tok.RBRACK)) {
                    return new ArrayTypeExpr(p, null, parseType());
                }
                Expr len;
                if (tok.kind() == Tok.ELLIPSIS) {
                    len = new Ellipsis(tok.pos(), null);
                    next();
                } else {
                    exprLev++;
                    len = parseRhs();
                    exprLev--;
                }
                expect(Tok.RBRACK);
                return new ArrayTypeExpr(p, len, parseType());
            }
            case STRUCT: {
                next();
                expect(Tok.LBRACE);
                List<Field> fields = new ArrayList<>();
                List<String> tags = new ArrayList<>();
                while (tok.kind() != Tok.RBRACE && tok.kind() != Tok.EOF) {
                    Pos fp = tok.pos();
                    if (tok.kind() == Tok.MUL) {
                        // embedded *T or *pkg.T: a Field without names
                        next();
                        fields.add(new Field(List.of(), new Star(fp, embeddedTypeName()), fp));
                        structFieldEnd(tags);
                        continue;
                    }
                    List<Ident> names = new ArrayList<>();
                    names.add(parseIdent());
                    if (tok.kind() == Tok.LBRACK) {
                        // a [N]T (a field) or B[T] (an embedded instance)
                        NameOrType nt = arrayOrInstance(names.get(0));
                        fields.add(nt.named() ? new Field(names, nt.type(), fp) : new Field(List.of(), nt.type(), fp));
                        structFieldEnd(tags);
                        continue;
                    }
                    if (tok.kind() == Tok.PERIOD || tok.kind() == Tok.SEMICOLON || tok.kind() == Tok.RBRACE
                            || tok.kind() == Tok.STRING) {
                        // embedded T or pkg.T
                        Expr t = names.get(0);
                        if (got(Tok.PERIOD)) {
                            t = new Selector(fp, t, parseIdent());
                        }
                        fields.add(new Field(List.of(), t, fp));
                        structFieldEnd(tags);
                        continue;
                    }
                    while (got(Tok.COMMA)) {
                        names.add(parseIdent());
                    }
                    Expr t = parseType();
                    fields.add(new Field(names, t, fp));
                    structFieldEnd(tags);
                }
                expect(Tok.RBRACE);
                StructTypeExpr st = new StructTypeExpr(p, fields);
                st.tags = tags;
                return st;
            }
            case MUL:
                next();
                return new Star(p, parseType());
            case FUNC:
                next();
                return parseSignature(p);
            case INTERFACE: {
                next();
                expect(Tok.LBRACE);
                List<Field> methods = new ArrayList<>();
                while (tok.kind() != Tok.RBRACE && tok.kind() != Tok.EOF) {
                    Pos mp = tok.pos();
                    if (tok.kind() != Tok.IDENT) {
                        methods.add(new Field(List.of(), parseConstraint(), mp));
                        expectSemi("in interface type; possibly missing semicolon or newline or }");
                        continue;
                    }
                    Ident name = parseIdent();
                    if (tok.kind() == Tok.LPAREN) {
                        methods.add(new Field(List.of(name), parseSignature(mp), mp));
                    } else if (tok.kind() == Tok.PERIOD || tok.kind() == Tok.LBRACK || tok.kind() == Tok.OR) {
                        if (tok.kind() == Tok.OR) {
                            // go1.7 parser.go interfacedcl then osemi('}')
                            pre18(tok.pos(), "syntax error: unexpected |, expecting semicolon, newline, or }");
                        }
                        methods.add(new Field(List.of(), parseConstraint(typeNameRest(name)), mp));
                    } else {
                        methods.add(new Field(List.of(), name, mp));
                    }
                    expectSemi("in interface type; possibly missing semicolon or newline or }");
                }
                expect(Tok.RBRACE);
                return new InterfaceTypeExpr(p, methods);
            }
            case MAP: {
                next();
                expect(Tok.LBRACK);
                Expr k = parseType();
                expect(Tok.RBRACK);
                return new MapTypeExpr(p, k, parseType());
            }
            case CHAN: {
                next();
                Types.ChanDir dir = Types.ChanDir.BOTH;
                if (tok.kind() == Tok.ARROW) {
                    next();
                    dir = Types.ChanDir.SEND;
                }
                return new ChanTypeExpr(p, dir, parseType());
            }
            case ARROW: {
                next();
                if (tok.kind() != Tok.CHAN) {
                    throw syntax("chan");
                }
                next();
                return new ChanTypeExpr(p, Types.ChanDir.RECV, parseType());
            }
            case LPAREN: {
                next();
                Expr t = parseType();
                expect(Tok.RPAREN);
                return new Paren(p, t);
            }
            default:
                throw syntax("type");
        }
    }

    // ---------------------------------------------------------------- statements

    private Block parseBlock() {
        Pos p = expect(Tok.LBRACE);
        List<Stmt> list = parseStmtList();
        Pos rb = tok.pos();
        if (tok.kind() != Tok.RBRACE) {
            throw syntax("}");
        }
        next();
        return new Block(p, list, rb);
    }

    private List<Stmt> parseStmtList() {
        List<Stmt> list = new ArrayList<>();
        while (tok.kind() != Tok.CASE && tok.kind() != Tok.DEFAULT && tok.kind() != Tok.RBRACE
                && tok.kind() != Tok.EOF) {
            Stmt s = parseStmt();
            if (!(s instanceof EmptyStmt)) {
                list.add(s);
            }
        }
        return list;
    }

    private Stmt parseStmt() {
        enter();
        Stmt x = parseStmtNested();
        nest--;
        return x;
    }

    private Stmt parseStmtNested() {
        Pos p = tok.pos();
        switch (tok.kind()) {
            case CONST, TYPE, VAR: {
                Stmt s = new DeclStmt(p, parseGenDecl());
                expectSemi("at end of statement");
                return s;
            }
            case IDENT, INT, FLOAT, IMAG, CHAR, STRING, FUNC, LPAREN, LBRACK, STRUCT, MAP, CHAN, INTERFACE, ADD,
                 SUB, MUL, AND, XOR, ARROW, NOT: {
                Stmt s = parseSimpleStmt(true, false);
                if (!(s instanceof LabeledStmt)) {
                    expectSemi("at end of statement");
                }
                return s;
            }
            case GO, DEFER: {
                Tok k = tok.kind();
                next();
                Expr x = parseExpr();
                if (x instanceof Paren) {
                    throw new GoCompileError(x.pos, "expression in " + k.text + " must not be parenthesized");
                }
                if (!(x instanceof Call c)) {
                    throw new GoCompileError(x.pos, "expression in " + k.text + " must be function call");
                }
                expectSemi("at end of statement");
                return k == Tok.GO ? new GoStmt(p, c) : new DeferStmt(p, c);
            }
            case RETURN: {
                next();
                List<Expr> results = List.of();
                if (tok.kind() != Tok.SEMICOLON && tok.kind() != Tok.RBRACE) {
                    results = parseExprList();
                }
                expectSemi("at end of statement");
                return new ReturnStmt(p, results);
            }
            case BREAK, CONTINUE, GOTO, FALLTHROUGH: {
                Tok k = tok.kind();
                next();
                Ident label = null;
                if (k != Tok.FALLTHROUGH && tok.kind() == Tok.IDENT) {
                    label = parseIdent();
                }
                if (k == Tok.GOTO && label == null) {
                    throw syntax("name");
                }
                expectSemi("at end of statement");
                return new BranchStmt(p, k, label);
            }
            case LBRACE: {
                Block b = parseBlock();
                expectSemi("at end of statement");
                return b;
            }
            case IF: {
                Stmt s = parseIf();
                expectSemi("at end of statement");
                return s;
            }
            case SWITCH: {
                Stmt s = parseSwitch();
                expectSemi("at end of statement");
                return s;
            }
            case SELECT: {
                Stmt s = parseSelect();
                expectSemi("at end of statement");
                return s;
            }
            case FOR: {
                Stmt s = parseFor();
                expectSemi("at end of statement");
                return s;
            }
            case SEMICOLON: {
                next();
                return new EmptyStmt(p);
            }
            case RBRACE:
                return new EmptyStmt(p);
            default:
                throw new GoCompileError(p, "syntax error: unexpected " + describe(tok) + ", expecting statement");
        }
    }

    /** Marker for {@code range x} on the right of an assignment in a for header. */
    private static final class RangeMarker extends Expr {
        final Expr x;

        RangeMarker(Pos pos, Expr x) {
            super(pos);
            this.x = x;
        }
    }

    private Stmt parseSimpleStmt(boolean labelOk, boolean rangeOk) {
        Pos p = tok.pos();
        if (rangeOk && tok.kind() == Tok.RANGE) {
            next();
            Expr x = parseExpr();
            return new ExprStmt(p, new RangeMarker(p, x));
        }
        List<Expr> lhs = parseExprList();
        switch (tok.kind()) {
            case DEFINE, ASSIGN, ADD_ASSIGN, SUB_ASSIGN, MUL_ASSIGN, QUO_ASSIGN, REM_ASSIGN, AND_ASSIGN, OR_ASSIGN,
                 XOR_ASSIGN, SHL_ASSIGN, SHR_ASSIGN, AND_NOT_ASSIGN: {
                Tok k = tok.kind();
                Pos ap = tok.pos();
                next();
                if (rangeOk && tok.kind() == Tok.RANGE && (k == Tok.DEFINE || k == Tok.ASSIGN)) {
                    Pos rp = tok.pos();
                    next();
                    Expr x = parseExpr();
                    return new AssignStmt(ap, lhs, k, List.of(new RangeMarker(rp, x)));
                }
                List<Expr> rhs = parseExprList();
                return new AssignStmt(ap, lhs, k, rhs);
            }
            default:
                break;
        }
        if (lhs.size() > 1) {
            throw syntax(":= or = or comma");
        }
        Expr x = lhs.get(0);
        switch (tok.kind()) {
            case COLON:
                if (labelOk && x instanceof Ident id) {
                    next();
                    if (tok.kind() == Tok.RBRACE) {
                        return new LabeledStmt(p, id, new EmptyStmt(tok.pos()));
                    }
                    return new LabeledStmt(p, id, parseStmt());
                }
                break;
            case ARROW: {
                Pos ap = tok.pos();
                next();
                Expr v = parseExpr();
                return new SendStmt(ap, x, v);
            }
            case INC:
                next();
                return new IncDecStmt(p, x, true);
            case DEC:
                next();
                return new IncDecStmt(p, x, false);
            default:
                break;
        }
        return new ExprStmt(p, x);
    }

    private Stmt parseIf() {
        enter();
        Stmt x = parseIfNested();
        nest--;
        return x;
    }

    private Stmt parseIfNested() {
        Pos p = expect(Tok.IF);
        int prevLev = exprLev;
        exprLev = -1;
        Stmt init = null;
        Expr cond = null;
        if (tok.kind() == Tok.LBRACE) {
            throw new GoCompileError(tok.pos(), "missing condition in if statement");
        }
        if (tok.kind() != Tok.SEMICOLON) {
            init = parseSimpleStmt(false, false);
        }
        if (tok.kind() == Tok.SEMICOLON) {
            next();
            if (tok.kind() == Tok.LBRACE) {
                throw new GoCompileError(tok.pos(), "missing condition in if statement");
            }
            Stmt cs = parseSimpleStmt(false, false);
            cond = condition(cs, "if");
        } else {
            cond = condition(init, "if");
            init = null;
        }
        exprLev = prevLev;
        Block then = parseBlock();
        Stmt els = null;
        if (got(Tok.ELSE)) {
            if (tok.kind() == Tok.IF) {
                els = parseIf();
            } else if (tok.kind() == Tok.LBRACE) {
                els = parseBlock();
            } else {
                throw new GoCompileError(tok.pos(), "syntax error: else must be followed by if or statement block");
            }
        }
        return new IfStmt(p, init, cond, then, els);
    }

    private Expr condition(Stmt s, String what) {
        if (s instanceof ExprStmt es && !(es.x instanceof RangeMarker)) {
            return es.x;
        }
        if (s instanceof AssignStmt as && as.tok == Tok.ASSIGN) {
            throw new GoCompileError(s.pos, "syntax error: cannot use assignment as value");
        }
        throw new GoCompileError(s == null ? tok.pos() : s.pos,
                "syntax error: cannot use " + (s instanceof AssignStmt a && a.tok == Tok.DEFINE ? "declaration" : "statement")
                        + " as value");
    }

    private Stmt parseSwitch() {
        Pos p = expect(Tok.SWITCH);
        int prevLev = exprLev;
        exprLev = -1;
        Stmt s1 = null;
        Stmt s2 = null;
        if (tok.kind() != Tok.LBRACE) {
            if (tok.kind() != Tok.SEMICOLON) {
                s2 = parseSimpleStmt(false, false);
            }
            if (tok.kind() == Tok.SEMICOLON) {
                next();
                s1 = s2;
                s2 = null;
                if (tok.kind() != Tok.LBRACE) {
                    s2 = parseSimpleStmt(false, false);
                }
            }
        }
        exprLev = prevLev;
        // type switch?
        Ident bind = null;
        Expr tsx = null;
        if (s2 instanceof AssignStmt as && as.tok == Tok.DEFINE && as.lhs.size() == 1 && as.rhs.size() == 1
                && as.rhs.get(0) instanceof TypeAssert ta && ta.typeExpr == null && as.lhs.get(0) instanceof Ident id) {
            bind = id;
            tsx = ta.x;
        } else if (s2 instanceof ExprStmt es && es.x instanceof TypeAssert ta && ta.typeExpr == null) {
            tsx = ta.x;
        }
        expect(Tok.LBRACE);
        List<CaseClause> clauses = new ArrayList<>();
        while (tok.kind() == Tok.CASE || tok.kind() == Tok.DEFAULT) {
            Pos cp = tok.pos();
            List<Expr> list = null;
            if (got(Tok.CASE)) {
                list = tsx != null ? parseTypeList() : parseExprList();
            } else {
                next();
            }
            expect(Tok.COLON);
            clauses.add(new CaseClause(cp, list, parseStmtList()));
        }
        if (tok.kind() != Tok.RBRACE) {
            throw syntax("case or default or }");
        }
        next();
        if (tsx != null) {
            return new TypeSwitchStmt(p, s1, bind, tsx, clauses);
        }
        Expr tag = s2 == null ? null : condition(s2, "switch");
        return new SwitchStmt(p, s1, tag, clauses);
    }

    private List<Expr> parseTypeList() {
        List<Expr> list = new ArrayList<>();
        list.add(parseType());
        while (got(Tok.COMMA)) {
            list.add(parseType());
        }
        return list;
    }

    private Stmt parseSelect() {
        Pos p = expect(Tok.SELECT);
        expect(Tok.LBRACE);
        List<CommClause> clauses = new ArrayList<>();
        while (tok.kind() == Tok.CASE || tok.kind() == Tok.DEFAULT) {
            Pos cp = tok.pos();
            Stmt comm = null;
            if (got(Tok.CASE)) {
                comm = parseSimpleStmt(false, false);
            } else {
                next();
            }
            expect(Tok.COLON);
            clauses.add(new CommClause(cp, comm, parseStmtList()));
        }
        if (tok.kind() != Tok.RBRACE) {
            throw syntax("case or default or }");
        }
        next();
        return new SelectStmt(p, clauses);
    }

    private Stmt parseFor() {
        Pos p = expect(Tok.FOR);
        int prevLev = exprLev;
        exprLev = -1;
        Stmt s1 = null;
        Stmt s2 = null;
        Stmt s3 = null;
        if (tok.kind() != Tok.LBRACE) {
            if (tok.kind() != Tok.SEMICOLON) {
                s2 = parseSimpleStmt(false, true);
            }
            if (tok.kind() == Tok.SEMICOLON) {
                next();
                s1 = s2;
                s2 = null;
                if (tok.kind() != Tok.SEMICOLON) {
                    s2 = parseSimpleStmt(false, false);
                }
                if (tok.kind() != Tok.SEMICOLON) {
                    throw new GoCompileError(tok.pos(), "syntax error: expected for loop condition");
                }
                next();
                if (tok.kind() != Tok.LBRACE) {
                    s3 = parseSimpleStmt(false, false);
                }
            }
        }
        exprLev = prevLev;
        Block body = parseBlock();
        if (s2 instanceof ExprStmt es && es.x instanceof RangeMarker rm) {
            return new RangeStmt(p, null, null, null, rm.x, body);
        }
        if (s2 instanceof AssignStmt as && as.rhs.size() == 1 && as.rhs.get(0) instanceof RangeMarker rm) {
            if (as.lhs.size() > 2) {
                throw new GoCompileError(as.lhs.get(0).pos, "range clause permits at most two iteration variables");
            }
            return new RangeStmt(p, as.lhs.get(0), as.lhs.size() > 1 ? as.lhs.get(1) : null, as.tok, rm.x, body);
        }
        if (s3 instanceof AssignStmt as && as.tok == Tok.DEFINE) {
            throw new GoCompileError(s3.pos, "syntax error: cannot declare in post statement of for loop");
        }
        Expr cond = s2 == null ? null : condition(s2, "for");
        return new ForStmt(p, s1, cond, s3, body);
    }

    // ---------------------------------------------------------------- expressions

    private List<Expr> parseExprList() {
        List<Expr> list = new ArrayList<>();
        list.add(parseExpr());
        while (got(Tok.COMMA)) {
            list.add(parseExpr());
        }
        return list;
    }

    private Expr parseRhs() {
        return parseExpr();
    }

    Expr parseExpr() {
        return parseBinary(1);
    }

    private Expr parseBinary(int prec1) {
        Expr x = parseUnary();
        int links = 0;
        while (true) {
            int prec = tok.kind().precedence();
            if (prec < prec1) {
                nest -= links;
                return x;
            }
            enter(); // a left-deep chain a+b+c+... is as deep for the later phases as nested parentheses
            links++;
            Tok op = tok.kind();
            Pos opPos = tok.pos();
            next();
            Expr y = parseBinary(prec + 1);
            x = new Binary(x.pos, op, x, y, opPos);
        }
    }

    private Expr parseUnary() {
        enter();
        Expr x = parseUnaryNested();
        nest--;
        return x;
    }

    private Expr parseUnaryNested() {
        Pos p = tok.pos();
        switch (tok.kind()) {
            case ADD, SUB, NOT, XOR, AND: {
                Tok op = tok.kind();
                next();
                return new Unary(p, op, parseUnary());
            }
            case ARROW: {
                next();
                if (tok.kind() == Tok.CHAN) {
                    // <-chan T type
                    next();
                    return new ChanTypeExpr(p, Types.ChanDir.RECV, parseType());
                }
                return new Unary(p, Tok.ARROW, parseUnary());
            }
            case MUL:
                next();
                return new Star(p, parseUnary());
            default:
                return parsePrimary();
        }
    }

    private Expr parseOperand() {
        Pos p = tok.pos();
        switch (tok.kind()) {
            case IDENT:
                return parseIdent();
            case INT, FLOAT, IMAG, CHAR, STRING: {
                Token t = tok;
                next();
                return new BasicLit(p, t.kind(), t.value(), t.text());
            }
            case LPAREN: {
                next();
                exprLev++;
                Expr x = parseTypeOrExpr();
                exprLev--;
                expect(Tok.RPAREN);
                return new Paren(p, x);
            }
            case FUNC: {
                next();
                FuncTypeExpr sig = parseSignature(p);
                if (tok.kind() == Tok.LBRACE) {
                    exprLev++;
                    Block body = parseBlock();
                    exprLev--;
                    return new FuncLit(p, sig, body);
                }
                return sig;
            }
            case LBRACK, STRUCT, MAP, CHAN, INTERFACE, MUL, ARROW:
                return parseType();
            default:
                throw syntax("expression");
        }
    }

    private Expr parseTypeOrExpr() {
        return parseExpr();
    }

    private static boolean isLiteralType(Expr x) {
        return switch (x) {
            case Ident i -> true;
            case Selector s -> s.x instanceof Ident;
            case ArrayTypeExpr a -> true;
            case StructTypeExpr s -> true;
            case MapTypeExpr m -> true;
            case Index ix -> true;
            case IndexList il -> true;
            default -> false;
        };
    }

    private Expr parsePrimary() {
        int before = nest;
        Expr x = parsePrimaryChain();
        nest = before;
        return x;
    }

    /** An operand and its selectors, indexes, slices, calls and composite literals (each a level). */
    private Expr parsePrimaryChain() {
        Expr x = parseOperand();
        while (true) {
            enter();
            Pos p = tok.pos();
            switch (tok.kind()) {
                case PERIOD: {
                    next();
                    if (tok.kind() == Tok.IDENT) {
                        x = new Selector(x.pos, x, parseIdent());
                    } else if (tok.kind() == Tok.LPAREN) {
                        next();
                        Expr t = null;
                        if (!got(Tok.TYPE)) {
                            t = parseType();
                        }
                        expect(Tok.RPAREN);
                        x = new TypeAssert(x.pos, x, t);
                    } else {
                        throw syntax("name or (");
                    }
                    break;
                }
                case LBRACK: {
                    next();
                    exprLev++;
                    Expr[] idx = new Expr[3];
                    int ncolons = 0;
                    if (tok.kind() != Tok.COLON) {
                        idx[0] = parseRhs();
                    }
                    while (tok.kind() == Tok.COLON && ncolons < 2) {
                        ncolons++;
                        next();
                        if (tok.kind() != Tok.COLON && tok.kind() != Tok.RBRACK) {
                            idx[ncolons] = parseRhs();
                        }
                    }
                    if (tok.kind() == Tok.COMMA && ncolons == 0 && idx[0] != null) {
                        List<Expr> list = new ArrayList<>();
                        list.add(idx[0]);
                        while (got(Tok.COMMA) && tok.kind() != Tok.RBRACK) {
                            list.add(parseTypeOrExpr());
                        }
                        exprLev--;
                        expect(Tok.RBRACK);
                        x = new IndexList(x.pos, x, list);
                        break;
                    }
                    exprLev--;
                    expect(Tok.RBRACK);
                    if (ncolons == 0) {
                        if (idx[0] == null) {
                            throw new GoCompileError(p, "syntax error: expecting operand");
                        }
                        Index ix = new Index(x.pos, x, idx[0]);
                        ix.lbrack = p;
                        x = ix;
                    } else {
                        if (ncolons == 2 && (idx[1] == null || idx[2] == null)) {
                            throw new GoCompileError(p, "middle and final index required in 3-index slice");
                        }
                        SliceExpr se = new SliceExpr(x.pos, x, idx[0], idx[1], idx[2]);
                        se.lbrack = p;
                        x = se;
                    }
                    break;
                }
                case LPAREN: {
                    next();
                    exprLev++;
                    List<Expr> args = new ArrayList<>();
                    boolean ellipsis = false;
                    while (tok.kind() != Tok.RPAREN && tok.kind() != Tok.EOF) {
                        args.add(parseTypeOrExpr());
                        if (tok.kind() == Tok.ELLIPSIS) {
                            ellipsis = true;
                            next();
                        }
                        if (!got(Tok.COMMA)) {
                            break;
                        }
                    }
                    exprLev--;
                    if (tok.kind() != Tok.RPAREN) {
                        throw syntax("comma or )");
                    }
                    next();
                    x = new Call(x.pos, x, args, ellipsis, p);
                    break;
                }
                case LBRACE: {
                    if (isLiteralType(x) && (exprLev >= 0
                            || !(x instanceof Ident || x instanceof Selector || x instanceof Index || x instanceof IndexList))) {
                        x = parseCompositeLit(x);
                        break;
                    }
                    return x;
                }
                default:
                    return x;
            }
        }
    }

    private Expr parseCompositeLit(Expr type) {
        Pos lb = expect(Tok.LBRACE);
        exprLev++;
        List<Expr> elts = new ArrayList<>();
        while (tok.kind() != Tok.RBRACE && tok.kind() != Tok.EOF) {
            Expr e = parseElement();
            if (tok.kind() == Tok.COLON) {
                Pos cp = tok.pos();
                next();
                e = new KeyValue(e.pos, e, parseElement());
            }
            elts.add(e);
            if (!got(Tok.COMMA)) {
                break;
            }
        }
        exprLev--;
        Pos rb = tok.pos();
        if (tok.kind() != Tok.RBRACE) {
            throw syntax("comma or }");
        }
        next();
        return new CompositeLit(type == null ? lb : type.pos, type, elts, rb);
    }

    private Expr parseElement() {
        if (tok.kind() == Tok.LBRACE) {
            return parseCompositeLit(null);
        }
        return parseExpr();
    }
}
