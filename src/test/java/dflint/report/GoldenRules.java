package dflint.report;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleDescriptor;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.rules.SyntaxErrorRule;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import java.util.List;
import java.util.Locale;

/**
 * Rules that exist only for the reporter tests, so golden files exercise every
 * severity, a fix, multi-line ranges, characters each format must escape, and
 * hadolint and BuildKit aliases, without changing whenever a real rule lands.
 */
final class GoldenRules {
    private GoldenRules() {}

    static List<RuleDescriptor> all() {
        return List.of(RuleDescriptor.of(new SyntaxErrorRule()), RuleDescriptor.of(new LowercaseKeyword()),
                RuleDescriptor.of(new MaintainerPresent()), RuleDescriptor.of(new LongRun()),
                RuleDescriptor.of(new ExposeAnything()));
    }

    @RuleInfo(id = "DF9001", slug = "test-lowercase-keyword", severity = Severity.STYLE,
            summary = "Test rule: a keyword is not upper case", aliases = {"ConsistentInstructionCasing"},
            tags = {"style"}, fix = FixSafety.SAFE)
    static final class LowercaseKeyword implements Rule {
        @Override
        public void check(RuleContext cx) {
            for (Instruction in : cx.file().instructions()) {
                var node = in.node();
                String upper = node.keyword().toUpperCase(Locale.ROOT);
                if (!node.keyword().equals(upper)) {
                    SourceRange r = node.keywordRange();
                    cx.report(r, "keyword '" + node.keyword() + "' should be written " + upper,
                            new Fix("write the keyword in upper case", r, upper));
                }
            }
        }
    }

    @RuleInfo(id = "DF9002", slug = "test-maintainer", severity = Severity.WARNING,
            summary = "Test rule: MAINTAINER is used", aliases = {"DL4000", "MaintainerDeprecated"},
            fix = FixSafety.UNSAFE)
    static final class MaintainerPresent implements Rule {
        @Override
        public void check(RuleContext cx) {
            for (Instruction in : cx.file().instructions()) {
                if (in instanceof Instruction.Maintainer m && m.name() != null) {
                    // two edits that belong together, in an unsafe fix
                    Fix fix = Fix.of("write the authors label", List.of(new Fix.Edit(m.node().keywordRange(), "LABEL"),
                            new Fix.Edit(SourceRange.point(m.name().range().startLine(), m.name().range().startColumn()),
                                    "org.opencontainers.image.authors=")));
                    cx.report(in.node().range(), "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors=\"<a & b>\", "
                            + "100% of the time", fix);
                } else if (in instanceof Instruction.Maintainer) {
                    cx.report(in, "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors=\"<a & b>\", "
                            + "100% of the time");
                }
            }
        }
    }

    @RuleInfo(id = "DF9003", slug = "test-long-run", severity = Severity.INFO,
            summary = "Test rule: a RUN spans several lines", aliases = {"DL9999"})
    static final class LongRun implements Rule {
        @Override
        public void check(RuleContext cx) {
            for (Instruction in : cx.file().instructions()) {
                if (in instanceof Instruction.Run && in.node().range().endLine() > in.node().range().startLine()) {
                    cx.report(in, "RUN spans " + (in.node().range().endLine() - in.node().range().startLine() + 1)
                            + " lines");
                }
            }
        }
    }

    @RuleInfo(id = "DF9004", slug = "test-expose", severity = Severity.ERROR,
            summary = "Test rule: EXPOSE is used", enabledByDefault = false)
    static final class ExposeAnything implements Rule {
        @Override
        public void check(RuleContext cx) {
            for (Instruction in : cx.file().instructions()) {
                if (in instanceof Instruction.Expose) cx.report(in, "EXPOSE found");
            }
        }
    }
}
