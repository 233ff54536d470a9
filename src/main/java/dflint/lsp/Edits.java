package dflint.lsp;

import dflint.engine.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** dflint's edits (1-based ranges, {@code \n} in new text) as the protocol's, for one version of a document. */
final class Edits {
    private Edits() {}

    /**
     * One edit. A {@code \n} in a fix's text is written with the line end of the line it goes
     * into, as {@code dflint --fix} writes it, so a CRLF file stays CRLF.
     */
    static TextEdit of(LineIndex lines, dflint.syntax.SourceRange range, String text) {
        String t = text;
        if (t.indexOf('\n') >= 0) {
            String eol = lines.lineEnding(range.startLine() - 1);
            if (!eol.equals("\n")) t = t.replace("\r\n", "\n").replace("\n", eol);
        }
        return new TextEdit(lines.range(range), t);
    }

    static List<TextEdit> of(LineIndex lines, Fix fix) {
        List<TextEdit> out = new ArrayList<>(fix.edits().size());
        for (Fix.Edit e : fix.edits()) out.add(of(lines, e.range(), e.replacement()));
        return out;
    }

    /** Whole-line edits whose texts already carry their own line ends ({@link dflint.fix.LineEdits}). */
    static List<TextEdit> verbatim(LineIndex lines, List<Fix.Edit> edits) {
        List<TextEdit> out = new ArrayList<>(edits.size());
        for (Fix.Edit e : edits) out.add(new TextEdit(lines.range(e.range()), e.replacement()));
        return out;
    }

    /**
     * The edits as a workspace edit on one document: versioned when the client takes document
     * changes, so it refuses them if the text moved on since the version they were made for.
     */
    static WorkspaceEdit workspaceEdit(String uri, int version, List<TextEdit> edits, boolean documentChanges) {
        if (documentChanges) {
            TextDocumentEdit e = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), edits);
            List<Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation>> changes = new ArrayList<>();
            changes.add(Either.forLeft(e));
            return new WorkspaceEdit(changes);
        }
        return new WorkspaceEdit(Map.of(uri, edits));
    }
}
