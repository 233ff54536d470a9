package dflint.syntax;

/** Go's strconv.Quote, which BuildKit's AST dump uses for every value. */
public final class GoQuote {
    private GoQuote() {}

    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (n == 1 && Character.isSurrogate((char) cp)) {
                // a lone surrogate stands for bytes that were not valid UTF-8
                b.append("\\ufffd");
                i++;
                continue;
            }
            switch (cp) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case 7: b.append("\\a"); break;
                case 8: b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                case 0x0B: b.append("\\v"); break;
                default:
                    if (isPrint(cp)) {
                        b.appendCodePoint(cp);
                    } else if (cp < 0x20 || cp == 0x7F) {
                        hex(b.append("\\x"), cp, 2);
                    } else if (cp <= 0xFFFF) {
                        hex(b.append("\\u"), cp, 4);
                    } else {
                        hex(b.append("\\U"), cp, 8);
                    }
            }
            i += n;
        }
        return b.append('"').toString();
    }

    /** cp in lower-case hex, zero-padded to digits (not String.format: on Java 17 it parses "%02x" with a regex, see ColdPathTest). */
    private static void hex(StringBuilder b, int cp, int digits) {
        String h = Integer.toHexString(cp);
        for (int k = h.length(); k < digits; k++) b.append('0');
        b.append(h);
    }

    /** Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int cp) {
        if (cp == ' ') return true;
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER: case Character.LETTER_NUMBER: case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION: case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL: case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
