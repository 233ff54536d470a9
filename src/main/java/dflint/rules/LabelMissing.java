package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Instruction;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A target image lacks labels the label schema requires. Labels are inherited
 * through {@code FROM <stage>}; build stages that are not images are not judged.
 */
@RuleInfo(id = "DF3049", slug = "label-missing", severity = Severity.INFO,
        summary = "The image built for the target lacks a label the label schema requires",
        aliases = {"DL3049"}, tags = {"labels"})
public final class LabelMissing implements Rule {
    @Override
    public void check(RuleContext cx) {
        if (cx.options().labelSchema().isEmpty()) return;
        StageGraph g = cx.graph();
        for (Stage target : g.targets()) {
            Set<String> present = new LinkedHashSet<>();
            for (Stage s : g.parentChain(target)) {
                for (Instruction i : s.instructions()) {
                    if (!(i instanceof Instruction.Label label)) continue;
                    for (Instruction.KeyValue kv : label.pairs()) {
                        String key = WordValues.literal(kv.key(), cx.file().escape());
                        present.add(key == null ? kv.key().value() : key);
                    }
                }
            }
            Set<String> missing = new TreeSet<>(cx.options().labelSchema().keySet());
            missing.removeAll(present);
            if (missing.isEmpty()) continue;
            cx.report(target.from().node().keywordRange(), "the image built from " + target.label() + " has no "
                    + (missing.size() == 1 ? "label " : "labels ") + String.join(", ", missing)
                    + " required by the label schema; add LABEL " + missing.iterator().next() + "=...");
        }
    }
}
