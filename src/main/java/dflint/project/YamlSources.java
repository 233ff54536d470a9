package dflint.project;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/** Targets and build arguments in YAML: compose services, skaffold artifacts, GitHub Actions build steps. */
final class YamlSources {
    private YamlSources() {}

    /**
     * Compose: {@code services.<name>.build}, a context path or a mapping with {@code context}
     * (default the compose file's folder), {@code dockerfile} (relative to the context),
     * {@code target} and {@code args} (a mapping, or a list of {@code NAME=value} and {@code NAME}).
     */
    static void compose(Discovery.Source src) {
        if (!src.text.contains("target") && !src.text.contains("args")) return;
        for (YamlLite.Node doc : YamlLite.parseAll(src.text)) {
            YamlLite.Node services = doc.get("services");
            if (services == null || !services.isMap()) continue;
            for (YamlLite.Node service : services.map.values()) {
                YamlLite.Node build = service.get("build");
                // a plain context names no target and passes no argument
                if (build == null || !build.isMap()) continue;
                // an inline Dockerfile is no file of the repository: its target and arguments are its own
                if (build.get("dockerfile_inline") != null) continue;
                YamlLite.Node target = build.get("target");
                YamlLite.Node args = build.get("args");
                boolean hasTarget = target != null && target.scalar != null;
                if (!hasTarget && args == null) continue;
                String context = interpolate(build.text("context"));
                String dockerfile = interpolate(build.text("dockerfile"));
                Path file = context == null && build.text("context") != null || dockerfile == null && build.text("dockerfile") != null
                        ? null : src.dockerfile(src.folder(), context, dockerfile);
                if (hasTarget) src.target(interpolate(target.scalar), file, target.line);
                if (args != null) argsMapOrList(src, args, file);
            }
        }
    }

    /**
     * Build arguments as compose writes them: a mapping ({@code NAME: value}, a value left
     * empty too: it comes from the environment) or a list ({@code - NAME=value}, {@code - NAME}).
     */
    private static void argsMapOrList(Discovery.Source src, YamlLite.Node args, Path dockerfile) {
        if (args.isMap()) {
            for (var e : args.map.entrySet()) src.arg(e.getKey(), dockerfile, e.getValue().line);
        } else if (args.isList()) {
            for (YamlLite.Node item : args.list) {
                if (item.scalar != null) src.arg(Discovery.argNameOf(item.scalar), dockerfile, item.line);
            }
        }
    }

    /**
     * Skaffold: every artifact ({@code build.artifacts[]}, in profiles too) whose {@code docker}
     * section has a {@code target} or {@code buildArgs} (a mapping); {@code dockerfile} is
     * relative to the artifact's {@code context}.
     */
    static void skaffold(Discovery.Source src) {
        if (!src.text.contains("target") && !src.text.contains("buildArgs")) return;
        for (YamlLite.Node doc : YamlLite.parseAll(src.text)) {
            for (YamlLite.Node n : maps(doc)) {
                YamlLite.Node docker = n.get("docker");
                if (docker == null || !docker.isMap()) continue;
                YamlLite.Node target = docker.get("target");
                YamlLite.Node args = docker.get("buildArgs");
                boolean hasTarget = target != null && target.scalar != null;
                boolean hasArgs = args != null && args.isMap();
                if (!hasTarget && !hasArgs) continue;
                String context = n.text("context");
                String dockerfile = docker.text("dockerfile");
                Path file = src.dockerfile(src.folder(), context, dockerfile);
                if (hasTarget) src.target(target.scalar, file, target.line);
                if (hasArgs) {
                    for (var e : args.map.entrySet()) src.arg(e.getKey(), file, e.getValue().line);
                }
            }
        }
    }

    /**
     * GitHub Actions: steps using docker/build-push-action, whose {@code with:} gives
     * {@code target}, {@code build-args} (one {@code NAME=value} or {@code NAME} a line),
     * {@code file} (relative to the repository root) and {@code context} (the
     * repository when absent; the Dockerfile defaults to {@code <context>/Dockerfile}).
     * {@code run:} scripts are read by {@link BuildCommands}; bake-action names bake targets,
     * which the bake files give already.
     */
    static void workflow(Discovery.Source src) {
        if (!src.text.contains("build-push-action")) return;
        for (YamlLite.Node doc : YamlLite.parseAll(src.text)) {
            for (YamlLite.Node n : maps(doc)) {
                String uses = n.text("uses");
                if (uses == null || !uses.toLowerCase(Locale.ROOT).contains("build-push-action")) continue;
                YamlLite.Node with = n.get("with");
                if (with == null || !with.isMap()) continue;
                YamlLite.Node target = with.get("target");
                YamlLite.Node args = with.get("build-args");
                boolean hasTarget = target != null && target.scalar != null;
                boolean hasArgs = args != null && args.scalar != null;
                if (!hasTarget && !hasArgs) continue;
                String context = workspace(with.text("context"));
                String file = workspace(with.text("file"));
                Path dockerfile;
                if (file != null) dockerfile = src.file(src.root(), file);
                else if (with.text("file") != null) dockerfile = null;
                else if (with.text("context") != null && context == null) dockerfile = null;
                else dockerfile = src.dockerfile(src.root(), context, null);
                if (hasTarget) src.target(target.scalar, dockerfile, target.line);
                if (hasArgs) argLines(src, args, dockerfile);
            }
        }
    }

    /**
     * build-push-action's {@code build-args}: one argument a line, as the action splits it (not
     * at commas: a value may hold one), each perhaps quoted. A block scalar starts on its first
     * line, so line i of the text is line {@code node.line + i} of the file.
     */
    private static void argLines(Discovery.Source src, YamlLite.Node args, Path dockerfile) {
        String[] lines = YamlLite.lines(args.scalar);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.length() >= 2 && (l.charAt(0) == '"' || l.charAt(0) == '\'') && l.charAt(l.length() - 1) == l.charAt(0)) {
                l = l.substring(1, l.length() - 1);
            }
            src.arg(Discovery.argNameOf(l), dockerfile, args.line + i);
        }
    }

    /**
     * Every mapping in the tree, found iteratively (YAML may nest deep), in document order.
     * No lambdas here or elsewhere in discovery: bootstrapping the first one costs a short run
     * milliseconds.
     */
    private static List<YamlLite.Node> maps(YamlLite.Node root) {
        List<YamlLite.Node> out = new ArrayList<>();
        Deque<YamlLite.Node> work = new ArrayDeque<>();
        work.push(root);
        int guard = 0;
        while (!work.isEmpty() && guard++ < 200_000) {
            YamlLite.Node n = work.pop();
            if (n.isMap()) {
                out.add(n);
                List<YamlLite.Node> kids = new ArrayList<>(n.map.values());
                for (int i = kids.size() - 1; i >= 0; i--) work.push(kids.get(i));
            } else if (n.isList()) {
                for (int i = n.list.size() - 1; i >= 0; i--) work.push(n.list.get(i));
            }
        }
        return out;
    }

    /** Compose interpolation: {@code ${VAR:-default}} and {@code ${VAR-default}} take the default; other variables are unknown (null). */
    static String interpolate(String v) {
        if (v == null || v.indexOf('$') < 0) return v;
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (c == '$' && i + 1 < v.length() && v.charAt(i + 1) == '$') {
                b.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < v.length() && v.charAt(i + 1) == '{') {
                int close = v.indexOf('}', i);
                if (close < 0) return null;
                String inner = v.substring(i + 2, close);
                int dash = inner.indexOf(":-");
                int len = 2;
                if (dash < 0) {
                    dash = inner.indexOf('-');
                    len = 1;
                }
                if (dash < 0) return null;
                b.append(inner.substring(dash + len));
                i = close + 1;
            } else if (c == '$') {
                return null;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** A path in a workflow: the workspace expressions mean the repository root; any other expression is unknown. */
    static String workspace(String v) {
        if (v == null) return null;
        String t = v.replace("${{ github.workspace }}", ".").replace("${{github.workspace}}", ".")
                .replace("$GITHUB_WORKSPACE", ".").replace("${GITHUB_WORKSPACE}", ".");
        if (t.contains("${{") || t.contains("$")) return null;
        if (t.startsWith("{{defaultContext}}")) return null; // a Git context: the remote repository
        return t;
    }
}
