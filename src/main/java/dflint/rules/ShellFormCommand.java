package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.ImageDefaults;
import dflint.graph.Stage;
import dflint.graph.StageRef;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CMD, ENTRYPOINT and HEALTHCHECK CMD in shell form while no SHELL is in effect
 * (none earlier in the stage, none in a FROM-parent stage). BuildKit checks CMD
 * and ENTRYPOINT; hadolint (DL3025) also checks HEALTHCHECK CMD, and so does this
 * rule when the check is plain words: then the shell adds nothing but a dependency
 * on /bin/sh. A check written with shell syntax ({@code || exit 1}) is left alone.
 * A command that starts with {@code exec} is left alone too (BuildKit reports it): the shell
 * replaces itself with the program, which then gets the signals, and the shell form is what
 * expands {@code $PORT} in {@code CMD exec gunicorn --bind :$PORT app}.
 *
 * <p>The fix writes the JSON form of a command made of plain words (nothing the shell would
 * expand, quote, redirect or chain). It is safe for HEALTHCHECK, and for CMD when nothing can
 * receive it as arguments: no ENTRYPOINT in the stage or its FROM parents and a base image known
 * to set none. An ENTRYPOINT in JSON form receives CMD and {@code docker run} arguments that the
 * shell form ignored, so that fix, and a CMD's under an ENTRYPOINT, is unsafe.
 */
@RuleInfo(id = "DF2004", slug = "json-args-recommended", severity = Severity.WARNING,
        summary = "CMD, ENTRYPOINT or HEALTHCHECK CMD is written in shell form",
        aliases = {"JSONArgsRecommended", "DL3025"},
        tags = {"correctness", "buildkit", "hadolint"}, fix = FixSafety.SAFE)
public final class ShellFormCommand implements Rule {
    @Override
    public void check(RuleContext cx) {
        boolean[] inheritsShell = DispatchScope.inherited(cx.graph(), Instruction.Shell.class);
        for (DispatchScope.Unit u : DispatchScope.units(cx)) {
            boolean shellSet = u.stage() != null && inheritsShell[u.stage().index()];
            for (Instruction i : u.instructions()) {
                if (i instanceof Instruction.Shell) {
                    shellSet = true;
                } else if (!shellSet && i instanceof Instruction.Cmd c && !c.command().exec() && !c.command().isEmpty()) {
                    report(cx, u, i, c.command(), "CMD", cmdIsSafe(cx, u.stage()));
                } else if (!shellSet && i instanceof Instruction.Entrypoint e && !e.command().exec() && !e.command().isEmpty()) {
                    report(cx, u, i, e.command(), "ENTRYPOINT", false);
                } else if (!shellSet && i instanceof Instruction.Healthcheck h && h.command() != null
                        && h.type() != null && h.type().value().equalsIgnoreCase("CMD")
                        && !h.command().exec() && !h.command().isEmpty()) {
                    Word w = h.command().words().get(0);
                    String json = jsonOf(w.value());
                    // a check that uses shell syntax (|| exit 1, [ -f x ]) needs the shell: shell form is right there
                    if (json == null) continue;
                    Fix fix = Edits.keepsComments(cx.file(), w.range()) ? new Fix("use the JSON form", w.range(), json) : null;
                    cx.report(w.range(), "HEALTHCHECK CMD in shell form runs through /bin/sh, which the image may not have, "
                            + "for a command that needs no shell; write HEALTHCHECK CMD " + json,
                            fix);
                }
            }
        }
    }

    /** CMD's JSON form runs the same program when no ENTRYPOINT, written or inherited from the image, receives it. */
    private static boolean cmdIsSafe(RuleContext cx, Stage stage) {
        if (stage == null) return false;
        for (Stage s : cx.graph().parentChain(stage)) {
            for (Instruction i : s.instructions()) {
                if (i instanceof Instruction.Entrypoint) return false;
            }
        }
        StageRef root = cx.graph().rootBase(stage);
        ImageDefaults.Known image = root == null ? null : ImageDefaults.of(root.image());
        return image != null && !image.entrypoint();
    }

    private static void report(RuleContext cx, DispatchScope.Unit u, Instruction i, Instruction.CommandLine cmd, String what,
                               boolean safe) {
        String kw = i.node().keyword().toUpperCase(Locale.ROOT);
        Word w = cmd.words().get(0);
        if (startsWithExec(w.value())) return;
        String json = jsonOf(w.value());
        SourceRange r = w.range();
        boolean windows = u.stage() != null && ImageFamily.of(cx, u.stage()).family() == ImageFamily.Family.WINDOWS;
        String shell = windows ? "cmd /S /C" : "/bin/sh -c";
        String stop = windows ? "docker stop" : "docker stop (SIGTERM)";
        cx.report(r, kw + " in shell form runs as a child of " + shell + ", so the process is not told to stop on " + stop + "; "
                + (json != null ? "write " + kw + " " + json
                        : "the command uses the shell, so start it with exec (" + kw + " exec " + firstWord(w.value())
                        + " ...) to let the program replace the shell, or use the JSON form"),
                json != null && Edits.keepsComments(cx.file(), r)
                        ? new Fix("use the JSON form", r, json).withSafety(safe ? FixSafety.SAFE : FixSafety.UNSAFE) : null);
    }

    private static boolean startsWithExec(String command) {
        String t = command.strip();
        return t.startsWith("exec ") || t.startsWith("exec\t");
    }

    private static String firstWord(String command) {
        String t = command.strip();
        int sp = 0;
        while (sp < t.length() && !Character.isWhitespace(t.charAt(sp))) sp++;
        return t.substring(0, sp);
    }

    /** The JSON array for a command made of plain words only; null when the shell would do more than split it. */
    static String jsonOf(String command) {
        String t = command.strip();
        if (t.isEmpty()) return null;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if ("\"'\\$`|&;<>()*?[]{}~#!=\n".indexOf(c) >= 0 || (c < 0x20 && c != '\t') || c == 0x7f) return null;
        }
        List<String> parts = new ArrayList<>();
        for (String p : Scan.words(t, " \t")) parts.add("\"" + p + "\"");
        return "[" + String.join(", ", parts) + "]";
    }
}
