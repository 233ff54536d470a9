package dflint.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * BuildKit's instruction layer: turns a line-parser node into a typed
 * instruction and reports what {@code instructions.Parse} would refuse
 * (unknown keywords and flags, argument counts, bad stage names, ...).
 */
final class InstructionBuilder {
    private InstructionBuilder() {}

    static final List<String> KEYWORDS = List.of("add", "arg", "cmd", "copy", "entrypoint", "env", "expose",
            "from", "healthcheck", "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user",
            "volume", "workdir");

    private static final Set<String> COPY_FLAGS = Set.of("from", "chown", "chmod", "link", "parents", "exclude");
    private static final Set<String> ADD_FLAGS = Set.of("chown", "chmod", "link", "keep-git-dir", "checksum", "unpack", "exclude");
    private static final Set<String> RUN_FLAGS = Set.of("mount", "network", "security", "device");
    private static final Set<String> HEALTH_FLAGS = Set.of("interval", "timeout", "start-period", "start-interval", "retries");
    private static final Set<String> BOOLEAN_FLAGS = Set.of("link", "parents", "keep-git-dir", "unpack");
    private static final Set<String> REPEATABLE_FLAGS = Set.of("mount", "device", "exclude");

    static Instruction build(InstructionSplitter.RawNode raw, DockerfileSyntax.LogicalLine ll, SourceRange range,
                             String text, List<Heredoc> heredocs, List<Comment> comments,
                             List<Integer> emptyLines, List<SyntaxError> errors) {
        Node node = node(raw, ll, range, text, heredocs, comments, emptyLines);
        if (raw.error() != null) {
            errors.add(new SyntaxError(raw.error(), node.rest() != null ? node.rest().range() : range, true));
        }
        return typed(raw, node, ll, text, heredocs, comments, emptyLines, errors);
    }

    private static Node node(InstructionSplitter.RawNode raw, DockerfileSyntax.LogicalLine ll, SourceRange range,
                             String text, List<Heredoc> heredocs, List<Comment> comments, List<Integer> emptyLines) {
        List<Flag> flags = new ArrayList<>(raw.flags().size());
        for (InstructionSplitter.Span f : raw.flags()) flags.add(Flag.of(f.value(), ll.range(f.start(), f.end())));
        List<Word> args = new ArrayList<>(raw.args().size());
        for (InstructionSplitter.Span a : raw.args()) args.add(new Word(a.value(), ll.range(a.start(), a.end())));
        Word rest = raw.restEnd() > raw.restStart()
                ? new Word(text.substring(raw.restStart(), raw.restEnd()), ll.range(raw.restStart(), raw.restEnd()))
                : null;
        // shell form's one argument is usually the rest itself: keep one copy (large files hold many)
        if (rest != null && args.size() == 1 && args.get(0).value().equals(rest.value())
                && args.get(0).range().equals(rest.range())) {
            args.set(0, rest);
        }
        // an ONBUILD trigger's text starts at its own keyword
        String own = raw.keywordStart() == 0 ? text : text.substring(raw.keywordStart());
        // interned: a large file spells RUN the same way a hundred thousand times
        return new Node(raw.keyword().intern(), Kind.of(raw.keyword()), range, ll.range(raw.keywordStart(), raw.keywordEnd()),
                List.copyOf(flags), List.copyOf(args), raw.json(), rest, own, heredocs, comments, emptyLines, ll.freeze());
    }

    private static Instruction typed(InstructionSplitter.RawNode raw, Node node, DockerfileSyntax.LogicalLine ll,
                                     String text, List<Heredoc> heredocs, List<Comment> comments,
                                     List<Integer> emptyLines, List<SyntaxError> errors) {
        Checker c = new Checker(node, errors);
        List<Word> a = node.args();
        switch (node.kind()) {
            case FROM: {
                c.flags(Set.of("platform"));
                Word image = a.isEmpty() ? null : a.get(0);
                Word name = null;
                if (a.size() == 3 && a.get(1).value().equalsIgnoreCase("as")) {
                    name = a.get(2);
                    if (!validStageName(name.value().toLowerCase(Locale.ROOT))) {
                        c.error("invalid name for build stage: " + GoQuote.quote(name.value())
                                + ", name can't start with a number or contain symbols", name.range());
                    }
                } else if (a.size() != 1) {
                    c.error("FROM requires either one or three arguments");
                }
                return new Instruction.From(node, image, name, node.flag("platform"));
            }
            case RUN: {
                c.flags(RUN_FLAGS);
                // each --mount value is read as one line of CSV first (quotes already removed)
                for (Flag f : node.flags()) {
                    if (!f.name().equals("mount") || f.value() == null) continue;
                    String csv = f.value().isEmpty() ? "EOF" : GoCsv.firstError(f.value());
                    if (csv != null) c.error("failed to parse csv mounts: " + csv, f.range());
                }
                // the parser checks both values (case-sensitively) before anything runs
                Flag network = node.flag("network");
                if (network != null && network.value() != null && !Set.of("default", "none", "host").contains(network.value())) {
                    c.error("invalid network mode " + GoQuote.quote(network.value()), network.range());
                }
                Flag security = node.flag("security");
                if (security != null && security.value() != null && !Set.of("sandbox", "insecure").contains(security.value())) {
                    c.error("security " + GoQuote.quote(security.value()) + " is not valid", security.range());
                }
                return new Instruction.Run(node, new Instruction.CommandLine(node.json(), a));
            }
            case CMD:
                c.flags(Set.of());
                return new Instruction.Cmd(node, new Instruction.CommandLine(node.json(), a));
            case ENTRYPOINT:
                c.flags(Set.of());
                return new Instruction.Entrypoint(node, new Instruction.CommandLine(node.json(), a));
            case SHELL:
                c.flags(Set.of());
                if (!node.json()) {
                    c.error("SHELL requires the arguments to be in JSON form");
                } else if (a.isEmpty()) {
                    c.error("SHELL requires at least one argument");
                }
                return new Instruction.Shell(node, a);
            case COPY:
            case ADD: {
                c.flags(node.kind() == Kind.COPY ? COPY_FLAGS : ADD_FLAGS);
                Word dest = null;
                List<Word> sources = List.of();
                if (a.size() < 2 && heredocs.isEmpty()) {
                    c.error(node.kind() + " requires at least two arguments, but only one was provided. Destination could not be determined");
                } else if (!a.isEmpty()) {
                    dest = a.get(a.size() - 1);
                    sources = List.copyOf(a.subList(0, a.size() - 1));
                    if (!heredocs.isEmpty() && isHeredocWord(dest.value())) {
                        c.error(node.kind() + " cannot accept a heredoc as a destination", dest.range());
                    }
                }
                return node.kind() == Kind.COPY ? new Instruction.Copy(node, sources, dest)
                        : new Instruction.Add(node, sources, dest);
            }
            case VOLUME:
                c.flags(Set.of());
                if (a.isEmpty()) c.error("VOLUME requires at least one argument");
                for (Word w : a) {
                    if (w.value().isEmpty()) c.error("VOLUME specified can not be an empty string", w.range());
                }
                return new Instruction.Volume(node, a);
            case EXPOSE:
                c.flags(Set.of());
                if (a.isEmpty()) c.error("EXPOSE requires at least one argument");
                return new Instruction.Expose(node, a);
            case ARG: {
                c.flags(Set.of());
                if (a.isEmpty()) c.error("ARG requires at least one argument");
                List<Instruction.KeyValue> kvs = new ArrayList<>();
                List<InstructionSplitter.Span> spans = raw.args();
                for (int n = 0; n < a.size(); n++) {
                    Word w = a.get(n);
                    int eq = w.value().indexOf('=');
                    String key = eq < 0 ? w.value() : w.value().substring(0, eq);
                    if (key.isEmpty()) c.error("ARG names can not be blank", w.range());
                    SourceRange r = w.range();
                    SourceRange keyRange = r;
                    SourceRange valueRange = r;
                    if (eq >= 0 && n < spans.size()) {
                        // Unquoting only drops quotes and escapes, so the value's first '=' is the written
                        // word's first '='; map it through the logical line, which may span lines.
                        InstructionSplitter.Span span = spans.get(n);
                        int at = text.indexOf('=', span.start());
                        if (at >= 0 && at < span.end()) {
                            keyRange = ll.range(span.start(), at);
                            valueRange = ll.range(at + 1, span.end());
                        } else if (r.startLine() == r.endLine()) {
                            keyRange = SourceRange.ofLine(r.startLine(), r.startColumn(), Math.min(r.endColumn(), r.startColumn() + eq));
                            valueRange = valueRange(r, eq + 1);
                        }
                    }
                    Word k = new Word(key, keyRange);
                    Word v = eq < 0 ? null : new Word(w.value().substring(eq + 1), valueRange);
                    kvs.add(new Instruction.KeyValue(k, v, r));
                }
                return new Instruction.Arg(node, List.copyOf(kvs));
            }
            case ENV:
            case LABEL: {
                c.flags(Set.of());
                if (a.isEmpty() && raw.error() == null) c.error(node.kind() + " requires at least one argument");
                List<Instruction.KeyValue> kvs = new ArrayList<>();
                boolean legacy = false;
                for (int i = 0; i + 2 < a.size(); i += 3) {
                    Word k = a.get(i), v = a.get(i + 1);
                    legacy = a.get(i + 2).value().isEmpty();
                    if (k.value().isEmpty()) c.error(node.kind() + " names can not be blank", k.range());
                    kvs.add(new Instruction.KeyValue(k, v, k.range().to(v.range())));
                }
                return node.kind() == Kind.ENV ? new Instruction.Env(node, List.copyOf(kvs), legacy)
                        : new Instruction.Label(node, List.copyOf(kvs), legacy);
            }
            case MAINTAINER:
                c.flags(Set.of());
                if (a.size() != 1) c.error("MAINTAINER requires exactly one argument");
                return new Instruction.Maintainer(node, a.isEmpty() ? null : a.get(0));
            case USER:
                c.flags(Set.of());
                if (a.size() != 1) c.error("USER requires exactly one argument");
                return new Instruction.User(node, a.isEmpty() ? null : a.get(0));
            case WORKDIR:
                c.flags(Set.of());
                if (a.size() != 1) c.error("WORKDIR requires exactly one argument");
                return new Instruction.Workdir(node, a.isEmpty() ? null : a.get(0));
            case STOPSIGNAL:
                // BuildKit never validates STOPSIGNAL's flags
                if (a.size() != 1) c.error("STOPSIGNAL requires exactly one argument");
                return new Instruction.Stopsignal(node, a.isEmpty() ? null : a.get(0));
            case HEALTHCHECK: {
                if (a.isEmpty()) {
                    c.flags(HEALTH_FLAGS);
                    c.error("HEALTHCHECK requires at least one argument");
                    return new Instruction.Healthcheck(node, null, null);
                }
                Word type = a.get(0);
                List<Word> cmd = a.subList(1, a.size());
                String t = type.value().toUpperCase(Locale.ROOT);
                if (t.equals("NONE")) {
                    if (!cmd.isEmpty()) c.error("HEALTHCHECK NONE takes no arguments");
                    return new Instruction.Healthcheck(node, type, null);
                }
                c.flags(HEALTH_FLAGS);
                if (t.equals("CMD")) {
                    if (cmd.isEmpty()) c.error("Missing command after HEALTHCHECK CMD");
                    c.healthFlags();
                } else {
                    c.error("Unknown type " + GoQuote.quote(t) + " in HEALTHCHECK (try CMD)", type.range());
                }
                return new Instruction.Healthcheck(node, type, new Instruction.CommandLine(node.json(), List.copyOf(cmd)));
            }
            case ONBUILD: {
                c.flags(Set.of());
                if (raw.trigger() == null) {
                    c.error("ONBUILD requires at least one argument");
                    return new Instruction.Onbuild(node, null, List.of());
                }
                InstructionSplitter.RawNode tr = raw.trigger();
                String tk = tr.keyword().toUpperCase(Locale.ROOT);
                if (tk.equals("ONBUILD")) {
                    c.error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
                } else if (tk.equals("MAINTAINER") || tk.equals("FROM")) {
                    c.error(tk + " isn't allowed as an ONBUILD trigger");
                }
                SourceRange trRange = ll.range(tr.keywordStart(), Math.max(tr.restEnd(), tr.keywordEnd()));
                if (!heredocs.isEmpty()) {
                    trRange = new SourceRange(trRange.startLine(), trRange.startColumn(),
                            node.range().endLine(), node.range().endColumn());
                }
                Node trNode = node(tr, ll, trRange, text, heredocs, List.of(), emptyLines);
                // A trigger is checked when a child build runs it; its errors surface only then, except
                // for the kinds BuildKit refuses outright above. Collect them separately, with the trigger.
                List<SyntaxError> later = new ArrayList<>();
                Instruction trigger = tk.equals("ONBUILD") ? new Instruction.Unknown(trNode)
                        : typed(tr, trNode, ll, text, heredocs, List.of(), emptyLines, later);
                return new Instruction.Onbuild(node, trigger, later);
            }
            default: {
                c.error("unknown instruction: " + node.keyword() + suggestion(node.keyword()), node.keywordRange());
                return new Instruction.Unknown(node);
            }
        }
    }

    private static SourceRange valueRange(SourceRange word, int offset) {
        if (word.startLine() != word.endLine()) return word;
        int col = Math.min(word.startColumn() + offset, word.endColumn());
        return new SourceRange(word.startLine(), col, word.endLine(), word.endColumn());
    }

    private static boolean isHeredocWord(String w) {
        int i = 0;
        while (i < w.length() && Character.isDigit(w.charAt(i))) i++;
        return w.startsWith("<<", i);
    }

    /** ^[a-z][a-z0-9-_.]*$ */
    static boolean validStageName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') return false;
        for (int i = 1; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.')) return false;
        }
        return true;
    }

    /** BuildKit's " (did you mean X?)" for a keyword within edit distance 2 of a known one. */
    static String suggestion(String keyword) {
        String lower = keyword.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String k : KEYWORDS) {
            int d = Levenshtein.distance(lower, k, bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best == null) return "";
        boolean upper = keyword.equals(keyword.toUpperCase(Locale.ROOT));
        return " (did you mean " + (upper ? best.toUpperCase(Locale.ROOT) : best) + "?)";
    }

    /** Flag checks shared by the instructions. */
    private static final class Checker {
        final Node node;
        final List<SyntaxError> errors;

        Checker(Node node, List<SyntaxError> errors) {
            this.node = node;
            this.errors = errors;
        }

        void error(String message) {
            errors.add(new SyntaxError(message, node.range()));
        }

        void error(String message, SourceRange range) {
            errors.add(new SyntaxError(message, range));
        }

        void flags(Set<String> allowed) {
            if (node.flags().isEmpty()) return;
            Set<String> seen = new HashSet<>();
            for (Flag f : node.flags()) {
                if (!f.text().startsWith("--") || f.name().isEmpty()) {
                    error("unknown flag: " + f.text(), f.range());
                    continue;
                }
                if (!allowed.contains(f.name())) {
                    error("unknown flag: --" + f.name(), f.range());
                    continue;
                }
                if (!seen.add(f.name()) && !REPEATABLE_FLAGS.contains(f.name())) {
                    error("duplicate flag specified: --" + f.name(), f.range());
                }
                if (BOOLEAN_FLAGS.contains(f.name())) {
                    if (f.value() != null && !f.value().equalsIgnoreCase("true") && !f.value().equalsIgnoreCase("false")) {
                        error(f.value().isEmpty() ? "missing a value on flag: --" + f.name()
                                : "expecting boolean value for flag --" + f.name() + ", not: " + f.value(), f.range());
                    }
                } else if (f.value() == null) {
                    error("missing a value on flag: --" + f.name(), f.range());
                }
            }
        }

        void healthFlags() {
            for (Flag f : node.flags()) {
                if (f.value() == null) continue;
                if (f.name().equals("retries")) {
                    try {
                        long n = Long.parseLong(f.value());
                        if (n < 0) error("--retries cannot be negative (" + n + ")", f.range());
                    } catch (NumberFormatException e) {
                        error("invalid value for --retries: " + GoQuote.quote(f.value()), f.range());
                    }
                } else if (HEALTH_FLAGS.contains(f.name())) {
                    Long nanos = GoDuration.parse(f.value());
                    if (nanos == null) {
                        error("time: invalid duration " + GoQuote.quote(f.value()), f.range());
                    } else if (nanos != 0 && nanos < 1_000_000L) {
                        String label = f.name().equals("interval") ? "Interval" : f.name().equals("timeout") ? "Timeout"
                                : f.name().equals("start-period") ? "StartPeriod" : "StartInterval";
                        error(label + " \"" + f.name() + "\" cannot be less than 1ms", f.range());
                    }
                }
            }
        }
    }
}
