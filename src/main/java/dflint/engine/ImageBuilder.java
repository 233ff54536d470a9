package dflint.engine;

import java.util.Locale;

/** Which builder the project builds with, as the configuration's {@code builder:} says. */
public enum ImageBuilder {
    /** Not said: either builder may build the file. */
    AUTO,
    /** BuildKit only (docker buildx, Docker 23 and later): BuildKit-only features are expected. */
    BUILDKIT,
    /** The legacy builder ({@code DOCKER_BUILDKIT=0}, old daemons). */
    LEGACY;

    /** The builder a configuration value names, or null when it names none. */
    public static ImageBuilder parse(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "auto": return AUTO;
            case "buildkit": return BUILDKIT;
            case "legacy": return LEGACY;
            default: return null;
        }
    }
}
