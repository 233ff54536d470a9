package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import dflint.syntax.Word;

/** COPY --from=X / / : the whole filesystem of another stage or image over this one. */
@RuleInfo(id = "DF3067", slug = "copy-whole-filesystem", severity = Severity.WARNING,
        summary = "COPY --from copies the whole root filesystem of another stage or image onto /",
        aliases = {"DL3067"}, tags = {"best-practice"})
public final class CopyWholeFilesystem implements Rule {
    @Override
    public void check(RuleContext cx) {
        char esc = cx.file().escape();
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.Copy copy)) continue;
            Flag from = copy.node().flag("from");
            if (from == null || from.value() == null || copy.destination() == null) continue;
            if (!isRoot(WordValues.literal(copy.destination(), esc))) continue;
            for (Word src : copy.sources()) {
                if (isRoot(WordValues.literal(src, esc))) {
                    cx.report(src.range().to(copy.destination().range()), "COPY --from=" + from.value()
                            + " / / copies the entire filesystem of " + from.value()
                            + " over this stage, with its package database, caches and shell; copy only the paths the image needs");
                    break;
                }
            }
        }
    }

    static boolean isRoot(String p) {
        return p != null && (p.equals("/") || p.equals("/.") || p.equals("/./"));
    }
}
