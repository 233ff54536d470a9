package dflint.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageRenameTest {
    /** Applies the edits (one per line at most here, right to left) to the text. */
    private static String rename(String text, int stage, String name, boolean byIndex) {
        Dockerfile df = DockerfileSyntax.parse("x", text);
        StageGraph g = StageGraph.build(df);
        List<StageRename.Edit> edits = StageRename.edits(g, g.stage(stage), name, byIndex);
        if (edits == null) return null;
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<StageRename.Edit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> a.range().startLine() != b.range().startLine() ? Integer.compare(b.range().startLine(), a.range().startLine())
                : Integer.compare(b.range().startColumn(), a.range().startColumn()));
        for (StageRename.Edit e : sorted) {
            String l = lines.get(e.range().startLine() - 1);
            lines.set(e.range().startLine() - 1, l.substring(0, e.range().startColumn() - 1) + e.text() + l.substring(e.range().endColumn() - 1));
        }
        return String.join("\n", lines);
    }

    static final String FILE = "FROM golang:1.23 AS build\n"
            + "RUN go build -o /app .\n"
            + "FROM build AS test\n"
            + "RUN --mount=type=bind,from=build,target=/b true\n"
            + "FROM alpine:3.20\n"
            + "COPY --from=BUILD /app /app\n"
            + "COPY --from=0 /app /app2\n";

    @Test
    void renamesTheStageAndEveryReferenceToIt() {
        assertEquals("FROM golang:1.23 AS compile\n"
                + "RUN go build -o /app .\n"
                + "FROM compile AS test\n"
                + "RUN --mount=type=bind,from=compile,target=/b true\n"
                + "FROM alpine:3.20\n"
                + "COPY --from=compile /app /app\n"
                + "COPY --from=0 /app /app2\n", rename(FILE, 0, "compile", false));
        assertTrue(rename(FILE, 0, "compile", true).endsWith("COPY --from=compile /app /app2\n"));
    }

    @Test
    void anUnnamedStageGetsAnAsCasedLikeItsFrom() {
        assertEquals("from alpine:3.20 as base\nFROM scratch\nCOPY --from=base / /\n",
                rename("from alpine:3.20\nFROM scratch\nCOPY --from=0 / /\n", 0, "base", true));
    }

    @Test
    void aReferenceThroughAVariableCannotBeRewritten() {
        assertNull(rename("ARG B=build\nFROM alpine AS build\nFROM ${B}\n", 0, "compile", false));
    }

    @Test
    void problemsWithANewName() {
        Dockerfile df = DockerfileSyntax.parse("x", FILE);
        StageGraph g = StageGraph.build(df);
        assertNull(StageRename.problem(g, g.stage(0), "compile"));
        assertTrue(StageRename.problem(g, g.stage(0), "Compile").contains("not a stage name"));
        assertTrue(StageRename.problem(g, g.stage(0), "test").contains("already called test"));
        assertTrue(StageRename.problem(g, g.stage(0), "context").contains("reserved"));
        assertTrue(StageRename.problem(g, g.stage(2), "alpine:3.20").contains("not a stage name"));
        Dockerfile img = DockerfileSyntax.parse("x", "FROM alpine AS a\nFROM scratch\nCOPY --from=busybox / /\n");
        StageGraph gi = StageGraph.build(img);
        assertTrue(StageRename.problem(gi, gi.stage(1), "busybox").contains("reads an image called busybox"));
    }
}
