package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Word;
import java.util.Locale;

/** {@code EXPOSE 80/TCP}: the protocol of a port is written in lower case (tcp, udp, sctp). */
@RuleInfo(id = "DF2017", slug = "expose-protocol-casing", severity = Severity.STYLE,
        summary = "An EXPOSE protocol is not lower case",
        aliases = {"ExposeProtoCasing"},
        tags = {"style", "buildkit"}, fix = FixSafety.SAFE)
public final class ExposeProtocolCasing implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (StageVariables.ExposedPort port : StageVariables.exposedPorts(cx)) {
            Word w = port.written();
            String spec = port.expanded();
            int slash = spec.lastIndexOf('/');
            if (slash < 0) continue;
            String proto = spec.substring(slash + 1);
            String lower = proto.toLowerCase(Locale.ROOT);
            if (proto.equals(lower)) continue;
            String fixed = spec.substring(0, slash + 1) + lower;
            cx.report(w.range(), "EXPOSE " + spec + ": write the protocol in lower case, " + fixed,
                    w.value().equals(spec) ? new Fix("lower-case the protocol", w.range(), fixed) : null);
        }
    }
}
