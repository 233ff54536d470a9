package dflint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.LintOptions;
import dflint.engine.Severity;
import dflint.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    static final Path FILE = Path.of("x", ".dflint.yaml");

    static Config parse(String yaml) throws ConfigException {
        return new ConfigLoader(Rules.all()).parse(FILE, yaml);
    }

    static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void everyKeyMapsIntoLintOptions() throws ConfigException {
        Config c = parse(String.join("\n",
                "# team settings",
                "ignore: [DL1000]",
                "enable:",
                "  - all",
                "severity:",
                "  syntax-error: warning",
                "failure-threshold: info",
                "targets: [runtime, test]",
                "build-args:",
                "  GO_VERSION: '1.22'",
                "  EMPTY: ''",
                "trusted-registries: [registry.example.com, '*.corp.example']",
                "label-schema:",
                "  org.opencontainers.image.source: url",
                "  maintainer: ''",
                "strict-labels: true",
                "base-images:",
                "  - \"myorg/py\\tpython\\ttoolchain\\t900\\tuse myorg/py-slim\"",
                "shellcheck: false",
                "discover: false",
                ""));
        assertEquals("info", c.failureThreshold());
        assertEquals(Boolean.FALSE, c.discover());
        assertEquals(8, c.targetsLine());
        LintOptions o = c.toOptions().build();
        assertEquals(java.util.Set.of("DL1000"), o.ignore());
        assertEquals(java.util.Set.of("all"), o.enable());
        assertEquals(Map.of("syntax-error", Severity.WARNING), o.severities());
        assertEquals(List.of("runtime", "test"), o.targets());
        assertTrue(o.targetsSource().endsWith(".dflint.yaml:8"), o.targetsSource());
        assertEquals(Map.of("GO_VERSION", "1.22", "EMPTY", ""), o.buildArgs());
        assertEquals(List.of("registry.example.com", "*.corp.example"), o.trustedRegistries());
        assertEquals(Map.of("org.opencontainers.image.source", "url", "maintainer", "text"), o.labelSchema());
        assertTrue(o.strictLabels());
        assertEquals(List.of("myorg/py\tpython\ttoolchain\t900\tuse myorg/py-slim"), o.baseImages());
        assertTrue(error("base-images: [\"a\\tb\"]\n").startsWith(FILE + ":1: base-images: a row needs five tab-separated fields"));
        assertFalse(o.shellcheck());
        assertTrue(parse("shellcheck: true\n").toOptions().build().shellcheck());
        assertEquals(dflint.engine.ImageBuilder.AUTO, o.imageBuilder());
        assertEquals(dflint.engine.ImageBuilder.BUILDKIT, parse("builder: BuildKit\n").toOptions().build().imageBuilder());
    }

    @Test
    void emptyFileAndLoneValues() throws ConfigException {
        LintOptions o = parse("").toOptions().build();
        assertEquals(LintOptions.defaults(), o);
        assertEquals(java.util.Set.of("DF0001"), parse("ignore: DF0001\n").toOptions().build().ignore());
        assertEquals(null, parse("# nothing\n").failureThreshold());
    }

    @Test
    void severityNoneIgnoresTheRule() throws ConfigException {
        LintOptions o = parse("severity:\n  DF0001: none\n").toOptions().build();
        assertEquals(java.util.Set.of("DF0001"), o.ignore());
        assertTrue(o.severities().isEmpty());
    }

    @Test
    void errorsNameTheFileTheLineAndTheKey() {
        assertEquals(FILE + ":2: ignroe: unknown key (did you mean 'ignore'?); known keys: ignore, enable, severity, "
                + "failure-threshold, targets, build-args, trusted-registries, label-schema, strict-labels, base-images, "
                + "shellcheck, builder, discover", error("targets: [a]\nignroe: [DF0001]\n"));
        assertEquals(FILE + ":1: builder: 'docker' is not a builder; use buildkit, legacy or auto", error("builder: docker\n"));
        assertEquals(FILE + ":3: failure-threshold: 'loud' is not a threshold; use error, warning, info, style or none",
                error("ignore: []\n\nfailure-threshold: loud\n"));
        assertTrue(error("severity:\n  DF0001: loud\n").startsWith(FILE + ":2: severity: 'loud' is not a severity"));
        assertTrue(error("strict-labels: maybe\n").startsWith(FILE + ":1: strict-labels: expected true or false"));
        assertTrue(error("shellcheck: 1\n").startsWith(FILE + ":1: shellcheck: expected true or false"));
        assertTrue(error("targets: {a: b}\n").startsWith(FILE + ":1: targets: expected a list, found a mapping"));
        assertTrue(error("build-args: [A=1]\n").startsWith(FILE + ":1: build-args: expected a mapping, found a list"));
        assertTrue(error("label-schema:\n  a: colour\n").startsWith(FILE + ":2: label-schema: 'colour' is not a label kind"));
        assertTrue(error("ignore:\n  - DF0001\n  - sintax-error\n")
                .startsWith(FILE + ":3: ignore: unknown rule 'sintax-error' (did you mean 'syntax-error'?)"));
        assertTrue(error("enable: [[DF0001]]\n").startsWith(FILE + ":1: enable: expected a single value, found a list"));
        assertTrue(error("- a\n- b\n").startsWith(FILE + ":1: the file must be a mapping"));
        assertTrue(error("ignore: [DF0001]\nignore: [DF0001]\n").contains(":2: ignore: the key is given twice")
                || error("ignore: [DF0001]\nignore: [DF0001]\n").contains("duplicate key"));
        assertTrue(error("targets: [\n").startsWith(FILE + ":2: not valid YAML"), error("targets: [\n"));
        assertTrue(error("targets: ['']\n").startsWith(FILE + ":1: targets: an empty value is not allowed"));
    }

    @Test
    void finderStopsAtTheRepositoryRootAndPrefersTheNearest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".dflint.yaml"), "");
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path deep = repo.resolve("a/b/c");
        Files.createDirectories(deep);
        ConfigFinder finder = new ConfigFinder();
        assertTrue(finder.find(deep).isEmpty(), "the file above the repository is not used");
        Files.writeString(repo.resolve("a/.dflint.yml"), "");
        assertTrue(new ConfigFinder().find(deep).isEmpty() == false);
        assertEquals(repo.resolve("a/.dflint.yml"), new ConfigFinder().find(deep).get());
        Files.writeString(repo.resolve("a/b/.dflint.yaml"), "");
        assertEquals(repo.resolve("a/b/.dflint.yaml"), new ConfigFinder().find(deep).get());
    }
}
