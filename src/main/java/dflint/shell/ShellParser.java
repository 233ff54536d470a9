package dflint.shell;

import dflint.syntax.SourceRange;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads POSIX shell (with the bash bits Dockerfiles use) into simple commands. A lexer
 * turns text into words and operators; a small state machine skips the compound-command
 * keywords so the commands inside are found. Nothing recurses on input depth except
 * nested scripts ({@code $(…)}, {@code sh -c}), which stop at {@link #MAX_DEPTH}.
 */
final class ShellParser {
    static final int MAX_DEPTH = 6;

    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");
    private static final Set<String> SKIPPED_KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "do", "done",
            "while", "until", "{", "}", "!", "time");
    private static final int WORD = 0, OP = 1, REDIR = 2, EOF = 3;
    private static final int CASE_HEADER = 0, CASE_PATTERN = 1, CASE_BODY = 2;

    private final String s;
    private final int limit;
    private final Positions positions;
    private final int depth;
    private final Command parent;
    private final boolean inSubstitution;
    private final List<Command> out;
    private final List<Assignment> assignments;
    private int i;
    /** Conditions of if/elif/while/until opened and not yet closed by their then/do. */
    private int openConditions;

    // token
    private int type;
    private String op;
    private ShellWord word;
    private boolean reservable;
    private final List<int[]> tokenSubstitutions = new ArrayList<>();
    private final List<Object[]> pendingHeredocs = new ArrayList<>();
    private Redirect awaitingDelimiter;

    private ShellParser(String s, int from, int limit, Positions positions, int depth, Command parent,
                        boolean inSubstitution, List<Command> out, List<Assignment> assignments) {
        this.s = s;
        this.i = from;
        this.limit = limit;
        this.positions = positions;
        this.depth = depth;
        this.parent = parent;
        this.inSubstitution = inSubstitution;
        this.out = out;
        this.assignments = assignments;
    }

    static ShellScript parse(String text, Positions positions) {
        List<Command> out = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        try {
            new ShellParser(text, 0, text.length(), positions, 0, null, false, out, assignments).run();
        } catch (RuntimeException e) {
            // a bug must not take the linter down: keep what was read
        }
        return new ShellScript(text, out, assignments);
    }

    static ShellScript argv(List<Word> argv) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[argv.size()];
        for (int k = 0; k < argv.size(); k++) {
            if (k > 0) text.append(' ');
            starts[k] = text.length();
            text.append(argv.get(k).value());
        }
        String t = text.toString();
        // anonymous classes, not lambdas, here and in nestedScript: see ColdPathTest
        Positions p = new Positions() {
            @Override
            public SourceRange range(int a, int b) {
                int k = 0;
                while (k + 1 < starts.length && starts[k + 1] <= a) k++;
                SourceRange r = argv.get(k).range();
                if (r.startLine() != r.endLine()) return r;
                // inside a JSON string: one column past the quote, clamped to the element
                int col = Math.min(r.startColumn() + 1 + (a - starts[k]), Math.max(r.startColumn(), r.endColumn() - 1));
                int endCol = Math.min(r.endColumn(), col + Math.max(0, b - a));
                return b <= a ? SourceRange.point(r.startLine(), col) : SourceRange.ofLine(r.startLine(), col, endCol);
            }
        };
        List<Command> out = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        try {
            ShellParser sp = new ShellParser(t, 0, t.length(), p, 0, null, false, out, assignments);
            List<ShellWord> words = new ArrayList<>();
            for (int k = 0; k < argv.size(); k++) {
                String v = argv.get(k).value();
                words.add(new ShellWord(v, v, starts[k], starts[k] + v.length(), null, false, List.of(), false, p));
            }
            sp.emit(words, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), "", false);
        } catch (RuntimeException e) {
            // keep what was read
        }
        return new ShellScript(t, out, assignments, true);
    }

    // ---------------------------------------------------------------- structure

    private void run() {
        List<ShellWord> words = new ArrayList<>();
        List<Assignment> assigns = new ArrayList<>();
        List<Redirect> redirs = new ArrayList<>();
        List<int[]> subs = new ArrayList<>();
        int subshell = 0;
        int[] caseStack = new int[8];
        int cases = 0;
        boolean forHeader = false, afterSeparator = false, skipName = false, skipClose = false;
        Redirect awaitingTarget = null;
        while (true) {
            next();
            if (type == EOF) {
                emit(words, assigns, redirs, subs, "", subshell > 0);
                return;
            }
            if (awaitingTarget != null) {
                Redirect r = awaitingTarget;
                awaitingTarget = null;
                if (type == WORD) {
                    r.target = word;
                    subs.addAll(tokenSubstitutions);
                    if (r.isHeredoc()) register(r, word);
                    continue;
                }
            }
            if (forHeader) {
                if (type == WORD && reservable && word.value().equals("do") && afterSeparator) forHeader = false;
                afterSeparator = type == OP;
                continue;
            }
            int top = cases > 0 ? caseStack[cases - 1] : -1;
            if (top == CASE_HEADER) {
                if (type == WORD && reservable && word.value().equals("in")) caseStack[cases - 1] = CASE_PATTERN;
                continue;
            }
            if (top == CASE_PATTERN) {
                if (type == WORD && reservable && word.value().equals("esac")) cases--;
                else if (type == OP && op.equals(")")) caseStack[cases - 1] = CASE_BODY;
                continue;
            }
            boolean atStart = words.isEmpty() && assigns.isEmpty();
            if (top == CASE_BODY) {
                if (type == OP && (op.equals(";;") || op.equals(";&") || op.equals(";;&"))) {
                    emit(words, assigns, redirs, subs, op, subshell > 0);
                    caseStack[cases - 1] = CASE_PATTERN;
                    continue;
                }
                if (type == WORD && atStart && reservable && word.value().equals("esac")) {
                    cases--;
                    continue;
                }
            }
            switch (type) {
                case WORD: {
                    String v = word.value();
                    if (atStart && reservable) {
                        if (SKIPPED_KEYWORDS.contains(v)) {
                            if (v.equals("if") || v.equals("elif") || v.equals("while") || v.equals("until")) openConditions++;
                            else if ((v.equals("then") || v.equals("do")) && openConditions > 0) openConditions--;
                            continue;
                        }
                        if (v.equals("for") || v.equals("select")) {
                            forHeader = true;
                            afterSeparator = false;
                            continue;
                        }
                        if (v.equals("case")) {
                            if (cases == caseStack.length) caseStack = Arrays.copyOf(caseStack, cases * 2);
                            caseStack[cases++] = CASE_HEADER;
                            continue;
                        }
                        if (v.equals("function")) {
                            skipName = true;
                            continue;
                        }
                    }
                    if (skipName) {
                        skipName = false;
                        continue;
                    }
                    subs.addAll(tokenSubstitutions);
                    Assignment a = words.isEmpty() ? assignment(word) : null;
                    if (a != null) assigns.add(a);
                    else words.add(word);
                    continue;
                }
                case REDIR: {
                    Redirect r = new Redirect(word == null ? "" : word.value(), op);
                    redirs.add(r);
                    awaitingTarget = r;
                    continue;
                }
                default: {
                    if (op.equals("(")) {
                        if (words.size() == 1 && assigns.isEmpty()) {
                            // name() { ...; }: a function definition, not a command
                            words.clear();
                            skipClose = true;
                        } else {
                            emit(words, assigns, redirs, subs, "(", subshell > 0);
                            subshell++;
                        }
                        continue;
                    }
                    if (op.equals(")")) {
                        if (skipClose) {
                            skipClose = false;
                            continue;
                        }
                        emit(words, assigns, redirs, subs, ")", subshell > 0);
                        if (subshell > 0) subshell--;
                        continue;
                    }
                    emit(words, assigns, redirs, subs, op, subshell > 0);
                }
            }
        }
    }

    private static Assignment assignment(ShellWord w) {
        String raw = w.raw();
        int k = 0;
        while (k < raw.length() && isNameChar(raw.charAt(k), k == 0)) k++;
        if (k == 0 || k >= raw.length()) return null;
        int eq = k;
        if (raw.charAt(k) == '+' && k + 1 < raw.length() && raw.charAt(k + 1) == '=') eq = k + 1;
        if (raw.charAt(eq) != '=') return null;
        String v = w.value();
        int valueStart = Math.min(v.length(), eq + 1);
        return new Assignment(raw.substring(0, k), v.substring(valueStart), w);
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
    }

    /** Ends the command being collected, then reads the scripts it carries. */
    private void emit(List<ShellWord> words, List<Assignment> assigns, List<Redirect> redirs, List<int[]> subs,
                      String operator, boolean inSubshell) {
        assignments.addAll(assigns);
        Command c = null;
        if (!words.isEmpty()) {
            c = new Command(List.copyOf(words), List.copyOf(assigns), List.copyOf(redirs), operator, parent,
                    inSubstitution, inSubshell);
            c.inCondition = openConditions > 0;
            out.add(c);
        }
        words.clear();
        assigns.clear();
        redirs.clear();
        if (depth + 1 < MAX_DEPTH) {
            for (int[] sub : subs) {
                new ShellParser(s, sub[0], sub[1], positions, depth + 1, parent, true, out, assignments).run();
            }
            if (c != null) nestedScript(c);
        }
        subs.clear();
    }

    /** {@code sh -c 'script'}: read the string as a script of its own. */
    private void nestedScript(Command c) {
        Command shell = c.unwrapped(); // sudo bash -c '…' too
        if (!SHELLS.contains(shell.baseName())) return;
        Args args = shell.args(Set.of("-o", "+o", "-O", "+O"));
        boolean dashC = false;
        for (Option o : args.options()) if (o.is("-c")) dashC = true;
        if (!dashC || args.operands().isEmpty()) return;
        ShellWord body = args.operands().get(0);
        String text = body.value();
        Positions outer = body.positions();
        Positions inner = new Positions() {
            @Override
            public SourceRange range(int a, int b) {
                return b <= a ? outer.range(body.sourceOffset(a), body.sourceOffset(a))
                        : outer.range(body.sourceOffset(a), body.sourceOffset(b - 1) + 1);
            }
        };
        new ShellParser(text, 0, text.length(), inner, depth + 1, c, inSubstitution, out, assignments).run();
    }

    private void register(Redirect r, ShellWord delimiter) {
        pendingHeredocs.add(new Object[] {r, delimiter.value(), r.operator().equals("<<-")});
    }

    // ---------------------------------------------------------------- lexer

    private void next() {
        word = null;
        op = null;
        reservable = false;
        tokenSubstitutions.clear();
        while (i < limit) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '\\' && i + 1 < limit && s.charAt(i + 1) == '\n') {
                i += 2;
            } else if (c == '#') {
                while (i < limit && s.charAt(i) != '\n') i++;
            } else {
                break;
            }
        }
        if (i >= limit) {
            type = EOF;
            return;
        }
        char c = s.charAt(i);
        if (c == '\n') {
            i++;
            readHeredocBodies();
            type = OP;
            op = "\n";
            return;
        }
        // a file descriptor number right before a redirection: 2>&1
        int d = i;
        while (d < limit && Character.isDigit(s.charAt(d))) d++;
        if (d > i && d < limit && (s.charAt(d) == '<' || s.charAt(d) == '>') && !(d + 1 < limit && s.charAt(d + 1) == '(')) {
            String fd = s.substring(i, d);
            i = d;
            redirection();
            word = new ShellWord(fd, fd, d - fd.length(), d, new int[0], false, List.of(), false, positions);
            return;
        }
        if ((c == '<' || c == '>') && i + 1 < limit && s.charAt(i + 1) == '(') {
            // process substitution <(cmd) is a word
            int start = i;
            int end = skipNested(i + 2, ')');
            tokenSubstitutions.add(new int[] {i + 2, Math.max(i + 2, end - 1)});
            i = end;
            type = WORD;
            String raw = s.substring(start, end);
            word = new ShellWord(raw, raw, start, end, null, false, List.of(), true, positions);
            return;
        }
        if (c == '<' || c == '>') {
            redirection();
            return;
        }
        if (c == '&' && i + 1 < limit && s.charAt(i + 1) == '>') {
            i += 2;
            String o = "&>";
            if (i < limit && s.charAt(i) == '>') {
                i++;
                o = "&>>";
            }
            type = REDIR;
            op = o;
            return;
        }
        String o = operator();
        if (o != null) {
            i += o.length();
            type = OP;
            op = o;
            return;
        }
        readWord();
    }

    private String operator() {
        char c = s.charAt(i);
        char n = i + 1 < limit ? s.charAt(i + 1) : 0;
        switch (c) {
            case '&':
                return n == '&' ? "&&" : "&";
            case '|':
                return n == '|' ? "||" : n == '&' ? "|&" : "|";
            case ';':
                if (n == ';') return i + 2 < limit && s.charAt(i + 2) == '&' ? ";;&" : ";;";
                return n == '&' ? ";&" : ";";
            case '(':
                return "(";
            case ')':
                return ")";
            default:
                return null;
        }
    }

    private void redirection() {
        String[] ops = {"<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">&", ">|", ">"};
        for (String o : ops) {
            if (s.startsWith(o, i) && i + o.length() <= limit) {
                i += o.length();
                type = REDIR;
                op = o;
                return;
            }
        }
        i++;
        type = REDIR;
        op = String.valueOf(s.charAt(i - 1));
    }

    private void readHeredocBodies() {
        for (Object[] h : pendingHeredocs) {
            Redirect r = (Redirect) h[0];
            String delim = (String) h[1];
            boolean strip = (Boolean) h[2];
            StringBuilder body = new StringBuilder();
            while (i < limit) {
                int end = s.indexOf('\n', i);
                if (end < 0 || end > limit) end = limit;
                String line = s.substring(i, end);
                String cmp = line;
                if (strip) {
                    int t = 0;
                    while (t < cmp.length() && cmp.charAt(t) == '\t') t++;
                    cmp = cmp.substring(t);
                }
                i = Math.min(limit, end + 1);
                if (cmp.equals(delim)) break;
                body.append(line).append('\n');
            }
            r.heredocBody = body.toString();
        }
        pendingHeredocs.clear();
    }

    /** Reads one word at i: quotes, escapes and expansions, stopping at an unquoted metacharacter. */
    private void readWord() {
        int start = i;
        StringBuilder v = new StringBuilder();
        IntList offs = new IntList();
        boolean quoted = false, substitution = false;
        List<String> refs = new ArrayList<>(0);
        while (i < limit) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|'
                    || c == '<' || c == '>' || c == '(' || c == ')') {
                if (c == '(' && v.length() > 0 && i > start && "@?*+!".indexOf(s.charAt(i - 1)) >= 0) {
                    // extglob @(a|b): keep it in the word
                    int end = skipNested(i + 1, ')');
                    for (int k = i; k < end; k++) { v.append(s.charAt(k)); offs.add(k); }
                    i = end;
                    continue;
                }
                break;
            }
            if (c == '\\') {
                if (i + 1 < limit) {
                    if (s.charAt(i + 1) == '\n') {
                        i += 2;
                        continue;
                    }
                    quoted = true;
                    v.append(s.charAt(i + 1));
                    offs.add(i + 1);
                    i += 2;
                } else {
                    v.append(c);
                    offs.add(i);
                    i++;
                }
                continue;
            }
            if (c == '\'') {
                quoted = true;
                int end = s.indexOf('\'', i + 1);
                if (end < 0 || end >= limit) end = limit;
                for (int k = i + 1; k < end; k++) { v.append(s.charAt(k)); offs.add(k); }
                i = Math.min(limit, end + 1);
                continue;
            }
            if (c == '"') {
                quoted = true;
                i++;
                while (i < limit && s.charAt(i) != '"') {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < limit && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
                        if (s.charAt(i + 1) != '\n') {
                            v.append(s.charAt(i + 1));
                            offs.add(i + 1);
                        }
                        i += 2;
                    } else if (d == '$' && i + 1 < limit && s.charAt(i + 1) != '"') {
                        substitution |= expansion(v, offs, refs);
                    } else if (d == '`') {
                        substitution |= backquote(v, offs);
                    } else {
                        v.append(d);
                        offs.add(i);
                        i++;
                    }
                }
                i = Math.min(limit, i + 1);
                continue;
            }
            if (c == '$' && i + 1 < limit && s.charAt(i + 1) == '\'') {
                quoted = true;
                i += 2;
                while (i < limit && s.charAt(i) != '\'') {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < limit) {
                        char e = s.charAt(i + 1);
                        v.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                        offs.add(i + 1);
                        i += 2;
                    } else {
                        v.append(d);
                        offs.add(i);
                        i++;
                    }
                }
                i = Math.min(limit, i + 1);
                continue;
            }
            if (c == '$' && i + 1 < limit && s.charAt(i + 1) == '"') {
                i++; // $"..." is a translated string: read it as "..."
                continue;
            }
            if (c == '$') {
                substitution |= expansion(v, offs, refs);
                continue;
            }
            if (c == '`') {
                substitution |= backquote(v, offs);
                continue;
            }
            v.append(c);
            offs.add(i);
            i++;
        }
        if (i == start) {
            // a character no rule above consumed: skip it rather than loop
            i++;
            v.append(s.charAt(start));
            offs.add(start);
        }
        type = WORD;
        String raw = s.substring(start, i);
        String value = v.toString();
        // short words (command names, flags, package names) repeat across a file's RUNs: one copy
        if (value.length() <= 24) value = value.intern();
        word = new ShellWord(value, raw, start, i, offs.toArray(), quoted,
                refs.isEmpty() ? List.of() : List.copyOf(refs), substitution, positions);
        reservable = !quoted && refs.isEmpty() && !substitution;
    }

    /** $name, ${...}, $(...), $((...)) at i; appends the text as written. Returns true for a command or arithmetic substitution. */
    private boolean expansion(StringBuilder v, IntList offs, List<String> refs) {
        int start = i;
        char n = i + 1 < limit ? s.charAt(i + 1) : 0;
        int end;
        boolean subst = false;
        if (n == '{') {
            end = skipNested(i + 2, '}');
            int k = i + 2;
            if (k < end && (s.charAt(k) == '#' || s.charAt(k) == '!')) k++;
            int nameStart = k;
            while (k < end && isNameChar(s.charAt(k), k == nameStart)) k++;
            if (k > nameStart) refs.add(s.substring(nameStart, k));
            else if (nameStart < end && "@*#?$!-0123456789".indexOf(s.charAt(nameStart)) >= 0) refs.add(String.valueOf(s.charAt(nameStart)));
        } else if (n == '(') {
            end = skipNested(i + 2, ')');
            subst = true;
            if (!(i + 2 < limit && s.charAt(i + 2) == '(')) {
                tokenSubstitutions.add(new int[] {i + 2, Math.max(i + 2, end - 1)});
            }
        } else if (n != 0 && isNameChar(n, true)) {
            end = i + 2;
            while (end < limit && isNameChar(s.charAt(end), false)) end++;
            refs.add(s.substring(i + 1, end));
        } else if (n != 0 && "@*#?$!-0123456789".indexOf(n) >= 0) {
            end = i + 2;
            refs.add(String.valueOf(n));
        } else {
            v.append('$');
            offs.add(i);
            i++;
            return false;
        }
        end = Math.min(end, limit);
        for (int k = start; k < end; k++) { v.append(s.charAt(k)); offs.add(k); }
        i = Math.max(end, start + 1);
        return subst;
    }

    private boolean backquote(StringBuilder v, IntList offs) {
        int start = i;
        int end = skipNested(i + 1, '`');
        tokenSubstitutions.add(new int[] {i + 1, Math.max(i + 1, end - 1)});
        for (int k = start; k < end; k++) { v.append(s.charAt(k)); offs.add(k); }
        i = Math.max(end, start + 1);
        return true;
    }

    /**
     * From just inside an opening {@code $(}, {@code ${}, backquote or double quote, the offset just past
     * its closing character (or the limit). Iterative: nesting is kept on an explicit stack.
     */
    private int skipNested(int from, char close) {
        char[] stack = new char[16];
        int top = 0;
        stack[top++] = close;
        int k = from;
        while (k < limit && top > 0) {
            char c = s.charAt(k);
            char want = stack[top - 1];
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (want == '"' || want == '`') {
                if (c == want) {
                    top--;
                } else if (want == '"' && c == '$' && k + 1 < limit && (s.charAt(k + 1) == '(' || s.charAt(k + 1) == '{')) {
                    stack = push(stack, top++, s.charAt(k + 1) == '(' ? ')' : '}');
                    k++;
                } else if (want == '"' && c == '`') {
                    stack = push(stack, top++, '`');
                }
                k++;
                continue;
            }
            if (c == '\'') {
                int end = s.indexOf('\'', k + 1);
                k = end < 0 || end >= limit ? limit : end + 1;
                continue;
            }
            if (c == want) {
                top--;
            } else if (c == '"' || c == '`') {
                stack = push(stack, top++, c);
            } else if (c == '$' && k + 1 < limit && (s.charAt(k + 1) == '(' || s.charAt(k + 1) == '{')) {
                stack = push(stack, top++, s.charAt(k + 1) == '(' ? ')' : '}');
                k++;
            } else if (c == '(' && want == ')') {
                stack = push(stack, top++, ')');
            }
            k++;
        }
        return Math.min(k, limit);
    }

    private static char[] push(char[] stack, int at, char c) {
        if (at == stack.length) stack = Arrays.copyOf(stack, stack.length * 2);
        stack[at] = c;
        return stack;
    }

    /** A growable int array for value-to-source offsets. */
    private static final class IntList {
        int[] a = new int[16];
        int n;

        void add(int x) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = x;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
