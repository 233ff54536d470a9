package dflint.rules;

import dflint.engine.RuleContext;
import dflint.graph.Chars;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Which stages the image-hygiene rules judge. Advice about image size, cache clean-up, layers,
 * the user an image runs as or a pinned tool version is for images that are shipped. A builder
 * stage that only feeds {@code COPY --from} never reaches an image, and a development container,
 * a CI or lint tool image, a package-build environment or a test stage is not shipped: there,
 * the same advice is noise. Computed once per file and shared by the rules of one lint.
 */
final class ImageScope {
    private ImageScope() {}

    /**
     * What an image built from the file is for. A product and a tool image are shipped to their
     * users (size and clean-up matter; a tool image carries its toolchain on purpose); a
     * development container, a test image and a project's internal build, CI or lint image are not.
     */
    enum Purpose {
        PRODUCT, TOOL, DEVELOPMENT, TEST, INTERNAL;

        boolean shipped() {
            return this == PRODUCT || this == TOOL;
        }
    }

    /** Stages whose filesystem ends up in a shipped image, and stages a shipped image's build runs. */
    private record Scope(BitSet ships, BitSet feeds) {}

    /** Computes the file's scope once per lint; a named class, not a method reference: see ColdPathTest. */
    private static final class Compute implements Function<RuleContext, Scope> {
        static final Compute INSTANCE = new Compute();

        @Override
        public Scope apply(RuleContext cx) {
            return compute(cx);
        }
    }

    /**
     * The stage is a shipped target or a FROM ancestor of one: its files and settings are in an image
     * that is used as a product.
     */
    static boolean ships(RuleContext cx, Stage stage) {
        return cx.shared(ImageScope.class, Compute.INSTANCE).ships().get(stage.index());
    }

    /** A build of a shipped target runs the stage (in its FROM chain, or as a COPY --from or mount source). */
    static boolean feedsShippedImage(RuleContext cx, Stage stage) {
        return cx.shared(ImageScope.class, Compute.INSTANCE).feeds().get(stage.index());
    }

    private static Scope compute(RuleContext cx) {
        StageGraph g = cx.graph();
        Purpose ofFile = purposeOfPath(cx.file().path());
        BitSet ships = new BitSet(), feeds = new BitSet();
        Deque<Integer> work = new ArrayDeque<>();
        // the file's own possible targets: a target found in the repository's bake or CI files is nearly
        // always a stage the file already shows as one, and looking would cost every lint
        for (Stage t : g.possibleTargetsInFile()) {
            if (!ofFile.shipped() || !purposeOf(g, t).shipped()) continue;
            // mark the FROM chain; a chain already marked from another target is not walked again
            for (Stage s = t; s != null && !ships.get(s.index()); s = g.parent(s)) ships.set(s.index());
            if (!feeds.get(t.index())) {
                feeds.set(t.index());
                work.add(t.index());
            }
        }
        while (!work.isEmpty()) {
            Stage cur = g.stage(work.poll());
            for (StageRef r : cur.refs()) {
                if (r.isStage() && !feeds.get(r.stage())) {
                    feeds.set(r.stage());
                    work.add(r.stage());
                }
            }
        }
        return new Scope(ships, feeds);
    }

    /** The target is an application or service image: not a tool, development, test or internal image. */
    static boolean isProduct(RuleContext cx, Stage target) {
        return purposeOfPath(cx.file().path()) == Purpose.PRODUCT && purposeOf(cx.graph(), target) == Purpose.PRODUCT;
    }

    /**
     * A target's purpose, from its stage name and the image it is built on. A target the user asked
     * for by name (--target, targets:) is judged whatever its name says.
     */
    static Purpose purposeOf(StageGraph g, Stage target) {
        if (target.isNamed() && !requested(g, target)) {
            Purpose p = purposeOfWords(Chars.split(target.name(), "-_."));
            // "FROM node AS builder" as the last stage is what a plain docker build ships, whatever
            // its name: the name is a leftover of a builder stage that never got a runtime stage
            boolean lastStage = target.index() == g.stages().size() - 1;
            if (p != Purpose.PRODUCT && !(lastStage && isBuilderName(target.name()))) return p;
        }
        StageRef base = g.rootBase(target);
        String image = base == null ? null : base.expanded();
        if (image != null && isDevelopmentImage(image)) return Purpose.DEVELOPMENT;
        return Purpose.PRODUCT;
    }

    private static boolean requested(StageGraph g, Stage target) {
        for (String t : g.requestedTargets()) {
            if (t.equalsIgnoreCase(target.name())) return true;
        }
        return false;
    }

    private static boolean isBuilderName(String name) {
        for (String w : Chars.split(name.toLowerCase(Locale.ROOT), "-_.")) {
            if (BUILDER_WORDS.contains(w)) return true;
        }
        return false;
    }

    private static final Set<String> BUILDER_WORDS = Set.of("build", "builder", "builders", "compile", "buildenv");

    /** Dev container base images: the image is an editor's workspace. */
    static boolean isDevelopmentImage(String image) {
        String i = image.toLowerCase(Locale.ROOT);
        return i.contains("/devcontainers/") || i.contains("/vscode/devcontainers") || i.startsWith("gitpod/workspace");
    }

    private static final Set<String> DEVELOPMENT = Set.of(".devcontainer", "devcontainer", "devcontainers", ".gitpod",
            "dev", "devel", "develop", "development", "devenv", "dev-env");
    private static final Set<String> TEST = Set.of("test", "tests", "testing", "e2e", "integration", "testdata",
            "fixtures", "unittest", "unittests");
    private static final Set<String> TOOL = Set.of("tools", "tooling", "toolchain", "toolchains", "sdk", "cross");
    private static final Set<String> INTERNAL = Set.of("ci", ".ci", ".github", ".gitlab", ".circleci", "lint", "linter",
            "lints", "hack", "tilt", "debug", "shell", "docs", "validate", "validation", "check", "buildenv",
            "build-env", "build", "builder", "builders", "compile", "packaging", "deb", "rpm", "generate", "gen",
            "codegen", "mocks", "vendor", "update", "updates", "outdated", "envs");

    /** How many folders above the Dockerfile count: nearer ones belong to the project, farther ones may not. */
    private static final int FOLDERS_READ = 3;

    /**
     * The purpose the path of the Dockerfile says: one of the three folders above it
     * ({@code .devcontainer/}, {@code ci/}, {@code hack/}) or a name part ({@code Dockerfile.dev},
     * {@code lint.Dockerfile}, {@code Dockerfile.test}).
     */
    static Purpose purposeOfPath(String path) {
        String p = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        String[] parts = p.split("/");
        for (int i = Math.max(0, parts.length - 1 - FOLDERS_READ); i < parts.length - 1; i++) {
            // a test folder is left to the directory walk, which skips fixtures: a test Dockerfile
            // linted by name is judged in full
            Purpose f = purposeOfWords(new String[] {parts[i]});
            if (f != Purpose.PRODUCT && f != Purpose.TEST) return f;
        }
        // Dockerfile.dev, Dockerfile-ci.alpine, lint.Dockerfile, test.dockerfile: the first word beside "Dockerfile"
        String name = parts[parts.length - 1];
        for (String kind : new String[] {"dockerfile", "containerfile"}) {
            String rest = null;
            if (name.startsWith(kind) && name.length() > kind.length() + 1) rest = name.substring(kind.length() + 1);
            else if (name.endsWith("." + kind)) rest = name.substring(0, name.length() - kind.length() - 1);
            if (rest != null) {
                // the text up to the first separator ("Dockerfile.." has none before it: no word)
                String[] words = Chars.split(rest, "._-");
                if (words.length > 0) return purposeOfWords(new String[] {words[0]});
            }
        }
        return Purpose.PRODUCT;
    }

    private static Purpose purposeOfWords(String[] words) {
        for (String w : words) {
            String v = w.toLowerCase(Locale.ROOT);
            if (DEVELOPMENT.contains(v)) return Purpose.DEVELOPMENT;
            if (TEST.contains(v)) return Purpose.TEST;
            if (INTERNAL.contains(v)) return Purpose.INTERNAL;
            if (TOOL.contains(v)) return Purpose.TOOL;
        }
        return Purpose.PRODUCT;
    }
}
