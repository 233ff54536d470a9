package dflint.report;

import java.io.IOException;

/**
 * SARIF's JSON, written as it goes, in the layout Jackson's default pretty printer gives: two
 * spaces a level, {@code "name" : value}, one member or element a line, and {@code { }} or
 * {@code [ ]} when empty; every string in ASCII ({@link JsonText#quoteAscii}). Depends on no
 * dflint class but JsonText and Utf8Output, as the build runs it too (see {@link SarifDescriptor}).
 */
public final class SarifJson {
    private final Appendable out;
    /** Per open object or array: whether it has a member or element yet. */
    private boolean[] filled = new boolean[16];
    private int depth;
    private boolean afterName;

    public SarifJson(Appendable out) {
        this.out = out;
    }

    public SarifJson beginObject() throws IOException {
        return open('{');
    }

    public SarifJson endObject() throws IOException {
        return close('}');
    }

    public SarifJson beginArray() throws IOException {
        return open('[');
    }

    public SarifJson endArray() throws IOException {
        return close(']');
    }

    public SarifJson name(String name) throws IOException {
        nextLine();
        out.append(JsonText.quoteAscii(name)).append(" : ");
        afterName = true;
        return this;
    }

    public void field(String name, String value) throws IOException {
        name(name).value(value);
    }

    public void value(String value) throws IOException {
        beforeValue();
        out.append(JsonText.quoteAscii(value));
    }

    /**
     * An array element already written as JSON at this depth (an object that {@link
     * SarifDescriptor} wrote here at build time, so ASCII): placed as {@link #beginObject} would
     * place it, and copied as it is into a byte output.
     */
    public void element(String json) throws IOException {
        beforeValue();
        if (out instanceof Utf8Output bytes) bytes.appendAscii(json);
        else out.append(json);
    }

    /** A message object: {@code "name" : { "text" : ... }}, or {@code { }} when the text is null. */
    public void message(String name, String text) throws IOException {
        name(name).beginObject();
        if (text != null) field("text", text);
        endObject();
    }

    public void number(int value) throws IOException {
        beforeValue();
        out.append(Integer.toString(value));
    }

    private SarifJson open(char bracket) throws IOException {
        beforeValue();
        out.append(bracket);
        if (++depth == filled.length) filled = java.util.Arrays.copyOf(filled, depth * 2);
        filled[depth] = false;
        return this;
    }

    private SarifJson close(char bracket) throws IOException {
        if (filled[depth]) {
            out.append('\n');
            indent(depth - 1);
        } else {
            out.append(' ');
        }
        depth--;
        out.append(bracket);
        return this;
    }

    /** Before a value: after a name it follows on the same line; in an array it starts a line. */
    private void beforeValue() throws IOException {
        if (afterName) {
            afterName = false;
        } else if (depth > 0) {
            nextLine();
        }
    }

    private void nextLine() throws IOException {
        if (filled[depth]) out.append(',');
        filled[depth] = true;
        out.append('\n');
        indent(depth);
    }

    private void indent(int level) throws IOException {
        for (int i = 0; i < level; i++) out.append("  ");
    }
}
