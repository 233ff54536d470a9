package dflint.syntax;

import java.util.Locale;

/**
 * Prints a parsed file in the format of BuildKit's parser tests: one
 * parenthesised line per instruction, keyword lower-cased, flags and
 * arguments Go-quoted.
 */
public final class AstDump {
    private AstDump() {}

    public static String dump(Dockerfile file) {
        StringBuilder b = new StringBuilder();
        for (Instruction i : file.instructions()) {
            b.append('(').append(dump(i)).append(")\n");
        }
        return b.toString();
    }

    static String dump(Instruction i) {
        Node n = i.node();
        StringBuilder s = new StringBuilder(n.keyword().toLowerCase(Locale.ROOT));
        if (!n.flags().isEmpty()) {
            s.append(" [");
            for (int k = 0; k < n.flags().size(); k++) {
                if (k > 0) s.append(' ');
                s.append(GoQuote.quote(n.flags().get(k).text()));
            }
            s.append(']');
        }
        if (i instanceof Instruction.Onbuild o) {
            if (o.trigger() != null) s.append(" (").append(dump(o.trigger())).append(')');
        } else {
            for (Word w : n.args()) s.append(' ').append(GoQuote.quote(w.value()));
        }
        return goTrim(s.toString());
    }

    private static String goTrim(String s) {
        int start = GoText.skipSpace(s, 0, s.length());
        return s.substring(start, GoText.trimEnd(s, start, s.length()));
    }
}
