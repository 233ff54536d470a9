package dflint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emacs's eglot, in batch mode, set up with the README's own snippet (the elisp block of the
 * Editors section) and {@code dflint} on PATH: it opens the heredoc example, shows DF1001 at the
 * {@code --from=0} token, applies the quick fix, saves, and goes to the definition of the new
 * stage name (src/test/emacs/eglot-e2e.el). Skips without emacs with the eglot and
 * dockerfile-mode packages (Debian: emacs-nox, elpa-eglot, elpa-dockerfile-mode).
 */
class EmacsEglotTest {
    @TempDir
    Path tmp;

    static String readmeSnippet(String language) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String editors = readme.substring(readme.indexOf("## Editors"), readme.indexOf("### As an external tool"));
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(editors);
        assertTrue(m.find(), "the README's Editors section has a " + language + " block");
        return m.group(1);
    }

    @Test
    void eglotSetUpAsTheReadmeSaysFixesAndNavigates() throws Exception {
        Assumptions.assumeTrue(ServerJar.onPath("emacs", "--batch", "-Q", "--eval",
                "(progn (add-to-list 'package-directory-list \"/usr/share/emacs/site-lisp/elpa\") (package-initialize)"
                        + " (require 'eglot) (require 'dockerfile-mode))"),
                "needs emacs with eglot and dockerfile-mode");
        Path work = tmp.resolve("work");
        Path bin = tmp.resolve("bin");
        Files.createDirectories(work);
        Files.createDirectories(bin);
        // `dflint` on PATH, as the README's setup expects
        Path dflint = Files.writeString(bin.resolve("dflint"), "#!/bin/sh\nexec '" + ServerJar.LAUNCHER + "' \"$@\"\n");
        assertTrue(dflint.toFile().setExecutable(true));
        Path dockerfile = work.resolve("Dockerfile");
        Files.writeString(dockerfile, LanguageServerTest.HEREDOC_EXAMPLE);
        Path setup = Files.writeString(tmp.resolve("setup.el"), readmeSnippet("elisp"));
        Path out = tmp.resolve("emacs-result.txt");

        ProcessBuilder pb = new ProcessBuilder("emacs", "--batch", "-Q", "-l",
                Path.of("src/test/emacs/eglot-e2e.el").toAbsolutePath().toString());
        pb.directory(work.toFile());
        var env = pb.environment();
        env.put("PATH", bin + java.io.File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", tmp.toString()); // nothing of the user's Emacs setup, nothing written there
        env.put("DFLINT_EGLOT_SETUP", setup.toString());
        env.put("DFLINT_FILE", dockerfile.toString());
        env.put("DFLINT_EMACS_OUT", out.toString());
        env.put("DFLINT_JAR", ServerJar.create(tmp).toString());
        env.put("DFLINT_NO_CDS", "1");
        ServerJar.Result r = ServerJar.run(pb, 240);
        assertTrue(Files.exists(out), "emacs wrote no result: " + r.output());
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, r.code(), lines + "\n" + r.output());

        assertEquals(List.of("yes"), values(lines, "managed"), "eglot manages the buffer through the README's setup");
        // DF1001 on line 16, the --from=0 token (columns 5 to 13)
        assertTrue(values(lines, "diagnostic").stream().anyMatch(d -> d.startsWith("16:5-13 --from=0 ") && d.contains("[DF1001]")),
                lines.toString());
        assertTrue(values(lines, "action").get(0).startsWith("DF1001: name the stage"), lines.toString());
        String expected = LanguageServerTest.HEREDOC_EXAMPLE.replace("FROM golang:1.23\n", "FROM golang:1.23 AS golang\n")
                .replace("--from=0", "--from=golang");
        assertEquals(expected, Files.readString(dockerfile));
        // go to definition from --from=golang: line 2, on the AS name
        assertEquals(List.of("2:20 FROM golang:1.23 AS golang"), values(lines, "definition"));
    }

    private static List<String> values(List<String> lines, String key) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith(key + "\t")) out.add(l.substring(key.length() + 1));
        }
        return out;
    }
}
