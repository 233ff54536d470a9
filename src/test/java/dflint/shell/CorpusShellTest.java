package dflint.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.SharedData;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every RUN of the corpus is read, and every plain word (no quotes, escapes or expansions)
 * must be found in the file exactly where its range says: the position mapping through
 * continuation lines, comments inside them, heredoc bodies and sh -c strings is checked
 * on real files, not only on examples written for it.
 */
class CorpusShellTest {

    @Test
    void wordsAreWhereTheirRangesSay() throws IOException {
        Path dir = SharedData.require("corpus/files");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
        }
        int words = 0, commands = 0;
        List<String> wrong = new ArrayList<>();
        for (Path p : files) {
            Dockerfile df = DockerfileSyntax.parse(p.toString(), Files.readAllBytes(p));
            String[] lines = df.text().split("\n", -1);
            for (Instruction i : df.instructions()) {
                Instruction r = i instanceof Instruction.Onbuild o ? o.trigger() : i;
                if (!(r instanceof Instruction.Run run)) continue;
                for (RunScript script : RunScripts.of(run)) {
                    for (Command c : script.script().commands()) {
                        commands++;
                        for (ShellWord w : c.words()) {
                            if (!w.raw().equals(w.value()) || w.hasExpansion() || w.raw().isEmpty()) continue;
                            SourceRange at = w.range();
                            words++;
                            boolean inside = at.startLine() >= i.range().startLine() && at.endLine() <= i.range().endLine();
                            // a word split by a line continuation spans lines: only its bounds are checked
                            String found = at.startLine() != at.endLine() ? w.raw()
                                    : at.startLine() <= lines.length
                                    ? slice(lines[at.startLine() - 1], at.startColumn() - 1, at.endColumn() - 1) : null;
                            if (!w.raw().equals(found) || !inside) {
                                if (wrong.size() < 20) wrong.add(p.getFileName() + ":" + at + " '" + w.raw() + "' found '" + found + "'");
                            }
                        }
                    }
                }
            }
        }
        System.out.println("corpus shell: " + files.size() + " files, " + commands + " commands, " + words + " plain words checked");
        assertTrue(commands > 10_000, "too few commands read: " + commands);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static String slice(String line, int from, int to) {
        if (from < 0 || to > line.length() || from > to) return null;
        return line.substring(from, to);
    }
}
