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
 */
final class Bytecode {
    private Bytecode() {
    }

    /** A node of an operator tree: a local int slot, a constant, another evaluator, or an operator. */
    sealed interface Node {
    }

    record Slot(int slot) implements Node {
    }

    record Const(long value) implements Node {
    }

    record Leaf(Ev ev) implements Node {
    }

    /** op is one of Fused's codes; shift counts are constants in [0, 64) and divisors non-zero constants. */
    record Op(int op, Node x, Node y) implements Node {
    }

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final ClassDesc CD_SELF = ClassDesc.of("gosim.specs.lang.Bytecode$Expr");
    private static final ClassDesc CD_FRAME = ClassDesc.of("gosim.specs.lang.Frame");
    private static final ClassDesc CD_EV = ClassDesc.of("gosim.specs.lang.Compiler$Ev");
    private static final ClassDesc CD_IEV = ClassDesc.of("gosim.specs.lang.Compiler$IEv");
    private static final ClassDesc CD_PURE = ClassDesc.of("gosim.specs.lang.Bytecode$Pure");
    private static final ClassDesc CD_BEV = ClassDesc.of("gosim.specs.lang.Compiler$BEv");
    private static final MethodTypeDesc EV_I = MethodTypeDesc.of(ConstantDescs.CD_long, CD_FRAME);
    private static final MethodTypeDesc EV_B = MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_FRAME);
    private static final MethodTypeDesc INIT = MethodTypeDesc.of(ConstantDescs.CD_void, CD_EV.arrayType());
    /** Local variable numbers of the generated evI/evB: this, the frame, the frame's scalar slots. */
    private static final int FRAME = 1;
    private static final int SLOTS = 2;

    /**
     * An evaluator of tree (an int-valued operator) or, when compare is one of Fused's comparison
     * codes, of {@code x compare y} for the two operand trees.
     */
    static Ev compile(Node tree, int compare, Node y) {
        List<Ev> leaves = new ArrayList<>();
        collect(tree, leaves);
        if (y != null) {
            collect(y, leaves);
        }
        boolean usesSlots = usesSlots(tree) || (y != null && usesSlots(y));
        boolean bool = y != null;
        return (Ev) define(bool ? CD_BEV : CD_IEV, leaves, bool ? "evB" : "evI", bool ? EV_B : EV_I, code -> {
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
            code.lcmp();
            Label yes = code.newLabel();
            switch (compare) {
                case Fused.LSS -> code.iflt(yes);
                case Fused.LEQ -> code.ifle(yes);
                case Fused.GTR -> code.ifgt(yes);
                case Fused.GEQ -> code.ifge(yes);
                case Fused.EQL -> code.ifeq(yes);
                default -> code.ifne(yes);
            }
            code.iconst_0();
            code.ireturn();
            code.labelBinding(yes);
            code.iconst_1();
            code.ireturn();
        });
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
        return (Pure) define(CD_PURE, List.of(), "call" + paramSlots.length, type, code -> {
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
    }

    /** A function body that {@link #pure} made a method of its parameters. */
    abstract static class Pure {
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
            Class<?> c = LOOKUP.defineHiddenClass(bytes, true).lookupClass();
            return c.getDeclaredConstructor(Ev[].class).newInstance((Object) leaves.toArray(new Ev[0]));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated expression class", e);
        }
    }

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
        switch (n) {
            case Slot s when locals != null -> code.lload(locals.applyAsInt(s.slot()));
            case Slot s -> {
                code.aload(SLOTS);
                code.loadConstant(s.slot());
                code.laload();
            }
            case Const k -> code.loadConstant(k.value());
            case Leaf l -> {
                code.aload(0);
                code.getfield(CD_SELF, "e" + next[0]++, CD_EV);
                code.aload(FRAME);
                code.invokevirtual(CD_EV, "evI", EV_I);
            }
            case Op o -> {
                emit(code, o.x(), locals, next);
                if (o.op() == Fused.SHL || o.op() == Fused.SHR) {
                    code.loadConstant((int) ((Const) o.y()).value());
                    if (o.op() == Fused.SHL) {
                        code.lshl();
                    } else {
                        code.lshr();
                    }
                    return;
                }
                emit(code, o.y(), locals, next);
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
        }
    }
}
