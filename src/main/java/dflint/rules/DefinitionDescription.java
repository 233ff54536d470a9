package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Comment;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A comment directly above {@code FROM ... AS name} or an ARG is read as that
 * definition's description (BuildKit shows it in {@code docker buildx build
 * --call outline}); it must then start with the stage or ARG name. Off by
 * default, as the check is experimental in BuildKit.
 */
@RuleInfo(id = "DF2016", slug = "definition-description", severity = Severity.WARNING,
        summary = "The comment above a named stage or ARG does not start with its name",
        aliases = {"InvalidDefinitionDescription"},
        enabledByDefault = false,
        tags = {"documentation", "buildkit"})
public final class DefinitionDescription implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction i : cx.file().instructions()) {
            List<Comment> comments = i.node().comments();
            if (comments.isEmpty()) continue;
            List<String> names = new ArrayList<>();
            String what;
            dflint.syntax.SourceRange at;
            if (i instanceof Instruction.From f && f.stageName() != null) {
                names.add(f.stageName().value().toLowerCase(Locale.ROOT));
                what = "stage";
                at = f.stageName().range();
            } else if (i instanceof Instruction.Arg a && !a.args().isEmpty()) {
                for (Instruction.KeyValue kv : a.args()) names.add(kv.name());
                what = "ARG";
                at = a.args().get(0).key().range();
            } else {
                continue;
            }
            Comment last = comments.get(comments.size() - 1);
            String text = last.text().strip();
            int sp = text.indexOf(' ');
            String first = sp < 0 ? text : text.substring(0, sp);
            if (names.contains(first)) continue;
            String expected = names.size() == 1 ? names.get(0) : "<one of " + String.join(", ", names) + ">";
            cx.report(at, "the comment at line " + last.range().startLine() + " above this " + what + " reads as its description but does not start with "
                    + (names.size() == 1 ? "its name" : "one of its names") + "; write \"# " + expected
                    + " <description>\", or put an empty # line between comment and " + what);
        }
    }
}
