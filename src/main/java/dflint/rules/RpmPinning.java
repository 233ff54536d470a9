package dflint.rules;

import dflint.engine.RuleContext;
import dflint.shell.ShellWord;
import java.util.Set;

/** The shared judgement of DF3033 (yum) and DF3041 (dnf): each installed package names a version. */
final class RpmPinning {
    private RpmPinning() {}

    static void check(RuleContext cx, RunSites.Site r, dflint.shell.Command c, PackageCommands.Call call, String tool) {
        boolean module = call.sub().equals("module") && call.sub2().equals("install");
        boolean install = call.sub().equals("install") || (call.sub().equals("in") && !tool.equals("yum"));
        if (!module && !install) return;
        Set<String> known = null;
        for (ShellWord w : call.packages()) {
            String v = w.value();
            if (v.isEmpty() || v.startsWith("@")) continue; // groups and environments have no version
            if (module) {
                if (v.indexOf(':') > 0) continue;
                cx.report(w.range(), "'" + tool + " module install " + v + "' takes whatever stream is the default;"
                        + " name one, as in " + v + ":<stream>");
                continue;
            }
            if (v.indexOf('$') >= 0 && known == null) known = PackageCommands.scriptVariables(c);
            Set<String> script = known;
            // a variable the Dockerfile (ARG, ENV, a global ARG) or the script sets before this command
            java.util.function.Predicate<String> declared = new java.util.function.Predicate<String>() {
                @Override
                public boolean test(String name) {
                    return script != null && script.contains(name) || RunSites.isDeclared(cx, r, name);
                }
            };
            if (PackageCommands.rpmPinned(v, declared)) continue;
            cx.report(w.range(), "'" + tool + " install " + v + "' installs whatever version the repository has today;"
                    + " pin it as " + v + "-<version>");
        }
    }
}
