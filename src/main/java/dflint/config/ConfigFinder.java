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
        Path start = dir.toAbsolutePath().normalize();
        java.util.List<Path> visited = new java.util.ArrayList<>();
        Optional<Path> found = Optional.empty();
        for (Path d = start; d != null; d = d.getParent()) {
            Optional<Path> known = cache.get(d);
            if (known != null) {
                found = known;
                break;
            }
            visited.add(d);
            Path here = null;
            for (String name : NAMES) {
                if (Files.isRegularFile(d.resolve(name))) {
                    here = d.resolve(name);
                    break;
                }
            }
            if (here != null) {
                found = Optional.of(here);
                break;
            }
            if (Files.exists(d.resolve(".git"))) break; // the repository root: look no higher
        }
        for (Path d : visited) cache.put(d, found);
        return found;
    }
}
