package dflint.graph;

/**
 * What a few widely used base images set in their configuration, for fixes that must know it
 * to keep a build the same: the working directory a relative WORKDIR starts from, and whether
 * the image has an ENTRYPOINT (which would receive CMD as arguments). Only images whose configuration has been stable across their tags are listed; for any
 * other image every answer is "unknown" (null), and the fixes that need it stay away.
 * Variables a real image sets are not modelled.
 */
public final class ImageDefaults {
    private ImageDefaults() {}

    /**
     * What is known of an image.
     *
     * @param workdir    its WORKDIR ("/" when it sets none)
     * @param entrypoint it sets an ENTRYPOINT
     */
    public record Known(String workdir, boolean entrypoint) {}

    /** Operating system images set neither a WORKDIR nor an ENTRYPOINT. */
    private static final Known OS = new Known("/", false);

    /** What is known of {@code reference} (an image reference as FROM expands it), or null. */
    public static Known of(String reference) {
        if (reference == null || reference.isEmpty() || reference.indexOf('$') >= 0) return null;
        if (reference.equals("scratch")) return OS;
        switch (BaseImageTable.normalize(reference)[0]) {
            case "alpine":
            case "busybox":
            case "debian":
            case "ubuntu":
            case "centos":
            case "rockylinux":
            case "almalinux":
            case "amazonlinux":
            case "oraclelinux":
            case "fedora":
            case "archlinux":
            case "opensuse/leap":
            case "opensuse/tumbleweed":
                return OS;
            case "python":
                // the official images set no WORKDIR and no ENTRYPOINT; their CMD is python3
                return OS;
            case "golang":
                // WORKDIR $GOPATH, which is /go in every official variant
                return new Known("/go", false);
            case "php":
                // every variant runs docker-php-entrypoint in /var/www/html
                return new Known("/var/www/html", true);
            case "tomcat":
                // WORKDIR $CATALINA_HOME; CMD catalina.sh run, no ENTRYPOINT
                return new Known("/usr/local/tomcat", false);
            case "httpd":
                // WORKDIR $HTTPD_PREFIX; CMD httpd-foreground, no ENTRYPOINT
                return new Known("/usr/local/apache2", false);
            default:
                return redHatLanguageImage(BaseImageTable.normalize(reference)[0]);
        }
    }

    /**
     * Red Hat's UBI language images (ubi9/nodejs-22, ubi8/python-311, ...) are built on their
     * s2i base: WORKDIR $HOME, which is /opt/app-root/src, and ENTRYPOINT container-entrypoint.
     */
    /** ubi8 or ubi9 / nodejs, python, ruby, php or perl, '-', a version number, optionally -minimal. */
    private static boolean isUbiLanguageImage(String path) {
        if (!path.startsWith("ubi8/") && !path.startsWith("ubi9/")) return false;
        String rest = path.substring(5);
        int dash = rest.indexOf('-');
        if (dash < 0) return false;
        switch (rest.substring(0, dash)) {
            case "nodejs": case "python": case "ruby": case "php": case "perl":
                break;
            default:
                return false;
        }
        String version = rest.substring(dash + 1);
        if (version.endsWith("-minimal")) version = version.substring(0, version.length() - "-minimal".length());
        return Chars.digits(version);
    }

    private static Known redHatLanguageImage(String repository) {
        int slash = repository.indexOf('/');
        if (slash < 0 || !repository.startsWith("registry.access.redhat.com/") && !repository.startsWith("registry.redhat.io/")) {
            return null;
        }
        String path = repository.substring(slash + 1);
        if (!isUbiLanguageImage(path)) return null;
        if (path.endsWith("-minimal")) return null; // the minimal variants are built differently
        return new Known("/opt/app-root/src", true);
    }
}
