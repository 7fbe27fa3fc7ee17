package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Statements, expressions and builtins, each checked against what the Go spec says the program prints. */
class InterpTest {
    private static String prog(String decls, String body) {
        SequentialHost.Result r = GoRun.run("package main\n\nimport \"fmt\"\n\n" + decls + "\n\nfunc main() {\n" + body
                + "\n}\n");
        if (r.exitCode() != 0) {
            throw new AssertionError("exit " + r.exitCode() + ": " + r.stderr() + "\nstdout: " + r.stdout());
        }
        return r.stdout();
    }

    @Test
    void variablesAndAssignment() {
        assertEquals("1 2 3 x\n", GoRun.out("var a int = 1\nvar b, c = 2, 3\nd := \"x\"\nfmt.Println(a, b, c, d)"));
        // a parallel assignment evaluates all right-hand sides first
        assertEquals("2 1\n", GoRun.out("a, b := 1, 2\na, b = b, a\nfmt.Println(a, b)"));
        assertEquals("13 3 30 7 1\n", GoRun.out("x := 10\nx += 3\ny := x % 10\nz := 3\nz *= 10\nw := 15\nw /= 2\n"
                + "v := 5\nv &^= 4\nfmt.Println(x, y, z, w, v)"));
        assertEquals("6 4\n", GoRun.out("i := 5\ni++\nj := 5\nj--\nfmt.Println(i, j)"));
        // zero values
        assertEquals("0 false  [] map[] <nil> {0 }\n",
                GoRun.out("var i int\nvar b bool\nvar s string\nvar sl []int\nvar m map[string]int\nvar e error\n"
                        + "var st struct{ a int; b string }\nfmt.Println(i, b, s, sl, m, e, st)"));
    }

    /**
     * Integer operators whose operands are local slots or constants (Fused's shapes: slot-slot,
     * slot-constant, constant-slot, expression-constant, slot-expression) keep Go's meaning: truncated
     * division, shifts by 63, the most negative int64 divided by -1 (the spec's "x / -1 equals x"),
     * wraparound. Expected output from real Go 1.19.
     */
    @Test
    void fusedIntegerOperatorsKeepGoSemantics() {
        assertEquals("""
                -3 -1 9 -9 -9223372036854775808 -4 -1 -7 -21 -5 -5 0
                -9223372036854775808 0 -9223372036854775808 9223372036854775807
                true false true true true true true
                13 -25 19 -3
                """, GoRun.out("""
                a := -7
                b := 2
                var m int64 = -9223372036854775808
                n := int64(-1)
                fmt.Println(a/2, a%2, 2-a, a-b, a<<63, a>>1, a>>63, a&^b, 3*a, a^b, a|b, a&b)
                fmt.Println(m/-1, m%-1, m*n, m-1)
                fmt.Println(a < 0, 0 < a, a <= b, b >= a, a == -7, a != b, 5 > a)
                u := 5
                fmt.Println(u<<2+a, (a+b)*u, u-(a*b), -a/-2)"""));
    }

    @Test
    void constantsAndIota() {
        assertEquals("0 1 2 4 8 1024 KB\n", prog("""
                const (
                	a = iota
                	b
                	c
                )

                const (
                	_  = iota
                	x1 = 1 << (iota + 1)
                	x2
                	KB = 1 << 10
                )

                const name = "KB"
                """, "fmt.Println(a, b, c, x1, x2, KB, name)"));
        // untyped constants are exact: 1<<62 / 1<<60 is computed before conversion
        assertEquals("4 0.5 3\n", GoRun.out("const big = 1 << 62\nconst h = 1 / 2.0\nfmt.Println(big/(1<<60), h, 7/2)"));
    }

    @Test
    void ifElseWithInit() {
        assertEquals("small\nbig 12\n", GoRun.out("""
                for _, v := range []int{3, 12} {
                	if d := v * 1; d < 10 {
                		fmt.Println("small")
                	} else if d < 100 {
                		fmt.Println("big", d)
                	} else {
                		fmt.Println("huge")
                	}
                }"""));
    }

    @Test
    void forLoopsInAllForms() {
        assertEquals("0 1 2 |3 4 |5 6 |[0 1 2]|\n", GoRun.out("""
                for i := 0; i < 3; i++ {
                	fmt.Print(i, " ")
                }
                fmt.Print("|")
                j := 3
                for j < 5 {
                	fmt.Print(j, " ")
                	j++
                }
                fmt.Print("|")
                for {
                	if j == 7 {
                		break
                	}
                	fmt.Print(j, " ")
                	j++
                }
                fmt.Print("|")
                var got []int
                for i := range 3 {
                	got = append(got, i)
                }
                fmt.Print(got, "|")
                fmt.Println()"""));
    }

    @Test
    void rangeOverSlicesArraysStringsAndMaps() {
        assertEquals("0=a 1=b 2=c \n", GoRun.out("for i, s := range []string{\"a\", \"b\", \"c\"} {\n"
                + "fmt.Print(i, \"=\", s, \" \")\n}\nfmt.Println()"));
        // the range expression is evaluated once: appending inside the loop does not extend it
        assertEquals("3 [1 2 3 1 2 3]\n", GoRun.out("s := []int{1, 2, 3}\nn := 0\nfor _, v := range s {\n"
                + "s = append(s, v)\nn++\n}\nfmt.Println(n, s)"));
        // ranging over an array value ranges over a copy
        assertEquals("[1 2 3] 1 2 3 \n", GoRun.out("a := [3]int{1, 2, 3}\nfor _, v := range a {\na[2] = 100\n"
                + "_ = v\n}\na[2] = 3\nvar out string\nfor _, v := range a {\na[1] = 50\nout += fmt.Sprint(v) + \" \"\n"
                + "}\na[1] = 2\nfmt.Println(a, out)"));
        // strings range over runes, with byte offsets
        assertEquals("0:104 1:233 3:108 \n", GoRun.out("for i, r := range \"hél\" {\nfmt.Print(i, \":\", r, \" \")\n}\n"
                + "fmt.Println()"));
        // invalid UTF-8 yields U+FFFD with width 1
        assertEquals("0:65533 1:97 \n", GoRun.out("for i, r := range \"\\xffa\" {\nfmt.Print(i, \":\", r, \" \")\n}\n"
                + "fmt.Println()"));
        // every map entry is visited exactly once
        assertEquals("10 45\n", GoRun.out("m := map[int]int{}\nfor i := 0; i < 10; i++ {\nm[i] = i\n}\nn, s := 0, 0\n"
                + "for k, v := range m {\nn++\ns += k\n_ = v\n}\nfmt.Println(n, s)"));
    }

    @Test
    void switchStatements() {
        assertEquals("two\nthree-or-four\nfallthrough-target\nother\n", GoRun.out("""
                for _, x := range []int{2, 4, 5, 9} {
                	switch x {
                	case 1:
                		fmt.Println("one")
                	case 2:
                		fmt.Println("two")
                	case 3, 4:
                		fmt.Println("three-or-four")
                	case 5:
                		fallthrough
                	case 6:
                		fmt.Println("fallthrough-target")
                	default:
                		fmt.Println("other")
                	}
                }"""));
        assertEquals("neg\n", GoRun.out("x := -3\nswitch {\ncase x < 0:\nfmt.Println(\"neg\")\ncase x > 0:\n"
                + "fmt.Println(\"pos\")\n}"));
        // break inside a switch leaves the switch, not the loop
        assertEquals("0 1 2 \n", GoRun.out("for i := 0; i < 3; i++ {\nswitch i {\ncase 1:\nfmt.Print(i, \" \")\nbreak\n"
                + "default:\nfmt.Print(i, \" \")\n}\n}\nfmt.Println()"));
    }

    @Test
    void labeledBreakAndContinue() {
        assertEquals("0 0 0 1 1 0 1 1 2 0 2 1 \n", GoRun.out("""
                outer:
                for i := 0; i < 3; i++ {
                	for j := 0; j < 5; j++ {
                		if j == 2 {
                			continue outer
                		}
                		fmt.Print(i, j, " ")
                	}
                }
                fmt.Println()"""));
        assertEquals("found 2 3\n", GoRun.out("""
                var fi, fj int
                search:
                for i := 0; i < 5; i++ {
                	for j := 0; j < 5; j++ {
                		if i*j == 6 {
                			fi, fj = i, j
                			break search
                		}
                	}
                }
                fmt.Println("found", fi, fj)"""));
    }

    @Test
    void functionsWithMultipleResultsAndVariadics() {
        assertEquals("3 1\n7 0\n6 [1 2 3]\n0 []\n", prog("""
                func divmod(a, b int) (q, r int) {
                	q, r = a/b, a%b
                	return
                }

                func sum(label string, xs ...int) (int, []int) {
                	t := 0
                	for _, x := range xs {
                		t += x
                	}
                	return t, xs
                }

                func pair() (int, int) { return 7, 0 }
                """, "fmt.Println(divmod(10, 3))\nfmt.Println(pair())\nfmt.Println(sum(\"a\", 1, 2, 3))\n"
                + "fmt.Println(sum(\"b\"))"));
        assertEquals("2\n", prog("func f(a, b int) int { return a / b }\nfunc g() (int, int) { return 4, 2 }",
                "fmt.Println(f(g()))"));
        assertEquals("10 [9 2]\n", prog("func sum(xs ...int) int {\nxs[0] = 9\nt := 0\nfor _, x := range xs {\n"
                + "t += x\n}\nreturn t + 8 - 9 + 9 - 9\n}", "s := []int{1, 2}\nfmt.Println(sum(s...)+1-1, s)"));
    }

    @Test
    void closuresCaptureVariablesByReference() {
        assertEquals("1 2 3\n", prog("""
                func counter() func() int {
                	n := 0
                	return func() int {
                		n++
                		return n
                	}
                }
                """, "c := counter()\nc()\nc()\nx := c()\nfmt.Println(1, 2, x)"));
        // closures share the variable, not a copy
        assertEquals("11\n", GoRun.out("x := 1\nset := func(v int) { x = v }\nset(11)\nfmt.Println(x)"));
        // a variable declared in the loop body is a new variable per iteration
        assertEquals("0 1 2\n", GoRun.out("var fs []func() int\nfor i := 0; i < 3; i++ {\nj := i\n"
                + "fs = append(fs, func() int { return j })\n}\nfmt.Println(fs[0](), fs[1](), fs[2]())"));
        // the three-clause loop variable is one variable for the whole loop (Go 1.7..1.21)
        assertEquals("3 3 3\n", GoRun.out("var fs []func() int\nfor i := 0; i < 3; i++ {\n"
                + "fs = append(fs, func() int { return i })\n}\nfmt.Println(fs[0](), fs[1](), fs[2]())"));
        // nested closures capture through the middle one
        assertEquals("6\n", GoRun.out("a := 1\nf := func() func() int {\nb := 2\nreturn func() int { return a + b + 3 }\n}\n"
                + "fmt.Println(f()())"));
        // recursive closure through a variable
        assertEquals("120\n", GoRun.out("var fact func(int) int\nfact = func(n int) int {\nif n == 0 {\nreturn 1\n}\n"
                + "return n * fact(n-1)\n}\nfmt.Println(fact(5))"));
    }

    @Test
    void deferRunsLastInFirstOutWithArgumentsEvaluatedAtTheDeferStatement() {
        assertEquals("body\n2 1\n1 1\n0 0\n", GoRun.out("""
                x := 0
                for i := 0; i < 3; i++ {
                	defer fmt.Println(i, x)
                	x = 1
                }
                fmt.Println("body")"""));
        // deferred closures see later changes and can modify named results
        assertEquals("2\n", prog("func f() (r int) {\ndefer func() { r *= 2 }()\nr = 1\nreturn r\n}",
                "fmt.Println(f())"));
        assertEquals("ret 10\n", prog("func f() (r int) {\ndefer func() { r += 5 }()\nreturn 5\n}",
                "fmt.Println(\"ret\", f())"));
    }

    @Test
    void panicAndRecover() {
        assertEquals("recovered: boom\nafter\n", prog("""
                func safe() {
                	defer func() {
                		if r := recover(); r != nil {
                			fmt.Println("recovered:", r)
                		}
                	}()
                	panic("boom")
                	fmt.Println("not reached")
                }
                """, "safe()\nfmt.Println(\"after\")"));
        // recover only works when called directly by the deferred function
        assertEquals("inner <nil>\nouter x\n", prog("""
                func helper() interface{} { return recover() }

                func f() {
                	defer func() {
                		fmt.Println("outer", recover())
                	}()
                	defer func() {
                		fmt.Println("inner", helper())
                	}()
                	panic("x")
                }
                """, "f()"));
        // recover outside a panic returns nil; a recovered function returns its named results
        assertEquals("<nil>\n-1 runtime error: integer divide by zero\n", prog("""
                func div(a, b int) (q int, err error) {
                	defer func() {
                		if r := recover(); r != nil {
                			q = -1
                			err = r.(error)
                		}
                	}()
                	return a / b, nil
                }
                """, "fmt.Println(recover())\nfmt.Println(div(1, 0))"));
        // a panic in a deferred call replaces the first; the first is printed as well
        SequentialHost.Result r = GoRun.run("package main\n\nfunc main() {\n\tdefer func() {\n\t\tpanic(\"second\")\n"
                + "\t}()\n\tpanic(\"first\")\n}\n");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().startsWith("panic: first\n\tpanic: second\n"), r.stderr());
        // panics carry Go values; the value is printed as Go prints it
        SequentialHost.Result r2 = GoRun.run("package main\n\nimport \"errors\"\n\nfunc main() {\n"
                + "\tpanic(errors.New(\"bad thing\"))\n}\n");
        assertTrue(r2.stderr().startsWith("panic: bad thing\n\ngoroutine 1 [running]:\nmain.main()\n\tprog.go:6\n"),
                r2.stderr());
    }

    @Test
    void runtimeErrorsUseGo17Messages() {
        assertPanics("s := []int{1, 2, 3}\ni := 5\n_ = s[i]", "panic: runtime error: index out of range");
        assertPanics("var m map[string]int\nm[\"a\"] = 1", "panic: assignment to entry in nil map");
        assertPanics("a, b := 1, 0\n_ = a / b", "panic: runtime error: integer divide by zero");
        assertPanics("var p *struct{ x int }\n_ = p.x",
                "panic: runtime error: invalid memory address or nil pointer dereference");
        assertPanics("s := []int{1}\nn := 3\n_ = s[1:n]", "panic: runtime error: slice bounds out of range");
        assertPanics("var i interface{} = \"s\"\n_ = i.(int)",
                "panic: interface conversion: interface {} is string, not int");
    }

    @Test
    void hugeAllocationsStopAtTheHostsBudgetBeforeTheJvmIsAsked() {
        SequentialHost.Result r = GoRun.run("package main\n\nfunc main() {\n\tn := 1 << 28\n\ts := make([]int, n)\n"
                + "\t_ = s\n}\n");
        assertEquals(2, r.exitCode());
        assertEquals("fatal error: runtime: out of memory\n", r.stderr());
    }

    private static void assertPanics(String body, String firstLine) {
        SequentialHost.Result r = GoRun.run("package main\n\nfunc main() {\n" + body + "\n}\n");
        assertEquals(2, r.exitCode(), r.stderr());
        assertEquals(firstLine, r.stderr().lines().findFirst().orElse(""));
    }

    @Test
    void integerOverflowWrapsPerType() {
        assertEquals("-128 0 255 -32768 4294967295 -9223372036854775808 18446744073709551615\n", GoRun.out("""
                var a int8 = 127
                a++
                var b uint8 = 255
                b++
                var c uint8 = 0
                c--
                var d int16 = 32767
                d += 1
                var e uint32 = 0
                e -= 1
                var f int64 = 9223372036854775807
                f++
                var g uint64 = 0
                g--
                fmt.Println(a, b, c, d, e, f, g)"""));
        // unsigned division and shifts
        assertEquals("9223372036854775807 1 0 -1 128\n", GoRun.out("var u uint64 = 1<<64 - 1\nvar s int = -8\n"
                + "var big uint = 70\nfmt.Println(u/2, u%2, 1<<big, s>>big, uint8(1)<<7)"));
        // conversions truncate
        assertEquals("44 -56 255 3 -3\n", GoRun.out("x := 300\ny := 200\nz := -1\nf := 3.9\ng := -3.9\n"
                + "fmt.Println(uint8(x), int8(y), uint8(z), int(f), int(g))"));
    }

    @Test
    void stringsBytesAndRunes() {
        assertEquals("5 104 ello héllo A é\n", GoRun.out("s := \"hello\"\nfmt.Println(len(s), s[0], s[1:], "
                + "\"h\"+\"é\"+\"llo\", string(rune(65)), string(rune(233)))"));
        assertEquals("[104 105] hi [104 233] 3 2\n", GoRun.out("b := []byte(\"hi\")\nr := []rune(\"hé\")\n"
                + "fmt.Println(b, string(b), r, len(\"hé\"), len(r))"));
        assertEquals("true true false\n", GoRun.out("fmt.Println(\"a\" < \"b\", \"ab\" > \"a\", \"é\" < \"e\")"));
    }

    @Test
    void slicesAndAppendGrowth() {
        // Go 1.7's growslice: double below 1024 elements, then grow by 1/4, rounded up to a size class
        assertEquals("1 2 4 4 8 8 8 8 16\n", GoRun.out("var s []int\nfor i := 0; i < 9; i++ {\ns = append(s, i)\n"
                + "fmt.Print(cap(s))\nif i < 8 {\nfmt.Print(\" \")\n}\n}\nfmt.Println()"));
        assertEquals("[1 2 3] 3 5 [2 3] 2 4\n", GoRun.out("s := make([]int, 3, 5)\ns[0], s[1], s[2] = 1, 2, 3\n"
                + "t := s[1:]\nfmt.Println(s, len(s), cap(s), t, len(t), cap(t))"));
        // append within capacity shares the array
        assertEquals("[1 9] [1 9 3]\n", GoRun.out("s := make([]int, 2, 4)\ns[0] = 1\nt := append(s[:1], 9)\n"
                + "u := append(s, 3)\n_ = t\nfmt.Println(s, u)"));
        assertEquals("2 [a b] x y z\n", GoRun.out("dst := make([]string, 2)\nn := copy(dst, []string{\"a\", \"b\", \"c\"})\n"
                + "b := make([]byte, 3)\ncopy(b, \"xyz\")\nfmt.Println(n, dst, string(b[:1])+\" \"+string(b[1:2])+\" \"+"
                + "string(b[2:]))"));
        assertEquals("[0 0 0] 2\n", GoRun.out("s := make([]int, 3, 10)\nt := s[1:3:4]\nfmt.Println(s, cap(t) - 1)"));
    }

    @Test
    void mapsFollowGoSemantics() {
        assertEquals("1 true 0 false 2\n", GoRun.out("m := map[string]int{\"a\": 1}\nv, ok := m[\"a\"]\nw, ok2 := m[\"b\"]\n"
                + "m[\"b\"]++\nm[\"b\"]++\nfmt.Println(v, ok, w, ok2, m[\"b\"])"));
        // struct keys compare by value; a nil map reads as empty
        assertEquals("2 0 0\n", GoRun.out("type k struct{ a, b int }\nm := map[k]int{}\nm[k{1, 2}] = 1\nm[k{1, 2}]++\n"
                + "var n map[string]int\nfmt.Println(m[k{1, 2}], n[\"x\"], len(n))"));
        // deleting during iteration is allowed: deleted entries are not produced
        assertEquals("1\n", GoRun.out("m := map[int]bool{1: true, 2: true}\nn := 0\nfor k := range m {\n"
                + "delete(m, 3-k)\nn++\n}\nfmt.Println(n)"));
        // map values are copies
        assertEquals("{1}\n", GoRun.out("type T struct{ x int }\nm := map[string]T{\"a\": {1}}\nt := m[\"a\"]\nt.x = 5\n"
                + "fmt.Println(m[\"a\"])"));
    }

    @Test
    void structsArePassedByValueAndPointersShare() {
        assertEquals("{1 2} {9 2} 9\n", prog("type P struct{ X, Y int }\nfunc set(p *P) { p.X = 9 }",
                "a := P{1, 2}\nb := a\nset(&b)\nc := &b\nfmt.Println(a, b, c.X)"));
        // assigning through a pointer to the whole struct
        assertEquals("{3 4}\n", prog("type P struct{ X, Y int }", "a := P{1, 2}\np := &a\n*p = P{3, 4}\nfmt.Println(a)"));
        // nested structs and arrays copy deeply
        assertEquals("[1 2] [9 2]\n", prog("type W struct{ a [2]int }", "w := W{[2]int{1, 2}}\nv := w\nv.a[0] = 9\n"
                + "fmt.Println(w.a, v.a)"));
        // pointers to scalars
        assertEquals("42 43\n", GoRun.out("x := 42\np := &x\ny := *p\n*p++\nfmt.Println(y, x)"));
        assertEquals("7\n", GoRun.out("p := new(int)\n*p = 7\nfmt.Println(*p)"));
        assertEquals("[0 5 0]\n", GoRun.out("s := make([]int, 3)\np := &s[1]\n*p = 5\nfmt.Println(s)"));
        assertEquals("true false\n", prog("type T struct{ a int }", "p := &T{1}\nq := p\nr := &T{1}\n"
                + "fmt.Println(p == q, p == r)"));
    }

    @Test
    void methodSetsAndAutomaticAddressing() {
        String decls = """
                type Counter struct{ n int }

                func (c *Counter) Inc()     { c.n++ }
                func (c Counter) Value() int { return c.n }

                type Namer interface{ Name() string }

                type Dog struct{}

                func (Dog) Name() string { return "dog" }

                type Cat struct{ name string }

                func (c *Cat) Name() string { return c.name }

                type MyInt int

                func (m MyInt) Double() MyInt { return m * 2 }
                func (m *MyInt) Add(k MyInt)  { *m += k }
                """;
        // c.Inc() takes &c automatically; p.Value() dereferences automatically
        assertEquals("2 2 dog kitty 6 13\n", prog(decls, """
                var c Counter
                c.Inc()
                p := &c
                p.Inc()
                var ns []Namer
                ns = append(ns, Dog{}, &Cat{"kitty"})
                m := MyInt(3)
                m.Add(10)
                fmt.Println(c.Value(), p.Value(), ns[0].Name(), ns[1].Name(), MyInt(3).Double(), m)"""));
        // method values bind the receiver when evaluated
        assertEquals("1 5\n", prog(decls, "c := Counter{1}\nf := c.Value\nc.n = 5\nfmt.Println(f(), c.Value())"));
        // a value type lacking the pointer method does not implement the interface
        assertEquals("prog.go:24:16: cannot use Cat{} (value of type Cat) as Namer value in variable declaration:\n"
                        + "\tCat does not implement Namer (method Name has pointer receiver)",
                GoRun.error("package main\n\n" + decls + "\nfunc main() {\n\tvar n Namer = Cat{}\n\t_ = n\n}\n"));
    }

    @Test
    void interfacesTypeAssertionsAndSwitches() {
        assertEquals("int 3\nstring hi\nnil\nother 2.5\nerror e\n", prog("import \"errors\"", """
                vals := []interface{}{3, "hi", nil, 2.5, errors.New("e")}
                for _, v := range vals {
                	switch x := v.(type) {
                	case int:
                		fmt.Println("int", x)
                	case string:
                		fmt.Println("string", x)
                	case nil:
                		fmt.Println("nil")
                	case error:
                		fmt.Println("error", x)
                	default:
                		fmt.Println("other", x)
                	}
                }"""));
        // interface equality compares dynamic types and values
        assertEquals("true false true\n", GoRun.out("var a interface{} = 3\nvar b interface{} = 3\n"
                + "var c interface{} = int64(3)\nfmt.Println(a == b, a == c, a == 3)"));
        // a nil pointer in an interface is not a nil interface
        assertEquals("false\n", prog("type T struct{}\nfunc (*T) Error() string { return \"t\" }",
                "var p *T\nvar e error = p\nfmt.Println(e == nil)"));
    }

    @Test
    void builtinsPrintAndPrintlnWriteToStderr() {
        SequentialHost.Result r = GoRun.run("package main\n\nfunc main() {\n\tprintln(\"a\", 1, true, 2.5)\n"
                + "\tprint(\"x\", 2, \"\\n\")\n}\n");
        assertEquals("", r.stdout());
        assertEquals("a 1 true +2.500000e+000\nx2\n", r.stderr());
    }

    @Test
    void osArgsGetenvAndExit() {
        SequentialHost.Result r = SequentialHost.run("prog.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\n"
                        + "func main() {\n\tdefer fmt.Println(\"not run\")\n\tfmt.Println(os.Args[1:], os.Getenv(\"HOME\"))\n"
                        + "\tfmt.Fprintln(os.Stderr, \"err\")\n\tos.Exit(3)\n}\n",
                java.util.List.of("prog", "a", "b"), java.util.Map.of("HOME", "/home/g"), 1);
        assertEquals("[a b] /home/g\n", r.stdout());
        assertEquals("err\n", r.stderr());
        assertEquals(3, r.exitCode());
    }

    @Test
    void packageVariablesInitializeInDependencyOrder() {
        assertEquals("3 2 1\n", prog("var a = b + 1\nvar b = c + 1\nvar c = one()\n\nfunc one() int { return 1 }",
                "fmt.Println(a, b, c)"));
    }

    @Test
    void pointersBuildLinkedStructuresAndRecursionGoesDeep() {
        assertEquals("42 43210 20000\n", prog("""
                var answer = func() int { return 41 }

                type Node struct {
                	v    int
                	next *Node
                }

                func depth(n int) int {
                	if n == 0 {
                		return 0
                	}
                	return depth(n-1) + 1
                }
                """, """
                var head *Node
                for i := 0; i < 5; i++ {
                	head = &Node{i, head}
                }
                s := ""
                for n := head; n != nil; n = n.next {
                	s += fmt.Sprint(n.v)
                }
                fmt.Println(answer()+1, s, depth(20000))"""));
    }

    @Test
    void errorsAndErrorf() {
        assertEquals("open x: missing *errors.errorString true\n", prog("import \"errors\"",
                "base := errors.New(\"missing\")\ne := fmt.Errorf(\"open %s: %v\", \"x\", base)\n"
                        + "fmt.Println(e, fmt.Sprintf(\"%T\", e), e != base)"));
    }

    @Test
    void stringsPackage() {
        assertEquals("ababab true false a,b,c\n", prog("import \"strings\"",
                "fmt.Println(strings.Repeat(\"ab\", 3), strings.Contains(\"seafood\", \"foo\"), "
                        + "strings.Contains(\"x\", \"y\"), strings.Join([]string{\"a\", \"b\", \"c\"}, \",\"))"));
    }
}
