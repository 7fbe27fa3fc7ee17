package gosim.pprof.proto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.pprof.client.SimProgram;
import gosim.pprof.proto.ProfileProto.Location;
import gosim.sim.Symtab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileBuilderTest {
    final SimProgram prog = new SimProgram();
    final TextSegment text = TextSegment.of(prog.symtab, SimProgram.EXE);

    ProfileBuilder builder() {
        return new ProfileBuilder(prog.symtab, text).sampleType("samples", "count");
    }

    @Test
    void stringTableStartsEmptyAndInterns() {
        ProfileBuilder b = new ProfileBuilder(prog.symtab, text);
        assertEquals(0, b.stringIndex(""));
        long a = b.stringIndex("alpha");
        assertEquals(1, a);
        assertEquals(a, b.stringIndex("alpha"));
        assertEquals(2, b.stringIndex("beta"));
    }

    @Test
    void locationsAreOnePerReturnPCAndGoexitIsDropped() {
        ProfileBuilder b = builder();
        long ret = prog.mainMain.returnPC(30);
        long id = b.locForPC(ret);
        assertEquals(1, id);
        assertEquals(id, b.locForPC(ret), "same PC, same location");
        assertEquals(0, b.locForPC(prog.goexit.returnPC(2001)), "goexit has no location");
        assertEquals(2, b.locForPC(prog.mainMain.returnPC(31)), "another line of the same function");
        b.addSample(new long[] {1}, new long[] {1, 2});
        Decoded d = Decoded.of(b.build());
        assertEquals(1, d.p().getFunctionCount(), "one function for both lines");
        assertEquals(ret - 1, d.location(1).getAddress());
        assertEquals(30, d.location(1).getLine(0).getLine());
        assertEquals(31, d.location(2).getLine(0).getLine());
    }

    @Test
    void pcOutsideEveryFunctionHasAddressButNoLine() {
        ProfileBuilder b = builder();
        long inGap = prog.symtab.textEnd() + 0x20; // past the last function, still on the text's last page
        long outside = 0x10;
        long[] ids = b.locsForStack(new long[] {inGap, outside, 0, prog.mainMain.returnPC(30)});
        assertEquals(2, ids.length, "the stack ends at its first 0");
        b.addSample(new long[] {1}, ids);
        Decoded d = Decoded.of(b.build());
        Location gap = d.location(ids[0]);
        assertEquals(inGap - 1, gap.getAddress());
        assertEquals(0, gap.getLineCount());
        assertEquals(ProfileBuilder.TEXT_MAPPING_ID, gap.getMappingId());
        Location out = d.location(ids[1]);
        assertEquals(outside - 1, out.getAddress());
        assertEquals(0, out.getMappingId(), "outside the text: no mapping");
        assertEquals(0, d.p().getFunctionCount());
    }

    @Test
    void misuseFailsWithAMessage() {
        ProfileBuilder b = builder();
        IllegalArgumentException arity = assertThrows(IllegalArgumentException.class,
                () -> b.addSample(new long[] {1, 2}, new long[0]));
        assertTrue(arity.getMessage().contains("2 values") && arity.getMessage().contains("1 sample types"),
                arity.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.addSample(new long[] {1}, new long[] {7}),
                "unknown location id");
        b.addSample(new long[] {1}, new long[0]);
        assertThrows(IllegalStateException.class, () -> b.sampleType("late", "count"));
        b.build();
        assertThrows(IllegalStateException.class, b::build);
        assertThrows(IllegalStateException.class, () -> new ProfileBuilder(prog.symtab, text).build(),
                "no sample type");
        assertThrows(IllegalArgumentException.class, () -> builder().durationNanos(-1));
    }

    @Test
    void gzipIsDeterministicAndWriteErrorsPropagate() throws IOException {
        ProfileBuilder b1 = builder();
        b1.addSample(new long[] {3}, b1.locsForStack(prog.fromMain(prog.worker, 70, 30)));
        byte[] one = b1.buildGzipped();
        ProfileBuilder b2 = builder();
        b2.addSample(new long[] {3}, b2.locsForStack(prog.fromMain(prog.worker, 70, 30)));
        byte[] two = b2.buildGzipped();
        assertEquals(List.of(), diff(one, two), "same input, same bytes");
        assertEquals(0x1f, one[0] & 0xff);
        assertEquals(0x8b, one[1] & 0xff);

        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ProtoWriter.write(Decoded.of(one).p(), sink);
        assertEquals(Decoded.of(one).p(), Decoded.of(sink.toByteArray()).p());

        OutputStream broken = SimProgram.failingStream("disk full");
        IOException e = assertThrows(IOException.class, () -> ProtoWriter.write(Decoded.of(one).p(), broken));
        assertEquals("disk full", e.getMessage());
    }

    private static List<Integer> diff(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return List.of(-1);
        }
        return java.util.stream.IntStream.range(0, a.length).filter(i -> a[i] != b[i]).boxed().toList();
    }

    @Test
    void textSegmentIsPageAlignedAndPrintsLikeProcMaps() {
        TextSegment t = new TextSegment(0x401000, 0x404000, 0x1000, "/tmp/gosim/prog");
        // show_map_vma: "%08lx-%08lx %c%c%c%c %08llx %02x:%02x %lu", spaces up to column 73, the path.
        String prefix = "00401000-00404000 r-xp 00001000 00:00 0";
        assertEquals(prefix + " ".repeat(73 - prefix.length()) + "/tmp/gosim/prog\n", t.procMapsLine());
        assertEquals(73, t.procMapsLine().indexOf('/'));
        TextSegment of = TextSegment.of(prog.symtab, "x");
        assertEquals(Symtab.TEXT_START, of.start());
        assertEquals((prog.symtab.textEnd() + 4095) / 4096 * 4096, of.limit());
        assertTrue(of.contains(Symtab.TEXT_START) && !of.contains(of.limit()) && !of.contains(Symtab.TEXT_START - 1));
        TextSegment empty = TextSegment.of(new Symtab(), "x");
        assertEquals(Symtab.TEXT_START + 4096, empty.limit(), "an empty text still maps one page");
        assertThrows(IllegalArgumentException.class, () -> TextSegment.of(prog.symtab, " "));
        assertThrows(IllegalArgumentException.class, () -> TextSegment.of(prog.symtab, "a\nb"));
        assertThrows(IllegalArgumentException.class, () -> new TextSegment(0x401000, 0x401000, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> new TextSegment(0x401001, 0x402000, 0, "x"));
        // Wider addresses shorten the padding; the path still starts at column 73.
        TextSegment high = new TextSegment(0x7fff_ffff_f000L, 0x8000_0000_0000L, 0, "/p");
        String highPrefix = "7ffffffff000-800000000000 r-xp 00000000 00:00 0";
        assertEquals(highPrefix + " ".repeat(73 - highPrefix.length()) + "/p\n", high.procMapsLine());
    }
}
