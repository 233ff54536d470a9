package dflint.project;

import dflint.syntax.JsonLite;
import java.nio.file.Path;

/**
 * Dev container configurations ({@code .devcontainer/devcontainer.json},
 * {@code .devcontainer/<folder>/devcontainer.json}, {@code .devcontainer.json}): the
 * Dockerfile one builds, with {@code build.target} and the names of {@code build.args}.
 */
final class DevContainers {
    private DevContainers() {}

    /**
     * The Dockerfile is {@code build.dockerfile}, or the legacy top-level {@code dockerFile},
     * relative to the file's own folder: the spec makes it so, whatever {@code build.context}
     * (or the legacy {@code context}) says, so the context changes nothing here. A
     * configuration with neither (an image, or compose files, which are read as compose files)
     * builds no Dockerfile of its own. {@code target} and {@code args} sit in {@code build} in
     * both forms; argument values may be anything ({@code ${localEnv:X}}): only names count.
     */
    static void read(Discovery.Source src) {
        // cheap: most dev containers use an image or pass nothing
        if (!src.text.contains("target") && !src.text.contains("args")) return;
        JsonLite.Node root;
        try {
            root = JsonLite.parse(src.text);
        } catch (IllegalArgumentException e) {
            src.discovery.note("skipped " + src.rel + ": could not read it as a dev container file (" + e.getMessage() + ")");
            return;
        }
        if (!root.isObject()) {
            src.discovery.note("skipped " + src.rel + ": no JSON object");
            return;
        }
        JsonLite.Node build = root.get("build");
        if (build != null && !build.isObject()) build = null;
        JsonLite.Node dockerfile = build == null ? null : build.get("dockerfile");
        if (dockerfile == null) dockerfile = root.get("dockerFile");
        if (dockerfile == null || build == null) return;
        JsonLite.Node target = build.get("target");
        JsonLite.Node args = build.get("args");
        boolean hasTarget = target != null && target.string;
        boolean hasArgs = args != null && args.isObject();
        if (!hasTarget && !hasArgs) return;
        // ${localWorkspaceFolder} and the like are not plain paths: unknown, as elsewhere
        Path file = dockerfile.string ? src.file(src.folder(), dockerfile.text) : null;
        if (hasTarget) src.target(target.text, file, target.line);
        if (hasArgs) {
            for (var e : args.map.entrySet()) src.arg(e.getKey(), file, e.getValue().line);
        }
    }
}
