package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;

/** A label the schema types as rfc3339 holds something else. */
@RuleInfo(id = "DF3053", slug = "label-invalid-date", severity = Severity.WARNING,
        summary = "An rfc3339 label from the label schema is not an RFC 3339 timestamp",
        aliases = {"DL3053"}, tags = {"labels"})
public final class LabelInvalidDate implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (SchemaLabels.Typed label : SchemaLabels.of(cx, "rfc3339")) {
            if (!label.value().isBlank() && !valid(label.value())) {
                cx.report(label.at(), "LABEL " + label.key() + "=" + label.value()
                        + " is not an RFC 3339 timestamp (2024-05-01T12:00:00Z), as the label schema requires");
            }
        }
    }

    /**
     * An RFC 3339 date-time: {@code 2024-05-01T12:00:00Z}, with T, t or a space between date and
     * time, seconds required, an optional fraction of up to nine digits, and an offset of Z or
     * {@code +HH:MM} (also {@code +HH} and {@code +HH:MM:SS}, at most 18 hours), the date and
     * time real ones. What java.time's ISO_OFFSET_DATE_TIME accepts, scanned by hand: java.time's
     * formatters link lambdas when first used, which costs start-up (see ColdPathTest).
     */
    static boolean valid(String v) {
        if (v.length() < 20 || v.length() > 40) return false;
        char sep = v.charAt(10);
        if (sep != 'T' && sep != 't' && sep != ' ') return false;
        if (v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(13) != ':' || v.charAt(16) != ':') return false;
        int year = number(v, 0, 4), month = number(v, 5, 2), day = number(v, 8, 2);
        int hour = number(v, 11, 2), minute = number(v, 14, 2), second = number(v, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return false;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
        int k = 19;
        if (v.charAt(k) == '.') {
            k++;
            for (int digits = 0; digits < 9 && k < v.length() && isDigit(v.charAt(k)); digits++) k++;
        }
        return k < v.length() && isOffset(v, k);
    }

    /** {@code Z}, or a sign and HH, then optionally :MM and :SS, to the end of the text; at most 18 hours. */
    private static boolean isOffset(String v, int k) {
        char c = v.charAt(k);
        if (c == 'Z' || c == 'z') return k + 1 == v.length();
        if (c != '+' && c != '-') return false;
        int hours = number(v, k + 1, 2);
        if (hours < 0 || hours > 23) return false;
        int seconds = hours * 3600;
        k += 3;
        for (int unit = 60; unit >= 1 && k < v.length(); unit /= 60) {
            int n = v.charAt(k) == ':' ? number(v, k + 1, 2) : -1;
            if (n < 0 || n > 59) return false;
            seconds += n * unit;
            k += 3;
        }
        return k == v.length() && seconds <= 18 * 3600;
    }

    /** The value of the {@code width} ASCII digits at {@code start}, or -1. */
    private static int number(String v, int start, int width) {
        if (start + width > v.length()) return -1;
        int n = 0;
        for (int k = start; k < start + width; k++) {
            if (!isDigit(v.charAt(k))) return -1;
            n = n * 10 + (v.charAt(k) - '0');
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysIn(int month, int year) {
        if (month == 2) return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
