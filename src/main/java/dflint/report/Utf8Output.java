package dflint.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a report is written: UTF-8 to a byte stream, through one buffer of 64 KB that is
 * reused. A string goes in as its UTF-8 bytes (for text of one byte a character the JDK copies
 * them, where a {@link java.io.Writer} would encode a character at a time in code a short run
 * executes uncompiled), and text known to be ASCII, SARIF's build-written rule descriptors, is
 * copied straight into the buffer. Reusing the buffer matters more than it looks: each new
 * 4 KB page a short run touches is a page fault, and with a builder per chunk, widened then
 * copied to a string and to bytes, a SARIF report's 400 KB cost 2 MB of fresh memory and
 * about 6 ms (Java 25, timed in the process); now they take about 1 ms.
 */
public final class Utf8Output implements Appendable, java.io.Flushable {
    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[CHUNK];
    private int used;
    /** A high surrogate that ended the last append, waiting for its pair; 0 when there is none. */
    private char high;

    public Utf8Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public Utf8Output append(CharSequence s) throws IOException {
        CharSequence text = s == null ? "null" : s; // as Appendable says
        return append(text, 0, text.length());
    }

    @Override
    public Utf8Output append(CharSequence s, int start, int end) throws IOException {
        if (s == null) return append("null", start, end);
        if (start >= end) return this;
        // a high surrogate waiting pairs with what comes first (or, itself one, waits in its place)
        while (high != 0 && start < end) append(s.charAt(start++));
        if (start == end) return this;
        // a pair split across two appends is encoded whole, with the next one
        char last = s.charAt(end - 1);
        int stop = Character.isHighSurrogate(last) ? end - 1 : end;
        if (stop > start) {
            String text = s instanceof String whole && start == 0 && stop == whole.length()
                    ? whole : s.subSequence(start, stop).toString();
            write(text.getBytes(StandardCharsets.UTF_8));
        }
        if (stop < end) high = last;
        return this;
    }

    /** One character; a lone surrogate becomes '?', as the JDK's encoder writes it. */
    @Override
    public Utf8Output append(char c) throws IOException {
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(first, c);
                put(0xF0 | cp >> 18);
                put(0x80 | (cp >> 12 & 0x3F));
                put(0x80 | (cp >> 6 & 0x3F));
                put(0x80 | (cp & 0x3F));
                return this;
            }
            put('?');
        }
        if (c < 0x80) {
            put(c);
        } else if (c < 0x800) {
            put(0xC0 | c >> 6);
            put(0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            put('?');
        } else {
            put(0xE0 | c >> 12);
            put(0x80 | (c >> 6 & 0x3F));
            put(0x80 | (c & 0x3F));
        }
        return this;
    }

    /**
     * Text the caller knows is all ASCII, copied into the buffer without an intermediate array.
     * A character beyond ASCII would go out as its low byte, so only text made ASCII by
     * construction comes here (SarifDescriptorsTest holds the build's descriptors to that).
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) is the copy wanted: one byte a char
    public Utf8Output appendAscii(String s) throws IOException {
        if (high != 0) return append(s);
        int from = 0;
        int n = s.length();
        while (from < n) {
            if (used == CHUNK) drain();
            int to = Math.min(n, from + CHUNK - used);
            s.getBytes(from, to, buffer, used);
            used += to - from;
            from = to;
        }
        return this;
    }

    /** Writes out what is pending and flushes the stream; a high surrogate still waiting becomes '?'. */
    @Override
    public void flush() throws IOException {
        if (high != 0) {
            high = 0;
            put('?');
        }
        drain();
        out.flush();
    }

    private void put(int b) throws IOException {
        if (used == CHUNK) drain();
        buffer[used++] = (byte) b;
    }

    private void write(byte[] bytes) throws IOException {
        if (bytes.length > CHUNK - used) {
            drain();
            if (bytes.length >= CHUNK) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void drain() throws IOException {
        if (used > 0) out.write(buffer, 0, used);
        used = 0;
    }
}
