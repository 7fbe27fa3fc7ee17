package gosim.pprof.text;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Go's text/tabwriter (text/tabwriter/tabwriter.go: Writer.Write, Flush, format, writeLines,
 * writePadding), identical in Go 1.7 and 1.19: elastic tabstops over tab-terminated cells.
 *
 * <p>Input is UTF-8 split into cells ended by '\t' (hard tab), '\v' (soft tab), '\n' or '\f'.
 * Tab-terminated cells of consecutive lines form a column whose width is the widest cell plus
 * padding (at least minwidth); the text after a line's last tab is not part of any column. A line
 * holding a single cell cannot affect later lines, so it ends the buffered text and everything so
 * far is formatted and written; '\f' does the same unconditionally.
 *
 * <p>{@link #flush()} is Go's Flush: it formats and writes everything buffered and starts afresh.
 * Like Go's, it does not flush the underlying stream.
 */
final class TabWriter extends OutputStream {
    /** Ignore HTML tags (width 0) and treat entities as one character. */
    public static final int FILTER_HTML = 1;
    /** Drop the Escape bytes that bracket escaped text instead of passing them through. */
    public static final int STRIP_ESCAPE = 1 << 1;
    /** Right-align cell text (ignored when padding with tabs). */
    public static final int ALIGN_RIGHT = 1 << 2;
    /** Give columns made only of empty soft-tab cells zero width. */
    public static final int DISCARD_EMPTY_COLUMNS = 1 << 3;
    /** Pad leading empty cells with tabs whatever the padchar. */
    public static final int TAB_INDENT = 1 << 4;
    /** Print '|' between columns and "---" at each '\f'. */
    public static final int DEBUG = 1 << 5;

    /** Brackets a segment of text that is passed through without interpretation. */
    public static final byte ESCAPE = (byte) 0xff;

    private static final byte[] TABS = "\t\t\t\t\t\t\t\t".getBytes();
    private static final byte[] NEWLINE = {'\n'};
    private static final byte[] VBAR = {'|'};
    private static final byte[] HBAR = "---\n".getBytes();

    /** One cell: its size in bytes, its width in runes, and whether a '\t' ended it. */
    private record Cell(int size, int width, boolean htab) {
    }

    // configuration
    private final OutputStream output;
    private final int minwidth;
    private final int tabwidth;
    private final int padding;
    private final byte[] padbytes = new byte[8];
    private final int flags;

    // state: all text without tabs and line breaks, and the cells describing it
    private byte[] buf = new byte[256];
    private int bufLen;
    /** buf position up to which the current cell's width has been counted. */
    private int pos;
    private int cellSize;
    private int cellWidth;
    /** The byte that ends the current escaped segment (ESCAPE, '>' or ';'), or 0 outside one. */
    private byte endChar;
    private final List<List<Cell>> lines = new ArrayList<>();
    /** Widths of the columns left of the one being formatted (a stack during format). */
    private int[] widths = new int[8];
    private int nwidths;

    /**
     * tabwriter.NewWriter(output, minwidth, tabwidth, padding, padchar, flags).
     * With padchar '\t' the output is assumed to be viewed with tabs {@code tabwidth} wide, cells
     * are padded with tabs and always left-aligned.
     */
    public TabWriter(OutputStream output, int minwidth, int tabwidth, int padding, byte padchar, int flags) {
        if (minwidth < 0 || tabwidth < 0 || padding < 0) {
            throw new IllegalArgumentException("negative minwidth, tabwidth, or padding");
        }
        this.output = Objects.requireNonNull(output, "output");
        this.minwidth = minwidth;
        this.tabwidth = tabwidth;
        this.padding = padding;
        Arrays.fill(padbytes, padchar);
        if (padchar == '\t') {
            flags &= ~ALIGN_RIGHT; // tab padding can only align left
        }
        this.flags = flags;
        reset();
    }

    /** The writer runtime/pprof uses at debug > 0: NewWriter(w, 1, 8, 1, '\t', 0). */
    public static TabWriter forPprof(OutputStream output) {
        return new TabWriter(output, 1, 8, 1, (byte) '\t', 0);
    }

    private void reset() {
        bufLen = 0;
        pos = 0;
        cellSize = 0;
        cellWidth = 0;
        endChar = 0;
        lines.clear();
        nwidths = 0;
        lines.add(new ArrayList<>());
    }

    private void write0(byte[] b, int off, int len) throws IOException {
        output.write(b, off, len);
    }

    private void writeN(byte[] src, int n) throws IOException {
        while (n > src.length) {
            write0(src, 0, src.length);
            n -= src.length;
        }
        write0(src, 0, n);
    }

    private void writePadding(int textw, int cellw, boolean useTabs) throws IOException {
        if (padbytes[0] == '\t' || useTabs) {
            if (tabwidth == 0) {
                return; // a tab has no width: no padding is possible
            }
            // Round the cell up to a tab stop, then fill with as many tabs as reach it.
            cellw = (cellw + tabwidth - 1) / tabwidth * tabwidth;
            int n = cellw - textw;
            if (n < 0) {
                throw new IllegalStateException("tabwriter: cell text wider than its column");
            }
            writeN(TABS, (n + tabwidth - 1) / tabwidth);
            return;
        }
        writeN(padbytes, cellw - textw);
    }

    private int writeLines(int pos0, int line0, int line1) throws IOException {
        int p = pos0;
        for (int i = line0; i < line1; i++) {
            List<Cell> line = lines.get(i);
            boolean useTabs = (flags & TAB_INDENT) != 0;
            for (int j = 0; j < line.size(); j++) {
                Cell c = line.get(j);
                if (j > 0 && (flags & DEBUG) != 0) {
                    write0(VBAR, 0, 1);
                }
                if (c.size() == 0) {
                    if (j < nwidths) {
                        writePadding(c.width(), widths[j], useTabs);
                    }
                } else {
                    useTabs = false;
                    if ((flags & ALIGN_RIGHT) == 0) {
                        write0(buf, p, c.size());
                        p += c.size();
                        if (j < nwidths) {
                            writePadding(c.width(), widths[j], false);
                        }
                    } else {
                        if (j < nwidths) {
                            writePadding(c.width(), widths[j], false);
                        }
                        write0(buf, p, c.size());
                        p += c.size();
                    }
                }
            }
            if (i + 1 == lines.size()) {
                // The last buffered line has no newline yet: write its pending text only.
                write0(buf, p, cellSize);
                p += cellSize;
            } else {
                write0(NEWLINE, 0, 1);
            }
        }
        return p;
    }

    /**
     * Formats lines [line0, line1) whose text starts at buf position pos0, knowing the widths of
     * the first {@code nwidths} columns; returns the buf position after line1's predecessor.
     */
    private int format(int pos0, int line0, int line1) throws IOException {
        int p = pos0;
        int column = nwidths;
        for (int cur = line0; cur < line1; cur++) {
            if (column >= lines.get(cur).size() - 1) {
                continue;
            }
            // This line has a cell in this column (a line's last cell never belongs to one):
            // a column block starts here. Print the lines before it first.
            p = writeLines(p, line0, cur);
            line0 = cur;

            int width = minwidth;
            boolean discardable = true; // every cell so far empty and soft-tab terminated
            for (; cur < line1; cur++) {
                List<Cell> line = lines.get(cur);
                if (column >= line.size() - 1) {
                    break;
                }
                Cell c = line.get(column);
                width = Math.max(width, c.width() + padding);
                if (c.width() > 0 || c.htab()) {
                    discardable = false;
                }
            }
            if (discardable && (flags & DISCARD_EMPTY_COLUMNS) != 0) {
                width = 0;
            }
            // With this column's width known, format the columns to its right in the block.
            pushWidth(width);
            p = format(p, line0, cur);
            nwidths--;
            line0 = cur;
        }
        return writeLines(p, line0, line1);
    }

    private void pushWidth(int width) {
        if (nwidths == widths.length) {
            widths = Arrays.copyOf(widths, widths.length * 2);
        }
        widths[nwidths++] = width;
    }

    private void append(byte[] text, int off, int len) {
        if (bufLen + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, bufLen + len));
        }
        System.arraycopy(text, off, buf, bufLen, len);
        bufLen += len;
        cellSize += len;
    }

    private void updateWidth() {
        cellWidth += runeCount(buf, pos, bufLen);
        pos = bufLen;
    }

    private void startEscape(byte ch) {
        switch (ch) {
            case ESCAPE -> endChar = ESCAPE;
            case '<' -> endChar = '>';
            case '&' -> endChar = ';';
            default -> throw new IllegalStateException("not an escape start: " + ch);
        }
    }

    /** An escaped segment counts its text width, an HTML tag 0, an entity 1. */
    private void endEscape() {
        switch (endChar) {
            case ESCAPE -> {
                updateWidth();
                if ((flags & STRIP_ESCAPE) == 0) {
                    cellWidth -= 2; // the two Escape bytes take no room
                }
            }
            case '>' -> {
            }
            case ';' -> cellWidth++;
            default -> throw new IllegalStateException("not inside an escape");
        }
        pos = bufLen;
        endChar = 0;
    }

    /** Ends the current cell; returns the number of cells on the current line. */
    private int terminateCell(boolean htab) {
        List<Cell> line = lines.get(lines.size() - 1);
        line.add(new Cell(cellSize, cellWidth, htab));
        cellSize = 0;
        cellWidth = 0;
        return line.size();
    }

    /** Go's Flush: formats and writes all buffered text, then starts afresh (even on error). */
    @Override
    public void flush() throws IOException {
        try {
            if (cellSize > 0) {
                if (endChar != 0) {
                    endEscape(); // an unterminated escape ends here
                }
                terminateCell(false);
            }
            format(0, 0, lines.size());
        } finally {
            reset();
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        int n = off; // start of the text not yet appended
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte ch = b[i];
            if (endChar == 0) {
                switch (ch) {
                    case '\t', 0x0b, '\n', '\f' -> {
                        append(b, n, i - n);
                        updateWidth();
                        n = i + 1;
                        int ncells = terminateCell(ch == '\t');
                        if (ch == '\n' || ch == '\f') {
                            lines.add(new ArrayList<>());
                            if (ch == '\f' || ncells == 1) {
                                // A one-cell line cannot widen any column: what came before
                                // can be written now.
                                flush();
                                if (ch == '\f' && (flags & DEBUG) != 0) {
                                    write0(HBAR, 0, HBAR.length);
                                }
                            }
                        }
                    }
                    case ESCAPE -> {
                        append(b, n, i - n);
                        updateWidth();
                        n = i;
                        if ((flags & STRIP_ESCAPE) != 0) {
                            n++;
                        }
                        startEscape(ESCAPE);
                    }
                    case '<', '&' -> {
                        if ((flags & FILTER_HTML) != 0) {
                            append(b, n, i - n);
                            updateWidth();
                            n = i;
                            startEscape(ch);
                        }
                    }
                    default -> {
                    }
                }
            } else if (ch == endChar) {
                int j = i + 1;
                if (ch == ESCAPE && (flags & STRIP_ESCAPE) != 0) {
                    j = i;
                }
                append(b, n, j - n);
                n = i + 1;
                endEscape();
            }
        }
        append(b, n, end - n);
    }

    /**
     * utf8.RuneCount of b[from, to): each valid UTF-8 sequence counts one, and so does each byte
     * that does not start one (invalid, overlong, surrogate, or cut short).
     */
    static int runeCount(byte[] b, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            count++;
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int size;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                size = 2;
            } else if (c >= 0xe0 && c <= 0xef) {
                size = 3;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                size = 4;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                i++;
                continue;
            }
            if (i + size > to || !validContinuation(b, i, size, lo, hi)) {
                i++;
                continue;
            }
            i += size;
        }
        return count;
    }

    private static boolean validContinuation(byte[] b, int i, int size, int lo, int hi) {
        int c1 = b[i + 1] & 0xff;
        if (c1 < lo || c1 > hi) {
            return false;
        }
        for (int k = 2; k < size; k++) {
            int ck = b[i + k] & 0xff;
            if (ck < 0x80 || ck > 0xbf) {
                return false;
            }
        }
        return true;
    }
}
