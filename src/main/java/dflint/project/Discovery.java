package dflint.project;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The build targets one repository's files name, and the build arguments they pass: a bounded
 * walk from the root that reads bake files, compose files, dev container files, CI workflows,
 * Makefiles, scripts and skaffold files. Made once per root and run; everything about it is
 * capped (folders, files, bytes, time), links are never followed, and a file that cannot be
 * read or understood is skipped with a note.
 */
final class Discovery {
    /** Directory entries looked at in all. */
    static final int MAX_ENTRIES = 20_000;
    /** Folder depth below the root. */
    static final int MAX_DEPTH = 12;
    /** Files read in all. */
    static final int MAX_FILES = 300;
    /** A bigger file is skipped. */
    static final long MAX_FILE_BYTES = 512 * 1024;
    /** Bytes read in all. */
    static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024;
    /** Wall time for the walk and the reading together. */
    static final long MAX_NANOS = 500_000_000L;
    /** References kept in all, of each kind (targets, build arguments). */
    static final int MAX_REFS = 20_000;

    /** Folders that hold other people's code, build output or tool state, never a repository's build setup. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "vendor", "third_party", "third-party",
            "bower_components", "target", "dist", "out", "__pycache__", "site-packages", "venv");
    /** Hidden folders that do hold CI setup. */
    private static final Set<String> CI_FOLDERS = Set.of(".github", ".gitlab", ".circleci", ".buildkite", ".woodpecker");
    /** The dev container folder: walked to one level of sub-folders, for its configurations and compose files only. */
    static final String DEVCONTAINER_FOLDER = ".devcontainer";

    /** What a file is, which says how to read it; the order is the reading order under the caps. */
    enum Kind { BAKE, COMPOSE, DEVCONTAINER, WORKFLOW, SKAFFOLD, CI, MAKE, SCRIPT }

    private record Candidate(Path path, String rel, Kind kind, int depth, long size) {}

    /** Kind, then depth, then path: the files most likely to matter first. A class, not lambdas (see YamlSources). */
    private static final Comparator<Candidate> READING_ORDER = new Comparator<>() {
        @Override
        public int compare(Candidate a, Candidate b) {
            int c = a.kind().compareTo(b.kind());
            if (c == 0) c = Integer.compare(a.depth(), b.depth());
            if (c == 0) c = a.rel().compareTo(b.rel());
            return c;
        }
    };

    final Path root;
    private final List<TargetRef> refs = new ArrayList<>();
    private final List<ArgRef> args = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Time spent so far, over every question asked of this repository. */
    private long spent;
    private long phaseStart;
    private long bytesRead;
    private int filesRead;
    /** The files to read, in reading order; null until the walk. */
    private List<Candidate> candidates;
    /** The files read so far (texts kept, for questions about other names later), in reading order. */
    private final List<Read> read = new ArrayList<>();
    private boolean readingDone;

    /** A file read, and whether it was parsed already (for its targets and its build arguments at once). */
    private static final class Read {
        final Candidate candidate;
        final Source source;
        boolean parsed;

        Read(Candidate candidate, Source source) {
            this.candidate = candidate;
            this.source = source;
        }
    }

    private Discovery(Path root) {
        this.root = root;
    }

    /** A repository under {@code root} (a real, absolute path); nothing is read until asked. */
    static Discovery of(Path root) {
        return new Discovery(root);
    }

    /** Walks and reads the whole repository under {@code root} at once (tests, stages). */
    static Discovery run(Path root) {
        Discovery d = new Discovery(root);
        d.refs(null);
        return d;
    }

    /**
     * The references in the files that may name a target among {@code names} (lower-case stage
     * names; null for every file). A file none of the names appears in as a word is not parsed,
     * which saves most of the work when a lint asks about one or two stages; a target name made
     * by joining pieces in a template would be missed that way, a price for starting fast. Files
     * are walked and read once; each is parsed at most once, whatever is asked later. Returns
     * every reference found so far.
     */
    synchronized List<TargetRef> refs(java.util.Set<String> names) {
        answer(names, false);
        return new ArrayList<>(refs);
    }

    synchronized List<TargetRef> refs() {
        return new ArrayList<>(refs);
    }

    /**
     * The build arguments in the files that may pass one of {@code names} (argument names as
     * written, case-sensitive; null for every file): as {@link #refs(java.util.Set)}, a file
     * none of them appears in as a word is not parsed. Returns every argument found so far.
     */
    synchronized List<ArgRef> args(java.util.Set<String> names) {
        answer(names, true);
        return new ArrayList<>(args);
    }

    synchronized List<ArgRef> args() {
        return new ArrayList<>(args);
    }

    /** Walks and reads once, then parses the files that may answer a question about these names. */
    private void answer(java.util.Set<String> names, boolean argNames) {
        phaseStart = System.nanoTime();
        try {
            if (candidates == null) {
                candidates = walk();
                note("walked the repository in " + ms(System.nanoTime() - phaseStart) + " ms: "
                        + candidates.size() + " file(s) to read");
            }
            if (!readingDone) {
                readAll(candidates);
                readingDone = true;
            }
            parse(names, argNames);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // evidence only: keep what was found, say what broke
            note("stopped early: " + e);
        } finally {
            spent += System.nanoTime() - phaseStart;
        }
    }

    List<String> notes() {
        return notes;
    }

    synchronized List<String> notesCopy() {
        return new ArrayList<>(notes);
    }

    /** A note for --debug; past 200, only notes about the caps are kept. */
    void note(String s) {
        if (notes.size() < 200) notes.add(s);
    }

    private void limitNote(String s) {
        notes.add(s);
    }

    boolean pastDeadline() {
        return spent + (System.nanoTime() - phaseStart) > MAX_NANOS;
    }

    // ------------------------------------------------------------------ walking

    /**
     * The files to read, breadth first, so the files at the top (the bake file, .github) come
     * first under any cap. java.io.File rather than NIO for the walk: a name list and one stat
     * per entry, about a third of the cost of NIO's attribute views on a cold start.
     */
    private List<Candidate> walk() {
        List<Candidate> found = new ArrayList<>();
        Deque<File> folders = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        folders.add(root.toFile());
        depths.add(0);
        int entries = 0;
        while (!folders.isEmpty()) {
            File dir = folders.poll();
            int depth = depths.poll();
            if (pastDeadline()) {
                limitNote("the walk took longer than " + MAX_NANOS / 1_000_000 + " ms; stopped at " + rel(dir.toPath()));
                break;
            }
            String[] names = dir.list();
            if (names == null) {
                note("cannot list " + rel(dir.toPath()));
                continue;
            }
            java.util.Arrays.sort(names);
            String folder = dir.getName();
            File up = dir.getParentFile();
            String parent = up == null ? "" : up.getName();
            for (String name : names) {
                if (++entries > MAX_ENTRIES) break;
                File f = new File(dir, name);
                Kind k = kindOf(name, folder, parent);
                if (k != null) {
                    if (f.isFile()) found.add(new Candidate(f.toPath(), rel(f.toPath()), k, depth, f.length()));
                } else if (depth + 1 <= MAX_DEPTH && walksInto(name, folder, parent) && f.isDirectory()
                        && !Files.isSymbolicLink(f.toPath())) {
                    // a linked folder may lead out of the repository: never followed
                    folders.add(f);
                    depths.add(depth + 1);
                }
            }
            if (entries > MAX_ENTRIES) {
                limitNote("more than " + MAX_ENTRIES + " files and folders; the walk stopped at " + rel(dir.toPath()));
                break;
            }
        }
        found.sort(READING_ORDER);
        return found;
    }

    /** Whether to walk into the folder {@code name} of {@code folder} (under {@code parent}). */
    private static boolean walksInto(String name, String folder, String parent) {
        // the spec puts configurations in .devcontainer and its direct sub-folders, no deeper
        if (parent.equals(DEVCONTAINER_FOLDER)) return false;
        if (name.startsWith(".")) {
            return !folder.equals(DEVCONTAINER_FOLDER) && (CI_FOLDERS.contains(name) || name.equals(DEVCONTAINER_FOLDER));
        }
        return !SKIPPED_FOLDERS.contains(name);
    }

    /** How to read a file with this name in this folder (under that parent), or null when it says nothing about builds. */
    static Kind kindOf(String name, String folder, String parent) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean yaml = n.endsWith(".yml") || n.endsWith(".yaml");
        boolean compose = yaml && (n.startsWith("compose.") || n.startsWith("compose-") || n.startsWith("docker-compose"));
        if (folder.equals(DEVCONTAINER_FOLDER) || parent.equals(DEVCONTAINER_FOLDER)) {
            // only what builds there: its setup scripts run inside the container, not docker build
            if (n.equals("devcontainer.json")) return Kind.DEVCONTAINER;
            return compose ? Kind.COMPOSE : null;
        }
        if (n.equals(".devcontainer.json")) return Kind.DEVCONTAINER;
        // docker-bake.hcl, docker-bake.override.json, ci.bake.hcl; not any JSON with "bake" in its name (recipes!)
        if (n.endsWith(".hcl") && n.contains("bake")) return Kind.BAKE;
        if (n.endsWith(".json") && (n.startsWith("docker-bake") || n.endsWith("bake.json"))) return Kind.BAKE;
        if (compose) return Kind.COMPOSE;
        if (yaml && n.startsWith("skaffold")) return Kind.SKAFFOLD;
        if (yaml && folder.equals("workflows") && parent.equals(".github")) return Kind.WORKFLOW;
        if (yaml && (n.equals(".gitlab-ci.yml") || n.endsWith(".gitlab-ci.yml") || folder.equals(".gitlab")
                || folder.equals(".circleci") || folder.equals(".buildkite") || n.startsWith("azure-pipelines")
                || n.startsWith("cloudbuild") || n.startsWith("taskfile") || n.equals(".drone.yml"))) {
            return Kind.CI;
        }
        if (n.equals("jenkinsfile") || n.equals("justfile") || n.equals(".justfile")) return Kind.CI;
        if (n.equals("makefile") || n.equals("gnumakefile") || n.endsWith(".mk")) return Kind.MAKE;
        if (n.endsWith(".sh") || n.endsWith(".bash")) return Kind.SCRIPT;
        return null;
    }

    // ------------------------------------------------------------------ reading

    /** Reads the candidates, under the caps, keeping their texts. */
    private void readAll(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (pastDeadline()) {
                limitNote("reading took longer than " + MAX_NANOS / 1_000_000 + " ms; not read: " + c.rel() + " and later files");
                break;
            }
            if (filesRead >= MAX_FILES) {
                limitNote("read " + MAX_FILES + " files already; not read: " + c.rel() + " and later files");
                break;
            }
            if (c.size() > MAX_FILE_BYTES) {
                note("skipped " + c.rel() + ": " + c.size() + " bytes, more than " + MAX_FILE_BYTES);
                continue;
            }
            if (bytesRead + c.size() > MAX_TOTAL_BYTES) {
                limitNote("read " + bytesRead + " bytes already; not read: " + c.rel() + " and later files");
                break;
            }
            String text = read(c);
            if (text != null) read.add(new Read(c, new Source(this, c.path(), c.rel(), text)));
        }
    }

    /**
     * Parses the files read that may name one of the names (all when null) and are not parsed
     * yet: stage names in any usual case, or argument names as written when {@code argNames}.
     */
    private void parse(java.util.Set<String> names, boolean argNames) {
        List<Read> bakeFolder = new ArrayList<>();
        boolean folderMentions = false;
        for (Read r : read) {
            // the bake files of one folder are read together: override files add to the main one
            if (!bakeFolder.isEmpty() && (r.candidate.kind() != Kind.BAKE
                    || !r.candidate.path().getParent().equals(bakeFolder.get(0).candidate.path().getParent()))) {
                if (folderMentions) parseBake(bakeFolder);
                bakeFolder.clear();
                folderMentions = false;
            }
            if (pastDeadline()) {
                limitNote("parsing took longer than " + MAX_NANOS / 1_000_000 + " ms; not parsed: " + r.candidate.rel() + " and later files");
                return;
            }
            if (r.parsed) continue;
            boolean mentions = names == null
                    || (argNames ? mentionsWord(r.source.text, names) : mentionsAny(r.source.text, names));
            if (r.candidate.kind() == Kind.BAKE) {
                bakeFolder.add(r);
                folderMentions |= mentions;
                continue;
            }
            if (!mentions) continue;
            r.parsed = true;
            long start = System.nanoTime();
            int before = refs.size(), argsBefore = args.size();
            Source src = r.source;
            try {
                switch (r.candidate.kind()) {
                    case COMPOSE: YamlSources.compose(src); break;
                    case DEVCONTAINER: DevContainers.read(src); break;
                    case SKAFFOLD: YamlSources.skaffold(src); break;
                    case WORKFLOW:
                        YamlSources.workflow(src);
                        BuildCommands.scan(src);
                        break;
                    default: BuildCommands.scan(src);
                }
            } catch (RuntimeException | StackOverflowError e) {
                note("skipped " + r.candidate.rel() + ": could not read it (" + e + ")");
            }
            if (refs.size() > before || args.size() > argsBefore) {
                note(r.candidate.rel() + ": " + found(refs.size() - before, args.size() - argsBefore) + " in "
                        + ms(System.nanoTime() - start) + " ms");
            }
        }
        if (folderMentions) parseBake(bakeFolder);
    }

    private void parseBake(List<Read> folder) {
        List<Source> sources = new ArrayList<>();
        for (Read r : folder) {
            if (r.parsed) continue;
            r.parsed = true;
            sources.add(r.source);
        }
        if (sources.isEmpty()) return;
        int before = refs.size(), argsBefore = args.size();
        BakeFiles.read(sources);
        if (refs.size() > before || args.size() > argsBefore) {
            note(sources.get(0).rel + " (and its folder's other bake files): "
                    + found(refs.size() - before, args.size() - argsBefore));
        }
    }

    /** "3 target(s)", "2 build arg(s)" or both, for a note. */
    private static String found(int targets, int buildArgs) {
        if (buildArgs == 0) return targets + " target(s)";
        if (targets == 0) return buildArgs + " build arg(s)";
        return targets + " target(s), " + buildArgs + " build arg(s)";
    }

    /**
     * Some name appears in the text as a word of its own (not inside a longer stage-like name),
     * written in lower case, capitalised or in capitals. Searching beats lower-casing the text:
     * on a cold start that loop alone cost milliseconds per repository.
     */
    static boolean mentionsAny(String text, java.util.Set<String> names) {
        for (String n : names) {
            if (n.isEmpty()) continue;
            String upper = n.toUpperCase(Locale.ROOT);
            String capital = upper.charAt(0) + n.substring(1);
            if (mentions(text, n, false) || mentions(text, capital, false) || mentions(text, upper, false)) return true;
        }
        return false;
    }

    /**
     * The text holds {@code n} as a word of its own: not inside a longer stage name, or with
     * {@code argName} a longer argument name (letters, digits and '_'; a '-' then ends a word).
     */
    private static boolean mentions(String text, String n, boolean argName) {
        for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
            int end = at + n.length();
            // ${VAR:-name}: the '-' of ":-" is no part of the name
            boolean left = at == 0 || !wordChar(text.charAt(at - 1), argName) || at >= 2 && text.startsWith(":-", at - 2);
            if (left && (end == text.length() || !wordChar(text.charAt(end), argName))) return true;
        }
        return false;
    }

    private static boolean wordChar(char c, boolean argName) {
        return argName ? argChar(c) : nameChar(c);
    }

    /**
     * Some name appears in the text exactly as written, as a word of its own: not inside a longer
     * argument name ({@code APP_VERSION} does not mention {@code VERSION}).
     */
    static boolean mentionsWord(String text, java.util.Set<String> names) {
        for (String n : names) {
            if (!n.isEmpty() && mentions(text, n, true)) return true;
        }
        return false;
    }

    private static boolean argChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private String read(Candidate c) {
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(c.path())) return null; // may lead out of the repository: never followed
            bytes = Files.readAllBytes(c.path());
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            note("skipped " + c.rel() + ": " + e.getMessage());
            return null;
        }
        filesRead++;
        bytesRead += bytes.length;
        if (bytes.length > MAX_FILE_BYTES) {
            note("skipped " + c.rel() + ": more than " + MAX_FILE_BYTES + " bytes");
            return null;
        }
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                note("skipped " + c.rel() + ": binary");
                return null;
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    void add(TargetRef r) {
        if (refs.size() < MAX_REFS) refs.add(r);
    }

    void add(ArgRef a) {
        if (args.size() < MAX_REFS) args.add(a);
    }

    String rel(Path p) {
        try {
            String r = root.relativize(p).toString().replace('\\', '/');
            return r.isEmpty() ? "." : r;
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    // ------------------------------------------------------------------ one file

    /** A file being read, and how its references resolve. */
    static final class Source {
        final Discovery discovery;
        final Path path;
        final String rel;
        final String text;

        Source(Discovery discovery, Path path, String rel, String text) {
            this.discovery = discovery;
            this.path = path;
            this.rel = rel;
            this.text = text;
        }

        Path folder() {
            return path.getParent();
        }

        Path root() {
            return discovery.root;
        }

        /** Records a target at a line of this file; an unusable name is dropped. */
        void target(String name, Path dockerfile, int line) {
            if (!usableName(name)) return;
            discovery.add(new TargetRef(name, dockerfile, rel + ":" + line));
        }

        /** Records a build argument passed at a line of this file; a name that is no argument name is dropped. */
        void arg(String name, Path dockerfile, int line) {
            if (!argName(name)) return;
            discovery.add(new ArgRef(name, dockerfile, rel + ":" + line));
        }

        /**
         * The Dockerfile {@code file} (or {@code Dockerfile} when null) in {@code context}, relative to
         * {@code base}: a normalised path when both are plain paths and the file exists inside the
         * repository, else null (unknown: the target then counts for every Dockerfile with that stage).
         */
        Path dockerfile(Path base, String context, String file) {
            if (base == null) return null;
            String ctx = context == null || context.isEmpty() ? "." : context;
            if (!plainPath(ctx) || file != null && !plainPath(file)) return null;
            try {
                Path c = base.resolve(ctx).normalize();
                Path f = file == null ? c.resolve("Dockerfile") : c.resolve(file).normalize();
                return existingInside(f);
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** A path as given with {@code -f}: relative to the working folder, not to the context. */
        Path file(Path base, String file) {
            if (base == null || file == null || !plainPath(file)) return null;
            try {
                return existingInside(base.resolve(file).normalize());
            } catch (RuntimeException e) {
                return null;
            }
        }

        private Path existingInside(Path f) {
            Path abs = f.toAbsolutePath().normalize();
            if (!abs.startsWith(discovery.root)) return null;
            return Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) ? abs : null;
        }
    }

    /** A path with no variable, expression or URL in it. */
    static boolean plainPath(String p) {
        if (p.isEmpty() || p.equals("-")) return false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '$' || c == '{' || c == '}' || c == '`' || c == '%' || c == '*' || c == '<' || c == '>') return false;
        }
        if (p.contains("://") || p.startsWith("git@")) return false;
        int colon = p.indexOf(':');
        // a Windows drive (C:\\ or C:/) is a path; any other colon is a URL or a named context
        return colon < 0 || colon == 1 && Character.isLetter(p.charAt(0)) && p.length() > 2
                && (p.charAt(2) == '\\' || p.charAt(2) == '/') && p.indexOf(':', 2) < 0;
    }

    /** Milliseconds with one decimal, from longs: formatting a double would load classes a lint never needs. */
    static String ms(long nanos) {
        long tenths = nanos / 100_000;
        return tenths / 10 + "." + tenths % 10;
    }

    /**
     * A build argument's name, letters, digits and '_' not starting with a digit, so that
     * expressions ({@code ${NAME}}, {@code $1}) and placeholders are dropped.
     */
    static boolean argName(String n) {
        if (n == null || n.isEmpty() || n.length() > 256 || n.charAt(0) >= '0' && n.charAt(0) <= '9') return false;
        for (int i = 0; i < n.length(); i++) {
            if (!argChar(n.charAt(i))) return false;
        }
        return true;
    }

    /** The name in {@code NAME=value} or {@code NAME} (surrounding blanks dropped), or null when it is none. */
    static String argNameOf(String assignment) {
        if (assignment == null) return null;
        int eq = assignment.indexOf('=');
        String n = (eq < 0 ? assignment : assignment.substring(0, eq)).strip();
        return argName(n) ? n : null;
    }

    /** A stage name as BuildKit accepts one, so expressions and placeholders are dropped. */
    static boolean usableName(String n) {
        if (n == null || n.isEmpty() || n.length() > 128) return false;
        char first = n.charAt(0);
        if (!Character.isLetter(first)) return false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) return false;
        }
        return true;
    }
}
