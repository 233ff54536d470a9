package dflint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@code .dflint.yaml} that governs a file: the nearest one in the
 * file's folder or above, stopping at the repository root (a folder holding a
 * {@code .git} entry). Lookups are cached per folder; no YAML is read here.
 */
public final class ConfigFinder {
    public static final String[] NAMES = {".dflint.yaml", ".dflint.yml"};

    private final Map<Path, Optional<Path>> cache = new HashMap<>();

    /** The config file for files in dir, if any. */
    public Optional<Path> find(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        Optional<Path> known = cache.get(d);
        if (known != null) return known;
        Optional<Path> found = Optional.empty();
        boolean decided = false;
        for (String name : NAMES) {
            Path candidate = d.resolve(name);
            if (Files.isRegularFile(candidate)) {
                found = Optional.of(candidate);
                decided = true;
                break;
            }
        }
        if (!decided && !Files.exists(d.resolve(".git")) && d.getParent() != null) {
            found = find(d.getParent());
        }
        cache.put(d, found);
        return found;
    }
}
