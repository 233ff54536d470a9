package dflint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server through the protocol, in-process: LSP4J's client launcher on one end of
 * two pipes, {@code dflint lsp}'s serve loop on the other, every message validated.
 */
class LanguageServerTest {
    /** Docker's multi-stage guide's example, in our words: a heredoc source and a stage used by index. */
    static final String HEREDOC_EXAMPLE = """
            # syntax=docker/dockerfile:1
            FROM golang:1.23
            WORKDIR /src
            COPY <<EOF ./main.go
            package main

            import "fmt"

            func main() {
              fmt.Println("hello, world")
            }
            EOF
            RUN go build -o /bin/hello ./main.go

            FROM scratch
            COPY --from=0 /bin/hello /bin/hello
            CMD ["/bin/hello"]
            """;

    static final String NAMED = """
            FROM debian:12-slim AS base
            RUN useradd -m app

            FROM base AS build
            RUN echo built > /out.txt

            FROM base AS test
            RUN echo tested

            FROM base
            COPY --from=build /out.txt /out.txt
            RUN --mount=type=cache,from=build,target=/cache true
            USER app
            """;

    @TempDir
    Path dir;
    TestClient client;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve(".git")); // a repository root: the configuration search stops here
        client = new TestClient();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
    }

    private String write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p.toUri().toString();
    }

    private InitializeResult init() throws Exception {
        return client.initialize(TestClient.editorCapabilities(), null);
    }

    /** Tells the server, as a client watching files would, that a file changed on disk. */
    private void watchedFile(Path file, org.eclipse.lsp4j.FileChangeType change) {
        client.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                List.of(new org.eclipse.lsp4j.FileEvent(file.toUri().toString(), change))));
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    private static Diagnostic only(PublishDiagnosticsParams p, String code) {
        List<Diagnostic> ds = p.getDiagnostics().stream().filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft()))
                .collect(Collectors.toList());
        assertEquals(1, ds.size(), () -> "one " + code + " in " + p.getDiagnostics());
        return ds.get(0);
    }

    private static Range range(int l1, int c1, int l2, int c2) {
        return new Range(new Position(l1, c1), new Position(l2, c2));
    }

    private List<CodeAction> actions(String uri, Range at, List<String> only) throws Exception {
        CodeActionContext cx = new CodeActionContext(List.of());
        cx.setOnly(only);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> r = get(client.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), at, cx)));
        List<CodeAction> out = new ArrayList<>();
        for (var e : r) {
            assertTrue(e.isRight(), "code actions, not bare commands");
            out.add(e.getRight());
        }
        return out;
    }

    @Test
    void initializeAnnouncesWhatTheServerDoes() throws Exception {
        InitializeResult r = init();
        var c = r.getCapabilities();
        assertEquals("dflint", r.getServerInfo().getName());
        assertEquals("utf-16", c.getPositionEncoding());
        assertEquals(org.eclipse.lsp4j.TextDocumentSyncKind.Incremental, c.getTextDocumentSync().getRight().getChange());
        assertTrue(c.getHoverProvider().getLeft());
        assertTrue(c.getDefinitionProvider().getLeft());
        assertTrue(c.getReferencesProvider().getLeft());
        assertTrue(c.getRenameProvider().getRight().getPrepareProvider());
        assertTrue(c.getDocumentSymbolProvider().getLeft());
        assertTrue(c.getFoldingRangeProvider().getLeft());
        assertNotNull(c.getCodeLensProvider());
        assertTrue(c.getCodeActionProvider().getRight().getCodeActionKinds().contains("source.fixAll.dflint"));
        assertEquals(List.of("dflint.stages"), c.getExecuteCommandProvider().getCommands());
        // the client can watch files: the server asks to hear about configuration files
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (client.registrations.isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals("workspace/didChangeWatchedFiles", client.registrations.get(0).getRegistrations().get(0).getMethod());
        assertEquals(0, client.shutdownAndExit());
    }

    @Test
    void diagnosticsOnOpenAreTheCommandLinesFindingsWithExactRanges() throws Exception {
        init();
        String uri = write("app/Dockerfile", HEREDOC_EXAMPLE);
        client.open(uri, HEREDOC_EXAMPLE);
        PublishDiagnosticsParams p = client.awaitDiagnostics(uri, 1);
        Diagnostic d = only(p, "DF1001");
        // line 16, "COPY --from=0": the flag is columns 6 to 13 (1-based, end exclusive)
        assertEquals(range(15, 5, 15, 13), d.getRange());
        assertEquals("dflint", d.getSource());
        assertEquals(DiagnosticSeverity.Warning, d.getSeverity());
        assertEquals("https://github.com/dflint/dflint/blob/main/rules/DF1001.md", d.getCodeDescription().getHref());
        assertTrue(d.getMessage().startsWith("COPY --from=0 refers to stage 0 (line 2) by index"), d.getMessage());

        // the same findings as `dflint --format json FILE`
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dflint.cli.Main.run(new String[] {"--format", "json", dir.resolve("app/Dockerfile").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), System.in);
        var cli = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonArray();
        assertEquals(cli.size(), p.getDiagnostics().size());
        for (int i = 0; i < cli.size(); i++) {
            JsonObject f = cli.get(i).getAsJsonObject();
            Diagnostic g = p.getDiagnostics().get(i);
            assertEquals(f.get("rule").getAsString(), g.getCode().getLeft());
            assertEquals(f.get("message").getAsString(), g.getMessage());
            assertEquals(range(f.get("line").getAsInt() - 1, f.get("column").getAsInt() - 1,
                    f.get("endLine").getAsInt() - 1, f.get("endColumn").getAsInt() - 1), g.getRange());
        }
    }

    @Test
    void changesAreLintedOnTheUnsavedTextAndCloseClears() throws Exception {
        init();
        String uri = write("Dockerfile", HEREDOC_EXAMPLE);
        client.open(uri, HEREDOC_EXAMPLE);
        client.awaitDiagnostics(uri, 1);
        // rename the reference by hand, in two incremental edits: the finding goes
        client.change(uri, 2, new TextDocumentContentChangeEvent(range(15, 12, 15, 13), "build"));
        client.change(uri, 3, new TextDocumentContentChangeEvent(range(1, 16, 1, 16), " AS build"));
        PublishDiagnosticsParams p = client.awaitDiagnostics(uri, 3);
        assertTrue(p.getDiagnostics().stream().noneMatch(d -> "DF1001".equals(d.getCode().getLeft())), p.getDiagnostics().toString());
        // a whole-text change: a typo in a keyword is a syntax error at its place
        String typo = HEREDOC_EXAMPLE.replace("CMD [", "CMDD [");
        client.change(uri, 4, new TextDocumentContentChangeEvent(typo));
        Diagnostic syntax = only(client.awaitDiagnostics(uri, 4), "DF0001");
        assertEquals(DiagnosticSeverity.Error, syntax.getSeverity());
        assertEquals(16, syntax.getRange().getStart().getLine());
        client.close(uri);
        PublishDiagnosticsParams cleared = client.awaitDiagnostics(uri, q -> q.getDiagnostics().isEmpty(), 30);
        assertNull(cleared.getVersion());
    }

    @Test
    void quickFixNamesTheStageAndTheIgnoreActionAddsAPragma() throws Exception {
        init();
        String uri = write("Dockerfile", HEREDOC_EXAMPLE);
        client.open(uri, HEREDOC_EXAMPLE);
        Diagnostic d = only(client.awaitDiagnostics(uri, 1), "DF1001");
        List<CodeAction> actions = actions(uri, d.getRange(), null);
        CodeAction fix = actions.stream().filter(a -> a.getTitle().startsWith("DF1001: ")).findFirst().orElseThrow();
        assertEquals("quickfix", fix.getKind());
        assertTrue(fix.getIsPreferred());
        assertEquals("DF1001", fix.getDiagnostics().get(0).getCode().getLeft());
        assertEquals(1, fix.getEdit().getDocumentChanges().get(0).getLeft().getTextDocument().getVersion());
        String fixed = TextEdits.apply(HEREDOC_EXAMPLE, TextEdits.of(fix.getEdit(), uri));
        assertEquals(HEREDOC_EXAMPLE.replace("FROM golang:1.23\n", "FROM golang:1.23 AS golang\n")
                .replace("--from=0", "--from=golang"), fixed);

        CodeAction ignore = actions.stream().filter(a -> a.getTitle().equals("Ignore DF1001 for this instruction")).findFirst().orElseThrow();
        String ignored = TextEdits.apply(HEREDOC_EXAMPLE, TextEdits.of(ignore.getEdit(), uri));
        assertEquals(HEREDOC_EXAMPLE.replace("COPY --from=0", "# dflint ignore=DF1001\nCOPY --from=0"), ignored);
        // the pragma works: the server has nothing to say about the result
        client.change(uri, 2, new TextDocumentContentChangeEvent(ignored));
        assertTrue(client.awaitDiagnostics(uri, 2).getDiagnostics().isEmpty());

        CodeAction all = actions.stream().filter(a -> "source.fixAll.dflint".equals(a.getKind())).findFirst().orElseThrow();
        assertEquals(fixed, TextEdits.apply(HEREDOC_EXAMPLE, TextEdits.of(all.getEdit(), uri)));
    }

    @Test
    void ignoreKeepsIndentationAndExtendsAPragmaAlreadyThere() throws Exception {
        init();
        String text = "FROM alpine:3.20\nONBUILD RUN true\n  # dflint ignore=DF3015 vendor mirror\n  RUN apt-get install curl\n";
        String uri = write("Dockerfile", text);
        client.open(uri, text);
        PublishDiagnosticsParams p = client.awaitDiagnostics(uri, 1);
        Diagnostic d = p.getDiagnostics().stream().filter(x -> x.getRange().getStart().getLine() == 3).findFirst().orElseThrow();
        String id = d.getCode().getLeft();
        CodeAction ignore = actions(uri, d.getRange(), List.of("quickfix")).stream()
                .filter(a -> a.getTitle().equals("Ignore " + id + " for this instruction")).findFirst().orElseThrow();
        String after = TextEdits.apply(text, TextEdits.of(ignore.getEdit(), uri));
        assertEquals(text.replace("DF3015 vendor", "DF3015," + id + " vendor"), after);

        String fresh = "FROM alpine:3.20\n\tRUN apt-get install curl\n";
        String uri2 = write("b/Dockerfile", fresh);
        client.open(uri2, fresh);
        Diagnostic e = client.awaitDiagnostics(uri2, 1).getDiagnostics().stream()
                .filter(x -> x.getRange().getStart().getLine() == 1).findFirst().orElseThrow();
        CodeAction i2 = actions(uri2, e.getRange(), List.of("quickfix")).stream()
                .filter(a -> a.getTitle().startsWith("Ignore ")).findFirst().orElseThrow();
        String after2 = TextEdits.apply(fresh, TextEdits.of(i2.getEdit(), uri2));
        assertTrue(after2.startsWith("FROM alpine:3.20\n\t# dflint ignore=" + e.getCode().getLeft() + "\n\tRUN apt-get"), after2);
    }

    @Test
    void fixAllIsWhatDflintFixWouldWrite() throws Exception {
        init();
        String text = "from alpine:3.20 as Build\nRUN apk add curl\nfrom scratch\nCOPY --from=0 /bin/sh /sh\nCOPY --from=Build /x /x\n";
        String uri = write("Dockerfile", text);
        client.open(uri, text);
        client.awaitDiagnostics(uri, 1);
        List<CodeAction> all = actions(uri, range(0, 0, 0, 0), List.of("source.fixAll"));
        assertEquals(1, all.size(), all.toString());
        assertEquals("Fix all dflint findings in this file", all.get(0).getTitle());
        String fixed = TextEdits.apply(text, TextEdits.of(all.get(0).getEdit(), uri));
        Path f = dir.resolve("Dockerfile");
        dflint.cli.Main.run(new String[] {"--fix", f.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), System.in);
        assertEquals(Files.readString(f), fixed);
        assertFalse(fixed.equals(text));
        // quick fixes only: no source action
        assertTrue(actions(uri, range(0, 0, 0, 0), List.of("quickfix")).stream().noneMatch(a -> a.getKind().startsWith("source")));
    }

    @Test
    void crlfDocumentsGetCrlfEdits() throws Exception {
        init();
        String text = HEREDOC_EXAMPLE.replace("\n", "\r\n");
        String uri = write("Dockerfile", text);
        client.open(uri, text);
        Diagnostic d = only(client.awaitDiagnostics(uri, 1), "DF1001");
        assertEquals(range(15, 5, 15, 13), d.getRange());
        CodeAction ignore = actions(uri, d.getRange(), null).stream().filter(a -> a.getTitle().startsWith("Ignore")).findFirst().orElseThrow();
        String after = TextEdits.apply(text, TextEdits.of(ignore.getEdit(), uri));
        assertTrue(after.contains("\r\n# dflint ignore=DF1001\r\nCOPY --from=0"), after);
        assertFalse(after.replace("\r\n", "").contains("\n"));
    }

    @Test
    void hoverShowsTheStageAndTheRuleDocument() throws Exception {
        init();
        String uri = write("Dockerfile", HEREDOC_EXAMPLE);
        client.open(uri, HEREDOC_EXAMPLE);
        client.awaitDiagnostics(uri, 1);
        Hover h = get(client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(15, 12))));
        String md = h.getContents().getRight().getValue();
        assertEquals("markdown", h.getContents().getRight().getKind());
        assertTrue(md.contains("**stage 0** (line 2)"), md);
        assertTrue(md.contains("based on image `golang:1.23`"), md);
        assertTrue(md.contains("BuildKit: builds it; legacy builder: builds it"), md);
        assertTrue(md.contains("**DF1001** `numeric-stage-reference`"), md);
        assertTrue(md.contains("**Why it matters**"), md);
        // nothing to say on a plain word
        assertNull(get(client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(2, 2)))));

        String uri2 = write("b/Dockerfile", NAMED);
        client.open(uri2, NAMED);
        client.awaitDiagnostics(uri2, 1);
        // on "FROM base" of the test stage: built only by the legacy builder for the last stage
        Hover base = get(client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri2), new Position(3, 6))));
        assertTrue(base.getContents().getRight().getValue().contains("**stage 0 `base`** (line 1)"), base.toString());
        Hover test = get(client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri2), new Position(6, 15))));
        String t = test.getContents().getRight().getValue();
        assertTrue(t.contains("BuildKit: does not build it; legacy builder: builds it (for target stage-3)"), t);
        // the mount's from=build
        Hover mount = get(client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri2), new Position(11, 32))));
        assertTrue(mount.getContents().getRight().getValue().contains("`build`"), mount.toString());
        assertEquals(range(11, 28, 11, 33), mount.getRange());
    }

    @Test
    void definitionReferencesAndRenameOfAStage() throws Exception {
        init();
        String uri = write("Dockerfile", NAMED);
        client.open(uri, NAMED);
        client.awaitDiagnostics(uri, 1);
        var td = client.server.getTextDocumentService();
        // from the COPY --from=build to "AS build" on line 4
        List<? extends Location> def = get(td.definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(10, 14)))).getLeft();
        assertEquals(List.of(new Location(uri, range(3, 13, 3, 18))), def);
        // and from the mount's from=build
        def = get(td.definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(11, 33)))).getLeft();
        assertEquals(range(3, 13, 3, 18), def.get(0).getRange());
        // nothing on an image
        assertTrue(get(td.definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(0, 7)))).getLeft().isEmpty());

        ReferenceParams rp = new ReferenceParams(new TextDocumentIdentifier(uri), new Position(0, 23), new ReferenceContext(true));
        List<Range> refs = get(td.references(rp)).stream().map(Location::getRange).collect(Collectors.toList());
        assertEquals(List.of(range(0, 23, 0, 27), range(3, 5, 3, 9), range(6, 5, 6, 9), range(9, 5, 9, 9)), refs);

        var prepared = get(td.prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), new Position(10, 14))));
        assertEquals(range(10, 12, 10, 17), prepared.getSecond().getRange());
        assertEquals("build", prepared.getSecond().getPlaceholder());
        WorkspaceEdit w = get(td.rename(new RenameParams(new TextDocumentIdentifier(uri), new Position(10, 14), "compile")));
        String renamed = TextEdits.apply(NAMED, TextEdits.of(w, uri));
        assertEquals(NAMED.replace("AS build", "AS compile").replace("--from=build", "--from=compile")
                .replace("from=build,", "from=compile,"), renamed);
        // a name BuildKit refuses, or another stage's: an error that says why
        ExecutionException bad = assertThrows(ExecutionException.class,
                () -> get(td.rename(new RenameParams(new TextDocumentIdentifier(uri), new Position(10, 14), "test"))));
        assertTrue(bad.getCause() instanceof ResponseErrorException);
        assertTrue(bad.getCause().getMessage().contains("already called test"), bad.getCause().getMessage());
        assertNull(get(td.prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), new Position(1, 6)))));
    }

    @Test
    void renameByIndexNamesTheStage() throws Exception {
        init();
        String uri = write("Dockerfile", HEREDOC_EXAMPLE);
        client.open(uri, HEREDOC_EXAMPLE);
        client.awaitDiagnostics(uri, 1);
        var td = client.server.getTextDocumentService();
        var prepared = get(td.prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), new Position(15, 12))));
        assertEquals(range(15, 12, 15, 13), prepared.getSecond().getRange());
        assertEquals("golang", prepared.getSecond().getPlaceholder());
        WorkspaceEdit w = get(td.rename(new RenameParams(new TextDocumentIdentifier(uri), new Position(15, 12), "build")));
        assertEquals(HEREDOC_EXAMPLE.replace("FROM golang:1.23\n", "FROM golang:1.23 AS build\n").replace("--from=0", "--from=build"),
                TextEdits.apply(HEREDOC_EXAMPLE, TextEdits.of(w, uri)));
    }

    @Test
    void symbolsFoldsAndLenses() throws Exception {
        init();
        String uri = write("Dockerfile", "ARG V=1\n" + NAMED + "RUN <<EOT\n  echo one\n  echo two\nEOT\n");
        client.open(uri, "ARG V=1\n" + NAMED + "RUN <<EOT\n  echo one\n  echo two\nEOT\n");
        client.awaitDiagnostics(uri, 1);
        var td = client.server.getTextDocumentService();
        List<DocumentSymbol> symbols = get(td.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))))
                .stream().map(Either::getRight).collect(Collectors.toList());
        assertEquals(List.of("ARG", "base", "build", "test", "stage-3"), symbols.stream().map(DocumentSymbol::getName).collect(Collectors.toList()));
        assertEquals("FROM debian:12-slim", symbols.get(1).getDetail());
        assertEquals(List.of("COPY", "RUN", "USER", "RUN"),
                symbols.get(4).getChildren().stream().map(DocumentSymbol::getName).collect(Collectors.toList()));
        assertEquals(range(10, 0, 17, 3), symbols.get(4).getRange());

        List<FoldingRange> folds = get(td.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
        List<String> shown = folds.stream().map(f -> f.getStartLine() + "-" + f.getEndLine()).collect(Collectors.toList());
        assertEquals(List.of("1-2", "4-5", "7-8", "10-17", "14-17"), shown);

        List<? extends CodeLens> lenses = get(td.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
        assertEquals(4, lenses.size());
        assertEquals("built by BuildKit and the legacy builder for target stage-3", lenses.get(0).getCommand().getTitle());
        assertEquals("built only by the legacy builder for target stage-3; BuildKit skips it", lenses.get(2).getCommand().getTitle());
        assertEquals("the build target: built by BuildKit and the legacy builder for target stage-3", lenses.get(3).getCommand().getTitle());
        assertEquals("dflint.stages", lenses.get(0).getCommand().getCommand());
        assertEquals(range(1, 0, 1, 4), lenses.get(0).getRange());
    }

    @Test
    void stagesCommandAnswersWithTheStagesJson() throws Exception {
        init();
        String uri = write("Dockerfile", NAMED);
        client.open(uri, NAMED);
        client.awaitDiagnostics(uri, 1);
        Object r = get(client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("dflint.stages", List.of(uri))));
        JsonElement fromServer = new com.google.gson.GsonBuilder().serializeNulls().create().toJsonTree(r);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dflint.cli.Main.run(new String[] {"stages", "--format", "json", dir.resolve("Dockerfile").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), System.in);
        assertEquals(JsonParser.parseString(out.toString(StandardCharsets.UTF_8)), fromServer);
        assertEquals(List.of(0, 1, 3), toInts(fromServer.getAsJsonObject().getAsJsonObject("buildkit").getAsJsonArray("executed")));
        // an unknown command is an error, not a dead server
        assertThrows(ExecutionException.class,
                () -> get(client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("dflint.nothing", List.of()))));
        assertNotNull(get(client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("dflint.stages", List.of(uri)))));
    }

    private static List<Integer> toInts(com.google.gson.JsonArray a) {
        List<Integer> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsInt()));
        return out;
    }

    @Test
    void theConfigurationFilePragmasAndSeveritiesApply() throws Exception {
        init();
        Files.writeString(dir.resolve(".dflint.yaml"), "severity:\n  numeric-stage-reference: error\nignore: [DF3015]\n");
        String uri = write("Dockerfile", HEREDOC_EXAMPLE);
        client.open(uri, HEREDOC_EXAMPLE);
        assertEquals(DiagnosticSeverity.Error, only(client.awaitDiagnostics(uri, 1), "DF1001").getSeverity());
        // a broken configuration: one diagnostic that says so, one message, and the server goes on
        Files.writeString(dir.resolve(".dflint.yaml"), "ignored: [DF1001]\n");
        watchedFile(dir.resolve(".dflint.yaml"), org.eclipse.lsp4j.FileChangeType.Changed);
        PublishDiagnosticsParams p = client.awaitDiagnostics(uri, q -> q.getDiagnostics().size() == 1
                && q.getDiagnostics().get(0).getMessage().contains("configuration"), 60);
        Diagnostic d = p.getDiagnostics().get(0);
        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        assertTrue(d.getMessage().contains(".dflint.yaml:1: ignored: unknown key"), d.getMessage());
        MessageParams m = client.shown.poll(30, TimeUnit.SECONDS);
        assertNotNull(m);
        assertEquals(MessageType.Warning, m.getType());
        // hover and navigation still work on the parse
        assertNotNull(get(client.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier(uri), new Position(15, 12)))));
        Files.delete(dir.resolve(".dflint.yaml"));
        watchedFile(dir.resolve(".dflint.yaml"), org.eclipse.lsp4j.FileChangeType.Deleted);
        client.awaitDiagnostics(uri, q -> q.getDiagnostics().stream().anyMatch(x -> "DF1001".equals(x.getCode() == null ? null : x.getCode().getLeft())
                && x.getSeverity() == DiagnosticSeverity.Warning), 60);
    }

    @Test
    void aBuildArgumentTheRepositoryStartsPassingClearsTheBlankBaseError() throws Exception {
        init();
        String text = "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCMD [\"app\"]\n";
        String uri = write("api/Dockerfile", text);
        client.open(uri, text);
        assertEquals(DiagnosticSeverity.Error, only(client.awaitDiagnostics(uri, 1), "DF1017").getSeverity());
        // the compose file now passes the argument to this Dockerfile's build: read again on the change
        Path compose = dir.resolve("compose.yaml");
        Files.writeString(compose, "services:\n  api:\n    build:\n      context: api\n      args:\n        BASE_IMAGE: alpine:3.20\n");
        watchedFile(compose, org.eclipse.lsp4j.FileChangeType.Created);
        client.awaitDiagnostics(uri, q -> q.getDiagnostics().stream().noneMatch(
                x -> x.getCode() != null && "DF1017".equals(x.getCode().getLeft())), 60);
    }

    @Test
    void unknownConfiguredTargetIsOneErrorAsOnTheCommandLine() throws Exception {
        init();
        Files.writeString(dir.resolve(".dflint.yaml"), "targets: [relase]\n");
        String uri = write("Dockerfile", NAMED);
        client.open(uri, NAMED);
        PublishDiagnosticsParams p = client.awaitDiagnostics(uri, 1);
        assertEquals(1, p.getDiagnostics().size());
        assertTrue(p.getDiagnostics().get(0).getMessage().contains("target stage \"relase\" could not be found"),
                p.getDiagnostics().get(0).getMessage());
    }

    @Test
    void badInputIsADiagnosticAndTheServerLivesOn() throws Exception {
        init();
        String binary = "FROM alpine\n\0\0\0garbage";
        client.open("untitled:binary", binary);
        PublishDiagnosticsParams p = client.awaitDiagnostics("untitled:binary", 1);
        assertTrue(p.getDiagnostics().get(0).getMessage().contains("not a Dockerfile"), p.toString());
        String huge = "RUN true\n".repeat((5 << 20) / 9);
        client.open("untitled:huge", huge);
        PublishDiagnosticsParams q = client.awaitDiagnostics("untitled:huge", 1);
        assertTrue(q.getDiagnostics().get(0).getMessage().contains("larger than the limit"), q.toString());
        // requests about a document nobody opened: an error answer
        ExecutionException e = assertThrows(ExecutionException.class, () -> get(client.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier("untitled:never"), new Position(0, 0)))));
        assertTrue(e.getCause() instanceof ResponseErrorException);
        // positions outside the text are clamped, not failures
        String uri = write("Dockerfile", HEREDOC_EXAMPLE);
        client.open(uri, HEREDOC_EXAMPLE);
        client.awaitDiagnostics(uri, 1);
        assertNull(get(client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(500, 90)))));
        client.change(uri, 2, new TextDocumentContentChangeEvent(range(400, 0, 900, 3), "\nRUN true\n"));
        client.awaitDiagnostics(uri, 2);
        assertEquals(0, client.shutdownAndExit());
    }

    @Test
    void anInternalErrorIsAnErrorAnswerAndAMessageAndTheServerLivesOn() throws Exception {
        init();
        String uri = write("Dockerfile", HEREDOC_EXAMPLE);
        client.open(uri, HEREDOC_EXAMPLE);
        client.awaitDiagnostics(uri, 1);
        // a hover without a position (a client's bug) makes the server's own code fail
        com.google.gson.JsonObject broken = new com.google.gson.JsonObject();
        com.google.gson.JsonObject doc = new com.google.gson.JsonObject();
        doc.addProperty("uri", uri);
        broken.add("textDocument", doc);
        org.eclipse.lsp4j.jsonrpc.Endpoint raw = (org.eclipse.lsp4j.jsonrpc.Endpoint) client.server;
        ExecutionException e = assertThrows(ExecutionException.class, () -> get(raw.request("textDocument/hover", broken)));
        assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
        assertEquals(ResponseErrorCode.InternalError.getValue(),
                ((ResponseErrorException) e.getCause()).getResponseError().getCode());
        MessageParams shown = client.shown.poll(30, TimeUnit.SECONDS);
        assertNotNull(shown, "the user is told");
        assertEquals(MessageType.Error, shown.getType());
        assertTrue(shown.getMessage().startsWith("dflint: internal error in hover"), shown.getMessage());
        MessageParams trace;
        do {
            trace = client.logged.poll(30, TimeUnit.SECONDS);
            assertNotNull(trace, "the trace is logged");
        } while (trace.getType() != MessageType.Error);
        assertTrue(trace.getMessage().contains("at dflint.lsp."), trace.getMessage());
        // a notification that fails: a change whose range has no positions; the text stays as it was
        com.google.gson.JsonObject change = com.google.gson.JsonParser.parseString("{\"textDocument\": {\"uri\": \"" + uri
                + "\", \"version\": 2}, \"contentChanges\": [{\"range\": {}, \"text\": \"x\"}]}").getAsJsonObject();
        raw.notify("textDocument/didChange", change);
        MessageParams second = client.shown.poll(30, TimeUnit.SECONDS);
        assertNotNull(second, "the user is told again, of the new failure");
        assertEquals(MessageType.Error, second.getType());
        assertTrue(second.getMessage().startsWith("dflint: internal error in didChange"), second.getMessage());
        // a document opened without its text (required, but a client may forget it) is linted as empty
        com.google.gson.JsonObject item = new com.google.gson.JsonObject();
        item.addProperty("uri", "untitled:textless");
        item.addProperty("version", 1);
        com.google.gson.JsonObject open = new com.google.gson.JsonObject();
        open.add("textDocument", item);
        raw.notify("textDocument/didOpen", open);
        client.awaitDiagnostics("untitled:textless", 1);
        // and a request about it is answered (get fails after 60 s otherwise)
        get(client.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier("untitled:textless"), new Position(0, 0))));
        // and the server goes on: the same hover with a position is answered, edits are linted
        assertNotNull(get(client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(15, 12)))));
        client.change(uri, 2, new TextDocumentContentChangeEvent(range(16, 0, 16, 0), "RUN true\n"));
        client.awaitDiagnostics(uri, 2);
        assertEquals(0, client.shutdownAndExit());
    }
}
