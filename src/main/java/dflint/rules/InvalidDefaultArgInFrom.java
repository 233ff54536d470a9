package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.ArgScope;
import dflint.graph.Conversion;
import dflint.syntax.Instruction;
import dflint.syntax.VariableExpander;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A FROM whose image uses global ARGs and, with their defaults alone (no
 * --build-arg), names no valid image: empty, {@code busybox:}, upper case, ...
 * A build without the right --build-arg fails, and tools that read the file
 * without build args cannot resolve the base.
 */
@RuleInfo(id = "DF2013", slug = "invalid-default-arg-in-from", severity = Severity.WARNING,
        summary = "With its ARG defaults, a FROM image is empty or not a valid reference",
        aliases = {"InvalidDefaultArgInFrom"},
        tags = {"correctness", "buildkit"})
public final class InvalidDefaultArgInFrom implements Rule {
    @Override
    public void check(RuleContext cx) {
        var last = cx.graph().lastStage();
        ArgScope defaults = ArgScope.global(cx.file(), Map.of(), last == null ? null : last.name(), true);
        for (Instruction i : cx.file().instructions()) {
            if (!(i instanceof Instruction.From from) || from.image() == null) continue;
            String raw = from.image().value();
            VariableExpander.Expansion e = defaults.expand(raw, cx.file().escape());
            if (e.references().isEmpty()) continue;
            String why = ImageReferenceSyntax.problem(e.value());
            if (why == null || ConversionErrors.answeredByRepository(cx, variables(e))) continue;
            cx.report(from.image().range(), "with the ARG defaults, FROM " + raw + " becomes "
                    + (e.value().isEmpty() ? "an empty image name" : "\"" + e.value() + "\", " + why)
                    + "; give the ARG a default that makes a valid image reference");
        }
    }

    private static Conversion.Variables variables(VariableExpander.Expansion e) {
        Set<String> used = new LinkedHashSet<>();
        Set<String> unset = new LinkedHashSet<>();
        for (VariableExpander.Reference r : e.references()) {
            used.add(r.name());
            if (!r.defined()) unset.add(r.name());
        }
        return new Conversion.Variables(Set.copyOf(used), Set.copyOf(unset));
    }
}
