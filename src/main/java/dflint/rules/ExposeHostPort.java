package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;

/**
 * {@code EXPOSE 8080:80} or {@code EXPOSE 127.0.0.1:80:80}: EXPOSE only documents
 * container ports; a host port or IP belongs to {@code docker run -p}. BuildKit
 * warns today and plans to reject it.
 */
@RuleInfo(id = "DF2018", slug = "expose-host-port", severity = Severity.WARNING,
        summary = "EXPOSE names a host port or IP address",
        aliases = {"ExposeInvalidFormat"},
        tags = {"correctness", "buildkit"})
public final class ExposeHostPort implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageVariables.forEachExposedPort(cx, (w, spec) -> {
            int slash = spec.indexOf('/');
            String ports = slash < 0 ? spec : spec.substring(0, slash);
            int colon = ports.lastIndexOf(':');
            if (colon < 0) return;
            String container = spec.substring(colon + 1);
            cx.report(w.range(), "EXPOSE " + spec + " maps a host " + (ports.indexOf(':') < colon ? "address and port" : "port")
                    + ", which EXPOSE cannot do; write EXPOSE " + container + " and publish with docker run -p");
        });
    }
}
