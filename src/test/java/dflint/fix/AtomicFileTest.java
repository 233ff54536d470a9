package dflint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheContentKeepsTheModeAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, "from a\n");
        boolean posix = Files.getFileStore(f).supportsFileAttributeView("posix");
        if (posix) Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFile.replace(f, "FROM a\n".getBytes());
        assertEquals("FROM a\n", Files.readString(f));
        if (posix) assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "a temporary file was left behind");
        }
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetChanges() throws IOException {
        Path target = dir.resolve("real.Dockerfile");
        Files.writeString(target, "from a\n");
        Path link = dir.resolve("Dockerfile");
        try {
            Files.createSymbolicLink(link, target.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here");
        }
        AtomicFile.replace(link, "FROM a\n".getBytes());
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals("FROM a\n".getBytes(), Files.readAllBytes(target));
    }
}
