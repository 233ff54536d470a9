package dflint.graph;

import dflint.syntax.BuildkitLexer;
import dflint.syntax.Levenshtein;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code RUN --mount=...} value as BuildKit reads it when it runs the RUN: comma-separated
 * fields, every value expanded with the stage's variables, then checked against the mount type.
 * Values that depend on what a static reader cannot know (a base image's variables) are not
 * judged.
 */
final class MountSpec {
    /** The first problem BuildKit raises for the mount; substitution is true for a failed expansion. */
    record Problem(String message, boolean substitution) {}

    static final List<String> TYPES = List.of("bind", "cache", "tmpfs", "secret", "ssh");
    static final List<String> SHARING = List.of("shared", "private", "locked");
    private static final List<String> KEYS = List.of("type", "from", "source", "target", "readonly", "id", "sharing",
            "required", "size", "mode", "uid", "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env");

    /** The mount type, lower-cased; null when it comes from a value that cannot be known. */
    String type = "bind";
    String from, source, target, id, sharing;
    boolean targetKnown = true, sourceKnown = true, idKnown = true;
    boolean mode, uid, gid;
    Problem problem;

    private MountSpec() {}

    /** Reads one --mount value; each field's value is processed by lexer against env, as BuildKit does. */
    static MountSpec parse(String value, BuildkitLexer lexer, BuildkitLexer.Env env) {
        MountSpec m = new MountSpec();
        m.read(value, lexer, env);
        if (m.problem == null) m.validate();
        return m;
    }

    private void read(String value, BuildkitLexer lexer, BuildkitLexer.Env env) {
        for (String field : fields(value)) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (eq < 0) {
                switch (key) {
                    case "readonly": case "ro": case "readwrite": case "rw":
                        continue;
                    case "required":
                        if (type == null || type.equals("secret") || type.equals("ssh")) continue;
                        fail("unexpected key '" + key + "' for mount type '" + type + "'");
                        return;
                    default:
                        fail("invalid field '" + field + "' must be a key=value pair");
                        return;
                }
            }
            BuildkitLexer.Result r = lexer.process(field.substring(eq + 1), env);
            if (!r.ok()) {
                problem = new Problem(r.error(), true);
                return;
            }
            String v = r.value();
            boolean known = r.known();
            switch (key) {
                case "type": {
                    if (!known) {
                        type = null;
                        break;
                    }
                    String t = v.toLowerCase(Locale.ROOT);
                    if (!TYPES.contains(t)) {
                        fail(suggest("unsupported mount type \"" + v + "\"", v, TYPES));
                        return;
                    }
                    type = t;
                    break;
                }
                case "from": from = known ? v : null; break;
                case "source": case "src": source = v; sourceKnown = known; break;
                case "target": case "dst": case "destination": target = v; targetKnown = known; break;
                case "readonly": case "ro": case "readwrite": case "rw":
                    if (known && !goBool(v)) {
                        fail("invalid value for " + key + ": " + v);
                        return;
                    }
                    break;
                case "required":
                    if (type != null && !type.equals("secret") && !type.equals("ssh")) {
                        fail("unexpected key '" + key + "' for mount type '" + type + "'");
                        return;
                    }
                    if (type != null && known && !goBool(v)) {
                        fail("invalid value for " + key + ": " + v);
                        return;
                    }
                    break;
                case "size":
                    if (type != null && !type.equals("tmpfs")) {
                        fail("unexpected key '" + key + "' for mount type '" + type + "'");
                        return;
                    }
                    if (type != null && known && !ramSize(v)) {
                        fail("invalid value for " + key + ": " + v);
                        return;
                    }
                    break;
                case "id": id = v; idKnown = known; break;
                case "sharing": {
                    if (!known) {
                        sharing = "?";
                        break;
                    }
                    String s = v.toLowerCase(Locale.ROOT);
                    if (!SHARING.contains(s)) {
                        fail(suggest("unsupported sharing value \"" + v + "\"", v, SHARING));
                        return;
                    }
                    sharing = s;
                    break;
                }
                case "mode":
                    if (known && !unsigned(v, 8)) {
                        fail("invalid value " + v + " for mode");
                        return;
                    }
                    mode = true;
                    break;
                case "uid": case "gid":
                    if (known && !unsigned(v, 10)) {
                        fail("invalid value " + v + " for " + key);
                        return;
                    }
                    if (key.equals("uid")) uid = true;
                    else gid = true;
                    break;
                case "env":
                    break;
                default:
                    fail(suggest("unexpected key '" + key + "' in '" + field + "'", key, KEYS));
                    return;
            }
        }
    }

    /** BuildKit's checks of a whole mount, in its order. */
    private void validate() {
        if (type == null) return;
        boolean fileInfo = type.equals("secret") || type.equals("ssh") || type.equals("cache");
        if (!fileInfo) {
            if (mode) {
                fail("mode not allowed for \"" + type + "\" type mounts");
                return;
            }
            if (uid) {
                fail("uid not allowed for \"" + type + "\" type mounts");
                return;
            }
            if (gid) {
                fail("gid not allowed for \"" + type + "\" type mounts");
                return;
            }
        }
        if (type.equals("secret")) {
            if (from != null && !from.isEmpty()) {
                fail("secret mount should not have a from");
                return;
            }
            if (sharing != null && !sharing.isEmpty()) {
                fail("secret mount should not define sharing");
                return;
            }
            boolean noSource = source == null || (sourceKnown && source.isEmpty());
            boolean noTarget = target == null || (targetKnown && target.isEmpty());
            boolean noId = id == null || (idKnown && id.isEmpty());
            if (noSource && noTarget && noId) {
                fail("invalid secret mount. one of source, target required");
                return;
            }
            if (sourceKnown && idKnown && source != null && !source.isEmpty() && id != null && !id.isEmpty()) {
                fail("both source and id can't be set");
                return;
            }
        }
        if (sharing != null && !sharing.isEmpty() && !sharing.equals("?") && !type.equals("cache")) {
            fail("invalid cache sharing set for " + type + " mount");
            return;
        }
        if (type.equals("ssh") && sourceKnown && source != null && !source.isEmpty()) {
            fail("ssh does not support source");
        }
    }

    private void fail(String message) {
        problem = new Problem(message, false);
    }

    /** The fields of a mount value: split at commas, a double-quoted field may hold commas ("" is a quote). */
    static List<String> fields(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int i = 0, n = value.length();
        while (true) {
            if (i < n && value.charAt(i) == '"') {
                i++;
                while (i < n) {
                    char c = value.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && value.charAt(i + 1) == '"') {
                            b.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    b.append(c);
                    i++;
                }
            }
            while (i < n && value.charAt(i) != ',') b.append(value.charAt(i++));
            out.add(b.toString());
            b.setLength(0);
            if (i >= n) return out;
            i++;
        }
    }

    /** Go's strconv.ParseBool. */
    static boolean goBool(String v) {
        switch (v) {
            case "1": case "t": case "T": case "TRUE": case "true": case "True":
            case "0": case "f": case "F": case "FALSE": case "false": case "False":
                return true;
            default:
                return false;
        }
    }

    /** Go's strconv.ParseUint(v, radix, 32) succeeds. */
    private static boolean unsigned(String v, int radix) {
        if (v.isEmpty() || v.length() > 12) return false;
        for (int i = 0; i < v.length(); i++) {
            if (Character.digit(v.charAt(i), radix) < 0 || v.charAt(i) > 127) return false;
        }
        return Long.parseLong(v, radix) <= 0xFFFFFFFFL;
    }

    /** go-units' RAMInBytes accepts it: a number, an optional space, a unit k/m/g/t/p with optional i and b. */
    private static boolean ramSize(String v) {
        // the number: digits in groups joined by '.', of which go-units takes at most two
        int i = 0;
        int dots = 0;
        while (i < v.length() && Chars.isDigit(v.charAt(i))) i++;
        if (i == 0) return false;
        while (i + 1 < v.length() && v.charAt(i) == '.' && Chars.isDigit(v.charAt(i + 1))) {
            dots++;
            i++;
            while (i < v.length() && Chars.isDigit(v.charAt(i))) i++;
        }
        // then each optional in turn: ' ', a unit, 'i', 'b'
        if (i < v.length() && v.charAt(i) == ' ') i++;
        if (i < v.length() && "kKmMgGtTpP".indexOf(v.charAt(i)) >= 0) i++;
        if (i < v.length() && (v.charAt(i) == 'i' || v.charAt(i) == 'I')) i++;
        if (i < v.length() && (v.charAt(i) == 'b' || v.charAt(i) == 'B')) i++;
        return i == v.length() && dots <= 1;
    }

    /** BuildKit's did-you-mean: the first option closest to the value, fewer than three edits away. */
    static String suggest(String message, String value, List<String> options) {
        String match = null;
        int best = 3;
        for (String o : options) {
            if (o.equals(value)) return message;
            int d = Levenshtein.plainDistance(value, o);
            if (d < best) {
                best = d;
                match = o;
            }
        }
        return match == null ? message : message + " (did you mean " + match + "?)";
    }
}
