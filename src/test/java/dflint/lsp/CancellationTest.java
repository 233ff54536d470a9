package dflint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.Linter;
import dflint.rules.Rules;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** A cancelled request stops its work: fixing a whole file stops before the fixer's next pass. */
class CancellationTest {
    private static final String FIXABLE = "from alpine:3.20 as Build\nRUN apk add curl\nfrom scratch\nCOPY --from=0 /bin/sh /sh\n";

    @Test
    void fixAllStopsAtTheNextPassOnceCancelled() {
        Analyzer analyzer = new Analyzer(new Linter(Rules.all()), new FileSettings(Rules.all()), null, Analyzer.DEFAULT_MAX_FILE_SIZE);
        Analysis a = analyzer.analyze(null, "Dockerfile", 1, FIXABLE);
        // not cancelled: the fixer runs its passes
        assertNotNull(CodeActions.fixAll(a, "untitled:x", analyzer, true, () -> false));
        // cancelled after the fixer's first look at the text: no second one
        AtomicInteger looks = new AtomicInteger();
        assertThrows(CancellationException.class,
                () -> CodeActions.fixAll(a, "untitled:x", analyzer, true, () -> looks.getAndIncrement() > 0));
        assertEquals(2, looks.get(), "asked once before the first pass and once before the second");
    }

    @Test
    void aCancelledFixAllStopsOnTheServerAndTheServerGoesOn() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize(TestClient.editorCapabilities(), null);
            String big = LargeDocumentTest.large(600_000);
            client.open("untitled:big", big);
            // the analysis is ready, so the fix-all starts at once on a request thread
            client.awaitDiagnostics("untitled:big", 1);
            CodeActionContext only = new CodeActionContext(List.of());
            only.setOnly(List.of("source.fixAll"));
            CompletableFuture<?> fixAll = client.server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier("untitled:big"), new Range(new Position(0, 0), new Position(0, 0)), only));
            fixAll.cancel(true); // LSP4J sends $/cancelRequest
            assertThrows(CancellationException.class, fixAll::join);
            // the server says in its log that the work stopped (it would not if it ignored the cancellation)
            MessageParams m;
            do {
                m = client.logged.poll(60, TimeUnit.SECONDS);
                assertNotNull(m, "no log line about the cancelled code action");
            } while (!m.getMessage().contains("codeAction cancelled"));
            assertEquals(MessageType.Log, m.getType());
            // and goes on answering
            client.open("untitled:small", LanguageServerTest.HEREDOC_EXAMPLE);
            assertTrue(client.awaitDiagnostics("untitled:small", 1).getDiagnostics().size() > 0);
            assertNotNull(client.server.getTextDocumentService().hover(new HoverParams(
                    new TextDocumentIdentifier("untitled:small"), new Position(15, 12))).get(60, TimeUnit.SECONDS));
            assertEquals(0, client.shutdownAndExit());
        }
    }
}
