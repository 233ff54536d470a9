package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;

/** An image pulled by the moving "latest" tag without a digest. */
@RuleInfo(id = "DF3007", slug = "image-latest", severity = Severity.WARNING,
        summary = "An image is pulled by the latest tag",
        aliases = {"DL3007"}, tags = {"reproducibility"})
public final class ImageLatest implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (ImageRefs.Pulled p : ImageRefs.all(cx.graph(), cx.file().escape())) {
            ImageName n = ImageName.parse(p.image());
            if (!"latest".equals(n.tag()) || n.digest() != null) continue;
            if (!ImageRefs.pinMatters(cx, p)) continue;
            cx.report(p.range(), p.instruction() + " " + p.shown() + " uses the latest tag, which moves with every release;"
                    + " pin a version tag or a digest (" + n.name() + ":<version>)");
        }
    }
}
