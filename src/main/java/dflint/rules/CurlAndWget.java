package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.shell.Command;
import dflint.syntax.Instruction;

/** A stage that downloads with both curl and wget. */
@RuleInfo(id = "DF4001", slug = "curl-and-wget", severity = Severity.INFO,
        summary = "A stage uses both curl and wget; settle on one download tool",
        aliases = {"DL4001"}, tags = {"shell", "size", "hadolint"})
public final class CurlAndWget implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Stage stage : cx.graph().stages()) {
            if (!ImageScope.ships(cx, stage)) continue; // two tools cost size only in a shipped image
            int curlLine = -1, wgetLine = -1;
            for (Instruction ins : stage.instructions()) {
                RunSites.Site r = RunSites.at(cx, ins);
                if (r == null) continue;
                Command first = null;
                for (Command c : r.commands()) {
                    if (!c.is("curl", "wget")) continue;
                    if (first == null) first = c;
                    int line = c.nameRange().startLine();
                    if (c.is("curl") && curlLine < 0) curlLine = line;
                    if (c.is("wget") && wgetLine < 0) wgetLine = line;
                }
                if (first == null || curlLine < 0 || wgetLine < 0) continue;
                boolean isCurl = first.is("curl");
                String other = isCurl ? "wget" : "curl";
                int otherLine = isCurl ? wgetLine : curlLine;
                cx.report(first.nameRange(), "this " + stage.label() + " downloads with both " + first.baseName()
                        + " and " + other + " (line " + otherLine + "); use one of them throughout");
            }
        }
    }
}
