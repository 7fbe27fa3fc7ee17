package gosim.sim.events;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import gosim.sim.Symtab;

/**
 * {@code gosim run -timeline FILE.html}: a self-contained page (inline SVG and CSS, no script, no
 * network) with one lane per P and one per M. Goroutine slices are coloured by state (running,
 * in a syscall; an M also spins or idles); arrows show steals (victim P to thief P), wake-ups
 * (the readying P to where the G next runs) and hand-offs (a P to the M that takes it). Each
 * slice's story (why it started, why it ended) is its SVG title, shown on hover.
 */
public final class TimelineHtml implements EventSink {
    private static final int LANE_H = 26;
    private static final int LEFT = 60;
    private static final int WIDTH = 1100;

    private record Slice(String lane, long start, long end, String state, String label, String story) {
    }

    private record Arrow(String fromLane, long from, String toLane, long to, String kind, String story) {
    }

    private static final class Open {
        final long start;
        final String state;
        final String label;
        final String why;

        Open(long start, String state, String label, String why) {
            this.start = start;
            this.state = state;
            this.label = label;
            this.why = why;
        }
    }

    private final OutputStream out;
    private final List<Slice> slices = new ArrayList<>();
    private final List<Arrow> arrows = new ArrayList<>();
    private final Map<String, Open> open = new HashMap<>();
    /** Lanes in display order: Ps first, then Ms, each by number. */
    private final Map<String, Integer> lanes = new TreeMap<>((a, b) -> {
        int c = Character.compare(a.charAt(0), b.charAt(0)); // 'P' before 'm'
        return c != 0 ? c : Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
    });
    /** A wake-up waiting for its G to run: goid to {lane, ts, story}. */
    private final Map<Long, Object[]> wakeups = new HashMap<>();
    /** A hand-off waiting for the M that takes the P: P id to {ts, story}. */
    private final Map<Integer, Object[]> handoffs = new HashMap<>();
    private long last;
    private boolean closed;

    public TimelineHtml(OutputStream out, Symtab symtab) {
        this.out = out;
    }

    private static String pl(int p) {
        return "P" + p;
    }

    private static String ml(int m) {
        return "m" + m;
    }

    private void begin(String lane, long ts, String state, String label, String why) {
        end(lane, ts, null);
        lanes.putIfAbsent(lane, 0);
        open.put(lane, new Open(ts, state, label, why));
    }

    private void end(String lane, long ts, String how) {
        Open o = open.remove(lane);
        if (o == null) {
            return;
        }
        String story = o.label + " on " + lane + ", " + us(o.start) + " to " + us(ts) + " (" + o.state + ")"
                + (o.why == null ? "" : "\nstarted: " + o.why) + (how == null ? "" : "\nended: " + how);
        slices.add(new Slice(lane, o.start, ts, o.state, o.label, story));
    }

    private static String us(long ns) {
        return String.format(Locale.ROOT, "%.3fµs", ns / 1000.0);
    }

    @Override
    public void event(Event e) {
        if (closed) {
            return;
        }
        long ts = e.ts();
        last = Math.max(last, ts);
        String g = "g" + e.g();
        switch (e.ev()) {
            case PROC_START -> {
                lanes.putIfAbsent(pl(e.p()), 0);
                lanes.putIfAbsent(ml(e.m()), 0);
                end(ml(e.m()), ts, "acquirep " + pl(e.p()));
                Object[] h = handoffs.remove(e.p());
                if (h != null) {
                    arrows.add(new Arrow(pl(e.p()), (Long) h[0], ml(e.m()), ts, "handoff", (String) h[1]
                            + " -> m" + e.m() + " acquirep"));
                }
            }
            case PROC_STOP -> end(pl(e.p()), ts, "releasep");
            case G_START -> {
                String why = Explain.narrate(e);
                begin(pl(e.p()), ts, "running", g, why);
                begin(ml(e.m()), ts, "running", g + " on " + pl(e.p()), why);
                Object[] w = wakeups.remove(e.g());
                if (w != null) {
                    arrows.add(new Arrow((String) w[0], (Long) w[1], pl(e.p()), ts, "wakeup", (String) w[2]));
                }
            }
            case G_END, G_BLOCK, G_SCHED, G_PREEMPT -> {
                String how = Explain.narrate(e);
                end(pl(e.p()), ts, how);
                end(ml(e.m()), ts, how);
            }
            case SYSCALL -> {
                begin(pl(e.p()), ts, "syscall", g, "entersyscall: the P waits in _Psyscall");
                begin(ml(e.m()), ts, "syscall", g + " in a syscall", "entersyscall");
            }
            case SYSCALL_BLOCK -> {
                end(pl(e.p()), ts, Explain.narrate(e));
                handoffs.put(e.p(), new Object[] {ts, Explain.narrate(e)});
            }
            case SYSCALL_EXIT -> {
                end(ml(e.m()), ts, "exitsyscall");
                if (e.p() >= 0) {
                    begin(pl(e.p()), ts, "running", g, Explain.narrate(e));
                    begin(ml(e.m()), ts, "running", g + " on " + pl(e.p()), Explain.narrate(e));
                }
            }
            case M_SPIN -> begin(ml(e.m()), ts, "spinning", "spinning", Explain.narrate(e));
            case M_STOP -> begin(ml(e.m()), ts, "idle", "idle", Explain.narrate(e));
            case M_NEW -> lanes.putIfAbsent(ml(e.m()), 0);
            case STEAL -> arrows.add(new Arrow(pl(e.p2()), ts, pl(e.p()), ts, "steal", Explain.narrate(e)));
            case G_UNBLOCK -> wakeups.put(e.g2(), new Object[] {e.p() < 0 ? null : pl(e.p()), ts, Explain.narrate(e)});
            case HANDOFF -> handoffs.put(e.p(), new Object[] {ts, Explain.narrate(e)});
            default -> {
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (String lane : new ArrayList<>(open.keySet())) {
            end(lane, last, "the process ended");
        }
        int i = 0;
        for (Map.Entry<String, Integer> l : lanes.entrySet()) {
            l.setValue(i++);
        }
        Axis axis = new Axis(slices, arrows, last);
        int h = 40 + LANE_H * lanes.size() + 10;
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>gosim timeline</title>\n<style>\n")
                .append("body{font:13px sans-serif;margin:12px}svg{border:1px solid #ccc;background:#fff}\n")
                .append(".running{fill:#4caf50}.syscall{fill:#ff9800}.spinning{fill:#ffeb3b}.idle{fill:#e0e0e0}\n")
                .append("rect:hover{stroke:#000;stroke-width:1.5}text{font-size:11px}.tick{fill:#666;font-size:10px}\n")
                .append(".steal{stroke:#d32f2f}.wakeup{stroke:#1976d2}.handoff{stroke:#7b1fa2}\n")
                .append("line{stroke-width:1.5;marker-end:url(#arrow)}.legend span{display:inline-block;padding:0 8px;margin-right:6px}\n")
                .append("</style></head><body>\n<h1>gosim timeline</h1>\n")
                .append("<p class=\"legend\"><span class=\"lg\" style=\"background:#4caf50\">running</span>")
                .append("<span style=\"background:#ff9800\">syscall</span><span style=\"background:#ffeb3b\">spinning</span>")
                .append("<span style=\"background:#e0e0e0\">idle</span> arrows: <span style=\"color:#d32f2f\">steal</span>")
                .append("<span style=\"color:#1976d2\">wake-up</span><span style=\"color:#7b1fa2\">hand-off</span>")
                .append(" &mdash; 0 to ").append(us(last)).append(" of virtual time (quiet stretches are drawn shorter; hover a slice for its story and times)</p>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(LEFT + WIDTH + 20).append("\" height=\"")
                .append(h).append("\">\n<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\"/></marker></defs>\n");
        for (Map.Entry<String, Integer> l : lanes.entrySet()) {
            int y = 30 + LANE_H * l.getValue();
            b.append("<g class=\"lane\" data-lane=\"").append(l.getKey()).append("\"><text x=\"4\" y=\"").append(y + 16)
                    .append("\">").append(l.getKey()).append("</text>");
            for (Slice s : slices) {
                if (!s.lane().equals(l.getKey())) {
                    continue;
                }
                double x = LEFT + axis.x(s.start());
                double w = Math.max(1, axis.x(s.end()) - axis.x(s.start()));
                b.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\">",
                        s.state(), x, y + 2, w, LANE_H - 6));
                b.append("<title>").append(esc(s.story())).append("</title></rect>");
                if (w > 22 && s.state().equals("running")) {
                    b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" pointer-events=\"none\">%s</text>",
                            x + 2, y + 16, esc(s.label().split(" ")[0])));
                }
            }
            b.append("</g>\n");
        }
        for (Arrow a : arrows) {
            if (a.fromLane() == null || !lanes.containsKey(a.fromLane()) || !lanes.containsKey(a.toLane())) {
                continue;
            }
            int y1 = 30 + LANE_H * lanes.get(a.fromLane()) + LANE_H / 2;
            int y2 = 30 + LANE_H * lanes.get(a.toLane()) + LANE_H / 2;
            b.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"><title>%s</title></line>\n",
                    a.kind(), LEFT + axis.x(a.from()), y1, LEFT + axis.x(a.to()), y2, esc(a.story())));
        }
        for (long t : axis.ticks()) {
            b.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"20\">%s</text>", LEFT + axis.x(t), us(t)));
        }
        b.append("</svg>\n</body></html>\n");
        try {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The time axis: each gap between consecutive event times is drawn in proportion to its
     * square root, so a burst of sub-microsecond decisions stays visible beside long waits.
     */
    private static final class Axis {
        private final long[] times;
        private final double[] xs;

        Axis(List<Slice> slices, List<Arrow> arrows, long last) {
            java.util.TreeSet<Long> ts = new java.util.TreeSet<>();
            ts.add(0L);
            ts.add(last);
            for (Slice s : slices) {
                ts.add(s.start());
                ts.add(s.end());
            }
            for (Arrow a : arrows) {
                ts.add(a.from());
                ts.add(a.to());
            }
            times = ts.stream().mapToLong(Long::longValue).toArray();
            xs = new double[times.length];
            double acc = 0;
            for (int i = 1; i < times.length; i++) {
                acc += Math.sqrt(times[i] - times[i - 1]);
                xs[i] = acc;
            }
            double k = acc == 0 ? 1 : WIDTH / acc;
            for (int i = 0; i < xs.length; i++) {
                xs[i] *= k;
            }
        }

        double x(long t) {
            int i = java.util.Arrays.binarySearch(times, t);
            return i >= 0 ? xs[i] : xs[Math.max(0, -i - 2)];
        }

        /** About eight labelled times, spread along the drawn axis. */
        List<Long> ticks() {
            List<Long> out = new ArrayList<>();
            double next = 0;
            for (int i = 0; i < times.length; i++) {
                if (xs[i] >= next) {
                    out.add(times[i]);
                    next = xs[i] + WIDTH / 8.0;
                }
            }
            return out;
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
