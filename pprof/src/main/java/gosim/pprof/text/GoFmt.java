package gosim.pprof.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The few fmt verbs runtime/pprof's text formats use (fmt/print.go, fmt/format.go): {@code %#x}
 * of a uintptr, {@code %d} of a uint64 and of a [N]uint64 array, {@code %v} of a bool.
 */
public final class GoFmt {
    private GoFmt() {
    }

    /** {@code %#x} of a uintptr/uint64: "0x" and lower-case hex digits, so 0 gives "0x0". */
    public static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** Appends {@code %#x} of v. */
    public static StringBuilder appendHex(StringBuilder sb, long v) {
        return sb.append("0x").append(Long.toHexString(v));
    }

    /** {@code %d} of a uint64: the value read as unsigned. */
    public static String uint(long v) {
        return Long.toUnsignedString(v);
    }

    /** {@code %d} of a [N]uint64 array: the elements separated by spaces, in brackets. */
    public static String uintArray(long[] a) {
        StringBuilder sb = new StringBuilder(2 + a.length * 2);
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Long.toUnsignedString(a[i]));
        }
        return sb.append(']').toString();
    }

    /** Go's string bytes of a Java string (Go strings hold UTF-8). */
    public static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Go's {@code <} on strings: byte-wise comparison of the UTF-8 encodings, which differs from
     * {@link String#compareTo} (UTF-16 code units) for characters above U+FFFF.
     */
    public static int compareStrings(String a, String b) {
        return Arrays.compareUnsigned(bytes(a), bytes(b));
    }
}
