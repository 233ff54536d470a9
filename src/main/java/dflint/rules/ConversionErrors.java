package dflint.rules;

import dflint.engine.RuleContext;
import dflint.graph.Conversion;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports the conversion errors of one family as findings: BuildKit's words, where they are,
 * and what to do. The scope is {@code docker build --check}'s: every stage without a target,
 * the stages the targets reach with one.
 */
final class ConversionErrors {
    private ConversionErrors() {}

    /** Reports every error of the family. */
    static void report(RuleContext cx, Conversion.Family family) {
        for (Conversion.Error e : of(cx, family)) report(cx, e);
    }

    /** The errors of the family in the check's scope, for a rule that reports only some of them. */
    static List<Conversion.Error> of(RuleContext cx, Conversion.Family family) {
        List<Conversion.Error> out = new ArrayList<>();
        for (Conversion.Error e : cx.graph().conversion().forCheck(!cx.options().targets().isEmpty())) {
            if (e.family() == family && !answeredByRepository(cx, e.variables())) out.add(e);
        }
        return out;
    }

    /**
     * A FROM that fails only for want of build arguments the repository's own builds pass (bake
     * or compose args, --build-arg in its scripts and CI) is not reported: those builds work, and
     * a linter that calls them broken gets switched off. Discovery is asked only here, for a
     * failing FROM that uses variables.
     */
    static boolean answeredByRepository(RuleContext cx, Conversion.Variables v) {
        return !v.used().isEmpty() && v.answeredBy(cx.graph().passedBuildArgs(v.used()));
    }

    static void report(RuleContext cx, Conversion.Error e) {
        cx.report(e.range(), message(cx.graph(), e));
    }

    static String message(StageGraph g, Conversion.Error e) {
        String where = "";
        if (e.scope() == Conversion.Scope.TRIGGER) {
            Stage child = g.stage(e.stage());
            where = "when " + child.describe() + " runs this ONBUILD trigger, ";
        }
        return where + "BuildKit fails: " + e.message() + "; " + e.advice();
    }
}
