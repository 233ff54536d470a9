package dflint.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.syntax.DockerfileSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The targets a build may have beyond the one being built, and what they make of each stage. */
class PossibleTargetsTest {
    static StageGraph graph(String text) {
        return StageGraph.build(DockerfileSyntax.parse("Dockerfile", text), List.of(), Map.of(), null);
    }

    static StageGraph graph(String text, TargetDiscovery discovered) {
        return StageGraph.build(DockerfileSyntax.parse("Dockerfile", text), List.of(), Map.of(), discovered);
    }

    static List<Integer> indices(List<Stage> stages) {
        List<Integer> out = new ArrayList<>();
        for (Stage s : stages) out.add(s.index());
        return out;
    }

    static List<Integer> dead(StageGraph g) {
        List<Integer> out = new ArrayList<>();
        for (Stage s : g.stages()) {
            if (!g.isReachableFromPossibleTarget(s)) out.add(s.index());
        }
        return out;
    }

    static final String RELEASE_AND_TEST = String.join("\n",
            "FROM golang:1.22 AS build",      // 0: used by test and release
            "RUN go build -o /app .",
            "FROM build AS test",             // 1: named, unused: a target
            "RUN go test ./...",
            "FROM alpine:3.20",               // 2: unnamed, unused: dead
            "RUN echo leftover",
            "FROM alpine:3.20 AS helper",     // 3: used only by the dead stage 4
            "FROM helper",                    // 4: unnamed, unused: dead
            "FROM scratch AS release",        // 5: last
            "COPY --from=build /app /app",
            "");

    @Test
    void withoutEvidenceTheLastStageAndUnusedNamedStagesArePossibleTargets() {
        StageGraph g = graph(RELEASE_AND_TEST);
        assertFalse(g.hasAuthoritativeTargets());
        assertEquals(List.of(1, 5), indices(g.possibleTargets()));
        assertEquals(List.of(2, 3, 4), dead(g));
        assertEquals(List.of(5), indices(g.targets()), "targets() is still what this build builds");
        assertTrue(g.isReferenced(g.stage(3)), "stage 4's FROM uses it");
        assertFalse(g.isReferenced(g.stage(1)));
        assertEquals(List.of(new TargetSource("test", TargetSource.UNUSED_NAMED_STAGE)), g.targetSources(g.stage(1)));
        assertEquals(List.of(new TargetSource("release", TargetSource.DEFAULT)), g.targetSources(g.stage(5)));
        assertEquals(List.of(), g.targetSources(g.stage(0)));
    }

    @Test
    void possibleImagesAreTargetsAndTheirFromAncestorsButNotCopySources() {
        StageGraph g = graph(RELEASE_AND_TEST);
        assertTrue(g.inPossibleImage(g.stage(1)), "a possible target");
        assertTrue(g.inPossibleImage(g.stage(0)), "test is built FROM build");
        assertFalse(g.inPossibleImage(g.stage(2)), "dead");
        StageGraph copyOnly = graph("FROM golang AS build\nRUN make\nFROM scratch\nCOPY --from=build /a /a\n");
        assertFalse(copyOnly.inPossibleImage(copyOnly.stage(0)), "a builder stage: only copied from");
        assertTrue(copyOnly.isReachableFromPossibleTarget(copyOnly.stage(0)));
        assertTrue(copyOnly.inPossibleImage(copyOnly.stage(1)));
    }

    @Test
    void aStageWhoseNameALaterStageReusesCannotBeATarget() {
        StageGraph g = graph("FROM alpine AS app\nRUN one\nFROM alpine AS app\nRUN two\nFROM scratch\nCOPY --from=app /a /a\n");
        assertFalse(g.isTargetable(g.stage(0)));
        assertTrue(g.isTargetable(g.stage(1)));
        assertEquals(List.of(2), indices(g.possibleTargets()));
        assertEquals(List.of(0), dead(g));
    }

    @Test
    void stagesAVariableFromMayNameAreReferencedAndReachable() {
        StageGraph g = graph("ARG V=alpine\nFROM alpine AS build-alpine\nFROM debian AS build-debian\n"
                + "FROM build-${V} AS build\nRUN make\nFROM scratch\nCOPY --from=build /a /a\n");
        assertTrue(g.isReferenced(g.stage(0)));
        assertTrue(g.isReferenced(g.stage(1)), "a build arg can pick it");
        assertEquals(List.of(3), indices(g.possibleTargets()));
        assertEquals(List.of(), dead(g));
        assertTrue(g.isReachableForSomeArgs(g.stage(1)));
        assertFalse(g.isReachable(g.stage(1)), "not with the default args");
    }

    @Test
    void aPragmaIsAuthoritative() {
        String text = "# dflint targets=Test, release  (what CI builds)\n" + RELEASE_AND_TEST;
        StageGraph g = graph(text, names -> {
            throw new AssertionError("authoritative targets need no discovery");
        });
        assertTrue(g.hasAuthoritativeTargets());
        assertEquals(List.of(new TargetSource("Test", "Dockerfile:1 (pragma)"), new TargetSource("release", "Dockerfile:1 (pragma)")),
                g.pragmaTargets());
        assertEquals(List.of(1, 5), indices(g.possibleTargets()));
        assertEquals(List.of(2, 3, 4), dead(g));
        assertEquals(List.of(), g.unknownPragmaTargets());
        StageGraph unknown = graph("FROM a AS one\n# dflint targets = one,two\nRUN x\n");
        assertEquals(1, unknown.unknownPragmaTargets().size());
        assertEquals("two", unknown.unknownPragmaTargets().get(0).name());
        assertEquals(2, unknown.unknownPragmaTargets().get(0).range().startLine());
        assertNull(StageGraph.targetsPragma("dflint ignore=DF1006"));
        assertNull(StageGraph.targetsPragma("dflinttargets=a"));
        assertEquals(List.of("a", "b"), StageGraph.targetsPragma("DFLINT targets = a , b"));
    }

    @Test
    void requestedTargetsWinOverThePragma() {
        String text = "# dflint targets=test\n" + RELEASE_AND_TEST;
        StageGraph g = StageGraph.build(DockerfileSyntax.parse("Dockerfile", text),
                List.of(new TargetSource("release", ".dflint.yaml:2")), Map.of(), null);
        assertEquals(List.of(5), indices(g.possibleTargets()));
        assertEquals(List.of(new TargetSource("release", ".dflint.yaml:2")), g.knownTargets());
        assertFalse(g.isReachableFromPossibleTarget(g.stage(1)), "test is not a target now");
    }

    @Test
    void discoveryIsAskedOnlyWhenItCouldChangeAnAnswer() {
        AtomicInteger calls = new AtomicInteger();
        List<java.util.Set<String>> asked = new ArrayList<>();
        StageGraph clean = graph("FROM golang AS build\nFROM scratch\nCOPY --from=build /a /a\n", names -> {
            calls.incrementAndGet();
            asked.add(names);
            return List.of();
        });
        for (Stage s : clean.stages()) assertTrue(clean.isReachableFromPossibleTarget(s));
        assertEquals(0, calls.get(), "nothing is dead, so nothing to learn");
        assertTrue(clean.inPossibleImage(clean.stage(1)));
        assertEquals(0, calls.get());
        assertFalse(clean.inPossibleImage(clean.stage(0)), "a builder unless something targets it");
        assertEquals(1, calls.get());
        assertEquals(java.util.Set.of("build"), asked.get(0), "only about the stage whose answer can change");
        clean.possibleTargets();
        assertEquals(1, calls.get(), "asked once for the answers");
        clean.knownTargets();
        assertEquals(2, calls.get(), "and once for the whole list");
        assertEquals(null, asked.get(1));
    }

    @Test
    void discoveredTargetsAddStagesOnly() {
        StageGraph g = graph(RELEASE_AND_TEST, names -> List.of(new TargetSource("HELPER", "Makefile:3"),
                new TargetSource("build", ".github/workflows/ci.yml:48"), new TargetSource("nope", "compose.yaml:4")));
        assertEquals(List.of(0, 1, 3, 5), indices(g.possibleTargets()));
        assertEquals(List.of(2, 4), dead(g));
        assertEquals(List.of(new TargetSource("build", ".github/workflows/ci.yml:48")), g.targetSources(g.stage(0)));
        assertTrue(g.inPossibleImage(g.stage(3)));
        List<TargetSource> known = g.knownTargets();
        assertEquals(4, known.size(), known.toString());
        assertTrue(known.stream().noneMatch(t -> "nope".equals(t.name())), "a discovered name no stage has is no target here");
    }

    @Test
    void aStageCanBeTheTargetByIndex() {
        StageGraph g = StageGraph.buildForStage(DockerfileSyntax.parse("Dockerfile", RELEASE_AND_TEST), 4, Map.of(), null);
        assertEquals(List.of(4), indices(g.targets()));
        assertEquals(List.of(3, 4), g.simulation().buildkit().executedIndices());
        assertEquals(List.of(0, 1, 2, 3, 4), g.simulation().legacy().executedIndices());
        assertTrue(g.hasAuthoritativeTargets());
        StageGraph dup = StageGraph.buildForStage(DockerfileSyntax.parse("Dockerfile",
                "FROM alpine AS app\nRUN one\nFROM busybox AS app\nRUN two\n"), 0, Map.of(), null);
        assertEquals(List.of(0), dup.simulation().buildkit().executedIndices(), "the first of the name, by index");
        assertEquals(List.of(0), dup.simulation().legacy().executedIndices());
    }

    @Test
    void hostileVariableFromsStayBounded() {
        StringBuilder b = new StringBuilder("FROM alpine AS s0\n");
        for (int i = 1; i < 4000; i++) b.append("FROM ${V").append(i).append("} AS s").append(i).append('\n');
        StageGraph g = graph(b.toString());
        long start = System.nanoTime();
        assertEquals(List.of(3999), indices(g.possibleTargets()), "every stage may be named by a later FROM");
        assertEquals(List.of(), dead(g));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "linear, not quadratic");
    }
}
