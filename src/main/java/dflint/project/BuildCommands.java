package dflint.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code --target} and {@code --build-arg} in build command lines anywhere in a text:
 * {@code docker build}, {@code docker buildx build}, {@code docker image build}, {@code buildx build},
 * {@code podman build}, {@code buildah bud}/{@code build}, {@code nerdctl build}, kaniko's
 * {@code executor}, also behind a variable such as {@code $(DOCKER) build}. Lines continued with
 * a backslash are joined. The Dockerfile is {@code -f}'s (relative to the working folder) or
 * {@code Dockerfile} in the context, looked for from the file's folder, then the repository root.
 * A {@code --build-arg NAME} outside any build command (a Makefile variable or a shell array the
 * command uses later) is passed to a Dockerfile that is not known.
 */
final class BuildCommands {
    private BuildCommands() {}

    /** Options of the build commands that take a value as the next word. */
    private static final Set<String> VALUED = Set.of("-t", "--tag", "--build-arg", "--build-context", "--cache-from",
            "--cache-to", "--platform", "--label", "-o", "--output", "--progress", "--secret", "--ssh", "--network",
            "--add-host", "--iidfile", "--metadata-file", "--builder", "--allow", "--attest", "--annotation", "--call",
            "--shm-size", "--ulimit", "--cgroup-parent", "-m", "--memory", "--memory-swap", "--cpu-shares",
            "--cpu-period", "--cpu-quota", "--cpuset-cpus", "--cpuset-mems", "--isolation", "--security-opt",
            "--format", "--jobs", "--build-arg-file", "--env", "--from", "--os", "--arch", "--variant", "--runtime",
            "--volume", "-v", "--creds", "--authfile", "--cert-dir", "--logfile", "--manifest",
            "--retry", "--retry-delay", "--unsetenv", "--unsetlabel", "--dns", "--dns-option", "--dns-search",
            "--cap-add", "--cap-drop", "--device", "--ignorefile", "--layer-label", "--userns", "--timestamp",
            "--sign-by", "--decryption-key", "--hooks-dir", "--cache-ttl", "--destination", "-d",
            "--cache-repo", "--cache-dir", "--snapshot-mode", "--reproducible-ts", "--kaniko-dir",
            "--registry-mirror", "--verbosity", "--digest-file", "--image-name-with-digest-file", "--tar-path",
            "--custom-platform", "--git", "--label-file", "--annotation-file", "--policy", "--namespace", "-n");

    /**
     * Reads the build command lines of a text file: only the logical lines (backslash
     * continuations joined) that hold "--target" or "--build-arg", found by searching, so a long
     * workflow or script without either costs a single scan.
     */
    static void scan(Discovery.Source src) {
        String text = src.text;
        int at = nextOption(text, 0);
        int line = 1, counted = 0, done = -1;
        while (at >= 0) {
            int start = lineStart(text, at);
            // a continued command may start on an earlier line
            while (start > 0) {
                int prevEnd = start - 1; // the '\n' ending the previous line
                int prevStart = lineStart(text, prevEnd);
                if (!continues(text, prevStart, prevEnd)) break;
                start = prevStart;
            }
            if (start <= done) start = done + 1; // already read as part of the previous command
            int end = lineEnd(text, at);
            while (end < text.length() && continues(text, lineStart(text, end), end) && end - start < 64 * 1024) {
                end = lineEnd(text, end + 1);
            }
            for (int k = counted; k < start; k++) if (text.charAt(k) == '\n') line++;
            counted = start;
            String next = end < text.length() ? text.substring(end + 1, lineEnd(text, end + 1)) : null;
            commands(src, joined(text, start, end), line, next);
            done = end;
            at = nextOption(text, end);
        }
    }

    /** Where the next "--target" or "--build-arg" is at or after from, or -1. */
    private static int nextOption(String text, int from) {
        int target = text.indexOf("--target", from);
        int arg = text.indexOf("--build-arg", from);
        if (target < 0) return arg;
        return arg < 0 ? target : Math.min(target, arg);
    }

    private static int lineStart(String text, int at) {
        int nl = text.lastIndexOf('\n', at - 1);
        return nl + 1;
    }

    private static int lineEnd(String text, int at) {
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl;
    }

    /** The line from start to end (exclusive, its '\n' or the end) ends in a backslash. */
    private static boolean continues(String text, int start, int end) {
        int k = end - 1;
        while (k >= start && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) k--;
        return k >= start && text.charAt(k) == '\\';
    }

    /** The lines from start to end as one, each continuation backslash replaced by a space. */
    private static String joined(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        int s = start;
        while (s <= end && s < text.length()) {
            int e = Math.min(lineEnd(text, s), end);
            if (e < end && continues(text, s, e)) {
                int k = e - 1;
                while (text.charAt(k) != '\\') k--;
                b.append(text, s, k).append(' ');
            } else {
                b.append(text, s, e);
            }
            s = e + 1;
        }
        return b.toString();
    }

    /**
     * Every build command on one logical line, then the build arguments given outside them;
     * {@code next} is the line after it (null at the end), where an argv written as a YAML list
     * has the value of a {@code - --build-arg} item.
     */
    private static void commands(Discovery.Source src, String line, int lineNumber, String next) {
        List<String> words = words(line);
        boolean[] inCommand = new boolean[words.size()];
        for (int k = 0; k < words.size(); k++) {
            int args = commandEnd(words, k);
            if (args < 0) continue;
            boolean kaniko = words.get(k).toLowerCase(Locale.ROOT).endsWith("executor");
            int end = parse(src, words, args, lineNumber, kaniko);
            for (int i = k; i < end && i < inCommand.length; i++) inCommand[i] = true;
        }
        looseArgs(src, words, inCommand, lineNumber, 0, yamlListItem(next));
    }

    /** The value of a YAML list item line ({@code   - 'A=1'}), quotes dropped; null for any other line. */
    private static String yamlListItem(String line) {
        if (line == null) return null;
        String t = line.strip();
        if (!t.startsWith("- ")) return null;
        List<String> w = words(t.substring(2));
        return w.size() == 1 ? w.get(0) : null;
    }

    /**
     * {@code --build-arg NAME} outside a build command, for a Dockerfile not known: a Makefile's
     * {@code BUILD_ARGS := --build-arg A=1}, a shell array {@code ARGS=(--build-arg A=1)}, a
     * quoted {@code EXTRA="--build-arg A=1"} (read again as words), an argv written as a list
     * ({@code args: ['build', '--build-arg', 'A=1']}, so a trailing comma is dropped) or as a
     * YAML block list, one item a line ({@code nextItem}: the value of the line after, or null).
     * {@code inCommand} marks the words of build commands (their arguments are theirs), or is null.
     */
    private static void looseArgs(Discovery.Source src, List<String> w, boolean[] inCommand, int lineNumber, int depth,
            String nextItem) {
        for (int k = 0; k < w.size(); k++) {
            if (inCommand != null && inCommand[k]) continue;
            String a = listItem(w.get(k));
            int at = a.indexOf("--build-arg");
            if (at < 0) continue;
            String rest = a.substring(at);
            if (hasBlank(a)) {
                // a quoted group of words: "--build-arg A=1 --build-arg B=2"
                if (depth == 0) looseArgs(src, words(a), null, lineNumber, 1, null);
                continue;
            }
            // at the word's start, or after the '=' or '(' of an assignment
            if (at > 0 && a.charAt(at - 1) != '=' && a.charAt(at - 1) != '(') continue;
            if (rest.equals("--build-arg")) {
                if (k + 1 < w.size() && !isSeparator(w.get(k + 1)) && (inCommand == null || !inCommand[k + 1])) {
                    src.arg(Discovery.argNameOf(listItem(w.get(++k))), null, lineNumber);
                } else if (k + 1 == w.size() && nextItem != null) {
                    src.arg(Discovery.argNameOf(nextItem), null, lineNumber + 1);
                }
            } else if (rest.startsWith("--build-arg=")) {
                src.arg(Discovery.argNameOf(rest.substring("--build-arg=".length())), null, lineNumber);
            }
        }
    }

    /** A word without the comma that separates it from the next item of a list. */
    private static String listItem(String a) {
        return a.endsWith(",") ? a.substring(0, a.length() - 1) : a;
    }

    private static boolean hasBlank(String a) {
        for (int i = 0; i < a.length(); i++) {
            if (Character.isWhitespace(a.charAt(i))) return true;
        }
        return false;
    }

    /**
     * Where the options start when a build command begins at word k ("docker build", "$(DOCKER)
     * buildx build", "buildah bud", "/kaniko/executor"), else -1.
     */
    static int commandEnd(List<String> w, int k) {
        String a = w.get(k).toLowerCase(Locale.ROOT);
        if (a.endsWith("/executor") || a.equals("executor") && k + 1 < w.size() && w.get(k + 1).startsWith("--")) {
            return k + 1;
        }
        if (!isTool(a)) return -1;
        int j = k + 1;
        if (j < w.size() && (w.get(j).equals("buildx") || w.get(j).equals("image") || w.get(j).equals("builder"))) j++;
        if (j >= w.size()) return -1;
        String verb = w.get(j);
        if (verb.equals("build") || a.contains("buildah") && (verb.equals("bud") || verb.equals("build-using-dockerfile"))) {
            return j + 1;
        }
        return -1;
    }

    /** The word names a container build tool, or a variable standing for one ($(DOCKER), ${BUILDX_CMD}). */
    private static boolean isTool(String a) {
        String base = a.substring(a.lastIndexOf('/') + 1);
        if (base.equals("docker") || base.equals("podman") || base.equals("buildah") || base.equals("nerdctl")
                || base.equals("buildx") || base.equals("docker-buildx") || base.equals("docker.exe")) {
            return true;
        }
        return a.startsWith("$") && (a.contains("docker") || a.contains("podman") || a.contains("buildx")
                || a.contains("buildah") || a.contains("container_engine") || a.contains("container_runtime"));
    }

    /**
     * One build command's options from word {@code from}: records its targets and build
     * arguments for its Dockerfile. Returns where the command ends (a separator, or the end).
     */
    private static int parse(Discovery.Source src, List<String> w, int from, int lineNumber, boolean kaniko) {
        List<String> targets = new ArrayList<>();
        List<String> buildArgs = new ArrayList<>();
        String file = null, context = null;
        boolean fileGiven = false, contextGiven = false;
        int k = from;
        for (; k < w.size(); k++) {
            String a = w.get(k);
            if (isSeparator(a)) break;
            String name = a, value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("-") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            boolean takes = name.equals("--target") || name.equals("-f") || name.equals("--file")
                    || kaniko && (name.equals("--dockerfile") || name.equals("--context") || name.equals("-c"))
                    || VALUED.contains(name);
            if (takes && value == null) {
                if (k + 1 >= w.size() || isSeparator(w.get(k + 1))) break;
                value = w.get(++k);
            }
            if (name.equals("--target")) {
                if (value.startsWith("$")) targets.addAll(ShellValues.of(src.text, value));
                else targets.add(value);
            } else if (name.equals("--build-arg")) {
                // NAME=value, or NAME alone (its value from the environment): passed either way
                buildArgs.add(value);
            } else if (name.equals("-f") || name.equals("--file") || kaniko && name.equals("--dockerfile")) {
                file = value;
                fileGiven = true;
            } else if (kaniko && (name.equals("--context") || name.equals("-c"))) {
                context = value.startsWith("dir://") ? value.substring(6) : value;
                contextGiven = true;
            } else if (!a.startsWith("-") && !contextGiven && !kaniko) {
                context = a;
                contextGiven = true;
            }
        }
        if (targets.isEmpty() && buildArgs.isEmpty()) return k;
        Path dockerfile = dockerfile(src, file, context, fileGiven, contextGiven, kaniko);
        for (String t : targets) src.target(t, dockerfile, lineNumber);
        for (String a : buildArgs) src.arg(Discovery.argNameOf(a), dockerfile, lineNumber);
        return k;
    }

    /** The Dockerfile a command builds, from its folder, then the repository root; null when unknown. */
    private static Path dockerfile(Discovery.Source src, String file, String context, boolean fileGiven,
            boolean contextGiven, boolean kaniko) {
        file = workspace(src, file);
        context = workspace(src, context);
        Path dockerfile = null;
        for (Path base : new Path[] {src.folder(), src.root()}) {
            if (fileGiven && file == null || contextGiven && context == null) break; // an expression: unknown
            if (kaniko) dockerfile = src.dockerfile(base, context, file);
            else if (fileGiven) dockerfile = src.file(base, file);
            else if (contextGiven) dockerfile = src.dockerfile(base, context, null);
            if (dockerfile != null) break;
        }
        return dockerfile;
    }

    /** CI variables that mean the repository root become "."; a path with any other variable is unknown (null). */
    private static String workspace(Discovery.Source src, String p) {
        if (p == null) return null;
        String t = p;
        for (String v : new String[] {"${CI_PROJECT_DIR}", "$CI_PROJECT_DIR", "${GITHUB_WORKSPACE}", "$GITHUB_WORKSPACE",
                "${{ github.workspace }}", "${{github.workspace}}", "$(CURDIR)", "${CURDIR}", "$(PWD)", "${PWD}", "$PWD"}) {
            t = t.replace(v, ".");
        }
        return Discovery.plainPath(t) ? t : null;
    }

    private static boolean isSeparator(String a) {
        return a.equals(";") || a.equals("&&") || a.equals("||") || a.equals("|") || a.equals("&") || a.equals(")")
                || a.equals("`") || a.startsWith(">") || a.startsWith("2>") || a.startsWith("<") || a.equals("then")
                || a.equals("do") || a.equals("fi") || a.equals("done");
    }

    /**
     * Shell-like words: quotes group (and are dropped), separators are words of their own.
     * An unterminated quote ends at the end of the line.
     */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length() && out.size() < 4096; i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else b.append(c);
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (inWord) out.add(b.toString());
                b.setLength(0);
                inWord = false;
                continue;
            }
            if (c == ';' || c == '|' || c == '&' || c == '`' || (c == ')' && !openParen(b))) {
                if (inWord) out.add(b.toString());
                b.setLength(0);
                inWord = false;
                if ((c == '&' || c == '|') && i + 1 < line.length() && line.charAt(i + 1) == c) {
                    out.add(String.valueOf(c) + c);
                    i++;
                } else {
                    out.add(String.valueOf(c));
                }
                continue;
            }
            b.append(c);
            inWord = true;
        }
        if (inWord) out.add(b.toString());
        return out;
    }

    /** The word so far opens a parenthesis it has not closed, as in $(DOCKER). */
    private static boolean openParen(StringBuilder b) {
        int depth = 0;
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '(') depth++;
            else if (b.charAt(i) == ')') depth--;
        }
        return depth > 0;
    }
}
