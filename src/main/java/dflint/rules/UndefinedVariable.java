package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.StageRef;
import dflint.syntax.Flag;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.Levenshtein;
import dflint.syntax.SourceRange;
import dflint.syntax.VariableExpander;
import dflint.syntax.Word;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A variable used where BuildKit expands it (ENV, LABEL, COPY/ADD paths and
 * flags, WORKDIR, USER, VOLUME, STOPSIGNAL, RUN --mount options, ARG defaults,
 * unquoted COPY/ADD heredocs) that no ARG or ENV before it defines, in the stage
 * or in a FROM-parent stage. A global ARG counts only once the stage declares it
 * again with {@code ARG NAME}. RUN, CMD and ENTRYPOINT text is left to the shell
 * and not checked; PATH is always defined.
 */
@RuleInfo(id = "DF2008", slug = "undefined-variable", severity = Severity.WARNING,
        summary = "A variable is used before any ARG or ENV defines it",
        aliases = {"UndefinedVar"},
        tags = {"correctness", "buildkit"})
public final class UndefinedVariable implements Rule {
    @Override
    public void check(RuleContext cx) {
        Set<String> declaredInFile = declaredNames(cx);
        // whether each stage chain starts from a plain image; parents come first in file order
        List<dflint.graph.Stage> stages = cx.graph().stages();
        boolean[] plain = new boolean[stages.size()];
        for (dflint.graph.Stage s : stages) {
            dflint.graph.Stage parent = cx.graph().parent(s);
            plain[s.index()] = parent != null ? plain[parent.index()] : isPlain(s.parentRef());
        }
        Levenshtein.Budget budget = new Levenshtein.Budget();
        StageVariables.forEachUnit(cx, new StageVariables.UnitVisitor() {
            @Override
            public void visit(DispatchScope.Unit u, StageVariables vars) {
                if (u.stage() == null) return; // BuildKit never dispatches what comes before FROM
                boolean plainBase = plain[u.stage().index()];
                for (Instruction i : u.instructions()) {
                    new Checker(cx, vars, u, plainBase, declaredInFile, budget).instruction(i);
                    if (!(i instanceof Instruction.Arg)) vars.apply(i); // the checker applied each ARG key in turn
                }
            }
        });
    }

    /** Every ARG and ENV name the file declares anywhere (ENV keys as written). */
    private static Set<String> declaredNames(RuleContext cx) {
        Set<String> out = new java.util.HashSet<>();
        for (Instruction i : cx.file().instructions()) {
            Instruction in = i instanceof Instruction.Onbuild ob && ob.trigger() != null ? ob.trigger() : i;
            if (in instanceof Instruction.Arg a) {
                for (Instruction.KeyValue kv : a.args()) out.add(kv.name());
            } else if (in instanceof Instruction.Env e) {
                for (Instruction.KeyValue kv : e.pairs()) out.add(kv.name());
            }
        }
        return out;
    }

    /** The stage chain starts from scratch or a plain distribution image. */
    static boolean isPlain(StageRef base) {
        return base != null && base.isPlainBase();
    }

    private static final class Checker {
        final RuleContext cx;
        final StageVariables vars;
        final DispatchScope.Unit unit;
        final boolean plainBase;
        final Set<String> declaredInFile;
        final Levenshtein.Budget budget;
        final Set<String> reported = new LinkedHashSet<>();

        Checker(RuleContext cx, StageVariables vars, DispatchScope.Unit unit, boolean plainBase, Set<String> declaredInFile,
                Levenshtein.Budget budget) {
            this.cx = cx;
            this.budget = budget;
            this.vars = vars;
            this.unit = unit;
            this.plainBase = plainBase;
            this.declaredInFile = declaredInFile;
        }

        void instruction(Instruction i) {
            if (i instanceof Instruction.Env env) {
                // PATH=/opt/bin:$PATH extends the variable whether or not it was set: unset is expected;
                // a name an earlier pair of the same ENV sets is DF3044's (the read sees the old value)
                Set<String> setHere = new java.util.HashSet<>();
                for (Instruction.KeyValue kv : env.pairs()) {
                    word(kv.key(), setHere);
                    if (kv.value() == null) {
                        setHere.add(kv.name());
                        continue;
                    }
                    // X=${X} alone copies nothing; X=/opt/lib:$X extends it
                    String v = kv.value().value();
                    boolean extendsItself = !v.equals("$" + kv.name()) && !v.equals("${" + kv.name() + "}");
                    if (extendsItself) setHere.add(kv.name());
                    word(kv.value(), setHere);
                    setHere.add(kv.name());
                }
            } else if (i instanceof Instruction.Label label) {
                for (Instruction.KeyValue kv : label.pairs()) {
                    word(kv.key());
                    if (kv.value() != null) word(kv.value());
                }
            } else if (i instanceof Instruction.Arg arg) {
                // each default sees the keys declared before it in the same ARG
                for (Instruction.KeyValue kv : arg.args()) {
                    if (kv.value() != null) word(kv.value());
                    vars.applyArg(kv);
                }
            } else if (i instanceof Instruction.Copy c) {
                paths(i, c.sources(), c.destination());
                flags(i, "chown", "chmod");
                heredocs(i);
            } else if (i instanceof Instruction.Add a) {
                paths(i, a.sources(), a.destination());
                flags(i, "chown", "chmod", "checksum");
                heredocs(i);
            } else if (i instanceof Instruction.Workdir w) {
                if (w.path() != null) word(w.path());
            } else if (i instanceof Instruction.User u) {
                if (u.user() != null) word(u.user());
            } else if (i instanceof Instruction.Stopsignal s) {
                if (s.signal() != null) word(s.signal());
            } else if (i instanceof Instruction.Volume v) {
                for (Word w : v.paths()) word(w);
            } else if (i instanceof Instruction.Run) {
                for (Flag f : i.node().flags()) {
                    if (f.name().equals("mount") && f.value() != null) word(new Word(f.value(), f.range()));
                }
            }
        }

        private void paths(Instruction i, List<Word> sources, Word dest) {
            boolean heredoc = !i.node().heredocs().isEmpty();
            for (Word w : sources) {
                if (heredoc && w.value().startsWith("<<")) continue;
                word(w);
            }
            if (dest != null) word(dest);
        }

        private void flags(Instruction i, String... names) {
            for (String n : names) {
                Flag f = i.node().flag(n);
                if (f != null && f.value() != null) word(new Word(f.value(), f.range()));
            }
        }

        private void heredocs(Instruction i) {
            for (Heredoc h : i.node().heredocs()) {
                if (!h.expand()) continue;
                String body = h.content();
                for (VariableExpander.Reference r : VariableExpander.references(body, cx.file().escape())) {
                    if (isDefined(r.name())) continue;
                    report(r.name(), WordRanges.inHeredoc(h, r.offset(), WordRanges.referenceLength(body, r.offset()), i.range()),
                            r.guarded());
                }
            }
        }

        private void word(Word w) {
            word(w, Set.of());
        }

        /**
         * Reports the undefined variables a word reads, except those in {@code skip} and those read
         * with a modifier that handles unset on purpose ({@code ${X:-d}}, {@code ${X:+y}}, ...).
         */
        private void word(Word w, Set<String> skip) {
            List<VariableExpander.Reference> refs = vars.expand(w.value()).references();
            // ${X:+--x=$X}: the inner $X is read only when X is set
            Set<String> guarded = new java.util.HashSet<>();
            for (VariableExpander.Reference r : refs) if (r.guarded()) guarded.add(r.name());
            for (VariableExpander.Reference r : refs) {
                if (isDefined(r.name()) || skip.contains(r.name())) continue;
                report(r.name(), WordRanges.part(w, r.offset(), WordRanges.referenceLength(w.value(), r.offset())),
                        guarded.contains(r.name()));
            }
        }

        private boolean isDefined(String name) {
            return vars.isDefined(name) || name.equals("BUILDKIT_SBOM_SCAN_CONTEXT") || name.equals("BUILDKIT_SBOM_SCAN_STAGE");
        }

        /**
         * Reports an undefined name. {@code guarded}: read through a modifier that handles unset
         * ({@code ${X:-d}}), which is deliberate when X may be set: by a build argument or ENV the
         * file declares, or by a base image that may define it. On scratch or a plain distribution
         * image, a name the file never declares is always unset, so the guard is a mistake
         * ({@code ${UID:-1000}} next to {@code ARG RUNTIME_UID}).
         */
        private void report(String name, SourceRange range, boolean guarded) {
            String suggestion = vars.suggest(name, budget);
            // on an image that may set it, a name is reported only when this file's own ARG/ENV
            // (elsewhere or later) shows it is meant to come from here, or it is a near miss of
            // a name of four letters or more that the file defines
            boolean typo = suggestion != null && declaredInFile.contains(suggestion) && name.length() >= 4;
            // a guard makes sense when the variable may be set: declared somewhere in the file, or by the base image
            if (guarded && (declaredInFile.contains(name) || (!plainBase && !typo))) return;
            if (!plainBase && !declaredInFile.contains(name) && !typo) return;
            if (!reported.add(name)) return;
            cx.report(range, "$" + name + " is not defined here: no ARG or ENV " + name + " comes before it in "
                    + unit.label() + " or its parent stages"
                    + (suggestion != null ? " (did you mean $" + suggestion + "?)" : "")
                    + "; declare it first with ARG " + name + " or ENV " + name + "=<value>");
        }
    }
}
