package dflint.rules;

import dflint.engine.RuleContext;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.shell.Command;
import dflint.shell.PackageCommand;
import dflint.shell.RunScript;
import dflint.shell.RunScripts;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the shell-reading rules walk RUNs: every RUN, ONBUILD RUN included, with the SHELL in
 * effect (inherited through {@code FROM <stage>}), the scripts {@link RunScripts} reads from it
 * under that SHELL, and the stage it is in. Read once per lint of a file and shared by every
 * rule of that lint through {@link RuleContext#shared}, so a RUN's script is parsed once.
 */
final class RunSites {
    private RunSites() {}

    /**
     * A RUN (the {@code ordinal}-th of the file), the instruction holding it (itself or an
     * ONBUILD), its stage (null before any FROM), the SHELL argv in effect, its scripts and all
     * their commands in order.
     */
    record Site(int ordinal, Instruction holder, Instruction.Run run, Stage stage, List<String> shell,
                List<RunScript> scripts, List<Command> commands) {
        Site(int ordinal, Instruction holder, Instruction.Run run, Stage stage, List<String> shell, List<RunScript> scripts) {
            this(ordinal, holder, run, stage, shell, scripts, allCommands(scripts));
        }

        boolean onbuild() {
            return holder instanceof Instruction.Onbuild;
        }

        int line() {
            return holder.line();
        }

        boolean exec() {
            return run.command().exec();
        }

        /** A SHELL such as PowerShell or cmd: none of the POSIX checks apply. */
        boolean posixShell() {
            return ShellInEffect.isPosix(shell);
        }

        /** Every command of every shell script of the RUN, in order; collected once, since every rule asks. */
        private static List<Command> allCommands(List<RunScript> scripts) {
            if (scripts.size() == 1) return scripts.get(0).script().commands();
            List<Command> out = new ArrayList<>();
            for (RunScript s : scripts) out.addAll(s.script().commands());
            return List.copyOf(out);
        }
    }

    private record Walk(List<Site> sites, Map<String, List<Site>> byName) {}

    /** Walks the file once per lint; a named class, not a method reference: see ColdPathTest. */
    private static final class WalkOnce implements Function<RuleContext, Walk> {
        static final WalkOnce INSTANCE = new WalkOnce();

        @Override
        public Walk apply(RuleContext cx) {
            return walk(cx);
        }
    }

    /** Every RUN in file order, ONBUILD RUN included. */
    static List<Site> of(RuleContext cx) {
        return cx.shared(RunSites.class, WalkOnce.INSTANCE).sites();
    }

    /** The key under which {@link #using} files the RUNs with a pipe ({@code |} or {@code |&}). */
    static final String PIPE = "|";

    /**
     * The RUNs, in file order, with a command named one of {@code names}: by its own name, the
     * name behind a wrapper ({@code sudo}, {@code env}, ...) or its package manager ({@code pip}
     * for {@code python3 -m pip}); {@link #PIPE} names the RUNs with a pipe. A superset: each rule
     * still checks the commands it is given. Most rules look for one tool, and walking every RUN
     * of a file in every rule is what made large files slow.
     */
    static List<Site> using(RuleContext cx, String... names) {
        Map<String, List<Site>> byName = cx.shared(RunSites.class, WalkOnce.INSTANCE).byName();
        if (names.length == 1) return byName.getOrDefault(names[0], List.of());
        List<List<Site>> lists = new ArrayList<>();
        for (String n : names) {
            List<Site> l = byName.get(n);
            if (l != null) lists.add(l);
        }
        if (lists.size() <= 1) return lists.isEmpty() ? List.of() : lists.get(0);
        // merge in file order: sites of one list are in order and unique within it
        java.util.TreeMap<Integer, Site> merged = new java.util.TreeMap<>();
        for (List<Site> l : lists) for (Site site : l) merged.put(site.ordinal(), site);
        return List.copyOf(merged.values());
    }

    /** The RUN whose holder is {@code i} (a RUN, or an ONBUILD RUN), or null. */
    static Site at(RuleContext cx, Instruction i) {
        if (RunShell.runOf(i) == null) return null;
        // sites are in file order and no two instructions start on the same line
        List<Site> sites = cx.shared(RunSites.class, WalkOnce.INSTANCE).sites();
        int lo = 0, hi = sites.size() - 1, line = i.line();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int l = sites.get(mid).line();
            if (l < line) lo = mid + 1;
            else if (l > line) hi = mid - 1;
            else return sites.get(mid).holder() == i ? sites.get(mid) : null;
        }
        return null;
    }

    private static Walk walk(RuleContext cx) {
        List<Site> out = new ArrayList<>();
        Map<String, List<Site>> byName = new HashMap<>();
        StageGraph g = cx.graph();
        // the SHELL in effect, followed in file order: a stage starts with its FROM parent's last one
        List<Stage> stages = g.stages();
        List<List<String>> shellOf = new ArrayList<>(Collections.nCopies(stages.size(), (List<String>) null));
        for (Instruction i : cx.file().instructions()) {
            Stage stage = g.stageOf(i);
            List<String> shell = ShellInEffect.DEFAULT;
            if (stage != null) {
                shell = shellOf.get(stage.index());
                if (shell == null) {
                    Stage parent = g.parent(stage);
                    shell = parent == null || shellOf.get(parent.index()) == null ? ShellInEffect.DEFAULT : shellOf.get(parent.index());
                }
                if (i instanceof Instruction.Shell sh && !sh.args().isEmpty()) shell = ShellInEffect.argv(sh);
                shellOf.set(stage.index(), shell);
            }
            Instruction.Run run = RunShell.runOf(i);
            if (run == null) continue;
            Site site = new Site(out.size(), i, run, stage, shell, RunScripts.of(run, shell));
            out.add(site);
            for (RunScript script : site.scripts()) {
                for (Command c : script.script().commands()) {
                    file(byName, c.baseName(), site);
                    file(byName, c.unwrapped().baseName(), site);
                    PackageCommand p = PackageCommand.of(c);
                    if (p != null) file(byName, p.manager(), site);
                    if (c.operatorAfter().equals("|") || c.operatorAfter().equals("|&")) file(byName, PIPE, site);
                }
            }
        }
        return new Walk(Collections.unmodifiableList(out), byName);
    }

    private static void file(Map<String, List<Site>> byName, String name, Site site) {
        List<Site> l = byName.get(name);
        if (l == null) byName.put(name, l = new ArrayList<>());
        if (l.isEmpty() || l.get(l.size() - 1) != site) l.add(site);
    }

    /**
     * What a RUN's work leaves behind matters: true when its stage ends up in a target image
     * (a target or the FROM ancestor of one). An ONBUILD trigger runs in whatever image builds
     * on this one, so it always matters; so does a RUN before any FROM (the file is judged as
     * one image).
     */
    static boolean inImage(RuleContext cx, Site s) {
        if (s.onbuild() || s.stage() == null) return true;
        return ImageScope.ships(cx, s.stage());
    }

    /**
     * Whether the pinning rules judge the RUN: a build of a shipped image runs it (a builder stage
     * of a shipped image counts, since its pins decide what is built); the tools of development,
     * test and internal images are not worth pinning. An ONBUILD RUN or one before any FROM always counts.
     */
    static boolean judgesPins(RuleContext cx, Site s) {
        return s.onbuild() || s.stage() == null || ImageScope.feedsShippedImage(cx, s.stage());
    }

    /**
     * The UID that a {@code useradd -u N name} or {@code adduser -u N name} (busybox and Debian
     * spellings) gives {@code user} in a RUN of the file, or null when no RUN says.
     */
    private static final java.util.Set<String> USERADD_VALUES = java.util.Set.of("-u", "--uid", "-g", "--gid", "-G",
            "--groups", "-s", "--shell", "-d", "--home", "--home-dir", "-h", "-c", "--comment", "--ingroup", "--gecos",
            "-k", "--skel", "-K", "--key", "-e", "--expiredate", "-f", "--inactive", "-p", "--password");

    static String uidOf(RuleContext cx, String user) {
        for (Site s : using(cx, "useradd", "adduser")) {
            for (Command c : s.commands()) {
                if (!c.is("useradd", "adduser")) continue;
                dflint.shell.Args a = c.args(USERADD_VALUES);
                String uid = a.value("-u", "--uid");
                List<dflint.shell.ShellWord> ops = a.operands();
                if (uid == null || ops.isEmpty() || !Scan.digits(uid)) continue;
                if (ops.get(ops.size() - 1).value().equals(user) || ops.get(0).value().equals(user)) return uid;
            }
        }
        return null;
    }

    /**
     * The value of environment variable {@code name} as a RUN sees it from the Dockerfile, as
     * written, or null: the last ENV before it in its stage or, failing that, in its FROM parents
     * (nearest first); else an ARG of its own stage before it (a --build-arg wins over the
     * default), since ARG values are set while RUN executes and ENV overrides an ARG of the same
     * name. Walks only the instructions in between, through a per-file index of who sets what.
     */
    static String envValue(RuleContext cx, Site s, String name) {
        Setters setters = cx.shared(Setters.class, Setters.Index.INSTANCE);
        if (!setters.byName().containsKey(name)) return null;
        if (s.stage() == null) {
            Setters.Setting before = setters.lastBefore(name, s.holder(), null, true);
            return before == null ? null : before.value();
        }
        Setters.Setting env = setters.lastBefore(name, s.holder(), s.stage(), false);
        if (env == null) env = setters.atEnd(name, cx.graph().parent(s.stage()), cx.graph(), false);
        if (env != null) return env.value();
        Setters.Setting arg = setters.lastBefore(name, s.holder(), s.stage(), true);
        if (arg == null) return null;
        String buildArg = cx.options() == null ? null : cx.options().buildArgs().get(name);
        return buildArg != null ? buildArg : arg.value();
    }

    /**
     * Whether {@code name} is declared where the RUN runs: a global ARG (a build argument can set
     * it), or an ARG or ENV before it in its stage or in the stages it is built FROM.
     */
    static boolean isDeclared(RuleContext cx, Site s, String name) {
        if (cx.graph().args().globalNames().contains(name)) return true;
        Setters setters = cx.shared(Setters.class, Setters.Index.INSTANCE);
        if (!setters.byName().containsKey(name)) return false;
        if (setters.lastBefore(name, s.holder(), s.stage(), true) != null) return true;
        return s.stage() != null && setters.atEnd(name, cx.graph().parent(s.stage()), cx.graph(), true) != null;
    }

    /** Every ENV and ARG setting, by variable name, in file order, with each instruction's position in the file. */
    private record Setters(Map<Instruction, Integer> position, Map<String, List<Setting>> byName,
                           Map<String, Map<Stage, Setting>> endOfStage) {
        /** One name set by an ENV, or declared by an ARG; value as written, null for an ARG without a default. */
        record Setting(int position, boolean env, String value) {}

        /** Stands for "no ENV sets it" in {@link #endOfStage}. */
        private static final Setting NONE = new Setting(-1, true, null);

        /**
         * The last ENV (with {@code args}, ENV or ARG) setting {@code name} that a stage built on
         * {@code stage} inherits: in the stage, else in its FROM parents. Remembered per stage,
         * so a long chain of stages is walked once per name, not once per RUN.
         */
        Setting atEnd(String name, Stage stage, StageGraph g, boolean args) {
            String key = args ? "\0" + name : name;
            Map<Stage, Setting> memo = endOfStage.get(key);
            if (memo == null) endOfStage.put(key, memo = new IdentityHashMap<>());
            List<Stage> walked = new ArrayList<>();
            Setting found = null;
            for (Stage st = stage; st != null; st = g.parent(st)) {
                Setting known = memo.get(st);
                if (known != null) {
                    found = known;
                    break;
                }
                walked.add(st);
                Setting own = lastBefore(name, null, st, args);
                if (own != null) {
                    found = own;
                    break;
                }
            }
            if (found == null) found = NONE;
            for (Stage st : walked) memo.put(st, found);
            return found == NONE ? null : found;
        }

        /** Indexes the file once per lint; a named class, not a method reference: see ColdPathTest. */
        private static final class Index implements Function<RuleContext, Setters> {
            static final Index INSTANCE = new Index();

            @Override
            public Setters apply(RuleContext cx) {
                return index(cx);
            }
        }

        static Setters index(RuleContext cx) {
            Map<Instruction, Integer> position = new IdentityHashMap<>();
            Map<String, List<Setting>> byName = new HashMap<>();
            List<Instruction> all = cx.file().instructions();
            for (int k = 0; k < all.size(); k++) {
                Instruction i = all.get(k);
                position.put(i, k);
                List<Instruction.KeyValue> pairs = i instanceof Instruction.Env e ? e.pairs()
                        : i instanceof Instruction.Arg a ? a.args() : List.of();
                for (Instruction.KeyValue kv : pairs) {
                    boolean env = i instanceof Instruction.Env;
                    String value = kv.value() != null ? kv.value().value() : env ? "" : null;
                    List<Setting> settings = byName.get(kv.name());
                    if (settings == null) byName.put(kv.name(), settings = new ArrayList<>());
                    settings.add(new Setting(k, env, value));
                }
            }
            return new Setters(position, byName, new HashMap<>());
        }

        /**
         * The last setting of {@code name} by an ENV (with {@code args}, by an ENV or ARG) before
         * {@code at} (null: to the end of {@code stage}) and inside {@code stage} (null: from the
         * start of the file), or null.
         */
        Setting lastBefore(String name, Instruction at, Stage stage, boolean args) {
            List<Setting> list = byName.get(name);
            if (list == null) return null;
            List<Instruction> own = stage == null ? List.of() : stage.instructions();
            int limit = at != null ? position.get(at) : own.isEmpty() ? -1 : position.get(own.get(own.size() - 1)) + 1;
            int first = own.isEmpty() ? 0 : position.get(own.get(0));
            for (int k = indexBefore(list, limit); k >= 0 && list.get(k).position() >= first; k--) {
                if (list.get(k).env() || args) return list.get(k);
            }
            return null;
        }

        /** The index in {@code list} of the last setting before file position {@code limit}, or -1. */
        private static int indexBefore(List<Setting> list, int limit) {
            int lo = 0, hi = list.size() - 1, found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (list.get(mid).position() < limit) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }
    }

    /** "a, b and c" (at most five names, then "and N more"), for messages naming packages. */
    static String names(List<dflint.shell.ShellWord> words) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(words.size(), words.size() > 5 ? 4 : 5);
        for (int k = 0; k < shown; k++) {
            if (k > 0) b.append(k == words.size() - 1 ? " and " : ", ");
            b.append(words.get(k).value());
        }
        if (shown < words.size()) b.append(" and ").append(words.size() - shown).append(" more");
        return b.toString();
    }

    /** A word whose value the linter cannot know (it expands a variable or runs a command). */
    static boolean unknowable(dflint.shell.ShellWord w) {
        return w.hasExpansion();
    }

    /** apt-get's dry run ({@code -s}, {@code --simulate}, ...): nothing is installed and nothing is asked. */
    static boolean simulates(dflint.shell.PackageCommand p) {
        return p.args().has("-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act");
    }
}
