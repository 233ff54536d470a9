package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import dflint.syntax.Kind;
import java.util.Locale;

/**
 * A second CMD, ENTRYPOINT or HEALTHCHECK in the same stage: only the last one
 * takes effect, so the earlier one is dead. Reported at the earlier one. A child
 * stage that overrides its parent stage's CMD is fine; HEALTHCHECK CMD is not a CMD.
 * An empty {@code ENTRYPOINT []} or {@code CMD []} is the reset idiom (clear what the base image
 * set, then set the real one later): harmless, so it is not reported, although BuildKit does.
 */
@RuleInfo(id = "DF2009", slug = "repeated-cmd-entrypoint-healthcheck", severity = Severity.WARNING,
        summary = "A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; only the last one counts",
        aliases = {"MultipleInstructionsDisallowed", "DL4003", "DL4004", "DL3012"},
        tags = {"correctness", "buildkit", "hadolint"})
public final class RepeatedStageSetting implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (DispatchScope.Unit u : DispatchScope.units(cx)) {
            // by ordinal: an EnumMap finds its enum's constants through reflection, which a cold
            // run pays for in method-handle classes
            Instruction[] last = new Instruction[Kind.values().length];
            for (Instruction i : u.instructions()) {
                Kind k = i.kind();
                if (k != Kind.CMD && k != Kind.ENTRYPOINT && k != Kind.HEALTHCHECK) continue;
                Instruction earlier = last[k.ordinal()];
                last[k.ordinal()] = i;
                if (earlier == null || isReset(earlier)) continue;
                String kw = i.node().keyword().toUpperCase(Locale.ROOT);
                cx.report(earlier.node().keywordRange(), kw + " at line " + earlier.line() + " has no effect: the " + kw
                        + " at line " + i.line() + " in the same " + (u.stage() == null ? "file part" : "stage")
                        + " replaces it; remove one of them");
            }
        }
    }

    /** {@code ENTRYPOINT []} or {@code CMD []}: clears the inherited value on purpose. */
    private static boolean isReset(Instruction i) {
        Instruction.CommandLine c = i instanceof Instruction.Cmd cmd ? cmd.command()
                : i instanceof Instruction.Entrypoint e ? e.command() : null;
        return c != null && c.exec() && c.words().isEmpty();
    }
}
