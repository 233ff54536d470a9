package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import dflint.syntax.VariableExpander;
import dflint.syntax.Word;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A COPY (without --from) or ADD source that the .dockerignore beside the
 * Dockerfile excludes from the build context, so the build cannot find it.
 * As in BuildKit, the check is off when the .dockerignore has any '!'
 * exception, and copying the whole context ({@code .} or {@code /}) is reported
 * only when a pattern is exactly {@code *}, {@code **} or {@code **}{@code /*}.
 */
@RuleInfo(id = "DF2015", slug = "copy-ignored-file", severity = Severity.WARNING,
        summary = "COPY or ADD names a file that .dockerignore excludes",
        aliases = {"CopyIgnoredFile"},
        tags = {"correctness", "buildkit"})
public final class CopyIgnoredFile implements Rule {
    static final long MAX_IGNORE_BYTES = 1 << 20;

    @Override
    public void check(RuleContext cx) {
        DockerIgnore ignore = load(cx.file().path());
        if (ignore == null || ignore.patterns().isEmpty() || ignore.hasExceptions()) return;
        StageVariables.forEachUnit(cx, new StageVariables.UnitVisitor() {
            @Override
            public void visit(DispatchScope.Unit u, StageVariables vars) {
                if (u.stage() == null) return;
                for (Instruction i : u.instructions()) {
                    if (i instanceof Instruction.Copy c && i.node().flag("from") == null) {
                        sources(cx, i, c.sources(), "COPY", ignore, vars);
                    } else if (i instanceof Instruction.Add a) {
                        sources(cx, i, a.sources(), "ADD", ignore, vars);
                    }
                    vars.apply(i);
                }
            }
        });
    }

    private static void sources(RuleContext cx, Instruction i, List<Word> sources, String kw, DockerIgnore ignore,
                                StageVariables vars) {
        boolean heredoc = !i.node().heredocs().isEmpty();
        for (Word w : sources) {
            if (heredoc && w.value().startsWith("<<")) continue;
            VariableExpander.Expansion e = vars.expand(w.value());
            String src = e.value();
            if (isRemote(src) || src.isEmpty()) continue;
            String cleaned = DockerIgnore.cleanPath(src);
            DockerIgnore.Pattern by;
            if (cleaned.equals(".") || cleaned.equals("/")) {
                by = wholeContextPattern(ignore);
            } else {
                by = ignore.excludedBy(cleaned);
            }
            if (by == null) continue;
            cx.report(w.range(), kw + " source \"" + cleaned + "\" is excluded by the .dockerignore pattern \""
                    + by.text() + "\", so it is not in the build context; drop it from " + kw
                    + " or stop ignoring it in .dockerignore");
        }
    }

    private static DockerIgnore.Pattern wholeContextPattern(DockerIgnore ignore) {
        for (DockerIgnore.Pattern p : ignore.patterns()) {
            if (!p.exception() && (p.text().equals("*") || p.text().equals("**") || p.text().equals("**/*"))) return p;
        }
        return null;
    }

    private static boolean isRemote(String src) {
        String s = src.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("git@") || s.startsWith("git://");
    }

    /** The .dockerignore next to the Dockerfile, or null when there is none or it cannot be read. */
    static DockerIgnore load(String dockerfilePath) {
        if (dockerfilePath == null || dockerfilePath.isEmpty() || dockerfilePath.equals("-")) return null;
        try {
            Path dir = Path.of(dockerfilePath).toAbsolutePath().getParent();
            if (dir == null) return null;
            Path ignore = dir.resolve(".dockerignore");
            if (!Files.isRegularFile(ignore) || Files.size(ignore) > MAX_IGNORE_BYTES) return null;
            return DockerIgnore.parse(new String(Files.readAllBytes(ignore), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
