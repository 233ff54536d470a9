package dflint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.Finding;
import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.engine.Severity;
import dflint.graph.StageGraph;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FixerTest {
    static final Linter LINTER = new Linter(Rules.all());

    private static Fixer fixer() {
        return new Fixer(Fixer.analyzer(LINTER, LintOptions.defaults(), "Dockerfile"));
    }

    private static long count(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).count();
    }

    @Test
    void severalFixesOnOneCommandLandTogetherAndASecondRunChangesNothing() {
        String text = "from debian:12\n"
                + "RUN echo built > /out\n"
                + "FROM debian:12\n"
                + "COPY --from=0 /out /out\n"
                + "RUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*\n";
        Fixer.Result safe = fixer().fix(text, FixSelection.safe());
        // the keyword casing, the stage name (debian-0: the other stage's suggestion would be debian
        // too) and -y land; AS follows FROM's casing
        assertEquals("FROM debian:12 AS debian-0\n"
                + "RUN echo built > /out\n"
                + "FROM debian:12\n"
                + "COPY --from=debian-0 /out /out\n"
                + "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n", safe.text());
        assertTrue(safe.converged());
        assertEquals(List.of(), safe.refused());
        // DF3015's fix is unsafe: not applied, still offered
        assertEquals(1, count(safe.last().findings(), "DF3015"));
        assertEquals(FixSafety.UNSAFE, safe.last().findings().stream().filter(f -> f.ruleId().equals("DF3015")).findFirst().get().fixSafety());
        assertEquals(safe.text(), fixer().fix(safe.text(), FixSelection.safe()).text());

        Fixer.Result all = fixer().fix(text, new FixSelection(true, Set.of()));
        // unsafe fixes come after the safe ones, in passes of their own
        assertTrue(all.text().contains("apt-get install --no-install-recommends -y curl"), all.text());
        assertEquals(all.text(), fixer().fix(all.text(), new FixSelection(true, Set.of())).text());
    }

    @Test
    void fixOnlyTakesTheNamedRulesByIdNameOrAlias() {
        String text = "FROM alpine:3.20 as app\nrun apk add curl\n";
        assertEquals("FROM alpine:3.20 AS app\nrun apk add curl\n",
                fixer().fix(text, new FixSelection(false, Set.of("FromAsCasing"))).text());
        assertEquals("FROM alpine:3.20 as app\nrun apk add --no-cache curl\n",
                fixer().fix(text, new FixSelection(false, Set.of("DL3019"))).text());
    }

    @Test
    void aFileThatDoesNotParseIsNeverFixed() {
        String text = "FROM alpine:3.20 as build\nRNU make\n";
        Fixer.Result r = fixer().fix(text, FixSelection.safe());
        assertEquals(text, r.text());
        assertNotNull(r.refusal());
    }

    @Test
    void aPragmaKeepsItsFindingAndSoItsFixAway() {
        String text = "FROM alpine:3.20\n# dflint ignore=DF2010\nENV A b\nENV C d\n";
        assertEquals("FROM alpine:3.20\n# dflint ignore=DF2010\nENV A b\nENV C=d\n", fixer().fix(text, FixSelection.safe()).text());
    }

    // ---- the fixer's own checks, with analyzers that propose fixes on purpose ----------------

    /** An analyzer that lints with the real rules and adds the findings {@code extra} proposes. */
    private static Fixer.Analyzer with(Function<Dockerfile, List<Finding>> extra) {
        Fixer.Analyzer real = Fixer.analyzer(new Linter(List.of()), LintOptions.defaults(), "Dockerfile");
        return text -> {
            Fixer.Analysis a = real.analyze(text);
            List<Finding> all = new ArrayList<>(a.findings());
            all.addAll(extra.apply(a.file()));
            return new Fixer.Analysis(text, a.file(), all, a.shape());
        };
    }

    private static Finding finding(String rule, SourceRange at, Fix fix) {
        return new Finding("Dockerfile", at, rule, rule.toLowerCase(), List.of(), Severity.WARNING, "test", fix.withSafety(FixSafety.SAFE));
    }

    @Test
    void aFixThatBreaksTheFileIsRefusedAndTheOthersStillLand() {
        String text = "from alpine\nrun true\n";
        Fixer f = new Fixer(with(df -> {
            List<Finding> out = new ArrayList<>();
            if (df.text().startsWith("from")) out.add(finding("T1", SourceRange.ofLine(1, 1, 5), new Fix("upper", SourceRange.ofLine(1, 1, 5), "FROM")));
            // turns RUN into an unknown instruction
            if (df.text().contains("run true")) out.add(finding("T2", SourceRange.ofLine(2, 1, 4), new Fix("break", SourceRange.ofLine(2, 1, 4), "RNU")));
            return out;
        }));
        Fixer.Result r = f.fix(text, FixSelection.safe());
        assertEquals("FROM alpine\nrun true\n", r.text());
        assertEquals(1, r.refused().size());
        assertEquals("T2", r.refused().get(0).ruleId());
    }

    @Test
    void aSafeFixThatChangesWhichStagesABuildRunsIsRefused() {
        String text = "FROM alpine AS base\nRUN true\nFROM alpine\nRUN true\n";
        Fixer f = new Fixer(with(df -> df.text().contains("FROM alpine\nRUN")
                ? List.of(finding("T3", SourceRange.ofLine(3, 6, 12), new Fix("rebase", SourceRange.ofLine(3, 6, 12), "base")))
                : List.of()));
        Fixer.Result r = f.fix(text, FixSelection.safe());
        assertEquals(text, r.text());
        assertEquals(1, r.refused().size());
        // the check itself: stage 1 now runs stage 0 too
        Dockerfile df = DockerfileSyntax.parse("x", "FROM alpine AS base\nRUN true\nFROM base\nRUN true\n");
        assertFalse(Fixer.Shape.of(df, StageGraph.build(df)).sameBuildAs(Fixer.Shape.of(DockerfileSyntax.parse("x", text),
                StageGraph.build(DockerfileSyntax.parse("x", text)))));
    }

    @Test
    void passesAreBoundedWhenFixesNeverRunOut() {
        // a rule that always has one more blank to add at the end of the FROM line
        Fixer f = new Fixer(with(df -> List.of(finding("T4", SourceRange.point(1, 12), new Fix("more", SourceRange.point(1, 12), " ")))));
        Fixer.Result r = f.fix("FROM alpine\n", FixSelection.safe());
        assertFalse(r.converged());
        assertEquals(Fixer.MAX_PASSES, r.passes());
        assertEquals("FROM alpine" + " ".repeat(Fixer.MAX_PASSES) + "\n", r.text());
    }
}
