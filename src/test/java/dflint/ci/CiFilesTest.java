package dflint.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * action.yml and .pre-commit-hooks.yaml against each other, their scripts and the README:
 * every input and output the README documents is the action's (with the same default), every
 * expression names an input or step that exists, every script gets the INPUT_ variables it
 * reads, and the README's workflow uses only real inputs.
 */
class CiFilesTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @SuppressWarnings("unchecked")
    static Map<String, Object> actionYaml() throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(PROJECT.resolve("action.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> section(String key) throws IOException {
        return (Map<String, Map<String, Object>>) actionYaml().get(key);
    }

    /** Every input of action.yml with its default, as the runner would pass it when a workflow gives none. */
    static Map<String, String> inputDefaults() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        section("inputs").forEach((name, spec) -> defaults.put(name, String.valueOf(spec.getOrDefault("default", ""))));
        return defaults;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps() throws IOException {
        Map<String, Object> runs = (Map<String, Object>) actionYaml().get("runs");
        assertEquals("composite", runs.get("using"));
        return (List<Map<String, Object>>) runs.get("steps");
    }

    private static String readmeSection(String heading) throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        int start = readme.indexOf("\n## " + heading + "\n");
        assertTrue(start >= 0, "README has a section " + heading);
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The rows of the README table whose header starts with | first |, as first cell -> second cell. */
    private static Map<String, String> readmeTable(String section, String first) {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean in = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("| " + first + " |")) {
                in = true;
                continue;
            }
            if (!in) continue;
            if (!line.startsWith("|")) break;
            if (line.startsWith("| ---") || line.startsWith("|---")) continue;
            String[] cells = line.split("\\|");
            String second = cells[2].trim();
            // One row may document several names: | `a`, `b` | ... |
            for (String name : cells[1].split(",")) {
                rows.put(name.trim().replace("`", ""), second.equals("(empty)") ? "" : second.replace("`", ""));
            }
        }
        return rows;
    }

    private static List<String> yamlBlocks(String section) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (m.find()) blocks.add(m.group(1));
        return blocks;
    }

    @Test
    void readmeDocumentsExactlyTheActionsInputsWithTheirDefaultsAndItsOutputs() throws IOException {
        String section = readmeSection("GitHub Actions and code scanning");
        assertEquals(inputDefaults(), readmeTable(section, "input"));
        assertEquals(section("outputs").keySet(), readmeTable(section, "output").keySet());
        section("inputs").forEach((name, spec) -> assertNotNull(spec.get("description"), name));
        section("outputs").forEach((name, spec) -> assertNotNull(spec.get("description"), name));
    }

    @Test
    @SuppressWarnings("unchecked")
    void readmeWorkflowUsesTheActionWithRealInputsOnly() throws IOException {
        Set<String> inputs = section("inputs").keySet();
        int uses = 0;
        for (String block : yamlBlocks(readmeSection("GitHub Actions and code scanning"))) {
            Object doc = new Yaml().load(block);
            if (!(doc instanceof Map<?, ?> workflow) || !workflow.containsKey("jobs")) continue;
            for (Object job : ((Map<String, Object>) workflow.get("jobs")).values()) {
                for (Map<String, Object> step : (List<Map<String, Object>>) ((Map<String, Object>) job).get("steps")) {
                    Object ref = step.get("uses");
                    if (ref == null || !ref.toString().startsWith("dflint/dflint@")) continue;
                    uses++;
                    Map<String, Object> with = (Map<String, Object>) step.getOrDefault("with", Map.of());
                    assertTrue(inputs.containsAll(with.keySet()), "unknown inputs in the README: " + with.keySet());
                }
            }
        }
        assertTrue(uses > 0, "the README shows a workflow that uses the action");
    }

    @Test
    void everyExpressionNamesADeclaredInputOrStepAndEveryInputIsUsed() throws IOException {
        String text = Files.readString(PROJECT.resolve("action.yml"));
        Set<String> declared = section("inputs").keySet();
        Set<String> used = new TreeSet<>();
        Matcher in = Pattern.compile("inputs\\.([A-Za-z0-9_-]+)").matcher(text);
        while (in.find()) used.add(in.group(1));
        assertEquals(new TreeSet<>(declared), used, "inputs referenced vs declared");

        Set<String> ids = new TreeSet<>();
        for (Map<String, Object> step : steps()) {
            if (step.get("id") != null) ids.add(step.get("id").toString());
        }
        Matcher st = Pattern.compile("steps\\.([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_-]+)").matcher(text);
        int refs = 0;
        while (st.find()) {
            refs++;
            assertTrue(ids.contains(st.group(1)), "no step with id " + st.group(1));
            Map<String, Object> step = stepById(st.group(1));
            Path script = scriptOf(step);
            if (script != null) {
                assertTrue(Files.readString(script).contains(st.group(2) + "="),
                        script.getFileName() + " never writes the output " + st.group(2));
            }
        }
        assertTrue(refs > 0);
        for (Map.Entry<String, Map<String, Object>> out : section("outputs").entrySet()) {
            assertTrue(String.valueOf(out.getValue().get("value")).contains("steps.lint.outputs." + out.getKey()),
                    out.getKey() + " comes from the lint step under the same name");
        }
    }

    private static Map<String, Object> stepById(String id) throws IOException {
        for (Map<String, Object> step : steps()) {
            if (id.equals(step.get("id"))) return step;
        }
        throw new AssertionError("no step " + id);
    }

    /** The action/ script a run step runs, or null for a uses step. */
    private static Path scriptOf(Map<String, Object> step) {
        Object run = step.get("run");
        if (run == null) return null;
        Matcher m = Pattern.compile("\"\\$GITHUB_ACTION_PATH/(action/[a-z-]+\\.sh)\"").matcher(run.toString());
        assertTrue(m.find(), "a run step runs one of the action's scripts: " + run);
        return PROJECT.resolve(m.group(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void runStepsAreScriptsThatGetTheInputsTheyRead() throws IOException {
        int scripts = 0;
        for (Map<String, Object> step : steps()) {
            Path script = scriptOf(step);
            if (script == null) continue;
            scripts++;
            assertEquals("bash", step.get("shell"));
            assertTrue(Files.isRegularFile(script), script.toString());
            Set<String> given = new TreeSet<>();
            Map<String, Object> env = (Map<String, Object>) step.getOrDefault("env", Map.of());
            for (String k : env.keySet()) {
                if (k.startsWith("INPUT_")) given.add(k);
            }
            Set<String> read = new TreeSet<>();
            Matcher m = Pattern.compile("\\$\\{(INPUT_[A-Z_]+)").matcher(Files.readString(script));
            while (m.find()) read.add(m.group(1));
            assertEquals(read, given, script.getFileName() + ": INPUT_ variables read vs passed");
            for (String k : given) {
                String input = k.substring("INPUT_".length()).toLowerCase().replace('_', '-');
                assertEquals("${{ inputs." + input + " }}", env.get(k).toString(), k);
            }
        }
        assertEquals(4, scripts, "key, build, lint and check");
    }

    @Test
    void uploadRunsAfterTheLintEvenWhenItFoundThingsAndTheJobFailsLast() throws IOException {
        List<Map<String, Object>> steps = steps();
        int lint = steps.indexOf(stepById("lint"));
        int upload = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (String.valueOf(steps.get(i).get("uses")).startsWith("github/codeql-action/upload-sarif@")) upload = i;
        }
        assertTrue(upload > lint, "the upload comes after the lint");
        assertTrue(String.valueOf(steps.get(upload).get("if")).contains("!cancelled()"));
        assertTrue(String.valueOf(steps.get(upload).get("if")).contains("inputs.upload-sarif == 'true'"));
        Map<String, Object> last = steps.get(steps.size() - 1);
        assertTrue(String.valueOf(last.get("run")).contains("action/check.sh"), "the check is the last step");
        assertTrue(String.valueOf(last.get("if")).contains("!cancelled()"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJarIsCachedByTheContentOfItsSourcesAndSavedRightAfterTheBuild() throws IOException {
        List<Map<String, Object>> steps = steps();
        Map<String, Object> restore = stepById("jar-cache");
        assertTrue(restore.get("uses").toString().startsWith("actions/cache/restore@"));
        Map<String, Object> with = (Map<String, Object>) restore.get("with");
        assertTrue(with.get("key").toString().contains("steps.key.outputs.sources"), with.toString());
        int build = steps.indexOf(stepById("build"));
        boolean saved = false;
        for (int i = build + 1; i < steps.size() && steps.get(i) != stepById("lint"); i++) {
            Map<String, Object> s = steps.get(i);
            if (String.valueOf(s.get("uses")).startsWith("actions/cache/save@")
                    && ((Map<String, Object>) s.get("with")).get("key").equals(with.get("key"))) {
                assertEquals(with.get("path"), ((Map<String, Object>) s.get("with")).get("path"));
                saved = true;
            }
        }
        assertTrue(saved, "the jar is saved between the build and the lint, so a failing lint still saves it");
    }

    @Test
    @SuppressWarnings("unchecked")
    void preCommitHooksAreTheDocumentedOnesAndScriptHooksRunAFileOfTheRepository() throws IOException {
        List<Map<String, Object>> hooks = (List<Map<String, Object>>) new Yaml()
                .load(Files.readString(PROJECT.resolve(".pre-commit-hooks.yaml")));
        String section = readmeSection("pre-commit");
        Set<String> ids = new TreeSet<>();
        for (Map<String, Object> hook : hooks) {
            String id = hook.get("id").toString();
            ids.add(id);
            assertTrue(section.contains("`" + id + "`"), "the README's pre-commit section names " + id);
            if (hook.get("language").equals("script")) {
                Path entry = PROJECT.resolve(hook.get("entry").toString().split(" ")[0]);
                assertTrue(Files.isExecutable(entry), "script hook entry is an executable file: " + entry);
            }
            assertEquals(Boolean.TRUE, hook.get("require_serial"), id + ": one JVM per commit");
        }
        assertEquals(Set.of("dflint", "dflint-by-type", "dflint-system", "dflint-docker"), ids);
        assertFalse(hooks.isEmpty());
    }
}
