package dflint.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A command's arguments split into options and operands, getopt style: {@code --}
 * ends the options, {@code --opt=value}, {@code --opt value} and {@code -tvalue} /
 * {@code -t value} for the options the caller says take a value, {@code -qy} is
 * {@code -q} and {@code -y}. With {@code longSingleDash} (Go's flag package)
 * {@code -name} is one option, never a cluster.
 */
public final class Args {
    private final List<Option> options;
    private final List<ShellWord> operands;
    private final int endOfOptions;

    private Args(List<Option> options, List<ShellWord> operands, int endOfOptions) {
        this.options = options;
        this.operands = operands;
        this.endOfOptions = endOfOptions;
    }

    public static Args parse(List<ShellWord> words, Set<String> withValue) {
        return parse(words, withValue, false);
    }

    public static Args parse(List<ShellWord> words, Set<String> withValue, boolean longSingleDash) {
        List<Option> options = new ArrayList<>();
        List<ShellWord> operands = new ArrayList<>();
        boolean onlyOperands = false;
        int endOfOptions = -1;
        for (int i = 0; i < words.size(); i++) {
            ShellWord w = words.get(i);
            String v = w.value();
            if (onlyOperands || v.length() < 2 || v.charAt(0) != '-') {
                operands.add(w);
                continue;
            }
            if (v.equals("--")) {
                onlyOperands = true;
                endOfOptions = operands.size();
                continue;
            }
            if (v.startsWith("--") || longSingleDash) {
                int eq = v.indexOf('=');
                String name = eq < 0 ? v : v.substring(0, eq);
                if (eq >= 0) {
                    options.add(new Option(name, v.substring(eq + 1), w, w));
                } else if (withValue.contains(name) && i + 1 < words.size()) {
                    ShellWord next = words.get(++i);
                    options.add(new Option(name, next.value(), w, next));
                } else {
                    options.add(new Option(name, null, w, null));
                }
                continue;
            }
            for (int k = 1; k < v.length(); k++) {
                String name = "-" + v.charAt(k);
                if (k + 1 < v.length() && v.charAt(k + 1) == '=') {
                    // -q=2: a short option with an attached value
                    options.add(new Option(name, v.substring(k + 2), w, w));
                    break;
                }
                if (withValue.contains(name)) {
                    if (k + 1 < v.length()) {
                        String rest = v.substring(k + 1);
                        if (rest.startsWith("=")) rest = rest.substring(1);
                        options.add(new Option(name, rest, w, w));
                    } else if (i + 1 < words.size()) {
                        ShellWord next = words.get(++i);
                        options.add(new Option(name, next.value(), w, next));
                    } else {
                        options.add(new Option(name, null, w, null));
                    }
                    break;
                }
                options.add(new Option(name, null, w, null));
            }
        }
        return new Args(Collections.unmodifiableList(options), Collections.unmodifiableList(operands), endOfOptions);
    }

    public List<Option> options() {
        return options;
    }

    /** The arguments that are not options, in order. */
    public List<ShellWord> operands() {
        return operands;
    }

    /** The operands written before a {@code --} (all of them when there is none). */
    public List<ShellWord> operandsBeforeEndOfOptions() {
        return endOfOptions < 0 ? operands : operands.subList(0, endOfOptions);
    }

    public boolean has(String... names) {
        return option(names) != null;
    }

    /** The first option that is one of {@code names}, or null. */
    public Option option(String... names) {
        for (Option o : options) if (o.is(names)) return o;
        return null;
    }

    /** The value of the last option that is one of {@code names} (later ones win), or null. */
    public String value(String... names) {
        String v = null;
        for (Option o : options) if (o.is(names) && o.value() != null) v = o.value();
        return v;
    }

    /** How many times an option of {@code names} appears ({@code -q -q}, {@code -qq} count 2). */
    public int count(String... names) {
        int n = 0;
        for (Option o : options) if (o.is(names)) n++;
        return n;
    }
}
