package dflint.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file in the same
 * folder, are flushed to disk, get the old file's permissions, and are renamed over it, so a
 * reader (or a crash) sees the old file or the new one, never half of one. A symbolic link is
 * followed: the file it points to is replaced and the link stays a link.
 */
public final class AtomicFile {
    private AtomicFile() {}

    public static void replace(Path file, byte[] content) throws IOException {
        Path target = file.toRealPath();
        Path dir = target.getParent();
        Set<PosixFilePermission> mode = null;
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (posix != null) mode = posix.readAttributes().permissions();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".dflint-tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            if (mode != null) Files.setPosixFilePermissions(tmp, mode);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }
}
