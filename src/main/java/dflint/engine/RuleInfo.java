package dflint.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Everything that identifies a rule; nothing about a rule's identity lives anywhere else. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable id, e.g. DF1001. */
    String id();

    /** Kebab-case name, e.g. numeric-stage-reference. */
    String slug();

    Severity severity();

    /** One sentence: what the rule flags. */
    String summary();

    /** Names the rule is also known by: hadolint codes, BuildKit check names. */
    String[] aliases() default {};

    /** Rules that are noisy for most users are off until enabled. */
    boolean enabledByDefault() default true;

    /** Free tags for grouping (SARIF tags, docs). */
    String[] tags() default {};

    /**
     * The class of the fix this rule proposes: SAFE fixes are applied by {@code --fix}, UNSAFE
     * ones only with {@code --unsafe-fixes}, NONE means the rule proposes none. A fix may
     * override it for the cases where it is riskier ({@link Fix#withSafety}).
     */
    FixSafety fix() default FixSafety.NONE;
}
