package gosim.pprof.text;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * bufio.Writer (bufio/bufio.go: Write, Flush): a buffer in front of the caller's writer whose
 * first write error is sticky. Writes never throw; once the underlying writer has failed, later
 * writes are dropped and {@link #flush} throws that first error. runtime/pprof ignores the result
 * of each Fprintf and returns the error of the final Flush, which this reproduces.
 */
final class BufioWriter extends OutputStream {
    /** bufio's defaultBufSize. */
    public static final int DEFAULT_SIZE = 4096;

    private final OutputStream out;
    private final byte[] buf;
    private int n;
    private IOException err;

    public BufioWriter(OutputStream out) {
        this(out, DEFAULT_SIZE);
    }

    public BufioWriter(OutputStream out, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("bufio buffer size must be positive, got " + size);
        }
        this.out = Objects.requireNonNull(out, "output");
        this.buf = new byte[size];
    }

    /** The sticky error, or null. */
    public IOException error() {
        return err;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] p, int off, int len) {
        Objects.checkFromIndexSize(off, len, p.length);
        while (len > buf.length - n && err == null) {
            int m;
            if (n == 0) {
                // Large write into an empty buffer goes straight through.
                try {
                    out.write(p, off, len);
                    m = len;
                } catch (IOException e) {
                    err = e;
                    m = 0;
                }
            } else {
                m = buf.length - n;
                System.arraycopy(p, off, buf, n, m);
                n += m;
                flushBuffer();
            }
            off += m;
            len -= m;
        }
        if (err != null) {
            return;
        }
        System.arraycopy(p, off, buf, n, len);
        n += len;
    }

    private void flushBuffer() {
        if (err != null || n == 0) {
            return;
        }
        try {
            out.write(buf, 0, n);
            n = 0;
        } catch (IOException e) {
            err = e;
        }
    }

    /** bufio.Writer.Flush: writes the buffered bytes; throws the first error ever met. */
    @Override
    public void flush() throws IOException {
        flushBuffer();
        if (err != null) {
            throw err;
        }
    }
}
