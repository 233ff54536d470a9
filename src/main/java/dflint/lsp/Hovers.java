package dflint.lsp;

import dflint.engine.Finding;
import dflint.report.MarkdownText;
import dflint.report.RuleDocs;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Hover: the stage a name points at, and the document of each rule that reports there. */
final class Hovers {
    private Hovers() {}

    static Hover hover(Analysis a, Position p, boolean markdown) {
        List<String> parts = new ArrayList<>();
        Range range = null;
        StageNavigation.Target t = StageNavigation.at(a, p);
        if (t != null) {
            parts.add(StageNavigation.describe(a, t.stage(), markdown));
            range = a.lines().range(t.at());
        }
        List<String> seen = new ArrayList<>();
        for (Finding f : a.findings()) {
            if (!LineIndex.contains(f.range(), p) || seen.contains(f.ruleId() + '\n' + f.message())) continue;
            seen.add(f.ruleId() + '\n' + f.message());
            parts.add(rule(f, markdown));
            if (range == null) range = a.lines().range(f.range());
        }
        if (parts.isEmpty()) return null;
        String separator = markdown ? "\n\n---\n\n" : "\n\n";
        MarkupContent content = new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT,
                String.join(separator, parts));
        return new Hover(content, range);
    }

    /** The finding, then what its rule does and why it matters, and where its whole document is. */
    static String rule(Finding f, boolean markdown) {
        String doc = RuleDocs.markdown(f.ruleId());
        StringBuilder b = new StringBuilder();
        if (markdown) {
            b.append("**").append(f.ruleId()).append("** `").append(f.slug()).append("` (").append(f.severity().label())
                    .append(")\n\n").append(escape(f.message()));
        } else {
            b.append(f.ruleId()).append(' ').append(f.slug()).append(" (").append(f.severity().label()).append(")\n\n")
                    .append(f.message());
        }
        for (String heading : new String[] {"What it does", "Why it matters"}) {
            String section = MarkdownText.section(doc, heading);
            if (section == null || section.isEmpty()) continue;
            b.append("\n\n").append(markdown ? "**" + heading + "**\n\n" + section : heading + "\n" + MarkdownText.plainText(section).strip());
        }
        String url = RuleDocs.helpUri(f.ruleId());
        b.append("\n\n").append(markdown ? "[" + f.ruleId() + " documentation](" + url + ")" : url);
        return b.toString();
    }

    /** Markdown's own characters in a message, taken literally. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }
}
