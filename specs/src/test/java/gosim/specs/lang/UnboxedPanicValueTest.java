package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The panic report never stops with a Java exception when a value that should be an interface is
 * not boxed (issue16870.go's select-assigned ok once was a raw Boolean, and printing its panic threw
 * ClassCastException in Fmt.panicValue and, under -go 1.19, in ArgWords).
 */
class UnboxedPanicValueTest {
    @Test
    void panicValuePrintsAnUnboxedValueAsPrintDoes() {
        assertEquals("false", Fmt.panicValue(Boolean.FALSE, o -> 0));
        assertEquals("+1.500000e+000", Fmt.panicValue(1.5, o -> 0));
        assertEquals("true", Fmt.panicValue(new Values.Iface(Types.BOOL, true), o -> 0));
    }

    @Test
    void argumentWordsOfAnUnboxedInterfaceArgument() {
        Interp.Fn fn = new Interp.Fn(new FuncInfo("main.f", "x.go", 1, 1), null);
        fn.paramTypes = new Type[] {Types.EMPTY_INTERFACE};
        // type word 0, data word the value's address
        assertArrayEquals(new long[] {0, 0x77}, ArgWords.of(fn, new Object[] {Boolean.TRUE}, o -> 0x77));
        long[] typed = ArgWords.of(fn, new Object[] {new Values.Iface(Types.BOOL, true)}, o -> 0x77);
        assertArrayEquals(new long[] {0x77, 0x77}, typed);
    }
}
