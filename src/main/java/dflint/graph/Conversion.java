package dflint.graph;

import dflint.syntax.BuildkitLexer;
import dflint.syntax.BuildkitLexer.Lookup;
import dflint.syntax.Directive;
import dflint.syntax.Dockerfile;
import dflint.syntax.Flag;
import dflint.syntax.GoQuote;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What BuildKit refuses while it converts a parsed Dockerfile into a build, before any image is
 * pulled: bad variable substitutions, blank or invalid base image references, platforms it
 * cannot parse, RUN --mount options it rejects, COPY/ADD options it rejects, EXPOSE, VOLUME and
 * STOPSIGNAL values, and a {@code # check=} directive it cannot read. Syntax errors (DF0001) and
 * stage-reference errors (unknown, forward or cyclic references) are the parser's and the
 * {@link StageGraph}'s.
 *
 * <p>BuildKit raises some of these for the whole file whatever the target (everything about FROM
 * lines, global ARGs, COPY --from and mount images, the check directive): {@link Scope#FILE}.
 * The rest only when it dispatches a stage, which a build does for the stages its target
 * reaches and {@code docker build --check} without a target does for every stage:
 * {@link Scope#STAGE}. A parent stage's ONBUILD triggers run when a reached child stage starts,
 * under the child's FROM line: {@link Scope#TRIGGER}.
 *
 * <p>BuildKit stops at its first error; this lists every one, each of which fails the build on
 * its own. Values that depend on what a base image defines (its variables, its working
 * directory) are unknown here, and nothing that depends on them is reported.
 */
public final class Conversion {
    /** The families the rules report. */
    public enum Family { SUBSTITUTION, BASE_IMAGE, PLATFORM, MOUNT, COPY, VALUE, CHECK_DIRECTIVE, ONBUILD_TRIGGER }

    /** When BuildKit raises the error: for any target, when the stage is dispatched, or when a reached child runs the trigger. */
    public enum Scope { FILE, STAGE, TRIGGER }

    /**
     * One refusal. {@code range} is where it is in the file; {@code line} the line BuildKit's
     * error names (0 when it names none); {@code message} BuildKit's own words; {@code advice}
     * what to do; {@code stage} the stage it belongs to, -1 for the file.
     */
    public record Error(Family family, Scope scope, int stage, SourceRange range, int line, String message,
                        String advice, Variables variables) {
        public Error(Family family, Scope scope, int stage, SourceRange range, int line, String message, String advice) {
            this(family, scope, stage, range, line, message, advice, Variables.NONE);
        }
    }

    /**
     * The variables a failing FROM word looked up ({@code used}) and those it found unset
     * ({@code unset}): a build that passes them as build arguments may not fail at all.
     */
    public record Variables(java.util.Set<String> used, java.util.Set<String> unset) {
        static final Variables NONE = new Variables(java.util.Set.of(), java.util.Set.of());

        /** The error is about values {@code passed} could change: every unset variable is passed, and one at least is used. */
        public boolean answeredBy(java.util.Set<String> passed) {
            if (!passed.containsAll(unset)) return false;
            for (String n : used) if (passed.contains(n)) return true;
            return false;
        }
    }

    static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    private static final String CHECK_BUILD_ARG = "BUILDKIT_DOCKERFILE_CHECK";

    private final StageGraph g;
    private final Dockerfile file;
    private final List<Error> errors = new ArrayList<>();
    /** The global scope FROM lines see: predefined platform args, then global ARGs, as BuildKit computes them. */
    private final Map<String, String> globals = new LinkedHashMap<>();

    Conversion(StageGraph g) {
        this.g = g;
        this.file = g.file();
        checkDirective();
        if (g.stages().isEmpty() && !file.instructions().isEmpty() && file.errors().isEmpty()
                && onlyArgs(file.instructions())) {
            // only global ARGs: the parser accepts them, the conversion finds nothing to build
            add(Family.BASE_IMAGE, Scope.FILE, -1, file.instructions().get(0).range(), 0,
                    "dockerfile contains no stages to build", "add a FROM line: every build starts from a base image");
        }
        globalArgs();
        State[] states = new State[g.stages().size()];
        for (Stage s : g.stages()) fromLine(s);
        imageSources();
        for (Stage s : g.stages()) states[s.index()] = dispatch(s, states);
    }

    /** Every error, file-wide ones first, then by stage in file order. */
    public List<Error> errors() {
        return Collections.unmodifiableList(errors);
    }

    /** The errors a build of the graph's targets raises: file-wide ones and those of the stages it reaches. */
    public List<Error> forBuild() {
        List<Error> out = new ArrayList<>();
        for (Error e : errors) {
            if (e.scope() == Scope.FILE || g.isReachable(g.stage(e.stage()))) out.add(e);
        }
        return out;
    }

    /**
     * The errors {@code docker build --check} raises: without a target BuildKit dispatches every
     * stage (though it runs ONBUILD triggers only for stages the last stage reaches); with one,
     * like a build.
     */
    public List<Error> forCheck(boolean targetGiven) {
        if (targetGiven) return forBuild();
        List<Error> out = new ArrayList<>();
        for (Error e : errors) {
            if (e.scope() != Scope.TRIGGER || g.isReachable(g.stage(e.stage()))) out.add(e);
        }
        return out;
    }

    private void add(Family f, Scope scope, int stage, SourceRange range, int line, String message, String advice) {
        errors.add(new Error(f, scope, stage, range, line, message, advice));
    }

    private void add(Family f, int stage, SourceRange range, int line, String message, String advice, Variables v) {
        errors.add(new Error(f, Scope.FILE, stage, range, line, message, advice, v));
    }

    // ------------------------------------------------------------------ file-wide

    /** BuildKit reads {@code # check=} before anything else and refuses the build when it cannot. */
    private void checkDirective() {
        if (g.buildArgs().containsKey(CHECK_BUILD_ARG)) return; // the build arg replaces the directive
        Directive d = file.directive("check");
        if (d == null) return;
        String problem = checkOptionsProblem(d.value());
        if (problem != null) {
            add(Family.CHECK_DIRECTIVE, Scope.FILE, -1, d.range(), 0, "failed to parse check options: " + problem,
                    "write # check=skip=<check>[,<check>...];error=<true|false> (or skip=all)");
        }
    }

    /** BuildKit's reading of a check directive value: what is wrong with it, or null. */
    static String checkOptionsProblem(String value) {
        String v = value.strip();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i))) {
                v = v.substring(0, i); // the directive's value ends at its first blank
                break;
            }
        }
        if (v.isEmpty()) return null;
        for (String part : v.split(";", 3)) {
            int eq = part.indexOf('=');
            if (eq < 0) return "invalid check option " + GoQuote.quote(part);
            String key = part.substring(0, eq).strip();
            String val = part.substring(eq + 1);
            switch (key) {
                case "skip": case "experimental":
                    break;
                case "error":
                    if (!MountSpec.goBool(val.strip())) {
                        return "failed to parse check option " + GoQuote.quote(part) + ": strconv.ParseBool: parsing "
                                + GoQuote.quote(val.strip()) + ": invalid syntax";
                    }
                    break;
                default:
                    return "invalid check option " + GoQuote.quote(key);
            }
        }
        return null;
    }

    private Instruction.Arg sourceDateEpochArg;

    /** The predefined args, then every ARG before the first FROM: a build arg wins, else the default is expanded. */
    private void globalArgs() {
        for (Map.Entry<String, String> e : ArgScope.PREDEFINED.entrySet()) {
            globals.put(e.getKey(), g.buildArgs().getOrDefault(e.getKey(), e.getValue()));
        }
        String target = g.requestedTargets().isEmpty()
                ? (g.stages().isEmpty() ? null : g.lastStage().name()) : g.requestedTargets().get(0);
        globals.put("TARGETSTAGE", g.buildArgs().getOrDefault("TARGETSTAGE", target == null ? "default" : target));
        BuildkitLexer lexer = new BuildkitLexer(file.escape());
        for (Instruction ins : file.instructions()) {
            if (ins instanceof Instruction.From) break;
            if (!(ins instanceof Instruction.Arg arg)) continue;
            for (Instruction.KeyValue kv : arg.args()) {
                String name = kv.name();
                if (name.equals("SOURCE_DATE_EPOCH")) sourceDateEpochArg = arg;
                String value = null;
                if (g.buildArgs().containsKey(name)) {
                    value = g.buildArgs().get(name);
                } else if (kv.value() != null) {
                    BuildkitLexer.Result r = lexer.process(kv.value().value(), globalEnv);
                    if (!r.ok()) {
                        substitution(Scope.FILE, -1, kv.value().range(), arg.line(), r.error(), kv.value().value());
                        continue;
                    }
                    value = r.value();
                }
                if (value != null) globals.put(name, value);
            }
        }
        String epoch = g.buildArgs().containsKey("SOURCE_DATE_EPOCH") ? g.buildArgs().get("SOURCE_DATE_EPOCH")
                : globals.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isEmpty() && !goInt64(epoch)) {
            SourceRange at = sourceDateEpochArg != null ? sourceDateEpochArg.range() : SourceRange.point(1, 1);
            add(Family.VALUE, Scope.FILE, -1, at, 0, "invalid SOURCE_DATE_EPOCH: " + epoch,
                    "SOURCE_DATE_EPOCH is a Unix time in whole seconds, such as 1700000000");
        }
    }

    private static boolean onlyArgs(List<Instruction> instructions) {
        for (Instruction i : instructions) if (!(i instanceof Instruction.Arg)) return false;
        return true;
    }

    /** Words in the order of their text as written. */
    private static final Comparator<Word> BY_VALUE = new Comparator<Word>() {
        @Override
        public int compare(Word a, Word b) {
            return a.value().compareTo(b.value());
        }
    };

    /** The global args as the lexer sees them (a named class, not this::global: see ColdPathTest). */
    private final BuildkitLexer.Env globalEnv = new BuildkitLexer.Env() {
        @Override
        public Lookup get(String name) {
            String v = globals.get(name);
            return v == null ? Lookup.UNSET : Lookup.of(v);
        }
    };

    /** A FROM line: its image and platform expanded with the global args, then checked. BuildKit does this for every stage. */
    private void fromLine(Stage s) {
        Instruction.From from = s.from();
        BuildkitLexer lexer = new BuildkitLexer(file.escape());
        Word image = from.image();
        if (image != null) {
            String raw = image.value();
            BuildkitLexer.Result r = lexer.process(raw, globalEnv);
            if (!r.ok()) {
                substitution(Scope.FILE, s.index(), image.range(), from.line(), r.error(), raw);
            } else if (r.value().isEmpty()) {
                add(Family.BASE_IMAGE, s.index(), image.range(), from.line(),
                        "base name (" + raw + ") should not be blank", blankAdvice(r, "an image"), variables(lexer, raw, r));
            } else if (s.parentRef() != null && s.parentRef().target() == StageRef.Target.IMAGE) {
                String bad = ImageRefs.problem(r.value());
                if (bad != null) {
                    add(Family.BASE_IMAGE, s.index(), image.range(), from.line(),
                            "failed to parse stage name " + GoQuote.quote(r.value()) + ": " + bad, referenceAdvice(r.value()),
                            variables(lexer, raw, r));
                }
            }
        }
        Flag platform = from.platform();
        if (platform != null && platform.value() != null && !platform.value().isEmpty()) {
            String v = platform.value();
            BuildkitLexer.Result r = lexer.process(v, globalEnv);
            if (!r.ok()) {
                add(Family.SUBSTITUTION, Scope.FILE, s.index(), platform.range(), from.line(),
                        "failed to process arguments for platform : " + r.error(), substitutionAdvice(r.error(), v));
            } else if (r.value().isEmpty()) {
                add(Family.PLATFORM, s.index(), platform.range(), from.line(),
                        "empty platform value from expression " + v + suggestVariable(r), blankAdvice(r, "a platform"),
                        variables(lexer, v, r));
            } else {
                String bad = PlatformSpec.problem(r.value());
                if (bad != null) {
                    add(Family.PLATFORM, s.index(), platform.range(), from.line(),
                            "failed to parse platform " + v + ": " + bad + suggestVariable(r),
                            "write the platform as os/arch[/variant], such as linux/amd64 or linux/arm64/v8"
                                    + (r.unmatched().isEmpty() ? "" : "; " + blankAdvice(r, "a platform")),
                            variables(lexer, v, r));
                }
            }
        }
    }

    /** The variables a failed FROM word looked up: the word is expanded again, rarely, with a recording environment. */
    private Variables variables(BuildkitLexer lexer, String word, BuildkitLexer.Result r) {
        if (word.indexOf('$') < 0) return Variables.NONE;
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        lexer.process(word, new BuildkitLexer.Env() {
            @Override
            public Lookup get(String name) {
                used.add(name);
                return globalEnv.get(name);
            }
        });
        return new Variables(java.util.Set.copyOf(used), java.util.Set.copyOf(r.unmatched()));
    }

    /** BuildKit's did-you-mean for a platform: an unset variable close to the name of a global arg. */
    private String suggestVariable(BuildkitLexer.Result r) {
        for (String name : r.unmatched()) {
            String best = null;
            int bestDistance = 3;
            for (String key : globals.keySet()) {
                int d = dflint.syntax.Levenshtein.plainDistance(name, key);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = key;
                }
            }
            if (best != null) return " (did you mean " + best + "?)";
        }
        return "";
    }

    /** COPY --from and RUN --mount from= that name an image: BuildKit parses every such reference up front. */
    private void imageSources() {
        for (StageRef r : g.refs()) {
            if (r.target() != StageRef.Target.IMAGE || r.raw().isEmpty() || r.byIndex()) continue;
            if (r.kind() != StageRef.Kind.COPY_FROM && r.kind() != StageRef.Kind.MOUNT_FROM) continue;
            String bad = ImageRefs.problem(r.raw());
            if (bad == null) continue;
            // BuildKit names the COPY's line; for a mount it names none
            int line = r.kind() == StageRef.Kind.COPY_FROM ? r.instruction().line() : 0;
            add(Family.BASE_IMAGE, Scope.FILE, -1, r.range(), line,
                    "failed to parse stage name " + GoQuote.quote(r.raw()) + ": " + bad, referenceAdvice(r.raw()));
        }
    }

    // ------------------------------------------------------------------ dispatch

    /**
     * What a stage has defined so far: its variables, and its working directory when it can be
     * known. A child stage starts from its parent's state by reference, not by copy, so a chain of
     * thousands of stages costs no more than its variables; long chains are flattened now and then
     * to keep lookups short.
     */
    private static final class State implements BuildkitLexer.Env {
        private static final int MAX_CHAIN = 32;
        final Map<String, Lookup> env;
        final State parent;
        final int chain;
        /** What a variable the Dockerfile never set holds: unknown on an image (it may set it), unset on scratch. */
        final Lookup fallback;
        String workdir;

        State(Map<String, Lookup> env, Lookup fallback, String workdir) {
            this(env, null, fallback, workdir);
        }

        private State(Map<String, Lookup> env, State parent, Lookup fallback, String workdir) {
            this.env = env;
            this.parent = parent;
            this.chain = parent == null ? 0 : parent.chain + 1;
            this.fallback = fallback;
            this.workdir = workdir;
        }

        /** A child's state: what this one has, then what the child sets. */
        State child() {
            if (chain < MAX_CHAIN) return new State(new LinkedHashMap<>(), this, fallback, workdir);
            Map<String, Lookup> flat = new LinkedHashMap<>();
            List<State> line = new ArrayList<>();
            for (State s = this; s != null; s = s.parent) line.add(s);
            for (int i = line.size() - 1; i >= 0; i--) flat.putAll(line.get(i).env);
            State base = new State(flat, null, fallback, workdir);
            return new State(new LinkedHashMap<>(), base, fallback, workdir);
        }

        @Override
        public Lookup get(String name) {
            for (State s = this; s != null; s = s.parent) {
                Lookup l = s.env.get(name);
                if (l != null) return l;
            }
            return fallback;
        }
    }

    private State dispatch(Stage s, State[] states) {
        StageRef parent = s.parentRef();
        State st;
        if (parent != null && parent.isStage() && states[parent.stage()] != null) {
            st = states[parent.stage()].child();
        } else if (parent != null && parent.target() == StageRef.Target.SCRATCH) {
            Map<String, Lookup> env = new LinkedHashMap<>();
            env.put("PATH", Lookup.of(DEFAULT_PATH));
            st = new State(env, Lookup.UNSET, "/");
        } else if (parent != null && parent.isPlainBase()) {
            // alpine, debian, ...: nothing set but PATH, working directory /
            Map<String, Lookup> env = new LinkedHashMap<>();
            env.put("PATH", Lookup.UNKNOWN);
            st = new State(env, Lookup.UNSET, "/");
        } else {
            Map<String, Lookup> env = new LinkedHashMap<>();
            env.put("PATH", Lookup.UNKNOWN);
            st = new State(env, Lookup.UNKNOWN, null);
        }
        if (parent != null && parent.isStage()) {
            for (Instruction i : g.stage(parent.stage()).instructions()) {
                if (!(i instanceof Instruction.Onbuild ob) || ob.trigger() == null) continue;
                if (!ob.triggerErrors().isEmpty()) {
                    // the child parses the trigger when it starts, and fails there
                    add(Family.ONBUILD_TRIGGER, Scope.TRIGGER, s.index(), ob.triggerErrors().get(0).range(), s.line(),
                            ob.triggerErrors().get(0).message(),
                            "the trigger runs when a stage is built FROM this one; write it as a valid instruction");
                    continue;
                }
                new Dispatcher(s, st, Scope.TRIGGER).run(ob.trigger());
            }
        }
        Dispatcher d = new Dispatcher(s, st, Scope.STAGE);
        for (Instruction i : s.instructions()) d.run(i);
        return st;
    }

    /** Runs one stage's instructions as BuildKit's dispatch does, as far as errors go. */
    private final class Dispatcher {
        final Stage stage;
        final State st;
        final Scope scope;
        final BuildkitLexer lexer;
        int line;

        Dispatcher(Stage stage, State st, Scope scope) {
            this.stage = stage;
            this.st = st;
            this.scope = scope;
            this.lexer = new BuildkitLexer(file.escape());
        }

        void run(Instruction ins) {
            // a trigger's errors carry the FROM line of the stage that runs it
            line = scope == Scope.TRIGGER ? stage.line() : ins.line();
            if (ins instanceof Instruction.Env env) {
                env(env);
            } else if (ins instanceof Instruction.Arg arg) {
                arg(arg);
            } else if (ins instanceof Instruction.Label label) {
                for (Instruction.KeyValue kv : label.pairs()) {
                    expand(kv.key());
                    if (kv.value() != null) expand(kv.value());
                }
            } else if (ins instanceof Instruction.Copy copy) {
                copy(copy, copy.sources(), copy.destination(), false);
            } else if (ins instanceof Instruction.Add add) {
                copy(add, add.sources(), add.destination(), true);
            } else if (ins instanceof Instruction.Workdir w) {
                workdir(w);
            } else if (ins instanceof Instruction.User u) {
                if (u.user() != null) expand(u.user());
            } else if (ins instanceof Instruction.Volume v) {
                for (Word w : v.paths()) {
                    BuildkitLexer.Result r = expand(w);
                    if (r != null && r.known() && r.value().isEmpty()) {
                        add(Family.VALUE, w.range(), "VOLUME specified can not be an empty string",
                                "name the volume's path; a variable that expands to nothing leaves none");
                    }
                }
            } else if (ins instanceof Instruction.Stopsignal s) {
                if (s.signal() == null) return;
                BuildkitLexer.Result r = expand(s.signal());
                if (r != null && r.known()) {
                    String bad = StopSignals.problem(r.value());
                    if (bad != null) {
                        add(Family.VALUE, s.signal().range(), bad, "name a signal, such as SIGTERM or SIGQUIT, or give its number");
                    }
                }
            } else if (ins instanceof Instruction.Expose e) {
                expose(e);
            } else if (ins instanceof Instruction.Run run) {
                mounts(run);
            }
        }

        private void add(Family f, SourceRange range, String message, String advice) {
            Conversion.this.add(f, scope, stage.index(), range, line, message, advice);
        }

        private BuildkitLexer.Result expand(Word w) {
            return expand(w.value(), w.range());
        }

        /** Expands a word with the stage's variables; a failure is reported and gives null. */
        private BuildkitLexer.Result expand(String word, SourceRange at) {
            BuildkitLexer.Result r = lexer.process(word, st);
            if (!r.ok()) {
                substitution(scope, stage.index(), at, line, r.error(), word);
                return null;
            }
            return r;
        }

        private Lookup value(BuildkitLexer.Result r) {
            return r == null || !r.known() ? Lookup.UNKNOWN : Lookup.of(r.value());
        }

        /** ENV expands every key and value with the variables from before the instruction, then sets them. */
        private void env(Instruction.Env env) {
            List<String> keys = new ArrayList<>();
            List<Lookup> values = new ArrayList<>();
            for (Instruction.KeyValue kv : env.pairs()) {
                BuildkitLexer.Result k = expand(kv.key());
                BuildkitLexer.Result v = kv.value() == null ? null : expand(kv.value());
                keys.add(k != null && k.known() ? k.value() : null);
                values.add(kv.value() == null ? Lookup.of("") : value(v));
            }
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i) != null) st.env.put(keys.get(i), values.get(i));
            }
        }

        /** ARG: a build arg wins, else the default is expanded, else the global value is taken as it is. */
        private void arg(Instruction.Arg arg) {
            for (Instruction.KeyValue kv : arg.args()) {
                String name = kv.name();
                Lookup value = null;
                if (g.buildArgs().containsKey(name)) {
                    value = Lookup.of(g.buildArgs().get(name));
                } else if (kv.value() != null) {
                    value = value(expand(kv.value()));
                } else if (globals.containsKey(name)) {
                    value = Lookup.of(globals.get(name));
                }
                if (value != null) st.env.put(name, value);
            }
        }

        private void workdir(Instruction.Workdir w) {
            if (w.path() == null) return;
            BuildkitLexer.Result r = expand(w.path());
            if (r == null || !r.known() || r.value().isEmpty()) {
                st.workdir = null;
                return;
            }
            String p = r.value();
            if (p.startsWith("/")) {
                st.workdir = GoPath.clean(p);
            } else if (st.workdir != null) {
                String rel = GoPath.clean(p);
                if (rel.equals(".")) return;
                // the working directory is already clean: a relative path without .. only appends
                // (not cleaning the whole path again keeps long chains of relative WORKDIRs linear)
                if (!rel.equals("..") && !rel.startsWith("../")) {
                    st.workdir = st.workdir.equals("/") ? "/" + rel : st.workdir + "/" + rel;
                } else {
                    st.workdir = GoPath.clean(GoPath.join(st.workdir, p));
                }
            }
        }

        private void copy(Instruction ins, List<Word> words, Word dest, boolean isAdd) {
            Flag chown = ins.node().flag("chown");
            if (chown != null && chown.value() != null) expand(chown.value(), chown.range());
            Flag chmod = ins.node().flag("chmod");
            BuildkitLexer.Result chmodValue = null;
            if (chmod != null && chmod.value() != null) chmodValue = expand(chmod.value(), chmod.range());
            Flag checksum = isAdd ? ins.node().flag("checksum") : null;
            BuildkitLexer.Result checksumValue = null;
            if (checksum != null && checksum.value() != null) checksumValue = expand(checksum.value(), checksum.range());
            // heredoc markers are inline files, not paths
            List<Heredoc> heredocs = ins.node().heredocs();
            List<Word> paths = new ArrayList<>();
            List<Word> inline = new ArrayList<>();
            for (Word w : words) {
                if (!heredocs.isEmpty() && isHeredocMarker(w.value())) inline.add(w);
                else paths.add(w);
            }
            List<BuildkitLexer.Result> sources = new ArrayList<>();
            for (Word w : paths) sources.add(expand(w));
            if (dest != null) expand(dest);
            for (int i = 0; i < inline.size() && i < heredocs.size(); i++) {
                Heredoc h = heredocs.get(i);
                if (!h.expand()) continue;
                BuildkitLexer.Result r = new BuildkitLexer('\\').skipProcessQuotes(true).process(h.effectiveContent(), st);
                if (!r.ok()) {
                    SourceRange at = h.bodyRange() != null ? h.bodyRange() : inline.get(i).range();
                    substitution(scope, stage.index(), at, line, r.error(), h.effectiveContent());
                }
            }
            if (chmodValue != null && chmodValue.known()) {
                String bad = CopyChecks.chmodProblem(chmodValue.value());
                if (bad != null) {
                    add(Family.COPY, chmod.range(), bad, "write the mode in octal, such as 0755, or symbolically, such as u+x");
                }
            }
            boolean allKnown = true, anyFailed = false;
            List<String> values = new ArrayList<>();
            for (BuildkitLexer.Result r : sources) {
                if (r == null) anyFailed = true;
                if (r == null || !r.known()) allKnown = false;
                else values.add(r.value());
            }
            // the number of sources is fixed by the text, whatever a variable in them holds
            if (checksumValue != null && checksumValue.known() && !checksumValue.value().isEmpty() && !allKnown
                    && !anyFailed && sources.size() != 1) {
                add(Family.COPY, checksum.range(), "checksum can't be specified for multiple sources",
                        "ADD --checksum checks one http(s) or Git source against a digest such as sha256:<64 hex digits>");
            }
            if (checksumValue != null && checksumValue.known() && allKnown) {
                String bad = CopyChecks.checksumProblem(checksumValue.value(), values);
                if (bad != null) {
                    add(Family.COPY, checksum.range(), bad,
                            "ADD --checksum checks one http(s) or Git source against a digest such as sha256:<64 hex digits>");
                }
            }
            if (!isAdd) {
                for (int i = 0; i < sources.size(); i++) {
                    BuildkitLexer.Result r = sources.get(i);
                    if (r == null || !r.known()) continue;
                    String bad = CopyChecks.copySourceProblem(r.value());
                    if (bad != null) {
                        add(Family.COPY, paths.get(i).range(), bad, "use ADD to fetch a URL or a Git repository");
                        break;
                    }
                }
            }
        }

        /** BuildKit expands every port word, sorts the ports, then parses them: the first it refuses fails the stage. */
        private void expose(Instruction.Expose e) {
            // BuildKit sorts the words as written (quotes and $ included), then expands and checks
            // each in that order: the first bad port is the one it names
            List<Word> words = new ArrayList<>(e.ports());
            words.sort(BY_VALUE);
            for (Word w : words) {
                BuildkitLexer.Result r = expand(w);
                if (r == null) return;
                if (!r.known()) continue; // an unknown value may hold good ports: judge the rest
                for (String port : r.words()) {
                    String bad = PortSpec.problem(port);
                    if (bad != null) {
                        add(Family.VALUE, w.range(), bad,
                                "EXPOSE takes port numbers 0-65535 or ranges such as 8000-8010, each with an optional /tcp, /udp or /sctp");
                        return;
                    }
                }
            }
        }

        /** Every --mount of a RUN: its options, then where it would be mounted. */
        private void mounts(Instruction.Run run) {
            for (Flag f : run.node().flags()) {
                if (!f.name().equals("mount") || f.value() == null) continue;
                SourceRange at = f.range();
                MountSpec m = MountSpec.parse(f.value(), lexer, st);
                if (m.problem != null) {
                    if (m.problem.substitution()) {
                        substitution(scope, stage.index(), at, line, m.problem.message(), f.value());
                    } else {
                        add(Family.MOUNT, at, m.problem.message(), mountAdvice(m.problem.message()));
                    }
                    continue;
                }
                if (m.type == null || m.type.equals("secret") || m.type.equals("ssh") || !m.targetKnown) continue;
                String target = m.target == null ? "" : m.target;
                String resolved;
                if (GoPath.clean(target).startsWith("/")) {
                    resolved = target;
                } else if (st.workdir != null) {
                    resolved = GoPath.clean(GoPath.join(st.workdir, target));
                } else {
                    continue;
                }
                if (resolved.equals("/")) {
                    add(Family.MOUNT, at, "invalid mount target \"/\"",
                            "mount at a directory other than /, such as target=/src"
                                    + (target.isEmpty() ? "; the mount has no target=, so it mounts at the working directory" : ""));
                }
            }
        }
    }

    private void substitution(Scope scope, int stage, SourceRange at, int line, String error, String word) {
        add(Family.SUBSTITUTION, scope, stage, at, line, error, substitutionAdvice(error, word));
    }

    private static boolean isHeredocMarker(String w) {
        int i = 0;
        while (i < w.length() && Character.isDigit(w.charAt(i))) i++;
        return w.startsWith("<<", i);
    }

    // ------------------------------------------------------------------ advice

    static String substitutionAdvice(String error, String word) {
        if (error.contains("unsupported modifier")) {
            if (word.contains("${templateOption:")) {
                return "this is a template placeholder: render the template before building, or write $$ for a literal $";
            }
            return "BuildKit knows ${VAR}, ${VAR:-default}, ${VAR:+alternative}, ${VAR:?message}, ${VAR#pattern},"
                    + " ${VAR%pattern} and ${VAR/pattern/replacement}; escape a literal $ as \\$";
        }
        if (error.contains("looking for matching")) return "close the quote, or escape it with the escape character";
        if (error.contains("missing '}'")) return "close the ${ with }";
        if (error.contains("missing '/'")) return "write ${VAR/pattern/replacement}";
        if (error.contains("bad substitution")) return "put a variable name inside ${}";
        if (error.contains("invalid pattern")) return "in a pattern, escape only *, ? and \\";
        return "the variable must be set: pass --build-arg, or set it with ARG or ENV before this line";
    }

    private static String blankAdvice(BuildkitLexer.Result r, String what) {
        if (r.unmatched().isEmpty()) return "the value expands to nothing; write " + what + " there";
        String name = r.unmatched().iterator().next();
        return "$" + name + " is not set: give ARG " + name + " a default, or pass --build-arg " + name + "=<"
                + (what.equals("a platform") ? "os/arch" : "image") + ">";
    }

    private static String referenceAdvice(String ref) {
        return "an image reference is [registry/]name[:tag][@digest], lower case, with a tag of letters, digits, '_', '.' and '-'";
    }

    private static String mountAdvice(String message) {
        if (message.startsWith("invalid field")) return "every option needs a value (key=value), except ro, rw and required";
        if (message.startsWith("unsupported mount type")) return "type is one of bind, cache, tmpfs, secret and ssh";
        if (message.startsWith("unsupported sharing")) return "sharing is one of shared, private and locked";
        if (message.startsWith("unexpected key")) return "drop the option, or use a mount type that takes it";
        if (message.contains("not allowed for")) return "mode, uid and gid apply to cache, secret and ssh mounts only";
        if (message.startsWith("invalid value")) return "give the option a value of its kind";
        if (message.contains("secret")) return "a secret mount takes id= (or source=) and an optional target=, and no from= or sharing=";
        if (message.contains("sharing")) return "sharing= applies to cache mounts only";
        if (message.contains("ssh")) return "an ssh mount takes id= and target=, not source=";
        return "see the RUN --mount reference";
    }

    // ------------------------------------------------------------------ helpers

    /** Go's strconv.ParseInt(s, 10, 64). */
    private static boolean goInt64(String s) {
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        if (i >= s.length()) return false;
        for (int k = i; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        try {
            Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Go's path package: Clean and Join on slash-separated paths. */
    static final class GoPath {
        private GoPath() {}

        static String join(String a, String b) {
            if (a.isEmpty()) return clean(b);
            if (b.isEmpty()) return clean(a);
            return clean(a + "/" + b);
        }

        static String clean(String p) {
            if (p.isEmpty()) return ".";
            boolean rooted = p.startsWith("/");
            List<String> out = new ArrayList<>();
            for (String part : p.split("/")) {
                if (part.isEmpty() || part.equals(".")) continue;
                if (part.equals("..")) {
                    if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) out.remove(out.size() - 1);
                    else if (!rooted) out.add("..");
                    continue;
                }
                out.add(part);
            }
            String body = String.join("/", out);
            if (rooted) return "/" + body;
            return body.isEmpty() ? "." : body;
        }
    }
}
