package dflint.shell;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.Instruction;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random shell-ish text: reading it and asking every word where it is must never throw. */
class ShellFuzzTest {
    private static final String ALPHABET = "ab -=$({})[]'\"\\`;&|<>#\n\t!*?@~:/.0123456789";
    private static final String[] PIECES = {"apt-get install -y ", "<<EOF\n", "EOF\n", "sh -c '", "$(", "${x:-", "case a in ",
        "esac", " ;; ", "for i in 1; do ", "done", "if x; then ", "fi", "\\\n", "&&", "||", "'", "\"", "`", "2>&1 ", "f() { ", "}"};

    @Test
    void randomScriptsNeverThrow() {
        Random r = new Random(6);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(120);
            while (b.length() < len) {
                if (r.nextInt(4) == 0) b.append(PIECES[r.nextInt(PIECES.length)]);
                else b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String text = b.toString();
            touch(ShellScript.parse(text));
            touch(ShellScript.parse(text, Positions.lines(text, 3, new int[] {1, 0, 2})));
            Dockerfile df = DockerfileSyntax.parse("Dockerfile", "FROM a\nRUN " + text + "\n");
            for (Instruction i : df.instructions()) {
                if (i instanceof Instruction.Run run) {
                    for (RunScript s : RunScripts.of(run)) touch(s.script());
                }
            }
        }
    }

    private static void touch(ShellScript s) {
        for (Command c : s.commands()) {
            assertNotNull(c.range());
            for (ShellWord w : c.words()) {
                assertNotNull(w.range());
                w.rangeOf(0, w.value().length());
            }
            c.args();
            PackageCommand.of(c);
            Download.of(c);
            c.following();
        }
    }
}
