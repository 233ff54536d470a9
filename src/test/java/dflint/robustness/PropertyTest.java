package dflint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties over seeded random inputs (generated Dockerfiles and mutations
 * of the seeds): parsing never throws, every range and finding lies inside its
 * file, the dump is stable, and linting gives each file the same findings
 * whatever the order and number of files on the command line. The seed is fixed
 * (-Ddflint.property.seed=N picks another, -Ddflint.property.tries=N scales the
 * run) so a failure reproduces.
 */
class PropertyTest {
    static final long SEED = Long.getLong("dflint.property.seed", 20261129L);
    static final int TRIES = Integer.getInteger("dflint.property.tries", 1500);

    @TempDir
    Path dir;

    private static void check(String what, int i, byte[] input, Consumer<byte[]> property) {
        try {
            property.accept(input);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            String shown = new String(input, StandardCharsets.UTF_8);
            if (shown.length() > 2000) shown = shown.substring(0, 2000) + "...";
            throw new AssertionError(what + " failed on try " + i + " of seed " + SEED + ": " + e + "\ninput: "
                    + JsonTextForTests.quote(shown), e);
        }
    }

    @Test
    void parseAndLintHoldOnGeneratedFiles() {
        Generator g = new Generator(SEED);
        for (int i = 0; i < TRIES; i++) {
            byte[] input = g.dockerfile(25).getBytes(StandardCharsets.UTF_8);
            check("parse", i, input, Targets::parse);
            check("lint", i, input, Targets::lint);
        }
    }

    @Test
    void parseAndLintHoldOnMutatedSeeds() {
        List<byte[]> seeds = Seeds.all().stream().map(Named::getPayload).toList();
        Generator g = new Generator(SEED + 1);
        for (int i = 0; i < TRIES; i++) {
            byte[] input = g.mutate(seeds);
            check("parse", i, input, Targets::parse);
            check("lint", i, input, Targets::lint);
        }
    }

    @Test
    void reportersStayWellFormed() {
        List<byte[]> seeds = Seeds.all().stream().map(Named::getPayload).toList();
        Generator g = new Generator(SEED + 2);
        for (int i = 0; i < TRIES / 10; i++) {
            byte[] input = i % 2 == 0 ? g.dockerfile(15).getBytes(StandardCharsets.UTF_8) : g.mutate(seeds);
            check("report", i, input, Targets::report);
        }
    }

    @Test
    void lintingIsDeterministicAndIndependentOfFileOrderAndCount() throws IOException {
        Generator g = new Generator(SEED + 3);
        List<Named<byte[]>> seeds = Seeds.sample(40);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            byte[] content = i % 3 == 0 ? seeds.get(g.nextInt(seeds.size())).getPayload()
                    : g.dockerfile(20).getBytes(StandardCharsets.UTF_8);
            Path p = dir.resolve("d" + i).resolve(i % 2 == 0 ? "Dockerfile" : "app.dockerfile");
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            files.add(p.toString());
        }
        Map<String, List<String>> reference = perFile(files);
        assertTrue(reference.size() > 3, "too few files with findings to compare: " + reference.keySet());
        assertEquals(reference, perFile(files), "a second identical run differs");
        List<String> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        assertEquals(reference, perFile(reversed), "reversed order differs");
        List<String> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(SEED));
        assertEquals(reference, perFile(shuffled), "shuffled order differs");
        for (String f : files) {
            Map<String, List<String>> alone = perFile(List.of(f));
            assertEquals(reference.getOrDefault(f, List.of()), alone.getOrDefault(f, List.of()), "alone differs: " + f);
        }
        // a file given twice is linted twice with the same findings each time
        Map<String, List<String>> twice = perFileAll(List.of(files.get(0), files.get(0)));
        List<String> one = reference.getOrDefault(files.get(0), List.of());
        List<String> doubled = new ArrayList<>(one);
        doubled.addAll(one);
        assertEquals(doubled, twice.getOrDefault(files.get(0), List.of()));
    }

    /** Findings of a json run grouped by file, each list in output order. */
    private static Map<String, List<String>> perFile(List<String> args) {
        return perFileAll(args);
    }

    private static Map<String, List<String>> perFileAll(List<String> paths) {
        List<String> args = new ArrayList<>(List.of("--no-config", "--enable", "all", "--ignore", "DF5000", "--format", "json"));
        args.addAll(paths);
        Cli.Result r = Cli.guarded(args.toArray(new String[0]));
        Targets.checkExit(r, "lint");
        Map<String, List<String>> out = new TreeMap<>();
        for (JsonNode f : OutputChecks.parseJson(r.out(), "json")) {
            out.computeIfAbsent(f.get("file").asText(), k -> new ArrayList<>()).add(f.toString());
        }
        return out;
    }

    /** Quoting for failure messages, so control characters in an input stay visible. */
    static final class JsonTextForTests {
        static String quote(String s) {
            return dflint.report.JsonText.quote(s);
        }
    }
}
