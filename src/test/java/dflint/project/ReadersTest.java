package dflint.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small YAML and HCL readers and the command-line splitter, on the shapes real files use. */
class ReadersTest {
    @Test
    void yamlBlocksSequencesFlowAnchorsAndLines() {
        String text = String.join("\n",
                "# comment",
                "x-base: &base",
                "  context: ./api   # trailing comment",
                "services:",
                "  api:",
                "    build:",
                "      <<: *base",
                "      target: \"api-release\"",
                "  web: {build: {context: web, target: 'dev'}, ports: [\"80:80\"]}",
                "steps:",
                "- uses: docker/build-push-action@v6",
                "  with:",
                "    target: t1",
                "-",
                "  run: |",
                "    docker build \\",
                "      --target t2 .",
                "  name: after the block",
                "---",
                "second: document",
                "");
        List<YamlLite.Node> docs = YamlLite.parseAll(text);
        assertEquals(2, docs.size());
        YamlLite.Node d = docs.get(0);
        YamlLite.Node build = d.get("services").get("api").get("build");
        assertEquals("./api", build.text("context"), "merged from the anchor");
        assertEquals("api-release", build.text("target"));
        assertEquals(8, build.get("target").line);
        YamlLite.Node web = d.get("services").get("web").get("build");
        assertEquals("dev", web.text("target"));
        assertEquals(9, web.get("target").line);
        List<YamlLite.Node> steps = d.get("steps").list;
        assertEquals(2, steps.size());
        assertEquals("t1", steps.get(0).get("with").text("target"));
        assertEquals(13, steps.get(0).get("with").get("target").line);
        assertEquals("docker build \\\n  --target t2 .", steps.get(1).text("run"));
        assertEquals("after the block", steps.get(1).text("name"));
        assertEquals("document", docs.get(1).text("second"));
    }

    @Test
    void yamlPlainScalarsContinueOnDeeperLinesAndOddLinesAreSkipped() {
        YamlLite.Node d = YamlLite.parseAll("a: one\n  two\nb:\n    - x\n  stray\nc: 'it''s'\n").get(0);
        assertEquals("one two", d.text("a"));
        assertEquals("x", d.get("b").list.get(0).scalar);
        assertEquals("it's", d.text("c"));
        assertEquals(0, YamlLite.parseAll("").size());
        assertEquals(-1, YamlLite.keyEnd("http://x"));
        assertEquals(3, YamlLite.keyEnd("key: v"));
        assertEquals("a", YamlLite.stripComment("a # b").strip());
        assertEquals("a#b", YamlLite.stripComment("a#b"));
    }

    @Test
    void hclBlocksAttributesTemplatesAndEvaluation() {
        Hcl.Block root = Hcl.parse(String.join("\n",
                "variable \"TAG\" { default = \"v1\" }",
                "# comment",
                "target \"app\" {",
                "  // another comment",
                "  target = \"rel-${TAG}\"",
                "  dockerfile = <<EOT",
                "docker/${TAG}.Dockerfile",
                "EOT",
                "  cond = X == \"a\" ? \"one\" : \"two\"",
                "  list = [\"a\", \"b\"]",
                "  obj = { k = \"v\", \"q\": 1 }",
                "  call = lower(\"A\")",
                "  idx = list[1]",
                "}",
                ""));
        assertEquals(2, root.blocks.size());
        Hcl.Block t = root.blocks.get(1);
        assertEquals("target", t.type);
        assertEquals(List.of("app"), t.labels);
        assertEquals(5, t.attributes.get("target").line);
        java.util.function.Function<String, List<Object>> scope = n -> n.equals("TAG") ? List.of("v1")
                : n.equals("list") ? List.of(List.of("a", "b")) : null;
        assertEquals(List.of("rel-v1"), Hcl.eval(t.attributes.get("target"), scope, 0));
        assertEquals(List.of("docker/v1.Dockerfile\n"), Hcl.eval(t.attributes.get("dockerfile"), scope, 0));
        assertEquals(List.of("one", "two"), Hcl.eval(t.attributes.get("cond"), scope, 0), "both branches");
        assertEquals(List.of(List.of("a", "b")), Hcl.eval(t.attributes.get("list"), scope, 0));
        assertEquals(List.of(Map.of("k", "v", "q", "1")), Hcl.eval(t.attributes.get("obj"), scope, 0));
        assertEquals(List.of(Hcl.UNKNOWN), Hcl.eval(t.attributes.get("call"), scope, 0));
        assertEquals(List.of("b"), Hcl.eval(t.attributes.get("idx"), scope, 0));
    }

    @Test
    void hclReadsJsonAndSurvivesNonsense() {
        Hcl.Block json = Hcl.parse("{\"target\": {\"a\": {\"target\": \"x\"}}}");
        assertTrue(json.attributes.get("json") instanceof Hcl.ObjectExpr);
        for (String bad : new String[] {"", "}}}", "target \"a\" {", "a = [for x in y : x]", "a = \"unterminated\nb = 1",
                "x = ${", "<<EOT", "a = (((((", "target { { { }"}) {
            Hcl.parse(bad);
        }
    }

    @Test
    void commandWordsAndBuildCommands() {
        List<String> w = BuildCommands.words("sh \"docker build --target x .\" && $(DOCKER) buildx build -f a 'b c'|tee");
        assertEquals(List.of("sh", "docker build --target x .", "&&", "$(DOCKER)", "buildx", "build", "-f", "a", "b c", "|",
                "tee"), w);
        assertEquals(6, BuildCommands.commandEnd(w, 3));
        assertEquals(-1, BuildCommands.commandEnd(List.of("docker", "run"), 0));
        assertEquals(2, BuildCommands.commandEnd(List.of("buildah", "bud", "."), 0));
        assertEquals(1, BuildCommands.commandEnd(List.of("/kaniko/executor", "--target", "x"), 0));
        assertNull(YamlSources.interpolate("${TARGET}"));
        assertEquals("dev", YamlSources.interpolate("${TARGET:-dev}"));
        assertEquals("a$b", YamlSources.interpolate("a$$b"));
        assertTrue(Discovery.usableName("release-1.2_x"));
        assertTrue(!Discovery.usableName("${{ matrix.target }}") && !Discovery.usableName("$T") && !Discovery.usableName(""));
    }
}
