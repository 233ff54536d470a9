package dflint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our SHA-256 gives the JDK's digests, across every padding case (lengths around 55, 56, 64 bytes). */
class Sha256Test {
    @Test
    void givesTheDigestsOfTheJdk() throws Exception {
        MessageDigest jdk = MessageDigest.getInstance("SHA-256");
        Sha256 ours = new Sha256();
        Random random = new Random(16);
        for (int length = 0; length < 300; length++) {
            for (int round = 0; round < 3; round++) {
                byte[] data = new byte[length];
                random.nextBytes(data);
                assertArrayEquals(jdk.digest(data), ours.digest(data), "length " + length);
            }
        }
        byte[] big = new byte[100_000];
        random.nextBytes(big);
        assertArrayEquals(jdk.digest(big), ours.digest(big));
    }
}
