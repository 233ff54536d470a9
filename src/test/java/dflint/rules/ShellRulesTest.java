package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.shell.ShellCheck;
import dflint.syntax.DockerfileSyntax;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Positions and stage behaviour of the shell rules, beyond what fixture markers can say. */
class ShellRulesTest {
    private static final Linter LINTER = new Linter(Rules.all());

    private static List<String> lint(String text, String rule, boolean shellcheck) {
        LintOptions.Builder b = LintOptions.builder();
        if (!shellcheck) b.enable.add(rule);
        b.shellcheck = shellcheck;
        List<String> out = new ArrayList<>();
        for (Finding f : LINTER.lint(DockerfileSyntax.parse("Dockerfile", text), b.build())) {
            if (f.ruleId().equals(rule)) out.add(f.range() + " " + f.message());
        }
        return out;
    }

    private static List<String> positions(String text, String rule) {
        List<String> out = new ArrayList<>();
        for (String f : lint(text, rule, false)) out.add(f.substring(0, f.indexOf(' ')));
        return out;
    }

    @Test
    void commandOnAContinuationLineIsReportedWhereItIsWritten() {
        String df = "FROM debian:12\n"
                + "RUN apt-get update && \\\n"
                + "    # a comment BuildKit drops\n"
                + "    sudo   apt-get install -y curl\n";
        assertEquals(List.of("4:5-4:9"), positions(df, "DF3004"));
    }

    @Test
    void heredocCommandsAreReportedOnTheirBodyLine() {
        String df = "FROM debian:12\nRUN <<EOF\nset -e\n  cd /tmp\nEOF\n";
        assertEquals(List.of("4:3-4:5"), positions(df, "DF3003"));
    }

    @Test
    void chompedHeredocKeepsColumnsOfTheTabbedLines() {
        String df = "FROM debian:12\nRUN <<-EOF\n\t\tsudo ls\n\tEOF\n";
        assertEquals(List.of("3:3-3:7"), positions(df, "DF3004"));
    }

    @Test
    void heredocFedToCatIsDataNotCommands() {
        String df = "FROM debian:12\nRUN cat <<EOF > /etc/motd\nsudo is not run here\nEOF\n";
        assertEquals(List.of(), positions(df, "DF3004"));
    }

    @Test
    void packageIsReportedAtItsWord() {
        String df = "FROM centos:7\nRUN yum install -y \\\n      httpd-2.4.6 \\\n      mod_ssl && yum clean all\n";
        List<String> f = lint(df, "DF3033", false);
        assertEquals(1, f.size());
        assertTrue(f.get(0).startsWith("4:7-4:14 "), f.get(0));
        assertTrue(f.get(0).contains("mod_ssl"), f.get(0));
    }

    @Test
    void pipefailAdviceFitsTheImagesShell() {
        String pipe = "RUN curl -fsSL https://example.com/x.tgz | tar -xz\n";
        // Debian's dash has no pipefail: only a bash SHELL helps
        String debian = lint("FROM python:3.12-slim\n" + pipe, "DF4006", false).get(0);
        assertTrue(debian.contains("SHELL [\"/bin/bash\"") && debian.contains("dash") && !debian.contains("start the script"), debian);
        // Alpine has no bash unless installed, and busybox ash knows pipefail
        String alpine = lint("FROM alpine:3.20\n" + pipe, "DF4006", false).get(0);
        assertTrue(alpine.contains("set -o pipefail") && !alpine.contains("/bin/bash"), alpine);
        String alpineWithBash = lint("FROM alpine:3.20\nRUN apk add --no-cache bash\n" + pipe, "DF4006", false).get(0);
        assertTrue(alpineWithBash.contains("/bin/bash"), alpineWithBash);
        // the family comes from the package manager when the base is a variable, and is inherited through FROM stage
        String byCommand = lint("ARG BASE\nFROM $BASE AS base\nRUN apk add --no-cache curl\nFROM base\n" + pipe, "DF4006", false).get(0);
        assertTrue(byCommand.contains("busybox ash"), byCommand);
    }

    @Test
    void userNotNumericNamesTheUidTheFileGivesTheUser() {
        List<String> out = lint("FROM debian:12\nRUN useradd --create-home -u 1500 app\nUSER app\nCMD [\"/app\"]\n", "DF3066", false);
        assertEquals(1, out.size());
        assertTrue(out.get(0).contains("USER 1500"), out.get(0));
    }

    @Test
    void commandsThatCannotFailMayFeedAPipe() {
        assertEquals(List.of(), lint("FROM debian:12\nRUN echo \"$SUM  x.tgz\" | sha256sum -c - && yes | apt-get install x"
                + " && printf '%s\\n' a b | tee /list\n", "DF4006", false));
        // the command after echo can fail, and its failure is what the pipe hides
        List<String> middle = lint("FROM debian:12\nRUN echo \"$KEY\" | gpg --dearmor | tee /k.gpg\n", "DF4006", false);
        assertEquals(1, middle.size());
        assertTrue(middle.get(0).contains("'gpg' fails"), middle.get(0));
    }

    @Test
    void pipefailShellIsInheritedThroughFromStage() {
        String df = "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                + "FROM base AS child\nRUN curl -fsSL https://x | sh\n"
                + "FROM debian:12\nRUN curl -fsSL https://x | sh\n";
        assertEquals(List.of("6:5-6:25"), positions(df, "DF4006"));
    }

    @Test
    void pipeRulesSkipPowerShellInheritedFromAParent() {
        String df = "FROM mcr.microsoft.com/powershell AS ps\nSHELL [\"pwsh\", \"-c\"]\n"
                + "FROM ps\nRUN Get-ChildItem | Select-Object Name\n";
        assertEquals(List.of(), positions(df, "DF4006"));
    }

    @Test
    void cleanupRulesFollowTheTarget() {
        String df = "FROM fedora:40 AS tools\nRUN dnf install -y gcc-14.1.1\n"
                + "FROM fedora:40 AS app\nCOPY --from=tools /usr/bin/gcc /usr/bin/gcc\n";
        assertEquals(List.of(), positions(df, "DF3040"));
        LintOptions.Builder b = LintOptions.builder();
        b.enable.add("DF3040");
        b.targets.add("tools");
        long n = LINTER.lint(DockerfileSyntax.parse("Dockerfile", df), b.build()).stream()
                .filter(f -> f.ruleId().equals("DF3040")).count();
        assertEquals(1, n, "building --target tools ships the dnf cache");
    }

    @Test
    void heredocRunIsNeverToldToMerge() {
        String df = "FROM debian:12\nRUN <<EOF\nmake\nEOF\nRUN make install\n";
        assertEquals(List.of(), positions(df, "DF3059"));
    }

    @Test
    void shellCheckIsOffUnlessAskedFor() {
        LintOptions off = LintOptions.defaults();
        assertTrue(LINTER.enabledRules(off).stream().noneMatch(r -> r.id().equals("DF5000")));
        LintOptions.Builder b = LintOptions.builder();
        b.shellcheck = true;
        assertTrue(LINTER.enabledRules(b.build()).stream().anyMatch(r -> r.id().equals("DF5000")));
        b.ignore.add("shellcheck");
        assertTrue(LINTER.enabledRules(b.build()).stream().noneMatch(r -> r.id().equals("DF5000")));
    }

    @Test
    void shellCheckFindingsLandOnTheirPhysicalPosition() {
        Assumptions.assumeTrue(ShellCheck.available(), "shellcheck is not installed");
        String df = "FROM debian:12\n"
                + "ARG dir\n"
                + "RUN apt-get update && \\\n"
                + "    # dropped by BuildKit\n"
                + "    rm -rf $dir/tmp\n"
                + "RUN <<EOF\n"
                + "set -e\n"
                + "\tmkdir -p $dir\n"
                + "EOF\n";
        List<String> f = lint(df, "DF5000", true);
        assertEquals(List.of("5:12-5:16 SC2086: Double quote to prevent globbing and word splitting.",
                "8:11-8:15 SC2086: Double quote to prevent globbing and word splitting."), f);
    }

    @Test
    void shellCheckUsesTheDialectOfTheShell() {
        Assumptions.assumeTrue(ShellCheck.available(), "shellcheck is not installed");
        String sh = "FROM debian:12\nRUN if [[ -f /x ]]; then echo y; fi\n";
        String bash = "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN if [[ -f /x ]]; then echo y; fi\n";
        assertTrue(lint(sh, "DF5000", true).stream().anyMatch(m -> m.contains("SC3010")), lint(sh, "DF5000", true).toString());
        assertEquals(List.of(), lint(bash, "DF5000", true));
    }

    @Test
    void shellCheckCodesCanBeIgnoredOneByOne() {
        Assumptions.assumeTrue(ShellCheck.available(), "shellcheck is not installed");
        String df = "FROM debian:12\nARG d\nRUN mkdir $d\n";
        assertEquals(1, lint(df, "DF5000", true).size());
        LintOptions.Builder b = LintOptions.builder();
        b.shellcheck = true;
        b.ignore.add("SC2086");
        long n = LINTER.lint(DockerfileSyntax.parse("Dockerfile", df), b.build()).stream()
                .filter(f -> f.ruleId().equals("DF5000")).count();
        assertEquals(0, n);
    }

    @Test
    void shellCheckSuggestionsBecomeFixes() {
        Assumptions.assumeTrue(ShellCheck.available(), "shellcheck is not installed");
        String df = "FROM debian:12\nARG d\nRUN mkdir -p $d && \\\n    echo `date` > /x\n";
        LintOptions.Builder b = LintOptions.builder();
        b.shellcheck = true;
        List<String> fixes = new ArrayList<>();
        for (Finding f : LINTER.lint(DockerfileSyntax.parse("Dockerfile", df), b.build())) {
            if (f.ruleId().equals("DF5000") && f.fix() != null) fixes.add(f.fix().range() + " " + f.fix().edits().get(0).replacement());
        }
        assertTrue(fixes.contains("3:14-3:16 \"$d\""), fixes.toString());
        assertTrue(fixes.contains("4:10-4:16 $(date)"), fixes.toString());
    }
}
