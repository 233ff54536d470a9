package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.TargetSource;
import java.util.List;

/**
 * A stage no build can need: dead weight for BuildKit, wasted build time for the legacy builder.
 * With targets the user gave (command line, configuration, pragma) a stage is dead when none of
 * them reaches it. Without, every target the build may have counts: the last stage, targets the
 * repository builds, and every named stage nothing uses (built with --target, most likely); so
 * what remains are stages no --target can choose that nothing uses, and what only they use.
 */
@RuleInfo(id = "DF1006", slug = "unreachable-stage", severity = Severity.WARNING,
        summary = "No build target needs this stage",
        tags = {"stages", "performance"})
public final class UnreachableStage implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        // with a requested target that names no stage we cannot tell what is needed
        if (!g.unknownTargets().isEmpty() || g.targets().isEmpty()) return;
        java.util.BitSet broken = brokenLines(cx);
        if (g.hasAuthoritativeTargets()) {
            checkGivenTargets(cx, g, broken);
        } else {
            for (Stage s : g.stages()) {
                if (!broken.get(s.line()) && !g.isReachableFromPossibleTarget(s)) cx.report(s.nameRange(), deadMessage(g, s));
            }
        }
    }

    /**
     * Lines with a syntax error: a FROM there may have lost its stage name (a template's
     * {@code FROM alpine:{{ .version }} AS build}), and DF0001 already reports the line.
     */
    private static java.util.BitSet brokenLines(RuleContext cx) {
        java.util.BitSet b = new java.util.BitSet();
        for (dflint.syntax.SyntaxError e : cx.file().errors()) b.set(e.range().startLine(), e.range().endLine() + 1);
        return b;
    }

    private static void checkGivenTargets(RuleContext cx, StageGraph g, java.util.BitSet broken) {
        boolean fromPragma = g.requestedTargetSources().isEmpty();
        if (fromPragma) {
            for (StageGraph.UnknownTarget u : g.unknownPragmaTargets()) {
                String near = g.suggestName(u.name());
                cx.report(u.range(), "The targets pragma names \"" + u.name() + "\", but no stage has that name"
                        + (near != null ? " (did you mean " + near + "?)" : "") + "; fix or remove the name");
            }
        }
        List<Stage> targets = g.possibleTargets();
        if (targets.isEmpty()) return; // every pragma name is unknown: nothing to judge by
        String needer = describe(targets, fromPragma);
        String source = g.authoritativeTargets().get(0).source();
        for (Stage s : g.stages()) {
            if (broken.get(s.line()) || g.isReachableFromPossibleTarget(s)) continue;
            boolean legacyBuilds = g.simulation().legacy().executes(s);
            String builders = legacyBuilds
                    ? "BuildKit skips it, but the legacy builder still builds it"
                    : "neither BuildKit nor the legacy builder builds it";
            String fix;
            if (!s.isNamed()) fix = "remove it";
            else if (fromPragma) fix = "remove it, or add " + s.name() + " to the targets pragma";
            else if (source.equals(TargetSource.COMMAND_LINE)) fix = "remove it, or build it on purpose with --target " + s.name();
            else fix = "remove it, or add " + s.name() + " to targets: in " + configName(source);
            cx.report(s.nameRange(), capitalized(s.describe()) + " is not needed by " + needer + ": " + builders + "; " + fix);
        }
    }

    /** Why a stage no possible target reaches is dead, and what to do about it. */
    private static String deadMessage(StageGraph g, Stage s) {
        String head = capitalized(s.describe()) + " is dead: ";
        Stage user = g.firstUser(s);
        if (user != null) {
            // whatever uses it is dead too, or a target would reach it through that stage
            return head + "the only stages that use it are dead too, such as " + user.describe()
                    + "; remove it with them, or make one of them a target";
        }
        if (!s.isNamed()) {
            return head + "it has no name, so no --target can build it, and no stage uses it"
                    + "; remove it, or name it if it is meant to be a target";
        }
        Stage later = g.findByName(s.name());
        if (later == s) {
            // a building block nothing uses and no build of the repository targets
            return head + "no stage builds on it or copies from it, and its name says it is a building block for"
                    + " other stages rather than an image to build with --target; copy what it makes"
                    + " (COPY --from=" + s.name() + " ...), or remove it";
        }
        return head + later.describe() + " reuses the name \"" + s.name() + "\", so --target " + s.name()
                + " builds that one, and no stage uses this one; remove it, or rename it if it is meant to be a target";
    }

    private static String describe(List<Stage> t, boolean fromPragma) {
        StringBuilder b = new StringBuilder(t.size() == 1 ? "the target " : "the targets ");
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) b.append(i == t.size() - 1 ? " and " : ", ");
            b.append(t.get(i).label());
        }
        if (fromPragma) b.append(" of the targets pragma");
        return b.toString();
    }

    /** The configuration file's name from a source such as {@code path/.dflint.yaml:3}. */
    private static String configName(String source) {
        int colon = source.lastIndexOf(':');
        return colon > 0 ? source.substring(0, colon) : source;
    }

    private static String capitalized(String s) {
        return s.substring(0, 1).toUpperCase() + s.substring(1);
    }
}
