package gosim.specs.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The cooked table of math/rand (resource math/rand/rngcooked.txt) is rng.go's rngCooked, checked
 * against the Go 1.19 distribution's source when it is installed (the streams themselves are
 * checked against real Go by StdlibGoldenTest's math_rand.go).
 */
class RngCookedTest {
    @Test
    void tableIsGo119sRngCooked() throws IOException {
        Path rng = Path.of("/usr/share/go-1.19/src/math/rand/rng.go");
        Assumptions.assumeTrue(Files.exists(rng), "Go 1.19 sources not installed at " + rng);
        String src = Files.readString(rng);
        int at = src.indexOf("rngCooked [rngLen]int64");
        String body = src.substring(src.indexOf('{', at) + 1, src.indexOf('}', at));
        List<String> want = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("-?\\d+").matcher(body);
        while (m.find()) {
            want.add(m.group());
        }
        List<String> have;
        try (var in = RngCookedTest.class.getResourceAsStream("/gosim/stdlib/math/rand/rngcooked.txt")) {
            have = new String(in.readAllBytes()).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals(607, want.size());
        assertEquals(want, have);
    }
}
