package dflint.fix;

import dflint.engine.Finding;
import dflint.engine.FixSafety;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which findings' fixes to apply: the safe ones, the unsafe ones too when asked, and only
 * those of the named rules when a list is given ({@code --fix-only}).
 *
 * @param unsafe apply fixes that may change behaviour as well
 * @param only   rule ids, names or aliases (any case); empty means every rule
 */
public record FixSelection(boolean unsafe, Set<String> only) {

    public FixSelection {
        Set<String> lower = new HashSet<>();
        for (String n : only) lower.add(n.toLowerCase(Locale.ROOT));
        only = Set.copyOf(lower);
    }

    /** The safe fixes of every rule: what {@code dflint --fix} applies. */
    public static FixSelection safe() {
        return new FixSelection(false, Set.of());
    }

    /** True when the finding has a fix this selection applies. */
    public boolean accepts(Finding f) {
        FixSafety s = f.fixSafety();
        if (s == FixSafety.NONE || (s == FixSafety.UNSAFE && !unsafe)) return false;
        if (only.isEmpty()) return true;
        if (only.contains(f.ruleId().toLowerCase(Locale.ROOT)) || only.contains(f.slug().toLowerCase(Locale.ROOT))) return true;
        for (String a : f.aliases()) {
            if (only.contains(a.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
