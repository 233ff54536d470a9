package dflint.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * An open document: its latest text and version as the client sent them, and where its
 * linting stands. Every mutable field is guarded by the document's own lock; linting runs
 * outside it, on a snapshot.
 */
final class Document {
    final String uri;
    /** The file on disk, or null when the document has none (an untitled buffer, another scheme). */
    final Path path;
    /** How findings name the file. */
    final String display;

    String text;
    int version;
    boolean closed;
    /** The newest finished analysis, possibly of an older version. */
    Analysis analysis;
    /** A lint is running now. */
    boolean running;
    /** The text changed while a lint was running, or another lint was asked for meanwhile. */
    boolean dirty;
    /** The next lint, when one is waiting for the typing to pause. */
    ScheduledFuture<?> scheduled;
    /** Requests waiting for the analysis of the current version. */
    final List<CompletableFuture<Analysis>> waiters = new ArrayList<>();

    Document(String uri, Path path, String display, String text, int version) {
        this.uri = uri;
        this.path = path;
        this.display = display;
        this.text = text;
        this.version = version;
    }

    /** The analysis of the current text, or null when it is not ready. Call with the lock held. */
    Analysis current() {
        return analysis != null && analysis.version() == version ? analysis : null;
    }
}
