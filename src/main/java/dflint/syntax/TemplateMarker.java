package dflint.syntax;

import java.util.Locale;

/**
 * Where a file shows that it is a template for a Dockerfile rather than a Dockerfile: a
 * placeholder that a generator (jq, Go templates, Jinja, sed) replaces before anyone builds it.
 *
 * @param line   1-based line of the first placeholder (1 when the file's name is the evidence)
 * @param column 1-based column
 * @param what   the placeholder as written, or a phrase naming the evidence
 */
public record TemplateMarker(int line, int column, String what) {

    /** File name endings that templating tools use. */
    private static final String[] TEMPLATE_SUFFIXES = {".template", ".tmpl", ".tpl", ".j2", ".jinja", ".jinja2",
            ".erb", ".mustache", ".hbs", ".in"};

    /**
     * Whether a file name says "template": {@code Dockerfile.template}, {@code Dockerfile-alpine.tmpl},
     * {@code Dockerfile.j2}, {@code Dockerfile.in}, {@code Dockerfile.template.debian}.
     */
    public static boolean isTemplateName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.contains("template") || n.contains(".tmpl")) return true;
        for (String s : TEMPLATE_SUFFIXES) {
            if (n.endsWith(s)) return true;
        }
        return false;
    }

    /** The first sign that the file is a template, or null for a Dockerfile. */
    public static TemplateMarker find(Dockerfile file) {
        String path = file.path();
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        if (isTemplateName(path.substring(slash + 1))) return new TemplateMarker(1, 1, "its file name");
        TemplateMarker first = null;
        // {{ or {% where a line starts: jq, Go or Jinja control flow; %%NAME%% and @@NAME@@ anywhere,
        // since no shell or Dockerfile syntax writes them
        String[] lines = file.text().split("\n", -1);
        java.util.BitSet heredocBodies = heredocBodies(file);
        for (int k = 0; k < lines.length && first == null; k++) {
            if (heredocBodies.get(k + 1)) continue;
            String line = lines[k];
            String t = line.strip();
            if (t.startsWith("#")) continue;
            String p = t.startsWith("{{") || t.startsWith("{%") ? t.substring(0, 2) : delimited(line, "%%");
            if (p == null) p = delimited(line, "@@");
            // a dev container template's option, filled in when a project is created from the template
            if (p == null && line.contains("${templateOption:")) p = "${templateOption:";
            // FROM REPLACE-ME: a base image a build script writes in
            if (p == null && isPlaceholderImage(t)) p = words(t.substring(t.indexOf(' ') + 1).strip()).get(0);
            if (p != null) first = new TemplateMarker(k + 1, line.indexOf(p) + 1, p);
        }
        // {{ ... }} in a shell command is often a real Go template (docker inspect -f '{{.Id}}');
        // in FROM, ENV, LABEL, ... and on a line that does not parse, it is a placeholder
        for (Instruction i : file.instructions()) {
            if (first != null && i.line() >= first.line()) break;
            Node n = i.node();
            if (isCommand(n.kind()) || n.kind() == Kind.ONBUILD) continue;
            TemplateMarker m = braces(file, n.range().startLine(), n.range().endLine());
            if (m != null) first = m;
        }
        for (SyntaxError e : file.errors()) {
            if (first != null && e.range().startLine() >= first.line()) break;
            TemplateMarker m = braces(file, e.range().startLine(), e.range().endLine());
            if (m != null) first = m;
        }
        return first;
    }

    /** The runs of s between ASCII blanks (space, tab, newline, vertical tab, form feed, return); a loop, not a regex. */
    private static java.util.List<String> words(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean blank = i == s.length() || " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0;
            if (!blank && start < 0) start = i;
            if (blank && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** {@code FROM REPLACE-ME} (or REPLACE_ME, REPLACEME, any case): a base image left for a script to fill in. */
    private static boolean isPlaceholderImage(String line) {
        if (line.length() < 5 || !line.regionMatches(true, 0, "FROM ", 0, 5)) return false;
        for (String w : words(line.substring(5).strip())) {
            if (w.startsWith("--")) continue;
            String u = w.toUpperCase(java.util.Locale.ROOT);
            return u.equals("REPLACE-ME") || u.equals("REPLACE_ME") || u.equals("REPLACEME");
        }
        return false;
    }

    /** Lines of heredoc bodies: a script or a file's content, where any text is fair. */
    private static java.util.BitSet heredocBodies(Dockerfile file) {
        java.util.BitSet out = new java.util.BitSet();
        for (Instruction i : file.instructions()) {
            for (Heredoc h : i.node().heredocs()) {
                if (h.bodyRange() != null) out.set(h.bodyRange().startLine(), h.bodyRange().endLine() + 1);
            }
        }
        return out;
    }

    /** The first {@code {{ ... }}} on the lines, or null. */
    private static TemplateMarker braces(Dockerfile file, int fromLine, int toLine) {
        for (int line = fromLine; line <= toLine; line++) {
            String text = file.lineText(line);
            int open = text.indexOf("{{");
            int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
            if (close > 0) return new TemplateMarker(line, open + 1, text.substring(open, close + 2));
        }
        return null;
    }

    private static boolean isCommand(Kind k) {
        return k == Kind.RUN || k == Kind.CMD || k == Kind.ENTRYPOINT || k == Kind.HEALTHCHECK || k == Kind.SHELL;
    }

    /** The first {@code <d>NAME<d>} in the text, NAME a letter or underscore then letters, digits, underscores. */
    private static String delimited(String text, String d) {
        int from = 0;
        while (true) {
            int open = text.indexOf(d, from);
            if (open < 0) return null;
            int i = open + 2;
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
            if (i > start && !Character.isDigit(text.charAt(start)) && text.startsWith(d, i)) {
                return text.substring(open, i + 2);
            }
            from = open + 2;
        }
    }
}
