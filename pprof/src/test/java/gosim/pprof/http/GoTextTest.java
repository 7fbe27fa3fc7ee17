package gosim.pprof.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The Go library behaviour net/http/pprof's answers rely on, from Go's documented rules. */
class GoTextTest {
    @Test
    void parseIntIgnoringErrorsAsTheHandlersDo() {
        assertEquals(30, GoText.parseInt("30"));
        assertEquals(5, GoText.parseInt("+5"));
        assertEquals(-2, GoText.parseInt("-2"));
        // Syntax errors give 0 (and the handlers then use their defaults).
        assertEquals(0, GoText.parseInt(""));
        assertEquals(0, GoText.parseInt("1.5"));
        assertEquals(0, GoText.parseInt(" 1"));
        assertEquals(0, GoText.parseInt("0x10"));
        // Out of range: ParseInt returns the int64 limit with ErrRange.
        assertEquals(Long.MAX_VALUE, GoText.parseInt("99999999999999999999"));
        assertEquals(Long.MIN_VALUE, GoText.parseInt("-99999999999999999999"));
        assertEquals(Integer.MAX_VALUE, GoText.atoi("99999999999"), "a huge debug level is still a high one");
    }

    @Property
    void parseIntOfAnyLongsDecimalIsThatLong(@ForAll long v) {
        assertEquals(v, GoText.parseInt(Long.toString(v)));
    }

    @Test
    void parseUintBase0() {
        assertEquals(0x401000L, GoText.parseUint0("0x401000"));
        assertEquals(0x401000L, GoText.parseUint0("0X401000"));
        assertEquals(8, GoText.parseUint0("010"), "leading 0 is octal");
        assertEquals(10, GoText.parseUint0("10"));
        assertEquals(0, GoText.parseUint0("0"));
        assertEquals(0, GoText.parseUint0("0x"));
        assertEquals(0, GoText.parseUint0("09"), "9 is not an octal digit");
        assertEquals(0, GoText.parseUint0("-1"), "no sign in ParseUint");
        assertEquals(0, GoText.parseUint0("0x1_0"), "no underscores before Go 1.13");
        assertEquals(-1L, GoText.parseUint0("0xffffffffffffffff"));
        assertEquals(-1L, GoText.parseUint0("0x10000000000000000"), "out of range: max uint64");
    }

    @Test
    void formValueTakesTheFirstDecodedValue() {
        assertEquals("1", GoText.formValue("debug=1&gc=1", "debug"));
        assertEquals("1", GoText.formValue("gc=2;debug=1", "debug"), "Go 1.7 also splits on ';'");
        assertEquals("a b", GoText.formValue("x=a+b&x=c", "x"));
        assertEquals("", GoText.formValue("debug", "seconds"));
        assertEquals("", GoText.formValue(null, "debug"));
        assertEquals("", GoText.formValue("debug", "debug"));
        assertEquals("7", GoText.formValue("bad=%zz&debug=7", "debug"), "a pair that cannot be unescaped is skipped");
    }

    @Test
    void fprintfWithoutArguments() {
        assertEquals("plain", GoText.sprintfNoArgs("plain"));
        assertEquals("100%", GoText.sprintfNoArgs("100%%"));
        assertEquals("100%!(NOVERB)", GoText.sprintfNoArgs("100%"));
        assertEquals("%!d(MISSING) %!s(MISSING)", GoText.sprintfNoArgs("%d %-5.2s"));
        assertEquals("a\u0000b", GoText.sprintfNoArgs("a\u0000b"));
    }

    @Test
    void htmlTemplateEscaping() {
        assertEquals("a&lt;b&gt;&amp;&#34;c&#39;&#43;", GoText.htmlText("a<b>&\"c'+"));
        assertEquals("heap", GoText.urlAttr("heap"));
        assertEquals("my%20prof", GoText.urlAttr("my prof"));
        assertEquals("a&amp;b", GoText.urlAttr("a&b"));
        assertEquals("caf%c3%a9", GoText.urlAttr("café"));
        assertEquals("#ZgotmplZ", GoText.urlAttr("javascript:alert(1)"));
        assertEquals("http://x/", GoText.urlAttr("http://x/"));
        assertEquals("a/b:c", GoText.urlAttr("a/b:c"), "a colon after a slash is no scheme");
    }
}
