package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Chars;
import dflint.syntax.Word;

/**
 * {@code EXPOSE 8080:80} or {@code EXPOSE 127.0.0.1:80:80}: EXPOSE only documents
 * container ports; a host port or IP belongs to {@code docker run -p}. BuildKit
 * warns today and plans to reject it. BuildKit exposes the container part only, so the fix,
 * which deletes the rest, exposes the same ports; it is offered for a single container port
 * with a numeric host port, where BuildKit accepts the word as it is.
 */
@RuleInfo(id = "DF2018", slug = "expose-host-port", severity = Severity.WARNING,
        summary = "EXPOSE names a host port or IP address",
        aliases = {"ExposeInvalidFormat"},
        tags = {"correctness", "buildkit"}, fix = FixSafety.SAFE)
public final class ExposeHostPort implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (StageVariables.ExposedPort port : StageVariables.exposedPorts(cx)) {
            Word w = port.written();
            String spec = port.expanded();
            int slash = spec.indexOf('/');
            String ports = slash < 0 ? spec : spec.substring(0, slash);
            int colon = ports.lastIndexOf(':');
            if (colon < 0) continue;
            String container = spec.substring(colon + 1);
            int hostStart = ports.lastIndexOf(':', colon - 1) + 1;
            boolean plain = w.value().equals(spec) && Chars.digits(ports.substring(colon + 1))
                    && isPortOrRange(ports.substring(hostStart, colon));
            cx.report(w.range(), "EXPOSE " + spec + " maps a host " + (ports.indexOf(':') < colon ? "address and port" : "port")
                    + ", which EXPOSE cannot do; write EXPOSE " + container + " and publish with docker run -p",
                    plain ? new Fix("expose the container port only", w.range(), container) : null);
        }
    }

    /** {@code 8080} or {@code 8080-8090}: digits, or two runs of digits joined by one dash. */
    private static boolean isPortOrRange(String s) {
        int dash = s.indexOf('-');
        if (dash < 0) return Chars.digits(s);
        return Chars.digits(s.substring(0, dash)) && Chars.digits(s.substring(dash + 1));
    }
}
