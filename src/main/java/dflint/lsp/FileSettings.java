package dflint.lsp;

import dflint.config.Config;
import dflint.config.ConfigException;
import dflint.config.ConfigFinder;
import dflint.config.ConfigLoader;
import dflint.engine.LintOptions;
import dflint.engine.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lint options for a file, found as the command line finds them: the nearest
 * {@code .dflint.yaml} (or {@code .yml}) at or above the file's folder, up to the repository
 * root, read with the same loader; defaults when there is none. A session lasts hours while
 * files come and go, so the search runs on every lint (a few file-system look-ups) and a file is
 * read again whenever its size or modification time changes.
 */
final class FileSettings {
    private final List<RuleDescriptor> catalogue;
    private ConfigLoader loader;
    private final Map<Path, Loaded> loaded = new HashMap<>();
    /** Where to look for the configuration of a document that has no file (untitled): the workspace. */
    private volatile Path fallbackDir;

    private record Loaded(long modified, long size, Config config, ConfigException error) {}

    /** A file's options, and whether to look for the targets its repository builds ({@code discover:}). */
    record Resolved(LintOptions options, boolean discover) {}

    FileSettings(List<RuleDescriptor> catalogue) {
        this.catalogue = catalogue;
    }

    void setFallbackDir(Path dir) {
        this.fallbackDir = dir;
    }

    /** The configuration file that governs {@code file} (null: a document without a file), if any. */
    Optional<Path> configFor(Path file) {
        Path dir;
        if (file != null) {
            Path abs = file.toAbsolutePath().normalize();
            dir = abs.getParent() == null ? abs : abs.getParent();
        } else {
            dir = fallbackDir != null ? fallbackDir : Path.of("");
        }
        return new ConfigFinder().find(dir);
    }

    /** The options for {@code file}; a configuration that cannot be used throws, naming its file and line. */
    synchronized Resolved optionsFor(Path file) throws ConfigException {
        Optional<Path> cfg = configFor(file);
        if (cfg.isEmpty()) return new Resolved(LintOptions.defaults(), true);
        Path key = cfg.get().toAbsolutePath().normalize();
        long modified = -1, size = -1;
        try {
            BasicFileAttributes a = Files.readAttributes(key, BasicFileAttributes.class);
            modified = a.lastModifiedTime().toMillis();
            size = a.size();
        } catch (IOException e) {
            // gone since the search: the loader says so in its own words
        }
        Loaded l = loaded.get(key);
        if (l == null || l.modified() != modified || l.size() != size) {
            if (loader == null) loader = new ConfigLoader(catalogue);
            try {
                l = new Loaded(modified, size, loader.load(cfg.get()), null);
            } catch (ConfigException e) {
                l = new Loaded(modified, size, null, e);
            }
            loaded.put(key, l);
        }
        if (l.error() != null) throw l.error();
        Config c = l.config();
        return new Resolved(c.toOptions().build(), c.discover() == null || c.discover());
    }

    /** Forgets every file read, after the client said configuration files changed. */
    synchronized void clear() {
        loaded.clear();
    }
}
