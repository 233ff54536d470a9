package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.ShellWord;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A local tar archive is COPYed and then unpacked by a later RUN of the same stage; ADD does both. */
@RuleInfo(id = "DF3010", slug = "copy-then-extract-archive", severity = Severity.INFO,
        summary = "A COPYed tar archive is extracted by a later RUN; ADD unpacks it in one layer",
        aliases = {"DL3010"}, tags = {"size", "hadolint"})
public final class CopyThenExtractArchive implements Rule {
    // what ADD unpacks: tar, optionally compressed with gzip, bzip2, xz or zstd
    private static final List<String> TAR_SUFFIXES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz",
            ".tb2", ".tar.xz", ".txz", ".tar.zst", ".tzst");

    private record Copied(Word source, String sourceName, String destinationName) {}

    @Override
    public void check(RuleContext cx) {
        // what a stage copied; a FROM starts a new stage with its own files
        List<Copied> copied = new ArrayList<>();
        for (Instruction ins : cx.file().instructions()) {
            if (ins instanceof Instruction.From) {
                copied.clear();
                continue;
            }
            if (ins instanceof Instruction.Copy copy && copy.node().flag("from") == null) {
                for (Word src : copy.sources()) {
                    String name = baseName(src.value());
                    if (!isTar(name)) continue;
                    String dest = copy.destination() == null ? "" : copy.destination().value();
                    String destName = dest.endsWith("/") || dest.endsWith("\\") ? name : baseName(dest);
                    copied.add(new Copied(src, name, destName));
                }
                continue;
            }
            RunSites.Site r = RunSites.at(cx, ins);
            if (r == null || copied.isEmpty()) continue;
            for (Command c : r.commands()) {
                // the archive is verified before it is unpacked: ADD would unpack it unchecked
                if (c.is("sha256sum", "sha512sum", "sha1sum", "md5sum", "shasum", "gpg", "gpgv", "cosign")) copied.clear();
                if (!c.is("tar") || !extracts(c)) continue;
                for (ShellWord w : c.arguments()) {
                    String arg = baseName(w.value());
                    for (var it = copied.iterator(); it.hasNext(); ) {
                        Copied cp = it.next();
                        if (!arg.equals(cp.sourceName()) && !arg.equals(cp.destinationName())) continue;
                        cx.report(cp.source().range(), "archive " + cp.sourceName() + " is COPYed and then unpacked"
                                + " by 'tar' at line " + c.nameRange().startLine() + "; 'ADD " + cp.source().value()
                                + " <dir>/' unpacks it without keeping the archive in a layer");
                        it.remove();
                    }
                }
            }
        }
    }

    static boolean isTar(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        for (String s : TAR_SUFFIXES) if (l.endsWith(s) && l.length() > s.length()) return true;
        return false;
    }

    /** {@code tar -x...}, {@code tar --extract}, {@code tar --get}, or old-style {@code tar xzf}. */
    static boolean extracts(Command c) {
        List<ShellWord> args = c.arguments();
        if (args.isEmpty()) return false;
        String first = args.get(0).value();
        if (!first.startsWith("-") && first.indexOf('x') >= 0 && Scan.letters(first)) return true;
        for (ShellWord w : args) {
            String v = w.value();
            if (v.equals("--extract") || v.equals("--get")) return true;
            if (v.startsWith("-") && !v.startsWith("--") && v.indexOf('x') > 0) {
                // a short-option cluster such as -xzf or -zxvf
                int x = v.indexOf('x');
                if (Scan.letters(v.substring(1, x))) return true;
            }
        }
        return false;
    }

    /** The file name of a Linux or Windows path, quotes dropped. */
    static String baseName(String path) {
        String p = path.replace("\"", "").replace("'", "");
        while (p.length() > 1 && (p.endsWith("/") || p.endsWith("\\"))) p = p.substring(0, p.length() - 1);
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return p.substring(slash + 1);
    }
}
