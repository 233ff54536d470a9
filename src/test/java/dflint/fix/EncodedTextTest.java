package dflint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.syntax.DockerfileSyntax;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodedTextTest {
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Object p : parts) {
            byte[] x = p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p;
            b.write(x, 0, x.length);
        }
        return b.toByteArray();
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void theTextIsWhatTheParserReads() {
        byte[] b = bytes(BOM, "FROM a\r\nRUN é\r\n");
        EncodedText e = EncodedText.decode(b);
        assertTrue(e.hasByteOrderMark());
        assertEquals(DockerfileSyntax.parse("x", b).text(), e.text());
        assertEquals("FROM a\r\nRUN é\r\n", e.text());
    }

    @Test
    void theByteOrderMarkAndLineEndsStay() throws Exception {
        EncodedText e = EncodedText.decode(bytes(BOM, "from a\r\nRUN é\r\n"));
        assertArrayEquals(bytes(BOM, "FROM a\r\nRUN é\r\n"), e.encode("FROM a\r\nRUN é\r\n"));
        EncodedText plain = EncodedText.decode(bytes("from a\n"));
        assertFalse(plain.hasByteOrderMark());
        assertArrayEquals(bytes("FROM a\n"), plain.encode("FROM a\n"));
    }

    @Test
    void bytesThatAreNotUtf8StayOnLinesNoFixTouches() throws Exception {
        byte[] latin1 = {'#', ' ', 'M', (byte) 0xFC, 'l', 'l', 'e', 'r', '\n'};
        byte[] b = bytes(latin1, "from a\n", latin1);
        EncodedText e = EncodedText.decode(b);
        assertFalse(e.isValidUtf8());
        String fixed = e.text().replace("from a", "FROM a");
        assertArrayEquals(bytes(latin1, "FROM a\n", latin1), e.encode(fixed));
    }

    @Test
    void aChangedLineWithBytesThatAreNotUtf8IsRefused() {
        byte[] b = bytes("from a\nLABEL x=", new byte[] {(byte) 0xFC}, " y\n");
        EncodedText e = EncodedText.decode(b);
        String fixed = e.text().replace("LABEL x=\uFFFD y", "LABEL x=\"\uFFFD y\"");
        assertThrows(EncodedText.NotRepresentable.class, () -> e.encode(fixed));
    }

    @Test
    void nothingChangedGivesTheSameBytes() throws Exception {
        byte[] b = bytes(BOM, "FROM a\n", new byte[] {(byte) 0xFF}, "\n");
        EncodedText e = EncodedText.decode(b);
        assertArrayEquals(b, e.encode(e.text()));
    }
}
