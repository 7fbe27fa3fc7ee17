package gosim.specs.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void hello() {
        assertEquals("hello, world 42\n", GoRun.out("fmt.Println(\"hello, world\", 42)"));
    }
}
