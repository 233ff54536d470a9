package dflint.engine;

import dflint.syntax.Dockerfile;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the enabled rules over one parsed file and turns what they report into
 * findings: decorated, filtered by configuration, sorted by position.
 * Thread-safe: one Linter serves every file of a run.
 */
public final class Linter {
    private final List<RuleDescriptor> rules;

    public Linter(List<RuleDescriptor> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<RuleDescriptor> rules() {
        return rules;
    }

    /** The rules that run under these options. */
    public List<RuleDescriptor> enabledRules(LintOptions options) {
        List<RuleDescriptor> out = new ArrayList<>();
        for (RuleDescriptor r : rules) {
            if (isEnabled(r, options)) out.add(r);
        }
        return out;
    }

    static boolean isEnabled(RuleDescriptor r, LintOptions options) {
        for (String name : options.ignore()) {
            if (r.isNamed(name)) return false;
        }
        if (r.enabledByDefault()) return true;
        // the shellcheck setting (--shellcheck, config shellcheck: true) is the switch of the ShellCheck pass
        if (options.shellcheck() && r.isNamed("shellcheck")) return true;
        for (String name : options.enable()) {
            if (name.equalsIgnoreCase("all") || r.isNamed(name)) return true;
        }
        return false;
    }

    /**
     * Lints one file: runs the enabled rules (plus experimental BuildKit checks the file's
     * {@code check} directive turns on), decorates what they report, then applies the file's
     * pragmas and check options ({@link Suppressions}).
     */
    public List<Finding> lint(Dockerfile file, LintOptions options) {
        return lint(file, options, null);
    }

    /**
     * As {@link #lint(Dockerfile, LintOptions)}, adding the CPU time (nanoseconds, this thread,
     * so garbage collection is left out) of each rule to {@code nanos[i]} for
     * {@code rules().get(i)} when {@code nanos} is not null: how the scaling probe finds a rule
     * whose time grows faster than its input.
     */
    public List<Finding> lint(Dockerfile file, LintOptions options, long[] nanos) {
        java.lang.management.ThreadMXBean cpu = nanos == null ? null : java.lang.management.ManagementFactory.getThreadMXBean();
        List<RuleContext.RawFinding> raw = new ArrayList<>();
        RuleContext cx = new RuleContext(file, options, raw);
        Suppressions.CheckOptions checks = Suppressions.checkOptions(file, options);
        for (int k = 0; k < rules.size(); k++) {
            RuleDescriptor r = rules.get(k);
            if (!isEnabled(r, options) && !turnedOnByCheck(r, checks, options)) continue;
            cx.setCurrent(r);
            long start = cpu == null ? 0 : cpu.getCurrentThreadCpuTime();
            r.rule().check(cx);
            if (cpu != null) nanos[k] += cpu.getCurrentThreadCpuTime() - start;
        }
        List<Finding> findings = new ArrayList<>(raw.size());
        for (RuleContext.RawFinding f : raw) {
            findings.add(new Finding(file.path(), f.range(), f.rule().id(), f.rule().slug(), f.rule().aliases(),
                    severityOf(f.rule(), options), f.message(), classify(f.fix(), f.rule())));
        }
        findings.sort(ORDER);
        return withoutCheckUnderItsError(Suppressions.apply(file, withoutFollowOnErrors(file, onlyTemplateNote(findings)), options));
    }

    /** The template rule's id: a file that is a template for a Dockerfile. */
    static final String TEMPLATE = "DF0002";

    /**
     * A template gets its one note instead of every error its placeholders cause; with the
     * template rule turned off, the file is linted as the Dockerfile it claims to be.
     */
    static List<Finding> onlyTemplateNote(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.ruleId().equals(TEMPLATE)) return List.of(f);
        }
        return findings;
    }

    /** The syntax-error rule's id: what BuildKit refuses to parse. */
    static final String SYNTAX_ERROR = "DF0001";

    /**
     * One root cause, one finding: an instruction that does not parse gets its syntax error and
     * nothing else, since any other rule's reading of it (an unknown keyword "before the first FROM",
     * say) would be a guess about text BuildKit never accepts.
     */
    static List<Finding> withoutFollowOnErrors(Dockerfile file, List<Finding> findings) {
        BitSet broken = null;
        for (Finding f : findings) {
            if (!f.ruleId().equals(SYNTAX_ERROR)) continue;
            if (broken == null) broken = new BitSet();
            int from = f.range().startLine(), to = Math.max(from, f.range().endLine());
            Instruction i = file.instructionAt(from);
            if (i != null) {
                from = Math.min(from, i.range().startLine());
                to = Math.max(to, i.range().endLine());
            }
            broken.set(from, to + 1);
        }
        if (broken == null) return findings;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.ruleId().equals(SYNTAX_ERROR) || !broken.get(f.range().startLine())) out.add(f);
        }
        return out;
    }

    /** BuildKit's InvalidDefaultArgInFrom check and the conversion error it foretells. */
    static final String DEFAULT_ARG_CHECK = "DF2013", INVALID_REFERENCE = "DF1017";

    /**
     * One root cause, one finding: where the base image reference of a FROM is invalid with the
     * ARG defaults, BuildKit both warns (InvalidDefaultArgInFrom, DF2013) and refuses the build
     * (DF1017, which names the argument to pass); the error is kept, the warning at the same
     * place dropped. Run after suppression, so ignoring DF1017 brings DF2013 back.
     */
    static List<Finding> withoutCheckUnderItsError(List<Finding> findings) {
        java.util.Set<Long> errors = null; // where each error starts: line and column
        for (Finding f : findings) {
            if (!f.ruleId().equals(INVALID_REFERENCE)) continue;
            if (errors == null) errors = new java.util.HashSet<>();
            errors.add(start(f));
        }
        if (errors == null) return findings;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!(f.ruleId().equals(DEFAULT_ARG_CHECK) && errors.contains(start(f)))) out.add(f);
        }
        return out;
    }

    private static long start(Finding f) {
        return ((long) f.range().startLine() << 32) | f.range().startColumn();
    }

    /**
     * The fix with its class filled in from the rule's; dropped when the rule declares no fix
     * class, so no finding offers a fix its rule's documentation does not promise.
     */
    private static Fix classify(Fix fix, RuleDescriptor rule) {
        if (fix == null || rule.fix() == FixSafety.NONE) return null;
        if (fix.safety() == null) return fix.withSafety(rule.fix());
        return fix.safety() == FixSafety.NONE ? null : fix;
    }

    private static boolean turnedOnByCheck(RuleDescriptor r, Suppressions.CheckOptions checks, LintOptions options) {
        if (!checks.experimentalAll() && checks.experimental().isEmpty()) return false;
        for (String name : options.ignore()) {
            if (r.isNamed(name)) return false;
        }
        for (String check : Suppressions.buildkitNames(r.aliases())) {
            if (checks.enablesExperimental(check)) return true;
        }
        return false;
    }

    static Severity severityOf(RuleDescriptor r, LintOptions options) {
        for (var e : options.severities().entrySet()) {
            if (r.isNamed(e.getKey())) return e.getValue();
        }
        return r.severity();
    }

    /** Position, then rule id, then message: the order every reporter prints. */
    public static final Comparator<Finding> ORDER = new FindingOrder();

    /**
     * A plain class rather than a chain of Comparator lambdas: bootstrapping those lambdas
     * cost a cold run about 30 ms, a sixth of a one-file lint.
     */
    private static final class FindingOrder implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = Integer.compare(a.range().startLine(), b.range().startLine());
            if (c == 0) c = Integer.compare(a.range().startColumn(), b.range().startColumn());
            if (c == 0) c = a.ruleId().compareTo(b.ruleId());
            if (c == 0) c = a.message().compareTo(b.message());
            return c;
        }
    }
}
