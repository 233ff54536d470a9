package dflint.syntax;

/** Go's time.ParseDuration, enough to validate HEALTHCHECK durations ("1m30s", "500ms", "0"). */
public final class GoDuration {
    private GoDuration() {}

    /** Nanoseconds, or null when Go would reject the text. */
    public static Long parse(String s) {
        if (s.isEmpty()) return null;
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) return 0L;
        if (i >= s.length()) return null;
        double total = 0;
        while (i < s.length()) {
            int numStart = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
            if (i == numStart) return null;
            double value;
            try {
                value = Double.parseDouble(s.substring(numStart, i));
            } catch (NumberFormatException e) {
                return null;
            }
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') i++;
            double unit;
            switch (s.substring(unitStart, i)) {
                case "ns": unit = 1; break;
                case "us": case "\u00b5s": case "\u03bcs": unit = 1e3; break;
                case "ms": unit = 1e6; break;
                case "s": unit = 1e9; break;
                case "m": unit = 60e9; break;
                case "h": unit = 3600e9; break;
                default: return null;
            }
            total += value * unit;
        }
        if (total > Long.MAX_VALUE) return null;
        return (long) (negative ? -total : total);
    }
}
