package dflint.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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
        if (id.isEmpty()) return null;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) return null;
        }
        String name = "dflint/rules/" + id + ".md";
        try (InputStream in = open(name)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A document from dflint's own jar, read as a zip entry: SARIF reads a hundred of them, and
     * each class-loader resource look-up builds a URL and a jar connection first, several times
     * the cost of the read. Anywhere else (classes in a folder, tests) through the class loader.
     */
    private static InputStream open(String name) throws IOException {
        ZipFile jar = OwnJar.FILE;
        if (jar == null) return RuleDocs.class.getResourceAsStream("/" + name);
        ZipEntry entry = jar.getEntry(name);
        return entry == null ? null : jar.getInputStream(entry);
    }

    /** The jar dflint runs from, opened once on first use; null when it does not run from a jar. */
    private static final class OwnJar {
        static final ZipFile FILE = openOwnJar();

        private static ZipFile openOwnJar() {
            try {
                java.security.CodeSource source = RuleDocs.class.getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) return null;
                java.nio.file.Path path = java.nio.file.Path.of(source.getLocation().toURI());
                if (!path.toString().endsWith(".jar") || !java.nio.file.Files.isRegularFile(path)) return null;
                return new ZipFile(path.toFile());
            } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
                return null;
            }
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
        return joinLines(blank < 0 ? what : what.substring(0, blank)).trim();
    }

    /** Lines joined by one space, the white space around each line break dropped (no regex: cheaper cold). */
    static String joinLines(String text) {
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
