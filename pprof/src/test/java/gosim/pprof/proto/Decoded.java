package gosim.pprof.proto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosim.pprof.proto.ProfileProto.Function;
import gosim.pprof.proto.ProfileProto.Location;
import gosim.pprof.proto.ProfileProto.Profile;
import gosim.pprof.proto.ProfileProto.Sample;
import gosim.pprof.proto.ProfileProto.ValueType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A decoded profile with look-ups by id, for tests. Decoding checks the referential rules of
 * profile.proto on the way: string_table[0] is "", ids are 1..n in order, every id referred to exists.
 */
public record Decoded(Profile p) {
    /** Gunzips and parses {@code gz}, then checks the profile's internal references. */
    public static Decoded of(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            Decoded d = new Decoded(Profile.parseFrom(in));
            d.checkReferences();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("not a gzipped profile", e);
        }
    }

    /** Re-encodes and decodes {@code p} as a writer would. */
    public static Decoded of(Profile p) {
        return of(ProfileBuilder.gzip(p));
    }

    private void checkReferences() {
        assertTrue(p.getStringTableCount() > 0, "string table is empty");
        assertEquals("", p.getStringTable(0), "string_table[0] must be empty");
        for (int i = 0; i < p.getLocationCount(); i++) {
            Location l = p.getLocation(i);
            assertEquals(i + 1, l.getId(), "location ids are 1..n in order");
            if (l.getMappingId() != 0) {
                assertTrue(l.getMappingId() <= p.getMappingCount(), "location " + l.getId() + " mapping");
            }
            l.getLineList().forEach(line -> assertTrue(line.getFunctionId() >= 1
                    && line.getFunctionId() <= p.getFunctionCount(), "line refers to a missing function"));
        }
        for (int i = 0; i < p.getFunctionCount(); i++) {
            assertEquals(i + 1, p.getFunction(i).getId(), "function ids are 1..n in order");
        }
        for (Sample s : p.getSampleList()) {
            assertEquals(p.getSampleTypeCount(), s.getValueCount(), "one value per sample type");
            s.getLocationIdList().forEach(id -> assertTrue(id >= 1 && id <= p.getLocationCount(),
                    "sample refers to missing location " + id));
        }
        List<String> seen = new ArrayList<>();
        for (String s : p.getStringTableList()) {
            assertTrue(!seen.contains(s), "string \"" + s + "\" is in the table twice");
            seen.add(s);
        }
    }

    public String str(long index) {
        return p.getStringTable((int) index);
    }

    /** "type/unit". */
    public String vt(ValueType v) {
        return str(v.getType()) + "/" + str(v.getUnit());
    }

    public List<String> sampleTypes() {
        return p.getSampleTypeList().stream().map(this::vt).toList();
    }

    public Location location(long id) {
        return p.getLocation((int) id - 1);
    }

    public Function function(long id) {
        return p.getFunction((int) id - 1);
    }

    /** The function names of a sample's stack, leaf first. */
    public List<String> functions(Sample s) {
        return s.getLocationIdList().stream()
                .map(id -> str(function(location(id).getLine(0).getFunctionId()).getName()))
                .toList();
    }

    /** The location addresses of a sample's stack, leaf first. */
    public List<Long> addresses(Sample s) {
        return s.getLocationIdList().stream().map(id -> location(id).getAddress()).toList();
    }

    /** The sum of sample type {@code i} over all samples. */
    public long total(int i) {
        return p.getSampleList().stream().mapToLong(s -> s.getValue(i)).sum();
    }
}
