package dflint.engine;

import java.util.List;

/** A rule instance with its {@link RuleInfo} read once; {@code fix} is the class of the fix it proposes. */
public record RuleDescriptor(Rule rule, String id, String slug, Severity severity, String summary,
                             List<String> aliases, boolean enabledByDefault, List<String> tags, FixSafety fix) {

    public static RuleDescriptor of(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) throw new IllegalStateException(rule.getClass().getName() + " has no @RuleInfo");
        return new RuleDescriptor(rule, info.id(), info.slug(), info.severity(), info.summary(),
                List.of(info.aliases()), info.enabledByDefault(), List.of(info.tags()), info.fix());
    }

    /** True when name is this rule's id, slug or one of its aliases (case-insensitive). */
    public boolean isNamed(String name) {
        if (id.equalsIgnoreCase(name) || slug.equalsIgnoreCase(name)) return true;
        for (String a : aliases) {
            if (a.equalsIgnoreCase(name)) return true;
        }
        return false;
    }
}
