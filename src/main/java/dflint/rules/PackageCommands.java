package dflint.rules;

import dflint.engine.RuleContext;
import dflint.shell.Args;
import dflint.shell.Assignment;
import dflint.shell.Command;
import dflint.shell.PackageCommand;
import dflint.shell.ShellWord;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reading yum, dnf/microdnf and zypper command lines for the hadolint-parity rules:
 * the sub-command, the packages after it, and whether a package names a version.
 */
final class PackageCommands {
    private PackageCommands() {}

    /** A package-manager call: its options, sub-command (and a second word for module/group), and package words. */
    record Call(Command command, Args args, String sub, String sub2, List<ShellWord> packages) {}

    /**
     * Reads {@code c} with {@link PackageCommand} (package {@code shell} knows each manager's options);
     * {@code sub2} is the second word of {@code module install} and {@code group install}.
     */
    static Call read(Command c) {
        PackageCommand p = PackageCommand.of(c);
        if (p == null) return new Call(c, c.args(), "", "", List.of());
        String sub = p.subcommand(), sub2 = "";
        List<ShellWord> packages = p.packages();
        int space = sub.indexOf(' ');
        if (space > 0) {
            sub2 = sub.substring(space + 1);
            sub = sub.substring(0, space);
        } else if (sub.equals("group") && !packages.isEmpty()) {
            sub2 = packages.get(0).value();
            packages = packages.subList(1, packages.size());
        }
        return new Call(c, p.args(), sub, sub2, packages);
    }

    /**
     * The fix for a yum/dnf call without -y: {@code -y} after the sub-command, or after the
     * command name when the sub-command is two words ({@code dnf -y group install}).
     */
    static dflint.engine.Fix assumeYes(Command c, Call call) {
        PackageCommand p = PackageCommand.of(c);
        if (p == null) return null;
        ShellWord after = call.sub2().isEmpty() ? p.subcommandWord() : p.command().nameWord();
        return Edits.shellInsert("add -y", p.command(), after, " -y");
    }

    static boolean isDnf(Command c) {
        return c.is("dnf", "microdnf", "dnf5");
    }

    /**
     * A yum/dnf package word names a version: a {@code -} followed by a digit
     * ({@code tomcat-9.0.1}, {@code openssl-1:1.1k}), or by a variable that is known to be
     * set ({@code git-core-${VERSION}}); or it is a local .rpm file.
     */
    static boolean rpmPinned(String word, java.util.function.Predicate<String> knownVariable) {
        if (word.endsWith(".rpm")) return true;
        for (int k = 0; k + 1 < word.length(); k++) {
            if (word.charAt(k) != '-') continue;
            char next = word.charAt(k + 1);
            if (Character.isDigit(next)) return true;
            if (next == '$') {
                String name = variableAt(word, k + 1);
                if (name != null && knownVariable.test(name)) return true;
            }
        }
        return false;
    }

    /** The variable name of {@code $NAME} or {@code ${NAME...}} at {@code dollar}, or null. */
    static String variableAt(String s, int dollar) {
        int i = dollar + 1;
        if (i < s.length() && s.charAt(i) == '{') i++;
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
        return i > start ? s.substring(start, i) : null;
    }

    /** Every {@code apt-get install} the file's RUNs run (behind sudo, env, ... too), in file order; dry runs left out. */
    static List<PackageCommand> aptGetInstalls(RuleContext cx) {
        return aptGetInstalls(cx, false);
    }

    /** As {@link #aptGetInstalls(RuleContext)}; with {@code shippedOnly}, only in RUNs of shipped images. */
    static List<PackageCommand> aptGetInstalls(RuleContext cx, boolean shippedOnly) {
        List<PackageCommand> out = new ArrayList<>();
        for (RunSites.Site site : RunSites.using(cx, "apt-get")) {
            if (shippedOnly && !RunSites.inImage(cx, site)) continue;
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p != null && p.manager().equals("apt-get") && p.isSubcommand("install") && !RunSites.simulates(p)) out.add(p);
            }
        }
        return out;
    }

    /**
     * Names the RUN's script sets before {@code command}: assignments ({@code V=1 && ...}) and
     * {@code export}/{@code readonly}/{@code declare}/{@code local}/{@code typeset} of NAME=value.
     */
    static Set<String> scriptVariables(Command command) {
        Set<String> out = new HashSet<>();
        SourceRange at = command.nameRange();
        for (Assignment a : command.script().assignments()) {
            if (before(a.range(), at)) out.add(a.name());
        }
        for (Command c : command.preceding()) {
            if (!c.is("export", "readonly", "declare", "local", "typeset")) continue;
            for (ShellWord w : c.arguments()) {
                int eq = w.value().indexOf('=');
                if (eq > 0) out.add(w.value().substring(0, eq));
            }
        }
        return out;
    }

    private static boolean before(SourceRange a, SourceRange b) {
        return a.startLine() < b.startLine() || (a.startLine() == b.startLine() && a.startColumn() < b.startColumn());
    }

    /** An {@code rm} of one of the directories (or something inside it). */
    static boolean removes(Command c, String... dirs) {
        if (!c.is("rm")) return false;
        for (ShellWord w : c.args().operands()) {
            String v = w.value();
            for (String d : dirs) if (v.equals(d) || v.startsWith(d + "/") || v.startsWith(d + "*")) return true;
        }
        return false;
    }
}
