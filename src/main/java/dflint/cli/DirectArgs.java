package dflint.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The command lines of {@code lint} and {@code stages} read without picocli, the way picocli
 * reads them. picocli builds its model of dflint's commands by reflection on every run, which
 * costs a short run more than the lint itself, class-data archive or not (its annotation
 * processor builds the model only at compile time, to write GraalVM configuration, and
 * generates nothing to use at run time). Most real invocations are a lint or {@code stages}
 * with a few options, so those are read here.
 *
 * <p>Only the plain forms are: {@code --name value}, {@code --name=value}, {@code -f value},
 * {@code -o value}, flags, and operands. Anything else (help, version, an unknown or repeated
 * option, a value that looks like an option or is not a plain number or path, {@code --},
 * {@code @file}, quotes in a split list) returns null and picocli reads the whole command line,
 * so its messages and its rules stay the only ones users see.
 */
final class DirectArgs {
    private DirectArgs() {}

    enum Kind { FLAG, VALUE, LIST, SPLIT }

    private static final Map<String, Kind> LINT = new HashMap<>();
    private static final Map<String, Kind> STAGES = new HashMap<>();
    /** Short names, as picocli has them, mapped to the long ones. */
    private static final Map<String, String> SHORT = Map.of("-f", "--format", "-o", "--output");

    static {
        for (String flag : new String[] {"--no-discover", "--no-fail", "--no-config", "--include-fixtures",
            "--shellcheck", "--fix", "--diff", "--unsafe-fixes", "--debug"}) {
            LINT.put(flag, Kind.FLAG);
        }
        for (String value : new String[] {"--project-root", "--failure-threshold", "--config", "--sarif-root",
            "--color", "--max-file-size"}) {
            LINT.put(value, Kind.VALUE);
        }
        for (String list : new String[] {"--format", "--output", "--target", "--build-arg", "--exclude", "--severity"}) {
            LINT.put(list, Kind.LIST);
        }
        for (String split : new String[] {"--ignore", "--enable", "--fix-only"}) LINT.put(split, Kind.SPLIT);

        for (String flag : new String[] {"--all-targets", "--no-discover", "--debug"}) STAGES.put(flag, Kind.FLAG);
        for (String value : new String[] {"--project-root", "--max-file-size", "--format"}) STAGES.put(value, Kind.VALUE);
        for (String list : new String[] {"--target", "--build-arg"}) STAGES.put(list, Kind.LIST);
    }

    /** How {@code command} ("lint" or "stages") reads option {@code name} (its long name), or null: for a test. */
    static Kind kind(String command, String name) {
        return (command.equals("lint") ? LINT : STAGES).get(SHORT.getOrDefault(name, name));
    }

    /** What a command line says: option values by long name, and the operands. */
    record Parsed(Map<String, List<String>> options, List<String> operands) {
        boolean flag(String name) {
            return options.containsKey(name);
        }

        String value(String name) {
            List<String> v = options.get(name);
            return v == null ? null : v.get(0);
        }

        List<String> values(String name) {
            List<String> v = options.get(name);
            return v == null ? List.of() : v;
        }
    }

    /**
     * The command for {@code list} (its first element the command name, as Main normalises it),
     * ready to call, or null when picocli should read it.
     */
    static Callable<Integer> command(List<String> list, PrintWriter out, PrintWriter err, InputStream in,
                                     OutputStream rawOut) {
        if (list.isEmpty()) return null;
        switch (list.get(0)) {
            case "lint": return lint(parse(list.subList(1, list.size()), LINT), out, err, in, rawOut);
            case "stages": return stages(parse(list.subList(1, list.size()), STAGES), out, err, in);
            default: return null;
        }
    }

    private static LintCommand lint(Parsed p, PrintWriter out, PrintWriter err, InputStream in, OutputStream rawOut) {
        if (p == null) return null;
        Long maxFileSize = number(p.value("--max-file-size"));
        Path projectRoot = path(p.value("--project-root"));
        Path config = path(p.value("--config"));
        Path sarifRoot = path(p.value("--sarif-root"));
        if (maxFileSize == null || projectRoot == BAD || config == BAD || sarifRoot == BAD) return null;
        LintCommand c = LintCommand.plain(p.operands(), out, err, in);
        c.directRawOut = rawOut;
        c.formats.addAll(p.values("--format"));
        c.outputs.addAll(p.values("--output"));
        c.targets.addAll(p.values("--target"));
        c.buildArgs.addAll(p.values("--build-arg"));
        c.excludes.addAll(p.values("--exclude"));
        c.ignore.addAll(p.values("--ignore"));
        c.enable.addAll(p.values("--enable"));
        c.fixOnly.addAll(p.values("--fix-only"));
        c.severities.addAll(p.values("--severity"));
        c.noDiscover = p.flag("--no-discover");
        c.noFail = p.flag("--no-fail");
        c.noConfig = p.flag("--no-config");
        c.includeFixtures = p.flag("--include-fixtures");
        c.shellcheck = p.flag("--shellcheck");
        c.fix = p.flag("--fix");
        c.diff = p.flag("--diff");
        c.unsafeFixes = p.flag("--unsafe-fixes");
        c.debug = p.flag("--debug");
        c.projectRoot = projectRoot;
        c.configFile = config;
        c.sarifRoot = sarifRoot;
        c.failureThreshold = p.value("--failure-threshold");
        if (p.value("--color") != null) c.color = p.value("--color");
        c.maxFileSize = maxFileSize;
        return c;
    }

    private static StagesCommand stages(Parsed p, PrintWriter out, PrintWriter err, InputStream in) {
        // picocli says what is missing when there is no file
        if (p == null || p.operands().isEmpty()) return null;
        Long maxFileSize = number(p.value("--max-file-size"));
        Path projectRoot = path(p.value("--project-root"));
        if (maxFileSize == null || projectRoot == BAD) return null;
        StagesCommand c = new StagesCommand();
        c.directOut = out;
        c.directErr = err;
        c.directIn = in;
        c.files.addAll(p.operands());
        c.targets.addAll(p.values("--target"));
        c.buildArgs.addAll(p.values("--build-arg"));
        c.allTargets = p.flag("--all-targets");
        c.noDiscover = p.flag("--no-discover");
        c.debug = p.flag("--debug");
        c.projectRoot = projectRoot;
        c.maxFileSize = maxFileSize;
        String format = p.value("--format");
        c.format = format != null ? format : "text";
        return c;
    }

    /** Reads the arguments after the command name, or null when picocli should. */
    static Parsed parse(List<String> args, Map<String, Kind> table) {
        Map<String, List<String>> options = new HashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("@")) return null; // an argument file: picocli expands it
            if (!a.startsWith("-") || a.equals("-")) {
                operands.add(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            name = SHORT.getOrDefault(name, name);
            Kind kind = table.get(name);
            if (kind == null) return null; // help, version, an unknown option, --, a cluster
            if (kind == Kind.FLAG) {
                if (value != null || options.containsKey(name)) return null;
                options.put(name, List.of());
                continue;
            }
            if (value == null) {
                if (i + 1 == args.size()) return null;
                value = args.get(++i);
            }
            if (value.startsWith("@") || value.startsWith("-") && !value.equals("-")) return null;
            List<String> values = options.get(name);
            if (values == null) options.put(name, values = new ArrayList<>());
            if (kind == Kind.VALUE) {
                if (!values.isEmpty()) return null; // picocli says it may be given once
                values.add(value);
            } else if (kind == Kind.LIST) {
                values.add(value);
            } else {
                if (value.isEmpty() || value.indexOf('"') >= 0 || value.indexOf('\'') >= 0) return null;
                for (String piece : value.split(",", -1)) {
                    if (piece.isEmpty()) return null;
                    values.add(piece);
                }
            }
        }
        return new Parsed(options, operands);
    }

    /** Marks a value picocli would refuse. */
    private static final Path BAD = Path.of("");

    /** A size: the default when absent, null when not a plain number (picocli words the error). */
    private static Long number(String value) {
        if (value == null) return Long.parseLong(InputFiles.DEFAULT_MAX_FILE_SIZE);
        if (value.isEmpty() || value.length() > 18) return null;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') return null;
        }
        return Long.parseLong(value);
    }

    private static Path path(String value) {
        if (value == null) return null;
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return BAD;
        }
    }
}
