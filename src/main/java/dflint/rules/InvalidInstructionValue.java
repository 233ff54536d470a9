package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Conversion;

/** EXPOSE, VOLUME and STOPSIGNAL values (after expansion) and SOURCE_DATE_EPOCH that BuildKit refuses. */
@RuleInfo(id = "DF1021", slug = "invalid-instruction-value", severity = Severity.ERROR,
        summary = "An EXPOSE port, a VOLUME path, a STOPSIGNAL or SOURCE_DATE_EPOCH that BuildKit rejects",
        tags = {"buildkit", "correctness"})
public final class InvalidInstructionValue implements Rule {
    @Override
    public void check(RuleContext cx) {
        // a port number above 65535 is DF3011's
        for (Conversion.Error e : ConversionErrors.of(cx, Conversion.Family.VALUE)) {
            if (!portAboveRange(e.message())) ConversionErrors.report(cx, e);
        }
    }

    private static boolean portAboveRange(String message) {
        String port;
        if (message.startsWith("invalid containerPort: ")) port = message.substring("invalid containerPort: ".length());
        else if (message.startsWith("invalid hostPort: ")) port = message.substring("invalid hostPort: ".length());
        else return false;
        for (String bound : port.split("-")) {
            if (!bound.isEmpty() && Scan.asciiDigits(bound)
                    && (bound.length() > 5 || Long.parseLong(bound) > ExposePortOutOfRange.MAX_PORT)) {
                return true;
            }
        }
        return false;
    }
}
