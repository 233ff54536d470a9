package dflint.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor in miniature for the protocol tests: it runs {@link DflintLanguageServer#serve} on
 * its own thread over two in-memory pipes and talks to it through LSP4J's own client launcher,
 * validating every message the server sends against the protocol's required fields.
 */
final class TestClient implements LanguageClient, AutoCloseable {
    final LinkedBlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final List<PublishDiagnosticsParams> allDiagnostics = java.util.Collections.synchronizedList(new ArrayList<>());
    final LinkedBlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();
    final LinkedBlockingQueue<MessageParams> logged = new LinkedBlockingQueue<>();
    final List<RegistrationParams> registrations = java.util.Collections.synchronizedList(new ArrayList<>());
    final LanguageServer server;
    final CompletableFuture<Integer> exitCode;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-client");
        t.setDaemon(true);
        return t;
    });
    private final OutputStream toServer;
    private final InputStream fromServer;

    TestClient() throws IOException {
        Pipe up = Pipe.open(), down = Pipe.open();
        InputStream serverIn = Channels.newInputStream(up.source());
        OutputStream serverOut = Channels.newOutputStream(down.sink());
        toServer = Channels.newOutputStream(up.sink());
        fromServer = Channels.newInputStream(down.source());
        exitCode = CompletableFuture.supplyAsync(() -> DflintLanguageServer.serve(serverIn, serverOut), threads);
        Launcher<LanguageServer> launcher = new Launcher.Builder<LanguageServer>()
                .setLocalService(this)
                .setRemoteInterface(LanguageServer.class)
                .setInput(fromServer)
                .setOutput(toServer)
                .setExecutorService(threads)
                .validateMessages(true)
                .create();
        server = launcher.getRemoteProxy();
        launcher.startListening();
    }

    /** Capabilities of a recent editor: versioned edits, markdown hovers, nested symbols, watched files. */
    static ClientCapabilities editorCapabilities() {
        ClientCapabilities c = new ClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edit = new WorkspaceEditCapabilities();
        edit.setDocumentChanges(true);
        ws.setWorkspaceEdit(edit);
        ws.setDidChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities(true));
        c.setWorkspace(ws);
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        td.setHover(new HoverCapabilities(List.of("markdown", "plaintext"), false));
        DocumentSymbolCapabilities sym = new DocumentSymbolCapabilities();
        sym.setHierarchicalDocumentSymbolSupport(true);
        td.setDocumentSymbol(sym);
        td.setCodeAction(new CodeActionCapabilities());
        c.setTextDocument(td);
        return c;
    }

    InitializeResult initialize(ClientCapabilities caps, Object options) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) ProcessHandle.current().pid());
        p.setCapabilities(caps);
        p.setInitializationOptions(options);
        InitializeResult r = server.initialize(p).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return r;
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dockerfile", 1, text)));
    }

    void change(String uri, int version, TextDocumentContentChangeEvent... changes) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(changes)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** The next diagnostics for {@code uri} that satisfy {@code test}, skipping others; fails after the timeout. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> test, long seconds)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = end - System.nanoTime();
            PublishDiagnosticsParams p = left <= 0 ? null : diagnostics.poll(left, TimeUnit.NANOSECONDS);
            if (p == null) throw new AssertionError("no matching diagnostics for " + uri + " within " + seconds + " s");
            if (p.getUri().equals(uri) && test.test(p)) return p;
        }
    }

    PublishDiagnosticsParams awaitDiagnostics(String uri, int version) throws InterruptedException {
        return awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == version, 60);
    }

    int shutdownAndExit() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        return exitCode.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        if (!exitCode.isDone()) {
            try {
                server.exit();
                exitCode.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the test failed already; what matters is not leaving threads behind
            }
        }
        // the server's reader ends on this end of input, and its output end closes ours
        toServer.close();
        threads.shutdown();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fromServer.close();
        threads.shutdownNow();
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
        allDiagnostics.add(p);
        diagnostics.add(p);
    }

    @Override
    public void showMessage(MessageParams m) {
        shown.add(m);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams m) {
        logged.add(m);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams p) {
        registrations.add(p);
        return CompletableFuture.completedFuture(null);
    }
}
