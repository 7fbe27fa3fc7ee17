package gosim.specs.lang;

import gosim.specs.lang.Types.*;
import java.util.List;

/** The universe scope: models go/types universe.go (predeclared types, constants, nil and builtins). */
final class Universe implements Objects {

    static final Const IOTA = new Const("iota", null, Types.UNTYPED_INT, null);
    static final Scope SCOPE = new Scope(null);

    static {
        Object[][] types = {{"bool", Types.BOOL}, {"int", Types.INT}, {"int8", Types.INT8}, {"int16", Types.INT16},
            {"int32", Types.INT32}, {"int64", Types.INT64}, {"uint", Types.UINT}, {"uint8", Types.UINT8},
            {"uint16", Types.UINT16}, {"uint32", Types.UINT32}, {"uint64", Types.UINT64},
            {"uintptr", Types.UINTPTR}, {"float32", Types.FLOAT32}, {"float64", Types.FLOAT64}, {"complex64", Types.COMPLEX64}, {"complex128", Types.COMPLEX128}, {"string", Types.STRING},
            {"byte", Types.BYTE}, {"rune", Types.RUNE}, {"error", Types.ERROR},
            {"any", Types.EMPTY_INTERFACE}};
        for (Object[] t : types) {
            SCOPE.names.put((String) t[0], new TypeName((String) t[0], null, (Type) t[1]));
        }
        for (String b : List.of("append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new", "panic", "print",
                "println", "real", "recover")) {
            SCOPE.names.put(b, new Builtin(b));
        }
        SCOPE.names.put("true", new Const("true", null, Types.UNTYPED_BOOL, Boolean.TRUE));
        SCOPE.names.put("false", new Const("false", null, Types.UNTYPED_BOOL, Boolean.FALSE));
        SCOPE.names.put("nil", new NilObj());
        SCOPE.names.put("iota", IOTA);
        for (String b : List.of("min", "max", "clear")) {
            SCOPE.names.put(b, new Builtin(b));
        }
    }

    private Universe() {
    }
}
