package dflint.shell;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    @SuppressWarnings("unchecked")
    public static List<Comment> parse(String json) {
        Object root;
        try {
            root = new MiniJson(json).document();
        } catch (RuntimeException e) {
            return null;
        }
        if (!(root instanceof Map<?, ?> m) || !(m.get("comments") instanceof List<?> list)) return null;
        List<Comment> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> c)) return null;
            Integer line = integer(c.get("line")), column = integer(c.get("column")), code = integer(c.get("code"));
            if (line == null || column == null || code == null || !(c.get("message") instanceof String msg)) return null;
            Integer endLine = integer(c.get("endLine")), endColumn = integer(c.get("endColumn"));
            String level = c.get("level") instanceof String s ? s : "warning";
            List<Replacement> fix = new ArrayList<>();
            if (c.get("fix") instanceof Map<?, ?> f && f.get("replacements") instanceof List<?> reps) {
                for (Object r : reps) {
                    if (!(r instanceof Map<?, ?> rm)) continue;
                    Integer rl = integer(rm.get("line")), rc = integer(rm.get("column"));
                    Integer rel = integer(rm.get("endLine")), rec = integer(rm.get("endColumn"));
                    if (rl == null || rc == null || rel == null || rec == null
                            || !(rm.get("replacement") instanceof String text)) continue;
                    fix.add(new Replacement(rl, rc, rel, rec, text));
                }
            }
            out.add(new Comment(line, column, endLine == null ? line : endLine, endColumn == null ? column : endColumn,
                    level, code, msg, List.copyOf(fix)));
        }
        return out;
    }

    private static Integer integer(Object o) {
        if (o instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) return l.intValue();
        return null;
    }

    /**
     * Just enough JSON for ShellCheck's answer: objects, arrays, strings, integers, true,
     * false, null. Nesting deeper than a few levels is refused rather than recursed into.
     */
    static final class MiniJson {
        private static final int MAX_DEPTH = 12;
        private final String s;
        private int i;

        MiniJson(String s) {
            this.s = s;
        }

        Object document() {
            Object v = value(0);
            skipSpace();
            if (i != s.length()) throw new IllegalArgumentException("trailing text at " + i);
            return v;
        }

        private Object value(int depth) {
            if (depth > MAX_DEPTH) throw new IllegalArgumentException("nested too deeply");
            skipSpace();
            if (i >= s.length()) throw new IllegalArgumentException("unexpected end");
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    skipSpace();
                    if (peek() == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        skipSpace();
                        String k = string();
                        skipSpace();
                        expect(':');
                        m.put(k, value(depth + 1));
                        skipSpace();
                        if (peek() == ',') {
                            i++;
                            continue;
                        }
                        expect('}');
                        return m;
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    skipSpace();
                    if (peek() == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value(depth + 1));
                        skipSpace();
                        if (peek() == ',') {
                            i++;
                            continue;
                        }
                        expect(']');
                        return l;
                    }
                }
                case '"':
                    return string();
                case 't':
                    literal("true");
                    return Boolean.TRUE;
                case 'f':
                    literal("false");
                    return Boolean.FALSE;
                case 'n':
                    literal("null");
                    return null;
                default:
                    return number();
            }
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) throw new IllegalArgumentException("expected " + c + " at " + i);
            i++;
        }

        private void literal(String word) {
            if (!s.startsWith(word, i)) throw new IllegalArgumentException("bad literal at " + i);
            i += word.length();
        }

        private void skipSpace() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\r' || s.charAt(i) == '\t')) i++;
        }

        private Object number() {
            int start = i;
            while (i < s.length() && "0123456789+-.eE".indexOf(s.charAt(i)) >= 0) i++;
            String t = s.substring(start, i);
            if (t.isEmpty()) throw new IllegalArgumentException("bad value at " + start);
            boolean integral = t.indexOf('.') < 0 && t.indexOf('e') < 0 && t.indexOf('E') < 0;
            try {
                return integral ? (Object) Long.parseLong(t) : (Object) Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad number at " + start);
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) throw new IllegalArgumentException("unterminated string");
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (i >= s.length()) throw new IllegalArgumentException("unterminated escape");
                char e = s.charAt(i++);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 't': b.append('\t'); break;
                    case 'r': b.append('\r'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'u':
                        if (i + 4 > s.length()) throw new IllegalArgumentException("bad \\u escape");
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        break;
                    default: b.append(e);
                }
            }
        }
    }
}
