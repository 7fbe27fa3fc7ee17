package gosim.specs.cli;

/** Parses durations the way time.ParseDuration reads simple ones ("90s", "1h", "250ms") and byte sizes. */
final class Durations {
    private Durations() {
    }

    static long parse(String flag, String v) throws RunOptions.UsageException {
        String[][] units = {{"ns", "1"}, {"us", "1000"}, {"µs", "1000"}, {"ms", "1000000"}, {"s", "1000000000"},
            {"m", "60000000000"}, {"h", "3600000000000"}};
        // The longest unit that ends the string: "ms" rather than "s".
        String best = null;
        long mult = 0;
        for (String[] u : units) {
            if (v.endsWith(u[0]) && (best == null || u[0].length() > best.length())) {
                best = u[0];
                mult = Long.parseLong(u[1]);
            }
        }
        if (best == null) {
            throw new RunOptions.UsageException("invalid value \"" + v + "\" for flag " + flag
                    + ": missing unit in duration (ns, us, ms, s, m, h)");
        }
        try {
            double n = Double.parseDouble(v.substring(0, v.length() - best.length()));
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return (long) (n * mult);
        } catch (NumberFormatException e) {
            throw new RunOptions.UsageException("invalid value \"" + v + "\" for flag " + flag + ": bad duration");
        }
    }

    static long parseBytes(String flag, String v) throws RunOptions.UsageException {
        String s = v.trim();
        long mult = 1;
        String lower = s.toLowerCase();
        for (String[] u : new String[][] {{"gib", "1073741824"}, {"mib", "1048576"}, {"kib", "1024"},
            {"g", "1073741824"}, {"m", "1048576"}, {"k", "1024"}}) {
            if (lower.endsWith(u[0])) {
                mult = Long.parseLong(u[1]);
                s = s.substring(0, s.length() - u[0].length());
                break;
            }
        }
        try {
            long n = Long.parseLong(s.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, mult);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RunOptions.UsageException("invalid value \"" + v + "\" for flag " + flag + ": bad size");
        }
    }
}
