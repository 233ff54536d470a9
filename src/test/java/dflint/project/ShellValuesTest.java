package dflint.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ShellValues} scans by hand what it used to find with regular expressions: the regex
 * version, kept here as the reference, gives the same values over many generated scripts.
 */
class ShellValuesTest {
    /** The regex-based reading ShellValues replaced. */
    private static final class ByRegex {
        static final Pattern REFERENCE = Pattern.compile(
                "^\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}$]*))?\\}|\\(([A-Za-z_][A-Za-z0-9_]*)\\)|([A-Za-z_][A-Za-z0-9_]*))$");
        static final Pattern ARRAY_ELEMENTS = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\[[@*]\\]\\}$");

        static List<String> of(String text, String word) {
            Matcher m = REFERENCE.matcher(word);
            if (!m.matches()) return List.of();
            Set<String> out = new LinkedHashSet<>();
            if (m.group(2) != null && !m.group(2).isEmpty()) out.add(m.group(2));
            String name = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
            values(text, name, out, true);
            return new ArrayList<>(out);
        }

        static void values(String text, String name, Set<String> out, boolean followArrays) {
            String n = Pattern.quote(name);
            Matcher loop = Pattern.compile("(?m)\\bfor\\s+" + n + "\\s+in\\s+([^;\\n]*)").matcher(text);
            while (loop.find() && out.size() < 64) {
                for (String w : BuildCommands.words(loop.group(1))) {
                    if (w.equals("do")) break;
                    Matcher array = ARRAY_ELEMENTS.matcher(w);
                    if (array.matches()) {
                        if (followArrays) values(text, array.group(1), out, false);
                    } else if (out.size() < 64 && Discovery.usableName(w)) {
                        out.add(w);
                    }
                }
            }
            Matcher assign = Pattern.compile("(?m)^[ \\t]*(?:(?:export|local|readonly|declare(?:[ \\t]+-[a-zA-Z]+)*)[ \\t]+)?"
                    + n + "[ \\t]*(?:\\?=|\\+=|:=|::=|=)[ \\t]*(\\([^)]*\\)|[^\\n#;]*)").matcher(text);
            while (assign.find() && out.size() < 64) {
                String v = assign.group(1).trim();
                List<String> words = v.startsWith("(") ? BuildCommands.words(v.substring(1, v.length() - 1)) : BuildCommands.words(v);
                if (!v.startsWith("(") && words.size() != 1) continue;
                for (String w : words) if (out.size() < 64 && Discovery.usableName(w)) out.add(w);
            }
        }
    }

    private static final String[] TEXT_PIECES = {"for ", "for\t", "for", "T", "T", "L", " in ", " in", "in ", "a", "b-1", " ",
        "\t", ";", "\n", "\r", "\r\n", "\u2028", "do", " do ", "x", "_", "é", "\u0301", "9", "export ", "local ", "readonly ",
        "declare", " -a", " -ga", "-", "=", "?=", "+=", ":=", "::=", ":", "(", ")", "#", "\"${L[@]}\"", "${L[*]}", "${T[@]}",
        "$T", "'", "\"", "stage", "v2",
        // whole constructs, so that many scripts hold a loop or an assignment, near a boundary or not
        "for T in a b", "xfor T in c", "é\u0301for T in d", "_for T in e", " for T in f; do", "for T in ${L[@]} g",
        "T=h", "T = i", "export T=j", "declare -a -r T=(k l)", "L=(m n)", "T::=o", "T?=p", "T:=q", "local T+=r",
        "readonly  T=s", "declare -aT=t", "TT=u", "T=(v", "T=w#x", "export=y", "T \t=z"};
    private static final String[] WORDS = {"$T", "${T}", "${T:-dflt}", "${T-dflt}", "${T:-}", "${T:dflt}", "$(T)", "$(T",
        "${T", "$", "${}", "$T}", "${T:-a}b}", "${T:-$x}", "${L}", "$9", "${T[@]}", "$T-x", "${T-a-b}"};

    @Test
    void agreesWithTheRegularExpressionsItReplaced() {
        Random random = new Random(1616);
        int nonEmpty = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) text.append(TEXT_PIECES[random.nextInt(TEXT_PIECES.length)]);
            String word = WORDS[random.nextInt(WORDS.length)];
            List<String> expected = ByRegex.of(text.toString(), word);
            if (!expected.isEmpty()) nonEmpty++;
            assertEquals(expected, ShellValues.of(text.toString(), word),
                    () -> "word " + word + " in " + text.toString().replace("\n", "\\n").replace("\r", "\\r"));
        }
        // the generated scripts do reach values, not only empty answers
        assertEquals(true, nonEmpty > 1000, "scripts with values: " + nonEmpty);
    }

    @Test
    void readsLoopsArraysAssignmentsAndDefaults() {
        String script = "TARGETS=(api web)\nfor T in \"${TARGETS[@]}\" extra; do\n  docker build --target \"$T\" .\ndone\n"
                + "export T=final\nMODE ?= dev\n";
        assertEquals(List.of("api", "web", "extra", "final"), ShellValues.of(script, "$T"));
        assertEquals(List.of("prod", "dev"), ShellValues.of(script, "${MODE:-prod}"));
        assertEquals(List.of(), ShellValues.of(script, "$T-suffix"));
    }
}
