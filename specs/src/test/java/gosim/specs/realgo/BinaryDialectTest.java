package gosim.specs.realgo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * encoding/binary's varints in the default dialect, where they differ from Go 1.19 (whose output
 * for these calls the language program lang/binary.go compares with real Go): go1.7 varint.go's
 * Uvarint (60-74) and ReadUvarint (106-123) read on to the varint's last byte however long it is
 * and report the overflow there (12 bytes: n = -12), where 1.19 stops at the 11th (-11). The go1.7
 * outputs are derived from those lines; the 1.19 ones are what real Go 1.19.8 printed (go run).
 */
class BinaryDialectTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            package main

            import (
            \t"bytes"
            \t"encoding/binary"
            \t"fmt"
            )

            func main() {
            \tlong := []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01}
            \tfmt.Println(binary.Uvarint(long))
            \tr := bytes.NewReader(long)
            \t_, err := binary.ReadUvarint(r)
            \tfmt.Println(err, r.Len())
            }
            """;

    @Test
    void longVarintsOverflowWhereTheDialectSays() throws IOException {
        RunOutput old = GosimRun.run(dir, "varint.go", PROGRAM);
        assertEquals("0 -12\nbinary: varint overflows a 64-bit integer 0\n", old.stdout(), old.stderr());
        RunOutput now = GosimRun.run(dir, "varint.go", PROGRAM, "-go", "1.19");
        assertEquals("0 -11\nbinary: varint overflows a 64-bit integer 2\n", now.stdout(), now.stderr());
    }
}
