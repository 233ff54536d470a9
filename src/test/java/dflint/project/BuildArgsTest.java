package dflint.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.graph.TargetSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build arguments found in the args-* fixture repositories of testdata/project, source by
 * source: each file names, in its comments and values, what the test expects of it.
 */
class BuildArgsTest {
    @TempDir
    Path tmp;

    /** The arguments for one Dockerfile as "NAME source" strings, sorted; checks that buildArgsFor gives their names. */
    static Set<String> args(Projects p, Path file) {
        Set<String> out = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        for (ArgRef a : p.argRefsFor(file, null)) {
            out.add(a.name() + " " + a.source());
            names.add(a.name());
        }
        assertEquals(names, p.buildArgsFor(file, null), "buildArgsFor gives the names of the references");
        return out;
    }

    static Set<String> targets(Projects p, Path file) {
        return DiscoveryTest.targets(p, file);
    }

    /** The arguments passed to every Dockerfile of args-commands: their Dockerfile is not known. */
    static final List<String> COMMANDS_UNKNOWN = List.of("MAKE_VAR_ARG Makefile:3", "MAKE_VAR_EQ Makefile:3",
            "ARRAY_ARG scripts/build.sh:8", "ARRAY_QUOTED scripts/build.sh:8", "STRING_ARG scripts/build.sh:9",
            "STRING_ARG2 scripts/build.sh:9", "UNKNOWN_FILE_ARG scripts/build.sh:10", "COMPOSE_CLI_ARG .gitlab-ci.yml:5",
            "CLOUDBUILD_ARG cloudbuild.yaml:4", "CLOUDBUILD_BARE cloudbuild.yaml:4", "CLOUDBUILD_BLOCK cloudbuild.yaml:10",
            "CLOUDBUILD_BLOCK_BARE cloudbuild.yaml:12");

    static Set<String> plus(List<String> common, String... more) {
        Set<String> out = new TreeSet<>(common);
        out.addAll(List.of(more));
        return out;
    }

    @Test
    void commandLinesInMakefilesScriptsCiAndJustfiles() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "args-commands");
        Projects p = new Projects(null);
        assertEquals(plus(COMMANDS_UNKNOWN, "APP_VERSION Makefile:7", "QUOTED scripts/build.sh:4",
                "SINGLE_QUOTED scripts/build.sh:4"), args(p, r.resolve("app/Dockerfile")),
                "${DYNAMIC}, 1ST, A-B and $HOME are no argument names");
        assertEquals(plus(COMMANDS_UNKNOWN, "TOOLS_BASE Makefile:10", "TOOLS_EQ Makefile:10", "KANIKO_ARG scripts/build.sh:12",
                "JUST_ARG justfile:3"), args(p, r.resolve("tools/Dockerfile")));
        assertEquals(plus(COMMANDS_UNKNOWN, "OTHER_ONLY .gitlab-ci.yml:4"), args(p, r.resolve("other/Dockerfile")));
    }

    @Test
    void aBuildCommandWithoutATargetGivesItsArgumentsAndTargetsAreFoundAsBefore() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "args-commands");
        Projects p = new Projects(null);
        assertTrue(p.buildArgsFor(r.resolve("app/Dockerfile"), Set.of("APP_VERSION")).contains("APP_VERSION"),
                "Makefile:7 builds with no --target");
        assertEquals(Set.of("tools Makefile:10", "tools justfile:3"), targets(p, r.resolve("tools/Dockerfile")));
        assertEquals(Set.of(), targets(p, r.resolve("app/Dockerfile")));
    }

    @Test
    void composeArgsAsAMappingOrAListWithOrWithoutATarget() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "args-compose");
        Projects p = new Projects(null);
        assertEquals(Set.of("API_VERSION compose.yaml:7", "FROM_ENV compose.yaml:8", "QUOTED_KEY compose.yaml:9",
                "ANY_DOCKERFILE compose.yaml:27"), args(p, r.resolve("api/Dockerfile")));
        assertEquals(Set.of("WEB_LISTED compose.yaml:14", "WEB_BARE compose.yaml:15", "ANY_DOCKERFILE compose.yaml:27",
                "OVERRIDE_ARG docker-compose.override.yml:7"), args(p, r.resolve("web/Dockerfile")),
                "the override file names no target; ${NOT_A_NAME} is dropped");
        assertEquals(Set.of("WORKER_FLOW compose.yaml:21", "WORKER_FLOW2 compose.yaml:21", "ANY_DOCKERFILE compose.yaml:27"),
                args(p, r.resolve("worker/Worker.Dockerfile")), "an inline Dockerfile's INLINE_ONLY is its own");
        assertEquals(Set.of("api-release compose.yaml:5"), targets(p, r.resolve("api/Dockerfile")));
    }

    @Test
    void bakeArgsMergedOverInheritsMatrixOverrideFilesAndJson() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "args-bake");
        Projects p = new Projects(null);
        assertEquals(Set.of("BASE_ARG docker-bake.hcl:12", "CHILD_NULLS docker-bake.hcl:14", "APP_ARG docker-bake.hcl:23",
                "OVERRIDE_ADDED docker-bake.override.hcl:3", "REMOTE_ARG docker-bake.hcl:42"), args(p, r.resolve("app/Dockerfile")),
                "the parent's keys too; a child's null leaves the parent's value; null everywhere is not passed;"
                        + " variables are no arguments; a remote context counts for every Dockerfile");
        assertEquals(Set.of("BASE_ARG docker-bake.hcl:12", "CHILD_NULLS docker-bake.hcl:14", "REMOTE_ARG docker-bake.hcl:42"),
                args(p, r.resolve("Dockerfile")), "_base builds the Dockerfile at the top");
        Set<String> service = Set.of("SERVICE docker-bake.hcl:35", "REMOTE_ARG docker-bake.hcl:42");
        assertEquals(service, args(p, r.resolve("svc-a/Dockerfile")));
        assertEquals(service, args(p, r.resolve("svc-b/Dockerfile")));
        assertEquals(Set.of("JSON_ARG tools/docker-bake.json:6", "REMOTE_ARG docker-bake.hcl:42"), args(p, r.resolve("tools/Dockerfile")),
                "a JSON null is not passed");
    }

    @Test
    void skaffoldBuildArgsAlsoInProfiles() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "args-skaffold");
        Projects p = new Projects(null);
        assertEquals(Set.of("SKAFFOLD_ARG skaffold.yaml:9", "TEMPLATED skaffold.yaml:10", "PROFILE_ARG skaffold.yaml:25"),
                args(p, r.resolve("app/Dockerfile")));
        assertEquals(Set.of("JOB_ARG skaffold.yaml:16"), args(p, r.resolve("jobs/Job.Dockerfile")));
    }

    @Test
    void workflowBuildArgsLineByLineAndRunScripts() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "args-ci");
        Projects p = new Projects(null);
        assertEquals(Set.of("API_ARG .github/workflows/build.yml:13", "QUOTED_LINE .github/workflows/build.yml:14",
                "BARE_LINE .github/workflows/build.yml:15", "AFTER_BLANK .github/workflows/build.yml:18",
                "REMOTE_CONTEXT_ARG .github/workflows/build.yml:32"), args(p, r.resolve("services/api/Dockerfile")),
                "a step with no target; ${{ matrix.args }} is dropped; a Git context counts for every Dockerfile");
        assertEquals(Set.of("RELEASE_ARG .github/workflows/build.yml:24", "RUN_ARG .github/workflows/build.yml:27",
                "REMOTE_CONTEXT_ARG .github/workflows/build.yml:32"), args(p, r.resolve("deploy/release.Dockerfile")));
        assertEquals(Set.of("release .github/workflows/build.yml:23"), targets(p, r.resolve("deploy/release.Dockerfile")));
    }

    @Test
    void namesAreAsWrittenAndFilesNotMentioningThemAreNotParsed() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "args-commands");
        Discovery d = Discovery.of(r.toRealPath());
        Set<String> files = new TreeSet<>();
        for (ArgRef a : d.args(Set.of("APP_VERSION"))) files.add(a.source().substring(0, a.source().indexOf(':')));
        assertEquals(Set.of("Makefile"), files, "only the Makefile says APP_VERSION");
        for (TargetRef t : d.refs()) assertTrue(t.source().startsWith("Makefile:"), t.source() + ": the targets of the file parsed");
        Set<String> before = new TreeSet<>();
        for (ArgRef a : d.args()) before.add(a.name() + " " + a.source());
        Set<String> after = new TreeSet<>();
        for (ArgRef a : d.args(Set.of("app_version", "PP_VERSION", "VERSIO"))) after.add(a.name() + " " + a.source());
        assertEquals(before, after, "lower case and a part of a name mention nothing more");

        assertEquals(List.of(), Discovery.of(r.toRealPath()).args(Set.of("app_version", "App_version")),
                "names are not tried in other cases: no file says app_version");

        Projects p = new Projects(null);
        Path app = r.resolve("app/Dockerfile");
        assertEquals(Set.of("APP_VERSION", "QUOTED"), p.buildArgsFor(app, Set.of("APP_VERSION", "QUOTED", "TOOLS_EQ", "NOWHERE")),
                "only the names asked about, for this Dockerfile");
        assertEquals(Set.of(), p.buildArgsFor(app, Set.of("app_version")));
        assertEquals(Set.of("ARRAY_ARG"), p.buildArgsFor(app, Set.of("ARRAY_ARG")), "what was parsed before is not returned");

        assertTrue(Discovery.mentionsWord("--build-arg VERSION=1", Set.of("VERSION")));
        assertTrue(Discovery.mentionsWord("args:\n  - \"VERSION\"\n", Set.of("VERSION")));
        assertTrue(!Discovery.mentionsWord("--build-arg APP_VERSION=1", Set.of("VERSION")), "a longer name is another name");
        assertTrue(!Discovery.mentionsWord("--build-arg VERSION2=1", Set.of("VERSION")));
        assertTrue(!Discovery.mentionsWord("--build-arg version=1", Set.of("VERSION")), "names are case-sensitive");
    }

    @Test
    void targetsThenArgumentsOrArgumentsThenTargetsGiveTheSameAnswers() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "args-commands");
        Path tools = r.resolve("tools/Dockerfile");
        Set<String> justArg = Set.of("JUST_ARG", "TOOLS_BASE");

        Projects argsFirst = new Projects(null);
        Set<String> a1 = argsFirst.buildArgsFor(tools, justArg);
        Set<String> t1 = targets(argsFirst, tools);

        Projects targetsFirst = new Projects(null);
        Set<String> t2 = targets(targetsFirst, tools);
        Set<String> a2 = targetsFirst.buildArgsFor(tools, justArg);

        assertEquals(justArg, a1);
        assertEquals(a1, a2);
        assertEquals(Set.of("tools Makefile:10", "tools justfile:3"), t1, "the files parsed for arguments gave their targets too");
        assertEquals(t1, t2);

        // a question about some stage names first, then every argument: the files parsed then gave their arguments too
        Projects someTargets = new Projects(null);
        Set<String> some = new TreeSet<>();
        for (TargetSource t : someTargets.targetsFor(tools, Set.of("tools"))) some.add(t.name() + " " + t.source());
        assertEquals(t1, some);
        Set<String> all = args(new Projects(null), tools);
        assertEquals(all, args(someTargets, tools));
        assertEquals(all, args(argsFirst, tools));
    }

    @Test
    void outsideARepositoryNothingUnlessARootIsGivenAndNothingThrows() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "args-commands");
        Files.delete(r.resolve(".git"));
        Path app = r.resolve("app/Dockerfile");
        assertEquals(Set.of(), new Projects(null).buildArgsFor(app, null));
        assertEquals(Set.of(), new Projects(null).buildArgsFor(app, Set.of("APP_VERSION")));
        assertEquals(Set.of("APP_VERSION"), new Projects(r).buildArgsFor(app, Set.of("APP_VERSION")));
        assertEquals(Set.of(), new Projects(null).buildArgsFor(tmp.resolve("no/such/Dockerfile"), null));
    }

    @Test
    void manyThreadsAskingBothKindsGetTheAnswersOneThreadGets() throws Exception {
        Path r = DiscoveryTest.repo(tmp, "args-commands");
        // enough files that the first question takes a while, so the others come while it runs
        Path more = Files.createDirectories(r.resolve("more"));
        for (int i = 0; i < 120; i++) {
            Files.writeString(more.resolve("s" + i + ".sh"), "docker build --build-arg MORE_" + i + "=1 -f tools/Dockerfile .\n"
                    + "docker build --build-arg ANY_" + i + " -f \"$F\" --target t" + i + " .\n");
        }
        Path[] files = {r.resolve("app/Dockerfile"), r.resolve("tools/Dockerfile"), r.resolve("other/Dockerfile")};
        Projects one = new Projects(null);
        List<Set<String>> want = new java.util.ArrayList<>();
        for (Path f : files) {
            want.add(args(one, f));
            want.add(targets(one, f));
        }
        Projects shared = new Projects(null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<List<Set<String>>>> answers = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 12; i++) {
                int start = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    List<Set<String>> got = new java.util.ArrayList<>(want);
                    for (int k = 0; k < files.length; k++) {
                        int f = (start + k) % files.length;
                        // half the threads ask about targets first, the others about arguments
                        if (start % 2 == 0) {
                            got.set(2 * f + 1, targets(shared, files[f]));
                            got.set(2 * f, args(shared, files[f]));
                        } else {
                            got.set(2 * f, args(shared, files[f]));
                            got.set(2 * f + 1, targets(shared, files[f]));
                        }
                    }
                    return got;
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<List<Set<String>>> a : answers) assertEquals(want, a.get());
        } finally {
            pool.shutdownNow();
        }
        // --debug says what was asked and what each file gave
        assertTrue(shared.notes().stream().anyMatch(n -> n.contains("asked about every build argument")), "a note per question");
        assertTrue(shared.notes().stream().anyMatch(n -> n.matches(".*: Makefile: \\d+ target\\(s\\), \\d+ build arg\\(s\\) in .*")),
                "a note per file parsed");
    }

    @Test
    void argumentNames() {
        assertTrue(Discovery.argName("_A1") && Discovery.argName("http_proxy") && Discovery.argName("X"));
        assertTrue(!Discovery.argName("1A") && !Discovery.argName("A-B") && !Discovery.argName("${A}") && !Discovery.argName("$A")
                && !Discovery.argName("") && !Discovery.argName(null) && !Discovery.argName("A.B"));
        assertEquals("NAME", Discovery.argNameOf("NAME=a=b c"));
        assertEquals("NAME", Discovery.argNameOf("NAME"));
        assertEquals("NAME", Discovery.argNameOf(" NAME = x"));
        assertEquals(null, Discovery.argNameOf("${N}=x"));
        assertEquals(null, Discovery.argNameOf("=x"));
    }
}
