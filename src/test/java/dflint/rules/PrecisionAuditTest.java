package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.SharedData;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The precision audit (testdata/precision/audit.tsv) as a test: every finding judged right (TP)
 * is still reported, and none judged wrong (FP) comes back. Each corpus file is linted under
 * its path in its repository, with the default configuration, as a user linting that
 * repository would. Rows from templates are exempt from the TP check when the file is now
 * recognised as a template (its one note replaces every finding). Needs ../shared/corpus.
 */
class PrecisionAuditTest {
    record Row(String file, String path, int line, String rule, String verdict, String kind) {}

    @Test
    void rightFindingsStayAndWrongOnesDoNotComeBack() throws IOException {
        Path corpus = SharedData.require("corpus/files");
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("testdata", "precision", "audit.tsv"), StandardCharsets.UTF_8);
        for (String l : lines.subList(1, lines.size())) {
            if (l.isBlank()) continue;
            String[] c = l.split("\t", -1);
            rows.add(new Row(c[0], c[2], Integer.parseInt(c[3]), c[4], c[5], c[6]));
        }
        Map<String, String> pathOf = new LinkedHashMap<>();
        for (Row r : rows) pathOf.putIfAbsent(r.file(), r.path());

        Linter linter = new Linter(Rules.all());
        Map<String, Set<String>> reported = new TreeMap<>();
        Set<String> templates = new HashSet<>();
        for (var e : pathOf.entrySet()) {
            String text = Files.readString(corpus.resolve(e.getKey() + ".Dockerfile"), StandardCharsets.UTF_8);
            Dockerfile df = DockerfileSyntax.parse(e.getValue(), text);
            Set<String> keys = new HashSet<>();
            for (Finding f : linter.lint(df, LintOptions.defaults())) {
                keys.add(f.line() + " " + f.ruleId());
                if (f.ruleId().equals("DF0002")) templates.add(e.getKey());
            }
            reported.put(e.getKey(), keys);
        }

        List<String> lostTp = new ArrayList<>(), backFp = new ArrayList<>();
        int tp = 0, fp = 0, useless = 0, uselessKept = 0;
        Map<String, Integer> uselessByKind = new TreeMap<>();
        for (Row r : rows) {
            boolean kept = reported.get(r.file()).contains(r.line() + " " + r.rule());
            String where = r.file() + ":" + r.line() + " " + r.rule() + " (" + r.kind() + ")";
            switch (r.verdict()) {
                case "TP" -> {
                    tp++;
                    if (!kept && !templates.contains(r.file())) lostTp.add(where);
                }
                case "FP" -> {
                    fp++;
                    if (kept) backFp.add(where);
                }
                default -> {
                    useless++;
                    if (kept) {
                        uselessKept++;
                        uselessByKind.merge(r.rule() + " " + r.kind(), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("precision audit: %d TP (%d lost), %d FP (%d reported), %d useless (%d still reported)%n",
                tp, lostTp.size(), fp, backFp.size(), useless, uselessKept);
        uselessByKind.forEach((k, n) -> System.out.println("  still reported, judged useless: " + n + " " + k));
        assertTrue(lostTp.isEmpty(), "right findings no longer reported:\n  " + String.join("\n  ", lostTp));
        assertTrue(backFp.isEmpty(), "wrong findings reported again:\n  " + String.join("\n  ", backFp));
    }
}
