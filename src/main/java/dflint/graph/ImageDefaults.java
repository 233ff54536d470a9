package dflint.graph;

import java.util.Locale;

/**
 * What a few widely used base images set in their configuration, for fixes that must know it
 * to keep a build the same: the working directory a relative WORKDIR starts from, whether the
 * image has an ENTRYPOINT (which would receive CMD as arguments), and which wget its userland
 * has. Only images whose configuration has been stable across their tags are listed; for any
 * other image every answer is "unknown" (null), and the fixes that need it stay away.
 * Variables a real image sets are not modelled.
 */
public final class ImageDefaults {
    private ImageDefaults() {}

    /** Which wget {@code wget} runs in the image: GNU wget, or BusyBox's applet (no --progress). */
    public enum Wget { GNU, BUSYBOX }

    /**
     * What is known of an image.
     *
     * @param workdir    its WORKDIR ("/" when it sets none)
     * @param entrypoint it sets an ENTRYPOINT
     * @param wget       the wget its userland provides (or installs from its package manager), or null when unknown
     */
    public record Known(String workdir, boolean entrypoint, Wget wget) {}

    private static final Known OS_GNU = new Known("/", false, Wget.GNU);
    /** Fedora and openSUSE have moved to wget2, whose options differ; which one an image has depends on its tag. */
    private static final Known OS = new Known("/", false, null);
    private static final Known BUSYBOX = new Known("/", false, Wget.BUSYBOX);

    /** What is known of {@code reference} (an image reference as FROM expands it), or null. */
    public static Known of(String reference) {
        if (reference == null || reference.isEmpty() || reference.indexOf('$') >= 0) return null;
        if (reference.equals("scratch")) return new Known("/", false, null);
        String[] rt = BaseImageTable.normalize(reference);
        String repo = rt[0], tag = rt[1].toLowerCase(Locale.ROOT);
        boolean alpineTag = tag.contains("alpine");
        switch (repo) {
            case "alpine":
            case "busybox":
                return BUSYBOX;
            case "debian":
            case "ubuntu":
            case "centos":
            case "rockylinux":
            case "almalinux":
            case "amazonlinux":
            case "oraclelinux":
                return OS_GNU;
            case "fedora":
            case "archlinux":
            case "opensuse/leap":
            case "opensuse/tumbleweed":
                return OS;
            case "python":
                // the official images set no WORKDIR and no ENTRYPOINT; their CMD is python3
                return alpineTag ? BUSYBOX : OS_GNU;
            case "golang":
                // WORKDIR $GOPATH, which is /go in every official variant
                return new Known("/go", false, alpineTag ? Wget.BUSYBOX : Wget.GNU);
            default:
                return null;
        }
    }
}
