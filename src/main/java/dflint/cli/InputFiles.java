package dflint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;

/**
 * Turns command-line paths into the files to lint: files as given, directories
 * walked for Dockerfile-like names, '-' for standard input. Problems become
 * one-line messages, never exceptions.
 */
final class InputFiles {
    private InputFiles() {}

    /** One thing to lint: a file, or standard input when path is null. */
    record Input(String display, Path path) {}

    /** A file that could not be read, with the line to print. */
    static final class ReadError extends Exception {
        private static final long serialVersionUID = 1L;

        ReadError(String message) {
            super(message, null, false, false);
        }
    }

    static boolean looksLikeDockerfile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("dockerfile") || n.startsWith("dockerfile.") || n.endsWith(".dockerfile")
                || n.equals("containerfile") || n.startsWith("containerfile.");
    }

    /**
     * Folders of test inputs: their Dockerfiles are often broken or odd on purpose, so a
     * directory walk leaves them out unless asked (--include-fixtures).
     */
    static final java.util.Set<String> FIXTURE_FOLDERS = java.util.Set.of("test", "tests", "testdata", "test-data",
            "test_data", "testfiles", "test-files", "fixtures", "fixture", "__fixtures__", "test-fixtures", "e2e");

    /** Folders of other projects' code copied into this one: never walked (name them to lint them). */
    static final java.util.Set<String> VENDORED_FOLDERS = java.util.Set.of("node_modules", "vendor", "third_party",
            "bower_components");

    /** What a walk left out on purpose, to say so after the report. */
    static final class Skipped {
        int fixtures;
        int templates;

        boolean any() {
            return fixtures + templates > 0;
        }

        /** One line for standard error, or null when nothing was skipped. */
        String note() {
            if (!any()) return null;
            List<String> parts = new ArrayList<>();
            if (fixtures > 0) parts.add(fixtures + (fixtures == 1 ? " Dockerfile" : " Dockerfiles") + " in test fixture folders");
            if (templates > 0) parts.add(templates + (templates == 1 ? " template" : " templates"));
            return "skipped " + String.join(" and ", parts) + " while walking directories; --include-fixtures lints them";
        }
    }

    /** Decides whether a file or folder met while walking root is left out. */
    interface Excluder {
        boolean excluded(Path root, Path p);
    }

    /**
     * --exclude globs: a glob without '/' matches a file or folder name at any depth (like
     * .gitignore); one with '/' matches the path relative to the walked directory.
     */
    static Excluder excluder(List<String> globs) {
        if (globs.isEmpty()) return NOTHING;
        List<PathMatcher> byName = new ArrayList<>();
        List<PathMatcher> byPath = new ArrayList<>();
        for (String g : globs) {
            String glob = g.startsWith("./") ? g.substring(2) : g;
            while (glob.endsWith("/") && glob.length() > 1) glob = glob.substring(0, glob.length() - 1);
            PathMatcher m;
            try {
                m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageError("--exclude '" + g + "' is not a valid glob: " + e.getMessage());
            }
            (glob.contains("/") ? byPath : byName).add(m);
        }
        return new Globs(byName, byPath);
    }

    /** No --exclude: nothing is left out. (Classes, not lambdas, on the lint path: see ColdPathTest.) */
    private static final Excluder NOTHING = new Excluder() {
        @Override
        public boolean excluded(Path root, Path p) {
            return false;
        }
    };

    /** The --exclude globs, by name and by path relative to the walked directory. */
    private record Globs(List<PathMatcher> byName, List<PathMatcher> byPath) implements Excluder {
        @Override
        public boolean excluded(Path root, Path p) {
            Path name = p.getFileName();
            for (PathMatcher m : byName) {
                if (name != null && m.matches(name)) return true;
            }
            Path rel = root.relativize(p);
            for (PathMatcher m : byPath) {
                if (m.matches(rel)) return true;
            }
            return false;
        }
    }

    /** Expands the arguments in order; directories contribute their files sorted by path. */
    static List<Input> expand(List<String> args, Excluder excluded, boolean includeFixtures, Skipped skipped,
                              List<String> problems) {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input("-", null));
                continue;
            }
            Path p;
            try {
                p = Path.of(a);
            } catch (java.nio.file.InvalidPathException e) {
                // e.g. a NUL character: no file can have that name
                problems.add(a.replace('\0', ' ') + ": not a valid path: " + e.getReason());
                continue;
            }
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                walk(p, excluded, includeFixtures, skipped, found, problems);
                found.sort(null);
                for (Path f : found) out.add(new Input(f.isAbsolute() ? f.toString() : f.normalize().toString(), f));
            } else {
                out.add(new Input(a, p));
            }
        }
        return out;
    }

    private static void walk(Path root, Excluder excluded, boolean includeFixtures, Skipped skipped, List<Path> found,
                             List<String> problems) {
        try {
            // Following links lets a linked folder be linted; the walker detects loops itself.
            // Set.of, not EnumSet.of: an EnumSet finds its enum's constants through reflection
            Files.walkFileTree(root, java.util.Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        /** Depth of fixture folders around the current one: their files are counted, not linted. */
                        private int inFixtures;

                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root)) {
                                String name = dir.getFileName().toString();
                                if (name.startsWith(".") || VENDORED_FOLDERS.contains(name) || excluded.excluded(root, dir)) {
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                                if (inFixtures > 0 || (!includeFixtures && FIXTURE_FOLDERS.contains(name.toLowerCase(Locale.ROOT)))) {
                                    inFixtures++;
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (inFixtures > 0) inFixtures--;
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            if (attrs.isRegularFile() && looksLikeDockerfile(name) && !excluded.excluded(root, file)) {
                                if (inFixtures > 0) skipped.fixtures++;
                                else if (!includeFixtures && dflint.syntax.TemplateMarker.isTemplateName(name)) skipped.templates++;
                                else found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // symlink loops and unreadable folders are skipped, not fatal
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(root + ": cannot read directory: " + reason(e));
        }
    }

    /** The one FILE operand of {@code parse} and {@code stages}: {@code -} is standard input. */
    static Input single(String arg) throws ReadError {
        if (arg.equals("-")) return new Input("-", null);
        try {
            return new Input(arg, Path.of(arg));
        } catch (InvalidPathException e) {
            throw new ReadError(arg + ": not a valid path: " + e.getReason());
        }
    }

    /**
     * The default --max-file-size, 4 MiB: two hundred times the largest of the 1,306 real
     * Dockerfiles the tests read (20 KB), and twice what buildx accepts for a Dockerfile it
     * fetches by URL. Bigger input is generated or hostile; refusing it in one line at once is
     * more use than linting it for several seconds.
     */
    static final String DEFAULT_MAX_FILE_SIZE = "4194304";

    /** Reads a file's bytes with the checks a linter owes its users. */
    static byte[] read(Input in, long maxBytes, InputStream stdin) throws ReadError {
        byte[] bytes;
        try {
            if (in.path() == null) {
                bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            } else {
                Path p = in.path();
                if (!Files.exists(p)) throw new ReadError(in.display() + ": no such file");
                if (Files.isDirectory(p)) throw new ReadError(in.display() + ": is a directory");
                if (!Files.isRegularFile(p)) throw new ReadError(in.display() + ": not a regular file");
                if (!Files.isReadable(p)) throw new ReadError(in.display() + ": permission denied");
                long size = Files.size(p);
                if (size > maxBytes) {
                    throw new ReadError(in.display() + ": file is " + size + " bytes, larger than the limit of " + maxBytes
                            + " bytes (raise it with --max-file-size)");
                }
                bytes = readLimited(p, maxBytes);
            }
        } catch (IOException e) {
            throw new ReadError(in.display() + ": cannot read: " + reason(e));
        }
        if (bytes.length > maxBytes) {
            throw new ReadError(in.display() + ": file is larger than the limit of " + maxBytes
                    + " bytes (raise it with --max-file-size)");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ReadError(in.display() + ": file is UTF-16 encoded; Dockerfiles must be UTF-8");
        }
        int scan = Math.min(bytes.length, 8192);
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) {
                throw new ReadError(in.display() + ": binary file (NUL byte at offset " + i + "), not a Dockerfile");
            }
        }
        return bytes;
    }

    private static byte[] readLimited(Path p, long maxBytes) throws IOException {
        try (InputStream s = Files.newInputStream(p)) {
            return s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemLoopException) return "symbolic link loop";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
