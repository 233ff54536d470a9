package dflint.shell;

import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code RUN --mount=type=…,target=…} of a RUN instruction. type defaults to bind, as in BuildKit.
 * {@code options} holds every field as written, key lower-cased, value unquoted ("" for a bare key such as
 * {@code ro}), in order: the fields a frontend version may not know ({@code size}, {@code env}) are read there.
 */
public record RunMount(String type, String target, String from, String source, Flag flag, Map<String, String> options) {

    public static List<RunMount> of(Instruction.Run run) {
        List<RunMount> out = new ArrayList<>();
        for (Flag f : run.node().flags()) {
            if (!f.name().equals("mount") || f.value() == null) continue;
            String type = "bind", target = null, from = null, source = null;
            Map<String, String> options = new LinkedHashMap<>();
            for (String part : f.value().split(",")) {
                int eq = part.indexOf('=');
                String k = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
                String v = eq < 0 ? "" : unquote(part.substring(eq + 1).trim());
                if (!k.isEmpty()) options.putIfAbsent(k, v);
                switch (k) {
                    case "type": type = v.toLowerCase(Locale.ROOT); break;
                    case "target": case "dst": case "destination": target = v; break;
                    case "from": from = v; break;
                    case "source": case "src": source = v; break;
                    default: break;
                }
            }
            out.add(new RunMount(type, target, from, source, f, Collections.unmodifiableMap(options)));
        }
        return out;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** A cache or tmpfs mount: whatever is written under it does not end up in the image layer. */
    public boolean keepsOutOfLayer() {
        return type.equals("cache") || type.equals("tmpfs");
    }

    /** The target without trailing slashes ({@code /} stays). */
    public String normalizedTarget() {
        if (target == null) return null;
        String t = target;
        while (t.length() > 1 && t.endsWith("/")) t = t.substring(0, t.length() - 1);
        return t;
    }

    /** True when a cache or tmpfs mount of {@code run} has exactly one of {@code paths} as its target. */
    public static boolean cacheMountAt(Instruction.Run run, String... paths) {
        for (RunMount m : of(run)) {
            if (!m.keepsOutOfLayer() || m.normalizedTarget() == null) continue;
            for (String p : paths) if (m.normalizedTarget().equals(p)) return true;
        }
        return false;
    }

    /** True when a cache or tmpfs mount of {@code run} has a target ending with {@code suffix} ({@code .cache/pip}). */
    public static boolean cacheMountEndingWith(Instruction.Run run, String suffix) {
        for (RunMount m : of(run)) {
            if (m.keepsOutOfLayer() && m.normalizedTarget() != null && m.normalizedTarget().endsWith(suffix)) return true;
        }
        return false;
    }
}
