package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.graph.TargetDiscovery;
import dflint.graph.TargetSource;
import dflint.syntax.DockerfileSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A FROM that BuildKit refuses only for want of build arguments (DF1017, DF2013, DF1018 for a
 * platform) is not reported when the repository's own builds pass those arguments; it still is
 * when they pass other ones, when another variable stays unset, or when no variable is involved.
 */
class PassedBuildArgsTest {
    /** A repository that passes these arguments, and records what it was asked. */
    private static final class Repository implements TargetDiscovery {
        final Set<String> passes;
        final List<Set<String>> asked = new ArrayList<>();

        Repository(String... passes) {
            this.passes = Set.of(passes);
        }

        @Override
        public List<TargetSource> targets(Set<String> names) {
            return List.of();
        }

        @Override
        public Set<String> buildArgs(Set<String> names) {
            asked.add(new TreeSet<>(names));
            Set<String> out = new TreeSet<>(names);
            out.retainAll(passes);
            return out;
        }
    }

    /** "rule@line" of the findings of these rules. */
    private static List<String> findings(String text, TargetDiscovery repository, String... rules) {
        LintOptions options = LintOptions.defaults().withDiscoveredTargets(repository);
        List<String> out = new ArrayList<>();
        for (Finding f : new Linter(Rules.all()).lint(DockerfileSyntax.parse("Dockerfile", text), options)) {
            if (List.of(rules).contains(f.ruleId())) out.add(f.ruleId() + "@" + f.line());
        }
        return out;
    }

    @Test
    void aBlankBaseIsNotAnErrorWhenTheRepositoryPassesItsArgument() {
        String text = "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN true\n";
        assertEquals(List.of("DF1017@2"), findings(text, null, "DF1017", "DF2013"));
        assertEquals(List.of("DF1017@2"), findings(text, new Repository("OTHER"), "DF1017", "DF2013"));
        Repository r = new Repository("BASE_IMAGE");
        assertEquals(List.of(), findings(text, r, "DF1017", "DF2013"));
        assertEquals(List.of(Set.of("BASE_IMAGE")), r.asked, "asked once, about the variable the FROM uses");
    }

    @Test
    void anArgumentInsideAReferenceAndAnInvalidDefault() {
        String project = "ARG PROJECT_ID\nFROM gcr.io/${PROJECT_ID}/cache AS cache\nRUN true\n";
        assertEquals(List.of("DF1017@2"), findings(project, new Repository(), "DF1017", "DF2013"));
        assertEquals(List.of(), findings(project, new Repository("PROJECT_ID"), "DF1017", "DF2013"));
        // a default that makes an invalid reference: the argument passed replaces it
        String tag = "ARG TAG=\nFROM alpine:${TAG}\nRUN true\n";
        assertEquals(List.of("DF1017@2"), findings(tag, new Repository(), "DF1017", "DF2013"));
        assertEquals(List.of(), findings(tag, new Repository("TAG"), "DF1017", "DF2013"));
    }

    @Test
    void stillReportedWhenAnotherVariableStaysUnsetOrNoneIsUsed() {
        String two = "ARG REGISTRY\nARG IMAGE\nFROM ${REGISTRY}/${IMAGE}\nRUN true\n";
        assertEquals(List.of("DF1017@3"), findings(two, new Repository("IMAGE"), "DF1017", "DF2013"));
        assertEquals(List.of(), findings(two, new Repository("IMAGE", "REGISTRY"), "DF1017", "DF2013"));
        Repository all = new Repository("A", "B");
        assertEquals(List.of("DF1017@1"), findings("FROM node:-alpine\nRUN true\n", all, "DF1017", "DF2013"));
        assertEquals(List.of(), all.asked, "a FROM without variables never asks the repository");
    }

    @Test
    void aValidFileNeverAsksTheRepository() {
        Repository r = new Repository("BASE");
        assertEquals(List.of(), findings("ARG BASE=alpine:3.20\nFROM ${BASE}\nRUN true\n", r, "DF1017", "DF2013"));
        assertEquals(List.of(), r.asked);
    }

    @Test
    void aPlatformFromAnArgumentTheRepositoryPasses() {
        String text = "ARG PLATFORM\nFROM --platform=${PLATFORM} alpine:3.20\nRUN true\n";
        List<String> alone = findings(text, new Repository(), "DF1017", "DF1018", "DF2013");
        assertEquals(1, alone.size(), alone.toString());
        assertEquals(List.of(), findings(text, new Repository("PLATFORM"), "DF1017", "DF1018", "DF2013"));
    }
}
