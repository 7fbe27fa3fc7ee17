package gosim.sim;

/**
 * The Go release whose behaviour the model reproduces. Version-dependent choices (formats,
 * accounting, sampling) are looked up here so that a dialect is a table, not a fork.
 */
public enum GoVersion {
    GO1_0(1, 0),
    GO1_7(1, 7),
    GO1_19(1, 19);

    /** The reference release (REFERENCE.md). */
    public static final GoVersion DEFAULT = GO1_7;

    private final int major;
    private final int minor;

    GoVersion(int major, int minor) {
        this.major = major;
        this.minor = minor;
    }

    /** True when this release is {@code 1.minor} or newer. */
    public boolean atLeast(int minor) {
        return this.minor >= minor;
    }

    @Override
    public String toString() {
        return "go" + major + "." + minor;
    }

    /** Parses "1.7", "go1.7" or "GO1_7"; throws IllegalArgumentException naming the choices. */
    public static GoVersion parse(String s) {
        String t = s.trim().toLowerCase().replace("go", "").replace('_', '.');
        for (GoVersion v : values()) {
            if ((v.major + "." + v.minor).equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown Go version \"" + s + "\" (known: 1.0, 1.7, 1.19)");
    }
}
