package dflint.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text mutations of a real Dockerfile for differential tests: each keeps most of the file and
 * changes one thing BuildKit is picky about (lines and stages, stage references and names,
 * flags, quotes, variables, heredoc markers, the escape directive), or plants one of the
 * things BuildKit refuses while converting. Deterministic for a given Random.
 */
final class Mutator {
    private final Random rnd;

    Mutator(Random rnd) {
        this.rnd = rnd;
    }

    /** One mutation: its name and the new text, or null when it does not apply to this text. */
    record Change(String name, String text) {}

    private interface Op {
        String apply(String text);
    }

    private final List<Op> ops = List.of(this::dropLine, this::duplicateLine, this::swapLines, this::dropStage,
            this::duplicateStage, this::swapStages, this::changeFrom, this::changeStageName, this::changePlatform,
            this::changeMount, this::changeCopyFlag, this::quote, this::variable, this::argDefault, this::heredoc,
            this::escapeDirective, this::plant);
    private final List<String> names = List.of("drop-line", "duplicate-line", "swap-lines", "drop-stage", "duplicate-stage",
            "swap-stages", "change-from", "change-stage-name", "change-platform", "change-mount", "change-copy-flag",
            "quote", "variable", "arg-default", "heredoc", "escape-directive", "plant");

    /** Applies one to three mutations; returns the text and what was done. */
    Change mutate(String text) {
        StringBuilder done = new StringBuilder();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(ops.size());
            String next = ops.get(k).apply(text);
            if (next == null) continue;
            text = next;
            if (done.length() > 0) done.append(',');
            done.append(names.get(k));
        }
        return new Change(done.toString(), text);
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private String dropLine(String text) {
        List<String> l = lines(text);
        if (l.size() < 2) return null;
        l.remove(rnd.nextInt(l.size()));
        return String.join("\n", l);
    }

    private String duplicateLine(String text) {
        List<String> l = lines(text);
        l.add(rnd.nextInt(l.size() + 1), l.get(rnd.nextInt(l.size())));
        return String.join("\n", l);
    }

    private String swapLines(String text) {
        List<String> l = lines(text);
        if (l.size() < 2) return null;
        int i = rnd.nextInt(l.size()), j = rnd.nextInt(l.size());
        String t = l.get(i);
        l.set(i, l.get(j));
        l.set(j, t);
        return String.join("\n", l);
    }

    private static final Pattern FROM_LINE = Pattern.compile("(?im)^[ \\t]*FROM[ \\t]");

    /** The text split before every FROM line: the part before the first, then one part per stage. */
    private List<String> stages(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = FROM_LINE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.add(text.substring(last, m.start()));
            last = m.start();
        }
        out.add(text.substring(last));
        return out;
    }

    private String dropStage(String text) {
        List<String> s = stages(text);
        if (s.size() < 3) return null;
        s.remove(1 + rnd.nextInt(s.size() - 1));
        return String.join("", s);
    }

    private String duplicateStage(String text) {
        List<String> s = stages(text);
        if (s.size() < 2) return null;
        String stage = s.get(1 + rnd.nextInt(s.size() - 1));
        if (!stage.endsWith("\n")) stage += "\n";
        s.add(1 + rnd.nextInt(s.size()), stage);
        return String.join("", s).replace("\n\n\n", "\n\n");
    }

    private String swapStages(String text) {
        List<String> s = stages(text);
        if (s.size() < 3) return null;
        for (int i = 1; i < s.size(); i++) if (!s.get(i).endsWith("\n")) s.set(i, s.get(i) + "\n");
        int i = 1 + rnd.nextInt(s.size() - 1), j = 1 + rnd.nextInt(s.size() - 1);
        String t = s.get(i);
        s.set(i, s.get(j));
        s.set(j, t);
        return String.join("", s);
    }

    private static final Pattern STAGE_NAME = Pattern.compile("(?i)\\bAS[ \\t]+([A-Za-z0-9_.-]+)");

    private List<String> stageNames(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = STAGE_NAME.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** A FROM's image, or a --from= value, becomes another stage, an index, an image, a variable or odd text. */
    private String changeFrom(String text) {
        List<String> stageNames = stageNames(text);
        List<String> choices = new ArrayList<>(List.of("0", "1", "7", "-1", "alpine:3.20", "Builder", "scratch", "$STAGE",
                "${BASE:-alpine}", "docker:-dind", "node:", "gcr.io//x", "\"quoted\"", "context"));
        for (String n : stageNames) {
            choices.add(n);
            choices.add(n.toUpperCase());
        }
        String replacement = pick(choices);
        Matcher copy = Pattern.compile("--from=(\\S+)").matcher(text);
        List<int[]> spots = new ArrayList<>();
        while (copy.find()) spots.add(new int[] {copy.start(1), copy.end(1)});
        Matcher from = Pattern.compile("(?im)^[ \\t]*FROM[ \\t]+(?:--platform=\\S+[ \\t]+)?(\\S+)").matcher(text);
        while (from.find()) spots.add(new int[] {from.start(1), from.end(1)});
        if (spots.isEmpty()) return null;
        int[] at = pick(spots);
        return text.substring(0, at[0]) + replacement + text.substring(at[1]);
    }

    /** FROM ... AS name: renamed, dropped, duplicated, upper-cased or made invalid. */
    private String changeStageName(String text) {
        Matcher m = STAGE_NAME.matcher(text);
        List<int[]> spots = new ArrayList<>();
        while (m.find()) spots.add(new int[] {m.start(), m.end(), m.start(1)});
        if (spots.isEmpty()) {
            Matcher f = Pattern.compile("(?im)^([ \\t]*FROM[ \\t]+\\S+)[ \\t]*$").matcher(text);
            if (!f.find()) return null;
            return text.substring(0, f.end(1)) + " AS " + pick(List.of("build", "base", "final")) + text.substring(f.end(1));
        }
        int[] at = pick(spots);
        List<String> others = stageNames(text);
        String name = switch (rnd.nextInt(5)) {
            case 0 -> "";
            case 1 -> "AS " + pick(others);
            case 2 -> "AS " + text.substring(at[2], at[1]).toUpperCase();
            case 3 -> "AS " + pick(List.of("1st", "scratch", "context", "a/b", "${NAME}"));
            default -> "AS renamed" + rnd.nextInt(3);
        };
        return text.substring(0, at[0]) + name + text.substring(at[1]);
    }

    private static final List<String> PLATFORMS = List.of("linux/amd64", "$BUILDPLATFORM", "$TARGETPLATFORM",
            "${TARGETPLATFORM:-linux/amd64}", "linux/$NOPE", "$NOPE", "foo", "linux/amd64,linux/arm64", "linux/arm/v7/x",
            "Linux/ARM64", "local", "arm64", "${P:x}", "\"linux/amd64 \"");

    private String changePlatform(String text) {
        Matcher m = Pattern.compile("(?im)^([ \\t]*FROM[ \\t]+)(--platform=\\S+[ \\t]+)?").matcher(text);
        List<int[]> spots = new ArrayList<>();
        while (m.find()) spots.add(new int[] {m.end(1), m.end()});
        if (spots.isEmpty()) return null;
        int[] at = pick(spots);
        String flag = rnd.nextInt(6) == 0 ? "" : "--platform=" + pick(PLATFORMS) + " ";
        return text.substring(0, at[0]) + flag + text.substring(at[1]);
    }

    private static final List<String> MOUNTS = List.of("type=cache,target=/x,z", "type=bind,target=.", "type=bind",
            "type=secret", "type=cahce,target=/c", "type=tmpfs,target=/t,uid=0", "type=cache,target=/c,sharing=x",
            "type=ssh,src=/a", "type=cache,target=/c,mode=9", "type=secret,id=a,target=/run/a", "type=cache,target=/root/.cache",
            "type=bind,from=build,target=/src", "type=cache,target=${CACHE:-/c}", "type=tmpfs,target=/t,size=1g");

    private String changeMount(String text) {
        Matcher m = Pattern.compile("--mount=(\\S+)").matcher(text);
        List<int[]> spots = new ArrayList<>();
        while (m.find()) spots.add(new int[] {m.start(1), m.end(1)});
        if (!spots.isEmpty() && rnd.nextBoolean()) {
            int[] at = pick(spots);
            String extra = pick(List.of(",z", ",ro", ",required", ",size=1", ",uid=x", ",sharing=locked", ",target=/",
                    ",target=.", ",type=tmpfs", ",type=secret", ",foo=1", ",from=Foo", ",,"));
            return text.substring(0, at[1]) + extra + text.substring(at[1]);
        }
        Matcher run = Pattern.compile("(?im)^[ \\t]*RUN[ \\t]+").matcher(text);
        List<Integer> runs = new ArrayList<>();
        while (run.find()) runs.add(run.end());
        if (runs.isEmpty()) return null;
        int at = pick(runs);
        return text.substring(0, at) + "--mount=" + pick(MOUNTS) + " " + text.substring(at);
    }

    private String changeCopyFlag(String text) {
        Matcher m = Pattern.compile("(?im)^[ \\t]*(COPY|ADD)[ \\t]+").matcher(text);
        List<Integer> spots = new ArrayList<>();
        while (m.find()) spots.add(m.end());
        if (spots.isEmpty()) return null;
        int at = pick(spots);
        String flag = pick(List.of("--chmod=999 ", "--chmod=u+q ", "--chmod=0755 ", "--chmod=a+rX ", "--chown=${U:x} ",
                "--link ", "--from=Foo ", "--checksum=sha256:abc ", "https://example.com/a.tgz ", "--exclude=*.md ",
                "--parents ", "--chmod=$MODE "));
        return text.substring(0, at) + flag + text.substring(at);
    }

    /** A quote, escape, $ or brace dropped into an argument. */
    private String quote(String text) {
        List<String> l = lines(text);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).strip().matches("(?i)(ENV|LABEL|COPY|ADD|WORKDIR|USER|EXPOSE|VOLUME|ARG|FROM|STOPSIGNAL)\\b.*")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) return null;
        int i = pick(candidates);
        String line = l.get(i);
        int p = rnd.nextInt(line.length() + 1);
        l.set(i, line.substring(0, p) + pick(List.of("\"", "'", "\\", "$", "${", "}", "\"\"")) + line.substring(p));
        return String.join("\n", l);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?");

    /** A variable reference gets a modifier BuildKit may refuse, or loses its braces or quotes. */
    private String variable(String text) {
        Matcher m = VARIABLE.matcher(text);
        List<int[]> spots = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        while (m.find()) {
            spots.add(new int[] {m.start(), m.end()});
            vars.add(m.group(1));
        }
        if (spots.isEmpty()) return null;
        int k = rnd.nextInt(spots.size());
        String n = vars.get(k);
        String rep = pick(List.of("${" + n + ":i}", "${" + n, "${}", "${" + n + "?}", "${" + n + ":?need it}",
                "${" + n + "/\\x/y}", "${" + n + ":-\"x}", "$" + n + "\"", "'$" + n, "${" + n + "#\\a}", "${" + n + ":-}",
                "${" + n + "+set}", "${" + n + "%%.*}", "${" + n + "//-/_}", "$" + n));
        return text.substring(0, spots.get(k)[0]) + rep + text.substring(spots.get(k)[1]);
    }

    /** ARG X=value loses its default, or an ARG without one gains one. */
    private String argDefault(String text) {
        Matcher m = Pattern.compile("(?m)^ARG[ \\t]+([A-Za-z_][A-Za-z0-9_]*)(=\\S*)?").matcher(text);
        List<int[]> spots = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        List<Boolean> withValue = new ArrayList<>();
        while (m.find()) {
            spots.add(new int[] {m.start(), m.end()});
            vars.add(m.group(1));
            withValue.add(m.group(2) != null);
        }
        if (spots.isEmpty()) return null;
        int k = rnd.nextInt(spots.size());
        String rep = withValue.get(k) ? "ARG " + vars.get(k) : "ARG " + vars.get(k) + "=" + pick(List.of("1", "", "x:y", "linux/arm64"));
        return text.substring(0, spots.get(k)[0]) + rep + text.substring(spots.get(k)[1]);
    }

    /** A heredoc marker quoted, chomped, renamed, or its terminator lost. */
    private String heredoc(String text) {
        Matcher m = Pattern.compile("<<(-?)([\"']?)([A-Za-z_]+)\\2").matcher(text);
        if (!m.find()) {
            Matcher run = Pattern.compile("(?im)^([ \\t]*(RUN|COPY)[ \\t]+)").matcher(text);
            if (!run.find()) return null;
            String body = run.group(2).equalsIgnoreCase("RUN") ? "<<EOF\necho ${A:-x} 'it''s'\nEOF\n" : "<<EOF /x\n${A:i}\nEOF\n";
            return text.substring(0, run.start()) + run.group(1) + body + text.substring(run.start());
        }
        String name = m.group(3);
        return switch (rnd.nextInt(4)) {
            case 0 -> text.substring(0, m.start()) + "<<\"" + name + "\"" + text.substring(m.end());
            case 1 -> text.substring(0, m.start()) + "<<-" + name + text.substring(m.end());
            case 2 -> text.substring(0, m.start()) + "<<" + name + "X" + text.substring(m.end());
            default -> text.replaceFirst("(?m)^" + Pattern.quote(name) + "$", "");
        };
    }

    private String escapeDirective(String text) {
        if (text.startsWith("# escape=")) return text.substring(text.indexOf('\n') + 1);
        return pick(List.of("# escape=`\n", "# escape=\\\n", "# escape=x\n", "#escape = `\n")) + text;
    }

    /** One of the things BuildKit refuses while converting, planted on a line of its own. */
    private String plant(String text) {
        List<String> l = lines(text);
        if (rnd.nextInt(10) == 0) {
            return "# check=" + pick(List.of("foo", "skip=all;", "error=maybe", "skip=all", "error=true")) + "\n" + text;
        }
        int first = 0;
        while (first < l.size() && !l.get(first).strip().toUpperCase().startsWith("FROM")) first++;
        int at = Math.min(l.size(), first + 1 + rnd.nextInt(Math.max(1, l.size() - first)));
        l.add(at, pick(List.of("EXPOSE 80/http", "EXPOSE 70000", "EXPOSE 80-70", "STOPSIGNAL FOO", "STOPSIGNAL $NOPE",
                "VOLUME $NOPE", "WORKDIR /", "ONBUILD COPY --bad a b", "ONBUILD ENV A=${X:i}", "USER ${U?}",
                "EXPOSE foo:80:80", "ENV A=1 B=${A:?unset}", "LABEL v=${VERSION:x}", "COPY --chmod=u+x a /b",
                "ADD --checksum=md5:0 https://example.com/a /a", "RUN --network=internet true",
                // round five: positional names, mounts without from=, a stage named scratch, appends, .NET keys
                "COPY a /x$1b", "ENV Y=$@ Z=${1}", "RUN --mount=type=secret,id=s true", "RUN --mount=type=cache,target=/c true",
                "FROM alpine AS scratch", "RUN --mount=type=tmpfs,target=/t,size=1x true", "ARG TARGETPLATFORM",
                "COPY --from=scratch / /", "ENV LD_LIBRARY_PATH=/a:$LD_LIBRARY_PATH", "ARG A__B__Key=1",
                "CMD exec nginx", "ENTRYPOINT []", "WORKDIR $1")));
        return String.join("\n", l);
    }
}
