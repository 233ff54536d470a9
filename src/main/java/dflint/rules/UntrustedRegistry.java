package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import java.util.List;
import java.util.Locale;

/** An image pulled from a registry outside the configured trusted registries. */
@RuleInfo(id = "DF3026", slug = "untrusted-registry", severity = Severity.ERROR,
        summary = "An image comes from a registry that is not in the trusted registries",
        aliases = {"DL3026"}, tags = {"security"})
public final class UntrustedRegistry implements Rule {
    @Override
    public void check(RuleContext cx) {
        List<String> trusted = cx.options().trustedRegistries();
        if (trusted.isEmpty()) return;
        for (ImageRefs.Pulled p : ImageRefs.all(cx.graph(), cx.file().escape())) {
            ImageName n = ImageName.parse(p.image());
            if (isTrusted(n, trusted)) continue;
            cx.report(p.range(), p.instruction() + " " + p.shown() + " pulls from " + (n.isDockerHub() ? "Docker Hub (docker.io)" : n.registry())
                    + ", which is not a trusted registry (" + String.join(", ", trusted) + "); use an image from one of them");
        }
    }

    static boolean isTrusted(ImageName n, List<String> trusted) {
        for (String t : trusted) {
            String pattern = t.trim().toLowerCase(Locale.ROOT);
            if (pattern.isEmpty()) continue;
            if (n.isDockerHub() && (pattern.equals("docker.io") || pattern.equals("hub.docker.com")
                    || pattern.equals("index.docker.io") || pattern.equals("registry-1.docker.io"))) {
                return true;
            }
            if (matches(pattern, n.registry())) return true;
        }
        return false;
    }

    /** {@code *} matches all, {@code *.x.com} any subdomain of x.com, {@code x.*} any suffix; else exact. */
    static boolean matches(String pattern, String registry) {
        if (pattern.equals("*")) return true;
        if (pattern.startsWith("*.")) return registry.endsWith(pattern.substring(1));
        if (pattern.endsWith(".*")) return registry.startsWith(pattern.substring(0, pattern.length() - 1));
        return pattern.equals(registry);
    }
}
