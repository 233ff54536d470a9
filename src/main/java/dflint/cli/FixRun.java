package dflint.cli;

import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.fix.AtomicFile;
import dflint.fix.EncodedText;
import dflint.fix.FixSelection;
import dflint.fix.Fixer;
import dflint.fix.UnifiedDiff;
import dflint.report.FileResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --fix}, {@code --diff}, {@code --unsafe-fixes} and {@code --fix-only}: fixing each file
 * after it is parsed, and what the run prints about it. Kept out of {@link LintCommand} so a
 * plain lint never loads it or the fix package.
 */
final class FixRun {
    /** What was asked: write the files, or print a diff. */
    private final boolean diffOnly;
    private final FixSelection selection;

    // what the files came to, gathered in input order by the command's thread
    private final StringBuilder diffs = new StringBuilder();
    private final Map<String, Integer> applied = new TreeMap<>();
    private int fixes;
    private int filesChanged;
    private byte[] fixedStdin;
    private final List<String> notes = new ArrayList<>();

    FixRun(boolean diffOnly, boolean unsafe, List<String> only) {
        this.diffOnly = diffOnly;
        this.selection = new FixSelection(unsafe, new java.util.HashSet<>(only));
    }

    /** One file fixed (or not): its findings afterwards, and what to print or write. */
    record Outcome(FileResult result, String diff, byte[] newBytes, boolean stdin, int fixes,
                   Map<String, Integer> byRule, List<String> notes, String problem) {}

    /**
     * Fixes one file. Runs on a lint thread: it writes only its own file and returns the
     * rest for {@link #collect}, which runs on the command's thread in input order.
     */
    Outcome fixOne(InputFiles.Input in, byte[] bytes, LintOptions options, Linter linter) {
        EncodedText encoded = EncodedText.decode(bytes);
        Fixer fixer = new Fixer(Fixer.analyzer(linter, options, in.display()));
        Fixer.Analysis start = fixer.analyze(encoded.text());
        Fixer.Result r = fixer.fix(start, selection);
        List<String> notes = new ArrayList<>();
        if (r.refusal() != null && !start.findings().isEmpty() && hasSelectedFix(start)) {
            notes.add(in.display() + ": not fixed: " + r.refusal());
        }
        for (Fixer.Applied a : r.refused()) {
            notes.add(in.display() + ":" + a.fix().range().startLine() + ": " + a.ruleId() + " fix left out: it would "
                    + "change the build or add a finding");
        }
        if (!r.converged()) {
            notes.add(in.display() + ": fixes still pending after " + Fixer.MAX_PASSES + " passes; run --fix again");
        }
        FileResult result = new FileResult(in.display(), in.path(), r.text(), r.last().findings());
        String diff = "";
        byte[] newBytes = null;
        String problem = null;
        if (r.changed()) {
            try {
                newBytes = encoded.encode(r.text());
            } catch (EncodedText.NotRepresentable e) {
                notes.add(in.display() + ": not fixed: " + e.getMessage());
                // report the file as it is on disk
                return new Outcome(new FileResult(in.display(), in.path(), start.text(), start.findings()), "",
                        in.path() == null && !diffOnly ? bytes : null, in.path() == null, 0, Map.of(), notes, null);
            }
            String name = in.path() == null ? "-" : in.display();
            diff = UnifiedDiff.of("a/" + strip(name), "b/" + strip(name), r.original(), r.text());
            if (!diffOnly && in.path() != null) {
                try {
                    AtomicFile.replace(in.path(), newBytes);
                } catch (IOException | RuntimeException e) {
                    problem = in.display() + ": cannot write the fixed file: " + InputFiles.reason(e instanceof IOException io ? io : new IOException(e.getMessage()));
                }
            }
        }
        if (diffOnly && r.changed()) {
            // a diff shows what would change; the report is of the file as it stands
            result = new FileResult(in.display(), in.path(), start.text(), start.findings());
        }
        if (problem != null) result = new FileResult(in.display(), in.path(), start.text(), start.findings());
        return new Outcome(result, diff, in.path() == null && !diffOnly ? (newBytes != null ? newBytes : bytes) : null,
                in.path() == null, problem == null ? r.applied().size() : 0, problem == null ? r.countsByRule() : Map.of(),
                notes, problem);
    }

    private boolean hasSelectedFix(Fixer.Analysis a) {
        for (dflint.engine.Finding f : a.findings()) if (selection.accepts(f)) return true;
        return false;
    }

    private static String strip(String name) {
        return name.startsWith("./") ? name.substring(2) : name.startsWith("/") ? name.substring(1) : name;
    }

    /** Takes one file's outcome in input order; returns its report, adding a write failure to problems. */
    FileResult collect(Object outcome, List<String> problems) {
        Outcome o = (Outcome) outcome;
        diffs.append(o.diff());
        if (o.problem() != null) problems.add(o.problem());
        if (o.fixes() > 0) {
            fixes += o.fixes();
            filesChanged++;
            for (Map.Entry<String, Integer> e : o.byRule().entrySet()) applied.merge(e.getKey(), e.getValue(), Integer::sum);
        }
        if (o.stdin() && o.newBytes() != null) fixedStdin = o.newBytes();
        notes.addAll(o.notes());
        return o.result();
    }

    boolean diffOnly() {
        return diffOnly;
    }

    /** The unified diffs of every file that would change, in input order. */
    String diffs() {
        return diffs.toString();
    }

    /** Standard input's fixed bytes (its bytes as read when nothing changed), or null when it was not an input. */
    byte[] fixedStdin() {
        return fixedStdin;
    }

    boolean anythingToFix() {
        return fixes > 0;
    }

    /** What to say on standard error once every file is done. */
    List<String> summary() {
        List<String> out = new ArrayList<>(notes);
        if (fixes > 0) {
            StringBuilder b = new StringBuilder();
            b.append(diffOnly ? "would apply " : "applied ").append(fixes).append(fixes == 1 ? " fix" : " fixes")
                    .append(" in ").append(filesChanged).append(filesChanged == 1 ? " file" : " files").append(" (");
            boolean first = true;
            for (Map.Entry<String, Integer> e : applied.entrySet()) {
                if (!first) b.append(", ");
                first = false;
                b.append(e.getKey()).append(' ').append(e.getValue());
            }
            out.add(b.append(')').toString());
        } else {
            out.add(diffOnly ? "nothing to fix" : "no fixes applied");
        }
        return out;
    }
}
