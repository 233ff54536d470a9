package dflint.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import dflint.syntax.DockerfileSyntax;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage rules' messages name the stage, the line and the fix; checked word for word for a few. */
class StageRuleMessagesTest {
    static List<String> findings(String rule, String text, String... targets) {
        LintOptions.Builder b = LintOptions.builder();
        b.targets.addAll(List.of(targets));
        b.enable.add(rule);
        List<String> out = new ArrayList<>();
        for (Finding f : new Linter(Rules.all()).lint(DockerfileSyntax.parse("Dockerfile", text), b.build())) {
            if (f.ruleId().equals(rule)) out.add(f.line() + ":" + f.column() + " " + f.message());
        }
        return out;
    }

    @Test
    void numericReferenceNamesTheStageAndTheFix() {
        assertEquals(List.of("5:6 COPY --from=0 refers to stage 0 \"build\" (line 1) by index; use --from=build"),
                findings("DF1001", "FROM golang:1.22 AS build\nRUN make\n\nFROM alpine:3.20\nCOPY --from=0 /a /a\n"));
    }

    @Test
    void numericReferenceToAnUnnamedStageProposesAUniqueNameThatIsNoImage() {
        List<String> f = findings("DF1001", "FROM alpine\nRUN a\nFROM alpine:3.20\nRUN b\nFROM alpine\n"
                + "COPY --from=0 /a /a\nCOPY --from=1 /b /b\n");
        assertEquals(List.of(
                "6:6 COPY --from=0 refers to stage 0 (line 1) by index; name it (FROM alpine AS alpine-0) and use --from=alpine-0",
                "7:6 COPY --from=1 refers to stage 1 (line 3) by index; name it (FROM alpine:3.20 AS alpine-1) and use --from=alpine-1"),
                f);
    }

    @Test
    void unreachableSaysWhatEachBuilderDoes() {
        String text = "FROM ubuntu:24.04 AS base\nFROM base AS stage1\nFROM base AS stage2\nFROM base AS stage3\n";
        assertEquals(List.of(
                "2:14 Stage 1 \"stage1\" (line 2) is not needed by the target stage \"stage2\": BuildKit skips it, but the"
                        + " legacy builder still builds it; remove it, or build it on purpose with --target stage1",
                "4:14 Stage 3 \"stage3\" (line 4) is not needed by the target stage \"stage2\": neither BuildKit nor the"
                        + " legacy builder builds it; remove it, or build it on purpose with --target stage3"),
                findings("DF1006", text, "stage2"));
        assertEquals(List.of(), findings("DF1006", text, "nope"), "an unknown target decides nothing");
    }

    @Test
    void deadStagesSayWhyTheyAreDeadAndWhatToDo() {
        String text = "FROM alpine AS app\nFROM alpine AS app\nFROM alpine\nFROM alpine AS tools\nFROM tools\n"
                + "FROM alpine AS test\nFROM scratch\nCOPY --from=app /a /a\n";
        assertEquals(List.of(
                "1:16 Stage 0 \"app\" (line 1) is dead: stage 1 \"app\" (line 2) reuses the name \"app\", so --target app"
                        + " builds that one, and no stage uses this one; remove it, or rename it if it is meant to be a target",
                "3:6 Stage 2 (line 3) is dead: it has no name, so no --target can build it, and no stage uses it; remove it,"
                        + " or name it if it is meant to be a target",
                "4:16 Stage 3 \"tools\" (line 4) is dead: the only stages that use it are dead too, such as stage 4 (line 5);"
                        + " remove it with them, or make one of them a target",
                "5:6 Stage 4 (line 5) is dead: it has no name, so no --target can build it, and no stage uses it; remove it,"
                        + " or name it if it is meant to be a target"),
                findings("DF1006", text));
    }

    @Test
    void pragmaTargetsAreTheCompleteListAndUnknownNamesAreReported() {
        String text = "# dflint targets=test,tset\nFROM alpine AS base\nFROM base AS test\nFROM base AS debug\nFROM scratch\n";
        assertEquals(List.of(
                "1:1 The targets pragma names \"tset\", but no stage has that name (did you mean test?); fix or remove the name",
                "4:14 Stage 2 \"debug\" (line 4) is not needed by the target stage \"test\" of the targets pragma: BuildKit"
                        + " skips it, but the legacy builder still builds it; remove it, or add debug to the targets pragma",
                "5:6 Stage 3 (line 5) is not needed by the target stage \"test\" of the targets pragma: BuildKit skips it,"
                        + " but the legacy builder still builds it; remove it"),
                findings("DF1006", text));
    }

    @Test
    void fatFinalBaseGivesSizeAndAlternative() {
        assertEquals(List.of("1:6 The image is based on node:20, a node toolchain image of about 1100 MB in a single-stage"
                        + " build, so the toolchain ships with the app; use node:<version>-slim or node:<version>-alpine"),
                findings("DF1007", "FROM node:20\nCOPY . /app\nCMD [\"node\", \"/app\"]\n"));
    }

    @Test
    void fatFinalBaseReadsExtraTableRows() {
        LintOptions.Builder b = LintOptions.builder();
        b.baseImages.add("registry.example.com/ci/*\tci\ttoolchain\t2000\tuse the runtime image");
        List<String> out = new ArrayList<>();
        for (Finding f : new Linter(Rules.all()).lint(DockerfileSyntax.parse("Dockerfile",
                "FROM registry.example.com/ci/full:1\nCOPY app /app\nCMD [\"/app\"]\n"), b.build())) {
            if (f.ruleId().equals("DF1007")) out.add(f.message());
        }
        assertEquals(List.of("The image is based on registry.example.com/ci/full:1, a ci toolchain image of about 2000 MB"
                + " in a single-stage build, so the toolchain ships with the app; use the runtime image"), out);
    }

    @Test
    void unknownStageNamePrefersAStageNamedByItsLastPart() {
        List<String> f = findings("DF1013", "FROM a AS test\nFROM a AS license-set\nFROM scratch\nCOPY --from=set /out /\n");
        assertEquals(1, f.size());
        assertEquals(true, f.get(0).contains("did you mean stage 1 \"license-set\" (line 2)? use --from=license-set"), f.get(0));
    }
}
