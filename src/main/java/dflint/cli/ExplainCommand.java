package dflint.cli;

import dflint.engine.RuleDescriptor;
import dflint.report.RuleDocs;
import dflint.rules.Rules;
import dflint.syntax.Levenshtein;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", description = "Print one rule's documentation.", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "RULE", description = "Rule id, name or alias (DF0001, syntax-error, DL1000).")
    String name;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<RuleDescriptor> catalogue = Rules.all();
        RuleDescriptor r = find(name, catalogue);
        if (r == null) {
            String near = suggest(name, catalogue);
            err.println(Main.oneLine("dflint: unknown rule '" + name + "'" + (near != null ? "; did you mean " + near + "?" : "")
                    + " ('dflint rules' lists them)"));
            err.flush();
            return ExitCode.ERROR;
        }
        String doc = RuleDocs.markdown(r.id());
        if (doc == null) {
            out.println("# " + r.id() + " " + r.slug());
            out.println();
            out.println(r.summary());
        } else {
            out.print(doc.endsWith("\n") ? doc : doc + "\n");
        }
        out.println();
        out.println("Severity: " + r.severity().label() + (r.enabledByDefault() ? "" : " (off by default; --enable " + r.id() + ")"));
        if (!r.aliases().isEmpty()) out.println("Also known as: " + String.join(", ", r.aliases()));
        out.println("Online: " + RuleDocs.helpUri(r.id()));
        out.flush();
        return ExitCode.OK;
    }

    static RuleDescriptor find(String name, List<RuleDescriptor> catalogue) {
        for (RuleDescriptor r : catalogue) {
            if (r.isNamed(name)) return r;
        }
        return null;
    }

    /** The closest id, slug or alias within a few edits, or null. */
    static String suggest(String name, List<RuleDescriptor> catalogue) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bound = Math.max(3, Math.min(5, name.length() / 3 + 1));
        for (RuleDescriptor r : catalogue) {
            String[] candidates = new String[r.aliases().size() + 2];
            candidates[0] = r.id();
            candidates[1] = r.slug();
            for (int i = 0; i < r.aliases().size(); i++) candidates[i + 2] = r.aliases().get(i);
            for (String c : candidates) {
                int d = Levenshtein.distance(lower, c.toLowerCase(Locale.ROOT), bound);
                if (d < bound) {
                    bound = d;
                    best = c;
                }
            }
        }
        return best;
    }
}
