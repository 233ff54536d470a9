package dflint.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.SharedData;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * For every corpus file and every target BuildKit v0.32.2's own frontend tried (the oracle's
 * answers in conformance/buildkit-real/corpus.jsonl), the stages dflint's simulation runs are
 * exactly the stages BuildKit dispatches. A target BuildKit cannot choose (an unnamed stage,
 * or an earlier stage of a reused name; the oracle renamed those) is built by index, as
 * {@code dflint stages --all-targets} does. Targets whose conversion failed are left out: the
 * oracle reports no stages for them (the conversion-error test covers them).
 */
class StageSetConformanceTest {
    @Test
    void everyTargetOfEveryCorpusFileRunsTheStagesBuildKitRuns() throws IOException {
        Path answers = SharedData.require("conformance/buildkit-real/corpus.jsonl");
        Path corpus = SharedData.require("corpus");
        ObjectMapper json = new ObjectMapper();
        int files = 0, pairs = 0, renamed = 0, skipped = 0;
        List<String> differences = new ArrayList<>();
        for (String line : Files.readAllLines(answers)) {
            if (line.isBlank()) continue;
            JsonNode o = json.readTree(line);
            JsonNode stages = o.get("stages");
            if (stages == null || stages.isEmpty()) continue;
            Path file = corpus.resolve(o.get("file").asText());
            Dockerfile df = DockerfileSyntax.parse(file.toString(), Files.readAllBytes(file));
            files++;
            for (JsonNode s : stages) {
                if (s.has("error")) {
                    skipped++;
                    continue;
                }
                int index = s.get("index").asInt();
                String method = s.get("target_method").asText();
                StageGraph g = method.equals("default")
                        ? StageGraph.build(df, List.of(), Map.of(), null)
                        : StageGraph.buildForStage(df, index, Map.of(), null);
                if (method.equals("renamed")) renamed++;
                TreeSet<Integer> expected = new TreeSet<>();
                s.get("reachable").forEach(n -> expected.add(n.asInt()));
                TreeSet<Integer> actual = new TreeSet<>(g.simulation().buildkit().executedIndices());
                pairs++;
                if (!expected.equals(actual)) {
                    differences.add(o.get("file").asText() + " target " + index + " (" + method + "): BuildKit "
                            + expected + ", dflint " + actual);
                }
                if (method.equals("default")) {
                    assertEquals(index, g.targets().get(0).index(), o.get("file").asText() + ": the default target is the last stage");
                }
            }
        }
        assertTrue(files > 1000, "files with stages: " + files);
        assertTrue(pairs > 2000, "targets compared: " + pairs);
        assertTrue(renamed > 20, "targets only an index can choose: " + renamed);
        assertTrue(skipped < 200, "targets BuildKit could not convert: " + skipped);
        assertEquals(List.of(), differences, differences.size() + " of " + pairs + " targets differ");
    }
}
