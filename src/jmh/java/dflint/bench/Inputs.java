package dflint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Dockerfiles the benchmarks read: the shared corpus when it is there, else the project's own test data. */
final class Inputs {
    private Inputs() {}

    record Input(String name, byte[] bytes) {}

    /** -Ddflint.corpus=DIR picks the folder; the default is ../shared/corpus/files, then testdata/. */
    static List<Input> corpus() {
        String configured = System.getProperty("dflint.corpus");
        Path dir = configured != null ? Path.of(configured) : Path.of("../shared/corpus/files");
        if (!Files.isDirectory(dir)) dir = Path.of("testdata");
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && (name.endsWith("Dockerfile") || name.endsWith(".dockerfile"))) {
                    inputs.add(new Input(p.toString(), Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (inputs.isEmpty()) throw new IllegalStateException("no Dockerfiles under " + dir.toAbsolutePath());
        long bytes = inputs.stream().mapToLong(i -> i.bytes().length).sum();
        System.out.printf("# corpus: %d files, %d bytes (%.1f KiB a file) from %s%n",
                inputs.size(), bytes, bytes / 1024.0 / inputs.size(), dir.toAbsolutePath().normalize());
        return inputs;
    }

    /** A small multi-stage Dockerfile, the kind a pre-commit hook lints. */
    static Input small() {
        Path p = Path.of("testdata/samples/multistage.Dockerfile");
        try {
            return new Input(p.toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
