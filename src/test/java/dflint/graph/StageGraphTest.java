package dflint.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.syntax.DockerfileSyntax;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageGraphTest {
    static StageGraph graph(String text, String... targets) {
        return StageGraph.build(DockerfileSyntax.parse("Dockerfile", text), List.of(targets), Map.of());
    }

    static StageGraph graph(String text, Map<String, String> buildArgs) {
        return StageGraph.build(DockerfileSyntax.parse("Dockerfile", text), List.of(), buildArgs);
    }

    static List<Integer> indices(List<Stage> stages) {
        List<Integer> out = new ArrayList<>();
        for (Stage s : stages) out.add(s.index());
        return out;
    }

    @Test
    void stagesAreIndexedOverEveryFromWithLowerCasedNames() {
        StageGraph g = graph("ARG V=1\nFROM alpine:3.20 AS Build\nRUN a\nFROM scratch\nCOPY --from=build /a /a\n");
        assertEquals(2, g.stages().size());
        Stage b = g.stage(0);
        assertEquals("build", b.name());
        assertEquals("Build", b.nameAsWritten());
        assertEquals("alpine:3.20", b.baseAsWritten());
        assertEquals(2, b.line());
        assertEquals(1, b.instructions().size());
        assertNull(g.stage(1).name());
        assertEquals("stage-1", g.stage(1).displayName());
        assertEquals(StageRef.Target.SCRATCH, g.stage(1).parentRef().target());
        assertEquals(3, b.range().endLine());
    }

    @Test
    void everyInstructionKnowsItsStage() {
        StageGraph g = graph("ARG X\nFROM a AS one\nRUN x\nONBUILD RUN y\nFROM b\nCMD z\n");
        List<Instruction> ins = g.file().instructions();
        assertNull(g.stageOf(ins.get(0)));
        assertSame(g.stage(0), g.stageOf(ins.get(1)));
        assertSame(g.stage(0), g.stageOf(ins.get(2)));
        assertSame(g.stage(0), g.stageOf(((Instruction.Onbuild) ins.get(3)).trigger()));
        assertSame(g.stage(1), g.stageOf(ins.get(5)));
    }

    @Test
    void fromResolvesToEarlierStagesByExactLowerCasedName() {
        StageGraph g = graph("FROM alpine AS base\nFROM base AS a\nFROM Base AS b\nFROM later AS c\nFROM alpine AS later\n");
        assertEquals(0, g.stage(1).parentIndex());
        assertEquals(-1, g.stage(2).parentIndex(), "FROM Base is an image in BuildKit");
        assertEquals(StageRef.Target.IMAGE, g.stage(2).parentRef().target());
        assertEquals(-1, g.stage(3).parentIndex(), "a later stage is invisible to FROM");
    }

    @Test
    void fromWithDuplicateNamesBindsToTheClosestEarlierOne() {
        StageGraph g = graph("FROM a AS dup\nFROM b AS dup\nFROM dup\n");
        assertEquals(1, g.stage(2).parentIndex());
    }

    @Test
    void fromExpandsGlobalArgsBuildArgsAndPlatformArgs() {
        String text = "ARG VARIANT=release\nFROM alpine AS build-release\nFROM alpine AS build-debug\n"
                + "FROM alpine AS tools-amd64\nFROM build-${VARIANT}\nFROM tools-${TARGETARCH}\n";
        StageGraph g = graph(text);
        assertEquals(0, g.stage(3).parentIndex());
        assertEquals("build-release", g.stage(3).baseExpanded());
        assertEquals(2, g.stage(4).parentIndex());
        StageGraph d = graph(text, Map.of("VARIANT", "debug"));
        assertEquals(1, d.stage(3).parentIndex());
        StageGraph arm = graph(text, Map.of("TARGETARCH", "arm64"));
        assertEquals(-1, arm.stage(4).parentIndex());
    }

    @Test
    void stageArgsDoNotReachFrom() {
        StageGraph g = graph("FROM alpine AS x\nARG B=x\nFROM ${B}\n");
        assertEquals(StageRef.Target.ERROR, g.stage(1).parentRef().target());
        assertEquals("base name (${B}) should not be blank", g.stage(1).parentRef().error());
    }

    @Test
    void copyFromResolvesNamesCaseInsensitivelyLastDuplicateAndIndexes() {
        StageGraph g = graph("FROM a AS dup\nCOPY --from=DUP /a /a\nFROM b AS dup\nFROM c\nCOPY --from=1 /a /a\n"
                + "COPY --from=nginx:1 /a /a\nCOPY --from=9 /a /a\nCOPY --from=$X /a /a\n");
        StageRef forward = g.stage(0).refs().get(1);
        assertEquals(StageRef.Kind.COPY_FROM, forward.kind());
        assertEquals(1, forward.stage(), "the last stage named dup");
        List<StageRef> last = g.stage(2).refs();
        assertTrue(last.get(1).byIndex());
        assertEquals(1, last.get(1).stage());
        assertEquals(StageRef.Target.IMAGE, last.get(2).target());
        assertEquals(StageRef.Problem.INDEX_OUT_OF_RANGE, last.get(3).problem());
        assertEquals("invalid stage index 9", last.get(3).error());
        assertEquals(StageRef.Problem.VARIABLE, last.get(4).problem());
    }

    @Test
    void mountFromIsByNameOnly() {
        StageGraph g = graph("FROM a AS tools\nFROM b\nRUN --mount=type=bind,from=0,target=/x --mount=from=TOOLS,target=/t true\n"
                + "RUN --mount=from=${X}y,target=/z true\n");
        List<StageRef> r = g.stage(1).refs();
        assertEquals(StageRef.Target.IMAGE, r.get(1).target(), "0 is a name for mounts");
        assertEquals(StageRef.Kind.MOUNT_FROM, r.get(2).kind());
        assertEquals(0, r.get(2).stage());
        assertEquals("/t", r.get(2).mountTarget());
        assertEquals(StageRef.Problem.VARIABLE, r.get(3).problem());
    }

    @Test
    void parentChainWalksFromParents() {
        StageGraph g = graph("FROM alpine AS a\nFROM a AS b\nFROM golang AS c\nFROM b AS d\n");
        assertEquals(List.of(3, 1, 0), indices(g.parentChain(g.stage(3))));
        assertEquals("alpine", g.rootBase(g.stage(3)).expanded());
        assertEquals(List.of(2), indices(g.parentChain(g.stage(2))));
    }

    @Test
    void targetImageVersusCopySourcesVersusUnreachable() {
        StageGraph g = graph("FROM golang AS build\nFROM alpine AS base\nFROM base AS final\nCOPY --from=build /a /a\n"
                + "FROM alpine AS test\n", "final");
        assertEquals(List.of(2), indices(g.targets()));
        assertTrue(g.inTargetImage(g.stage(1)));
        assertTrue(g.inTargetImage(g.stage(2)));
        assertFalse(g.inTargetImage(g.stage(0)));
        assertTrue(g.isCopySourceOnly(g.stage(0)));
        assertFalse(g.isReachable(g.stage(3)));
        assertEquals(List.of(0, 1, 2), indices(g.reachableFrom(g.stage(2))));
    }

    @Test
    void defaultTargetIsTheLastStageAndTargetsMatchCaseInsensitively() {
        StageGraph g = graph("FROM a AS x\nFROM b AS y\n");
        assertEquals(List.of(1), indices(g.targets()));
        StageGraph t = graph("FROM a AS x\nFROM b AS y\n", "X");
        assertEquals(List.of(0), indices(t.targets()));
        StageGraph u = graph("FROM a AS build\nFROM b AS y\n", "bulid");
        assertEquals(List.of("bulid"), u.unknownTargets());
        assertEquals("target stage \"bulid\" could not be found (did you mean build?)", u.unknownTargetMessage("bulid"));
    }

    @Test
    void onbuildTriggersOfAParentStageAreDependenciesOfTheChild() {
        StageGraph g = graph("FROM a AS assets\nFROM b AS tpl\nONBUILD COPY --from=assets /a /a\nFROM tpl\n");
        StageRef r = g.stage(2).refs().get(1);
        assertEquals(StageRef.Kind.ONBUILD, r.kind());
        assertEquals(StageRef.Kind.COPY_FROM, r.triggerKind());
        assertEquals(0, r.stage());
        assertTrue(g.isReachable(g.stage(0)));
        assertEquals(1, g.stage(1).refs().size(), "the trigger does not run in its own stage");
    }

    @Test
    void cyclesFollowBuildKitDependencyEdgesOnly() {
        StageGraph g = graph("FROM x AS pre\nCOPY --from=b /a /a\nFROM x AS a\nCOPY --from=b /a /a\nFROM x AS b\nCOPY --from=a /b /b\n");
        assertEquals("pre", g.cycleStage().name(), "the first stage from which the cycle is reachable");
        assertEquals(2, g.cycleRefs().size());
        assertEquals(List.of(1, 2, 1), indices(g.cyclePath(g.cycleRefs().get(0))));
        StageGraph parentOnly = graph("FROM x AS a\nCOPY --from=b /x /x\nFROM a AS b\n");
        assertNull(parentOnly.cycleStage(), "FROM is not a dependency edge");
        StageGraph self = graph("FROM x\nCOPY --from=0 /a /a\n");
        assertEquals("stage-0", self.cycleStage().displayName());
    }

    @Test
    void jgraphtViewHasStagesImagesAndEdges() {
        StageGraph g = graph("FROM golang AS build\nFROM scratch\nCOPY --from=build /a /a\nCOPY --from=busybox /b /b\n");
        var jg = g.graph();
        assertEquals(5, jg.vertexSet().size()); // 2 stages, golang, scratch, busybox
        assertEquals(4, jg.edgeSet().size());
        assertTrue(jg.containsEdge(g.stage(1), g.stage(0)));
    }

    @Test
    void oddInputDoesNotThrow() {
        for (String text : new String[] {"", "# only a comment\n", "ARG A\n", "FROM\n", "FROM a AS\n", "FROM a b c d\n",
                "FROM ${\n", "FROM a\nCOPY --from= /a /b\n", "FROM a\nRUN --mount /x\n",
                "FROM a\nCOPY --from=99999999999999999999999 /a /b\n", "FROM a\nONBUILD\n"}) {
            StageGraph g = graph(text);
            g.simulation();
            g.graph();
        }
    }
}
