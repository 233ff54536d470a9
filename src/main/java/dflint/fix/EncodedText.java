package dflint.fix;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A file's bytes and the text dflint lints, so a fixed text can be written back as the same
 * kind of file: UTF-8, with the byte order mark when it had one, and with every byte no fix
 * touched left as it was. The text is decoded exactly as {@link dflint.syntax.DockerfileSyntax}
 * decodes it (bytes that are not UTF-8 read as U+FFFD), so finding positions line up.
 *
 * <p>A valid UTF-8 file re-encodes losslessly. A file with bytes that are not UTF-8 is
 * written line by line: lines the fix did not change are copied byte for byte, and a changed
 * line that held such bytes cannot be rebuilt, so {@link #encode} refuses it.
 */
public final class EncodedText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] bytes;
    private final boolean bom;
    private final boolean valid;
    private final String text;

    private EncodedText(byte[] bytes, boolean bom, boolean valid, String text) {
        this.bytes = bytes;
        this.bom = bom;
        this.valid = valid;
        this.text = text;
    }

    public static EncodedText decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        String decoded;
        boolean valid = true;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            decoded = new String(bytes, StandardCharsets.UTF_8);
            valid = false;
        }
        // the parser drops a leading U+FEFF; so does the text fixes are computed on
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        return new EncodedText(bytes, bom && decoded.startsWith("\uFEFF"), valid, text);
    }

    /** The text without its byte order mark. */
    public String text() {
        return text;
    }

    public boolean hasByteOrderMark() {
        return bom;
    }

    /** The file was valid UTF-8. */
    public boolean isValidUtf8() {
        return valid;
    }

    /** Thrown when a changed line held bytes that are not UTF-8 and so cannot be written back as they were. */
    public static final class NotRepresentable extends Exception {
        private static final long serialVersionUID = 1L;

        NotRepresentable(String message) {
            super(message, null, false, false);
        }
    }

    /** The bytes of {@code fixed}, a changed version of {@link #text()}, in this file's encoding. */
    public byte[] encode(String fixed) throws NotRepresentable {
        if (fixed.equals(text)) return bytes.clone();
        if (valid) {
            byte[] body = fixed.getBytes(StandardCharsets.UTF_8);
            if (!bom) return body;
            byte[] out = new byte[body.length + 3];
            System.arraycopy(BOM, 0, out, 0, 3);
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
        return spliceLines(fixed);
    }

    private byte[] spliceLines(String fixed) throws NotRepresentable {
        List<String> a = LineDiff.lines(text), b = LineDiff.lines(fixed);
        // byte ranges of the original lines: 0x0A is never part of a multi-byte sequence
        int start = bom ? 3 : 0;
        int[] lineStart = new int[a.size() + 1];
        int line = 0;
        lineStart[0] = start;
        for (int i = start; i < bytes.length && line < a.size(); i++) {
            if (bytes[i] == '\n') lineStart[++line] = i + 1;
        }
        if (line < a.size()) lineStart[a.size()] = bytes.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        out.write(bytes, 0, start);
        for (LineDiff.Op op : LineDiff.diff(a, b)) {
            if (op.kind() == ' ') {
                out.write(bytes, lineStart[op.a()], lineStart[op.a() + 1] - lineStart[op.a()]);
            } else if (op.kind() == '+') {
                String l = b.get(op.b());
                if (l.indexOf('\uFFFD') >= 0) {
                    // U+FFFD may stand for bytes that were not UTF-8: the line cannot be rebuilt as it was
                    throw new NotRepresentable("line " + (op.b() + 1) + " holds bytes that are not UTF-8 and a fix changes it");
                }
                byte[] enc = l.getBytes(StandardCharsets.UTF_8);
                out.write(enc, 0, enc.length);
            }
        }
        return out.toByteArray();
    }
}
