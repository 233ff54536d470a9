package dflint.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The targets of {@code docker buildx bake} files (HCL or JSON): every {@code target} block's
 * {@code target} attribute, with its {@code dockerfile} and {@code context}, through
 * {@code inherits}, {@code matrix}, {@code variable} defaults and string interpolation; and the
 * names of its {@code args}, merged over {@code inherits} as bake merges them. The bake
 * files of one folder (docker-bake.hcl with its override files, say) are read together: a block
 * defined in several of them has every definition's values. Each bake target counts, named in
 * a group, a workflow or by a person, so groups need no reading.
 */
final class BakeFiles {
    private BakeFiles() {}

    /** An attribute's expression and the file that holds it. */
    private record Attr(Hcl.Expr expr, Discovery.Source src) {}

    /** A target block, merged over every file that defines it. */
    private static final class Target {
        final Map<String, List<Attr>> attrs = new LinkedHashMap<>();

        void put(String key, Attr a) {
            List<Attr> list = attrs.get(key);
            if (list == null) attrs.put(key, list = new ArrayList<>());
            list.add(a);
        }
    }

    private final static class Folder {
        final Map<String, List<Attr>> variables = new LinkedHashMap<>();
        final Map<String, Target> targets = new LinkedHashMap<>();
    }

    /** Reads the bake files of one folder together. */
    static void read(List<Discovery.Source> files) {
        Folder f = new Folder();
        for (Discovery.Source src : files) {
            try {
                collect(f, src, Hcl.parse(src.text));
            } catch (RuntimeException | StackOverflowError e) {
                src.discovery.note("skipped " + src.rel + ": could not read it as a bake file (" + e + ")");
            }
        }
        for (var e : f.targets.entrySet()) {
            try {
                emit(f, e.getValue());
            } catch (RuntimeException | StackOverflowError ex) {
                files.get(0).discovery.note("bake target " + e.getKey() + ": skipped (" + ex + ")");
            }
        }
    }

    private static void collect(Folder f, Discovery.Source src, Hcl.Block root) {
        Hcl.Expr json = root.attributes.get("json");
        if (json instanceof Hcl.ObjectExpr o) {
            for (int i = 0; i < o.keys.size(); i++) {
                String kind = o.keys.get(i);
                if (!(o.values.get(i) instanceof Hcl.ObjectExpr blocks) || kind == null) continue;
                for (int j = 0; j < blocks.keys.size(); j++) {
                    String name = blocks.keys.get(j);
                    if (name == null || !(blocks.values.get(j) instanceof Hcl.ObjectExpr body)) continue;
                    Map<String, Hcl.Expr> attrs = new LinkedHashMap<>();
                    for (int k = 0; k < body.keys.size(); k++) {
                        if (body.keys.get(k) != null) attrs.put(body.keys.get(k), body.values.get(k));
                    }
                    block(f, src, kind, name, attrs);
                }
            }
            return;
        }
        for (Hcl.Block b : root.blocks) {
            if (b.labels.isEmpty()) continue;
            block(f, src, b.type, b.labels.get(0), b.attributes);
        }
    }

    private static void block(Folder f, Discovery.Source src, String kind, String name, Map<String, Hcl.Expr> attrs) {
        if (kind.equals("variable")) {
            Hcl.Expr d = attrs.get("default");
            // a variable without a default has no value here (the environment may set one)
            List<Attr> defaults = f.variables.get(name);
            if (defaults == null) f.variables.put(name, defaults = new ArrayList<>());
            if (d != null) defaults.add(new Attr(d, src));
        } else if (kind.equals("target")) {
            Target t = f.targets.get(name);
            if (t == null) f.targets.put(name, t = new Target());
            for (var e : attrs.entrySet()) t.put(e.getKey(), new Attr(e.getValue(), src));
        }
    }

    /** The definitions of an attribute: the target's own, else its nearest parent's (later parents win, as in bake). */
    private static List<Attr> attr(Folder f, Target t, String key, Function<String, List<Object>> scope, int depth) {
        List<Attr> own = t.attrs.get(key);
        if (own != null) return own;
        if (depth > 16) return List.of();
        List<String> parents = parents(t, scope);
        for (int i = parents.size() - 1; i >= 0; i--) {
            Target p = f.targets.get(parents.get(i));
            if (p == null || p == t) continue;
            List<Attr> found = attr(f, p, key, scope, depth + 1);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /** A bake target's targets and build arguments, for each matrix combination and each Dockerfile it may build. */
    private static void emit(Folder f, Target t) {
        List<Map<String, Object>> combos = matrix(f, t);
        for (Map<String, Object> combo : combos) {
            Function<String, List<Object>> scope = scope(f, combo);
            // an inline Dockerfile is no file of the repository: its stages and arguments are its own
            if (!attr(f, t, "dockerfile-inline", scope, 0).isEmpty()) continue;
            List<Attr> targets = attr(f, t, "target", scope, 0);
            Map<String, Attr> args = new LinkedHashMap<>();
            args(f, t, scope, new HashSet<>(), 0, args);
            if (targets.isEmpty() && args.isEmpty()) continue;
            List<String> dockerfiles = values(attr(f, t, "dockerfile", scope, 0), scope);
            List<String> contexts = values(attr(f, t, "context", scope, 0), scope);
            for (Attr a : targets) {
                for (Object v : Hcl.eval(a.expr(), scope, 0)) {
                    if (!(v instanceof String name)) continue;
                    for (String ctx : contexts) {
                        for (String df : dockerfiles) a.src().target(name, file(a.src(), ctx, df), a.expr().line);
                    }
                }
            }
            for (String ctx : contexts) {
                for (String df : dockerfiles) {
                    for (var e : args.entrySet()) {
                        Discovery.Source src = e.getValue().src();
                        src.arg(e.getKey(), file(src, ctx, df), e.getValue().expr().line);
                    }
                }
            }
        }
    }

    /** The Dockerfile of a context and a dockerfile attribute, relative to the bake file's folder; null when unknown. */
    private static Path file(Discovery.Source src, String ctx, String df) {
        return ctx == UNKNOWN_PATH || df == UNKNOWN_PATH ? null : src.dockerfile(src.folder(), ctx, df);
    }

    /**
     * The build arguments a target passes, with where each is set: its own {@code args} keys and
     * its parents', as bake merges them (a key's value from the nearest definition that gives
     * one). A key whose every definition is {@code null} is not passed: bake leaves null out,
     * and a null does not take away a parent's value. Collects into {@code out}; a key set by
     * several gives the nearest place.
     */
    private static void args(Folder f, Target t, Function<String, List<Object>> scope, Set<Target> seen, int depth,
            Map<String, Attr> out) {
        if (depth > 16 || !seen.add(t)) return;
        for (Attr a : t.attrs.getOrDefault("args", List.of())) passed(a, scope, out);
        List<String> parents = parents(t, scope);
        for (int i = parents.size() - 1; i >= 0; i--) {
            Target p = f.targets.get(parents.get(i));
            if (p != null) args(f, p, scope, seen, depth + 1, out);
        }
    }

    /** The keys of one {@code args} definition whose value may be other than null, each with its value's place. */
    private static void passed(Attr a, Function<String, List<Object>> scope, Map<String, Attr> out) {
        if (a.expr() instanceof Hcl.ObjectExpr o) {
            for (int i = 0; i < o.keys.size(); i++) {
                String key = o.keys.get(i);
                if (key == null || out.containsKey(key)) continue;
                if (mayBeSet(Hcl.eval(o.values.get(i), scope, 0))) out.put(key, new Attr(o.values.get(i), a.src()));
            }
            return;
        }
        // an object from a variable: its keys, each at the line of the args attribute
        for (Object v : Hcl.eval(a.expr(), scope, 0)) {
            if (!(v instanceof Map<?, ?> m)) continue;
            for (var e : m.entrySet()) {
                if (e.getKey() instanceof String key && !out.containsKey(key) && e.getValue() != Hcl.NULL) out.put(key, a);
            }
        }
    }

    /** Some alternative is not null (an unknown one may be set). */
    private static boolean mayBeSet(List<Object> alternatives) {
        for (Object v : alternatives) {
            if (v != Hcl.NULL) return true;
        }
        return false;
    }

    /** The names in a target's {@code inherits}, in order. */
    private static List<String> parents(Target t, Function<String, List<Object>> scope) {
        List<String> parents = new ArrayList<>();
        for (Attr a : t.attrs.getOrDefault("inherits", List.of())) {
            for (Object v : Hcl.eval(a.expr(), scope, 0)) {
                if (v instanceof List<?> l) {
                    for (Object item : l) if (item instanceof String s) parents.add(s);
                } else if (v instanceof String s) {
                    parents.add(s);
                }
            }
        }
        return parents;
    }

    /** Marks a path that an expression gives but dflint cannot compute. */
    private static final String UNKNOWN_PATH = new String("<unknown>");

    /** The string values of an attribute's definitions; null for "not set" (the default), {@link #UNKNOWN_PATH} for unknown. */
    private static List<String> values(List<Attr> defs, Function<String, List<Object>> scope) {
        List<String> out = new ArrayList<>();
        if (defs.isEmpty()) {
            out.add(null);
            return out;
        }
        for (Attr a : defs) {
            for (Object v : Hcl.eval(a.expr(), scope, 0)) {
                String s = v == Hcl.NULL ? null : v instanceof String str ? str : UNKNOWN_PATH;
                if (!out.contains(s) && out.size() < Hcl.MAX_ALTERNATIVES) out.add(s);
            }
        }
        return out;
    }

    /** Variables: a matrix value first, else every default of a variable block; null when unknown. */
    private static Function<String, List<Object>> scope(Folder f, Map<String, Object> combo) {
        Set<String> evaluating = new HashSet<>();
        return new Function<>() {
            @Override
            public List<Object> apply(String name) {
                if (combo.containsKey(name)) return List.of(combo.get(name));
                List<Attr> defs = f.variables.get(name);
                if (defs == null || defs.isEmpty() || !evaluating.add(name)) return null;
                try {
                    List<Object> out = new ArrayList<>();
                    for (Attr a : defs) out.addAll(Hcl.eval(a.expr(), this, 0));
                    return out;
                } finally {
                    evaluating.remove(name);
                }
            }
        };
    }

    /** Each combination of a target's matrix values (one empty combination without a matrix). */
    private static List<Map<String, Object>> matrix(Folder f, Target t) {
        List<Map<String, Object>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        List<Attr> m = t.attrs.get("matrix");
        if (m == null) return combos;
        Function<String, List<Object>> scope = scope(f, Map.of());
        for (Object v : Hcl.eval(m.get(0).expr(), scope, 0)) {
            if (!(v instanceof Map<?, ?> map)) continue;
            for (var e : map.entrySet()) {
                List<?> options = e.getValue() instanceof List<?> l ? l : List.of(e.getValue());
                List<Map<String, Object>> next = new ArrayList<>();
                for (Map<String, Object> c : combos) {
                    for (Object o : options) {
                        if (next.size() >= Hcl.MAX_ALTERNATIVES) break;
                        Map<String, Object> n = new LinkedHashMap<>(c);
                        n.put(String.valueOf(e.getKey()), o);
                        next.add(n);
                    }
                }
                combos = next;
            }
            break;
        }
        return combos;
    }
}
