package dflint.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Applies the server's edits as an editor does, written apart from the server's own position code. */
final class TextEdits {
    private TextEdits() {}

    /** The edits of a workspace edit for one document, whichever of its two shapes the server used. */
    static List<TextEdit> of(WorkspaceEdit w, String uri) {
        List<TextEdit> out = new ArrayList<>();
        if (w.getDocumentChanges() != null) {
            for (var e : w.getDocumentChanges()) {
                TextDocumentEdit t = e.getLeft();
                if (t != null && t.getTextDocument().getUri().equals(uri)) out.addAll(t.getEdits());
            }
        }
        if (w.getChanges() != null && w.getChanges().get(uri) != null) out.addAll(w.getChanges().get(uri));
        return out;
    }

    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        // from the end backwards, so earlier offsets stay valid; equal starts keep their order
        sorted.sort((a, b) -> Integer.compare(offset(text, b.getRange().getStart()), offset(text, a.getRange().getStart())));
        String out = text;
        for (TextEdit e : sorted) {
            int s = offset(out, e.getRange().getStart()), t = offset(out, e.getRange().getEnd());
            out = out.substring(0, s) + e.getNewText() + out.substring(t);
        }
        return out;
    }

    /** A protocol position as an offset: lines end at \n, characters count UTF-16 units. */
    static int offset(String text, Position p) {
        int line = 0, i = 0;
        while (line < p.getLine()) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) return text.length();
            i = nl + 1;
            line++;
        }
        int end = text.indexOf('\n', i);
        if (end < 0) end = text.length();
        if (end > i && text.charAt(end - 1) == '\r') end--;
        return Math.min(i + p.getCharacter(), end);
    }
}
