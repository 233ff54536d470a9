package dflint.engine;

/**
 * Whether a rule's fix may be applied without asking, declared once per rule in its
 * {@link RuleInfo} (a fix may override it when one case of the rule is riskier than the rest).
 * <ul>
 * <li>{@code SAFE}: the build does the same after the fix; {@code dflint --fix} applies it.</li>
 * <li>{@code UNSAFE}: the edit is mechanical but may change what the build produces or what the
 *     image does; applied only with {@code --unsafe-fixes}.</li>
 * <li>{@code NONE}: the rule proposes no fix.</li>
 * </ul>
 */
public enum FixSafety {
    SAFE, UNSAFE, NONE;

    public String label() {
        switch (this) {
            case SAFE: return "safe";
            case UNSAFE: return "unsafe";
            default: return "none";
        }
    }
}
