package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** FuncInfo's written-out equals and hashCode keep the record's meaning: all four components. */
class FuncInfoTest {
    @Test
    void equalExactlyWhenEveryComponentIs() {
        FuncInfo f = new FuncInfo("main.worker", "/tmp/park.go", 5, 8);
        FuncInfo same = new FuncInfo(new String("main.worker"), new String("/tmp/park.go"), 5, 8);
        assertEquals(f, same);
        assertEquals(f.hashCode(), same.hashCode());
        assertNotEquals(f, new FuncInfo("main.other", "/tmp/park.go", 5, 8));
        assertNotEquals(f, new FuncInfo("main.worker", "/tmp/other.go", 5, 8));
        assertNotEquals(f, new FuncInfo("main.worker", "/tmp/park.go", 6, 8));
        assertNotEquals(f, new FuncInfo("main.worker", "/tmp/park.go", 5, 9));
        assertNotEquals(f, null);
        FuncInfo nulls = new FuncInfo(null, null, 1, 1);
        assertEquals(nulls, new FuncInfo(null, null, 1, 1));
        assertEquals(nulls.hashCode(), new FuncInfo(null, null, 1, 1).hashCode());
        assertNotEquals(nulls, FuncInfo.NIL_GO);
    }
}
