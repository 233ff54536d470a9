package dflint.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.ArchiveTraining;
import dflint.Exec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The real pre-commit, as the README tells a user to run it: its configuration block, pointed
 * at a fresh clone of this repository (no target/ in it), in a new git repository with a good
 * and a bad Dockerfile. The first run builds dflint with Maven inside pre-commit's own clone,
 * then fails on the bad file; fixed, the repository passes. Skips without git, pre-commit,
 * Maven or a JDK, or when the project is not a git work tree.
 */
class PreCommitHookTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Duration QUICK = Duration.ofSeconds(120);
    /** A first run builds dflint: a minute or two here, more on a loaded machine or an empty Maven repository. */
    private static final Duration FIRST_RUN = Duration.ofMinutes(20);

    /** How long a training left running may take to end: seconds here, longer on a loaded machine. */
    private static final Duration TRAINING = Duration.ofMinutes(5);

    @TempDir
    Path tmp;

    private final Map<String, String> env = new HashMap<>();

    @Test
    void readmeConfigurationBuildsOnFirstUseFailsOnTheBadFileAndPassesWhenFixed() throws Exception {
        Assumptions.assumeTrue(Exec.available("git", "--version"), "needs git");
        Assumptions.assumeTrue(Exec.available("pre-commit", "--version"), "needs pre-commit");
        Assumptions.assumeTrue(Exec.available("mvn", "-v", "-B"), "needs Maven");
        Assumptions.assumeTrue(javax.tools.ToolProvider.getSystemJavaCompiler() != null, "needs a JDK");
        Exec.Result top = Exec.run(PROJECT, Map.of(), QUICK, "git", "rev-parse", "--show-toplevel");
        Assumptions.assumeTrue(top.code() == 0 && Path.of(top.out().trim()).equals(PROJECT.toRealPath()),
                "the project is not a git work tree of its own");

        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
        env.put("DFLINT_CACHE_DIR", tmp.resolve("dflint-cache").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("GIT_AUTHOR_NAME", "dflint test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.com");
        env.put("GIT_COMMITTER_NAME", "dflint test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.com");
        for (String k : List.of("DFLINT_JAR", "DFLINT_NO_CDS", "DFLINT_JAVA_OPTS", "DFLINT_MAVEN_REPO", "PRE_COMMIT",
                "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE")) {
            env.put(k, null);
        }

        Path hookRepo = cloneProject();
        String rev = git(hookRepo, "rev-parse", "HEAD").trim();
        assertFalse(Files.exists(hookRepo.resolve("target")), "the clone has never been built");
        Exec.Result manifest = Exec.run(hookRepo, env, QUICK, "pre-commit", "validate-manifest", ".pre-commit-hooks.yaml");
        assertEquals(0, manifest.code(), manifest.all());

        Path user = Files.createDirectories(tmp.resolve("user-repo"));
        git(user, "init", "-q");
        Files.writeString(user.resolve(".pre-commit-config.yaml"), readmeConfig(hookRepo.toString(), rev));
        // Only errors fail here, so the test does not depend on which warnings the rules of the day give.
        Files.writeString(user.resolve(".dflint.yaml"), "failure-threshold: error\n");
        Files.writeString(user.resolve("Dockerfile"), "FROM alpine:3.20\nCMD [\"echo\", \"hello\"]\n");
        Path bad = user.resolve("services/api/Dockerfile");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "FROM alpine:3.20\nRUNN echo hello\n");
        git(user, "add", "-A");
        Exec.Result config = Exec.run(user, env, QUICK, "pre-commit", "validate-config");
        assertEquals(0, config.code(), config.all());

        Exec.Result first = preCommit(user, FIRST_RUN);
        assertEquals(1, first.code(), "the bad file fails the hook\n" + first.all());
        String out = first.out();
        assertTrue(out.contains("dflint: first run, building dflint with Maven"), "says it builds\n" + out);
        assertTrue(out.contains("services/api/Dockerfile:2:1: error:"), "names the bad file and line\n" + out);
        assertTrue(out.contains("DF0001"), out);
        assertFalse(Pattern.compile("(?m)^Dockerfile:\\d+:\\d+: error:").matcher(out).find(), "the good file has no error\n" + out);
        Path built = builtJar();
        assertTrue(Files.size(built) > 1_000_000, "a whole jar: " + Files.size(built));
        try (Stream<Path> s = Files.list(built.getParent())) {
            assertEquals(List.of("dflint-build.log", "dflint.jar"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "no lock, no build folder left");
        }

        Exec.Result second = preCommit(user, QUICK);
        assertEquals(1, second.code(), second.all());
        assertFalse(second.out().contains("first run"), "built once\n" + second.out());

        Files.writeString(bad, "FROM alpine:3.20\nRUN echo hello\n");
        git(user, "add", "-A");
        Exec.Result fixed = preCommit(user, QUICK);
        assertEquals(0, fixed.code(), "fixed, the repository passes\n" + fixed.all());
        assertTrue(Pattern.compile("(?m)^dflint\\.+Passed$").matcher(fixed.out()).find(), fixed.out());

        // The first run left the class-data archive's training running in the background; it
        // ends on its own and leaves an archive that later hook runs use.
        Path cache = tmp.resolve("dflint-cache");
        assertTrue(ArchiveTraining.awaitIdle(cache, TRAINING), "the training ended: " + ArchiveTraining.names(cache));
        assertTrue(ArchiveTraining.names(cache).stream().anyMatch(ArchiveTraining::isArchive),
                "the first run made an archive: " + ArchiveTraining.names(cache));

        System.out.printf("pre-commit run --all-files: first run %.1f s (dflint built), second %.1f s, after the fix %.1f s%n",
                first.took().toMillis() / 1000.0, second.took().toMillis() / 1000.0, fixed.took().toMillis() / 1000.0);
    }

    /** Whatever happened, a training still running is waited for, so the temporary folder can be deleted. */
    @AfterEach
    void letTrainingEnd() throws Exception {
        if (tmp != null) ArchiveTraining.awaitIdle(tmp.resolve("dflint-cache"), TRAINING);
    }

    private Exec.Result preCommit(Path repo, Duration limit) throws IOException {
        return Exec.run(repo, env, limit, "pre-commit", "run", "--all-files", "--color", "never");
    }

    private String git(Path dir, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-c", "init.defaultBranch=main", "-c",
                "advice.detachedHead=false"));
        cmd.addAll(List.of(args));
        Exec.Result r = Exec.run(dir, env, QUICK, cmd);
        assertEquals(0, r.code(), String.join(" ", cmd) + "\n" + r.all());
        return r.out();
    }

    /**
     * A git clone of the project, as a user's pre-commit would fetch it; changes not yet committed
     * in the work tree (tracked and new files) are carried over and committed in the clone, so the
     * test checks the code as it is, not as it was at the last commit.
     */
    private Path cloneProject() throws IOException {
        Path clone = tmp.resolve("dflint");
        git(tmp, "clone", "-q", "--no-hardlinks", PROJECT.toString(), clone.toString());
        String changed = git(PROJECT, "ls-files", "-z", "--modified", "--others", "--exclude-standard");
        for (String f : changed.split("\0")) {
            if (f.isEmpty()) continue;
            Path from = PROJECT.resolve(f);
            Path to = clone.resolve(f);
            if (Files.isRegularFile(from)) {
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            } else {
                Files.deleteIfExists(to);
            }
        }
        git(clone, "add", "-A");
        if (!git(clone, "status", "--porcelain").isBlank()) {
            git(clone, "commit", "-q", "-m", "work tree of the project under test");
        }
        return clone;
    }

    /** The README's pre-commit configuration, with its repository and rev pointed at the clone. */
    @SuppressWarnings("unchecked")
    private static String readmeConfig(String repo, String rev) throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        int section = readme.indexOf("\n## pre-commit\n");
        assertTrue(section >= 0, "README has a pre-commit section");
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(section), "the section shows a configuration");
        Map<String, Object> config = (Map<String, Object>) new Yaml().load(m.group(1));
        List<Map<String, Object>> repos = (List<Map<String, Object>>) config.get("repos");
        assertEquals(1, repos.size());
        assertTrue(repos.get(0).get("repo").toString().endsWith("/dflint"), repos.toString());
        List<Map<String, Object>> hooks = (List<Map<String, Object>>) repos.get(0).get("hooks");
        assertEquals("dflint", hooks.get(0).get("id"), "the README's hook is the self-building one");
        repos.get(0).put("repo", repo);
        repos.get(0).put("rev", rev);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(config);
    }

    /** The jar the hook built, inside pre-commit's clone of the repository. */
    private Path builtJar() throws IOException {
        try (Stream<Path> s = Files.find(tmp.resolve("pre-commit-home"), 3,
                (p, a) -> p.getFileName().toString().equals("dflint.jar") && p.getParent().getFileName().toString().equals("target"))) {
            List<Path> jars = s.toList();
            assertEquals(1, jars.size(), "one jar built, in pre-commit's clone: " + jars);
            return jars.get(0);
        }
    }
}
