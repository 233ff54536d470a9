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
final class Training {
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
        return run(dir, false);
    }

    /**
     * With {@code lintOnly}, only the common lint command lines (see {@link #LINT_LINES}): the
     * archive of the runs that lint, which are most runs, holds only their classes. An archive of
     * every path makes a one-file lint about 10 ms slower on Java 17 (measured), so bin/dflint
     * keeps two: this one for lints, and one of every path for the other commands.
     */
    public static int run(Path dir, boolean lintOnly) {
        List<String[]> commands;
        try {
            commands = commands(dir);
        } catch (IOException e) {
            return 1;
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (int i = 0; i < commands.size(); i++) {
            if (lintOnly && i >= LINT_LINES) break;
            String[] args = commands.get(i);
            InputStream in = new ByteArrayInputStream(APP.getBytes(StandardCharsets.UTF_8));
            try {
                Main.run(args, nowhere, nowhere, in);
            } catch (RuntimeException | Error e) {
                // a step that fails loses only its own classes
            }
        }
        preload(lintOnly ? LINT_PACKAGES : ALL_PACKAGES);
        return 0;
    }

    /**
     * The packages a lint may reach, whatever the file (project: target discovery, when the file
     * lies in a repository; fix: --fix and --diff): their classes all go into the lint archive.
     */
    static final List<String> LINT_PACKAGES =
            List.of("syntax", "shell", "graph", "rules", "engine", "report", "config", "fix", "project");

    /** The archive of every other command: all but the language server's (it has its own). */
    static final List<String> ALL_PACKAGES =
            List.of("syntax", "shell", "graph", "rules", "engine", "report", "config", "fix", "cli", "project");

    /**
     * Loads (without initialising) every dflint class of these packages from the jar, so the
     * archive holds the ones the command lines above happen not to reach: a class missing from
     * it is read from the jar on the run that needs it, and the first such class opens the jar
     * (its directory of ~2,000 entries), some milliseconds. A blank line in a Dockerfile was one.
     * They are a few hundred small classes; returns how many were loaded.
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

    /** How many of {@link #commands}' lines, from the first, are the common lints. */
    static final int LINT_LINES = 2 + dflint.report.Reporters.FORMATS.size() + 6;

    /** The command lines, in the order run; writes the files they read. */
    static List<String[]> commands(Path dir) throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        String file = write(app.resolve("Dockerfile"), APP);
        String config = write(app.resolve(".dflint.yaml"), CONFIG);
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        String repoFile = write(repo.resolve("Dockerfile"), REPO_DOCKERFILE);
        write(repo.resolve("docker-bake.hcl"), BAKE);
        write(repo.resolve("compose.yaml"), COMPOSE);
        write(repo.resolve("Makefile"), MAKEFILE);
        write(Files.createDirectories(repo.resolve(".github/workflows")).resolve("ci.yml"), WORKFLOW);
        String broken = write(Files.createDirectories(dir.resolve("broken")).resolve("Dockerfile"), BROKEN);
        Path fixes = Files.createDirectories(dir.resolve("fixes"));
        String fixFile = write(fixes.resolve("Dockerfile"), APP);
        String unsafeFixFile = write(fixes.resolve("unsafe.Dockerfile"), APP);
        String output = dir.resolve("report.txt").toString();
        String all = dir.toString();

        List<String[]> c = new ArrayList<>();
        // The common lints first (the lint archive's training stops after them): plain, with the
        // usual options, every format, a configuration file, standard input, a directory walk.
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
