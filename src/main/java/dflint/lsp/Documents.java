package dflint.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The open documents and their linting. Text arrives on the protocol's message thread and is
 * applied there at once (cheap); linting happens on the lint threads, one run per document at a
 * time, the newest text first: a change while a lint runs makes that lint's result stale, so it
 * is dropped and the new text linted. Changes wait for the typing to pause ({@link #debounceMillis});
 * a request that needs the analysis (hover, code actions, ...) starts it at once.
 */
final class Documents {
    private final Map<String, Document> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService lintThreads;
    private final Analyzer analyzer;
    /** Called with the document's lock held, so a close can never be followed by stale diagnostics. */
    private final BiConsumer<Document, Analysis> publish;
    private final java.util.function.Consumer<String> clear;
    volatile long debounceMillis;

    Documents(ScheduledExecutorService lintThreads, Analyzer analyzer, long debounceMillis,
              BiConsumer<Document, Analysis> publish, java.util.function.Consumer<String> clear) {
        this.lintThreads = lintThreads;
        this.analyzer = analyzer;
        this.debounceMillis = debounceMillis;
        this.publish = publish;
        this.clear = clear;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    Document get(String uri) {
        return open.get(uri);
    }

    List<Document> all() {
        return new ArrayList<>(open.values());
    }

    void open(String uri, int version, String text) {
        if (text == null) text = ""; // a client that sent no text: lint what there is, nothing
        Path path = pathOf(uri);
        Document d = new Document(uri, path, path != null ? path.toString() : uri, text, version);
        Document old = open.put(uri, d);
        if (old != null) close(old);
        lint(d, 0);
    }

    /** Applies the client's changes in order: whole texts, or ranges of the text before each change. */
    void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        Document d = open.get(uri);
        if (d == null) return;
        synchronized (d) {
            String text = d.text;
            for (TextDocumentContentChangeEvent c : changes) {
                if (c.getRange() == null) {
                    text = c.getText() == null ? "" : c.getText();
                } else {
                    LineIndex lines = new LineIndex(text);
                    int start = lines.offset(c.getRange().getStart());
                    int end = Math.max(start, lines.offset(c.getRange().getEnd()));
                    text = text.substring(0, start) + (c.getText() == null ? "" : c.getText()) + text.substring(end);
                }
            }
            d.text = text;
            d.version = version;
        }
        lint(d, debounceMillis);
    }

    /** Lints the document again now (after a save, or when its configuration may have changed). */
    void relint(String uri) {
        Document d = open.get(uri);
        if (d != null) lint(d, 0);
    }

    void relintAll() {
        for (Document d : open.values()) lint(d, 0);
    }

    void close(String uri) {
        Document d = open.remove(uri);
        if (d != null) close(d);
    }

    private void close(Document d) {
        synchronized (d) {
            d.closed = true;
            if (d.scheduled != null) d.scheduled.cancel(false);
            d.scheduled = null;
            for (CompletableFuture<Analysis> w : d.waiters) {
                w.completeExceptionally(new ResponseErrorException(new ResponseError(ResponseErrorCode.ContentModified,
                        "the document was closed", null)));
            }
            d.waiters.clear();
            clear.accept(d.uri);
        }
    }

    void closeAll() {
        for (String uri : new ArrayList<>(open.keySet())) close(uri);
    }

    /**
     * The analysis of the document's current text: at once when it is ready, else when the lint
     * that is running or about to run finishes. A document that is not open is read from its
     * file and analysed on its own; one with neither gives an error.
     */
    CompletableFuture<Analysis> analysis(String uri) {
        Document d = open.get(uri);
        if (d == null) return analyzeFile(uri);
        synchronized (d) {
            Analysis a = d.current();
            if (a != null) return CompletableFuture.completedFuture(a);
            CompletableFuture<Analysis> f = new CompletableFuture<>();
            d.waiters.add(f);
            if (!d.running) schedule(d, 0);
            return f;
        }
    }

    private CompletableFuture<Analysis> analyzeFile(String uri) {
        Path path = pathOf(uri);
        if (path == null || !java.nio.file.Files.isRegularFile(path)) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, "not an open document or a file: " + uri, null)));
        }
        return CompletableFuture.supplyAsync(() -> {
            String text;
            try {
                long size = java.nio.file.Files.size(path);
                if (size > Analyzer.DEFAULT_MAX_FILE_SIZE * 4) throw new java.io.IOException("file is " + size + " bytes");
                text = new String(java.nio.file.Files.readAllBytes(path), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException | RuntimeException e) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                        path + ": cannot read: " + e.getMessage(), null));
            }
            return analyzer.analyze(path, path.toString(), 0, text);
        }, lintThreads);
    }

    private void lint(Document d, long delayMillis) {
        synchronized (d) {
            if (d.closed) return;
            schedule(d, delayMillis);
        }
    }

    /** (Re)schedules the document's next lint. Call with its lock held. */
    private void schedule(Document d, long delayMillis) {
        if (d.scheduled != null) d.scheduled.cancel(false);
        d.scheduled = lintThreads.schedule(() -> run(d), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void run(Document d) {
        String text;
        int version;
        synchronized (d) {
            d.scheduled = null;
            if (d.closed) return;
            if (d.running) {
                d.dirty = true; // the running lint looks again when it is done
                return;
            }
            d.running = true;
            d.dirty = false;
            text = d.text;
            version = d.version;
        }
        Analysis a;
        try {
            a = analyzer.analyze(d.path, d.display, version, text);
        } catch (Throwable t) {
            // the analyzer turns what it expects into a problem; anything else still answers the
            // waiters (and must not throw itself, or the document would stay "running" for ever)
            analyzer.lastFailure = t;
            a = new Analysis(version, new LineIndex(text == null ? "" : text), null, null, List.of(),
                    dflint.engine.LintOptions.defaults(), "internal error while linting (" + t + "); please report it with this file");
        }
        synchronized (d) {
            d.running = false;
            if (d.closed) return;
            if (version == d.version) {
                d.analysis = a;
                for (CompletableFuture<Analysis> w : d.waiters) w.complete(a);
                d.waiters.clear();
                publish.accept(d, a);
            }
            // stale, or asked for again meanwhile: the newest text next, at once when someone waits
            boolean stale = version != d.version || d.dirty;
            if (stale && (d.scheduled == null || !d.waiters.isEmpty())) schedule(d, 0);
        }
    }

    /** The file a {@code file:} URI names, or null for other schemes and URIs that name none. */
    static Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) return null;
            return Path.of(u);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
