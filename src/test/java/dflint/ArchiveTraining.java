package dflint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The launcher's class-data archive training, seen from a test that ran bin/dflint with its own
 * cache folder: the first run leaves a training running in the background, still writing into
 * that folder. A test waits for it before its temporary folder is deleted, or the deletion
 * races the training's files (on a slow CI machine, "Failed to close extension context").
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    /**
     * True while a training holds its lock in {@code cache}: the folder it makes before it starts
     * and removes last, after its files in the making. (Only a folder: a test that plants another
     * build's lock as a file does not keep this waiting.)
     */
    public static boolean running(Path cache) throws IOException {
        return names(cache).stream().anyMatch(n -> n.endsWith(".lock") && Files.isDirectory(cache.resolve(n)));
    }

    /**
     * Waits until no training is running in {@code cache}; false if one still runs after
     * {@code limit}.
     */
    public static boolean awaitIdle(Path cache, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (running(cache)) {
            if (System.nanoTime() > deadline) return false;
            Thread.sleep(100);
        }
        return true;
    }

    /** The file names in {@code cache}, sorted; none if it does not exist. */
    public static List<String> names(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) return List.of();
        try (Stream<Path> s = Files.list(cache)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (NoSuchFileException gone) {
            return List.of();
        }
    }

    public static boolean isArchive(String name) {
        return name.endsWith(".jsa") || name.endsWith(".aot");
    }
}
