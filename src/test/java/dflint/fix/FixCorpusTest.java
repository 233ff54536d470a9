package dflint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.SharedData;
import dflint.cli.Main;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dflint --fix} over a copy of the whole corpus (skipped without ../shared), then, for
 * every file it changed:
 * <ul>
 * <li>it still parses, and dflint reports no rule more often than before;</li>
 * <li>no finding is left that --fix would fix (the fixes did what they said);</li>
 * <li>BuildKit (the oracle) gives the same parse result, no new conversion error, no more
 *     warnings of any check it runs by default, and the same stages for every target, with a
 *     stage gaining a name only where DF1001 named it. (Its experimental
 *     InvalidDefinitionDescription, off by default there and as DF2016 here, may see a comment
 *     above a FROM that just got a name as that stage's description.)</li>
 * <li>a second {@code --fix} over the whole copy changes no byte.</li>
 * </ul>
 * The counts go to standard output and {@code target/fix-corpus.txt}.
 */
class FixCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void fixingTheCorpusKeepsEveryBuildAndIsIdempotent() throws Exception {
        Path corpus = SharedData.require("corpus/files");
        Path oracle = SharedData.require("tools/buildkit-oracle/dforacle");
        Assumptions.assumeTrue(Files.isExecutable(oracle), "the oracle is not executable");
        Path before = Files.createDirectories(tmp.resolve("before"));
        Path after = Files.createDirectories(tmp.resolve("after"));
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".Dockerfile")) continue;
                names.add(n);
                Files.copy(p, before.resolve(n));
                Files.copy(p, after.resolve(n));
            }
        }
        assertTrue(names.size() > 1000, "corpus has " + names.size() + " files");

        Run first = dflint("--fix", "--no-config", "--no-fail", "--format", "json", after.toString());
        assertEquals(0, first.code, first.err);

        Linter linter = new Linter(Rules.all());
        LintOptions options = LintOptions.defaults();
        FixSelection safe = FixSelection.safe();
        List<String> changed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String n : names) {
            byte[] a = Files.readAllBytes(before.resolve(n)), b = Files.readAllBytes(after.resolve(n));
            if (Arrays.equals(a, b)) continue;
            changed.add(n);
            EncodedText ea = EncodedText.decode(a), eb = EncodedText.decode(b);
            if (ea.hasByteOrderMark() != eb.hasByteOrderMark()) failures.add(n + ": byte order mark changed");
            if (ea.text().contains("\r\n") && !ea.text().replace("\r\n", "").contains("\n")
                    && eb.text().replace("\r\n", "").contains("\n")) failures.add(n + ": a CRLF file got an LF line end");
            Fixer.Analysis was = Fixer.analyzer(linter, options, n).analyze(ea.text());
            Fixer.Analysis now = Fixer.analyzer(linter, options, n).analyze(eb.text());
            if (!was.parses()) failures.add(n + ": a file that does not parse was rewritten");
            if (!now.parses()) failures.add(n + ": no longer parses: " + now.file().errors().get(0));
            Map<String, Integer> countBefore = counts(was.findings()), countAfter = counts(now.findings());
            for (Map.Entry<String, Integer> e : countAfter.entrySet()) {
                if (e.getValue() > countBefore.getOrDefault(e.getKey(), 0)) {
                    failures.add(n + ": " + e.getKey() + " reported " + e.getValue() + " times, before " + countBefore.getOrDefault(e.getKey(), 0));
                }
            }
            for (Finding f : now.findings()) {
                if (safe.accepts(f)) failures.add(n + ": still fixable after --fix: " + f.ruleId() + " at line " + f.line());
            }
        }

        // BuildKit's view of each changed file, before and after
        if (!changed.isEmpty()) {
            Map<String, JsonNode> ob = oracle(oracle, before, changed), oa = oracle(oracle, after, changed);
            for (String n : changed) compareOracle(n, ob.get(n), oa.get(n), failures);
        }

        // a second --fix over every file changes nothing
        Map<String, byte[]> snapshot = new HashMap<>();
        for (String n : names) snapshot.put(n, Files.readAllBytes(after.resolve(n)));
        Run second = dflint("--fix", "--no-config", "--no-fail", "--format", "json", after.toString());
        assertEquals(0, second.code, second.err);
        int secondChanged = 0;
        for (String n : names) {
            if (!Arrays.equals(snapshot.get(n), Files.readAllBytes(after.resolve(n)))) {
                secondChanged++;
                failures.add(n + ": a second --fix changed it");
            }
        }

        String report = "dflint --fix over " + names.size() + " corpus files: " + changed.size() + " changed\n"
                + "first run: " + summaryLine(first.err) + "\n"
                + "second run: " + summaryLine(second.err) + "; files changed by it: " + secondChanged + "\n"
                + "fixes refused by the fixer's own check: " + refusals(first.err) + "\n"
                + "check failures: " + failures.size() + "\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))) + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fix-corpus.txt"), report);
        assertEquals(List.of(), failures);
        assertTrue(changed.size() > 100, "suspiciously few files fixed: " + changed.size());
        assertEquals(0, refusals(first.err), "the fixer refused fixes: " + first.err);
    }

    /**
     * The unsafe fixes too: they may change what a build does, but never whether the file parses
     * or converts, and a second run changes nothing.
     */
    @Test
    void unsafeFixesStillParseConvertAndSettle() throws Exception {
        Path corpus = SharedData.require("corpus/files");
        Path oracle = SharedData.require("tools/buildkit-oracle/dforacle");
        Assumptions.assumeTrue(Files.isExecutable(oracle), "the oracle is not executable");
        Path before = Files.createDirectories(tmp.resolve("u-before"));
        Path after = Files.createDirectories(tmp.resolve("u-after"));
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".Dockerfile")) continue;
                names.add(n);
                Files.copy(p, before.resolve(n));
                Files.copy(p, after.resolve(n));
            }
        }
        Run first = dflint("--fix", "--unsafe-fixes", "--no-config", "--no-fail", "--format", "json", after.toString());
        assertEquals(0, first.code, first.err);
        Linter linter = new Linter(Rules.all());
        List<String> changed = new ArrayList<>(), failures = new ArrayList<>();
        for (String n : names) {
            byte[] a = Files.readAllBytes(before.resolve(n)), b = Files.readAllBytes(after.resolve(n));
            if (Arrays.equals(a, b)) continue;
            changed.add(n);
            Fixer.Analysis now = Fixer.analyzer(linter, LintOptions.defaults(), n).analyze(EncodedText.decode(b).text());
            if (!now.parses()) failures.add(n + ": no longer parses: " + now.file().errors().get(0));
        }
        Map<String, JsonNode> ob = oracle(oracle, before, changed), oa = oracle(oracle, after, changed);
        for (String n : changed) {
            JsonNode a = ob.get(n), b = oa.get(n);
            if (a.path("parse").path("ok").asBoolean() != b.path("parse").path("ok").asBoolean()) failures.add(n + ": BuildKit parse result changed");
            if (a.path("lint").path("error").isMissingNode() && !b.path("lint").path("error").isMissingNode()) {
                failures.add(n + ": new BuildKit conversion error: " + b.path("lint").path("error").path("message").asText());
            }
            if (a.path("stages").size() != b.path("stages").size()) failures.add(n + ": number of stages changed");
        }
        // settled: fixing a changed file again changes nothing (the files --fix left alone have nothing to fix)
        FixSelection all = new FixSelection(true, java.util.Set.of());
        for (String n : changed) {
            String text = EncodedText.decode(Files.readAllBytes(after.resolve(n))).text();
            if (!new Fixer(Fixer.analyzer(linter, LintOptions.defaults(), n)).fix(text, all).text().equals(text)) {
                failures.add(n + ": a second --fix changed it");
            }
        }
        String report = "dflint --fix --unsafe-fixes over " + names.size() + " corpus files: " + changed.size() + " changed\n"
                + "first run: " + summaryLine(first.err) + "\n"
                + "fixes refused by the fixer's own check: " + refusals(first.err) + "\ncheck failures: " + failures.size() + "\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))) + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fix-corpus-unsafe.txt"), report);
        assertEquals(List.of(), failures);
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> out = new TreeMap<>();
        for (Finding f : findings) out.merge(f.ruleId(), 1, Integer::sum);
        return out;
    }

    private static String summaryLine(String err) {
        for (String l : err.split("\n")) if (l.startsWith("dflint: applied") || l.startsWith("dflint: no fixes")) return l.substring(8);
        return "(no summary)";
    }

    private static long refusals(String err) {
        return err.lines().filter(l -> l.contains("fix left out")).count();
    }

    private static void compareOracle(String n, JsonNode a, JsonNode b, List<String> failures) {
        if (a == null || b == null) {
            failures.add(n + ": the oracle gave no answer");
            return;
        }
        if (a.path("parse").path("ok").asBoolean() != b.path("parse").path("ok").asBoolean()) failures.add(n + ": BuildKit parse result changed");
        boolean errBefore = !a.path("lint").path("error").isMissingNode(), errAfter = !b.path("lint").path("error").isMissingNode();
        if (!errBefore && errAfter) failures.add(n + ": new BuildKit conversion error: " + b.path("lint").path("error").path("message").asText());
        if (a.has("stages_error") != b.has("stages_error")) failures.add(n + ": BuildKit stages error changed");
        Map<String, Integer> wa = new TreeMap<>(), wb = new TreeMap<>();
        for (JsonNode w : a.path("lint").path("warnings")) {
            if (!w.path("experimental").asBoolean()) wa.merge(w.path("rule").asText(), 1, Integer::sum);
        }
        for (JsonNode w : b.path("lint").path("warnings")) {
            if (!w.path("experimental").asBoolean()) wb.merge(w.path("rule").asText(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : wb.entrySet()) {
            if (e.getValue() > wa.getOrDefault(e.getKey(), 0)) failures.add(n + ": more BuildKit " + e.getKey() + " warnings");
        }
        JsonNode sa = a.path("stages"), sb = b.path("stages");
        if (sa.size() != sb.size()) {
            failures.add(n + ": BuildKit sees " + sb.size() + " stages, was " + sa.size());
            return;
        }
        for (int i = 0; i < sa.size(); i++) {
            JsonNode x = sa.get(i), y = sb.get(i);
            if (!x.path("reachable").equals(y.path("reachable"))) failures.add(n + ": stage " + i + " as target runs " + y.path("reachable") + ", was " + x.path("reachable"));
            String na = x.path("name").asText(), nb = y.path("name").asText();
            if (!na.equals(nb) && !na.isEmpty()) failures.add(n + ": stage " + i + " renamed from " + na + " to " + nb);
            if (x.path("error").asText("").isEmpty() && !y.path("error").asText("").isEmpty()) {
                failures.add(n + ": stage " + i + " now fails: " + y.path("error").asText());
            }
        }
    }

    /** The oracle's answer for each file, run once over all of them (file names on standard input). */
    private Map<String, JsonNode> oracle(Path oracle, Path dir, List<String> files) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(oracle.toString(), "-").directory(dir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Path out = Files.createTempFile(tmp, "oracle", ".jsonl");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        p.getOutputStream().write((String.join("\n", files) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the oracle did not finish");
        ObjectMapper m = new ObjectMapper();
        Map<String, JsonNode> byFile = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode j = m.readTree(line);
            byFile.put(j.path("file").asText(), j);
        }
        return byFile;
    }

    private record Run(int code, String out, String err) {}

    private static Run dflint(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
