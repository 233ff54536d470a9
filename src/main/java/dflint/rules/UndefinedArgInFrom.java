package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.ArgScope;
import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import dflint.syntax.Levenshtein;
import dflint.syntax.VariableExpander;
import dflint.syntax.Word;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A FROM image or --platform that uses a variable which is neither an ARG
 * declared before the first FROM nor one of BuildKit's predefined platform
 * args. ARGs inside a stage never reach a FROM.
 */
@RuleInfo(id = "DF2006", slug = "undefined-arg-in-from", severity = Severity.WARNING,
        summary = "FROM uses a variable that no ARG before the first FROM declares",
        aliases = {"UndefinedArgInFrom"},
        tags = {"correctness", "buildkit"})
public final class UndefinedArgInFrom implements Rule {
    /** BuildKit's predefined args, which a FROM may use without declaring them. */
    static final List<String> PREDEFINED = List.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            "BUILDOSVERSION", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETOSVERSION",
            "TARGETSTAGE");

    @Override
    public void check(RuleContext cx) {
        ArgScope global = cx.graph().args();
        Set<String> known = new LinkedHashSet<>(global.globalNames());
        known.addAll(PREDEFINED);
        Levenshtein.Budget budget = new Levenshtein.Budget();
        for (Instruction i : cx.file().instructions()) {
            if (!(i instanceof Instruction.From from)) continue;
            if (from.image() != null) checkWord(cx, from.image(), "image", known, budget);
            Flag p = from.platform();
            if (p != null && p.value() != null) checkWord(cx, new Word(p.value(), p.range()), "--platform", known, budget);
        }
    }

    private static void checkWord(RuleContext cx, Word w, String where, Set<String> known, Levenshtein.Budget budget) {
        Set<String> reported = new LinkedHashSet<>();
        for (VariableExpander.Reference r : VariableExpander.references(w.value(), cx.file().escape())) {
            if (known.contains(r.name()) || !reported.add(r.name())) continue;
            String suggestion = Levenshtein.closest(r.name(), known, 3, budget);
            cx.report(where.equals("image") ? WordRanges.part(w, r.offset(), WordRanges.referenceLength(w.value(), r.offset())) : w.range(),
                    "FROM " + where + " uses $" + r.name() + ", but no ARG " + r.name() + " is declared before the first FROM"
                            + (suggestion != null ? " (did you mean " + suggestion + "?)" : "")
                            + "; declare it there, e.g. ARG " + r.name() + "=<default>");
        }
    }
}
