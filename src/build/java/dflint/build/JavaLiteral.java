package dflint.build;

/** Java source text for the values the build's generators write into generated classes. */
final class JavaLiteral {
    private JavaLiteral() {}

    /** A Java string literal of {@code value}'s text, ASCII only. */
    static String of(Object value) {
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
