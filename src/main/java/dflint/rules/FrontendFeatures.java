package dflint.rules;

import dflint.shell.RunMount;
import dflint.syntax.Directive;
import dflint.syntax.Dockerfile;
import dflint.syntax.Flag;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import dflint.syntax.VariableExpander;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a file uses a feature that arrived in some Dockerfile frontend release, named by the
 * keys of {@code rules/frontend-features.tsv}. Read from the parsed model: flags, heredocs,
 * RUN mounts ({@link RunMount}), directives and the variable references of the words the
 * frontend expands. ONBUILD triggers are judged like instructions.
 */
final class FrontendFeatures {
    private FrontendFeatures() {}

    /**
     * One use of a feature, at the flag, word, heredoc or directive that shows it; keyword is the
     * instruction's, upper-cased (null for a directive).
     */
    record Use(String key, SourceRange range, String keyword) {}

    private static final Set<String> MOUNT_TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");
    private static final Set<String> TRIM_AND_REPLACE = Set.of("#", "##", "%", "%%", "/", "//");
    private static final Set<String> UNSET_ONLY = Set.of("-", "+");
    private static final String[] TAR_ARCHIVES = {".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz",
            ".txz", ".tar.zst", ".tzst"};

    static List<Use> of(Dockerfile df) {
        Finder f = new Finder(df);
        Directive check = df.directive("check");
        if (check != null) f.checkDirective(check);
        for (Instruction ins : df.instructions()) {
            if (ins instanceof Instruction.Onbuild ob) {
                if (ob.trigger() == null) continue;
                f.onbuild(ob.trigger());
                f.instruction(ob.trigger());
            } else {
                f.instruction(ins);
            }
        }
        return f.uses;
    }

    private static final class Finder {
        final Dockerfile df;
        final char escape;
        final List<Use> uses = new ArrayList<>();
        String keyword;

        Finder(Dockerfile df) {
            this.df = df;
            this.escape = df.escape();
        }

        void use(String key, SourceRange range) {
            uses.add(new Use(key, range, keyword));
        }

        void checkDirective(Directive d) {
            use("check-directive", d.range());
            for (String part : d.value().split(";")) {
                int eq = part.indexOf('=');
                String key = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
                if (key.equals("experimental")) use("check-experimental", d.range());
            }
        }

        /** ONBUILD COPY --from=..., ONBUILD RUN --mount=from=...: the trigger reads another stage or image. */
        void onbuild(Instruction trigger) {
            keyword = "ONBUILD";
            Flag from = trigger.node().flag("from");
            if (from != null) use("onbuild-from", from.range());
            if (trigger instanceof Instruction.Run run) {
                for (RunMount m : RunMount.of(run)) {
                    if (m.from() != null && !m.from().isEmpty()) use("onbuild-from", m.flag().range());
                }
            }
        }

        void instruction(Instruction i) {
            keyword = i.node().keyword().toUpperCase(Locale.ROOT);
            heredocs(i);
            if (i instanceof Instruction.Run run) {
                run(run);
            } else if (i instanceof Instruction.Copy c) {
                copyOrAdd(i, c.sources(), c.destination(), false);
            } else if (i instanceof Instruction.Add a) {
                copyOrAdd(i, a.sources(), a.destination(), true);
                add(a);
            } else if (i instanceof Instruction.Arg arg) {
                arg(arg);
            } else if (i instanceof Instruction.Healthcheck) {
                Flag f = i.node().flag("start-interval");
                if (f != null) use("healthcheck-start-interval", f.range());
            } else if (i instanceof Instruction.From from) {
                words(from.image());
                Flag p = from.platform();
                if (p != null && p.value() != null) words(new Word(p.value(), p.range()));
            } else if (i instanceof Instruction.Env env) {
                pairs(env.pairs());
            } else if (i instanceof Instruction.Label label) {
                pairs(label.pairs());
            } else if (i instanceof Instruction.Workdir w) {
                words(w.path());
            } else if (i instanceof Instruction.User u) {
                words(u.user());
            } else if (i instanceof Instruction.Stopsignal s) {
                words(s.signal());
            } else if (i instanceof Instruction.Volume v) {
                for (Word w : v.paths()) words(w);
            } else if (i instanceof Instruction.Expose e) {
                for (Word w : e.ports()) words(w);
            }
        }

        void heredocs(Instruction i) {
            for (Heredoc h : i.node().heredocs()) {
                use("heredoc", h.wordRange());
                if (spaceAfterArrows(h)) use("heredoc-space", h.wordRange());
            }
        }

        /** {@code << EOF}: the heredoc word as written has blanks between the arrows (and dash) and the name. */
        private boolean spaceAfterArrows(Heredoc h) {
            SourceRange r = h.wordRange();
            if (r.startLine() != r.endLine()) return false;
            String line = df.lineText(r.startLine());
            if (r.endColumn() - 1 > line.length()) return false;
            String word = line.substring(r.startColumn() - 1, r.endColumn() - 1);
            int at = word.indexOf("<<");
            if (at < 0) return false;
            int k = at + 2;
            if (k < word.length() && word.charAt(k) == '-') k++;
            return k < word.length() && (word.charAt(k) == ' ' || word.charAt(k) == '\t');
        }

        void run(Instruction.Run run) {
            for (Flag f : run.node().flags()) {
                switch (f.name()) {
                    case "network": use("run-network", f.range()); break;
                    case "security": use("run-security", f.range()); break;
                    case "device": use("run-device", f.range()); break;
                    default: break;
                }
            }
            for (RunMount m : RunMount.of(run)) {
                SourceRange r = m.flag().range();
                if (MOUNT_TYPES.contains(m.type())) use("run-mount-" + m.type(), r);
                if (m.type().equals("tmpfs") && m.options().containsKey("size")) use("run-mount-tmpfs-size", r);
                if (m.type().equals("secret") && m.options().containsKey("env")) use("run-mount-secret-env", r);
                for (Map.Entry<String, String> o : m.options().entrySet()) {
                    if (!o.getKey().equals("from") && hasVariable(o.getValue())) {
                        use("run-mount-variable", r);
                        break;
                    }
                }
                for (Map.Entry<String, String> o : m.options().entrySet()) {
                    if (!o.getKey().equals("from")) modifiers(new Word(o.getValue(), r));
                }
            }
        }

        void copyOrAdd(Instruction i, List<Word> sources, Word dest, boolean add) {
            boolean heredoc = !i.node().heredocs().isEmpty();
            for (Word w : sources) {
                if (!(heredoc && w.value().startsWith("<<"))) words(w);
            }
            words(dest);
            for (Flag f : i.node().flags()) {
                String v = f.value();
                switch (f.name()) {
                    case "link": use("link", f.range()); break;
                    case "parents": if (!add) use("parents", f.range()); break;
                    case "exclude": use("exclude", f.range()); break;
                    case "chmod":
                        use("chmod", f.range());
                        if (v != null && hasVariable(v)) use("chmod-variable", f.range());
                        else if (v != null && !v.isEmpty() && !octal(v)) use("chmod-symbolic", f.range());
                        break;
                    case "chown":
                        if (v != null && hasVariable(v)) use(add ? "add-chown-variable" : "chown-variable", f.range());
                        if (v != null && v.endsWith(":")) use("chown-default-group", f.range());
                        break;
                    default: break;
                }
                if (v != null && (f.name().equals("chown") || f.name().equals("chmod"))) modifiers(new Word(v, f.range()));
            }
        }

        void add(Instruction.Add a) {
            boolean git = false;
            for (Word w : a.sources()) {
                String v = WordValues.literal(w, escape);
                if (v == null || w.value().startsWith("<<")) continue;
                if (isGit(v)) {
                    git = true;
                    use("add-git", w.range());
                    if (gitQuery(v)) use("add-git-query", w.range());
                }
            }
            Flag checksum = a.node().flag("checksum");
            if (checksum != null) {
                use("add-checksum", checksum.range());
                if (git) use("add-checksum-git", checksum.range());
            }
            Flag keep = a.node().flag("keep-git-dir");
            if (keep != null) use("keep-git-dir", keep.range());
            Flag unpack = a.node().flag("unpack");
            if (unpack != null) use("add-unpack", unpack.range());
            boolean unpacks = unpack == null || unpack.value() == null || !unpack.value().equalsIgnoreCase("false");
            if (!unpacks) return;
            Flag chown = a.node().flag("chown");
            for (Word w : a.sources()) {
                String v = WordValues.literal(w, escape);
                if (v == null || w.value().startsWith("<<") || isRemote(v)) continue;
                String l = v.toLowerCase(Locale.ROOT);
                if (chown != null && endsWithAny(l, TAR_ARCHIVES)) use("add-chown-archive", w.range());
                if (l.endsWith(".tar.zst") || l.endsWith(".tzst")) use("add-zstd", w.range());
            }
        }

        void arg(Instruction.Arg arg) {
            List<Instruction.KeyValue> args = arg.args();
            if (args.size() > 1) use("arg-multiple", args.get(1).range());
            for (Instruction.KeyValue kv : args) {
                if (kv.value() != null) {
                    words(kv.value());
                    continue;
                }
                switch (kv.name()) {
                    case "TARGETSTAGE": use("builtin-targetstage", kv.range()); break;
                    case "TARGETOSVERSION": case "BUILDOSVERSION": use("builtin-osversion", kv.range()); break;
                    default: break;
                }
            }
        }

        void pairs(List<Instruction.KeyValue> pairs) {
            for (Instruction.KeyValue kv : pairs) {
                words(kv.key());
                if (kv.value() != null) words(kv.value());
            }
        }

        /** A word the frontend expands: the modifiers its variable references use. */
        void words(Word w) {
            if (w != null) modifiers(w);
        }

        private void modifiers(Word w) {
            if (w.value().indexOf('$') < 0) return;
            for (VariableExpander.Reference r : VariableExpander.references(w.value(), escape)) {
                SourceRange at = WordRanges.part(w, r.offset(), WordRanges.referenceLength(w.value(), r.offset()));
                if (UNSET_ONLY.contains(r.modifier())) use("var-unset-modifier", at);
                if (TRIM_AND_REPLACE.contains(r.modifier())) use("var-trim-replace", at);
            }
        }

        private boolean hasVariable(String v) {
            return v.indexOf('$') >= 0 && !VariableExpander.references(v, escape).isEmpty();
        }
    }

    /**
     * An ADD source BuildKit clones as a Git repository: a git:// or ssh:// URL, an scp-like
     * user@host:path, or an http(s) URL whose path ends in .git.
     */
    static boolean isGit(String v) {
        if (v.startsWith("./") || v.startsWith("../")) return false;
        String l = v.toLowerCase(Locale.ROOT);
        int scheme = l.indexOf("://");
        if (scheme > 0 && isScheme(l.substring(0, scheme))) {
            String s = l.substring(0, scheme);
            if (s.equals("git") || s.equals("ssh")) return true;
            if (!s.equals("http") && !s.equals("https")) return false;
            String rest = l.substring(scheme + 3);
            int cut = rest.length();
            for (char c : new char[] {'#', '?'}) {
                int k = rest.indexOf(c);
                if (k >= 0 && k < cut) cut = k;
            }
            String hostAndPath = rest.substring(0, cut);
            int slash = hostAndPath.indexOf('/');
            return slash > 0 && hostAndPath.substring(slash).endsWith(".git");
        }
        return scheme < 0 && scpLike(l);
    }

    // The checks below are plain Java rather than regular expressions: java.util.regex is not
    // otherwise loaded when one file is linted, and start-up time is a feature.

    /** user@host:path, as git writes an ssh remote: no slash or blank before the colon, a path after it. */
    private static boolean scpLike(String v) {
        int at = v.indexOf('@');
        if (at <= 0) return false;
        int colon = v.indexOf(':', at + 1);
        if (colon <= at + 1 || colon == v.length() - 1) return false;
        for (int i = 0; i < colon; i++) {
            char c = v.charAt(i);
            if (c == '/' || Character.isWhitespace(c) || (i > at && c == '@')) return false;
        }
        return true;
    }

    /** A URL scheme: a letter, then letters, digits, + . or -. */
    private static boolean isScheme(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) return false;
        }
        return true;
    }

    private static boolean octal(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '7') return false;
        }
        return true;
    }

    /** A Git source with a query ({@code ?ref=v1&subdir=docs}), read by frontends from 1.18. */
    static boolean gitQuery(String v) {
        int hash = v.indexOf('#');
        String head = hash < 0 ? v : v.substring(0, hash);
        return head.indexOf('?') >= 0;
    }

    private static boolean isRemote(String v) {
        return v.contains("://") || isGit(v);
    }

    private static boolean endsWithAny(String v, String[] suffixes) {
        for (String s : suffixes) {
            if (v.endsWith(s)) return true;
        }
        return false;
    }
}
