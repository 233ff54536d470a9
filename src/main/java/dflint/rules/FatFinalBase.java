package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.BaseImageTable;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A target image built on a compiler or SDK image, directly or through its
 * parent stages. Build stages on toolchains are the point of multi-stage builds;
 * the image that ships should not carry the toolchain.
 */
@RuleInfo(id = "DF1007", slug = "fat-final-base", severity = Severity.WARNING,
        summary = "The final image is based on a toolchain or full SDK image",
        tags = {"stages", "size"})
public final class FatFinalBase implements Rule {
    /** Programs that, run with no arguments, make the image an interpreter or a shell: the toolchain is the product. */
    private static final Set<String> BARE = Set.of("sh", "bash", "ash", "dash", "zsh", "python", "python2", "python3",
            "node", "nodejs", "irb", "ruby", "perl", "php", "java", "jshell", "go", "cargo", "rustc", "dotnet", "pwsh",
            "powershell", "cmd", "iex", "erl", "ghci", "julia", "r", "lua", "deno", "bun", "scala", "clojure", "lein");

    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        if (g.targets().isEmpty()) return;
        BaseImageTable table = null;
        for (Stage t : g.targets()) {
            // development, test and tool images carry their tools on purpose; so does an image that is an interpreter
            if (!ImageScope.isProduct(cx, t) || !runsAnApplication(g.parentChain(t))) continue;
            StageRef root = g.rootBase(t);
            if (root == null || root.target() != StageRef.Target.IMAGE) continue;
            String image = root.expanded();
            if (image.indexOf('$') >= 0) continue;
            if (table == null) table = BaseImageTable.withExtraRows(cx.options().baseImages());
            BaseImageTable.Entry e = table.lookup(image);
            if (e == null || e.kind() != BaseImageTable.Kind.TOOLCHAIN) continue;
            List<Stage> chain = g.parentChain(t);
            StringBuilder via = new StringBuilder();
            for (int i = 1; i < chain.size(); i++) {
                via.append(i == 1 ? " (through " : " and ").append(chain.get(i).describe());
            }
            if (via.length() > 0) via.append(')');
            boolean single = g.stages().size() == 1;
            String who = single ? "The image" : (g.requestedTargets().isEmpty() ? "Final " : "Target ") + t.describe();
            String how = single ? " in a single-stage build, so the toolchain ships with the app" : "";
            String alt = e.alternative().isEmpty() ? "" : "; " + e.alternative();
            cx.report(t.from().image() != null ? t.from().image().range() : t.from().range(),
                    who + " is based on " + image + via + ", a " + e.family() + " toolchain image of about "
                            + e.sizeMb() + " MB" + how + alt);
        }
    }

    /**
     * The image runs an application of the project: its stages add files (COPY or ADD) and set a
     * CMD or ENTRYPOINT that is not a bare shell or interpreter ({@code CMD ["python3"]} is what the
     * official python image runs; {@code ENTRYPOINT ["ng"]} with nothing copied is a tool image).
     */
    static boolean runsAnApplication(List<Stage> chain) {
        Instruction.CommandLine command = null;
        boolean addsFiles = false;
        for (Stage s : chain) {
            List<Instruction> ins = s.instructions();
            for (int k = ins.size() - 1; k >= 0; k--) {
                Instruction i = ins.get(k);
                if (command == null && i instanceof Instruction.Entrypoint e) command = e.command();
                if (command == null && i instanceof Instruction.Cmd c) command = c.command();
                if (i instanceof Instruction.Copy || i instanceof Instruction.Add) addsFiles = true;
            }
        }
        if (command == null || !addsFiles || command.isEmpty()) return false;
        // exec-form words, or the shell-form text split at blanks: enough to see a bare program name
        List<String> words = new ArrayList<>();
        if (command.exec()) {
            for (Word w : command.words()) words.add(w.value());
        } else {
            words.addAll(Scan.words(command.text().trim(), Scan.WHITESPACE));
        }
        if (words.isEmpty()) return false;
        if (!BARE.contains(ShellInEffect.baseName(words.get(0)))) return true;
        for (int k = 1; k < words.size(); k++) {
            if (!words.get(k).startsWith("-")) return true; // python3 app.py, node server.js
        }
        return false;
    }
}
