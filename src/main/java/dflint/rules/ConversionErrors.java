package dflint.rules;

import dflint.engine.RuleContext;
import dflint.graph.Conversion;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import java.util.function.Predicate;

/**
 * Reports the conversion errors of one family as findings: BuildKit's words, where they are,
 * and what to do. The scope is {@code docker build --check}'s: every stage without a target,
 * the stages the targets reach with one.
 */
final class ConversionErrors {
    private ConversionErrors() {}

    static void report(RuleContext cx, Conversion.Family family) {
        report(cx, family, e -> true);
    }

    static void report(RuleContext cx, Conversion.Family family, Predicate<Conversion.Error> keep) {
        StageGraph g = cx.graph();
        for (Conversion.Error e : g.conversion().forCheck(!cx.options().targets().isEmpty())) {
            if (e.family() != family || !keep.test(e)) continue;
            cx.report(e.range(), message(g, e));
        }
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
