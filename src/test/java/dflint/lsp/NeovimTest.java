package dflint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neovim's built-in LSP client, headless, runs {@code bin/dflint lsp} on the seed's heredoc
 * example (src/test/nvim/lsp-e2e.lua): DF1001 at the {@code --from=0} token, its quick fix
 * picked from Neovim's code-action menu names the stage and rewrites the reference, the buffer
 * is written, and go-to-definition on the new name lands on the FROM line. Skips without nvim
 * (Debian's neovim package; .ci/run installs it).
 */
class NeovimTest {
    @TempDir
    Path tmp;

    @Test
    void headlessNeovimFixesTheNumericReferenceAndJumpsToTheStage() throws Exception {
        Assumptions.assumeTrue(ServerJar.onPath("nvim", "--version"), "needs nvim");
        Path work = tmp.resolve("work");
        Files.createDirectories(work.resolve(".git"));
        Path dockerfile = work.resolve("Dockerfile");
        Files.writeString(dockerfile, LanguageServerTest.HEREDOC_EXAMPLE);
        Path out = tmp.resolve("nvim-result.json");
        Path jar = ServerJar.create(tmp);
        ProcessBuilder pb = new ProcessBuilder("nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n",
                "-c", "luafile " + Path.of("src/test/nvim/lsp-e2e.lua").toAbsolutePath(), "Dockerfile");
        pb.directory(work.toFile());
        var env = pb.environment();
        env.put("DFLINT_NVIM_OUT", out.toString());
        env.put("DFLINT_LAUNCHER", ServerJar.LAUNCHER.toString());
        env.put("DFLINT_JAR", jar.toString());
        env.put("DFLINT_NO_CDS", "1");
        for (String xdg : new String[] {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"}) {
            env.put(xdg, tmp.resolve("xdg").toString()); // Neovim's log and state stay in the test's folder
        }
        ServerJar.Result r = ServerJar.run(pb, 240);
        assertEquals(0, r.code(), r.output());
        assertTrue(Files.exists(out), "nvim wrote no result: " + r.output());
        JsonObject result = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertFalse(result.has("error"), () -> result.toString());

        // DF1001 at the --from=0 token: line 16, columns 6-13 (0-based 15, 5..13)
        JsonObject df1001 = null;
        for (JsonElement e : result.getAsJsonArray("diagnostics")) {
            JsonObject d = e.getAsJsonObject();
            if (d.has("code") && d.get("code").getAsString().equals("DF1001")) df1001 = d;
        }
        assertTrue(df1001 != null, result.toString());
        assertEquals(15, df1001.get("lnum").getAsInt());
        assertEquals(5, df1001.get("col").getAsInt());
        assertEquals(15, df1001.get("end_lnum").getAsInt());
        assertEquals(13, df1001.get("end_col").getAsInt());
        assertEquals("dflint", df1001.get("source").getAsString());

        // the quick fix named the stage and rewrote the reference, and the buffer was written
        JsonArray actions = result.getAsJsonArray("actions");
        assertTrue(actions.get(0).getAsString().startsWith("DF1001: name the stage"), actions.toString());
        String expected = LanguageServerTest.HEREDOC_EXAMPLE.replace("FROM golang:1.23\n", "FROM golang:1.23 AS golang\n")
                .replace("--from=0", "--from=golang");
        assertEquals(expected, Files.readString(dockerfile));
        for (JsonElement e : result.getAsJsonArray("after")) {
            assertFalse(e.getAsJsonObject().has("code") && e.getAsJsonObject().get("code").getAsString().equals("DF1001"), result.toString());
        }

        // go to definition from --from=golang: the FROM line, on the AS name
        JsonArray cursor = result.getAsJsonArray("definition");
        assertEquals(2, cursor.get(0).getAsInt());
        assertEquals(20, cursor.get(1).getAsInt());
        assertEquals("FROM golang:1.23 AS golang", result.get("definition_line").getAsString());
    }
}
