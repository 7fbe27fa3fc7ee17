package gosim.pprof;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import static gosim.pprof.TestRuntime.F_31;
import static gosim.pprof.TestRuntime.GOEXIT;
import static gosim.pprof.TestRuntime.MAIN_12;
import static gosim.pprof.TestRuntime.RTMAIN_185;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry and Profile API of Go 1.7's runtime/pprof (seed 004). */
class ProfilesTest {
    private final TestRuntime rt = new TestRuntime();
    /** The stack the fake runtime.Callers hands out next, and the skips it was asked for. */
    private long[] nextStack = {F_31, MAIN_12, RTMAIN_185, GOEXIT};
    private final List<Integer> skips = new ArrayList<>();
    private final Profiles profiles = new Profiles(rt.symtab, rt, (skip, pc) -> {
        skips.add(skip);
        System.arraycopy(nextStack, 0, pc, 0, nextStack.length);
        return nextStack.length;
    });

    private static String names(List<Profile> ps) {
        return String.join(",", ps.stream().map(Profile::name).toList());
    }

    @Test
    void predefinedProfilesExistSortedByName() {
        assertEquals("block,goroutine,heap,threadcreate", names(profiles.profiles()));
        for (Profile p : profiles.profiles()) {
            assertTrue(p.isBuiltin());
            assertSame(p, profiles.lookup(p.name()).orElseThrow());
        }
        assertTrue(profiles.lookup("mutex").isEmpty(), "Go 1.7 has no mutex profile");
    }

    @Test
    void newProfileJoinsTheSortedList() {
        profiles.newProfile("zzz");
        profiles.newProfile("a.b/conns");
        Profile p = profiles.newProfile("heapish");
        assertEquals("a.b/conns,block,goroutine,heap,heapish,threadcreate,zzz", names(profiles.profiles()));
        assertSame(p, profiles.lookup("heapish").orElseThrow());
        assertEquals("heapish", p.name());
        assertFalse(p.isBuiltin());
    }

    @Test
    void namesSortAsGoStringsByUtf8Bytes() {
        // U+FFFD is EF BF BD in UTF-8, U+1F600 is F0 9F 98 80: Go puts U+FFFD first, while
        // String.compareTo (UTF-16: FFFD vs D83D) would put the emoji first.
        profiles.newProfile("\uD83D\uDE00");
        profiles.newProfile("\uFFFD");
        assertEquals("block,goroutine,heap,threadcreate,\uFFFD,\uD83D\uDE00", names(profiles.profiles()));
    }

    @Test
    void newProfilePanicsWithGoMessages() {
        ProfilePanic empty = assertThrows(ProfilePanic.class, () -> profiles.newProfile(""));
        assertEquals("pprof: NewProfile with empty name", empty.getMessage());
        ProfilePanic builtin = assertThrows(ProfilePanic.class, () -> profiles.newProfile("heap"));
        assertEquals("pprof: NewProfile name already in use: heap", builtin.getMessage());
        profiles.newProfile("mine");
        ProfilePanic dup = assertThrows(ProfilePanic.class, () -> profiles.newProfile("mine"));
        assertEquals("pprof: NewProfile name already in use: mine", dup.getMessage());
    }

    @Test
    void registriesAreIndependent() {
        Profiles other = new Profiles(rt.symtab, rt, (skip, pc) -> 0);
        profiles.newProfile("only.here");
        assertTrue(other.lookup("only.here").isEmpty());
        other.newProfile("only.here"); // no clash: one registry per simulated process
    }

    @Test
    void addCountRemove() {
        Profile p = profiles.newProfile("files");
        assertEquals(0, p.count());
        p.add("f1", 0);
        p.add("f2", 2);
        p.add(null, 0); // a nil interface is a valid map key in Go
        assertEquals(3, p.count());
        // Add asks runtime.Callers to skip itself and Add: skip+1.
        assertEquals(List.of(1, 3, 1), skips);
        p.remove("f2");
        assertEquals(2, p.count());
        p.remove("never added"); // no-op
        p.remove(null);
        assertEquals(1, p.count());
    }

    @Test
    void addOfDuplicateValuePanics() {
        Profile p = profiles.newProfile("files");
        p.add(42, 0);
        ProfilePanic e = assertThrows(ProfilePanic.class, () -> p.add(42, 0));
        assertEquals("pprof: Profile.Add of duplicate value", e.getMessage());
        assertEquals(1, p.count());
        // Values are compared by equality, as Go compares interface values.
        assertThrows(ProfilePanic.class, () -> p.add(Integer.valueOf(42), 1));
        p.remove(42);
        p.add(42, 0);
        assertEquals(1, p.count());
    }

    @Test
    void addOnBuiltinPanicsAndRemoveIsANoOp() {
        for (String name : List.of("goroutine", "threadcreate", "heap", "block")) {
            Profile p = profiles.lookup(name).orElseThrow();
            ProfilePanic e = assertThrows(ProfilePanic.class, () -> p.add("x", 0));
            assertEquals("pprof: Add called on built-in Profile " + name, e.getMessage());
            p.remove("x"); // Go 1.7 deletes from a nil map: nothing happens
        }
        assertTrue(skips.isEmpty(), "the panic comes before the stack is taken");
    }

    @Test
    void userProfileSortsStacksThenCountsThem() throws IOException {
        Profile p = profiles.newProfile("my.conns");
        long[] s1 = {F_31, MAIN_12, RTMAIN_185, GOEXIT};
        long[] s2 = {MAIN_12, RTMAIN_185, GOEXIT};
        nextStack = s1;
        p.add("a", 0);
        nextStack = s2;
        p.add("b", 0);
        nextStack = s1;
        p.add("c", 0);
        assertEquals("my.conns profile: total 3\n"
                + "2 @ 0x401149 0x401039 0x4016e9 0x401809\n"
                + "1 @ 0x401039 0x4016e9 0x401809\n", p.toText(0));
        p.remove("c");
        // Counts tie: key order, "@ 0x401039" before "@ 0x401149".
        assertEquals("my.conns profile: total 2\n"
                + "1 @ 0x401039 0x4016e9 0x401809\n"
                + "1 @ 0x401149 0x401039 0x4016e9 0x401809\n", p.toText(0));
    }

    @Test
    void stackLessComparesPcsUnsignedThenLength() {
        assertTrue(gosim.pprof.text.TextProfiles.stackLess(new long[] {1}, new long[] {0x8000_0000_0000_0000L}));
        assertFalse(gosim.pprof.text.TextProfiles.stackLess(new long[] {-1L}, new long[] {2}));
        assertTrue(gosim.pprof.text.TextProfiles.stackLess(new long[] {5}, new long[] {5, 1}));
        assertFalse(gosim.pprof.text.TextProfiles.stackLess(new long[] {5, 1}, new long[] {5, 1}));
    }

    @Test
    void builtinCountsComeFromTheRuntime() {
        rt.goroutines = List.of(new long[] {MAIN_12}, new long[] {F_31}, new long[] {F_31});
        rt.threads = List.of(new long[0]);
        rt.mem = new ArrayList<>(List.of(TestRuntime.mem(1, 16, 0, 0, MAIN_12), TestRuntime.mem(1, 8, 0, 0, F_31)));
        rt.block = List.of();
        assertEquals(3, profiles.lookup("goroutine").orElseThrow().count());
        assertEquals(1, profiles.lookup("threadcreate").orElseThrow().count());
        assertEquals(2, profiles.lookup("heap").orElseThrow().count());
        assertEquals(0, profiles.lookup("block").orElseThrow().count());
    }

    @Test
    void recordFetchOffersSlackAndRetriesWhenTheProfileGrew() throws IOException {
        rt.mem = new ArrayList<>(List.of(TestRuntime.mem(1, 16, 0, 0, MAIN_12)));
        rt.heapGrowth = 2; // grows by 60 records during the first two calls
        String text = profiles.lookup("heap").orElseThrow().toText(0);
        // Call 1: empty slice (n=61 after growth). Call 2: 61+50=111 offered, grows to 121: not ok.
        // Call 3: 121+50 = 171 offered: ok.
        assertEquals(List.of(0, 111, 171), rt.offered);
        assertTrue(text.startsWith("heap profile: 1: 16 [121: 1936] @ heap/1048576\n"), text);

        rt.offered.clear();
        rt.goroutines = List.of(new long[] {MAIN_12});
        profiles.lookup("goroutine").orElseThrow().toText(1);
        assertEquals(List.of(0, 11), rt.offered); // writeRuntimeProfile: n+10
        rt.offered.clear();
        profiles.lookup("block").orElseThrow().toText(0);
        assertEquals(List.of(0, 50), rt.offered); // writeBlock: n+50
    }

    @Test
    void aRuntimeThatNeverSettlesIsReported() {
        ProfileSource growing = new TestRuntime() {
            int n;

            @Override
            public gosim.mprof.ProfileResult blockProfile(gosim.mprof.BlockProfileRecord[] p) {
                n += 1; // one more record every time it is asked
                return new gosim.mprof.ProfileResult(n, false);
            }
        };
        Profiles reg = new Profiles(rt.symtab, growing, (skip, pc) -> 0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> reg.lookup("block").orElseThrow().toText(0));
        assertTrue(e.getMessage().contains("runtime.BlockProfile kept growing"), e.getMessage());
    }

    /** A writer that accepts {@code limit} bytes, then fails. */
    private static final class FailingStream extends OutputStream {
        final ByteArrayOutputStream accepted = new ByteArrayOutputStream();
        final int limit;

        FailingStream(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (accepted.size() + len > limit) {
                throw new IOException("broken pipe");
            }
            accepted.write(b, off, len);
        }
    }

    @Test
    void writerErrorsAreThrownNotSwallowed() {
        rt.goroutines = List.of(new long[] {MAIN_12});
        rt.dump = "goroutine 1 [running]:\n".getBytes();
        for (String name : List.of("goroutine", "threadcreate", "heap", "block")) {
            for (int debug = 0; debug <= 2; debug++) {
                FailingStream w = new FailingStream(0);
                Profile p = profiles.lookup(name).orElseThrow();
                int d = debug;
                IOException e = assertThrows(IOException.class, () -> p.writeTo(w, d), name + " debug " + d);
                assertEquals("broken pipe", e.getMessage());
            }
        }
        Profile user = profiles.newProfile("u");
        user.add("v", 0);
        assertThrows(IOException.class, () -> user.writeTo(new FailingStream(0), 1));
        assertThrows(IOException.class, () -> profiles.writeHeapProfile(new FailingStream(0)));
        assertThrows(IOException.class, () -> profiles.writeThreadProfile(new FailingStream(0)));
        Writer failingWriter = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("closed");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThrows(IOException.class, () -> user.writeTo(failingWriter, 0));
    }

    @Test
    void aLargeProfileReachesTheWriterIn4096ByteChunksBeforeTheError() {
        // bufio.Writer: full 4096-byte buffers go out as they fill; the error is then sticky
        // and returned by the final Flush. Here the writer takes 2 chunks, fails on the third.
        List<long[]> many = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(new long[] {0x401000L + i, RTMAIN_185}); // 2000 distinct stacks, ~44 KB
        }
        rt.goroutines = many;
        FailingStream w = new FailingStream(2 * 4096);
        assertThrows(IOException.class, () -> profiles.lookup("goroutine").orElseThrow().writeTo(w, 0));
        assertEquals(2 * 4096, w.accepted.size());
        String full = profiles.lookup("goroutine").orElseThrow().toText(0);
        assertEquals(full.substring(0, 2 * 4096), w.accepted.toString());
    }

    @Test
    void writeToAWriterGivesTheSameText() throws IOException {
        rt.goroutines = List.of(new long[] {MAIN_12, RTMAIN_185, GOEXIT});
        StringWriter sw = new StringWriter();
        profiles.lookup("goroutine").orElseThrow().writeTo(sw, 1);
        assertEquals(profiles.lookup("goroutine").orElseThrow().toText(1), sw.toString());
        assertTrue(sw.toString().startsWith("goroutine profile: total 1\n1 @ 0x401039 0x4016e9 0x401809\n#\t"));
    }
}
