package gosim.specs.lang;

import gosim.specs.lang.Compiler.AddConst;
import gosim.specs.lang.Compiler.Branch;
import gosim.specs.lang.Compiler.Ev;
import gosim.specs.lang.Compiler.ForLoop;
import gosim.specs.lang.Compiler.IfElse;
import gosim.specs.lang.Compiler.IfThen;
import gosim.specs.lang.Compiler.LocalBool;
import gosim.specs.lang.Compiler.LocalInt;
import gosim.specs.lang.Compiler.SetBool;
import gosim.specs.lang.Compiler.SetInt;
import gosim.specs.lang.Compiler.St;
import gosim.specs.lang.Compiler.TracedBlock;
import gosim.specs.lang.Compiler.TracedOne;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A hot for loop as one JVM method (a hidden class made with java.lang.classfile), as cmd/compile
 * turns a loop into one instruction sequence with its variables in registers: the integer and bool
 * locals the loop reads or writes live in JVM locals, the goroutine's statement allowance
 * (Goroutine.ticks) too, and f.line is written only where something could read it. The loop's
 * own nodes (blocks, if/else, nested for, break/continue, assignments and ++ of int locals, int
 * operator trees, calls of one-expression functions, which are inlined as Interp.inline allows)
 * become bytecode; any other node is called from the method as before ("a leaf"), after the JVM
 * locals are written back to the frame, f.line is set and the allowance is handed back, and the
 * locals are read again after it. So every preemption point (the statement hook, counted as the
 * closure nodes count it), every traceback (frames and lines are those the closure nodes leave)
 * and every step count is the closure nodes', and so is the output.
 */
final class Loops {
    private Loops() {
    }

    /** Region.run's entry: the loop's init first, or the top of an iteration (a loop already running). */
    static final int FROM_INIT = 0;
    static final int AT_HEAD = 1;

    /** Iterations a loop node runs as closures before it is compiled (-Dgosim.loops.threshold, 0 in tests). */
    static final int THRESHOLD = Integer.getInteger("gosim.loops.threshold", 2000);
    private static final boolean ON = !Boolean.getBoolean("gosim.closures")
            && Boolean.parseBoolean(System.getProperty("gosim.loops", "true"));
    /**
     * Loops with more bytecode than this, or more calls of leaves than MAX_LEAVES, stay closure
     * nodes: C2 compiles no method above 8000 bytes (HugeMethodLimit), and a loop that is mostly
     * leaves gains nothing while the JIT spends long on the big method (Go's ken/divconst.go:
     * 41 leaf calls a loop, its interpreting thread 25% slower compiled).
     */
    private static final int MAX_CODE = 2500;
    private static final int MAX_LEAVES = 8;
    /** With -Dgosim.loops.threshold=0 (the tests) every loop the class file can hold is compiled. */
    private static final boolean ALL = THRESHOLD == 0;

    /**
     * Whether the loops of in's program may be compiled: with the statement hook (the host
     * counts statements), without call tracing (which wants every frame), unless
     * -Dgosim.closures=true or -Dgosim.loops=false.
     */
    static boolean enabled(Interp in) {
        return ON && in.traceStatements && !in.traceCalls;
    }

    /** A compiled loop; the hidden class's run is the loop. */
    abstract static class Region {
        final Interp in;

        Region(Interp in) {
            this.in = in;
        }

        /** Runs the loop in f from entry (FROM_INIT or AT_HEAD); returns the loop's completion code. */
        abstract int run(Frame f, int entry);

        /** The statement hook when the allowance ran out (Interp.statement); returns the new allowance. */
        final int hook(Frame f, int line) {
            Goroutine g = f.g;
            g.ticks = 0;
            in.host.onStatement(g, f, line);
            return g.ticks;
        }
    }

    /** loop as a Region (also kept in the loop), or null when it cannot be (then it never tries again). */
    static Region compile(ForLoop loop) {
        Interp.Fn fn = loop.fn;
        loop.fn = null;
        try {
            Gen first = new Gen(loop.in, fn.nl, null, null);
            first.build(loop);
            if (!ALL && (first.leaves > MAX_LEAVES || first.natives < first.leaves)) {
                return null; // mostly leaves: as fast as closure nodes, and more for the JIT to compile
            }
            Gen gen = new Gen(loop.in, fn.nl, first.cached, first.written);
            byte[] bytes = gen.build(loop);
            if (codeLength(bytes) > (ALL ? 7000 : MAX_CODE)) {
                return null;
            }
            Class<?> c = Bytecode.hiddenClass(bytes);
            Region r = (Region) c.getDeclaredConstructor(Interp.class, Object[].class)
                    .newInstance(loop.in, gen.consts.toArray());
            loop.region = r;
            return r;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // e.g. a method too large for a class file: the closure nodes go on
        }
    }

    private static int codeLength(byte[] bytes) {
        ClassModel m = ClassFile.of().parse(bytes);
        for (MethodModel mm : m.methods()) {
            if (mm.methodName().equalsString("run")) {
                return mm.findAttribute(Attributes.code()).orElseThrow().codeLength();
            }
        }
        return 0;
    }

    private static final ClassDesc CD_SELF = ClassDesc.of("gosim.specs.lang.Loops$Loop");
    private static final ClassDesc CD_REGION = ClassDesc.of("gosim.specs.lang.Loops$Region");
    private static final ClassDesc CD_INTERP = ClassDesc.of("gosim.specs.lang.Interp");
    private static final ClassDesc CD_FRAME = ClassDesc.of("gosim.specs.lang.Frame");
    private static final ClassDesc CD_G = ClassDesc.of("gosim.specs.lang.Goroutine");
    private static final ClassDesc CD_COMPILER = ClassDesc.of("gosim.specs.lang.Compiler");
    private static final ClassDesc CD_EV = ClassDesc.of("gosim.specs.lang.Compiler$Ev");
    private static final ClassDesc CD_ST = ClassDesc.of("gosim.specs.lang.Compiler$St");
    private static final ClassDesc CD_CALL = ClassDesc.of("gosim.specs.lang.Calls$IntCall");
    private static final ClassDesc CD_LONGS = ConstantDescs.CD_long.arrayType();
    private static final MethodTypeDesc RUN = MethodTypeDesc.of(ConstantDescs.CD_int, CD_FRAME, ConstantDescs.CD_int);
    private static final MethodTypeDesc INIT = MethodTypeDesc.of(ConstantDescs.CD_void, CD_INTERP,
            ConstantDescs.CD_Object.arrayType());
    private static final MethodTypeDesc EV_I = MethodTypeDesc.of(ConstantDescs.CD_long, CD_FRAME);
    private static final MethodTypeDesc EV_B = MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_FRAME);
    private static final MethodTypeDesc EV = MethodTypeDesc.of(ConstantDescs.CD_Object, CD_FRAME);
    private static final MethodTypeDesc EXEC = MethodTypeDesc.of(ConstantDescs.CD_int, CD_FRAME);
    private static final MethodTypeDesc HOOK = MethodTypeDesc.of(ConstantDescs.CD_int, CD_FRAME, ConstantDescs.CD_int);
    private static final MethodTypeDesc CALL = MethodTypeDesc.of(ConstantDescs.CD_long, CD_FRAME,
            ConstantDescs.CD_long, ConstantDescs.CD_long);
    private static final MethodTypeDesc LOOP_CONTROL = MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_int,
            CD_FRAME, ConstantDescs.CD_Object);

    /** JVM locals of run: this, the frame, the entry, then these. */
    private static final int FRAME = 1;
    private static final int ENTRY = 2;
    private static final int SLOTS = 3;
    private static final int G = 4;
    private static final int TICKS = 5;
    private static final int CODE = 6;
    private static final int FIRST = 7;

    /** What f.line holds at a point of the method, as far as the closure nodes would have set it. */
    private static final int UNKNOWN = -1;

    /** A loop being emitted: where break and continue go. */
    private record Ctx(Label exit, Label next, int self) {
    }

    /**
     * One emission of a loop. The first finds the slots the loop keeps in JVM locals (cached) and
     * those it assigns (written), which every leaf call needs in advance; the second emits with them.
     */
    private static final class Gen {
        final Interp in;
        final BitSet cached;
        final BitSet written;
        final boolean sized;
        final int[] local;
        int nextLocal;
        final List<Object> consts = new ArrayList<>();
        final List<ClassDesc> constTypes = new ArrayList<>();
        final ArrayDeque<Ctx> loops = new ArrayDeque<>();
        CodeBuilder code;
        /**
         * The written slots whose JVM local may be newer than the frame's slot here: a leaf needs
         * only these stored (at a label reached from several places: every written slot).
         */
        BitSet dirty = new BitSet();
        /** Calls of leaves outside slow paths, and operations done in the method (operators, compares, inlined calls). */
        int leaves;
        int natives;
        /** The line the closure nodes would have stored in f.line by now, and whether it may not be stored yet. */
        int line = UNKNOWN;
        boolean lineDirty;

        Gen(Interp in, int nl, BitSet cached, BitSet written) {
            this.in = in;
            this.sized = cached != null;
            this.cached = sized ? cached : new BitSet();
            this.written = sized ? written : new BitSet();
            this.local = new int[nl];
            java.util.Arrays.fill(local, -1);
            int next = FIRST;
            if (sized) {
                for (int s = cached.nextSetBit(0); s >= 0; s = cached.nextSetBit(s + 1)) {
                    local[s] = next;
                    next += 2;
                }
            }
            this.nextLocal = next;
        }

        byte[] build(ForLoop loop) {
            return ClassFile.of().build(CD_SELF, cb -> {
                cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
                cb.withSuperclass(CD_REGION);
                cb.withMethodBody("run", RUN, ClassFile.ACC_FINAL, c -> {
                    code = c;
                    Label start = c.newLabel();
                    Label load = c.newLabel();
                    c.goto_(load);
                    c.labelBinding(start);
                    forLoop(loop, true);
                    c.labelBinding(load);
                    c.aload(FRAME);
                    c.getfield(CD_FRAME, "l", CD_LONGS);
                    c.astore(SLOTS);
                    c.aload(FRAME);
                    c.getfield(CD_FRAME, "g", CD_G);
                    c.astore(G);
                    c.iconst_0();
                    c.istore(CODE);
                    loadTicks();
                    reload();
                    c.goto_(start);
                });
                for (int i = 0; i < constTypes.size(); i++) {
                    cb.withField("k" + i, constTypes.get(i), ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL);
                }
                cb.withMethodBody("<init>", INIT, 0, c -> {
                    c.aload(0);
                    c.aload(1);
                    c.invokespecial(CD_REGION, "<init>", MethodTypeDesc.of(ConstantDescs.CD_void, CD_INTERP));
                    for (int i = 0; i < constTypes.size(); i++) {
                        c.aload(0);
                        c.aload(2);
                        c.loadConstant(i);
                        c.aaload();
                        c.checkcast(constTypes.get(i));
                        c.putfield(CD_SELF, "k" + i, constTypes.get(i));
                    }
                    c.return_();
                });
            });
        }

        // ------------------------------------------------------------ state

        private int slot(int s) {
            if (local[s] < 0) {
                if (sized) {
                    throw new IllegalStateException("slot " + s + " was not seen by the first pass");
                }
                cached.set(s);
                local[s] = nextLocal;
                nextLocal += 2;
            }
            return local[s];
        }

        private int temp() {
            int t = nextLocal;
            nextLocal += 2;
            return t;
        }

        /** Pushes this.k{i} for node, a field of the class. */
        private void field(Object node, ClassDesc type) {
            int i = consts.size();
            consts.add(node);
            constTypes.add(type);
            code.aload(0);
            code.getfield(CD_SELF, "k" + i, type);
        }

        private void setLine(int l) {
            line = l;
            lineDirty = true;
        }

        /** Stores f.line if the closure nodes would have by now. */
        private void materialize() {
            if (lineDirty && line != UNKNOWN) {
                code.aload(FRAME);
                code.loadConstant(line);
                code.putfield(CD_FRAME, "line", ConstantDescs.CD_int);
            }
            lineDirty = false;
        }

        private void spill() {
            for (int s = dirty.nextSetBit(0); s >= 0; s = dirty.nextSetBit(s + 1)) {
                if (local[s] >= 0) {
                    code.aload(SLOTS);
                    code.loadConstant(s);
                    code.lload(local[s]);
                    code.lastore();
                }
            }
            dirty.clear();
        }

        /** A label several paths reach: any written slot may be dirty there. */
        private void merge(Label l) {
            code.labelBinding(l);
            dirty = (BitSet) written.clone();
        }

        private void assigned(int s) {
            written.set(s);
            dirty.set(s);
        }

        private void reload() {
            for (int s = cached.nextSetBit(0); s >= 0; s = cached.nextSetBit(s + 1)) {
                if (local[s] >= 0) {
                    code.aload(SLOTS);
                    code.loadConstant(s);
                    code.laload();
                    code.lstore(local[s]);
                }
            }
        }

        private void storeTicks() {
            code.aload(G);
            code.iload(TICKS);
            code.putfield(CD_G, "ticks", ConstantDescs.CD_int);
        }

        private void loadTicks() {
            code.aload(G);
            code.getfield(CD_G, "ticks", ConstantDescs.CD_int);
            code.istore(TICKS);
        }

        /** Before a call of a node: the frame and goroutine as the closure nodes would have left them. */
        private void beforeLeaf() {
            leaves++;
            materialize();
            spill();
            storeTicks();
        }

        /**
         * After it: what it may have changed (f.line too, as far as this method knows); a statement
         * may assign locals, an expression cannot (Go's expressions assign no local of their own
         * frame: a variable a closure assigns is a cell, not a scalar slot).
         */
        private void afterLeaf(boolean statement) {
            loadTicks();
            if (statement) {
                reload();
            }
            line = UNKNOWN;
            lineDirty = false;
        }

        /** Interp.statement at line (the closure node stored f.line = line first). */
        private void hook(int l) {
            setLine(l);
            Label ok = code.newLabel();
            code.iinc(TICKS, -1);
            code.iload(TICKS);
            code.ifge(ok);
            BitSet before = (BitSet) dirty.clone();
            materialize();
            lineDirty = true; // the store is on this path only
            spill();
            code.aload(0);
            code.aload(FRAME);
            code.loadConstant(l);
            code.invokevirtual(CD_REGION, "hook", HOOK);
            code.istore(TICKS);
            code.labelBinding(ok);
            dirty = before;
        }

        /** Leaves the method with the code in CODE (the frame as the closure nodes would have left it). */
        private void exit() {
            materialize();
            dirty = (BitSet) written.clone();
            spill();
            storeTicks();
            code.iload(CODE);
            code.ireturn();
        }

        // ------------------------------------------------------------ statements

        private void forLoop(ForLoop l, boolean root) {
            Label head = code.newLabel();
            Label exit = code.newLabel();
            Label next = code.newLabel();
            if (root) {
                code.iload(ENTRY);
                code.ifne(head);
            }
            if (l.init != null) {
                stmt(l.init, false);
            }
            merge(head);
            hook(l.forLine);
            if (l.cond != null) {
                setLine(l.forLine);
                Label no = code.newLabel();
                cond(l.cond, no);
                Label go = code.newLabel();
                code.goto_(go);
                code.labelBinding(no);
                boolean stored = lineDirty;
                materialize();
                code.goto_(exit);
                code.labelBinding(go);
                lineDirty = stored;
            }
            int self = constIndex(l.self, ConstantDescs.CD_Object);
            loops.push(new Ctx(exit, next, self));
            stmt(l.body, true);
            loops.pop();
            merge(next);
            if (l.post != null) {
                setLine(l.forLine);
                stmt(l.post, false);
            }
            code.goto_(head);
            merge(exit);
            line = UNKNOWN;
            lineDirty = false;
            if (root) {
                code.iconst_0();
                code.istore(CODE);
                exit();
            }
        }

        private int constIndex(Object o, ClassDesc type) {
            consts.add(o);
            constTypes.add(type);
            return consts.size() - 1;
        }

        /** Emits s; codes: whether a leaf's completion code counts (not for a loop's init and post). */
        private void stmt(St s, boolean codes) {
            switch (s) {
                case TracedBlock b -> {
                    for (St x : b.a) {
                        hook(x.line);
                        stmt(x, true);
                    }
                }
                case TracedOne one -> {
                    hook(one.line0);
                    stmt(one.s0, true);
                }
                case SetInt a -> {
                    intValue(a.e);
                    code.lstore(slot(a.slot));
                    assigned(a.slot);
                }
                case SetBool a -> {
                    boolValue(a.e);
                    code.i2l();
                    code.lstore(slot(a.slot));
                    assigned(a.slot);
                }
                case AddConst a -> {
                    natives++;
                    int x = slot(a.slot);
                    code.lload(x);
                    code.loadConstant(a.k);
                    code.ladd();
                    code.lstore(x);
                    assigned(a.slot);
                }
                case IfThen i -> ifElse(null, i.cond, i.then, null, 0, codes);
                case IfElse i -> ifElse(i.init, i.cond, i.then, i.els, i.elsLine, codes);
                case ForLoop l -> forLoop(l, false);
                case Compiler.ExprSt x when x.e instanceof Calls.IntCall -> {
                    intValue(x.e);
                    code.pop2();
                }
                case Compiler.ExprSt x -> {
                    beforeLeaf();
                    field(x.e, CD_EV);
                    code.aload(FRAME);
                    code.invokevirtual(CD_EV, "ev", EV);
                    code.pop();
                    afterLeaf(false);
                }
                case Branch b when !loops.isEmpty() -> {
                    Ctx c = loops.peek();
                    if (b.code == Compiler.BREAK) {
                        materialize();
                        code.goto_(c.exit());
                    } else {
                        code.goto_(c.next());
                    }
                    // what follows is dead: any state will do
                }
                default -> {
                    beforeLeaf();
                    field(s, CD_ST);
                    code.aload(FRAME);
                    code.invokevirtual(CD_ST, "exec", EXEC);
                    code.istore(CODE);
                    afterLeaf(true);
                    if (codes) {
                        completion();
                    }
                }
            }
        }

        /**
         * A leaf statement's completion code (in CODE), as the closure blocks pass it up and each
         * enclosing loop's Compiler.loopControl takes it: continue or break one of the compiled
         * loops, or leave the method with it.
         */
        private void completion() {
            Label normal = code.newLabel();
            code.iload(CODE);
            code.ifeq(normal);
            for (Ctx c : loops) { // innermost first
                code.iload(CODE);
                code.aload(FRAME);
                code.aload(0);
                code.getfield(CD_SELF, "k" + c.self(), ConstantDescs.CD_Object);
                code.invokestatic(CD_COMPILER, "loopControl", LOOP_CONTROL);
                code.istore(CODE);
                code.iload(CODE);
                code.iflt(c.next());
                code.iload(CODE);
                code.ifeq(c.exit());
            }
            exit();
            code.labelBinding(normal);
        }

        private void ifElse(St init, Ev cond, St then, St els, int elsLine, boolean codes) {
            if (init != null) {
                stmt(init, codes);
            }
            Label no = code.newLabel();
            Label end = code.newLabel();
            cond(cond, no);
            int condLine = line;
            boolean condDirty = lineDirty;
            BitSet condSlots = (BitSet) dirty.clone();
            stmt(then, codes);
            materialize();
            BitSet thenSlots = dirty;
            code.goto_(end);
            code.labelBinding(no);
            line = condLine;
            lineDirty = condDirty;
            dirty = condSlots;
            if (els != null) {
                setLine(elsLine);
                stmt(els, codes);
            }
            materialize();
            code.labelBinding(end);
            dirty.or(thenSlots);
            line = UNKNOWN;
            lineDirty = false;
        }

        // ------------------------------------------------------------ expressions

        /** Jumps to no when e is false. */
        private void cond(Ev e, Label no) {
            switch (e) {
                case Bytecode.BExpr b -> {
                    natives++;
                    tree(b.x, null, null);
                    tree(b.y, null, null);
                    Bytecode.jumpUnless(code, b.compare, no);
                }
                case LocalBool b -> {
                    code.lload(slot(b.slot));
                    code.lconst_0();
                    code.lcmp();
                    code.ifeq(no);
                }
                case Exprs.BConst k -> {
                    if (!k.x) {
                        code.goto_(no);
                    }
                }
                default -> {
                    beforeLeaf();
                    field(e, CD_EV);
                    code.aload(FRAME);
                    code.invokevirtual(CD_EV, "evB", EV_B);
                    afterLeaf(false);
                    code.ifeq(no);
                }
            }
        }

        /** Pushes e as an int (0 or 1). */
        private void boolValue(Ev e) {
            Label no = code.newLabel();
            Label end = code.newLabel();
            cond(e, no);
            code.iconst_1();
            code.goto_(end);
            code.labelBinding(no);
            code.iconst_0();
            code.labelBinding(end);
        }

        /** Pushes e's long value. */
        private void intValue(Ev e) {
            switch (e) {
                case Exprs.IConst k -> code.loadConstant(k.x);
                case LocalInt x -> code.lload(slot(x.slot));
                case Bytecode.IExpr t -> tree(t.tree, null, null);
                case Calls.IntCall c -> call(c);
                default -> {
                    beforeLeaf();
                    field(e, CD_EV);
                    code.aload(FRAME);
                    code.invokevirtual(CD_EV, "evI", EV_I);
                    afterLeaf(false);
                }
            }
        }

        /** Pushes a tree's value; params/args: the JVM locals of an inlined function's parameters. */
        private void tree(Bytecode.Node n, int[] params, int[] args) {
            natives += operators(n);
            Bytecode.emitTree(code, n, m -> {
                switch (m) {
                    case Bytecode.Slot s when params != null -> {
                        for (int i = 0; i < params.length; i++) {
                            if (params[i] == s.slot()) {
                                code.lload(args[i]);
                                return;
                            }
                        }
                        throw new IllegalStateException("slot " + s.slot() + " is no parameter");
                    }
                    case Bytecode.Slot s -> code.lload(slot(s.slot()));
                    case Bytecode.Leaf l -> intValue(l.ev());
                    default -> throw new IllegalStateException("tree node " + m);
                }
            });
        }

        private static int operators(Bytecode.Node n) {
            return n instanceof Bytecode.Op o ? 1 + operators(o.x()) + operators(o.y()) : 0;
        }

        /**
         * An int call: the arguments here, then the callee's tree inline when Interp.inline would
         * let the call go without a frame (the same test on the same state), else IntCall.call.
         */
        private void call(Calls.IntCall c) {
            int[] args = new int[c.n];
            for (int i = 0; i < c.n; i++) {
                intValue(i == 0 ? c.a0 : c.a1);
                args[i] = temp();
                code.lstore(args[i]);
            }
            setLine(c.line);
            Interp.Fn fn = c.fn;
            Bytecode.Pure p = fn.pure;
            Label slow = code.newLabel();
            Label done = code.newLabel();
            if (p != null && fn.called) {
                code.iload(TICKS);
                code.ifle(slow);
                code.aload(FRAME);
                code.getfield(CD_FRAME, "depth", ConstantDescs.CD_int);
                code.loadConstant(in.depthLimit() - 1);
                code.if_icmpge(slow);
                code.aload(FRAME);
                code.getfield(CD_FRAME, "stackBytes", ConstantDescs.CD_long);
                code.loadConstant(fn.frameBytes);
                code.ladd();
                code.aload(0); // the limit as it is now: runtime/debug.SetMaxStack may move it
                code.getfield(CD_REGION, "in", CD_INTERP);
                code.getfield(CD_INTERP, "stackLimit", ConstantDescs.CD_long);
                code.lcmp();
                code.ifgt(slow);
                code.iinc(TICKS, -1);
                natives++;
                tree(p.tree, p.params, args);
                code.goto_(done);
            }
            code.labelBinding(slow);
            BitSet fast = (BitSet) dirty.clone();
            beforeLeaf();
            leaves -= p != null && fn.called ? 1 : 0; // only the slow path calls it
            field(c, CD_CALL);
            code.aload(FRAME);
            for (int i = 0; i < 2; i++) {
                if (i < c.n) {
                    code.lload(args[i]);
                } else {
                    code.lconst_0();
                }
            }
            code.invokevirtual(CD_CALL, "call", CALL);
            afterLeaf(false);
            code.labelBinding(done);
            dirty = fast; // the slow path stored a subset
            // IntCall.call leaves f.line at the call's line; the inline path may not have stored it
            line = c.line;
            lineDirty = p != null && fn.called;
        }
    }
}
