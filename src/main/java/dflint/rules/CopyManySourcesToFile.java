package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.List;

/**
 * COPY or ADD of several sources to a destination that is not written as a directory. The fix
 * adds the slash; it is unsafe because BuildKit, unlike the legacy builder, accepts the file
 * form and copies each source over the one before into a file of that name, so the result
 * changes (to what was almost certainly meant).
 */
@RuleInfo(id = "DF3021", slug = "copy-many-sources-to-file", severity = Severity.ERROR,
        summary = "COPY/ADD with several sources needs a destination ending in /",
        aliases = {"DL3021"}, tags = {"correctness"}, fix = FixSafety.UNSAFE)
public final class CopyManySourcesToFile implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            List<Word> sources;
            Word dest;
            String keyword;
            if (i instanceof Instruction.Copy c) {
                sources = c.sources();
                dest = c.destination();
                keyword = "COPY";
            } else if (i instanceof Instruction.Add a) {
                sources = a.sources();
                dest = a.destination();
                keyword = "ADD";
            } else {
                continue;
            }
            if (sources.size() < 2 || dest == null) continue;
            // "--from builder" without '=' leaves the flag empty and turns the stage name into a source
            if (hasEmptyValueFlag(i)) continue;
            String d = WordValues.literal(dest, cx.file().escape());
            if (d == null || isDirectory(d)) continue;
            String msg = keyword + " has " + sources.size() + " sources but its destination " + d
                    + " does not end with /; several sources need a directory, and the classic builder refuses the build"
                    + " unless it is written with a trailing slash: " + d + "/";
            if (!i.node().json() && ins == i && dest.value().equals(d) && dest.range().startLine() == dest.range().endLine()) {
                cx.report(dest.range(), msg, new Fix("Add a trailing / to the destination",
                        dflint.syntax.SourceRange.point(dest.range().endLine(), dest.range().endColumn()), "/"));
            } else {
                cx.report(dest.range(), msg);
            }
        }
    }

    /** Written as a directory: a trailing separator, or . and .. which always name one. */
    static boolean isDirectory(String d) {
        return d.endsWith("/") || d.endsWith("\\") || d.equals(".") || d.equals("..") || d.endsWith("/.") || d.endsWith("/..");
    }

    static boolean hasEmptyValueFlag(Instruction i) {
        for (dflint.syntax.Flag f : i.node().flags()) {
            if (f.value() == null && (f.name().equals("from") || f.name().equals("chown") || f.name().equals("chmod"))) return true;
        }
        return false;
    }
}
