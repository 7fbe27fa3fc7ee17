package gosim.sim.events;

import java.io.PrintStream;
import java.util.List;
import gosim.sim.Frame;
import gosim.sim.Symtab;

/**
 * The event stream as JSON lines, one object per event, fields in a fixed order and left out
 * when absent (docs/events.md lists them): {@code seq, t, ev, m, p, g, g2, p2, n, why, obj, fn,
 * goids, stack}; a stack is a list of {@code {"func", "file", "line"}}, innermost first.
 */
public final class JsonLines implements EventSink {
    private final PrintStream out;
    private final Symtab symtab;
    /** This view's position in the stream (a view attached mid-run starts with its snapshot at 0). */
    private long lines;

    public JsonLines(PrintStream out, Symtab symtab) {
        this.out = out;
        this.symtab = symtab;
    }

    @Override
    public void event(Event e) {
        StringBuilder b = new StringBuilder(96);
        b.append("{\"seq\":").append(lines++).append(",\"t\":").append(e.ts())
                .append(",\"ev\":\"").append(e.ev().jsonName()).append('"');
        if (e.m() >= 0) {
            b.append(",\"m\":").append(e.m());
        }
        if (e.p() >= 0) {
            b.append(",\"p\":").append(e.p());
        }
        if (e.g() != 0) {
            b.append(",\"g\":").append(e.g());
        }
        if (e.g2() != 0) {
            b.append(",\"g2\":").append(e.g2());
        }
        if (e.p2() >= 0) {
            b.append(",\"p2\":").append(e.p2());
        }
        if (e.n() != 0) {
            b.append(",\"n\":").append(e.n());
        }
        str(b, "why", e.why());
        str(b, "obj", e.obj());
        str(b, "fn", e.fn());
        if (e.goids() != null) {
            b.append(",\"goids\":[");
            for (int i = 0; i < e.goids().length; i++) {
                b.append(i == 0 ? "" : ",").append(e.goids()[i]);
            }
            b.append(']');
        }
        if (e.stack() != null && e.stack().length > 0) {
            b.append(",\"stack\":[");
            List<Frame> frames = symtab.callersFrames(e.stack());
            for (int i = 0; i < frames.size(); i++) {
                Frame f = frames.get(i);
                b.append(i == 0 ? "{" : ",{");
                str(b, "func", f.function());
                str(b, "file", f.file());
                b.append(",\"line\":").append(f.line()).append('}');
            }
            b.append(']');
        }
        b.append('}');
        out.println(b.toString().replace("{,", "{"));
    }

    private static void str(StringBuilder b, String key, String v) {
        if (v == null) {
            return;
        }
        b.append(",\"").append(key).append("\":\"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    @Override
    public void close() {
        out.flush();
    }
}
