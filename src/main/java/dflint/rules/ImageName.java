package dflint.rules;

import java.util.Locale;

/**
 * A container image reference split the way Docker reads it:
 * {@code [registry/]repository[:tag][@digest]}. A first path component
 * counts as a registry when it has a dot or a port, or is {@code localhost};
 * otherwise the image lives on Docker Hub. {@code name} is the reference
 * without tag and digest, as written.
 */
record ImageName(String name, String registry, String repository, String tag, String digest) {
    static final String DOCKER_HUB = "docker.io";

    static ImageName parse(String ref) {
        String rest = ref;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String name = rest;
        String registry = DOCKER_HUB;
        int first = rest.indexOf('/');
        if (first > 0) {
            String head = rest.substring(0, first);
            if (head.contains(".") || head.contains(":") || head.equals("localhost")) {
                registry = head.toLowerCase(Locale.ROOT);
                rest = rest.substring(first + 1);
            }
        }
        return new ImageName(name, registry, rest, tag, digest);
    }

    boolean isDockerHub() {
        return registry.equals(DOCKER_HUB) || registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")
                || registry.equals("hub.docker.com");
    }
}
