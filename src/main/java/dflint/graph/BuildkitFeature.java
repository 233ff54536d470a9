package dflint.graph;

import dflint.syntax.Flag;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A use of something only BuildKit implements, and what the legacy builder does
 * with it: refuses it, ignores it, or builds something other than what is written.
 */
public record BuildkitFeature(Instruction instruction, SourceRange range, String feature, Legacy legacy,
                              String legacyMessage) {

    public enum Legacy { REJECTS, IGNORES, MISBUILDS }

    static final String REQUIRES = " option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled";

    private static final Set<String> COPY_IGNORED = Set.of("link", "parents", "exclude");
    private static final Set<String> ADD_REJECTED = Set.of("chmod", "checksum", "keep-git-dir", "unpack");

    /** The BuildKit-only features an instruction uses (an ONBUILD is judged by its trigger). */
    public static List<BuildkitFeature> of(Instruction ins) {
        List<BuildkitFeature> out = new ArrayList<>();
        Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
        if (i == null) return out;
        if (i instanceof Instruction.Run) {
            for (Flag f : i.node().flags()) {
                out.add(new BuildkitFeature(ins, f.range(), "RUN --" + f.name(), Legacy.REJECTS,
                        "the --" + f.name() + REQUIRES));
            }
            for (Heredoc h : i.node().heredocs()) {
                out.add(new BuildkitFeature(ins, h.wordRange(), "a RUN heredoc", Legacy.MISBUILDS,
                        "RUN <<" + h.name() + " runs an empty command: the legacy builder does not read heredocs"));
            }
        } else if (i instanceof Instruction.Copy || i instanceof Instruction.Add) {
            String kw = i instanceof Instruction.Copy ? "COPY" : "ADD";
            for (Flag f : i.node().flags()) {
                if (f.name().equals("chmod") || (kw.equals("ADD") && ADD_REJECTED.contains(f.name()))) {
                    out.add(new BuildkitFeature(ins, f.range(), kw + " --" + f.name(), Legacy.REJECTS,
                            "the --" + f.name() + REQUIRES));
                } else if (COPY_IGNORED.contains(f.name())) {
                    out.add(new BuildkitFeature(ins, f.range(), kw + " --" + f.name(), Legacy.IGNORES,
                            kw + " --" + f.name() + " is silently ignored by the legacy builder"));
                }
            }
            List<Heredoc> hs = i.node().heredocs();
            if (!hs.isEmpty()) {
                List<Word> sources = i instanceof Instruction.Copy c ? c.sources() : ((Instruction.Add) i).sources();
                boolean onlyHeredocs = true;
                for (Word w : sources) {
                    if (!w.value().startsWith("<<")) onlyHeredocs = false;
                }
                for (Heredoc h : hs) {
                    out.add(new BuildkitFeature(ins, h.wordRange(), "a " + kw + " heredoc", Legacy.MISBUILDS,
                            onlyHeredocs ? kw + " failed: no source files were specified"
                                    : kw + " <<" + h.name() + " is dropped: the legacy builder does not read heredocs"));
                }
            }
        }
        return out;
    }
}
