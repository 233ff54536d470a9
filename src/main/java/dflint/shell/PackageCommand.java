package dflint.shell;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A package manager invocation: which manager ({@code apt-get}, {@code apt}, {@code aptitude},
 * {@code apk}, {@code yum}, {@code dnf}, {@code microdnf}, {@code zypper}, {@code pip}, {@code npm},
 * {@code yarn}, {@code pnpm}, {@code gem}, {@code go}), its subcommand (lower case; two words for
 * {@code yum module install}, {@code yarn global add}), the package operands with their positions
 * (option values are never packages), and all options.
 *
 * @param manager        the manager's canonical name ({@code pip} for pip3 and {@code python -m pip})
 * @param subcommand     empty when none was given
 * @param subcommandWord null when none was given
 * @param packages       operands after the subcommand
 * @param args           options (of the whole invocation) and operands, subcommand included
 */
public record PackageCommand(String manager, String subcommand, ShellWord subcommandWord,
                             List<ShellWord> packages, Args args, Command command) {

    static final Set<String> APT_VALUES = Set.of("-o", "--option", "-t", "--target-release", "--default-release",
            "-c", "--config-file", "-a", "--host-architecture");
    static final Set<String> APK_VALUES = Set.of("-t", "--virtual", "--repository", "-X", "--root", "-p", "--arch",
            "--cache-dir", "--keys-dir", "--repositories-file", "--wait", "--cache-max-age", "--timeout");
    static final Set<String> RPM_VALUES = Set.of("-x", "--exclude", "--enablerepo", "--disablerepo", "--installroot",
            "--releasever", "-c", "--config", "--repo", "--repoid", "--repofrompath", "--forcearch", "--downloaddir",
            "--destdir", "-d", "--debuglevel", "-e", "--errorlevel", "--rpmverbosity", "--color", "--setopt",
            "--enable-repo", "--disable-repo", "--downloadonly-dir");
    static final Set<String> ZYPPER_VALUES = Set.of("-R", "--root", "-r", "--repo", "-t", "--type", "--from", "-c",
            "--config", "-D", "--reposd-dir", "-C", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "-p",
            "--plus-repo", "--download");
    static final Set<String> PIP_VALUES = Set.of("-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
            "--extra-index-url", "-f", "--find-links", "-e", "--editable", "-t", "--target", "--prefix", "--root",
            "--src", "--trusted-host", "--upgrade-strategy", "--platform", "--python-version", "--implementation",
            "--abi", "--progress-bar", "--log", "--proxy", "--retries", "--timeout", "--exists-action", "--cert",
            "--client-cert", "--cache-dir", "--global-option", "--install-option", "--no-binary", "--only-binary",
            "--config-settings", "-C", "--python", "--report", "--root-user-action", "--keyring-provider");
    static final Set<String> NPM_VALUES = Set.of("--prefix", "--registry", "--cache", "-w", "--workspace", "--tag",
            "--omit", "--include", "--loglevel", "--userconfig", "--globalconfig", "-C", "--install-strategy");
    static final Set<String> YARN_VALUES = Set.of("--cwd", "--cache-folder", "--modules-folder", "--registry",
            "--network-timeout", "--mutex", "--link-folder", "--global-folder", "--network-concurrency");
    static final Set<String> GEM_VALUES = Set.of("-v", "--version", "-i", "--install-dir", "-n", "--bindir",
            "--source", "-s", "-P", "--trust-policy", "--platform", "-g", "--file", "--build-root");
    static final Set<String> GO_VALUES = Set.of("-o", "-C", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod",
            "-modfile", "-pkgdir", "-buildmode", "-compiler", "-exec", "-overlay", "-toolexec", "-covermode",
            "-coverpkg", "-pgo", "-gccgoflags", "-buildvcs");

    public boolean isSubcommand(String... names) {
        for (String n : names) if (n.equals(subcommand)) return true;
        return false;
    }

    /** The package manager behind {@code c} (also behind {@code sudo}, {@code env}, ...), or null when it is none of those above. */
    public static PackageCommand of(Command command) {
        if (!command.packageCommandKnown) {
            command.packageCommand = read(command);
            command.packageCommandKnown = true;
        }
        return command.packageCommand;
    }

    private static PackageCommand read(Command command) {
        Command c = command.unwrapped();
        String name = c.baseName();
        List<ShellWord> rest = c.arguments();
        switch (name) {
            case "apt-get": case "apt": case "aptitude":
                return simple(name, c, rest, APT_VALUES, false);
            case "apk":
                return simple(name, c, rest, APK_VALUES, false);
            case "yum": case "dnf": case "microdnf": case "dnf5": case "tdnf":
                return twoLevel(name, c, rest, RPM_VALUES, "module");
            case "zypper":
                return simple(name, c, rest, ZYPPER_VALUES, false);
            case "npm":
                return simple(name, c, rest, NPM_VALUES, false);
            case "yarn":
                return twoLevel(name, c, rest, YARN_VALUES, "global");
            case "pnpm":
                return simple(name, c, rest, NPM_VALUES, false);
            case "gem":
                return simple(name, c, rest, GEM_VALUES, false);
            case "go":
                return simple(name, c, rest, GO_VALUES, true);
            default:
                break;
        }
        if (isPip(name)) return simple("pip", c, rest, PIP_VALUES, false);
        if (isPython(name)) {
            // python [options] -m pip ...
            List<ShellWord> w = c.arguments();
            for (int k = 0; k + 1 < w.size(); k++) {
                String v = w.get(k).value();
                if (v.equals("-m") && isPip(w.get(k + 1).value())) return simple("pip", c, w.subList(k + 2, w.size()), PIP_VALUES, false);
                if (v.equals("-mpip")) return simple("pip", c, w.subList(k + 1, w.size()), PIP_VALUES, false);
                if (!v.startsWith("-")) break;
            }
        }
        return null;
    }

    private static boolean isPip(String name) {
        if (!name.startsWith("pip")) return false;
        for (int k = 3; k < name.length(); k++) {
            char ch = name.charAt(k);
            if (!(Character.isDigit(ch) || ch == '.')) return false;
        }
        return true;
    }

    private static boolean isPython(String name) {
        if (!name.startsWith("python")) return false;
        for (int k = 6; k < name.length(); k++) {
            char ch = name.charAt(k);
            if (!(Character.isDigit(ch) || ch == '.')) return false;
        }
        return true;
    }

    private static PackageCommand simple(String manager, Command c, List<ShellWord> words, Set<String> values, boolean go) {
        Args args = Args.parse(words, values, go);
        List<ShellWord> ops = args.operands();
        if (ops.isEmpty()) return new PackageCommand(manager, "", null, List.of(), args, c);
        return new PackageCommand(manager, ops.get(0).value().toLowerCase(Locale.ROOT), ops.get(0),
                ops.subList(1, ops.size()), args, c);
    }

    private static PackageCommand twoLevel(String manager, Command c, List<ShellWord> words, Set<String> values, String group) {
        PackageCommand p = simple(manager, c, words, values, false);
        if (!p.subcommand.equals(group) || p.packages.isEmpty()) return p;
        List<ShellWord> ops = p.packages;
        return new PackageCommand(manager, group + " " + ops.get(0).value().toLowerCase(Locale.ROOT), p.subcommandWord,
                ops.subList(1, ops.size()), p.args, c);
    }

    /** Every package manager invocation in the script, in order. */
    public static List<PackageCommand> in(ShellScript script) {
        List<PackageCommand> out = new java.util.ArrayList<>();
        for (Command c : script.commands()) {
            PackageCommand p = of(c);
            if (p != null) out.add(p);
        }
        return out;
    }

    /** The invocations of {@code manager} (canonical name, or several) with one of {@code subcommands}. */
    public static List<PackageCommand> in(ShellScript script, Set<String> managers, String... subcommands) {
        List<PackageCommand> out = new java.util.ArrayList<>();
        for (PackageCommand p : in(script)) {
            if (managers.contains(p.manager()) && (subcommands.length == 0 || p.isSubcommand(subcommands))) out.add(p);
        }
        return out;
    }
}
