package dflint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a report writes comes out as its UTF-8 bytes, however the appends fall across chunks. */
class Utf8OutputTest {
    @Test
    void anyTextInAnyPiecesIsItsUtf8() throws Exception {
        Random random = new Random(16);
        String[] pieces = {"a", "plain ASCII line\n", "Jösé", "…", "\uD83D\uDE00", "\uD83D", "\uDE00", "x".repeat(65_535), "y".repeat(70_000)};
        for (int round = 0; round < 400; round++) {
            StringBuilder whole = new StringBuilder();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Output out = new Utf8Output(bytes);
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                String p = pieces[random.nextInt(pieces.length)];
                switch (random.nextInt(4)) {
                    case 0 -> out.append(p);
                    case 3 -> {
                        // only ASCII goes to appendAscii
                        if (!p.chars().allMatch(c -> c < 0x80)) p = "ascii " + i;
                        out.appendAscii(p);
                    }
                    case 1 -> {
                        int start = random.nextInt(p.length() + 1);
                        int end = start + random.nextInt(p.length() - start + 1);
                        out.append(p, start, end);
                        p = p.substring(start, end);
                    }
                    default -> {
                        out.append(p.charAt(0));
                        p = p.substring(0, 1);
                    }
                }
                whole.append(p);
            }
            out.flush();
            assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), "round " + round);
        }
    }

    @Test
    void nullIsWrittenAsAppendableSays() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Utf8Output(bytes).append(null).append(null, 1, 3).flush();
        assertArrayEquals("nullul".getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }

    /** A chunk that ends between the two halves of a pair: the pair is written whole, with the next chunk. */
    @Test
    void aPairSplitAtTheChunksEndStaysOneCharacter() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        String text = "x".repeat(65_535) + "\uD83D" + "\uDE00 done";
        out.append(text, 0, 65_536).append(text, 65_536, text.length()).flush();
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }
}
