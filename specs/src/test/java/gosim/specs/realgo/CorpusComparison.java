package gosim.specs.realgo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The corpus-wide real-Go comparison, for the simulator's test to call once `gosim run` works:
 * {@code CorpusComparison.run(go, ex -> simulate(ex))} runs every example under real Go and under
 * the simulator (which must run the file as NAME.go, so that stack file names match) and returns the
 * differences per example; every list empty means the simulator agrees with real Go.
 */
public final class CorpusComparison {
    private CorpusComparison() {
    }

    /** Differences per example name, sorted by name. */
    public static Map<String, List<Difference>> run(RealGo go, Function<Corpus.Example, RunOutput> simulator) {
        Map<String, List<Difference>> out = new TreeMap<>();
        for (Corpus.Example ex : Corpus.all()) {
            RunOutput real = go.run(ex).output();
            out.put(ex.name(), Comparison.compare(ex.name(), real, simulator.apply(ex)));
        }
        return out;
    }
}
