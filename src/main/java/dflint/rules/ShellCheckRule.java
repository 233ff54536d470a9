package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Positions;
import dflint.shell.RunScript;
import dflint.shell.ShellCheck;
import dflint.syntax.Comment;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Runs ShellCheck over every RUN script in the dialect of the shell that runs it and
 * reports its comments at their Dockerfile positions, each message led by its SC code.
 */
@RuleInfo(id = "DF5000", slug = "shellcheck", severity = Severity.WARNING,
        summary = "ShellCheck's findings in RUN scripts (needs shellcheck on PATH; --shellcheck)",
        enabledByDefault = false, tags = {"shell", "shellcheck"}, fix = FixSafety.UNSAFE)
public final class ShellCheckRule implements Rule {
    /** Per script; ShellCheck answers in milliseconds, so this only stops a hung process. */
    static final long TIMEOUT_MILLIS = 10_000;

    /** A sourced file is inside the image, never beside the Dockerfile. */
    private static final List<String> ALWAYS_EXCLUDED = List.of("SC1090", "SC1091");

    @Override
    public void check(RuleContext cx) {
        if (!ShellCheck.available()) return;
        List<String> excluded = new ArrayList<>(ALWAYS_EXCLUDED);
        for (String name : cx.options().ignore()) {
            String n = name.toUpperCase(Locale.ROOT);
            if (isCode(n) && !excluded.contains(n)) excluded.add(n);
        }
        List<Job> jobs = new ArrayList<>();
        for (RunSites.Site r : RunSites.of(cx)) {
            if (r.exec() || !r.posixShell()) continue;
            for (RunScript s : r.scripts()) {
                String dialect = ShellInEffect.shellCheckDialect(s.interpreter() == null ? "" : s.interpreter());
                if (dialect == null || !s.isShell()) continue;
                Positions positions = RunShell.positions(r, s);
                if (positions == null) continue;
                Source src = s.kind() == RunScript.Kind.HEREDOC
                        ? new Source(s.script().text(), positions)
                        : runSource(cx, r, s.script().text(), positions);
                if (src != null) jobs.add(job(cx, r, src, dialect));
            }
        }
        if (jobs.isEmpty()) return;
        // one process per script: start a file's scripts side by side, report in file order
        List<Future<List<ShellCheck.Comment>>> answers = new ArrayList<>();
        for (Job j : jobs) {
            answers.add(pool().submit(new Callable<List<ShellCheck.Comment>>() {
                @Override
                public List<ShellCheck.Comment> call() {
                    return ShellCheck.check(j.script(), j.dialect(), TIMEOUT_MILLIS, excluded);
                }
            }));
        }
        for (int i = 0; i < jobs.size(); i++) {
            List<ShellCheck.Comment> comments;
            try {
                comments = answers.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                comments = null;
            } catch (ExecutionException | RuntimeException e) {
                comments = null;
            }
            if (comments == null) {
                // ShellCheck misbehaves: give up on this file rather than wait for every script
                for (Future<?> f : answers) f.cancel(true);
                return;
            }
            report(cx, jobs.get(i), comments, excluded);
        }
    }

    /** {@code SC} and four digits: a ShellCheck code. */
    private static boolean isCode(String n) {
        return n.length() == 6 && n.startsWith("SC") && Scan.asciiDigits(n.substring(2));
    }

    private static volatile ExecutorService pool;

    /** Daemon threads that only wait for ShellCheck processes; a couple per core. */
    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (ShellCheckRule.class) {
                if (pool == null) {
                    int n = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
                    pool = Executors.newFixedThreadPool(n, new ThreadFactory() {
                        @Override
                        public Thread newThread(Runnable r) {
                            Thread t = new Thread(r, "dflint-shellcheck");
                            t.setDaemon(true);
                            return t;
                        }
                    });
                }
                p = pool;
            }
        }
        return p;
    }

    /** The text ShellCheck reads and how its offsets map to the Dockerfile. */
    private record Source(String text, Positions positions) {}

    /** A shell-form RUN: its text, then the bodies of the heredocs it reads, as the shell would see them. */
    private static Source runSource(RuleContext cx, RunSites.Site r, String runText, Positions main) {
        if (cx.file().escape() != '\\') return null; // the shell would not read backtick continuations
        StringBuilder text = new StringBuilder(runText);
        List<int[]> segments = new ArrayList<>(); // start offset, heredoc index
        List<Heredoc> heredocs = r.run().node().heredocs();
        List<Positions> bodies = new ArrayList<>();
        for (int i = 0; i < heredocs.size(); i++) {
            Heredoc h = heredocs.get(i);
            text.append('\n');
            segments.add(new int[] {text.length(), i});
            text.append(h.content());
            if (h.content().length() > 0 && !h.content().endsWith("\n")) text.append('\n');
            text.append(h.name()).append('\n');
            bodies.add(Positions.lines(h.content(), h.firstBodyLine(), null));
        }
        int mainLength = runText.length();
        Positions p = new Positions() {
            @Override
            public SourceRange range(int a, int b) {
                if (a < mainLength || segments.isEmpty()) return main.range(Math.min(a, mainLength), Math.min(b, mainLength));
                int k = segments.size() - 1;
                while (k > 0 && segments.get(k)[0] > a) k--;
                int base = segments.get(k)[0];
                return bodies.get(k).range(Math.max(0, a - base), Math.max(0, b - base));
            }
        };
        return new Source(text.toString(), p);
    }

    /** One script as ShellCheck reads it, and what is needed to map its answer back. */
    private record Job(String script, String dialect, String[] lines, int[] lineStarts, int keep, int added,
                       Positions positions) {}

    private static Job job(RuleContext cx, RunSites.Site r, Source src, String dialect) {
        String text = src.text();
        // a shebang must stay on line 1; the lines dflint adds go right after it
        int keep = text.startsWith("#!") ? 1 : 0;
        List<String> prefix = prefixLines(cx, r);
        StringBuilder script = new StringBuilder();
        String[] lines = text.split("\n", -1);
        int[] lineStarts = new int[lines.length];
        for (int i = 0, off = 0; i < lines.length; i++) {
            lineStarts[i] = off;
            off += lines[i].length() + 1;
        }
        for (int i = 0; i < keep; i++) script.append(lines[i]).append('\n');
        for (String p : prefix) script.append(p).append('\n');
        for (int i = keep; i < lines.length; i++) {
            script.append(lines[i]);
            if (i + 1 < lines.length) script.append('\n');
        }
        return new Job(script.toString(), dialect, lines, lineStarts, keep, prefix.size(), src.positions());
    }

    private static void report(RuleContext cx, Job job, List<ShellCheck.Comment> comments, List<String> excluded) {
        String[] lines = job.lines();
        int[] lineStarts = job.lineStarts();
        int keep = job.keep();
        Set<String> seen = new LinkedHashSet<>();
        for (ShellCheck.Comment c : comments) {
            String code = c.codeName();
            if (excluded.contains(code)) continue;
            int startLine = originalLine(c.line(), keep, job.added());
            if (startLine < 0 || startLine > lines.length) continue; // about a line dflint added
            int endLine = originalLine(c.endLine(), keep, job.added());
            if (endLine < startLine || endLine > lines.length) endLine = startLine;
            int start = lineStarts[startLine - 1] + charIndex(lines[startLine - 1], c.column());
            int end = lineStarts[endLine - 1] + charIndex(lines[endLine - 1], c.endColumn());
            if (end < start) end = start;
            SourceRange range = job.positions().range(start, end);
            if (!seen.add(code + "@" + range)) continue;
            Fix fix = fixOf(job, c);
            if (fix == null) cx.report(range, code + ": " + c.message());
            else cx.report(range, code + ": " + c.message(), fix);
        }
    }

    /**
     * ShellCheck's suggested edit as a dflint fix, when all its replacements sit on one line of
     * the script and that stretch was written on one physical line as is (no continuation inside).
     */
    private static Fix fixOf(Job job, ShellCheck.Comment c) {
        List<ShellCheck.Replacement> reps = c.fix();
        if (reps.isEmpty()) return null;
        int scriptLine = reps.get(0).line();
        for (ShellCheck.Replacement r : reps) {
            if (r.line() != scriptLine || r.endLine() != scriptLine) return null;
        }
        int line = originalLine(scriptLine, job.keep(), job.added());
        if (line < 1 || line > job.lines().length) return null;
        String text = job.lines()[line - 1];
        int n = reps.size();
        int[] from = new int[n], to = new int[n];
        int min = Integer.MAX_VALUE, max = -1;
        for (int i = 0; i < n; i++) {
            from[i] = charIndex(text, reps.get(i).column());
            to[i] = charIndex(text, reps.get(i).endColumn());
            if (to[i] < from[i]) return null;
            min = Math.min(min, from[i]);
            max = Math.max(max, to[i]);
        }
        // apply right to left; two edits at one place have no order we could trust
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, new java.util.Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                return Integer.compare(from[b], from[a]);
            }
        });
        StringBuilder out = new StringBuilder(text.substring(min, max));
        int lastFrom = Integer.MAX_VALUE;
        for (int k : order) {
            if (to[k] > lastFrom || (from[k] == lastFrom && k != order[0])) return null;
            out.replace(from[k] - min, to[k] - min, reps.get(k).text());
            lastFrom = from[k];
        }
        int base = job.lineStarts()[line - 1];
        SourceRange range = job.positions().range(base + min, base + max);
        if (range.startLine() != range.endLine() || range.endColumn() - range.startColumn() != max - min) return null;
        return new Fix("apply ShellCheck's suggestion for " + c.codeName(), range, out.toString());
    }

    /** Script line (1-based) of ShellCheck's input back to the original text's line, or -1 for an added line. */
    private static int originalLine(int line, int keep, int added) {
        if (line <= keep) return line;
        if (line <= keep + added) return -1;
        return line - added;
    }

    /** ShellCheck counts columns in characters (code points); Java strings in UTF-16 units. */
    private static int charIndex(String line, int column) {
        int cps = line.codePointCount(0, line.length());
        int c = Math.max(0, Math.min(column - 1, cps));
        return line.offsetByCodePoints(0, c);
    }

    /** A name the shell can export: a letter or underscore, then letters, digits and underscores (ASCII). */
    private static boolean isShellName(String n) {
        if (n.isEmpty()) return false;
        for (int k = 0; k < n.length(); k++) {
            char c = n.charAt(k);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (k == 0 || c < '0' || c > '9')) return false;
        }
        return true;
    }

    /**
     * ShellCheck directives from the comments right above the RUN, then one {@code export}
     * naming every ARG and ENV declared before the RUN, so they do not read as unassigned
     * (without a value, so ShellCheck still treats their contents as unknown).
     */
    private static List<String> prefixLines(RuleContext cx, RunSites.Site r) {
        List<String> out = new ArrayList<>();
        for (Comment c : r.holder().node().comments()) {
            String t = c.text().strip();
            if (t.startsWith("#")) t = t.substring(1).strip();
            if (t.startsWith("shellcheck ")) out.add("# " + t);
        }
        Set<String> names = new LinkedHashSet<>();
        for (Instruction i : cx.file().instructions()) {
            if (i.line() >= r.line()) break;
            if (i instanceof Instruction.Arg a) for (Instruction.KeyValue kv : a.args()) names.add(kv.name());
            if (i instanceof Instruction.Env e) for (Instruction.KeyValue kv : e.pairs()) names.add(kv.name());
        }
        StringBuilder export = new StringBuilder("export");
        for (String n : names) {
            if (isShellName(n)) export.append(' ').append(n);
        }
        if (export.length() > "export".length()) out.add(export.toString());
        return out;
    }
}
