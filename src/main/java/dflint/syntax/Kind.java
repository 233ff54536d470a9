package dflint.syntax;

import java.util.Locale;

/** The instructions BuildKit knows, plus UNKNOWN for anything else. */
public enum Kind {
    ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER,
    ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR, UNKNOWN;

    public static Kind of(String keyword) {
        switch (keyword.toLowerCase(Locale.ROOT)) {
            case "add": return ADD;
            case "arg": return ARG;
            case "cmd": return CMD;
            case "copy": return COPY;
            case "entrypoint": return ENTRYPOINT;
            case "env": return ENV;
            case "expose": return EXPOSE;
            case "from": return FROM;
            case "healthcheck": return HEALTHCHECK;
            case "label": return LABEL;
            case "maintainer": return MAINTAINER;
            case "onbuild": return ONBUILD;
            case "run": return RUN;
            case "shell": return SHELL;
            case "stopsignal": return STOPSIGNAL;
            case "user": return USER;
            case "volume": return VOLUME;
            case "workdir": return WORKDIR;
            default: return UNKNOWN;
        }
    }
}
