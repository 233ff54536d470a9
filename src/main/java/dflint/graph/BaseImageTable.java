package dflint.graph;

import dflint.engine.Packaged;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What dflint knows about common base images: which family they belong to,
 * whether they are a toolchain, a full OS, slim, minimal, distroless or scratch,
 * roughly how big they are, and what to use instead. The built-in rows come from
 * {@code rules/base-images.tsv}, compiled into {@link Packaged#BASE_IMAGES};
 * extra rows in the same format are checked first. The first matching row wins.
 *
 * <p>Format: one row per line, tab-separated: {@code pattern family kind sizeMB alternative};
 * blank lines and lines starting with {@code #} are skipped. A pattern is
 * {@code repository[:tag]}, where {@code *} matches any run of characters and a
 * pattern without a tag matches every tag. Repositories are compared in their
 * short form ({@code golang}, not {@code docker.io/library/golang}).
 */
public final class BaseImageTable {
    public enum Kind {
        TOOLCHAIN, FULL_OS, SLIM, MINIMAL, DISTROLESS, SCRATCH;

        static Kind parse(String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "toolchain": return TOOLCHAIN;
                case "full-os": return FULL_OS;
                case "slim": return SLIM;
                case "minimal": return MINIMAL;
                case "distroless": return DISTROLESS;
                case "scratch": return SCRATCH;
                default: return null;
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One row of the table. */
    public record Entry(String pattern, String family, Kind kind, int sizeMb, String alternative) {}

    private static volatile List<Entry> builtin;

    private final List<Entry> entries;

    private BaseImageTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The built-in table with the extra rows (same format) in front. Rows that do not parse are skipped. */
    public static BaseImageTable withExtraRows(List<String> extraRows) {
        List<Entry> all = new ArrayList<>();
        for (String row : extraRows) {
            Entry e = parseRow(row);
            if (e != null) all.add(e);
        }
        all.addAll(builtin());
        return new BaseImageTable(all);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The first row matching an image reference, or null. */
    public Entry lookup(String reference) {
        String[] rt = normalize(reference);
        for (Entry e : entries) {
            String p = e.pattern().toLowerCase(Locale.ROOT);
            int slash = p.lastIndexOf('/');
            int colon = p.lastIndexOf(':');
            String repoPat = colon > slash ? p.substring(0, colon) : p;
            String tagPat = colon > slash ? p.substring(colon + 1) : "*";
            if (glob(repoPat, rt[0]) && glob(tagPat, rt[1])) return e;
        }
        return null;
    }

    /** The repository of a reference in short form ({@code docker.io/library/golang:1.22} gives {@code golang}). */
    public static String repository(String reference) {
        return normalize(reference)[0];
    }

    /** {repository in short form, tag ("latest" when none)}; the digest is dropped. */
    static String[] normalize(String reference) {
        String r = reference.trim().toLowerCase(Locale.ROOT);
        int at = r.indexOf('@');
        if (at >= 0) r = r.substring(0, at);
        int slash = r.lastIndexOf('/');
        int colon = r.lastIndexOf(':');
        String tag = "latest";
        if (colon > slash) {
            tag = r.substring(colon + 1);
            r = r.substring(0, colon);
        }
        for (String prefix : new String[] {"docker.io/", "index.docker.io/", "registry-1.docker.io/"}) {
            if (r.startsWith(prefix)) r = r.substring(prefix.length());
        }
        if (r.startsWith("library/")) r = r.substring("library/".length());
        return new String[] {r, tag};
    }

    /** Glob with '*' only; linear-time greedy matching with one backtrack point. */
    static boolean glob(String pattern, String text) {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) != '*' && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') p++;
        return p == pattern.length();
    }

    static Entry parseRow(String row) {
        if (row == null || row.isBlank() || row.stripLeading().startsWith("#")) return null;
        String[] f = row.split("\t", -1);
        if (f.length < 5) return null;
        Kind kind = Kind.parse(f[2]);
        if (kind == null || f[0].isBlank()) return null;
        int size;
        try {
            size = Integer.parseInt(f[3].trim());
        } catch (NumberFormatException e) {
            return null;
        }
        String alt = f[4].trim();
        return new Entry(f[0].trim(), f[1].trim(), kind, size, alt.equals("-") ? "" : alt);
    }

    static List<Entry> builtin() {
        List<Entry> b = builtin;
        if (b != null) return b;
        List<Entry> out = new ArrayList<>();
        for (String line : Packaged.BASE_IMAGES.split("\n")) {
            Entry e = parseRow(line);
            if (e != null) out.add(e);
        }
        builtin = List.copyOf(out);
        return builtin;
    }
}
