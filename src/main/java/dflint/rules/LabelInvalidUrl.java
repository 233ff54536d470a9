package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;

/** A label the schema types as url holds something else. */
@RuleInfo(id = "DF3052", slug = "label-invalid-url", severity = Severity.WARNING,
        summary = "A url label from the label schema is not an absolute URL",
        aliases = {"DL3052"}, tags = {"labels"})
public final class LabelInvalidUrl implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (SchemaLabels.Typed label : SchemaLabels.of(cx, "url")) {
            if (!label.value().isBlank() && !valid(label.value())) {
                cx.report(label.at(), "LABEL " + label.key() + "=" + label.value()
                        + " is not an absolute URL (scheme://...), as the label schema requires");
            }
        }
    }

    static boolean valid(String v) {
        try {
            java.net.URI u = new java.net.URI(v);
            return u.isAbsolute() && u.getScheme().length() > 1 && u.getSchemeSpecificPart() != null
                    && !u.getSchemeSpecificPart().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
