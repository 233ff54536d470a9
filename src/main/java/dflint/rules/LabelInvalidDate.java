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

    static boolean valid(String v) {
        if (v.length() < 20 || v.length() > 40) return false;
        StringBuilder b = new StringBuilder(v);
        char sep = b.charAt(10);
        if (sep != 'T' && sep != 't' && sep != ' ') return false;
        b.setCharAt(10, 'T');
        if (b.charAt(b.length() - 1) == 'z') b.setCharAt(b.length() - 1, 'Z');
        try {
            java.time.OffsetDateTime.parse(b, java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return Character.isDigit(v.charAt(17)) && v.charAt(16) == ':';
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
