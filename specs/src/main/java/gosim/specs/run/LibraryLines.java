package gosim.specs.run;

import gosim.specs.lang.FuncInfo;
import gosim.specs.lang.Prelude;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where Go's own sources put the frames of our Go-source standard library (issue 12): a table of
 * facts, per function, of the real file and lines in go1.7 and in Go 1.19 (/usr/lib/go-1.19/src),
 * and of the calls (and allocations) the function makes, each named by the text of the call, so
 * that tracebacks, heap and block profiles print {@code bufio/scan.go:214} where our source is
 * {@code bufio/stub.go:766}. A call is found in our stub by its text (the line it is on may move
 * as the stub is edited); a line of a tabled function that no call covers shows the function's
 * first line. Functions without a row keep their stub.go lines. LibraryLinesTest checks every
 * row against both releases' sources and our stubs.
 */
final class LibraryLines {
    /**
     * A function: its file under GOROOT/src and first and last lines in go1.7 ({@code file17} null:
     * not in that release) and in Go 1.19, and its calls.
     */
    record Fn(String name, String file17, int start17, int end17, String file19, int start19, int end19,
            List<Call> calls) {
    }

    /**
     * A call our stub makes on a line containing {@code stub}, which Go makes at {@code line17} /
     * {@code line19} (0: not in that release) on a line containing {@code real}.
     */
    record Call(String stub, String real, int line17, int line19) {
    }

    static Call call(String text, int line17, int line19) {
        return new Call(text, text, line17, line19);
    }

    /** A call whose text in Go's source differs from ours. */
    static Call call(String stub, String real, int line17, int line19) {
        return new Call(stub, real, line17, line19);
    }

    static Fn fn(String name, String file, int start17, int end17, int start19, int end19, Call... calls) {
        return fn(name, file, start17, end17, file, start19, end19, calls);
    }

    /** A function whose file differs between the releases ({@code file17} null: not in go1.7). */
    static Fn fn(String name, String file17, int start17, int end17, String file19, int start19, int end19,
            Call... calls) {
        return new Fn(name, file17, start17, end17, file19, start19, end19, List.of(calls));
    }

    /** The table; each call cites Go's line for both releases (checked in LibraryLinesTest). */
    static final List<Fn> TABLE = List.of(
            // bufio/bufio.go
            fn("bufio.NewReaderSize", "bufio/bufio.go", 46, 58, 47, 59,
                    call("r := new(Reader)", 55, 56),
                    call("r.reset(make([]byte, size), rd)", 56, 57)),
            fn("bufio.NewReader", "bufio/bufio.go", 61, 63, 62, 64,
                    call("NewReaderSize(rd, defaultBufSize)", 62, 63)),
            fn("bufio.(*Reader).fill", "bufio/bufio.go", 83, 111, 92, 120,
                    call("b.rd.Read(", 97, 106)),
            fn("bufio.(*Reader).Read", "bufio/bufio.go", 187, 221, 208, 255,
                    call("n, b.err = b.rd.Read(p)", 199, 223),
                    call("n, b.err = b.rd.Read(b.buf)", 0, 237)),
            fn("bufio.(*Reader).ReadByte", "bufio/bufio.go", 225, 237, 259, 271,
                    call("b.fill()", 231, 265)),
            fn("bufio.(*Reader).ReadRune", "bufio/bufio.go", 260, 276, 298, 314,
                    call("b.fill()", 262, 300)),
            fn("bufio.(*Reader).ReadSlice", "bufio/bufio.go", 305, 340, 343, 382,
                    call("b.fill()", 330, 372)),
            fn("bufio.(*Reader).ReadLine", "bufio/bufio.go", 358, 391, 400, 433,
                    call("b.ReadSlice('\\n')", 359, 401)),
            // go1.7's ReadBytes gathers the fragments itself; 1.19's ReadBytes and ReadString call
            // collectFragments; 1.19's ReadString builds its result in a strings.Builder
            fn("bufio.(*Reader).collectFragments", null, 0, 0, "bufio/bufio.go", 442, 465,
                    call("b.ReadSlice(delim)", 0, 447),
                    call("buf := make([]byte, len(frag))", 0, 457),
                    call("fullBuffers = append(fullBuffers, buf)", 0, 459)),
            fn("bufio.(*Reader).ReadBytes", "bufio/bufio.go", 400, 438, 474, 485,
                    call("b.ReadSlice(delim)", 408, 0),
                    call("buf := make([]byte, len(frag))", 418, 0),
                    call("full = append(full, buf)", 420, 0),
                    call("b.collectFragments(delim)", 0, 475),
                    call("buf := make([]byte, n)", 431, 477)),
            fn("bufio.(*Reader).ReadString", "bufio/bufio.go", 447, 450, 494, 505,
                    call("b.ReadBytes(delim)", 448, 0),
                    call("string(bs)", "string(bytes)", 449, 0),
                    call("b.collectFragments(delim)", 0, 495),
                    call("buf.Grow(n)", 0, 498),
                    call("buf.Write(fb)", 0, 501),
                    call("buf.Write(frag)", 0, 503)),
            fn("bufio.NewWriterSize", "bufio/bufio.go", 522, 535, 583, 596,
                    call("buf: make([]byte, size)", 532, 593),
                    call("&Writer{", 531, 592)),
            fn("bufio.NewWriter", "bufio/bufio.go", 538, 540, 601, 603,
                    call("NewWriterSize(w, defaultBufSize)", 539, 602)),
            fn("bufio.(*Writer).Flush", "bufio/bufio.go", 551, 554, 622, 643,
                    call("b.wr.Write(b.buf[0:b.n])", 0, 629)),
            fn("bufio.(*Writer).Write", "bufio/bufio.go", 589, 611, 663, 685,
                    call("b.wr.Write(p)", 595, 669),
                    call("b.Flush()", 0, 673)),
            fn("bufio.(*Writer).WriteByte", "bufio/bufio.go", 614, 624, 688, 698,
                    call("b.Flush()", 0, 692)),
            fn("bufio.(*Writer).WriteString", "bufio/bufio.go", 659, 675, 734, 765,
                    call("sw.WriteString(s)", "b.wr.(io.StringWriter)", 0, 743),
                    call("b.Flush()", 0, 753)),
            // bufio/scan.go
            fn("bufio.NewScanner", "bufio/scan.go", 81, 87, 87, 93,
                    call("&Scanner{", 82, 88)),
            fn("bufio.(*Scanner).Text", "bufio/scan.go", 106, 108, 112, 114,
                    call("string(s.token)", 107, 113)),
            fn("bufio.(*Scanner).Scan", "bufio/scan.go", 128, 225, 135, 235,
                    call("s.split(s.buf[s.start:s.end], s.err != nil)", 139, 146),
                    call("newBuf := make([]byte, newSize)", 197, 204),
                    call("s.r.Read(", 208, 214)),
            // errors/errors.go, fmt/errors.go (go1.7: print.go)
            fn("errors.New", "errors/errors.go", 9, 11, 58, 60,
                    call("&errorString{text}", 10, 59)),
            fn("fmt.Errorf", "fmt/print.go", 204, 206, "fmt/errors.go", 17, 30,
                    call("errors.New(", 205, 24),
                    // go1.7 Errorf is errors.New(Sprintf(format, a...)); 1.19's printer runs in Errorf
                    // (errors.go:18-28), where the result string is made at 21
                    call("errorf(format, a)", "Sprintf(format, a...)", 205, 0),
                    call("errorf(format, a)", "string(p.buf)", 0, 21),
                    call("&wrapError{", 0, 26)),
            // fmt/print.go's Append* (Go 1.19): b = append(b, p.buf...)
            fn("fmt.Append", null, 0, 0, "fmt/print.go", 267, 273,
                    call("append(b, appendText(\"\", a, 0)...)", "append(b, p.buf...)", 0, 270)),
            fn("fmt.Appendln", null, 0, 0, "fmt/print.go", 310, 316,
                    call("append(b, appendText(\"\", a, 1)...)", "append(b, p.buf...)", 0, 313)),
            fn("fmt.Appendf", null, 0, 0, "fmt/print.go", 227, 233,
                    call("append(b, appendText(format, a, 2)...)", "append(b, p.buf...)", 0, 230)),
            // fmt/scan.go: the Sscan family's frames as Go's, for the records of their scan state, the
            // token buffer's growth (writeRune's frame is the heap model's, Scanners) and the tokens
            fn("fmt.Sscan", "fmt/scan.go", 99, 101, 99, 101,
                    call("Fscan((*stringReader)(&str), a...)", 100, 100)),
            fn("fmt.Sscanln", "fmt/scan.go", 105, 107, 105, 107,
                    call("Fscanln((*stringReader)(&str), a...)", 106, 106)),
            fn("fmt.Sscanf", "fmt/scan.go", 113, 115, 113, 115,
                    call("Fscanf((*stringReader)(&str), format, a...)", 114, 114)),
            fn("fmt.Fscan", "fmt/scan.go", 121, 126, 121, 126,
                    call("newScanState(r, true, false)", 122, 122),
                    call("s.doScan(a)", 123, 123),
                    call("s.free()", "s.free(old)", 124, 124)),
            fn("fmt.Fscanln", "fmt/scan.go", 130, 135, 130, 135,
                    call("newScanState(r, false, true)", 131, 131),
                    call("s.doScan(a)", 132, 132),
                    call("s.free()", "s.free(old)", 133, 133)),
            fn("fmt.Fscanf", "fmt/scan.go", 141, 146, 141, 146,
                    call("newScanState(r, false, false)", 142, 142),
                    call("s.doScanf(format, a)", 143, 143),
                    call("s.free()", "s.free(old)", 144, 144)),
            fn("fmt.newScanState", "fmt/scan.go", 390, 406, 383, 399,
                    call("ssGet()", "ssFree.Get()", 391, 384),
                    call("&readRune{", 395, 388)),
            fn("fmt.(*ss).free", "fmt/scan.go", 409, 422, 402, 415,
                    call("ssPut(s)", "ssFree.Put(s)", 421, 414)),
            // s.buf.WriteRune(r) in go1.7, s.buf.writeRune(r) in 1.19
            fn("fmt.(*ss).token", "fmt/scan.go", 454, 471, 446, 463,
                    call("s.buf = writeRune(s.buf, r)", "Rune(r)", 468, 460)),
            fn("fmt.(*ss).consume", "fmt/scan.go", 487, 502, 479, 494,
                    call("s.buf = writeRune(s.buf, r)", "Rune(r)", 494, 486)),
            fn("fmt.(*ss).accept", "fmt/scan.go", 523, 525, 515, 517,
                    call("s.consume(ok, true)", 524, 516)),
            fn("fmt.(*ss).scanNumber", "fmt/scan.go", 596, 606, 588, 598,
                    call("if !s.accept(digits) {", 599, 591),
                    call("for s.accept(digits) {", 603, 595),
                    call("return string(s.buf)", 605, 597)),
            fn("fmt.(*ss).scanInt", "fmt/scan.go", 640, 669, 638, 667,
                    call("s.accept(sign)", 653, 651),
                    call("s.scanNumber(digits, haveDigits)", 658, 656)),
            fn("fmt.(*ss).scanUint", "fmt/scan.go", 673, 699, 671, 697,
                    call("s.scanNumber(digits, haveDigits)", 688, 686)),
            fn("fmt.(*ss).floatToken", "fmt/scan.go", 704, 734, 702, 738,
                    call("return string(s.buf) // NaN", "return string(s.buf)", 708, 706),
                    call("return string(s.buf) // Inf", "return string(s.buf)", 714, 712),
                    call("return string(s.buf) // the number", "return string(s.buf)", 733, 737)),
            fn("fmt.(*ss).convertString", "fmt/scan.go", 808, 823, 824, 839,
                    call("string(s.token(true, notSpace))", 820, 836)),
            fn("fmt.(*ss).scanOne", "fmt/scan.go", 928, 1029, 953, 1054,
                    call("*v = int(s.scanInt(verb, 64))", "*v = int(s.scanInt(verb, intBits))", 951, 976),
                    call("*v = int8(s.scanInt(verb, 8))", 953, 978),
                    call("*v = int16(s.scanInt(verb, 16))", 955, 980),
                    call("*v = int32(s.scanInt(verb, 32))", 957, 982),
                    call("*v = s.scanInt(verb, 64)", 959, 984),
                    call("*v = uint(s.scanUint(verb, 64))", "*v = uint(s.scanUint(verb, intBits))", 961, 986),
                    call("*v = uint8(s.scanUint(verb, 8))", 963, 988),
                    call("*v = uint16(s.scanUint(verb, 16))", 965, 990),
                    call("*v = uint32(s.scanUint(verb, 32))", 967, 992),
                    call("*v = s.scanUint(verb, 64)", 969, 994),
                    call("*v = uintptr(s.scanUint(verb, 64))", "*v = uintptr(s.scanUint(verb, uintptrBits))", 971, 996),
                    call("float32(s.convertFloat(s.floatToken(), 32))", 978, 1003),
                    call("*v = s.convertFloat(s.floatToken(), 64)", 984, 1009),
                    call("*v = s.convertString(verb)", 987, 1012),
                    call("*v = []byte(s.convertString(verb))", 991, 1016)),
            fn("fmt.(*ss).doScan", "fmt/scan.go", 1045, 1065, 1070, 1090,
                    call("s.scanOne('v', arg)", 1048, 1073)),
            fn("fmt.(*ss).doScanf", "fmt/scan.go", 1144, 1197, 1181, 1238,
                    call("s.scanOne(c, a[numProcessed])", "s.scanOne(c, arg)", 1189, 1230)),
            // sync/pool.go: the heap model's fmt records name Get and Put at Go's lines (Printers),
            // so our Pool's frames (sync/stub.go) share their file and extent
            fn("sync.(*Pool).Put", "sync/pool.go", 65, 87, 95, 117),
            fn("sync.(*Pool).Get", "sync/pool.go", 97, 122, 127, 154),
            // io/io.go
            fn("io.WriteString", "io/io.go", 287, 292, 311, 316,
                    call("sw.WriteString(s)", 289, 313),
                    call("w.Write([]byte(s))", 291, 315)),
            fn("io.ReadAtLeast", "io/io.go", 301, 316, 326, 341,
                    call("r.Read(buf[n:])", 307, 332)),
            fn("io.ReadFull", "io/io.go", 324, 326, 350, 352,
                    call("ReadAtLeast(r, buf, len(buf))", 325, 351)),
            fn("io.Copy", "io/io.go", 359, 361, 385, 387,
                    call("copyBuffer(dst, src, nil)", 360, 386)),
            fn("io.copyBuffer", "io/io.go", 376, 414, 405, 454,
                    call("wt.WriteTo(dst)", 380, 409),
                    call("rt.ReadFrom(src)", 384, 413),
                    call("buf = make([]byte, copyBufSize(src))", "buf = make([]byte,", 387, 424),
                    call("src.Read(buf)", 390, 427),
                    call("dst.Write(buf[0:nr])", 392, 429)),
            fn("io.ReadAll", null, 0, 0, "io/io.go", 654, 670,
                    call("b := make([]byte, 0, 512)", 0, 655),
                    call("append(b, 0)", 0, 659),
                    call("r.Read(b[len(b):cap(b)])", 0, 661)),
            // runtime/debug/stack.go: the same lines in both releases
            fn("runtime/debug.PrintStack", "runtime/debug/stack.go", 15, 17, 15, 17,
                    call("os.Stderr.Write(Stack())", 16, 16)),
            fn("runtime/debug.Stack", "runtime/debug/stack.go", 21, 30, 21, 30,
                    call("buf := make([]byte, 1024)", 22, 22),
                    call("n := runtime.Stack(buf, false)", 24, 24),
                    call("buf = make([]byte, 2*len(buf))", 28, 28)),
            // sort/search.go
            fn("sort.Search", "sort/search.go", 59, 74, 58, 73,
                    call("!f(h)", 66, 65)),
            // strings/strings.go, strings/reader.go, strings/builder.go
            // Go calls mapping at 475 for the runes before the first change, at 506 after it
            fn("strings.Map", "strings/strings.go", 378, 416, 465, 522,
                    call("mapping(c)", 389, 475)),
            fn("strings.IndexFunc", "strings/strings.go", 533, 535, 768, 770,
                    call("indexFunc(s, f, true)", 534, 769)),
            fn("strings.indexFunc", "strings/strings.go", 546, 560, 781, 788,
                    call("f(r) == truth", 554, 783)),
            // go1.7 counts the fields in a first pass, where f is first called (315)
            fn("strings.FieldsFunc", "strings/strings.go", 309, 340, 384, 426,
                    call("if f(r) {", "f(rune)", 315, 399)),
            fn("strings.Split", "strings/strings.go", 287, 287, 308, 308,
                    call("genSplit(s, sep, 0, -1)", 287, 308)),
            fn("strings.genSplit", "strings/strings.go", 237, 261, 236, 264,
                    call("a := make([]string, n)", 249, 250)),
            // strings/builder.go (Go 1.10): 1.19's lines only
            fn("strings.(*Builder).String", null, 0, 0, "strings/builder.go", 47, 49),
            fn("strings.(*Builder).grow", null, 0, 0, "strings/builder.go", 67, 71,
                    call("buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)", 0, 68)),
            fn("strings.(*Builder).Grow", null, 0, 0, "strings/builder.go", 76, 84,
                    call("b.grow(n)", 0, 82)),
            fn("strings.(*Builder).Write", null, 0, 0, "strings/builder.go", 88, 92,
                    call("b.buf = append(b.buf, p...)", 0, 90)),
            fn("strings.(*Builder).WriteByte", null, 0, 0, "strings/builder.go", 96, 100,
                    call("b.buf = append(b.buf, c)", 0, 98)),
            fn("strings.(*Builder).WriteRune", null, 0, 0, "strings/builder.go", 104, 118,
                    call("b.buf = append(b.buf, byte(r))", 0, 108),
                    call("b.grow(utf8.UTFMax)", 0, 113)),
            fn("strings.(*Builder).WriteString", null, 0, 0, "strings/builder.go", 122, 126,
                    call("b.buf = append(b.buf, s...)", 0, 124)),
            fn("strings.NewReader", "strings/reader.go", 150, 150, 160, 160,
                    call("&Reader{s, 0, -1}", 150, 160)),
            fn("strings.(*Reader).WriteTo", "strings/reader.go", 127, 143, 137, 153,
                    call("io.WriteString(w, s)", 133, 143)));

    private static final Map<String, Fn> BY_NAME = new HashMap<>();

    static {
        for (Fn f : TABLE) {
            if (BY_NAME.put(f.name(), f) != null) {
                throw new IllegalStateException("two rows for " + f.name());
            }
        }
    }

    /**
     * Where one stub function's frames print: Go's file (under GOROOT/src) and lines, and for each
     * line of the stub function (from {@code stubStart}) the line Go shows for it.
     */
    record Placement(String file, int start, int end, int stubStart, int[] lines) {
        /** Go's line for a frame at line {@code stubLine} of our stub. */
        int line(int stubLine) {
            int i = stubLine - stubStart;
            return i >= 0 && i < lines.length ? lines[i] : start;
        }
    }

    private final boolean go19;
    /** Each library package's stub source, split into lines (index 0 is line 1). */
    private final Map<String, String[]> stubs = new HashMap<>();

    LibraryLines(boolean go19) {
        this.go19 = go19;
    }

    /**
     * Library functions that Go 1.19's inliner (inl.go, budget 80) inlines into their callers and
     * whose parameters escape: the parameter moved to the heap is the caller's variable, allocated
     * at the call's line with no frame of the function (real Go 1.19.8: fmt.Sscan's &str records
     * start at the program's line, scanheap.go119.txt). Go 1.7 inlines only leaf functions
     * (inl.go ishairy: a call is hairy), so there each keeps its frame.
     */
    private static final java.util.Set<String> INLINED_19 = java.util.Set.of("fmt.Sscan", "fmt.Sscanln", "fmt.Sscanf");

    /** Whether Go inlines library function {@code name} in this dialect (see INLINED_19). */
    boolean inlined(String name) {
        return go19 && INLINED_19.contains(name);
    }

    /** The row of {@code name}, or null. */
    static Fn row(String name) {
        return BY_NAME.get(name);
    }

    /**
     * Where stub function {@code fi} of package {@code pkg} prints in this dialect, or null: no row,
     * or Go's release has no such function.
     */
    Placement place(FuncInfo fi, String pkg) {
        Fn f = BY_NAME.get(fi.name());
        if (f == null || (go19 ? f.file19() : f.file17()) == null) {
            return null;
        }
        int start = go19 ? f.start19() : f.start17();
        int end = go19 ? f.end19() : f.end17();
        String[] src = stubs.computeIfAbsent(pkg, p -> Prelude.resource(p).split("\n", -1));
        int stubEnd = Math.max(fi.startLine(), fi.endLine());
        int[] lines = new int[stubEnd - fi.startLine() + 1];
        java.util.Arrays.fill(lines, start);
        for (Call c : f.calls()) {
            int real = go19 ? c.line19() : c.line17();
            int at = find(src, fi.startLine(), stubEnd, c.stub());
            if (real != 0 && at > 0) {
                lines[at - fi.startLine()] = real;
            }
        }
        return new Placement(go19 ? f.file19() : f.file17(), start, end, fi.startLine(), lines);
    }

    /** The one line in [from, to] of src that contains text, or 0 if none or several do. */
    static int find(String[] src, int from, int to, String text) {
        int at = 0;
        for (int l = from; l <= to && l <= src.length; l++) {
            if (src[l - 1].contains(text)) {
                if (at != 0) {
                    return 0;
                }
                at = l;
            }
        }
        return at;
    }
}
