package gosim.specs.lang;

import gosim.specs.lang.Compiler.Ev;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM bytecode for a tree of {@link Fused}'s int operators, one hidden class per tree (made with the
 * JDK's java.lang.classfile), as cmd/compile's SSA backend turns an expression into one instruction
 * sequence: slot numbers and constants are immediates the JIT folds (a constant divisor becomes a
 * multiplication, no operator switch is left), and each operand that is not an operator of the tree
 * is an evaluator the class calls from its own bytecode, so the JIT's type profile of that call is
 * this expression's alone instead of being shared by every node of a kind in the program.
 *
 * A tree gets its class only once it is hot, as HotSpot compiles a method only after it has run
 * a while: until then it runs by walking its nodes ({@link Node#eval}), the same operators in the
 * same order (leaves left to right, Java's long arithmetic, which is Go's for the fused operators).
 * Making a class costs about 0.25 ms in a cold JVM (class file, hidden class, constructor), so
 * the 445 trees a hello world links cost 0.1 s of its start-up when each got its class at link
 * (docs/startup-profile.md); most of them run a few times or never.
 */
final class Bytecode {
    private Bytecode() {
    }

    /** A node of an operator tree: a local int slot, a constant, another evaluator, or an operator. */
    sealed interface Node {
        /** The node's value in f, as the tree's class computes it (x before y). */
        long eval(Frame f);
    }

    record Slot(int slot) implements Node {
        @Override
        public long eval(Frame f) {
            return f.l[slot];
        }
    }

    record Const(long value) implements Node {
        @Override
        public long eval(Frame f) {
            return value;
        }
    }

    record Leaf(Ev ev) implements Node {
        @Override
        public long eval(Frame f) {
            return ev.evI(f);
        }
    }

    /** op is one of Fused's codes; shift counts are constants in [0, 64) and divisors non-zero constants. */
    record Op(int op, Node x, Node y) implements Node {
        @Override
        public long eval(Frame f) {
            long a = x.eval(f);
            return Fused.arith(op, a, y.eval(f));
        }
    }

    /**
     * Runs of a tree before it gets its class (-Dgosim.bytecode.threshold; 0: at once, at link, as
     * ClosureNodesTest runs it), as many as a loop runs before Loops compiles it.
     */
    static final int THRESHOLD = Integer.getInteger("gosim.bytecode.threshold", Loops.THRESHOLD);

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final ClassDesc CD_SELF = ClassDesc.of("gosim.specs.lang.Bytecode$Expr");
    private static final ClassDesc CD_FRAME = ClassDesc.of("gosim.specs.lang.Frame");
    private static final ClassDesc CD_EV = ClassDesc.of("gosim.specs.lang.Compiler$Ev");
    private static final ClassDesc CD_IEV = ClassDesc.of("gosim.specs.lang.Bytecode$IExpr");
    private static final ClassDesc CD_PURE = ClassDesc.of("gosim.specs.lang.Bytecode$Pure");
    private static final ClassDesc CD_BEV = ClassDesc.of("gosim.specs.lang.Bytecode$BExpr");
    private static final MethodTypeDesc EV_I = MethodTypeDesc.of(ConstantDescs.CD_long, CD_FRAME);
    private static final MethodTypeDesc EV_B = MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_FRAME);
    private static final MethodTypeDesc INIT = MethodTypeDesc.of(ConstantDescs.CD_void, CD_EV.arrayType());
    /** Local variable numbers of the generated evI/evB: this, the frame, the frame's scalar slots. */
    private static final int FRAME = 1;
    private static final int SLOTS = 2;

    /**
     * An evaluator of tree (an int-valued operator) or, when compare is one of Fused's comparison
     * codes, of {@code x compare y} for the two operand trees: it walks the trees until it has run
     * THRESHOLD times, then runs their class.
     */
    static Ev compile(Node tree, int compare, Node y) {
        if (THRESHOLD <= 0) {
            return generate(tree, compare, y);
        }
        if (y == null) {
            TieredI t = new TieredI();
            t.tree = tree;
            return t;
        }
        TieredB t = new TieredB();
        t.x = tree;
        t.compare = compare;
        t.y = y;
        return t;
    }

    /** An int tree that walks its nodes until it is hot, then runs its class. */
    static final class TieredI extends IExpr {
        private Ev code;
        private int runs;

        @Override
        long evI(Frame f) {
            Ev c = code;
            if (c != null) {
                return c.evI(f);
            }
            if (++runs == THRESHOLD) {
                code = generateOrNull(tree, -1, null);
            }
            return tree.eval(f);
        }
    }

    /** A comparison of two int trees that walks them until it is hot, then runs its class. */
    static final class TieredB extends BExpr {
        private Ev code;
        private int runs;

        @Override
        boolean evB(Frame f) {
            Ev c = code;
            if (c != null) {
                return c.evB(f);
            }
            if (++runs == THRESHOLD) {
                code = generateOrNull(x, compare, y);
            }
            long a = x.eval(f);
            return Fused.compare(compare, a, y.eval(f));
        }
    }

    /** The tree's class, or null when the JVM will not define it (the tree walks on, as Loops does). */
    private static Ev generateOrNull(Node tree, int compare, Node y) {
        try {
            return generate(tree, compare, y);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The evaluator compile describes, as a hidden class of its own. */
    private static Ev generate(Node tree, int compare, Node y) {
        List<Ev> leaves = new ArrayList<>();
        collect(tree, leaves);
        if (y != null) {
            collect(y, leaves);
        }
        boolean usesSlots = usesSlots(tree) || (y != null && usesSlots(y));
        boolean bool = y != null;
        Ev ev = (Ev) define(bool ? CD_BEV : CD_IEV, leaves, bool ? "evB" : "evI", bool ? EV_B : EV_I, code -> {
            if (usesSlots) {
                code.aload(FRAME);
                code.getfield(CD_FRAME, "l", ConstantDescs.CD_long.arrayType());
                code.astore(SLOTS);
            }
            int[] next = {0};
            emit(code, tree, null, next);
            if (!bool) {
                code.lreturn();
                return;
            }
            emit(code, y, null, next);
            Label no = code.newLabel();
            jumpUnless(code, compare, no);
            code.iconst_1();
            code.ireturn();
            code.labelBinding(no);
            code.iconst_0();
            code.ireturn();
        });
        if (ev instanceof IExpr ie) {
            ie.tree = tree;
        } else {
            BExpr be = (BExpr) ev;
            be.x = tree;
            be.compare = compare;
            be.y = y;
        }
        return ev;
    }

    /** The superclass of an int tree's class: the tree, for Loops (which emits it inline). */
    abstract static class IExpr extends Compiler.IEv {
        Node tree;
    }

    /** The superclass of a comparison's class: x compare y, for Loops. */
    abstract static class BExpr extends Compiler.BEv {
        Node x;
        int compare;
        Node y;
    }

    /**
     * The body of a function that is only {@code return tree}, with at most two int parameters, as a
     * Java method of those parameters (Calls' int call nodes run it without a frame when nothing
     * can look at one: see Interp.inline). A tree with a leaf (a call, a load through a
     * pointer, anything that could panic, allocate or enter the kernel) gets none: null.
     */
    static Pure pure(Node tree, int[] paramSlots) {
        if (hasLeaf(tree) || paramSlots.length > 2) {
            return null;
        }
        int[] local = new int[paramSlots.length];
        for (int i = 0; i < local.length; i++) {
            local[i] = 1 + 2 * i; // after this, two JVM locals per long
        }
        MethodTypeDesc type = MethodTypeDesc.of(ConstantDescs.CD_long,
                java.util.Collections.nCopies(paramSlots.length, ConstantDescs.CD_long));
        Pure p = (Pure) define(CD_PURE, List.of(), "call" + paramSlots.length, type, code -> {
            emit(code, tree, s -> {
                for (int i = 0; i < paramSlots.length; i++) {
                    if (paramSlots[i] == s) {
                        return local[i];
                    }
                }
                throw new IllegalStateException("slot " + s + " is no parameter");
            }, new int[] {0});
            code.lreturn();
        });
        p.tree = tree;
        p.params = paramSlots.clone();
        return p;
    }

    /** A function body that {@link #pure} made a method of its parameters. */
    abstract static class Pure {
        /** The body's tree and the parameters' slots in it (Loops inlines it). */
        Node tree;
        int[] params;

        long call0() {
            throw new IllegalStateException("arity");
        }

        long call1(long a) {
            throw new IllegalStateException("arity");
        }

        long call2(long a, long b) {
            throw new IllegalStateException("arity");
        }
    }

    /** A hidden class extending superclass with a field per leaf (set by its constructor) and one method. */
    private static Object define(ClassDesc superclass, List<Ev> leaves, String method, MethodTypeDesc type,
            java.util.function.Consumer<CodeBuilder> body) {
        byte[] bytes = ClassFile.of().build(CD_SELF, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(superclass);
            for (int i = 0; i < leaves.size(); i++) {
                cb.withField("e" + i, CD_EV, ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL);
            }
            cb.withMethodBody("<init>", INIT, 0, code -> {
                code.aload(0);
                code.invokespecial(superclass, "<init>", ConstantDescs.MTD_void);
                for (int i = 0; i < leaves.size(); i++) {
                    code.aload(0);
                    code.aload(1);
                    code.loadConstant(i);
                    code.aaload();
                    code.putfield(CD_SELF, "e" + i, CD_EV);
                }
                code.return_();
            });
            cb.withMethodBody(method, type, 0, body);
        });
        try {
            Class<?> c = hiddenClass(bytes);
            return c.getDeclaredConstructor(Ev[].class).newInstance((Object) leaves.toArray(new Ev[0]));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated expression class", e);
        }
    }

    /**
     * The hidden class of these bytes: one per distinct class file in the JVM (up to CACHED of
     * them), so that a program run again in the same JVM (the bench's rounds, the tests) runs the
     * code the JIT already compiled; what differs between runs (the leaves) is in the instances.
     */
    static Class<?> hiddenClass(byte[] bytes) throws IllegalAccessException {
        java.nio.ByteBuffer key = java.nio.ByteBuffer.wrap(bytes);
        Class<?> c = CLASSES.get(key);
        if (c == null) {
            c = LOOKUP.defineHiddenClass(bytes, true).lookupClass();
            if (CLASSES.size() < CACHED) {
                Class<?> old = CLASSES.putIfAbsent(key, c);
                c = old != null ? old : c;
            }
        }
        return c;
    }

    private static final int CACHED = 4096;
    /** Looked up, never iterated. */
    private static final java.util.concurrent.ConcurrentHashMap<java.nio.ByteBuffer, Class<?>> CLASSES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean hasLeaf(Node n) {
        return n instanceof Leaf || n instanceof Op o && (hasLeaf(o.x()) || hasLeaf(o.y()));
    }

    private static void collect(Node n, List<Ev> leaves) {
        switch (n) {
            case Leaf l -> leaves.add(l.ev());
            case Op o -> {
                collect(o.x(), leaves);
                collect(o.y(), leaves);
            }
            default -> {
            }
        }
    }

    private static boolean usesSlots(Node n) {
        return n instanceof Slot || n instanceof Op o && (usesSlots(o.x()) || usesSlots(o.y()));
    }

    /**
     * Pushes n's long value; leaves are numbered left to right, the order collect gave their fields;
     * slots are read from the frame, or with locals from the JVM locals it gives for them.
     */
    private static void emit(CodeBuilder code, Node n, java.util.function.IntUnaryOperator locals, int[] next) {
        emitTree(code, n, m -> {
            switch (m) {
                case Slot s when locals != null -> code.lload(locals.applyAsInt(s.slot()));
                case Slot s -> {
                    code.aload(SLOTS);
                    code.loadConstant(s.slot());
                    code.laload();
                }
                default -> {
                    code.aload(0);
                    code.getfield(CD_SELF, "e" + next[0]++, CD_EV);
                    code.aload(FRAME);
                    code.invokevirtual(CD_EV, "evI", EV_I);
                }
            }
        });
    }

    /**
     * Pushes n's long value: constants and operators here, every other node (a slot, a leaf) by
     * operand, left to right.
     */
    static void emitTree(CodeBuilder code, Node n, java.util.function.Consumer<Node> operand) {
        switch (n) {
            case Const k -> code.loadConstant(k.value());
            case Op o -> {
                emitTree(code, o.x(), operand);
                if (o.op() == Fused.SHL || o.op() == Fused.SHR) {
                    code.loadConstant((int) ((Const) o.y()).value());
                    if (o.op() == Fused.SHL) {
                        code.lshl();
                    } else {
                        code.lshr();
                    }
                    return;
                }
                emitTree(code, o.y(), operand);
                switch (o.op()) {
                    case Fused.ADD -> code.ladd();
                    case Fused.SUB -> code.lsub();
                    case Fused.MUL -> code.lmul();
                    case Fused.AND -> code.land();
                    case Fused.OR -> code.lor();
                    case Fused.XOR -> code.lxor();
                    case Fused.AND_NOT -> {
                        code.loadConstant(-1L);
                        code.lxor();
                        code.land();
                    }
                    case Fused.QUO -> code.ldiv();
                    default -> code.lrem();
                }
            }
            default -> operand.accept(n);
        }
    }

    /** Jumps to target when x compare y is false (the two longs on the stack). */
    static void jumpUnless(CodeBuilder code, int compare, Label target) {
        code.lcmp();
        switch (compare) {
            case Fused.LSS -> code.ifge(target);
            case Fused.LEQ -> code.ifgt(target);
            case Fused.GTR -> code.ifle(target);
            case Fused.GEQ -> code.iflt(target);
            case Fused.EQL -> code.ifne(target);
            default -> code.ifeq(target);
        }
    }
}
