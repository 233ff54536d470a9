package dflint.report;

/**
 * The parts of a rule document that SARIF, {@code dflint rules} and the language server show,
 * taken from its Markdown text. Plain Java without a regular expression (cheaper cold), and
 * without any other dflint class: the build compiles it into its generator too, which writes
 * SARIF's rule descriptors once (see {@link SarifDescriptor}) so that a SARIF run does not.
 */
public final class MarkdownText {
    private MarkdownText() {}

    /** The stable web address of a rule's document ({@code rules/<ID>.md}). */
    public static String documentUri(String id) {
        return "https://github.com/dflint/dflint/blob/main/rules/" + id + ".md";
    }

    /** The body of a {@code ## heading} section, trimmed; null when absent. */
    public static String section(String markdown, String heading) {
        if (markdown == null) return null;
        String marker = "## " + heading;
        int start = -1;
        int pos = 0;
        while (pos <= markdown.length()) {
            int end = markdown.indexOf('\n', pos);
            if (end < 0) end = markdown.length();
            String line = markdown.substring(pos, end);
            if (start < 0) {
                if (line.trim().equals(marker)) start = end + 1;
            } else if (line.startsWith("## ")) {
                return markdown.substring(Math.min(start, pos), pos).trim();
            }
            pos = end + 1;
        }
        return start < 0 ? null : markdown.substring(Math.min(start, markdown.length())).trim();
    }

    /** The first paragraph of "What it does", joined into one line. */
    public static String description(String markdown) {
        String what = section(markdown, "What it does");
        if (what == null || what.isEmpty()) return null;
        int blank = what.indexOf("\n\n");
        return joinLines(blank < 0 ? what : what.substring(0, blank)).trim();
    }

    /** Lines joined by one space, the white space around each line break dropped (no regex: cheaper cold). */
    public static String joinLines(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                b.append(text, i, text.length());
                break;
            }
            int end = nl;
            while (end > i && isSpace(text.charAt(end - 1))) end--;
            b.append(text, i, end).append(' ');
            i = nl + 1;
            while (i < text.length() && isSpace(text.charAt(i))) i++;
        }
        return b.toString();
    }

    /** What a regular expression's \\s matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The document as plain text: headings without '#', fences without their markers. */
    public static String plainText(String markdown) {
        StringBuilder b = new StringBuilder(markdown.length());
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) continue;
            String l = line;
            while (l.startsWith("#")) l = l.substring(1);
            if (l.length() != line.length()) l = l.trim();
            b.append(l.replace("`", "")).append('\n');
        }
        return b.toString().trim() + "\n";
    }
}
