package gosim.mprof;

/** The (n int, ok bool) pair every Go record API returns. */
public record ProfileResult(int n, boolean ok) {
}
