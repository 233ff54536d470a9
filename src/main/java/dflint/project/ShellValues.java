package dflint.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a variable can take in one script, Makefile or workflow, so that
 * {@code docker build --target "$TARGET"} counts: {@code for TARGET in a b}, {@code TARGET=a},
 * a shell array ({@code TARGETS=(a b)} looped over with {@code "${TARGETS[@]}"}), Make's
 * {@code TARGET ?= a} and a {@code ${TARGET:-a}} default. Only literal words are kept; a value
 * built from other variables is unknown and dropped, so nothing is guessed.
 */
final class ShellValues {
    private ShellValues() {}

    /** Enough for any real list of targets; a longer one is not a list of targets. */
    private static final int MAX_VALUES = 64;

    private static final Pattern REFERENCE =
            Pattern.compile("^\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}$]*))?\\}|\\(([A-Za-z_][A-Za-z0-9_]*)\\)|([A-Za-z_][A-Za-z0-9_]*))$");

    /** {@code ${LIST[@]}} or {@code ${LIST[*]}}: every element of a shell array. */
    private static final Pattern ARRAY_ELEMENTS = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\[[@*]\\]\\}$");

    /** The literal values of a word that is one variable reference, or an empty list. */
    static List<String> of(String text, String word) {
        Matcher m = REFERENCE.matcher(word);
        if (!m.matches()) return List.of();
        Set<String> out = new LinkedHashSet<>();
        if (m.group(2) != null && !m.group(2).isEmpty()) out.add(m.group(2));
        String name = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
        values(text, name, out, true);
        return new ArrayList<>(out);
    }

    private static void values(String text, String name, Set<String> out, boolean followArrays) {
        String n = Pattern.quote(name);
        // for NAME in a b c; do   /   for NAME in "${LIST[@]}"
        Matcher loop = Pattern.compile("(?m)\\bfor\\s+" + n + "\\s+in\\s+([^;\\n]*)").matcher(text);
        while (loop.find() && out.size() < MAX_VALUES) {
            for (String w : BuildCommands.words(loop.group(1))) {
                if (w.equals("do")) break;
                Matcher array = ARRAY_ELEMENTS.matcher(w);
                if (array.matches()) {
                    if (followArrays) values(text, array.group(1), out, false);
                } else {
                    literal(w, out);
                }
            }
        }
        // NAME=value, NAME=(a b), declare -a NAME=(...), export NAME=..., and Make's NAME ?= / := / = value
        Matcher assign = Pattern.compile("(?m)^[ \\t]*(?:(?:export|local|readonly|declare(?:[ \\t]+-[a-zA-Z]+)*)[ \\t]+)?"
                + n + "[ \\t]*(?:\\?=|\\+=|:=|::=|=)[ \\t]*(\\([^)]*\\)|[^\\n#;]*)").matcher(text);
        while (assign.find() && out.size() < MAX_VALUES) {
            String v = assign.group(1).trim();
            if (v.startsWith("(")) {
                for (String w : BuildCommands.words(v.substring(1, v.length() - 1))) literal(w, out);
            } else {
                List<String> words = BuildCommands.words(v);
                if (words.size() == 1) literal(words.get(0), out);
            }
        }
    }

    private static void literal(String w, Set<String> out) {
        if (out.size() < MAX_VALUES && Discovery.usableName(w)) out.add(w);
    }
}
