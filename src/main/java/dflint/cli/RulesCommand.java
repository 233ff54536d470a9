package dflint.cli;

import dflint.engine.RuleDescriptor;
import dflint.report.JsonText;
import dflint.report.RuleDocs;
import dflint.rules.Rules;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", description = "List every rule: id, name, severity, whether it is on by default, "
        + "its fix (safe, unsafe or none), summary.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleDescriptor> rules = Rules.all();
        switch (format) {
            case "text": text(rules, out); break;
            case "json": json(rules, out); break;
            case "markdown": markdown(rules, out); break;
            default: throw new Main.UsageError("unknown --format '" + format + "'; expected text, json or markdown");
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void text(List<RuleDescriptor> rules, PrintWriter out) {
        int slugWidth = 4;
        for (RuleDescriptor r : rules) slugWidth = Math.max(slugWidth, r.slug().length());
        for (RuleDescriptor r : rules) {
            StringBuilder b = new StringBuilder();
            b.append(r.id()).append("  ").append(pad(r.slug(), slugWidth)).append("  ")
                    .append(pad(r.severity().label(), 7)).append("  ").append(r.enabledByDefault() ? "on " : "off")
                    .append("  ").append(pad(r.fix().label(), 6)).append("  ").append(r.summary());
            if (!r.aliases().isEmpty()) b.append(" (").append(String.join(", ", r.aliases())).append(')');
            out.println(b);
        }
    }

    private static void json(List<RuleDescriptor> rules, PrintWriter out) {
        out.print('[');
        for (int i = 0; i < rules.size(); i++) {
            RuleDescriptor r = rules.get(i);
            out.print(i == 0 ? "\n  " : ",\n  ");
            out.print("{\"id\":" + JsonText.quote(r.id()) + ",\"name\":" + JsonText.quote(r.slug())
                    + ",\"severity\":" + JsonText.quote(r.severity().label())
                    + ",\"enabledByDefault\":" + r.enabledByDefault()
                    + ",\"fix\":" + JsonText.quote(r.fix().label())
                    + ",\"summary\":" + JsonText.quote(r.summary())
                    + ",\"aliases\":" + array(r.aliases()) + ",\"tags\":" + array(r.tags())
                    + ",\"helpUri\":" + JsonText.quote(RuleDocs.helpUri(r.id())) + "}");
        }
        out.print(rules.isEmpty() ? "]\n" : "\n]\n");
    }

    private static void markdown(List<RuleDescriptor> rules, PrintWriter out) {
        out.println("| Rule | Name | Severity | Default | Fix | Summary | Also known as |");
        out.println("|---|---|---|---|---|---|---|");
        for (RuleDescriptor r : rules) {
            out.println("| [" + r.id() + "](rules/" + r.id() + ".md) | `" + r.slug() + "` | " + r.severity().label()
                    + " | " + (r.enabledByDefault() ? "on" : "off") + " | " + r.fix().label() + " | " + r.summary().replace("|", "\\|")
                    + " | " + String.join(", ", r.aliases()) + " |");
        }
    }

    private static String array(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) b.append(',');
            b.append(JsonText.quote(items.get(i)));
        }
        return b.append(']').toString();
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) b.append(' ');
        return b.toString();
    }
}
