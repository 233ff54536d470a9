package dflint.rules;

import java.util.Map;
import java.util.function.Function;

/**
 * Variable lookups for {@link dflint.syntax.VariableExpander}, written as classes rather than
 * {@code map::get} or {@code name -> null}: a lambda linked on the lint path costs start-up time
 * (see ColdPathTest).
 */
final class Lookup {
    private Lookup() {}

    /** Knows no variable. */
    static final Function<String, String> NONE = new Function<String, String>() {
        @Override
        public String apply(String name) {
            return null;
        }
    };

    /** Reads the map as it is when asked. */
    static Function<String, String> of(Map<String, String> values) {
        return new Function<String, String>() {
            @Override
            public String apply(String name) {
                return values.get(name);
            }
        };
    }
}
