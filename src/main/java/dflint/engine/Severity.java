package dflint.engine;

import java.util.Locale;

/** How serious a finding is, most serious first. */
public enum Severity {
    ERROR, WARNING, INFO, STYLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as serious as the threshold or more. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses error|warning|info|style (case-insensitive); null when it is none of them. */
    public static Severity parse(String s) {
        if (s == null) return null;
        switch (s.toLowerCase(Locale.ROOT)) {
            case "error": return ERROR;
            case "warning": return WARNING;
            case "info": return INFO;
            case "style": return STYLE;
            default: return null;
        }
    }
}
