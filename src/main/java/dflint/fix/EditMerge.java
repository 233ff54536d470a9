package dflint.fix;

import dflint.engine.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One pass of fixing: takes fixes in the order given and applies each one whose edits overlap
 * none already taken; a fix that overlaps is deferred whole (its edits are meant together), to
 * be proposed again on the next pass over the changed text. An edit equal to one already taken
 * (two findings proposing the same rename, say) is taken once. Insertions of different fixes at
 * one point ({@code -y} and {@code --no-install-recommends} after {@code install}) do not
 * overlap: they go in in the order of their fixes.
 */
public final class EditMerge {
    private EditMerge() {}

    /**
     * The result of one pass.
     *
     * @param text     the text with the applied fixes' edits
     * @param applied  the fixes whose edits are in {@code text}
     * @param deferred the fixes that overlapped an applied one, or whose ranges are not in the text
     */
    public record Pass(String text, List<Fix> applied, List<Fix> deferred) {
        public boolean changed(String before) {
            return !text.equals(before);
        }
    }

    /** An edit as offsets into the text. */
    private record Span(int start, int end, String text) {
        boolean insertion() {
            return start == end;
        }
    }

    /** Applies as many of {@code fixes} as do not overlap, in order. */
    public static Pass apply(String text, List<Fix> fixes) {
        SourceText src = new SourceText(text);
        // taken edits by start offset; equal starts can only be one insertion then one replacement
        TreeMap<Integer, List<Span>> taken = new TreeMap<>();
        List<Fix> applied = new ArrayList<>();
        List<Fix> deferred = new ArrayList<>();
        for (Fix fix : fixes) {
            List<Span> spans = resolve(src, fix);
            if (spans == null || overlapsItself(spans)) {
                deferred.add(fix);
                continue;
            }
            boolean clash = false;
            for (Span s : spans) {
                if (!isTaken(taken, s) && conflicts(taken, s)) {
                    clash = true;
                    break;
                }
            }
            if (clash) {
                deferred.add(fix);
                continue;
            }
            for (Span s : spans) {
                if (!isTaken(taken, s)) taken.computeIfAbsent(s.start(), k -> new ArrayList<>(1)).add(s);
            }
            applied.add(fix);
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (List<Span> sameStart : taken.values()) {
            sameStart.sort((a, b) -> Integer.compare(a.end(), b.end()));
            for (Span s : sameStart) {
                out.append(text, at, s.start()).append(s.text());
                at = s.end();
            }
        }
        out.append(text, at, text.length());
        return new Pass(out.toString(), List.copyOf(applied), List.copyOf(deferred));
    }

    /** The fix's edits as offsets with line ends matching the text; null when a range is outside it. */
    private static List<Span> resolve(SourceText src, Fix fix) {
        List<Span> out = new ArrayList<>(fix.edits().size());
        for (Fix.Edit e : fix.edits()) {
            int start = src.offset(e.range().startLine(), e.range().startColumn());
            int end = src.offset(e.range().endLine(), e.range().endColumn());
            if (start < 0 || end < start) return null;
            String replacement = e.replacement();
            if (replacement.indexOf('\n') >= 0) {
                String eol = src.lineEnding(e.range().startLine());
                if (!eol.equals("\n")) replacement = replacement.replace("\r\n", "\n").replace("\n", eol);
            }
            out.add(new Span(start, end, replacement));
        }
        return out;
    }

    private static boolean overlapsItself(List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                Span a = spans.get(i), b = spans.get(j);
                // one fix inserting twice at a point leaves their order to chance
                if (overlap(a, b) || (a.insertion() && b.insertion() && a.start() == b.start())) return true;
            }
        }
        return false;
    }

    private static boolean isTaken(TreeMap<Integer, List<Span>> taken, Span s) {
        List<Span> same = taken.get(s.start());
        return same != null && same.contains(s);
    }

    private static boolean conflicts(TreeMap<Integer, List<Span>> taken, Span s) {
        // only spans starting at or before s's end can reach it; the longest edit bounds the scan
        for (List<Span> list : taken.headMap(s.end(), true).descendingMap().values()) {
            for (Span t : list) {
                if (overlap(s, t)) return true;
            }
            if (list.get(0).start() < s.start() && list.stream().allMatch(t -> t.end() <= s.start())) {
                // spans are disjoint and sorted, so nothing further left can reach s
                break;
            }
        }
        return false;
    }

    /**
     * Two edits overlap when their ranges share a character or an insertion falls strictly
     * inside the other's range. Touching ranges do not overlap, nor do insertions at one point.
     */
    private static boolean overlap(Span a, Span b) {
        if (a.insertion() && b.insertion()) return false;
        if (a.insertion()) return a.start() > b.start() && a.start() < b.end();
        if (b.insertion()) return b.start() > a.start() && b.start() < a.end();
        return a.start() < b.end() && b.start() < a.end();
    }
}
