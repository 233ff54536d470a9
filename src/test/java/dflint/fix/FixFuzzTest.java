package dflint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.SharedData;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random Dockerfiles made of the constructs the fixes touch (unnamed stages and
 * numeric --from, keyword casing, legacy ENV and LABEL with quotes, escapes and continuations,
 * shell-form commands, package managers behind sudo, sh -c, heredocs and continuations,
 * relative WORKDIRs, ADD, EXPOSE, CRLF and the backtick escape), fixed with every fix, safe
 * and unsafe. Each result must parse when the input did, settle (a second run changes
 * nothing), and the fixer must never have to refuse a fix. The safe fixes are also checked
 * against BuildKit's oracle when it is there: same parse result, no new conversion error,
 * the same stages for every target. -Ddflint.fixfuzz.seed=N and .tries=N change the run.
 */
class FixFuzzTest {
    static final long SEED = Long.getLong("dflint.fixfuzz.seed", 14L);
    static final int TRIES = Integer.getInteger("dflint.fixfuzz.tries", 400);

    @TempDir
    Path tmp;

    @Test
    void generatedFilesFixCleanly() throws Exception {
        Random r = new Random(SEED);
        Linter linter = new Linter(Rules.all());
        LintOptions options = LintOptions.defaults();
        FixSelection all = new FixSelection(true, Set.of());
        List<String> failures = new ArrayList<>();
        Map<String, Integer> applied = new TreeMap<>();
        List<String> changedSafe = new ArrayList<>();
        Path before = Files.createDirectories(tmp.resolve("before")), after = Files.createDirectories(tmp.resolve("after"));
        for (int i = 0; i < TRIES; i++) {
            String text = dockerfile(r);
            Fixer fixer = new Fixer(Fixer.analyzer(linter, options, "Dockerfile"));
            for (FixSelection sel : List.of(FixSelection.safe(), all)) {
                Fixer.Result res;
                try {
                    res = fixer.fix(text, sel);
                } catch (RuntimeException e) {
                    failures.add("try " + i + ": " + e + "\n" + text);
                    continue;
                }
                for (Fixer.Applied a : res.applied()) applied.merge(a.ruleId() + (sel.unsafe() ? "" : " (safe)"), 1, Integer::sum);
                if (!res.refused().isEmpty()) {
                    failures.add("try " + i + ": refused " + res.refused().get(0).ruleId() + " " + res.refused().get(0).fix() + "\n" + text);
                }
                if (res.refusal() == null && !res.last().parses()) failures.add("try " + i + ": no longer parses\n" + text);
                if (!res.converged()) failures.add("try " + i + ": did not settle\n" + text);
                String again = fixer.fix(res.text(), sel).text();
                if (!again.equals(res.text())) failures.add("try " + i + ": a second run changed it\n" + res.text() + "\n---\n" + again);
                for (Finding f : res.last().findings()) {
                    if (sel.accepts(f) && res.converged()) failures.add("try " + i + ": still fixable: " + f + "\n" + text);
                }
                if (!sel.unsafe() && res.changed()) {
                    String n = String.format("%04d.Dockerfile", i);
                    Files.writeString(before.resolve(n), text, StandardCharsets.UTF_8);
                    Files.writeString(after.resolve(n), res.text(), StandardCharsets.UTF_8);
                    changedSafe.add(n);
                }
            }
        }
        Path oracle = SharedData.root().resolve("tools/buildkit-oracle/dforacle");
        int compared = 0;
        if (Files.isExecutable(oracle) && !changedSafe.isEmpty()) {
            Map<String, JsonNode> ob = run(oracle, before, changedSafe), oa = run(oracle, after, changedSafe);
            for (String n : changedSafe) {
                JsonNode a = ob.get(n), b = oa.get(n);
                if (a == null || b == null) continue;
                compared++;
                String why = compare(a, b);
                if (why != null) failures.add(n + ": " + why + "\n" + Files.readString(before.resolve(n)) + "---\n" + Files.readString(after.resolve(n)));
            }
        }
        System.out.println("fix fuzz, seed " + SEED + ", " + TRIES + " files: fixes applied " + applied + "; " + changedSafe.size()
                + " changed by safe fixes, " + compared + " compared with BuildKit; failures: " + failures.size());
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())));
        assertTrue(applied.size() > 15, "the generator reaches too few fixes: " + applied);
    }

    private static String compare(JsonNode a, JsonNode b) {
        if (a.path("parse").path("ok").asBoolean() != b.path("parse").path("ok").asBoolean()) return "BuildKit parse result changed";
        if (a.path("lint").path("error").isMissingNode() && !b.path("lint").path("error").isMissingNode()) {
            return "new conversion error: " + b.path("lint").path("error").path("message").asText();
        }
        JsonNode sa = a.path("stages"), sb = b.path("stages");
        if (sa.size() != sb.size()) return "number of stages changed";
        for (int i = 0; i < sa.size(); i++) {
            if (!sa.get(i).path("reachable").equals(sb.get(i).path("reachable"))) return "stage " + i + " runs other stages";
            String na = sa.get(i).path("name").asText();
            if (!na.isEmpty() && !na.equals(sb.get(i).path("name").asText())) return "stage " + i + " renamed";
            if (sa.get(i).path("error").asText("").isEmpty() && !sb.get(i).path("error").asText("").isEmpty()) return "stage " + i + " now fails";
        }
        return null;
    }

    private Map<String, JsonNode> run(Path oracle, Path dir, List<String> files) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(oracle.toString(), "-").directory(dir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Path out = Files.createTempFile(tmp, "oracle", ".jsonl");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        p.getOutputStream().write((String.join("\n", files) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        Map<String, JsonNode> m = new HashMap<>();
        ObjectMapper om = new ObjectMapper();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode j = om.readTree(line);
                m.put(j.path("file").asText(), j);
            }
        }
        return m;
    }

    // ---- the generator ----------------------------------------------------------------------

    private static final String[] IMAGES = {"debian:12", "ubuntu:24.04", "alpine:3.20", "python:3.12-slim", "golang:1.23",
        "node:22", "centos:7", "rockylinux:9", "opensuse/leap:15.6", "fedora:40", "example.com/team/base:1", "scratch",
        "busybox", "golang:1.23-alpine", "${BASE}"};

    private static <T> T pick(Random r, T[] xs) {
        return xs[r.nextInt(xs.length)];
    }

    private static String kw(Random r, String k) {
        int c = r.nextInt(8);
        return c == 0 ? k.toLowerCase() : c == 1 ? k.charAt(0) + k.substring(1).toLowerCase() : k;
    }

    static String dockerfile(Random r) {
        boolean backtick = r.nextInt(12) == 0;
        char esc = backtick ? '`' : '\\';
        String nl = r.nextInt(8) == 0 ? "\r\n" : "\n";
        StringBuilder b = new StringBuilder();
        if (backtick) b.append("# escape=`").append(nl);
        if (r.nextInt(4) == 0) b.append("ARG BASE=debian:12").append(nl);
        int stages = 1 + r.nextInt(4);
        List<String> names = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            String from = kw(r, "FROM");
            if (r.nextInt(6) == 0) from += " --platform=$TARGETPLATFORM";
            String base = s > 0 && r.nextInt(5) == 0 && !names.get(s - 1).isEmpty() ? names.get(s - 1) : pick(r, IMAGES);
            b.append(from).append(' ').append(base);
            String name = "";
            if (r.nextBoolean()) {
                name = r.nextInt(5) == 0 ? "Build" + s : "s" + s;
                b.append(' ').append(r.nextBoolean() ? "AS" : "as").append(' ').append(name);
            }
            names.add(name.toLowerCase());
            b.append(nl);
            int n = 1 + r.nextInt(7);
            for (int i = 0; i < n; i++) b.append(instruction(r, s, names, esc, nl));
        }
        return b.toString();
    }

    private static String instruction(Random r, int stage, List<String> names, char esc, String nl) {
        String cont = " " + esc + nl;
        switch (r.nextInt(14)) {
            case 0: {
                if (stage == 0) return kw(r, "RUN") + " true" + nl;
                int from = r.nextInt(stage);
                String ref = r.nextBoolean() || names.get(from).isEmpty() ? String.valueOf(from) : names.get(from).toUpperCase();
                return kw(r, "COPY") + " --from=" + ref + " /out /out" + nl;
            }
            case 1: {
                String[] values = {"/usr/local/bin:$PATH", "hello   world", "\"a b\" c", "This is ${APP:-app}", "first" + cont + "    second",
                    "C:\\dir x", "'single q' x", "x=y", "\"q\"", "a" + esc + " b c", "${A:-x y}"};
                return kw(r, r.nextBoolean() ? "ENV" : "LABEL") + " K" + r.nextInt(3) + " " + pick(r, values) + nl;
            }
            case 2: {
                String[] cmds = {"python /app/app.py --port 8080", "/usr/local/bin/server", "server > /log 2>&1", "node x.js"};
                String what = pick(r, new String[] {"CMD", "ENTRYPOINT", "HEALTHCHECK CMD"});
                return kw(r, what.split(" ")[0]) + what.substring(what.split(" ")[0].length()) + " " + pick(r, cmds) + nl;
            }
            case 3:
                return kw(r, "MAINTAINER") + " Jane <j@e.com> \"q\" $HOME" + nl;
            case 4:
                return kw(r, "WORKDIR") + " " + pick(r, new String[] {"app", "./srv", "\"my app\"", "$D/x", "/abs", "app/$D"}) + nl;
            case 5:
                return kw(r, "ADD") + " " + pick(r, new String[] {"entrypoint.sh /usr/local/bin/", "config/ /etc/app/", "rootfs /", "a.tar.gz /x/",
                    "https://e.com/x /x", "a.txt b.txt /dest"}) + nl;
            case 6:
                return kw(r, "EXPOSE") + " " + pick(r, new String[] {"80/TCP", "8080:80", "127.0.0.1:8443:443/tcp", "53/Udp 8080", "9000-9001:90-91"}) + nl;
            case 7:
                return kw(r, "RUN") + " echo a &&" + cont + nl + "    echo b" + nl;
            case 8:
                return kw(r, "ARG") + " D=data" + nl;
            default:
                return run(r, esc, nl);
        }
    }

    private static final String[] COMMANDS = {"apt-get install curl", "apt-get install -y jq", "apt-get -q install -- git",
        "apk add curl", "apk add --virtual .d gcc", "pip install flask==3.0.3", "python3 -m pip install x==1",
        "yum install httpd", "yum groupinstall \"Dev Tools\"", "dnf install git", "dnf group install \"Dev\"",
        "zypper install curl", "zypper rm vim", "wget https://e.com/a.tgz", "wget -O /tmp/b https://e.com/b",
        "useradd -u 123456 -m app", "apt-get update", "echo done"};

    private static String run(Random r, char esc, String nl) {
        String cont = " " + esc + nl;
        StringBuilder b = new StringBuilder(kw(r, "RUN")).append(' ');
        int shape = r.nextInt(7);
        String c1 = pick(r, COMMANDS), c2 = pick(r, COMMANDS);
        switch (shape) {
            case 0: return b.append(c1).append(" && ").append(c2).append(nl).toString();
            case 1: return b.append(c1).append(cont).append(" && ").append(c2).append(nl).toString();
            case 2: return b.append("sudo ").append(c1).append(nl).toString();
            case 3: return b.append("sh -c '").append(c1).append("' && bash -c \"").append(c2).append("\"").append(nl).toString();
            case 4: return b.append("<<EOF").append(nl).append("set -e").append(nl).append(c1).append(nl).append(c2).append(nl).append("EOF").append(nl).toString();
            case 5: return b.append("[\"sh\", \"-c\", \"").append(c1.replace("\"", "\\\"")).append("\"]").append(nl).toString();
            default: return b.append(c1).append(cont).append(nl).append("  && ").append(c2).append(nl).toString();
        }
    }
}
