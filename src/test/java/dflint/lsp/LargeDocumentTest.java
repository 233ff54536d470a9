package dflint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document of almost 4 MiB (the command line's size limit) keeps the server responsive: its
 * lint runs off the message thread while a small document is linted and answered; and a burst
 * of edits to a large document is linted newest first (no stale diagnostics after newer ones).
 */
class LargeDocumentTest {
    @TempDir
    Path dir;

    /** A multi-stage Dockerfile repeated up to about {@code bytes}. */
    static String large(int bytes) {
        String unit = """
                FROM golang:1.22 AS build%1$d
                WORKDIR /src
                COPY . .
                RUN go build -o /out/app%1$d ./cmd/app && apt-get update && apt-get install curl
                FROM debian:12-slim
                COPY --from=build%1$d /out/app%1$d /usr/local/bin/
                ENV PATH=/usr/local/bin:$PATH
                USER nobody
                """;
        StringBuilder b = new StringBuilder(bytes + 512);
        for (int i = 0; b.length() < bytes; i++) b.append(String.format(unit, i));
        return b.toString();
    }

    @Test
    void aFourMebibyteDocumentIsLintedOffTheMessageThread() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        try (TestClient client = new TestClient()) {
            client.initialize(TestClient.editorCapabilities(), null);
            String big = large(4_000_000);
            assertTrue(Analyzer.utf8Length(big) <= Analyzer.DEFAULT_MAX_FILE_SIZE, "within the size limit, so it is linted");
            String bigUri = dir.resolve("big.Dockerfile").toUri().toString();
            String smallUri = dir.resolve("Dockerfile").toUri().toString();
            client.open(bigUri, big);

            // while the big file is linted, a small one is linted and answered
            client.open(smallUri, LanguageServerTest.HEREDOC_EXAMPLE);
            PublishDiagnosticsParams small = client.awaitDiagnostics(smallUri, 1);
            assertTrue(small.getDiagnostics().stream().anyMatch(d -> "DF1001".equals(d.getCode().getLeft())));
            Hover h = client.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(smallUri), new Position(15, 12))).get(60, TimeUnit.SECONDS);
            assertNotNull(h);
            assertTrue(client.allDiagnostics.stream().noneMatch(p -> p.getUri().equals(bigUri)),
                    "the small document was answered before the big one's lint finished");

            PublishDiagnosticsParams all = client.awaitDiagnostics(bigUri, 1);
            assertTrue(all.getDiagnostics().size() > 10_000, "findings of the whole file: " + all.getDiagnostics().size());
            client.close(bigUri);
            assertEquals(0, client.shutdownAndExit());
        }
    }

    @Test
    void aBurstOfEditsIsLintedNewestFirstAndStaleResultsAreDropped() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize(TestClient.editorCapabilities(), null);
            String text = large(600_000);
            String uri = "untitled:burst";
            client.open(uri, text);
            // edits while version 1 is being linted: its result is stale when it ends
            int lines = text.split("\n", -1).length - 1;
            for (int v = 2; v <= 6; v++) {
                Range end = new Range(new Position(lines, 0), new Position(lines, 0));
                client.change(uri, v, new TextDocumentContentChangeEvent(end, "RUN echo " + v + "\n"));
                lines++;
            }
            PublishDiagnosticsParams last = client.awaitDiagnostics(uri, 6);
            assertTrue(last.getDiagnostics().size() > 1000, "findings of the whole file: " + last.getDiagnostics().size());
            List<Integer> versions = new ArrayList<>();
            for (PublishDiagnosticsParams p : new ArrayList<>(client.allDiagnostics)) {
                if (p.getUri().equals(uri)) versions.add(p.getVersion());
            }
            assertTrue(versions.size() < 5, "not every version was linted: " + versions);
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) > versions.get(i - 1), "published versions " + versions);
            }
            assertEquals(6, versions.get(versions.size() - 1));
            assertEquals(0, client.shutdownAndExit());
        }
    }
}
