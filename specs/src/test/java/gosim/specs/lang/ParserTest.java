package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ParserTest {
    private static Ast.FuncDecl mainOf(String body) {
        Ast.File f = Parser.parse("prog.go", "package main\n\nfunc main() {\n" + body + "\n}\n");
        return (Ast.FuncDecl) f.decls().get(0);
    }

    private static Ast.Expr expr(String e) {
        Ast.FuncDecl fd = mainOf("_ = " + e);
        return ((Ast.AssignStmt) fd.body.list.get(0)).rhs.get(0);
    }

    /** Fully parenthesized form of a binary expression tree. */
    private static String shape(Ast.Expr e) {
        return switch (e) {
            case Ast.Binary b -> "(" + shape(b.x) + " " + b.op.text + " " + shape(b.y) + ")";
            case Ast.Unary u -> "(" + u.op.text + shape(u.x) + ")";
            case Ast.Star s -> "(*" + shape(s.x) + ")";
            default -> ExprString.of(e);
        };
    }

    @Test
    void binaryOperatorsFollowGoPrecedence() {
        // Go has five levels: * / % << >> & &^  >  + - | ^  >  comparisons  >  &&  >  ||
        assertEquals("(a + (b * c))", shape(expr("a + b*c")));
        assertEquals("((a * b) + c)", shape(expr("a*b + c")));
        assertEquals("((a + b) == c)", shape(expr("a + b == c")));
        assertEquals("((a == b) && (c < d))", shape(expr("a == b && c < d")));
        assertEquals("((a && b) || c)", shape(expr("a && b || c")));
        assertEquals("(a || (b && c))", shape(expr("a || b && c")));
        // << binds like *, | like + (unlike C)
        assertEquals("((a << b) + c)", shape(expr("a << b + c")));
        assertEquals("((a | b) == c)", shape(expr("a | b == c")));
        assertEquals("((a & b) | c)", shape(expr("a & b | c")));
        // left associativity
        assertEquals("((a - b) - c)", shape(expr("a - b - c")));
        // unary binds tighter than binary
        assertEquals("((-a) * b)", shape(expr("-a * b")));
        assertEquals("((*p) + 1)", shape(expr("*p + 1")));
    }

    @Test
    void compositeLiteralsAreNotParsedInControlClausesWithoutParens() {
        // In "if x == T{} {" the "{" starts the block; Go requires parentheses around the literal.
        Ast.FuncDecl fd = mainOf("if x {\n}\nfor i := range xs {\n}\nif v := (T{}); v.ok {\n}");
        assertInstanceOf(Ast.IfStmt.class, fd.body.list.get(0));
        assertInstanceOf(Ast.RangeStmt.class, fd.body.list.get(1));
        Ast.IfStmt third = (Ast.IfStmt) fd.body.list.get(2);
        assertInstanceOf(Ast.AssignStmt.class, third.init);
    }

    @Test
    void statementForms() {
        Ast.FuncDecl fd = mainOf("""
                for {
                }
                for i < 3 {
                }
                for i := 0; i < 3; i++ {
                }
                for k, v := range m {
                }
                for range ch {
                }
                switch x := f(); x {
                case 1, 2:
                	fallthrough
                default:
                }
                switch {
                }
                switch v := i.(type) {
                case int:
                }
                select {
                case v := <-ch:
                case ch <- 1:
                default:
                }
                L:
                	for {
                		break L
                	}
                go f()
                defer g()
                x, y = y, x
                x += 2
                ch <- 3
                """);
        Class<?>[] want = {Ast.ForStmt.class, Ast.ForStmt.class, Ast.ForStmt.class, Ast.RangeStmt.class,
            Ast.RangeStmt.class, Ast.SwitchStmt.class, Ast.SwitchStmt.class, Ast.TypeSwitchStmt.class,
            Ast.SelectStmt.class, Ast.LabeledStmt.class, Ast.GoStmt.class, Ast.DeferStmt.class,
            Ast.AssignStmt.class, Ast.AssignStmt.class, Ast.SendStmt.class};
        assertEquals(want.length, fd.body.list.size());
        for (int i = 0; i < want.length; i++) {
            assertInstanceOf(want[i], fd.body.list.get(i), "statement " + i);
        }
        Ast.RangeStmt r = (Ast.RangeStmt) fd.body.list.get(3);
        assertEquals(Tok.DEFINE, r.tok);
        assertEquals("v", ((Ast.Ident) r.value).name);
    }

    @Test
    void declarationsWithGroupsAndImplicitRepetition() {
        Ast.File f = Parser.parse("prog.go", """
                package main

                import (
                	"fmt"
                	str "strings"
                )

                const (
                	A = iota * 10
                	B
                	C
                )

                type T struct {
                	a, b int
                	c    string
                }

                func (t *T) M() {}

                func main() {}
                """);
        assertEquals(2, f.imports().size());
        assertEquals("str", f.imports().get(1).name.name);
        Ast.GenDecl consts = (Ast.GenDecl) f.decls().get(0);
        Ast.ValueSpec b = (Ast.ValueSpec) consts.specs.get(1);
        assertEquals(1, b.iota);
        assertEquals("iota * 10", ExprString.of(b.values.get(0)));
        Ast.FuncDecl m = (Ast.FuncDecl) f.decls().get(2);
        assertInstanceOf(Ast.Star.class, m.recv.type());
    }

    @Test
    void positionsPointAtTheConstruct() {
        Ast.FuncDecl fd = mainOf("\tx := a +\n\t\tb");
        Ast.AssignStmt as = (Ast.AssignStmt) fd.body.list.get(0);
        assertEquals(new Pos("prog.go", 4, 2), as.lhs.get(0).pos);
        assertEquals(new Pos("prog.go", 4, 4), as.pos);
        Ast.Binary b = (Ast.Binary) as.rhs.get(0);
        assertEquals(new Pos("prog.go", 5, 3), b.y.pos);
    }

    @Test
    void syntaxErrorsInGoStyle() {
        assertEquals("prog.go:5:1: syntax error: unexpected }, expecting expression",
                GoRun.error("package main\n\nfunc main() {\n\tx := 1 +\n}\n"));
        assertEquals("prog.go:1:1: syntax error: package statement must be first", GoRun.error("func main() {}\n"));
        // the default dialect is Go 1.7, whose parser.go fndcl -> param_list wants '(' (go1.7 parser.go:2388)
        assertEquals("prog.go:3:9: syntax error: unexpected [, expecting (",
                GoRun.error("package main\n\nfunc Map[T any](x T) T { return x }\n\nfunc main() {}\n"));
        // go1.19 `go run`: "./prog.go:5:1: syntax error: unexpected }, expecting name"
        assertEquals("prog.go:5:1: syntax error: unexpected }, expecting name",
                GoRun.error("package main\n\nfunc main() {\n\tgoto\n}\n"));
    }
}
