package gosim.specs.junit;

import java.util.LinkedHashMap;
import java.util.Map;

/** The text of a replay key, "seed=17,gomaxprocs=2[,strategy=S][,noise=N]": formatting and parsing. */
final class RunKey {
    private RunKey() {
    }

    static String of(long seed, int gomaxprocs, String strategy, String noise) {
        StringBuilder b = new StringBuilder("seed=").append(seed).append(",gomaxprocs=").append(gomaxprocs);
        if (!strategy.isEmpty()) {
            b.append(",strategy=").append(strategy);
        }
        if (!noise.isEmpty()) {
            b.append(",noise=").append(noise);
        }
        return b.toString();
    }

    /** Parses a replay key; unknown or missing keys are errors that quote the key. */
    static Map<String, String> parse(String key) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : key.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2 || !java.util.Set.of("seed", "gomaxprocs", "strategy", "noise").contains(kv[0].trim())) {
                throw bad(key, "unknown part \"" + part.trim() + "\"");
            }
            m.put(kv[0].trim(), kv[1].trim());
        }
        if (!m.containsKey("seed") || !m.containsKey("gomaxprocs")) {
            throw bad(key, "it needs seed= and gomaxprocs=");
        }
        try {
            Long.parseLong(m.get("seed"));
            int p = Integer.parseInt(m.get("gomaxprocs"));
            if (p < 1 || p > 256) {
                throw bad(key, "gomaxprocs must be 1..256");
            }
        } catch (NumberFormatException e) {
            throw bad(key, "seed and gomaxprocs must be integers");
        }
        return m;
    }

    private static IllegalArgumentException bad(String key, String why) {
        return new IllegalArgumentException("gosim: bad @GoTest(replay = \"" + key + "\"): " + why
                + " (expected \"seed=17,gomaxprocs=2\")");
    }
}
