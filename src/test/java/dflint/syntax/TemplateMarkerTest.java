package dflint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateMarkerTest {
    @Test
    void namesThatSayTemplate() {
        for (String n : List.of("Dockerfile.template", "Dockerfile-alpine.template", "Dockerfile.tmpl", "Dockerfile.j2",
                "Dockerfile.in", "Dockerfile.template.debian", "Containerfile.tpl")) {
            assertTrue(TemplateMarker.isTemplateName(n), n);
        }
        for (String n : List.of("Dockerfile", "Dockerfile.dev", "app.Dockerfile", "Containerfile", "Dockerfile.integration")) {
            assertFalse(TemplateMarker.isTemplateName(n), n);
        }
    }

    @Test
    void theFirstPlaceholderIsTheMarker() {
        Dockerfile df = DockerfileSyntax.parse("Dockerfile", "FROM alpine:3.20\nRUN true\nLABEL v=%%VERSION%%\n");
        TemplateMarker m = TemplateMarker.find(df);
        assertEquals(new TemplateMarker(3, 9, "%%VERSION%%"), m);
        assertEquals(1, TemplateMarker.find(DockerfileSyntax.parse("x/Dockerfile.template", "FROM alpine:3.20\n")).line());
        assertNull(TemplateMarker.find(DockerfileSyntax.parse("Dockerfile",
                "FROM alpine:3.20\nRUN docker inspect -f '{{.Id}}' x && printf '%%d' 1\n")));
    }

    @Test
    void aTemplateGetsOneNoteUnlessTheRuleIsOff() {
        String text = "{{ include \"shared\" -}}\nFROM debian:{{ env.variant }}\nRUN apt-get install curl\n";
        Dockerfile df = DockerfileSyntax.parse("Dockerfile", text);
        Linter linter = new Linter(Rules.all());
        List<Finding> findings = linter.lint(df, LintOptions.defaults());
        assertEquals(List.of("DF0002"), findings.stream().map(Finding::ruleId).toList());
        LintOptions.Builder b = LintOptions.builder();
        b.ignore.add("template-file");
        List<Finding> asDockerfile = linter.lint(df, b.build());
        assertTrue(asDockerfile.stream().anyMatch(f -> f.ruleId().equals("DF0001")), asDockerfile.toString());
    }
}
