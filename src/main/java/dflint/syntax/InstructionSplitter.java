package dflint.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one joined logical line into keyword, flags and arguments, the way
 * BuildKit's line parser builds its AST node. Positions are offsets into the
 * logical line; the caller maps them back to physical lines and columns.
 */
final class InstructionSplitter {
    private InstructionSplitter() {}

    /** A piece of the logical line: its value as BuildKit stores it and the span it came from. */
    record Span(String value, int start, int end) {}

    /** The AST node of one instruction, before positions are mapped. */
    record RawNode(String keyword, int keywordStart, int keywordEnd,
                   List<Span> flags, List<Span> args, boolean json,
                   int restStart, int restEnd,
                   RawNode trigger, String error) {}

    static RawNode split(String line, int from, int to, char escape) {
        // "ONBUILD ONBUILD ... X" nests one node per ONBUILD, and the input decides how deep:
        // walk the chain with a loop (outermost first), then build it innermost first.
        List<int[]> chain = new ArrayList<>();
        int f = from, t = to;
        RawNode head;
        while (true) {
            head = splitOne(line, f, t, escape, null);
            if (Kind.of(head.keyword()) != Kind.ONBUILD || head.restStart() >= head.restEnd()) break;
            chain.add(new int[] {f, t});
            f = head.restStart();
            t = head.restEnd();
        }
        // the innermost node has no trigger, so its split from the walk is final (for most instructions, the only one)
        RawNode node = head;
        for (int i = chain.size() - 1; i >= 0; i--) {
            node = splitOne(line, chain.get(i)[0], chain.get(i)[1], escape, node);
        }
        return node;
    }

    /** One node; an ONBUILD's trigger is the already split node of its rest (null while walking the chain). */
    private static RawNode splitOne(String line, int from, int to, char escape, RawNode innerTrigger) {
        int start = GoText.skipSpace(line, from, to);
        int end = GoText.trimEnd(line, start, to);
        int kwEnd = start;
        while (kwEnd < end && !GoText.isSplitSpace(line.charAt(kwEnd))) kwEnd++;
        String keyword = line.substring(start, kwEnd);
        List<Span> flags = new ArrayList<>();
        int restStart = end, restEnd = end;
        if (kwEnd < end) {
            int afterSep = kwEnd;
            while (afterSep < end && GoText.isSplitSpace(line.charAt(afterSep))) afterSep++;
            int argsAt = extractFlags(line, afterSep, end, escape, flags);
            restStart = GoText.skipSpace(line, argsAt, end);
            restEnd = GoText.trimEnd(line, restStart, end);
        }
        List<Span> args = new ArrayList<>();
        boolean json = false;
        RawNode trigger = null;
        String error = null;
        switch (Kind.of(keyword)) {
            case RUN: case CMD: case ENTRYPOINT: case SHELL: {
                int r = maybeJson(line, restStart, restEnd, args, false);
                json = r == 1;
                if (r < 0) error = NOT_STRINGS;
                break;
            }
            case ADD: case COPY: case VOLUME: {
                int r = maybeJson(line, restStart, restEnd, args, true);
                json = r == 1;
                if (r < 0) error = NOT_STRINGS;
                break;
            }
            case FROM: case EXPOSE:
                splitWhitespace(line, restStart, restEnd, args);
                break;
            case ARG:
                args.addAll(words(line, restStart, restEnd, escape));
                break;
            case ENV: case LABEL:
                error = nameValues(line, restStart, restEnd, escape, keyword.toUpperCase(java.util.Locale.ROOT), args);
                break;
            case MAINTAINER: case USER: case WORKDIR: case STOPSIGNAL:
                if (restStart < restEnd) args.add(span(line, restStart, restEnd));
                break;
            case HEALTHCHECK: {
                int sep = restStart;
                while (sep < restEnd && !GoText.isSpace(line.charAt(sep))) sep++;
                if (sep > restStart) {
                    args.add(span(line, restStart, sep));
                    int next = GoText.skipSpace(line, sep, restEnd);
                    int r = maybeJson(line, next, restEnd, args, false);
                    json = r == 1;
                    if (r < 0) error = NOT_STRINGS;
                }
                break;
            }
            case ONBUILD:
                if (restStart < restEnd && innerTrigger != null) {
                    trigger = innerTrigger;
                    if (trigger.error() != null) error = trigger.error();
                }
                break;
            default:
                // BuildKit's line parser keeps one empty argument for a keyword it does not know
                args.add(new Span("", restStart, restEnd));
        }
        return new RawNode(keyword, start, kwEnd, flags, args, json, restStart, restEnd, trigger, error);
    }

    static final String NOT_STRINGS = "when using JSON array syntax, arrays must be comprised of strings only";

    private static Span span(String line, int s, int e) {
        return new Span(line.substring(s, e), s, e);
    }

    /**
     * Reads leading --flag words into flags (quotes removed, escapes applied, a lone
     * "--" ends them) and returns where the arguments start.
     */
    static int extractFlags(String line, int from, int to, char escape, List<Span> flags) {
        int pos = from;
        while (true) {
            while (pos < to && GoText.isSpace(line.charAt(pos))) pos++;
            if (pos >= to) return to;
            if (!(line.charAt(pos) == '-' && pos + 1 < to && line.charAt(pos + 1) == '-')) return pos;
            int wordStart = pos;
            StringBuilder word = new StringBuilder();
            boolean blankOk = false;
            char quote = 0;
            while (pos < to) {
                char c = line.charAt(pos);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == escape) {
                        if (pos + 1 < to) word.append(line.charAt(++pos));
                        else quote = 0;
                    } else {
                        word.append(c);
                    }
                    pos++;
                    continue;
                }
                if (GoText.isSpace(c)) break;
                if (c == '\'' || c == '"') {
                    quote = c;
                    blankOk = true;
                } else if (c == escape) {
                    if (pos + 1 < to) word.append(line.charAt(++pos));
                } else {
                    word.append(c);
                }
                pos++;
            }
            String w = word.toString();
            if (w.equals("--")) {
                // "--" ends the flags; BuildKit keeps nothing of it
                return pos >= to ? to : pos;
            }
            if (blankOk || !w.isEmpty()) flags.add(new Span(w, wordStart, pos));
            if (pos >= to) return to;
        }
    }

    /**
     * Arguments as a JSON array when the text is one; otherwise the fallback form.
     * Returns 1 for JSON, 0 for the fallback, -1 for an array of non-strings.
     */
    private static int maybeJson(String line, int from, int to, List<Span> args, boolean fallbackSplits) {
        if (from >= to) return 0;
        JsonArray.Result r = JsonArray.decode(line, from, to);
        if (r != null) {
            if (r.notStrings()) return -1;
            for (JsonArray.Element e : r.elements()) args.add(new Span(e.value(), e.start(), e.end()));
            return 1;
        }
        if (fallbackSplits) splitWhitespace(line, from, to, args);
        else args.add(span(line, from, to));
        return 0;
    }

    private static void splitWhitespace(String line, int from, int to, List<Span> args) {
        int i = from;
        while (i < to) {
            while (i < to && GoText.isSplitSpace(line.charAt(i))) i++;
            if (i >= to) break;
            int s = i;
            while (i < to && !GoText.isSplitSpace(line.charAt(i))) i++;
            args.add(span(line, s, i));
        }
    }

    /** BuildKit's word splitter: quotes and escapes are kept inside the word. */
    static List<Span> words(String line, int from, int to, char escape) {
        List<Span> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = from;
        while (i < to) {
            while (i < to && GoText.isSpace(line.charAt(i))) i++;
            if (i >= to) break;
            int start = i;
            word.setLength(0);
            boolean blankOk = false;
            char quote = 0;
            while (i < to) {
                char c = line.charAt(i);
                if (quote == 0) {
                    if (GoText.isSpace(c)) break;
                    if (c == '\'' || c == '"') {
                        quote = c;
                        blankOk = true;
                    }
                    if (c == escape) {
                        if (i + 1 == to) {
                            i++;
                            continue;
                        }
                        word.append(c);
                        i++;
                        c = line.charAt(i);
                    }
                    word.append(c);
                    i++;
                } else {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == escape && quote != '\'') {
                        if (i + 1 == to) {
                            quote = 0;
                            i++;
                            continue;
                        }
                        word.append(c);
                        i++;
                        c = line.charAt(i);
                    }
                    word.append(c);
                    i++;
                }
            }
            if (blankOk || word.length() > 0) words.add(new Span(word.toString(), start, i));
        }
        return words;
    }

    /** ENV and LABEL: key=value pairs, or the legacy "KEY value" form. Returns an error or null. */
    private static String nameValues(String line, int from, int to, char escape, String keyword, List<Span> args) {
        List<Span> words = words(line, from, to, escape);
        if (words.isEmpty()) return null;
        if (words.get(0).value().indexOf('=') < 0) {
            int sep = from;
            while (sep < to && !GoText.isSplitSpace(line.charAt(sep))) sep++;
            if (sep >= to) return keyword + " must have two arguments";
            int valueStart = sep;
            while (valueStart < to && GoText.isSplitSpace(line.charAt(valueStart))) valueStart++;
            args.add(span(line, from, sep));
            args.add(span(line, valueStart, to));
            args.add(new Span("", sep, valueStart));
            return null;
        }
        for (Span w : words) {
            int eq = w.value().indexOf('=');
            if (eq < 0) {
                args.clear();
                return "Syntax error - can't find = in " + GoQuote.quote(w.value()) + ". Must be of the form: name=value";
            }
            // The word keeps its text verbatim, so value offsets line up with the source.
            int rawEq = line.indexOf('=', w.start());
            args.add(new Span(w.value().substring(0, eq), w.start(), rawEq));
            args.add(new Span(w.value().substring(eq + 1), rawEq + 1, w.end()));
            args.add(new Span("=", rawEq, rawEq + 1));
        }
        return null;
    }
}
