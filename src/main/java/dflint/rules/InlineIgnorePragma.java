package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Comment;
import dflint.syntax.Instruction;

/**
 * Policy rule: inline ignore pragmas ({@code # dflint ignore=}, {@code # hadolint ignore=})
 * hide findings next to the code instead of in reviewed configuration.
 */
@RuleInfo(id = "DF4100", slug = "inline-ignore-pragma", severity = Severity.WARNING,
        summary = "An inline ignore pragma suppresses findings (for teams that forbid them)",
        aliases = {"DL1001"}, enabledByDefault = false, tags = {"policy"})
public final class InlineIgnorePragma implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction target : cx.file().instructions()) {
            // the comment block right above an instruction is where an inline pragma takes effect
            for (Comment c : target.node().comments()) {
                if (inlineIgnoreTool(c.text()) == null) continue;
                // findings sit on instructions; this is the one the pragma silences
                cx.report(target.node().keywordRange(), "the \"# " + c.text().strip() + "\" pragma on line "
                        + c.range().startLine() + " suppresses findings on this "
                        + target.node().keyword().toUpperCase(java.util.Locale.ROOT)
                        + "; inline ignores are not allowed here: fix the finding or ignore the rule in the configuration");
            }
        }
    }

    /** "dflint" or "hadolint" when the comment text is an inline (not global or stage) ignore pragma; else null. */
    static String inlineIgnoreTool(String text) {
        String t = text.strip();
        String tool = t.regionMatches(true, 0, "dflint", 0, 6) ? "dflint"
                : t.regionMatches(true, 0, "hadolint", 0, 8) ? "hadolint" : null;
        if (tool == null) return null;
        String rest = t.substring(tool.length());
        if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) return null;
        rest = rest.strip();
        if (!rest.startsWith("ignore")) return null;
        rest = rest.substring("ignore".length()).strip();
        if (!rest.startsWith("=")) return null;
        rest = rest.substring(1).strip();
        return !rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0)) ? tool : null;
    }
}
