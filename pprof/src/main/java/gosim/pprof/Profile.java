package gosim.pprof;

import gosim.mprof.StackRecord;
import gosim.pprof.text.GoSort;
import gosim.pprof.text.TextProfiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * runtime/pprof.Profile of Go 1.7 (seed 004, pprof.go: Profile.Name, Count, Add, Remove,
 * WriteTo): a named set of stacks, each recorded for one value. The four predefined profiles
 * read the runtime through the registry's source and cannot be added to.
 */
public final class Profile {
    /** Add records at most this many PCs (its stk := make([]uintptr, 32)). */
    public static final int MAX_STACK = StackRecord.MAX_STACK;

    private final String name;
    private final Profiles registry;
    /** Built-in profiles have a writer; user profiles keep their stacks here (null if built-in). */
    private final Builtin builtin;
    private final Map<Object, long[]> m;

    /** How each predefined profile counts and writes itself. */
    enum Builtin {
        GOROUTINE, THREADCREATE, HEAP, BLOCK
    }

    Profile(String name, Profiles registry, Builtin builtin) {
        this.name = Objects.requireNonNull(name);
        this.registry = Objects.requireNonNull(registry);
        this.builtin = builtin;
        this.m = builtin == null ? new LinkedHashMap<>() : null;
    }

    /** Name: the name {@link Profiles#lookup} finds this profile under. */
    public String name() {
        return name;
    }

    /** True for goroutine, threadcreate, heap and block. */
    public boolean isBuiltin() {
        return builtin != null;
    }

    /** Count: the number of stacks in the profile now. */
    public int count() {
        if (builtin != null) {
            return registry.count(builtin);
        }
        synchronized (this) {
            return m.size();
        }
    }

    /**
     * Add: records the calling goroutine's stack for {@code value} (compared with equals; null
     * is a value too). {@code skip} is runtime.Callers' skip counted from Add's caller: 0 starts
     * the stack at the call to Add. Panics (ProfilePanic) on a built-in profile or a value that
     * is already in the profile.
     */
    public void add(Object value, int skip) {
        if (builtin != null) {
            throw new ProfilePanic("pprof: Add called on built-in Profile " + name);
        }
        long[] stk = new long[MAX_STACK];
        int n = registry.callers().callers(skip + 1, stk);
        if (n < 0 || n > stk.length) {
            throw new IllegalStateException("runtime.Callers returned " + n + " for room of " + stk.length);
        }
        long[] recorded = Arrays.copyOf(stk, n);
        synchronized (this) {
            if (m.containsKey(value)) {
                throw new ProfilePanic("pprof: Profile.Add of duplicate value");
            }
            m.put(value, recorded);
        }
    }

    /**
     * Remove: forgets the stack recorded for {@code value}; a no-op if there is none. On a
     * built-in profile it is a no-op too: Go 1.7 deletes from the nil map those profiles have,
     * which does nothing (its documentation says it panics; the code never did).
     */
    public void remove(Object value) {
        if (builtin != null) {
            return;
        }
        synchronized (this) {
            m.remove(value);
        }
    }

    /**
     * WriteTo: writes the profile in Go 1.7's text format. debug 0 prints only the addresses
     * pprof needs; debug 1 adds comments with function, file and line; for goroutine, debug 2
     * prints the stacks of all goroutines as an unrecovered panic would. An IOException from
     * {@code w} is thrown (after what could be written was written), never swallowed.
     */
    public void writeTo(OutputStream w, int debug) throws IOException {
        Objects.requireNonNull(w, "writer");
        if (builtin != null) {
            registry.write(builtin, w, debug);
            return;
        }
        // Map order is not part of the output: stacks() sorts them.
        TextProfiles.printCountProfile(w, debug, name, stacks(), registry.symtab());
    }

    /**
     * A snapshot of a user profile's stacks in WriteTo's order (sorted as stackProfile sorts
     * them), for encoders other than the text one; empty for a built-in profile.
     */
    List<long[]> stacks() {
        if (builtin != null) {
            return List.of();
        }
        List<long[]> all;
        synchronized (this) {
            all = new ArrayList<>(m.values());
        }
        GoSort.sort(all, TextProfiles::stackLess);
        return all;
    }

    /** WriteTo onto a character stream: the same bytes, decoded as UTF-8. */
    public void writeTo(Writer w, int debug) throws IOException {
        Objects.requireNonNull(w, "writer");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeTo(bytes, debug);
        w.write(bytes.toString(StandardCharsets.UTF_8));
    }

    /** The profile as text, for tests and tools. */
    public String toText(int debug) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeTo(bytes, debug);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "pprof.Profile(" + name + ")";
    }
}
