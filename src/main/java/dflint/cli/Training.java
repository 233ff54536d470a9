package dflint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class-data archive's training run (bin/dflint starts it once per jar and JDK, with
 * {@code -Ddflint.training=DIR}): every way dflint is run, in turn, in this one JVM, so the
 * archive holds the classes of all of them and no path loads its classes cold. A class of a
 * path left out here is read, parsed and verified from the jar on every run of that path, so a
 * new command or format belongs in {@link #commands}.
 *
 * <p>It writes a few small files into DIR (a Dockerfile with pragmas and a configuration file
 * beside it, a tiny repository whose bake, compose, CI and Makefile files name targets, a file
 * with syntax errors), runs each command line through {@link Main#run} with its output
 * discarded, and never fails: a step that throws is skipped.
 */
public final class Training {
    private Training() {}

    /** A multi-stage file that touches most rule families, pragmas and a heredoc. */
    private static final String APP = String.join("\n",
            "# syntax=docker/dockerfile:1",
            "# check=skip=StageNameCasing",
            "# dflint global ignore=DF3006",
            "ARG BASE=debian:12-slim",
            "FROM golang:1.22 AS build",
            "LABEL org.opencontainers.image.source=\"https://example.com/app\" version=1.0",
            "WORKDIR /src",
            "COPY . .",
            "# dflint ignore=DL3008 the mirror pins versions itself",
            "RUN --mount=type=cache,target=/root/.cache/go-build \\",
            "    CGO_ENABLED=0 go build -o /out/app ./cmd/app && \\",
            "    apt-get update && apt-get install -y curl | tee /tmp/log",
            "# hadolint ignore=DL3013",
            "RUN pip install flask && npm install -g left-pad && gem install rails && apk add git",
            "RUN cd /src && wget http://example.com/x.tar.gz && curl -sL http://example.com/y | sh",
            "FROM ${BASE}",
            "MAINTAINER someone@example.com",
            "COPY --from=0 /out/app /app",
            "ADD app.tar.gz /opt/",
            "COPY <<EOF /etc/app.conf",
            "debug = false",
            "EOF",
            "RUN <<EOT bash",
            "  set -e",
            "  yum install -y make && useradd -m app",
            "EOT",
            "ENV PATH=/app:$PATH SECRET_TOKEN=abc",
            "USER app",
            "EXPOSE 8080/tcp 70000",
            "HEALTHCHECK --interval=30s CMD [\"/app\", \"health\"]",
            "ENTRYPOINT [\"/app\"]",
            "CMD /app serve",
            "");

    private static final String CONFIG = String.join("\n",
            "ignore: [DL3059]",
            "severity:",
            "  numeric-stage-reference: error",
            "failure-threshold: warning",
            "build-args:",
            "  GO_VERSION: \"1.22\"",
            "trusted-registries: [registry.example.com]",
            "label-schema:",
            "  org.opencontainers.image.source: url",
            "  version: semver",
            "");

    /** A stage only a dead stage uses: linting it makes dflint read the repository for targets. */
    private static final String REPO_DOCKERFILE = String.join("\n",
            "FROM alpine:3.20 AS tools",
            "RUN echo tools",
            "FROM tools AS leftover",
            "RUN echo left over",
            "FROM alpine:3.20 AS app",
            "COPY --from=tools /bin/sh /bin/sh",
            "");

    private static final String BAKE = String.join("\n",
            "variable \"T\" {",
            "  default = \"tools\"",
            "}",
            "target \"t\" {",
            "  target = \"${T}\"",
            "  matrix = { x = [\"a\", \"b\"] }",
            "}",
            "");

    private static final String COMPOSE = String.join("\n",
            "services:",
            "  t:",
            "    build:",
            "      context: .",
            "      target: tools",
            "");

    private static final String WORKFLOW = String.join("\n",
            "jobs:",
            "  b:",
            "    steps:",
            "      - uses: docker/build-push-action@v6",
            "        with:",
            "          target: tools",
            "      - run: docker build --target tools .",
            "");

    private static final String MAKEFILE = "image:\n\tdocker build --target app -t app .\n";

    /** Unknown instruction, unterminated quote and a stray flag: the error paths. */
    private static final String BROKEN = String.join("\n",
            "FROM alpine AS",
            "RUNN echo x",
            "COPY --chmod=bad a b",
            "CMD [\"unterminated",
            "");

    public static int run(Path dir) {
        return run(dir, ALL);
    }

    /**
     * The archive of every other command line: rules, explain, parse, help, --fix, --diff and the
     * other formats (the language server has one of its own).
     */
    static final String ALL = "all";

    /**
     * The lints of one format, which are most runs, each have an archive of their own, trained on
     * that format's lints only; bin/dflint picks one by the command line, as {@link #partOf} does.
     * On Java 25 an AOT cache loads and links every class it holds when the JVM starts, so an
     * archive of more paths than the run takes costs it: a one-file lint took 130 ms with a cache
     * of plain lints and 150 ms with one of every lint format and option (measured, medians of 21).
     */
    static final List<String> FORMAT_PARTS = List.of("text", "json", "sarif");

    /**
     * A lint part's variant for runs with a configuration file ({@code text-config}): reading one
     * takes SnakeYAML's classes, which cost every run without one 7 ms on Java 25 when its
     * archive holds them, and a run with one 40 ms when it does not (measured).
     */
    static final String WITH_CONFIG = "-config";

    /** {@code dflint stages}, in any format: an archive of its own, for the same reason as the lints'. */
    static final String STAGES = "stages";

    /** Whether a part is a lint part (a format's, with or without a configuration file). */
    static boolean isLintPart(String part) {
        return FORMAT_PARTS.contains(formatOf(part));
    }

    /** A lint part's format: the part without its {@code -config}. */
    private static String formatOf(String part) {
        return part.endsWith(WITH_CONFIG) ? part.substring(0, part.length() - WITH_CONFIG.length()) : part;
    }

    /**
     * Runs the command lines of this part (see {@link #commands(Path, String)}); then loads the
     * rest of the classes a lint may reach whatever the file (see {@link #preload}).
     */
    public static int run(Path dir, String part) {
        List<String[]> commands;
        try {
            commands = commands(dir, part);
        } catch (IOException e) {
            return 1;
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (String[] args : commands) {
            InputStream in = new ByteArrayInputStream(APP.getBytes(StandardCharsets.UTF_8));
            try {
                Main.run(args, nowhere, nowhere, in);
            } catch (RuntimeException | Error e) {
                // a step that fails loses only its own classes
            }
        }
        preload(isLintPart(part) ? LINT_PACKAGES : part.equals(STAGES) ? STAGES_PACKAGES : ALL_PACKAGES);
        return 0;
    }

    /**
     * The part a command line's archive is of, as bin/dflint works it out: a lint whose formats
     * are text, JSON or SARIF has its format's (the heaviest format named: SARIF, then JSON), in
     * its {@code -config} variant when it names a configuration file, or when one lies in the
     * current folder (where hooks and CI run) and --no-config is not given. {@code stages} has
     * its own; any other command, format, --fix or --diff has the archive of every path.
     */
    public static String partOf(List<String> args, boolean configInCurrentFolder) {
        int from = 0;
        if (!args.isEmpty() && Main.SUBCOMMANDS.contains(args.get(0))) {
            if (args.get(0).equals(STAGES)) return STAGES;
            if (!args.get(0).equals("lint")) return ALL;
            from = 1;
        }
        String part = "text";
        boolean config = configInCurrentFolder;
        boolean noConfig = false;
        for (int i = from; i < args.size(); i++) {
            String a = args.get(i);
            String format = null;
            if ((a.equals("--format") || a.equals("-f")) && i + 1 < args.size()) format = args.get(++i);
            else if (a.startsWith("--format=")) format = a.substring("--format=".length());
            else if (a.startsWith("-f=")) format = a.substring("-f=".length());
            else if (a.startsWith("-f") && a.length() > 2 && !a.startsWith("--")) format = a.substring(2);
            else if (a.equals("--config") || a.startsWith("--config=")) config = true;
            else if (a.equals("--no-config")) noConfig = true;
            else if (a.equals("--fix") || a.equals("--diff") || a.equals("--help") || a.equals("-h")
                    || a.equals("--version") || a.equals("-V")) return ALL;
            if (format == null || format.equals("text")) continue;
            if (format.equals("sarif")) part = "sarif";
            else if (format.equals("json")) {
                if (!part.equals("sarif")) part = "json";
            } else {
                return ALL;
            }
        }
        return config && !noConfig ? part + WITH_CONFIG : part;
    }

    /**
     * The packages a lint may reach whatever its options, by what the file holds (its syntax, its
     * shell, its stages, the rules that fire): their classes all go into a lint's archive. A class
     * missing from it is read from the jar on the run that needs it, and the first such class
     * opens the jar (its directory of ~2,000 entries), some milliseconds: a blank line in a
     * Dockerfile was one. The other packages are reached by the options, which the command lines
     * of each part exercise.
     */
    static final List<String> LINT_PACKAGES = List.of("syntax", "shell", "graph", "rules");

    /** What {@code stages} may reach by what the file holds: its syntax, shell, stages and the repository's targets. */
    static final List<String> STAGES_PACKAGES = List.of("syntax", "shell", "graph", "project");

    /** The archive of every path: all but the language server's (it has its own). */
    static final List<String> ALL_PACKAGES =
            List.of("syntax", "shell", "graph", "rules", "engine", "report", "config", "fix", "cli", "project");

    /**
     * Loads (without initialising) every dflint class of these packages from the jar, so the
     * archive holds the ones the command lines happen not to reach; returns how many it loaded.
     */
    static int preload(List<String> packages) {
        return preload(packages, System.getProperty("java.class.path", ""));
    }

    /** As {@link #preload(List)}, from the first jar of this class path. */
    static int preload(List<String> packages, String classPath) {
        String jar = null;
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jar = entry;
                break;
            }
        }
        if (jar == null) return 0;
        ClassLoader loader = Training.class.getClassLoader();
        int loaded = 0;
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar)) {
            java.util.Enumeration<java.util.jar.JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.startsWith("dflint/") || !name.endsWith(".class")) continue;
                int slash = name.indexOf('/', "dflint/".length());
                if (slash < 0 || name.indexOf('/', slash + 1) >= 0) continue;
                if (!packages.contains(name.substring("dflint/".length(), slash))) continue;
                try {
                    Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable here: left to the run that needs it
                }
            }
        } catch (IOException e) {
            return loaded;
        }
        return loaded;
    }

    /**
     * The language server's training (its own archive, so a lint never maps LSP4J's classes):
     * one editor session in this JVM, over pipes: initialize, open a Dockerfile, wait for its
     * diagnostics, ask for a hover, the symbols and the code actions, change it, shut down and
     * exit. Returns 0 when the session ended as a client ends it.
     */
    public static int runLsp(Path dir) {
        try {
            Path app = Files.createDirectories(dir.resolve("app"));
            String uri = write(app.resolve("Dockerfile"), APP);
            uri = app.resolve("Dockerfile").toUri().toString();
            java.io.PipedOutputStream toServer = new java.io.PipedOutputStream();
            java.io.PipedInputStream serverIn = new java.io.PipedInputStream(toServer, 1 << 16);
            Transcript fromServer = new Transcript();
            Thread server = new Thread(() -> {
                fromServer.code = Main.run(new String[] {"lsp"}, new PrintStream(fromServer, true, StandardCharsets.UTF_8),
                        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), serverIn);
            }, "dflint-training-lsp");
            server.setDaemon(true);
            server.start();
            String doc = "{\"uri\":" + dflint.report.JsonText.quote(uri);
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                    + "\"rootUri\":" + dflint.report.JsonText.quote(dir.toUri().toString()) + ",\"capabilities\":{},"
                    + "\"initializationOptions\":{\"debounceMs\":0}}}");
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":" + doc
                    + ",\"languageId\":\"dockerfile\",\"version\":1,\"text\":" + dflint.report.JsonText.quote(APP) + "}}}");
            fromServer.await("publishDiagnostics", 1);
            String at = ",\"position\":{\"line\":4,\"character\":7}";
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
                    + doc + "}" + at + "}}");
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":"
                    + doc + "}}}");
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":"
                    + doc + "},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":30,\"character\":0}},"
                    + "\"context\":{\"diagnostics\":[]}}}");
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":" + doc
                    + ",\"version\":2},\"contentChanges\":[{\"text\":" + dflint.report.JsonText.quote(APP + "USER root\n") + "}]}}");
            fromServer.await("publishDiagnostics", 2);
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\",\"params\":null}");
            fromServer.await("\"id\":5", 1);
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
            server.join(20_000);
            toServer.close();
            return fromServer.code;
        } catch (IOException | RuntimeException e) {
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static String[] line(List<String> options, String file) {
        return line(options, List.of(), file);
    }

    private static String[] line(List<String> options, List<String> more, String file) {
        List<String> args = new ArrayList<>(options);
        args.addAll(more);
        args.add(file);
        return args.toArray(new String[0]);
    }

    private static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** What the server wrote, for waiting on a message. */
    private static final class Transcript extends java.io.ByteArrayOutputStream {
        volatile int code = 1;

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            notifyAll();
        }

        @Override
        public synchronized void write(int b) {
            super.write(b);
            notifyAll();
        }

        /** Waits up to 20 s until {@code text} has appeared {@code times} times. */
        synchronized void await(String text, int times) throws InterruptedException {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (count(toString(StandardCharsets.UTF_8), text) < times) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) return;
                wait(left);
            }
        }

        private static int count(String haystack, String needle) {
            int n = 0;
            for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
            return n;
        }
    }

    /** The command lines of every path, in the order run; writes the files they read. */
    static List<String[]> commands(Path dir) throws IOException {
        return commands(dir, ALL);
    }

    /**
     * The command lines of one part, in the order run; writes the files they read. A lint part's
     * are its format's lints: a file alone and with the IDE's options (or, in the -config
     * variant, with a configuration file beside it and named), one in a repository (target
     * discovery) and one with syntax errors. The stages part's are {@code stages} in every
     * format, alone and in a repository. The part of every path has every command, option and
     * format.
     */
    static List<String[]> commands(Path dir, String part) throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        String file = write(app.resolve("Dockerfile"), APP);
        String config = write(app.resolve(".dflint.yaml"), CONFIG);
        // a file with no configuration beside it or above it (the folder holds no other)
        String alone = write(Files.createDirectories(dir.resolve("alone")).resolve("Dockerfile"), APP);
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        String repoFile = write(repo.resolve("Dockerfile"), REPO_DOCKERFILE);
        write(repo.resolve("docker-bake.hcl"), BAKE);
        write(repo.resolve("compose.yaml"), COMPOSE);
        write(repo.resolve("Makefile"), MAKEFILE);
        write(Files.createDirectories(repo.resolve(".github/workflows")).resolve("ci.yml"), WORKFLOW);
        String broken = write(Files.createDirectories(dir.resolve("broken")).resolve("Dockerfile"), BROKEN);

        List<String[]> c = new ArrayList<>();
        if (isLintPart(part)) {
            String format = formatOf(part);
            List<String> options = format.equals("text") ? List.of() : List.of("--format", format);
            if (part.endsWith(WITH_CONFIG)) {
                c.add(line(options, file));
                c.add(line(List.of("--config", config), options, alone));
            } else {
                c.add(line(options, alone));
                c.add(line(List.of("--no-config", "--no-fail"), options, alone));
            }
            c.add(line(options, repoFile));
            c.add(line(options, broken));
            return c;
        }
        if (part.equals(STAGES)) {
            for (String format : List.of("text", "json", "dot", "mermaid")) {
                c.add(new String[] {"stages", "--format", format, alone});
            }
            c.add(new String[] {"stages", "--format", "json", repoFile});
            c.add(new String[] {"stages", "--all-targets", repoFile});
            c.add(new String[] {"stages", "--target", "build", "--build-arg", "BASE=alpine", alone});
            c.add(new String[] {"stages", broken});
            return c;
        }
        Path fixes = Files.createDirectories(dir.resolve("fixes"));
        String fixFile = write(fixes.resolve("Dockerfile"), APP);
        String unsafeFixFile = write(fixes.resolve("unsafe.Dockerfile"), APP);
        String output = dir.resolve("report.txt").toString();
        String all = dir.toString();

        // The lints: plain, with the usual options, every format, a configuration file, standard
        // input, a directory walk.
        c.add(new String[] {file, repoFile});
        c.add(new String[] {"--no-config", "--no-fail", file});
        for (String format : dflint.report.Reporters.FORMATS) {
            c.add(new String[] {"--format", format, file, repoFile, broken});
        }
        c.add(new String[] {"--config", config, "--format", "json", "--output", output, file, repoFile});
        c.add(new String[] {"--format", "text", "--format", "sarif", "--output", output, "--output", output + ".sarif", file});
        c.add(new String[] {"--format", "json", "-"});
        c.add(new String[] {"-"});
        c.add(new String[] {"--format", "json", all});
        c.add(new String[] {all});
        // Then the rarer lints (the lint command by name, every option, shellcheck, fixes) and
        // the other commands.
        c.add(new String[] {"lint", "--config", config, "--format", "json", "--output", output, file, repoFile});
        c.add(new String[] {"--target", "build", "--build-arg", "BASE=alpine:3.20", "--ignore", "DF3006,DL3003",
            "--enable", "all", "--severity", "DF1001=error", "--failure-threshold", "info", "--color", "always",
            "--exclude", "**/none/**", "--sarif-root", all, "--max-file-size", "100000", "--no-discover", file});
        c.add(new String[] {"--diff", file});
        c.add(new String[] {"--fix", fixFile});
        c.add(new String[] {"--fix", "--unsafe-fixes", "--format", "json", unsafeFixFile});
        for (String format : List.of("text", "json", "dot", "mermaid")) {
            c.add(new String[] {"stages", "--format", format, file});
        }
        c.add(new String[] {"stages", "--all-targets", "--format", "json", file, repoFile});
        c.add(new String[] {"stages", "--target", "build", "--build-arg", "BASE=alpine", file});
        c.add(new String[] {"stages", broken});
        for (String format : List.of("text", "json", "markdown")) {
            c.add(new String[] {"rules", "--format", format});
        }
        c.add(new String[] {"explain", "DF1001"});
        c.add(new String[] {"explain", "DL3008"});
        c.add(new String[] {"parse", file});
        c.add(new String[] {"parse", "--dump", file});
        c.add(new String[] {"--version"});
        c.add(new String[] {"--help"});
        c.add(new String[] {"lint", "--help"});
        // Mistakes: an unknown option, a bad value, a missing file.
        c.add(new String[] {"--no-such-option", file});
        c.add(new String[] {"--format", "nope", file});
        c.add(new String[] {dir.resolve("missing/Dockerfile").toString()});
        return c;
    }

    private static String write(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path.toString();
    }
}
