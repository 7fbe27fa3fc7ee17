package gosim.pprof.http;

import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The pieces of Go's standard library whose exact behaviour net/http/pprof's answers depend on:
 * strconv.Atoi/ParseInt/ParseUint (base 0) as used with their errors ignored, url.ParseQuery's
 * first value (Request.FormValue on a query), fmt.Fprintf of a format with no arguments,
 * and html/template's escaping of the index page (text and URL-attribute contexts).
 */
final class GoText {
    private GoText() {
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * {@code v, _ := strconv.ParseInt(s, 10, 64)}: 0 on a syntax error, the int64 limit of the
     * right sign when out of range (what ParseInt returns with ErrRange).
     */
    static long parseInt(String s) {
        if (s == null || !DECIMAL.matcher(s).matches()) {
            return 0;
        }
        BigInteger v = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
        if (v.bitLength() > 63) {
            return v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return v.longValueExact();
    }

    /** {@code v, _ := strconv.Atoi(s)} on 64-bit Go, reduced to a Java int keeping its sign and size class. */
    static int atoi(String s) {
        long v = parseInt(s);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /**
     * {@code v, _ := strconv.ParseUint(s, 0, 64)} of Go 1.7: "0x" hex, leading "0" octal, else
     * decimal; 0 on a syntax error; 2^64-1 when out of range. The result is a uint64 in a long.
     */
    static long parseUint0(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        int radix = 10;
        String digits = s;
        if (s.length() >= 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
            radix = 16;
            digits = s.substring(2);
        } else if (s.length() >= 2 && s.charAt(0) == '0') {
            radix = 8;
            digits = s.substring(1);
        }
        if (digits.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 0x7f) {
                return 0;
            }
        }
        BigInteger v = new BigInteger(digits, radix);
        if (v.compareTo(MAX_UINT64) > 0) {
            return -1L; // 2^64-1
        }
        return v.longValue();
    }

    /**
     * r.FormValue(key) for a request whose form is its URL query: the first value of key,
     * decoded, or "" (url.ParseQuery of Go 1.7 splits on '&' and ';').
     */
    static String formValue(String rawQuery, String key) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        for (String pair : rawQuery.split("[&;]")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                if (URLDecoder.decode(k, StandardCharsets.UTF_8).equals(key)) {
                    return URLDecoder.decode(v, StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException badEscape) {
                // url.ParseQuery skips a pair it cannot unescape.
            }
        }
        return "";
    }

    /**
     * fmt.Sprintf(format) with no arguments, as Cmdline's {@code fmt.Fprintf(w, strings.Join(...))}
     * does: "%%" prints "%", any other verb "%!v(MISSING)" (flags, width and precision dropped), a
     * trailing "%" (after optional flags) "%!(NOVERB)".
     */
    static String sprintfNoArgs(String format) {
        StringBuilder sb = new StringBuilder(format.length());
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i++);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            while (i < n && "+-# 0".indexOf(format.charAt(i)) >= 0) {
                i++;
            }
            while (i < n && (Character.isDigit(format.charAt(i)) || format.charAt(i) == '.')) {
                i++;
            }
            if (i >= n) {
                sb.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                sb.append('%');
            } else {
                sb.append("%!").appendCodePoint(verb).append("(MISSING)");
            }
        }
        return sb.toString();
    }

    /** html/template's escaping of a value in HTML text (htmlEscaper). */
    static String htmlText(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case 0 -> sb.append('\uFFFD');
                case '"' -> sb.append("&#34;");
                case '&' -> sb.append("&amp;");
                case '\'' -> sb.append("&#39;");
                case '+' -> sb.append("&#43;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * html/template's escaping of a value at the start of a URL in a double-quoted attribute
     * (urlFilter, urlNormalizer, then attribute escaping): a scheme other than http, https or
     * mailto becomes "#ZgotmplZ"; bytes outside URL syntax are %-encoded.
     */
    static String urlAttr(String s) {
        int colon = s.indexOf(':');
        if (colon >= 0 && s.substring(0, colon).indexOf('/') < 0) {
            String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
                return "#ZgotmplZ";
            }
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!#$&'()*+,/:;=?@[]%".indexOf(c) >= 0);
            if (keep) {
                switch (c) {
                    case '&' -> sb.append("&amp;");
                    case '\'' -> sb.append("&#39;");
                    case '+' -> sb.append("&#43;");
                    default -> sb.append((char) c);
                }
            } else {
                sb.append('%').append(String.format("%02x", c));
            }
        }
        return sb.toString();
    }
}
