package dflint.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a linted file into the path code scanning, GitHub annotations and
 * GitLab expect: relative to the repository root, with '/' separators. The
 * root is the given one (--sarif-root) or the nearest folder upward that holds
 * a {@code .git} entry (found without running git). A file outside the root
 * never leaks an absolute path: it keeps its relative path as given, or just
 * its name.
 */
public final class ArtifactPaths {
    private final Path fixedRoot;
    private final Map<Path, Path> topLevels = new HashMap<>();

    /** @param fixedRoot the root to use for every file, or null to find the git top level per file */
    public ArtifactPaths(Path fixedRoot) {
        this.fixedRoot = fixedRoot == null ? null : real(fixedRoot.toAbsolutePath().normalize());
    }

    /** The repository-relative path with '/' separators (not encoded). */
    public String relative(FileResult r) {
        if (r.file() == null) return r.path();
        Path abs = real(r.file().toAbsolutePath().normalize());
        Path root = fixedRoot != null ? fixedRoot : topLevel(abs.getParent());
        if (root != null && abs.startsWith(root) && !abs.equals(root)) {
            return slashes(root.relativize(abs));
        }
        Path given = r.file().normalize();
        if (!given.isAbsolute() && !given.toString().isEmpty() && !given.startsWith("..")) return slashes(given);
        Path name = abs.getFileName();
        return name == null ? r.path() : name.toString();
    }

    /** {@link #relative} as a URI reference: every byte outside RFC 3986's unreserved set is percent-encoded. */
    public String uri(FileResult r) {
        return percentEncode(relative(r));
    }

    public static String percentEncode(String path) {
        StringBuilder b = new StringBuilder(path.length() + 8);
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    /** The nearest folder at or above dir that contains a .git entry (folder or file), or null. */
    public static Path findTopLevel(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) return d;
        }
        return null;
    }

    private Path topLevel(Path dir) {
        if (dir == null) return null;
        // get and put, not computeIfAbsent with a method reference: see ColdPathTest
        if (topLevels.containsKey(dir)) return topLevels.get(dir);
        Path top = findTopLevel(dir);
        topLevels.put(dir, top);
        return top;
    }

    private static String slashes(Path p) {
        StringBuilder b = new StringBuilder();
        for (Path part : p) {
            if (b.length() > 0) b.append('/');
            b.append(part);
        }
        return b.toString();
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p;
        }
    }
}
