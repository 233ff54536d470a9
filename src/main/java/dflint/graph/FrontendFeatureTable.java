package dflint.graph;

import dflint.engine.Packaged;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Dockerfile frontend release brought each feature: {@code rules/frontend-features.tsv}
 * (compiled into {@link Packaged#FRONTEND_FEATURES}), read once, on first use, so a
 * file without a {@code # syntax=} pin never pays for it.
 */
public final class FrontendFeatureTable {

    /** A release number 1.minor.patch. */
    public record Release(int minor, int patch) {
        static Release parse(String s) {
            String t = s.trim();
            if (t.equals("-")) return null;
            String[] p = t.split("\\.");
            if (p.length < 2 || p.length > 3 || !p[0].equals("1")) throw new IllegalArgumentException("bad release " + s);
            return new Release(Integer.parseInt(p[1]), p.length == 3 ? Integer.parseInt(p[2]) : 0);
        }

        @Override
        public String toString() {
            return "1." + minor + (patch == 0 ? "" : "." + patch);
        }
    }

    /**
     * One row. {@code since} is the first stable release with the feature (null: labs only),
     * {@code labsSince} the first labs release (null: it never was labs-only).
     */
    public record Feature(String key, Release since, Release labsSince, String name, String effect, String source) {

        /** True when the pinned frontend has the feature. */
        public boolean availableIn(FrontendVersion v) {
            if (since != null && v.reaches(since.minor(), since.patch())) return true;
            return v.labs() && labsSince != null && v.reaches(labsSince.minor(), labsSince.patch());
        }

        /** What the pin would have to be: "1.20 (or 1.7-labs)". */
        public String needed() {
            if (since == null) return labs(labsSince);
            return since + (labsSince == null ? "" : " (or " + labs(labsSince) + ")");
        }

        /** The labs channel was called experimental before 1.2. */
        private static String labs(Release r) {
            return r + (r.minor() < 2 ? "-experimental" : "-labs");
        }
    }

    private static volatile Map<String, Feature> builtin;

    private FrontendFeatureTable() {}

    /** The packaged table (rules/frontend-features.tsv, compiled into {@link Packaged}) by key, in file order. */
    public static Map<String, Feature> builtin() {
        Map<String, Feature> b = builtin;
        if (b != null) return b;
        Map<String, Feature> out = new LinkedHashMap<>();
        for (Feature f : parse(List.of(Packaged.FRONTEND_FEATURES.split("\n")))) out.put(f.key(), f);
        builtin = Collections.unmodifiableMap(out);
        return builtin;
    }

    /**
     * Rows of the table format: comments ({@code #}) and blank lines skipped, the header
     * line (key ...) skipped. A malformed row is an error: the table ships with dflint.
     */
    public static List<Feature> parse(List<String> lines) {
        List<Feature> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("key\t")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 6) throw new IllegalArgumentException("expected 6 columns: " + line);
            Release since = Release.parse(f[1]);
            Release labs = Release.parse(f[2]);
            if (since == null && labs == null) throw new IllegalArgumentException("no release at all: " + line);
            out.add(new Feature(f[0].trim(), since, labs, f[3].trim(), f[4].trim(), f[5].trim()));
        }
        return out;
    }

    /** True when every feature has a stable release, so the newest stable frontend has them all. */
    public static boolean allStable(Map<String, Feature> table) {
        for (Feature f : table.values()) {
            if (f.since() == null) return false;
        }
        return true;
    }
}
