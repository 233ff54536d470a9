package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import dflint.syntax.Word;

/** EXPOSE of a port number that no TCP or UDP port can have. */
@RuleInfo(id = "DF3011", slug = "expose-port-out-of-range", severity = Severity.ERROR,
        summary = "EXPOSE names a port above 65535",
        aliases = {"DL3011"}, tags = {"correctness"})
public final class ExposePortOutOfRange implements Rule {
    static final long MAX_PORT = 65535;

    @Override
    public void check(RuleContext cx) {
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.Expose expose)) continue;
            for (Word w : expose.ports()) {
                String v = WordValues.literal(w, cx.file().escape());
                if (v == null) continue;
                int slash = v.indexOf('/');
                String ports = slash < 0 ? v : v.substring(0, slash);
                int dash = ports.indexOf('-');
                String[] bounds = dash < 0 ? new String[] {ports} : new String[] {ports.substring(0, dash), ports.substring(dash + 1)};
                for (String b : bounds) {
                    if (!b.isEmpty() && Scan.digits(b) && (b.length() > 5 || Long.parseLong(b) > MAX_PORT)) {
                        cx.report(w.range(), "EXPOSE " + v + ": port " + b + " is above " + MAX_PORT
                                + ", the highest port number; use a port between 1 and " + MAX_PORT);
                        break;
                    }
                }
            }
        }
    }
}
