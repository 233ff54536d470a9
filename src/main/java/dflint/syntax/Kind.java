package dflint.syntax;

/** The instructions BuildKit knows, plus UNKNOWN for anything else. */
public enum Kind {
    ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER,
    ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR, UNKNOWN;

    private static final Kind[] KNOWN = java.util.Arrays.copyOf(values(), values().length - 1);

    public static Kind of(String keyword) {
        // compared without lower-casing a copy: this runs for every instruction of every file
        for (Kind k : KNOWN) {
            if (lowersTo(keyword, k.name())) return k;
        }
        return UNKNOWN;
    }

    /**
     * BuildKit lower-cases the keyword code point by code point (Go's unicode.ToLower): RUN,
     * run and a Kelvin-sign K all name their instruction, but a long s is not an s, as
     * equalsIgnoreCase would have it.
     */
    private static boolean lowersTo(String keyword, String upperName) {
        if (keyword.length() != upperName.length()) return false;
        for (int i = 0; i < keyword.length(); i++) {
            char c = keyword.charAt(i);
            if (Character.isSurrogate(c) || Character.toLowerCase(c) != Character.toLowerCase(upperName.charAt(i))) return false;
        }
        return true;
    }
}
