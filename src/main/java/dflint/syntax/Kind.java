package dflint.syntax;

/** The instructions BuildKit knows, plus UNKNOWN for anything else. */
public enum Kind {
    ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER,
    ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR, UNKNOWN;

    private static final Kind[] KNOWN = java.util.Arrays.copyOf(values(), values().length - 1);

    public static Kind of(String keyword) {
        // compared without lower-casing a copy: this runs for every instruction of every file
        for (Kind k : KNOWN) {
            if (k.name().equalsIgnoreCase(keyword)) return k;
        }
        return UNKNOWN;
    }
}
