package dflint.shell;

import dflint.syntax.JsonLite;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the external {@code shellcheck} program over one script and reads its
 * {@code json1} answer. Never throws and never waits longer than the timeout: a
 * missing, failing, slow or garbled ShellCheck gives {@code null}, which callers
 * treat as "no opinion".
 */
public final class ShellCheck {
    private ShellCheck() {}

    /** Dialects ShellCheck accepts for {@code -s}. */
    public static final List<String> DIALECTS = List.of("sh", "bash", "dash", "ksh");

    /** One ShellCheck comment; lines and columns are 1-based within the script, end column exclusive. */
    public record Comment(int line, int column, int endLine, int endColumn, String level, int code,
                          String message, List<Replacement> fix) {
        public String codeName() {
            return "SC" + code;
        }
    }

    /** One edit of a ShellCheck fix, in script coordinates. */
    public record Replacement(int line, int column, int endLine, int endColumn, String text) {}

    /** System property naming the program to run; "none" means ShellCheck is not installed (tests). */
    public static final String PROPERTY = "dflint.shellcheck";

    private static volatile Path cached;
    private static volatile boolean looked;

    /** The shellcheck executable on PATH, or null; looked up once per process. */
    public static Path executable() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null) {
            if (prop.isEmpty() || prop.equals("none")) return null;
            Path p = Path.of(prop);
            return Files.isExecutable(p) ? p : null;
        }
        if (!looked) {
            cached = lookUp(System.getenv("PATH"));
            looked = true;
        }
        return cached;
    }

    public static boolean available() {
        return executable() != null;
    }

    static Path lookUp(String pathVariable) {
        if (pathVariable == null) return null;
        boolean windows = File.separatorChar == '\\';
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            try {
                for (String name : windows ? List.of("shellcheck.exe", "shellcheck") : List.of("shellcheck")) {
                    Path p = Path.of(dir, name);
                    if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
                }
            } catch (RuntimeException e) {
                // an odd PATH entry is skipped
            }
        }
        return null;
    }

    /**
     * Checks {@code script} as {@code dialect} (one of {@link #DIALECTS}). Returns the comments,
     * or null when ShellCheck is missing, failed, timed out or answered something unreadable.
     */
    public static List<Comment> check(String script, String dialect, long timeoutMillis, List<String> excluded) {
        Path exe = executable();
        if (exe == null || !DIALECTS.contains(dialect)) return null;
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), "--format=json1", "--shell=" + dialect));
        if (!excluded.isEmpty()) cmd.add("--exclude=" + String.join(",", excluded));
        cmd.add("-");
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            p = pb.start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        byte[] input = script.getBytes(StandardCharsets.UTF_8);
        byte[][] output = new byte[1][];
        // anonymous classes, not lambdas: this runs inside a lint (see ColdPathTest)
        Thread writer = daemon(new Runnable() {
            @Override
            public void run() {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(input);
                } catch (IOException e) {
                    // ShellCheck stopped reading; its exit status tells the rest
                }
            }
        });
        Thread reader = daemon(new Runnable() {
            @Override
            public void run() {
                try (InputStream out = p.getInputStream()) {
                    output[0] = out.readNBytes(MAX_OUTPUT);
                } catch (IOException e) {
                    output[0] = null;
                }
            }
        });
        try {
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return null;
            }
            reader.join(Math.max(1, timeoutMillis));
            writer.join(1);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return null;
        }
        // 0: nothing found, 1: comments; anything else is a usage or internal error
        if (p.exitValue() > 1 || output[0] == null || reader.isAlive()) return null;
        return parse(new String(output[0], StandardCharsets.UTF_8));
    }

    private static final int MAX_OUTPUT = 16 << 20;

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "dflint-shellcheck-io");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Reads ShellCheck's {@code json1} output; null when it is not what json1 looks like. */
    public static List<Comment> parse(String json) {
        JsonLite.Node root;
        try {
            root = JsonLite.parse(json);
        } catch (RuntimeException e) {
            return null;
        }
        JsonLite.Node comments = root.get("comments");
        if (comments == null || comments.list == null) return null;
        List<Comment> out = new ArrayList<>();
        for (JsonLite.Node c : comments.list) {
            if (!c.isObject()) return null;
            Integer line = integer(c.get("line")), column = integer(c.get("column")), code = integer(c.get("code"));
            JsonLite.Node msg = c.get("message");
            if (line == null || column == null || code == null || msg == null || !msg.string) return null;
            Integer endLine = integer(c.get("endLine")), endColumn = integer(c.get("endColumn"));
            JsonLite.Node level = c.get("level");
            List<Replacement> fix = new ArrayList<>();
            JsonLite.Node reps = c.get("fix") == null ? null : c.get("fix").get("replacements");
            if (reps != null && reps.list != null) {
                for (JsonLite.Node r : reps.list) {
                    Integer rl = integer(r.get("line")), rc = integer(r.get("column"));
                    Integer rel = integer(r.get("endLine")), rec = integer(r.get("endColumn"));
                    JsonLite.Node text = r.get("replacement");
                    if (rl == null || rc == null || rel == null || rec == null || text == null || !text.string) continue;
                    fix.add(new Replacement(rl, rc, rel, rec, text.text));
                }
            }
            out.add(new Comment(line, column, endLine == null ? line : endLine, endColumn == null ? column : endColumn,
                    level != null && level.string ? level.text : "warning", code, msg.text, List.copyOf(fix)));
        }
        return out;
    }

    /** A JSON integer that fits an int, or null (absent, a string, a fraction, too big). */
    private static Integer integer(JsonLite.Node n) {
        if (n == null || n.string || n.text == null) return null;
        try {
            return Integer.valueOf(n.text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
