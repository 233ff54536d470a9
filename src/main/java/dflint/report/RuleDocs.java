package dflint.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The rule documents ({@code rules/<ID>.md}), packaged in the jar as
 * {@code dflint/rules/<ID>.md}. They feed {@code dflint explain},
 * {@code dflint rules} and SARIF's rule help.
 */
public final class RuleDocs {
    private RuleDocs() {}

    /** The stable web address of a rule's document. */
    public static String helpUri(String id) {
        return "https://github.com/dflint/dflint/blob/main/rules/" + id + ".md";
    }

    /** The whole Markdown document, or null when the rule has none. */
    public static String markdown(String id) {
        if (!id.matches("[A-Za-z0-9_-]+")) return null;
        try (InputStream in = RuleDocs.class.getResourceAsStream("/dflint/rules/" + id + ".md")) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            return null;
        }
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
        return (blank < 0 ? what : what.substring(0, blank)).replaceAll("\\s*\n\\s*", " ").trim();
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
