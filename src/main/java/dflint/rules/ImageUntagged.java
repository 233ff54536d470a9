package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;

/** An image pulled without a tag or digest, i.e. whatever "latest" is at build time. */
@RuleInfo(id = "DF3006", slug = "image-untagged", severity = Severity.WARNING,
        summary = "An image is pulled without a tag or digest",
        aliases = {"DL3006"}, tags = {"reproducibility"})
public final class ImageUntagged implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (ImageRefs.Pulled p : ImageRefs.all(cx.graph(), cx.file().escape())) {
            ImageName n = ImageName.parse(p.image());
            if (n.tag() != null || n.digest() != null || n.repository().isEmpty()) continue;
            // FROM 0 is a stage index BuildKit does not support, not an image name (other rules say so)
            if (Scan.digits(n.repository())) continue;
            if (!ImageRefs.pinMatters(cx, p)) continue;
            cx.report(p.range(), p.instruction() + " " + p.shown() + " has no tag or digest, so the build takes whatever "
                    + n.name() + ":latest is that day; pin a version tag or a digest (" + n.name() + ":<version>)");
        }
    }
}
