package dflint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dflint.engine.Linter;
import dflint.report.StagesJson;
import dflint.rules.Rules;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code dflint lsp}: dflint as a language server over standard input and output. One JVM
 * serves the whole editing session, linting each open document as {@code dflint FILE} would
 * (configuration, pragmas, severities), off the message thread, newest text first.
 */
public final class DflintLanguageServer implements LanguageServer, LanguageClientAware {
    /** How long the typing must pause before a changed document is linted, unless the client says otherwise. */
    static final long DEFAULT_DEBOUNCE_MILLIS = 50;

    private final ScheduledThreadPoolExecutor lintThreads;
    private final ExecutorService requestThreads;
    private final Documents documents;
    private final Analyzer analyzer;
    private final TextService text = new TextService();
    private final Workspace workspace = new Workspace();
    private volatile LanguageClient client;
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    private volatile boolean shutdownRequested;
    private volatile boolean stopped;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    /** Problems already shown to the user, so a broken configuration is not announced on every keystroke. */
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    public DflintLanguageServer() {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        lintThreads = new ScheduledThreadPoolExecutor(threads, daemons("dflint-lint"));
        lintThreads.setRemoveOnCancelPolicy(true);
        requestThreads = Executors.newFixedThreadPool(2, daemons("dflint-request"));
        analyzer = new Analyzer(new Linter(Rules.all()), new FileSettings(Rules.all()), new ProjectTargets(),
                Analyzer.DEFAULT_MAX_FILE_SIZE);
        documents = new Documents(lintThreads, analyzer, DEFAULT_DEBOUNCE_MILLIS, this::publish, this::clear);
    }

    /**
     * Serves one client over the streams until it sends {@code exit} or closes its end; the
     * exit code is 0 after a proper shutdown, 1 otherwise (as the protocol asks).
     */
    public static int serve(InputStream in, OutputStream out) {
        DflintLanguageServer server = new DflintLanguageServer();
        ExecutorService messages = Executors.newCachedThreadPool(daemons("dflint-lsp"));
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out, messages, null);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        int code;
        try {
            code = CompletableFuture.anyOf(server.exited, CompletableFuture.runAsync(() -> waitFor(listening), messages))
                    .thenApply(o -> server.exited.isDone() ? server.exited.join() : server.shutdownRequested ? 0 : 1)
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 1;
        } catch (ExecutionException e) {
            code = 1;
        }
        server.stop();
        // The reader stays blocked on the input until the client closes it (or the process ends);
        // interrupting it would only make LSP4J log the broken read. Closing the output tells the
        // client the session is over.
        messages.shutdown();
        try {
            out.close();
        } catch (java.io.IOException e) {
            // the client is gone already
        }
        return code;
    }

    private static void waitFor(Future<Void> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // the input ended or broke: the session is over either way
        }
    }

    /** Daemon threads with room for deep rule recursion, as the command line's lint threads have. */
    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, name + "-" + n.incrementAndGet(), 64L << 20);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    /** The open documents, for tests. */
    Documents documents() {
        return documents;
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getCapabilities() != null) capabilities = params.getCapabilities();
        Path root = workspaceRoot(params);
        if (root != null) analyzer.settings().setFallbackDir(root);
        if (params.getInitializationOptions() instanceof JsonObject o && o.has("debounceMs")
                && o.get("debounceMs").isJsonPrimitive()) {
            try {
                documents.debounceMillis = Math.max(0, Math.min(5000, o.get("debounceMs").getAsLong()));
            } catch (NumberFormatException e) {
                // not a number: the default stays
            }
        }
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        c.setTextDocumentSync(sync);
        c.setPositionEncoding("utf-16");
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setRenameProvider(new RenameOptions(true));
        c.setDocumentSymbolProvider(true);
        c.setFoldingRangeProvider(true);
        c.setCodeLensProvider(new CodeLensOptions(false));
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, CodeActions.FIX_ALL)));
        c.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(Outline.STAGES_COMMAND)));
        return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("dflint", version())));
    }

    @Override
    public void initialized(InitializedParams params) {
        var ws = capabilities.getWorkspace();
        if (ws != null && ws.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration()) && client != null) {
            // a configuration file that appears, changes or goes changes the findings of open documents
            List<FileSystemWatcher> watchers = new ArrayList<>();
            watchers.add(new FileSystemWatcher(Either.forLeft("**/.dflint.{yaml,yml}")));
            // and so does a change to the files target discovery reads
            for (String glob : ProjectTargets.WATCHED) watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
            var options = new DidChangeWatchedFilesRegistrationOptions(watchers);
            client.registerCapability(new RegistrationParams(List.of(
                    new Registration("dflint-config-files", "workspace/didChangeWatchedFiles", options))));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        documents.closeAll();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutdownRequested ? 0 : 1);
    }

    @Override
    public void setTrace(SetTraceParams params) {
        // nothing is traced
    }

    /** After the session: nothing more is sent; a lint still running finishes on its daemon thread and is dropped. */
    private void stop() {
        stopped = true;
        lintThreads.shutdown();
        requestThreads.shutdown();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return text;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private static Path workspaceRoot(InitializeParams p) {
        List<WorkspaceFolder> folders = p.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty()) return Documents.pathOf(folders.get(0).getUri());
        @SuppressWarnings("deprecation")
        String rootUri = p.getRootUri();
        return rootUri == null ? null : Documents.pathOf(rootUri);
    }

    static String version() {
        return dflint.engine.Packaged.VERSION;
    }

    // ------------------------------------------------------------------ diagnostics

    /** Called by {@link Documents} with the document's lock held. */
    private void publish(Document d, Analysis a) {
        LanguageClient c = client;
        if (c == null || shutdownRequested || stopped) return;
        c.publishDiagnostics(new PublishDiagnosticsParams(d.uri, Diagnostics.of(a), a.version()));
        if (a.problem() != null) announce(a.problem());
    }

    private void clear(String uri) {
        LanguageClient c = client;
        if (c != null && !stopped) c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }

    /**
     * Tells the user once about a problem that is not one file's finding (a broken
     * configuration, an internal error), with the trace of an internal error in the log.
     */
    private void announce(String problem) {
        LanguageClient c = client;
        if (c == null || stopped || !shown.add(problem)) return;
        boolean internal = problem.startsWith("internal error");
        c.showMessage(new MessageParams(internal ? MessageType.Error : MessageType.Warning, "dflint: " + problem));
        Throwable t = analyzer.lastFailure;
        if (internal && t != null) {
            java.io.StringWriter w = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(w));
            c.logMessage(new MessageParams(MessageType.Error, "dflint: " + w));
        }
    }

    /** A line in the client's log (an output panel), for what the user need not be told. */
    private void log(String message) {
        LanguageClient c = client;
        if (c != null && !stopped) c.logMessage(new MessageParams(MessageType.Log, "dflint: " + message));
    }

    /** A notification's work, which must never take the server down: a failure is shown, and the session goes on. */
    private void guard(String what, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | StackOverflowError e) {
            analyzer.lastFailure = e;
            announce("internal error in " + what + " (" + e + ")");
        }
    }

    // ------------------------------------------------------------------ requests

    /**
     * Answers a request from the document's current analysis, on a request thread. The answer
     * can be cancelled by the client at any time; long work checks {@code cancelled}. An
     * exception becomes an error response, and the server carries on.
     */
    private <T> CompletableFuture<T> request(String uri, String what, BiFunction<Analysis, BooleanSupplier, T> answer) {
        CompletableFuture<T> result = new CompletableFuture<>();
        BooleanSupplier cancelled = result::isDone;
        documents.analysis(uri).whenComplete((a, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
                return;
            }
            try {
                requestThreads.execute(() -> {
                    if (result.isDone()) {
                        if (result.isCancelled()) log(what + " cancelled before it started");
                        return;
                    }
                    try {
                        result.complete(answer.apply(a, cancelled));
                    } catch (CancellationException e) {
                        result.cancel(false);
                        log(what + " cancelled: its work stopped");
                    } catch (ResponseErrorException e) {
                        result.completeExceptionally(e);
                    } catch (RuntimeException | StackOverflowError e) {
                        analyzer.lastFailure = e;
                        announce("internal error in " + what + " (" + e + ")");
                        result.completeExceptionally(new ResponseErrorException(new ResponseError(
                                ResponseErrorCode.InternalError, "dflint: internal error in " + what + ": " + e, null)));
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                result.cancel(false); // shutting down
            }
        });
        return result;
    }

    private boolean documentChanges() {
        var ws = capabilities.getWorkspace();
        return ws != null && ws.getWorkspaceEdit() != null && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
    }

    private boolean markdownHover() {
        var td = capabilities.getTextDocument();
        return td != null && td.getHover() != null && td.getHover().getContentFormat() != null
                && td.getHover().getContentFormat().contains("markdown");
    }

    private boolean hierarchicalSymbols() {
        var td = capabilities.getTextDocument();
        return td != null && td.getDocumentSymbol() != null
                && Boolean.TRUE.equals(td.getDocumentSymbol().getHierarchicalDocumentSymbolSupport());
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    private final class TextService implements TextDocumentService {
        @Override
        public void didOpen(DidOpenTextDocumentParams p) {
            guard("didOpen", () -> documents.open(p.getTextDocument().getUri(), p.getTextDocument().getVersion(),
                    p.getTextDocument().getText()));
        }

        @Override
        public void didChange(DidChangeTextDocumentParams p) {
            guard("didChange", () -> documents.change(p.getTextDocument().getUri(), p.getTextDocument().getVersion(),
                    p.getContentChanges()));
        }

        @Override
        public void didSave(DidSaveTextDocumentParams p) {
            guard("didSave", () -> documents.relint(p.getTextDocument().getUri()));
        }

        @Override
        public void didClose(DidCloseTextDocumentParams p) {
            guard("didClose", () -> documents.close(p.getTextDocument().getUri()));
        }

        @Override
        public CompletableFuture<Hover> hover(HoverParams p) {
            boolean markdown = markdownHover();
            return request(p.getTextDocument().getUri(), "hover", (a, c) -> Hovers.hover(a, p.getPosition(), markdown));
        }

        @Override
        public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams p) {
            String uri = p.getTextDocument().getUri();
            return request(uri, "definition", (a, c) -> {
                StageNavigation.Target t = StageNavigation.at(a, p.getPosition());
                List<Location> out = t == null ? List.of() : List.of(StageNavigation.definition(a, uri, t.stage()));
                return Either.forLeft(out);
            });
        }

        @Override
        public CompletableFuture<List<? extends Location>> references(ReferenceParams p) {
            String uri = p.getTextDocument().getUri();
            boolean declaration = p.getContext() == null || p.getContext().isIncludeDeclaration();
            return request(uri, "references", (a, c) -> {
                StageNavigation.Target t = StageNavigation.at(a, p.getPosition());
                return t == null ? List.<Location>of() : StageNavigation.references(a, uri, t.stage(), declaration);
            });
        }

        @Override
        public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(PrepareRenameParams p) {
            return request(p.getTextDocument().getUri(), "prepareRename", (a, c) -> {
                StageNavigation.Target t = StageNavigation.at(a, p.getPosition());
                if (t == null) return null;
                return Either3.forSecond(new PrepareRenameResult(a.lines().range(t.at()), StageNavigation.placeholder(a, t.stage())));
            });
        }

        @Override
        public CompletableFuture<WorkspaceEdit> rename(RenameParams p) {
            String uri = p.getTextDocument().getUri();
            boolean versioned = documentChanges();
            return request(uri, "rename", (a, c) -> {
                StageNavigation.Target t = StageNavigation.at(a, p.getPosition());
                if (t == null) throw invalid("no stage name here to rename");
                try {
                    return Edits.workspaceEdit(uri, a.version(), StageNavigation.rename(a, t.stage(), p.getNewName()), versioned);
                } catch (IllegalArgumentException e) {
                    throw invalid(e.getMessage());
                }
            });
        }

        @Override
        public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams p) {
            String uri = p.getTextDocument().getUri();
            boolean versioned = documentChanges();
            return request(uri, "codeAction", (a, c) -> CodeActions.actions(a, uri, p, analyzer, versioned, c));
        }

        @Override
        public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams p) {
            String uri = p.getTextDocument().getUri();
            boolean tree = hierarchicalSymbols();
            return request(uri, "documentSymbol", (a, c) -> {
                List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
                for (DocumentSymbol s : Outline.symbols(a)) {
                    if (tree) {
                        out.add(Either.forRight(s));
                    } else {
                        flatten(s, null, uri, out);
                    }
                }
                return out;
            });
        }

        @SuppressWarnings("deprecation")
        private void flatten(DocumentSymbol s, String container, String uri, List<Either<SymbolInformation, DocumentSymbol>> out) {
            out.add(Either.forLeft(new SymbolInformation(s.getName(), s.getKind(), new Location(uri, s.getRange()), container)));
            if (s.getChildren() != null) {
                for (DocumentSymbol child : s.getChildren()) flatten(child, s.getName(), uri, out);
            }
        }

        @Override
        public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams p) {
            return request(p.getTextDocument().getUri(), "foldingRange", (a, c) -> Outline.folds(a));
        }

        @Override
        public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams p) {
            String uri = p.getTextDocument().getUri();
            return request(uri, "codeLens", (a, c) -> Outline.lenses(a, uri));
        }
    }

    private final class Workspace implements WorkspaceService {
        @Override
        public void didChangeConfiguration(DidChangeConfigurationParams p) {
            guard("didChangeConfiguration", () -> {
                analyzer.settings().clear();
                documents.relintAll();
            });
        }

        @Override
        public void didChangeWatchedFiles(DidChangeWatchedFilesParams p) {
            guard("didChangeWatchedFiles", () -> {
                boolean relint = false;
                for (FileEvent e : p.getChanges()) {
                    String u = e.getUri();
                    if (u.endsWith("/.dflint.yaml") || u.endsWith("/.dflint.yml")) {
                        analyzer.settings().clear();
                        relint = true;
                    } else if (ProjectTargets.readsLike(u)) {
                        analyzer.projectTargets().forget();
                        relint = true;
                    }
                }
                if (relint) documents.relintAll();
            });
        }

        /** {@value Outline#STAGES_COMMAND} URI: the stages JSON of {@code dflint stages --format json} for the document. */
        @Override
        public CompletableFuture<Object> executeCommand(ExecuteCommandParams p) {
            if (!Outline.STAGES_COMMAND.equals(p.getCommand())) {
                return CompletableFuture.failedFuture(invalid("unknown command: " + p.getCommand()));
            }
            List<Object> args = p.getArguments();
            String uri = args == null || args.isEmpty() ? null : argument(args.get(0));
            if (uri == null) return CompletableFuture.failedFuture(invalid(Outline.STAGES_COMMAND + " needs a document URI"));
            return request(uri, "executeCommand", (a, c) -> {
                if (a.graph() == null) throw invalid("dflint: " + a.problem());
                Document d = documents.get(uri);
                String display = d != null ? d.display : a.file().path();
                return new RawJson(StagesJson.json(display, a.graph(), a.graph().knownTargets(), true));
            });
        }

        private String argument(Object o) {
            if (o instanceof JsonElement e && e.isJsonPrimitive()) return e.getAsString();
            if (o instanceof JsonObject obj && obj.has("uri")) return obj.get("uri").getAsString();
            return o instanceof String s ? s : null;
        }
    }
}
