package dflint.syntax;

/**
 * Go's encoding/csv reading one line, as BuildKit reads a {@code RUN --mount} value: only
 * whether it fails, and Go's words for it. A field that starts with a double quote is quoted
 * ({@code ""} is a quote in it, and it must end at a comma or the end); any other field may not
 * hold a double quote.
 */
final class GoCsv {
    private GoCsv() {}

    private static final String BARE = "bare \" in non-quoted-field";
    private static final String QUOTE = "extraneous or missing \" in quoted-field";

    /** Go's error for the line, or null when it reads. */
    static String firstError(String line) {
        int i = 0, n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                int start = i++;
                while (true) {
                    int q = line.indexOf('"', i);
                    // Go names the column after the opening quote for a field that never closes
                    if (q < 0) return error(start + 2, QUOTE);
                    i = q + 1;
                    if (i < n && line.charAt(i) == '"') {
                        i++;
                        continue;
                    }
                    if (i >= n) return null;
                    if (line.charAt(i) == ',') {
                        i++;
                        break;
                    }
                    return error(q + 1, QUOTE);
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                int q = line.indexOf('"', i);
                if (q >= 0 && q < end) return error(q + 1, BARE);
                if (comma < 0) return null;
                i = comma + 1;
            }
        }
    }

    private static String error(int column, String what) {
        return "parse error on line 1, column " + column + ": " + what;
    }
}
