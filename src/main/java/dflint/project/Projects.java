package dflint.project;

import dflint.graph.TargetSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The repositories around the Dockerfiles of one run, the targets each builds and the build
 * arguments each passes. The root of a Dockerfile is the nearest folder at or above it holding
 * {@code .git} (a folder, or a file in a worktree), or the one given; a Dockerfile outside any
 * repository gets no discovered targets or arguments.
 * Each root is walked at most once per run, on the first question about it. Thread-safe: files
 * are linted in parallel.
 */
public final class Projects {
    private final Path projectRoot;
    private final Map<Path, Path> rootOfFolder = new HashMap<>();
    private final Map<Path, Discovery> byRoot = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** @param projectRoot the root for every file ({@code --project-root}), or null to look for {@code .git} */
    public Projects(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    /**
     * The targets the repository around this Dockerfile builds, each with where it is written:
     * those whose Dockerfile is this one, and those whose Dockerfile could not be worked out
     * (the stage graph keeps only names of its own stages). Never throws; empty when unknown.
     */
    public List<TargetSource> targetsFor(Path dockerfile) {
        return targetsFor(dockerfile, null);
    }

    /**
     * As {@link #targetsFor(Path)}, when only targets named one of {@code names} (lower-case) matter:
     * files that mention none of them are not parsed (see {@link Discovery#refs}).
     */
    public List<TargetSource> targetsFor(Path dockerfile, java.util.Set<String> names) {
        List<TargetSource> out = new ArrayList<>();
        Path file = real(dockerfile);
        Discovery d = discoveryAround(file);
        if (d == null) return out;
        long start = System.nanoTime();
        int before = d.refs().size();
        List<TargetRef> refs = d.refs(names);
        synchronized (this) {
            notes.add(d.root + ": asked about " + (names == null ? "every target" : names) + ": "
                    + (refs.size() - before) + " new target reference(s) in " + Discovery.ms(System.nanoTime() - start) + " ms");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TargetRef r : refs) {
            // one line may give a target to several builds (a bake target and those inheriting it)
            if ((r.dockerfile() == null || r.dockerfile().equals(file)) && seen.add(r.target() + '\n' + r.source())) {
                out.add(new TargetSource(r.target(), r.source()));
            }
        }
        return out;
    }

    /**
     * The names of the build arguments the repository around this Dockerfile passes when it
     * builds it (bake args, compose args, skaffold buildArgs, build-push-action build-args,
     * --build-arg on any command line), including those of builds whose Dockerfile could not
     * be worked out. {@code names}, when not null, are the argument names that matter (as
     * written, case-sensitive): files that mention none of them may be skipped unparsed.
     * Never throws; empty when unknown or outside a repository.
     * <p>With {@code names}, only those of them are returned, so the answer does not depend on
     * what earlier questions had parsed already.
     */
    public Set<String> buildArgsFor(Path dockerfile, Set<String> names) {
        Set<String> out = new TreeSet<>();
        try {
            // for --debug: where each argument asked about is passed, so a silent FROM can be traced
            StringBuilder where = new StringBuilder();
            for (ArgRef a : argRefsFor(dockerfile, names)) {
                if (names != null && !names.contains(a.name())) continue;
                if (!out.add(a.name())) continue;
                if (where.length() > 0) where.append(", ");
                where.append(a.name()).append(" (").append(a.source()).append(')');
            }
            if (where.length() > 0) {
                synchronized (this) {
                    notes.add(dockerfile + ": passed as build arguments: " + where);
                }
            }
        } catch (RuntimeException e) {
            // evidence only: an argument not found leaves the lint as it was without discovery
            synchronized (this) {
                notes.add(dockerfile + ": build arguments not discovered: " + e);
            }
        }
        return out;
    }

    /**
     * The build arguments the repository around this Dockerfile passes, each with where: those
     * for this Dockerfile and those whose Dockerfile is unknown (see {@link Discovery#args}).
     */
    List<ArgRef> argRefsFor(Path dockerfile, Set<String> names) {
        List<ArgRef> out = new ArrayList<>();
        Path file = real(dockerfile);
        Discovery d = discoveryAround(file);
        if (d == null) return out;
        long start = System.nanoTime();
        int before = d.args().size();
        List<ArgRef> args = d.args(names);
        synchronized (this) {
            notes.add(d.root + ": asked about " + (names == null ? "every build argument" : "build arguments " + names) + ": "
                    + (args.size() - before) + " new build argument reference(s) in "
                    + Discovery.ms(System.nanoTime() - start) + " ms");
        }
        for (ArgRef a : args) {
            if (a.dockerfile() == null || a.dockerfile().equals(file)) out.add(a);
        }
        return out;
    }

    /** The repository root of a Dockerfile, or null when it is in none. */
    public synchronized Path rootOf(Path dockerfile) {
        Path file = real(dockerfile);
        if (file == null) return null;
        if (projectRoot != null) return real(projectRoot);
        Path dir = file.getParent();
        List<Path> visited = new ArrayList<>();
        Path found = null;
        for (Path d = dir; d != null; d = d.getParent()) {
            if (rootOfFolder.containsKey(d)) {
                found = rootOfFolder.get(d);
                break;
            }
            visited.add(d);
            if (Files.exists(d.resolve(".git"))) {
                found = d;
                break;
            }
        }
        for (Path v : visited) rootOfFolder.put(v, found);
        return found;
    }

    /** The discovery of the repository around a Dockerfile (its real path), or null when it is in none. */
    private Discovery discoveryAround(Path file) {
        if (file == null) return null;
        Path root = rootOf(file);
        return root == null ? null : discovery(root);
    }

    private synchronized Discovery discovery(Path root) {
        Discovery d = byRoot.get(root);
        if (d == null) {
            d = Discovery.of(root);
            byRoot.put(root, d);
        }
        return d;
    }

    /** What discovery skipped and why, and what it found where: for {@code --debug}. */
    public synchronized List<String> notes() {
        List<String> out = new ArrayList<>(notes);
        for (var e : byRoot.entrySet()) {
            for (String n : e.getValue().notesCopy()) out.add(e.getKey() + ": " + n);
        }
        return out;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            try {
                return p.toAbsolutePath().normalize();
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }
}
