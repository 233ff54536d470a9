package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Comment;
import dflint.syntax.Instruction;
import java.util.List;

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
        List<Instruction> instructions = cx.file().instructions();
        int next = 0;
        for (Comment c : cx.file().comments()) {
            String tool = inlineIgnoreTool(c.text());
            if (tool == null) continue;
            int line = c.range().startLine();
            while (next < instructions.size() && instructions.get(next).range().endLine() < line) next++;
            if (next >= instructions.size()) continue;
            Instruction target = instructions.get(next);
            // Findings must sit on an instruction; the one the pragma silences is where it takes effect.
            cx.report(target.node().keywordRange(), "the \"# " + c.text() + "\" pragma on line " + line
                    + " suppresses findings on this " + target.node().keyword().toUpperCase(java.util.Locale.ROOT)
                    + "; inline ignores are not allowed here: fix the finding or ignore the rule in the configuration");
        }
    }

    /** "dflint" or "hadolint" when the comment text is an inline (not global or stage) ignore pragma; else null. */
    static String inlineIgnoreTool(String text) {
        String t = text.strip();
        String tool = t.startsWith("dflint") ? "dflint" : t.startsWith("hadolint") ? "hadolint" : null;
        if (tool == null) return null;
        String rest = t.substring(tool.length());
        if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) return null;
        rest = rest.strip();
        if (!rest.startsWith("ignore")) return null;
        rest = rest.substring("ignore".length()).strip();
        return rest.startsWith("=") ? tool : null;
    }
}
