package dflint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import dflint.syntax.DockerfileSyntax;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings of the package-manager rules point at the command or package, not at the RUN. */
class PackageRulePositionsTest {

    private static List<String> lint(String text, String rule) {
        LintOptions.Builder b = LintOptions.builder();
        b.enable.add(rule);
        List<String> out = new ArrayList<>();
        for (Finding f : new Linter(Rules.all()).lint(DockerfileSyntax.parse("Dockerfile", text), b.build())) {
            if (f.ruleId().equals(rule)) out.add(f.range().toString());
        }
        return out;
    }

    @Test
    void packageOnAContinuationLine() {
        String df = "FROM debian:12\n"
                + "RUN apt-get update \\\n"
                + "    && apt-get install -y --no-install-recommends \\\n"
                + "        ca-certificates=20230311 \\\n"
                + "        git \\\n"
                + "    && rm -rf /var/lib/apt/lists/*\n";
        assertEquals(List.of("5:9-5:12"), lint(df, "DF3008"));
        assertEquals(List.of(), lint(df, "DF3009"));
        assertEquals(List.of(), lint(df, "DF3014"));
    }

    @Test
    void commandOnAContinuationLine() {
        String df = "FROM debian:12\n"
                + "RUN set -eux; \\\n"
                + "    apt-get update; \\\n"
                + "    apt-get install --no-install-recommends curl=1\n";
        assertEquals(List.of("4:5-4:12"), lint(df, "DF3014"));
        assertEquals(List.of("3:5-3:12"), lint(df, "DF3009"));
    }

    @Test
    void commandInAHeredocScript() {
        String df = "FROM alpine:3.20\n"
                + "RUN <<EOF\n"
                + "set -e\n"
                + "  apk add curl\n"
                + "EOF\n";
        assertEquals(List.of("4:11-4:15"), lint(df, "DF3018"));
        assertEquals(List.of("4:3-4:6"), lint(df, "DF3019"));
    }

    @Test
    void commandInsideShDashC() {
        String df = "FROM node:20\nRUN sh -c \"npm install -g typescript && yarn\"\n";
        assertEquals(List.of("2:27-2:37"), lint(df, "DF3016"));
        assertEquals(List.of("2:41-2:45"), lint(df, "DF3060"));
    }

    @Test
    void pythonHeredocIsNotReadAsShell() {
        String df = "FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nimport os\nos.system('pip install flask')\nEOF\n";
        assertEquals(List.of(), lint(df, "DF3013"));
        assertEquals(List.of(), lint(df, "DF3042"));
    }
}
