package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.Locale;

/**
 * ADD of plain files, where COPY does the same without ADD's download and unpacking magic.
 * The fix writes COPY. ADD unpacks a local tar archive whatever its name, so the fix is safe
 * only when every source is a directory or a file whose name says what it is (.sh, .json,
 * .jar, ...); for any other name it is unsafe.
 */
@RuleInfo(id = "DF3020", slug = "add-instead-of-copy", severity = Severity.WARNING,
        summary = "ADD copies a plain file or directory; use COPY",
        aliases = {"DL3020"}, tags = {"best-practice"}, fix = FixSafety.SAFE)
public final class AddInsteadOfCopy implements Rule {
    /** Archive suffixes ADD unpacks (zip is not one of them). */
    static final String[] ARCHIVES = {".tar", ".tar.gz", ".tgz", ".gz", ".bz2", ".tbz", ".tbz2", ".xz", ".txz",
            ".lz", ".lzma", ".tlz", ".zst", ".tzst", ".z"};
    /**
     * Suffixes of files that are never tar archives (ADD recognises tar, plain or compressed with
     * gzip, bzip2 or xz, by content): zip-based and other formats ADD copies as they are.
     */
    static final java.util.Set<String> NOT_ARCHIVES = java.util.Set.of("sh", "bash", "py", "js", "mjs", "cjs", "ts", "json",
            "yml", "yaml", "toml", "ini", "cfg", "conf", "config", "properties", "xml", "txt", "md", "html", "htm", "css",
            "env", "lock", "sql", "rb", "php", "pl", "go", "java", "c", "h", "cpp", "rs", "lua", "ps1", "bat", "cmd",
            "jar", "war", "ear", "zip", "whl", "apk", "deb", "rpm", "pem", "crt", "cer", "key", "pub", "so", "dll", "exe",
            "png", "jpg", "jpeg", "gif", "svg", "ico", "csv", "log", "service", "repo", "list", "gpg", "asc", "template", "tpl");

    /** Flags only ADD has: with them, COPY is no replacement. */
    static final String[] ADD_ONLY_FLAGS = {"checksum", "keep-git-dir", "unpack"};

    @Override
    public void check(RuleContext cx) {
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.Add add)) continue;
            boolean addOnly = false;
            for (String f : ADD_ONLY_FLAGS) addOnly |= add.node().flag(f) != null;
            if (addOnly) continue;
            Word plain = null;
            boolean allPlain = true;
            for (Word w : add.sources()) {
                String v = WordValues.literal(w, cx.file().escape());
                if (v == null || w.value().startsWith("<<") || isRemote(v) || isArchive(v)) {
                    allPlain = false;
                } else if (plain == null) {
                    plain = w;
                }
            }
            if (plain == null) continue;
            String what = WordValues.literal(plain, cx.file().escape());
            String keyword = add.node().keyword();
            String copy = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "copy" : "COPY";
            String msg = "ADD " + what + " copies a local " + (what.endsWith("/") ? "directory" : "file")
                    + " that ADD neither downloads nor unpacks; use COPY, which only copies";
            if (allPlain && ins == i) {
                boolean named = true;
                for (Word w : add.sources()) named &= saysWhatItIs(WordValues.literal(w, cx.file().escape()));
                cx.report(plain.range(), msg, new Fix("Replace ADD with COPY", add.node().keywordRange(), copy)
                        .withSafety(named ? FixSafety.SAFE : FixSafety.UNSAFE));
            } else {
                cx.report(plain.range(), msg);
            }
        }
    }

    /** A directory, or a file whose suffix is not a tar archive's. */
    static boolean saysWhatItIs(String v) {
        if (v == null) return false;
        if (v.endsWith("/") || v.equals(".") || v.equals("..") || v.endsWith("/.") || v.endsWith("/..")) return true;
        String name = v.substring(v.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && NOT_ARCHIVES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean isRemote(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("git@")
                || l.startsWith("git://") || l.startsWith("ssh://") || l.contains(".git#");
    }

    static boolean isArchive(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        for (String s : ARCHIVES) {
            if (l.endsWith(s)) return true;
        }
        // a glob may match archives
        return l.endsWith("*");
    }
}
