package dflint.graph;

import java.util.Locale;

/**
 * The Dockerfile frontend a {@code # syntax=} directive pins, when it is Docker's own
 * ({@code docker/dockerfile} or {@code docker/dockerfile-upstream}, on Docker Hub or a mirror).
 * A tag {@code 1.4} means the newest 1.4.x and {@code 1} the newest 1.x, so the parts not written
 * are {@link #NEWEST}; {@code labs} is the labs channel (called experimental before 1.2).
 *
 * @param image   the directive's value as written
 * @param major   1, or NEWEST for an untagged or {@code latest}/{@code master} image
 * @param minor   the minor version, NEWEST when not written
 * @param patch   the patch version, NEWEST when not written
 * @param labs    the labs (or experimental) channel
 */
public record FrontendVersion(String image, int major, int minor, int patch, boolean labs) {

    /** A version part that was not written: the newest there is. */
    public static final int NEWEST = Integer.MAX_VALUE;

    /**
     * The pinned frontend, or null when the directive names another frontend, a digest
     * without a tag, or a tag this cannot read (then nothing can be said about it).
     */
    public static FrontendVersion parse(String value) {
        if (value == null) return null;
        String ref = value.trim();
        int at = ref.indexOf('@');
        String name = at < 0 ? ref : ref.substring(0, at);
        boolean digest = at >= 0;
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        String repo = colon > slash ? name.substring(0, colon) : name;
        String tag = colon > slash ? name.substring(colon + 1) : null;
        if (!isDockerFrontend(repo)) return null;
        if (tag == null) {
            // a bare digest could be any release; a bare name is latest
            return digest ? null : new FrontendVersion(ref, NEWEST, NEWEST, NEWEST, false);
        }
        return parseTag(ref, tag);
    }

    /** docker/dockerfile or docker/dockerfile-upstream, optionally behind a registry host. */
    static boolean isDockerFrontend(String repo) {
        String r = repo;
        int first = r.indexOf('/');
        if (first > 0) {
            String head = r.substring(0, first);
            if (head.contains(".") || head.contains(":") || head.equals("localhost")) r = r.substring(first + 1);
        }
        return r.equals("docker/dockerfile") || r.equals("docker/dockerfile-upstream");
    }

    private static FrontendVersion parseTag(String ref, String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        String[] parts = t.split("-", -1);
        boolean labs = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("labs") || p.equals("experimental")) {
                labs = true;
            } else if (!isPrerelease(p)) {
                return null;
            }
        }
        String base = parts[0];
        switch (base) {
            case "latest": case "master":
                return new FrontendVersion(ref, NEWEST, NEWEST, NEWEST, labs);
            case "labs":
                return parts.length == 1 ? new FrontendVersion(ref, NEWEST, NEWEST, NEWEST, true) : null;
            default:
                break;
        }
        String[] nums = base.split("\\.", -1);
        if (nums.length > 3) return null;
        for (String n : nums) {
            if (!digits(n, 1, 4)) return null;
        }
        int major = Integer.parseInt(nums[0]);
        if (major != 1) return null; // there has only ever been 1.x
        int minor = nums.length > 1 ? Integer.parseInt(nums[1]) : NEWEST;
        int patch = nums.length > 2 ? Integer.parseInt(nums[2]) : NEWEST;
        return new FrontendVersion(ref, major, minor, patch, labs);
    }

    /** rc1, rc.2, beta, alpha3: a pre-release of the version before it. Plain Java: no regex at start-up. */
    private static boolean isPrerelease(String p) {
        for (String word : new String[] {"rc", "beta", "alpha"}) {
            if (!p.startsWith(word)) continue;
            String rest = p.substring(word.length());
            if (rest.startsWith(".")) rest = rest.substring(1);
            return rest.isEmpty() || digits(rest, 1, 4);
        }
        return false;
    }

    private static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    /** True when this pin has every release up to and including {@code 1.minor.patch}. */
    public boolean reaches(int minor, int patch) {
        if (this.minor != minor) return this.minor > minor;
        return this.patch >= patch;
    }

    /** The newest stable or labs release: every feature released in its channel is there. */
    public boolean isNewest() {
        return minor == NEWEST;
    }

    /** How the pinned version reads in a message: {@code 1.4}, {@code 1.3-labs}, {@code 1.4.3}. */
    public String label() {
        StringBuilder b = new StringBuilder();
        if (major == NEWEST) {
            b.append("latest");
        } else {
            b.append(major);
            if (minor != NEWEST) b.append('.').append(minor);
            if (patch != NEWEST) b.append('.').append(patch);
        }
        if (labs) b.append("-labs");
        return b.toString();
    }
}
