package dflint.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a report is written: UTF-8 to a byte stream, a chunk at a time. Text of one byte a
 * character (what the reporters write, SARIF always) goes out as a copy of its bytes, where a
 * {@link java.io.Writer} widens it to chars and encodes it again a character at a time, code
 * that a short run executes uncompiled: flushing a SARIF report's 400 KB through the writer
 * took about 5 ms (Java 25, timed in the process).
 */
public final class Utf8Output implements Appendable, java.io.Flushable {
    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private StringBuilder pending = new StringBuilder(CHUNK);

    public Utf8Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public Utf8Output append(CharSequence s) throws IOException {
        pending.append(s);
        if (pending.length() >= CHUNK) drain(false);
        return this;
    }

    @Override
    public Utf8Output append(CharSequence s, int start, int end) throws IOException {
        pending.append(s, start, end);
        if (pending.length() >= CHUNK) drain(false);
        return this;
    }

    @Override
    public Utf8Output append(char c) throws IOException {
        pending.append(c);
        if (pending.length() >= CHUNK) drain(false);
        return this;
    }

    /** Writes out what is pending and flushes the stream. */
    @Override
    public void flush() throws IOException {
        drain(true);
        out.flush();
    }

    /**
     * Writes the pending text out; a high surrogate at its end waits for its pair (which the next
     * chunk brings) unless this is the end. A new buffer each time: a builder once widened by a
     * character beyond Latin-1 would stay two bytes a character.
     */
    private void drain(boolean all) throws IOException {
        int n = pending.length();
        if (!all && n > 0 && Character.isHighSurrogate(pending.charAt(n - 1))) n--;
        if (n == 0) return;
        out.write(pending.substring(0, n).getBytes(StandardCharsets.UTF_8));
        StringBuilder rest = new StringBuilder(CHUNK);
        rest.append(pending, n, pending.length());
        pending = rest;
    }
}
