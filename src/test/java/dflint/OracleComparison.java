package dflint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.graph.BuildSimulation;
import dflint.graph.Conversion;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Dockerfile, dflint's answer against BuildKit's (a {@code dforacle} JSON line): parse,
 * conversion errors, --check findings, and every target's stages and error. Shared by
 * {@link BuildkitRealConformanceTest} (the corpus) and the differential fuzzing harness.
 */
public final class OracleComparison {
    private OracleComparison() {}

    /** Rules that report what BuildKit refuses after parsing. */
    public static final Set<String> CONVERSION_RULES = Set.of("DF1002", "DF1003", "DF1004", "DF1005", "DF1011", "DF1012",
            "DF1016", "DF1017", "DF1018", "DF1019", "DF1020", "DF1021", "DF1022", "DF1023", "DF3011", "DF3061");
    /** Of those, the ones that only ever report a conversion error: none may fire where BuildKit converts. */
    public static final Set<String> REFUSING_RULES = Set.of("DF1002", "DF1003", "DF1004", "DF1005", "DF1011", "DF1012",
            "DF1016", "DF1017", "DF1018", "DF1019", "DF1020", "DF1021", "DF1022", "DF1023");

    /** One comparison that came out different: file, aspect (parse, conversion, checks, stages:T), both answers. */
    public record Difference(String file, String aspect, String buildkit, String dflint) {
        public String key() {
            return file + " " + aspect;
        }
    }

    /** Tallies for summaries and thresholds. */
    public static final class Tally {
        public int files, parseAgree, refused, refusedFound, checkPairsAgree, checkPairs, checkPairsDocumented;
        public int targets, targetsAgree;
        /** Files BuildKit refuses to convert (not for a check), and those with an error at its line in some target's simulation. */
        public int refusedForStages, refusedInStages;
    }

    /** What a plain `dflint lint` reports, with templates linted as they are and BuildKit's experimental check on. */
    public static LintOptions lintOptions() {
        LintOptions.Builder b = LintOptions.builder();
        b.ignore.add("DF0002");
        b.enable.add("DF2016");
        return b.build();
    }

    public static void compare(String file, JsonNode answer, Dockerfile df, List<Finding> findings,
                                List<Difference> out, Tally t, Set<String> documented) throws IOException {
        t.files++;
        if (answer.hasNonNull("panic")) {
            // BuildKit's frontend crashed on the file: nothing to compare
            out.add(new Difference(file, "oracle-panic", "panics: " + answer.get("panic").asText().lines().findFirst().orElse(""), "-"));
            t.parseAgree++;
            return;
        }
        JsonNode lintError = answer.get("lint").get("error");
        // a file of global ARGs only is split into no stages: that is the conversion's error, not the parser's
        boolean bkParse = !answer.get("parse").get("ok").asBoolean() || (answer.hasNonNull("stages_error")
                && !answer.get("stages_error").asText().equals("dockerfile contains no stages to build"));
        boolean dfParse = findings.stream().anyMatch(f -> f.ruleId().equals("DF0001") || f.ruleId().equals("DF3061"));
        if (bkParse == dfParse) {
            t.parseAgree++;
        } else {
            out.add(new Difference(file, "parse", bkParse ? "refuses to parse: " + text(lintError) : "parses",
                    dfParse ? "reports DF0001" : "reports no DF0001"));
        }
        if (bkParse) return;

        // conversion
        List<Integer> lines = new ArrayList<>();
        if (lintError != null) {
            t.refused++;
            if (lintError.has("ranges")) {
                for (JsonNode r : lintError.get("ranges")) {
                    for (int l = r.get(0).asInt(); l <= r.get(2).asInt(); l++) lines.add(l);
                }
            }
            String message = lintError.get("message").asText();
            boolean found;
            if (message.startsWith("lint violation found for rules: ")) {
                // # check=error=true: every check's finding is an error, which dflint's findings are then too
                Set<String> rules = Set.of(message.substring("lint violation found for rules: ".length()).split(", "));
                found = findings.stream().anyMatch(f -> f.severity() == dflint.engine.Severity.ERROR
                        && f.aliases().stream().anyMatch(rules::contains));
            } else {
                found = findings.stream().anyMatch(f -> CONVERSION_RULES.contains(f.ruleId())
                        && f.severity() == dflint.engine.Severity.ERROR
                        && (lines.isEmpty() || lines.contains(f.line()) || lines.contains(triggerLine(f.message()))));
            }
            if (found) {
                t.refusedFound++;
            } else {
                out.add(new Difference(file, "conversion", "refuses: " + text(lintError) + " at " + lines,
                        "no conversion error there"));
            }
        } else {
            List<String> wrong = new ArrayList<>();
            for (Finding f : findings) {
                // FROM naming a later stage pulls an image of that name: DF1004 warns of it, BuildKit converts
                if (f.ruleId().equals("DF1004") && f.message().startsWith("FROM ")) continue;
                if (REFUSING_RULES.contains(f.ruleId())) wrong.add(f.line() + " " + f.ruleId());
            }
            if (!wrong.isEmpty()) out.add(new Difference(file, "conversion", "converts the file", "refuses it: " + wrong));
        }

        // checks, when BuildKit's list is complete
        if (lintError == null) {
            Set<String> bk = new TreeSet<>();
            for (JsonNode w : answer.get("lint").get("warnings")) {
                // a warning on a continued instruction has one range per line: it counts once, at its first
                JsonNode r = w.get("ranges");
                if (r != null && r.size() > 0) bk.add(w.get("rule").asText() + "@" + r.get(0).get(0).asInt());
            }
            Set<String> names = checkNames();
            Set<String> dl = new TreeSet<>();
            for (Finding f : findings) {
                for (String a : f.aliases()) if (names.contains(a)) dl.add(a + "@" + f.line());
            }
            Set<String> union = new TreeSet<>(bk);
            union.addAll(dl);
            Set<String> both = new TreeSet<>(bk);
            both.retainAll(dl);
            t.checkPairs += union.size();
            t.checkPairsAgree += both.size();
            if (!bk.equals(dl)) {
                Set<String> onlyBk = new TreeSet<>(bk);
                onlyBk.removeAll(dl);
                Set<String> onlyDf = new TreeSet<>(dl);
                onlyDf.removeAll(bk);
                Difference d = new Difference(file, "checks", "only " + onlyBk, "only " + onlyDf);
                out.add(d);
                if (documented.contains(d.key())) t.checkPairsDocumented += union.size() - both.size();
            }
        }

        // every target; and whether `dflint stages` shows a file BuildKit refuses, at BuildKit's line
        boolean refusedForStages = lintError != null && !lintError.get("message").asText().startsWith("lint violation found");
        boolean inStages = false;
        StageGraph plain = StageGraph.build(df);
        for (JsonNode s : answer.get("stages")) {
            t.targets++;
            int index = s.get("index").asInt();
            String method = s.get("target_method").asText();
            Set<Integer> expected = new TreeSet<>();
            for (JsonNode i : s.get("reachable")) expected.add(i.asInt());
            String bkError = s.hasNonNull("error") ? s.get("error").asText() : null;
            Set<Integer> actual = new TreeSet<>();
            List<String> errors = new ArrayList<>();
            if (index >= plain.stages().size()) {
                out.add(new Difference(file, "stages:" + index, "has stage " + index, "has " + plain.stages().size() + " stages"));
                continue;
            }
            StageGraph g;
            if (method.equals("renamed")) {
                // an unnamed or shadowed stage cannot be a target: name it on a copy, as the oracle does
                g = StageGraph.build(renamed(df, plain.stage(index)), List.of(RENAMED), Map.of());
            } else {
                g = method.equals("default") ? plain : StageGraph.build(df, List.of(s.get("name").asText()), Map.of());
            }
            BuildSimulation.Result bk = g.simulation().buildkit();
            actual.addAll(bk.executedIndices());
            for (BuildSimulation.BuildError e : bk.errors()) {
                if (lines.isEmpty() || lines.contains(e.line())) inStages = true;
            }
            for (BuildSimulation.BuildError e : bk.errors()) {
                // a FROM naming a later stage pulls an image of that name: dflint's warning, not BuildKit's error
                if (!e.message().contains("is defined later (line")) errors.add(e.message());
            }
            String target = method.equals("default") ? "default" : method.equals("name") ? s.get("name").asText() : "#" + index;
            // a target BuildKit cannot convert has no stage set to compare
            boolean setsAgree = bkError != null || expected.equals(actual);
            boolean errorAgrees = bkError == null ? errors.isEmpty()
                    : errors.stream().anyMatch(m -> sameError(m, bkError));
            if (setsAgree && errorAgrees) {
                t.targetsAgree++;
            } else {
                out.add(new Difference(file, "stages:" + target,
                        "runs " + expected + (bkError == null ? "" : ", fails: " + bkError),
                        "runs " + actual + (errors.isEmpty() ? "" : ", errors: " + errors)));
            }
        }
        if (answer.get("stages").isEmpty()) {
            // no stage to target (a file of global ARGs): `dflint stages` still shows the build's error
            for (BuildSimulation.BuildError e : plain.simulation().buildkit().errors()) {
                if (lines.isEmpty() || lines.contains(e.line())) inStages = true;
            }
        }
        if (refusedForStages) {
            t.refusedForStages++;
            if (inStages) t.refusedInStages++;
            else out.add(new Difference(file, "stages-error", "refuses: " + text(lintError) + " at " + lines,
                    "no target's simulation has an error there"));
        }
    }

    private static final java.util.regex.Pattern TRIGGER = java.util.regex.Pattern.compile(
            "^when stage \\d+ (?:\"[^\"]*\" )?\\(line (\\d+)\\) runs this ONBUILD trigger");

    /**
     * A finding in an ONBUILD trigger sits on the trigger; BuildKit names the FROM line of the stage
     * that runs it, which the finding's message gives. -1 for other findings.
     */
    static int triggerLine(String message) {
        java.util.regex.Matcher m = TRIGGER.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The name the oracle gives a stage it builds that has no usable name. */
    static final String RENAMED = "zzoracletarget";

    /** The file with that stage's FROM named {@link #RENAMED}, lines unchanged. */
    static Dockerfile renamed(Dockerfile df, Stage stage) {
        String[] lines = df.text().split("\n", -1);
        var from = stage.from();
        int line = from.stageName() != null ? from.stageName().range().startLine() : from.image().range().endLine();
        String text = lines[line - 1];
        if (from.stageName() != null) {
            var r = from.stageName().range();
            text = text.substring(0, r.startColumn() - 1) + RENAMED + text.substring(r.endColumn() - 1);
        } else {
            int end = from.image().range().endColumn() - 1;
            text = text.substring(0, end) + " AS " + RENAMED + text.substring(end);
        }
        lines[line - 1] = text;
        return DockerfileSyntax.parse(df.path(), String.join("\n", lines));
    }

    /** The same error, allowing for the names the oracle gives stages it has to rename to build them. */
    static boolean sameError(String dflint, String buildkit) {
        return normalize(dflint).equals(normalize(buildkit));
    }

    private static String normalize(String m) {
        return m.replaceAll("current stage \"[^\"]*\"", "current stage \"?\"");
    }

    private static String text(JsonNode error) {
        return error == null ? "(no error)" : error.get("message").asText();
    }

    private static Set<String> checkNames;

    /** BuildKit's check names, from its rule list beside its lint test cases. */
    static synchronized Set<String> checkNames() throws IOException {
        if (checkNames == null) {
            Set<String> out = new TreeSet<>();
            Path rules = SharedData.require("conformance/buildkit-lint").resolve("rules.json");
            for (JsonNode r : new ObjectMapper().readTree(rules.toFile())) out.add(r.get("name").asText());
            checkNames = out;
        }
        return checkNames;
    }
}
