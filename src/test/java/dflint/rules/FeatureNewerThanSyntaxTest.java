package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.syntax.DockerfileSyntax;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DF1015 beyond its per-row fixtures: which pins it judges, how it words a finding, what counts as Git. */
class FeatureNewerThanSyntaxTest {
    final Linter linter = new Linter(Rules.all());

    static final String BODY = "FROM alpine:3.20\n"
            + "RUN --mount=type=cache,target=/var/cache/apk --network=none apk add curl\n"
            + "COPY --link --parents --chmod=u+x ./bin/app /usr/local/\n"
            + "RUN <<EOF\necho hi\nEOF\n";

    List<Finding> findings(String text) {
        return linter.lint(DockerfileSyntax.parse("Dockerfile", text), LintOptions.builder().build()).stream()
                .filter(f -> f.ruleId().equals("DF1015")).toList();
    }

    @Test
    void noPinTheNewestPinOrAnotherFrontendSayNothing() {
        assertEquals(List.of(), findings(BODY));
        for (String pin : new String[] {"docker/dockerfile:1", "docker/dockerfile", "docker/dockerfile:1-labs",
                "docker.io/docker/dockerfile-upstream:master", "docker/dockerfile:experimental",
                "docker/dockerfile@sha256:0123456789abcdef", "example.com/frontends/dockerfile:1.0", "docker/dockerfile:9.0"}) {
            assertEquals(List.of(), findings("# syntax=" + pin + "\n" + BODY), pin);
        }
    }

    @Test
    void anOldPinReportsEachPlaceOnceWithTheReleaseItNeeds() {
        List<Finding> f = findings("# syntax=docker/dockerfile:1.1\n" + BODY);
        // mount, network, link, parents, chmod (flag and symbolic form together), heredoc
        assertEquals(6, f.size(), f.toString());
        Finding chmod = f.stream().filter(x -> x.message().contains("--chmod")).findFirst().orElseThrow();
        assertTrue(chmod.message().startsWith("COPY --chmod needs Dockerfile frontend 1.2 and a non-octal --chmod needs"
                + " Dockerfile frontend 1.14 (or 1.11-labs), but line 1 pins docker/dockerfile:1.1"), chmod.message());
        assertTrue(chmod.message().endsWith("raise the pin to 1.14 or later (docker/dockerfile:1 has every stable feature)"),
                chmod.message());
        assertEquals(4, chmod.line());
        Finding heredoc = f.stream().filter(x -> x.message().contains("heredoc")).findFirst().orElseThrow();
        assertEquals(List.of(5, 5), List.of(heredoc.line(), heredoc.column()));
    }

    @Test
    void aLabsPinHasWhatItsChannelHad() {
        List<Finding> f = findings("# syntax=docker/dockerfile:1.7-labs\n" + BODY);
        assertEquals(List.of(), f.stream().filter(x -> x.message().contains("--parents")).toList());
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("a non-octal --chmod needs Dockerfile frontend 1.14 (or 1.11-labs)"));
        assertEquals(1, findings("# syntax=docker/dockerfile:1.19\n" + BODY).size());
    }

    @Test
    void gitSourcesAreWhatBuildkitClones() {
        for (String git : new String[] {"https://github.com/moby/buildkit.git", "https://github.com/moby/buildkit.git#v0.10.1:docs",
                "git@github.com:moby/buildkit.git", "git://example.com/repo", "ssh://git@example.com/repo.git",
                "HTTPS://EXAMPLE.COM/A.GIT?ref=main"}) {
            assertTrue(FrontendFeatures.isGit(git), git);
        }
        for (String plain : new String[] {"https://example.com/archive.tar.gz", "https://example.com/repo.git/file",
                "./repo.git", "repo.git", "github.com/moby/buildkit", "ftp://example.com/a.git", "https://.git"}) {
            assertFalse(FrontendFeatures.isGit(plain), plain);
        }
        assertTrue(FrontendFeatures.gitQuery("https://github.com/a/b.git?ref=v1"));
        assertFalse(FrontendFeatures.gitQuery("https://github.com/a/b.git#v1?x"));
    }

    @Test
    void onbuildTriggersAndTheCheckDirectiveAreJudgedToo() {
        String text = "# syntax=docker/dockerfile:1.10\n# check=skip=all;experimental=all\n"
                + "FROM alpine:3.20 AS tools\nFROM alpine:3.20\nONBUILD COPY --from=tools --link /a /b\n";
        List<Finding> f = findings(text);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().startsWith("ONBUILD with --from or a mount from= needs Dockerfile frontend 1.11"));
        List<Finding> old = findings(text.replace("1.10", "1.3"));
        assertEquals(List.of(2, 5, 5), old.stream().map(Finding::line).sorted().toList(), old.toString());
    }
}
