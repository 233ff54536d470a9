package dflint.engine;

import dflint.syntax.Comment;
import dflint.syntax.Directive;
import dflint.syntax.Dockerfile;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a Dockerfile says about its own findings, applied after the rules ran:
 * <ul>
 * <li>{@code # dflint ignore=ID[,ID] [reason]} in the comments right above an
 *     instruction drops those rules' findings on that instruction;
 *     {@code # dflint global ignore=...} drops them in the whole file. IDs may be
 *     ids, slugs or aliases.</li>
 * <li>{@code # hadolint ignore=DL...} and {@code # hadolint global ignore=...}
 *     work the same way through the rules' hadolint aliases.</li>
 * <li>BuildKit's {@code # check=skip=A,B|all;error=true} directive, or the
 *     {@code BUILDKIT_DOCKERFILE_CHECK} build argument (which replaces it), for
 *     rules that carry a BuildKit check name; {@code error=true} makes their
 *     findings errors. A {@code # check=skip=...} comment above an instruction
 *     skips checks for that instruction only, as BuildKit does.</li>
 * </ul>
 * DF0001 (the file does not parse) is never suppressed by a pragma.
 */
public final class Suppressions {
    private Suppressions() {}

    static final String SYNTAX_ERROR_RULE = "DF0001";
    static final String CHECK_BUILD_ARG = "BUILDKIT_DOCKERFILE_CHECK";

    /** BuildKit checks that always use the file-wide configuration, never an instruction's comment. */
    private static final Set<String> FILE_WIDE_CHECKS = Set.of("NoEmptyContinuation", "DuplicateStageName",
            "ReservedStageName", "ConsistentInstructionCasing", "InvalidDefaultArgInFrom", "InvalidBaseImagePlatform");

    /** BuildKit's check options: which checks to skip, whether findings are errors, experimental checks. */
    public record CheckOptions(boolean skipAll, Set<String> skip, boolean error, boolean experimentalAll,
                               Set<String> experimental) {
        static final CheckOptions NONE = new CheckOptions(false, Set.of(), false, false, Set.of());

        /**
         * Parses BuildKit's syntax ({@code skip=A,B;error=true;experimental=C}); the value ends at its first
         * space. Null when any part is invalid: BuildKit refuses the whole value then.
         */
        public static CheckOptions parse(String value) {
            if (value == null) return null;
            String v = value.trim();
            int space = v.indexOf(' ');
            if (space >= 0) v = v.substring(0, space);
            boolean skipAll = false, error = false, experimentalAll = false;
            Set<String> skip = new HashSet<>(), experimental = new HashSet<>();
            String[] parts = v.split(";", -1);
            if (parts.length > 3) return null;
            for (String part : parts) {
                int eq = part.indexOf('=');
                if (eq < 0) return null;
                String key = part.substring(0, eq).trim();
                String val = part.substring(eq + 1).trim();
                switch (key) {
                    case "skip":
                        for (String s : val.split(",")) {
                            s = s.trim();
                            if (s.equals("all")) skipAll = true;
                            else if (!s.isEmpty()) skip.add(s);
                        }
                        break;
                    case "experimental":
                        for (String s : val.split(",")) {
                            s = s.trim();
                            if (s.equals("all")) experimentalAll = true;
                            else if (!s.isEmpty()) experimental.add(s);
                        }
                        break;
                    case "error":
                        Boolean b = goBool(val);
                        if (b == null) return null;
                        error = b;
                        break;
                    default:
                        return null;
                }
            }
            return new CheckOptions(skipAll, Set.copyOf(skip), error, experimentalAll, Set.copyOf(experimental));
        }

        boolean skips(String check) {
            return skipAll || skip.contains(check);
        }

        /** True when an experimental check is turned on by name or by "all". */
        public boolean enablesExperimental(String check) {
            return experimentalAll || experimental.contains(check);
        }

        private static Boolean goBool(String s) {
            switch (s) {
                case "1": case "t": case "T": case "TRUE": case "true": case "True": return true;
                case "0": case "f": case "F": case "FALSE": case "false": case "False": return false;
                default: return null;
            }
        }
    }

    /** The file-wide check options: the build argument when given, else the {@code check} directive. */
    public static CheckOptions checkOptions(Dockerfile file, LintOptions options) {
        String value = options.buildArgs().get(CHECK_BUILD_ARG);
        if (value == null) {
            Directive d = file.directive("check");
            value = d == null ? null : d.value();
        }
        if (value == null) return CheckOptions.NONE;
        CheckOptions parsed = CheckOptions.parse(value);
        return parsed == null ? CheckOptions.NONE : parsed;
    }

    /**
     * BuildKit check names are the CamelCase aliases (StageNameCasing, JSONArgsRecommended):
     * letters only, an upper-case first letter and some lower-case ones, unlike hadolint's DL/SC codes.
     */
    static List<String> buildkitNames(List<String> aliases) {
        List<String> out = new ArrayList<>();
        for (String a : aliases) {
            if (a.length() < 2 || !Character.isUpperCase(a.charAt(0))) continue;
            boolean letters = true, lower = false;
            for (int i = 0; i < a.length(); i++) {
                char c = a.charAt(i);
                if (!Character.isLetter(c)) letters = false;
                if (Character.isLowerCase(c)) lower = true;
            }
            if (letters && lower) out.add(a);
        }
        return out;
    }

    /** A parsed {@code dflint|hadolint [global] ignore=...} comment. */
    record Pragma(boolean global, List<String> names) {}

    /** Parses a comment's text (after '#'); null when it is not an ignore pragma. */
    static Pragma parsePragma(String text) {
        String t = text.trim();
        String rest;
        if (t.regionMatches(true, 0, "dflint", 0, 6)) rest = t.substring(6);
        else if (t.regionMatches(true, 0, "hadolint", 0, 8)) rest = t.substring(8);
        else return null;
        if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) return null;
        rest = rest.trim();
        boolean global = false;
        if (rest.startsWith("global") && rest.length() > 6 && Character.isWhitespace(rest.charAt(6))) {
            global = true;
            rest = rest.substring(6).trim();
        }
        if (!rest.startsWith("ignore")) return null;
        rest = rest.substring(6).trim();
        if (!rest.startsWith("=")) return null;
        rest = rest.substring(1).trim();
        // The names: words joined by commas (spaces allowed around them); the first other word starts the reason.
        List<String> names = new ArrayList<>();
        int i = 0;
        while (true) {
            int start = i;
            while (i < rest.length() && isNameChar(rest.charAt(i))) i++;
            if (i == start) break;
            names.add(rest.substring(start, i));
            int j = i;
            while (j < rest.length() && Character.isWhitespace(rest.charAt(j))) j++;
            if (j < rest.length() && rest.charAt(j) == ',') {
                j++;
                while (j < rest.length() && Character.isWhitespace(rest.charAt(j))) j++;
                i = j;
            } else {
                break;
            }
        }
        return names.isEmpty() ? null : new Pragma(global, names);
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    private static boolean names(Finding f, Set<String> lowerNames) {
        if (lowerNames.isEmpty()) return false;
        if (lowerNames.contains(f.ruleId().toLowerCase(Locale.ROOT)) || lowerNames.contains(f.slug().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String a : f.aliases()) {
            if (lowerNames.contains(a.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The findings that survive the file's pragmas and check options, with check severities applied. */
    public static List<Finding> apply(Dockerfile file, List<Finding> findings, LintOptions options) {
        if (findings.isEmpty()) return findings;
        Set<String> global = new HashSet<>();
        for (Comment c : file.comments()) {
            Pragma p = parsePragma(c.text());
            if (p != null && p.global()) {
                for (String n : p.names()) global.add(n.toLowerCase(Locale.ROOT));
            }
        }
        // Which instruction each physical line belongs to, and what its comment block says.
        List<Instruction> instructions = file.instructions();
        List<Set<String>> local = new ArrayList<>(instructions.size());
        List<CheckOptions> localChecks = new ArrayList<>(instructions.size());
        int lines = Math.max(file.lineCount(), 1);
        for (Instruction in : instructions) lines = Math.max(lines, in.node().range().endLine());
        int[] owner = new int[lines + 2];
        java.util.Arrays.fill(owner, -1);
        for (int k = 0; k < instructions.size(); k++) {
            var node = instructions.get(k).node();
            for (int l = node.range().startLine(); l <= node.range().endLine() && l < owner.length; l++) owner[l] = k;
            // most instructions have no comment: they share one empty set
            Set<String> names = node.comments().isEmpty() ? Set.of() : new HashSet<>();
            CheckOptions check = null;
            for (Comment c : node.comments()) {
                Pragma p = parsePragma(c.text());
                if (p != null && !p.global()) {
                    for (String n : p.names()) names.add(n.toLowerCase(Locale.ROOT));
                }
                if (check == null && c.text().startsWith("check=")) {
                    // Only the first check= comment counts; a bad one is ignored, as BuildKit does.
                    check = CheckOptions.parse(c.text().substring(6));
                    if (check == null) check = CheckOptions.NONE;
                }
            }
            local.add(names);
            localChecks.add(check);
        }
        CheckOptions fileChecks = checkOptions(file, options);

        List<Finding> out = new ArrayList<>(findings.size());
        // a rule's findings share its alias list
        Map<List<String>, List<String>> checksOf = new IdentityHashMap<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(SYNTAX_ERROR_RULE)) {
                out.add(f);
                continue;
            }
            if (names(f, global)) continue;
            int line = f.range().startLine();
            int k = line < owner.length ? owner[line] : -1;
            if (k >= 0 && names(f, local.get(k))) continue;
            List<String> checks = checksOf.get(f.aliases());
            if (checks == null) checksOf.put(f.aliases(), checks = buildkitNames(f.aliases()));
            if (!checks.isEmpty()) {
                CheckOptions here = k >= 0 ? localChecks.get(k) : null;
                boolean skipped = false;
                for (String check : checks) {
                    if (fileChecks.skips(check)) skipped = true;
                    if (here != null && !FILE_WIDE_CHECKS.contains(check) && here.skips(check)) skipped = true;
                }
                if (skipped) continue;
                if (fileChecks.error() && f.severity() != Severity.ERROR) {
                    f = new Finding(f.file(), f.range(), f.ruleId(), f.slug(), f.aliases(), Severity.ERROR,
                            f.message(), f.fix());
                }
            }
            out.add(f);
        }
        return out;
    }
}
