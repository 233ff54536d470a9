package dflint.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildSimulationTest {
    static final String DOCKER_EXAMPLE = "FROM ubuntu AS base\nRUN echo \"base\"\n\nFROM base AS stage1\nRUN echo \"stage1\"\n\n"
            + "FROM base AS stage2\nRUN echo \"stage2\"\n";

    static List<String> messages(BuildSimulation.Result r) {
        List<String> out = new ArrayList<>();
        for (BuildSimulation.BuildError e : r.errors()) out.add(e.line() + ": " + e.message());
        return out;
    }

    @Test
    void dockersExampleBuildKitSkipsStage1() {
        BuildSimulation s = StageGraphTest.graph(DOCKER_EXAMPLE, "stage2").simulation();
        assertEquals(List.of(0, 2), s.buildkit().executedIndices());
        assertEquals(List.of(0, 1, 2), s.legacy().executedIndices());
        assertEquals(List.of(), s.buildkit().errors());
        assertEquals(List.of(), s.legacy().errors());
    }

    @Test
    void stagesAfterTheTargetRunOnlyWhenBuildKitNeedsThem() {
        BuildSimulation s = StageGraphTest.graph("FROM a AS one\nCOPY --from=three /x /x\nFROM a AS two\nFROM a AS three\n", "one")
                .simulation();
        assertEquals(List.of(0, 2), s.buildkit().executedIndices());
        assertEquals(List.of(0), s.legacy().executedIndices());
        assertEquals(List.of("2: cannot copy from stage \"three\", it needs to be defined before current stage \"one\""),
                messages(s.buildkit()));
        assertEquals(List.of("2: COPY --from=three: stage \"three\" is not built yet at this point, so the legacy builder"
                + " pulls an image named three"), messages(s.legacy()));
    }

    @Test
    void aCycleIsReportedAtTheLastCommandNamingTheSource() {
        // BuildKit keeps one command per source stage, the last one: its answers were line 4 and line 3
        BuildSimulation self = StageGraphTest.graph("FROM a AS build\n\nCOPY --from=build / /\nCOPY --from=build / /\n").simulation();
        assertEquals(List.of("4: circular dependency detected on stage: build"), messages(self.buildkit()));
        BuildSimulation pair = StageGraphTest.graph(
                "FROM a AS a\nCOPY --from=b /x /x\nRUN --mount=from=b,target=/m true\nFROM a AS b\nCOPY --from=a /z /z\n").simulation();
        assertEquals(true, messages(pair.buildkit()).contains("3: circular dependency detected on stage: a"), messages(pair.buildkit()).toString());
    }

    @Test
    void everyMountWithoutFromDependsOnAStageNamedScratch() {
        // BuildKit's answers: a secret mount builds stage "scratch" first, even one defined later;
        // only a cache mount reads it, so only a cache mount needs it defined earlier
        BuildSimulation secret = StageGraphTest.graph(
                "FROM a AS b\nRUN --mount=type=secret,id=s true\nFROM a AS scratch\nRUN echo\n", "b").simulation();
        assertEquals(List.of(0, 1), secret.buildkit().executedIndices());
        assertEquals(List.of(), secret.buildkit().errors());
        BuildSimulation cache = StageGraphTest.graph(
                "FROM a AS b\nRUN --mount=type=cache,target=/c true\nFROM a AS scratch\nRUN echo\n", "b").simulation();
        assertEquals(List.of("2: cannot mount from stage \"scratch\" to \"/c\", stage needs to be defined before current command"),
                messages(cache.buildkit()));
        BuildSimulation self = StageGraphTest.graph("FROM a AS scratch\nRUN --mount=type=ssh true\n").simulation();
        assertEquals(List.of("2: circular dependency detected on stage: scratch"), messages(self.buildkit()));
        BuildSimulation none = StageGraphTest.graph("FROM a AS x\nRUN echo\nFROM a\nRUN --mount=type=bind,target=/m true\n").simulation();
        assertEquals(List.of(1), none.buildkit().executedIndices(), "without a stage named scratch it mounts the context");
    }

    @Test
    void duplicateTargetsBindLastInBuildKitAndFirstInLegacy() {
        BuildSimulation s = StageGraphTest.graph("FROM a AS dup\nFROM b AS x\nFROM c AS dup\n", "dup").simulation();
        assertEquals(List.of(2), s.buildkit().executedIndices());
        assertEquals(List.of(0), s.legacy().executedIndices());
        assertEquals(List.of(), s.legacy().errors(), "the duplicate after the target is never reached");
        BuildSimulation all = StageGraphTest.graph("FROM a AS dup\nFROM b AS x\nFROM c AS dup\n").simulation();
        assertEquals(List.of("3: dup stage name already used"), messages(all.legacy()));
    }

    @Test
    void legacyIndexErrors() {
        BuildSimulation s = StageGraphTest.graph("FROM a\nFROM b\nCOPY --from=1 /a /a\nCOPY --from=5 /a /a\n").simulation();
        assertEquals(List.of("3: invalid from flag value 1: refers to current build stage",
                "4: invalid from flag value 5: index out of bounds"), messages(s.legacy()));
        // BuildKit names the command that closes the cycle, not the FROM
        assertEquals(List.of("3: circular dependency detected on stage: stage-1", "4: invalid stage index 5"),
                messages(s.buildkit()).stream().sorted().toList());
    }

    @Test
    void buildKitOnlyFeaturesAreLegacyErrorsInExecutedStagesOnly() {
        BuildSimulation s = StageGraphTest.graph("FROM a AS x\nRUN --mount=type=cache,target=/c true\n"
                + "FROM b AS y\nCOPY --chmod=755 a /a\nFROM c AS z\nRUN --network=none true\n", "y").simulation();
        List<String> legacy = messages(s.legacy());
        assertEquals(2, legacy.size(), legacy.toString());
        assertTrue(legacy.get(0).startsWith("2: the --mount option requires BuildKit"));
        assertTrue(legacy.get(1).startsWith("4: the --chmod option requires BuildKit"));
        assertEquals(List.of(), s.buildkit().errors());
    }

    @Test
    void fatalBuildKitErrorsCoverUnbuiltStages() {
        BuildSimulation s = StageGraphTest.graph("FROM a AS x\nFROM Builder AS y\nFROM c AS z\n", "z").simulation();
        assertEquals(List.of("2: failed to parse stage name \"Builder\": invalid reference format: repository name"
                + " (library/Builder) must be lowercase"), messages(s.buildkit()));
    }

    @Test
    void fromALaterStageIsAnImagePull() {
        BuildSimulation s = StageGraphTest.graph("FROM base AS app\nFROM alpine AS base\n", "app").simulation();
        assertEquals(List.of("1: FROM base: stage \"base\" is defined later (line 2) and FROM sees only earlier stages,"
                + " so BuildKit pulls an image of that name"), messages(s.buildkit()));
        assertEquals(List.of("1: FROM base: stage \"base\" is defined later (line 2) and FROM sees only earlier stages,"
                + " so the legacy builder pulls an image of that name"), messages(s.legacy()));
    }

    @Test
    void legacyHasNoPlatformArgs() {
        BuildSimulation s = StageGraphTest.graph("FROM --platform=$BUILDPLATFORM golang AS b\nFROM ${TARGETARCH}\n").simulation();
        assertTrue(messages(s.legacy()).get(0).startsWith("2: base name (${TARGETARCH}) should not be blank"));
    }

    @Test
    void emptyAndStagelessFiles() {
        assertEquals(List.of("1: dockerfile contains no stages to build"),
                messages(StageGraphTest.graph("ARG A=1\n").simulation().buildkit()));
        assertEquals(List.of("1: No image was generated. Is your Dockerfile empty?"),
                messages(StageGraphTest.graph("ARG A=1\n").simulation().legacy()));
        assertEquals(List.of("1: the Dockerfile cannot be empty"), messages(StageGraphTest.graph("").simulation().buildkit()));
        assertEquals(List.of("1: file with no instructions"), messages(StageGraphTest.graph("# c\n").simulation().buildkit()));
        assertEquals(List.of("1: file with no instructions"), messages(StageGraphTest.graph("").simulation().legacy()));
    }
}
