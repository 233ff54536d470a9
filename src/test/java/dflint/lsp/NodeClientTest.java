package dflint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/dflint lsp} driven by src/test/node/lsp-client/client.js, which uses the npm
 * packages VS Code's client is built on (vscode-jsonrpc, vscode-languageserver-protocol):
 * initialize, didOpen, didChange, codeAction, hover, definition, shutdown, exit, every answer
 * checked. Skips without Node.js and npm, or when the packages cannot be installed.
 */
class NodeClientTest {
    private static final Path CLIENT = Path.of("src/test/node/lsp-client");

    @TempDir
    Path tmp;

    @Test
    void theNodeClientGetsEveryAnswerRight() throws Exception {
        Assumptions.assumeTrue(ServerJar.onPath("node", "--version") && ServerJar.onPath("npm", "--version"),
                "needs node and npm");
        Path client = tmp.resolve("client");
        Files.createDirectories(client);
        for (String f : new String[] {"package.json", "package-lock.json", "client.js"}) {
            Files.copy(CLIENT.resolve(f), client.resolve(f));
        }
        ServerJar.Result install = ServerJar.run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund",
                "--prefer-offline").directory(client.toFile()), 300);
        Assumptions.assumeTrue(install.code() == 0, () -> "npm ci failed, so the packages are not to be had here:\n"
                + install.output());

        Path work = tmp.resolve("work");
        Files.createDirectories(work.resolve(".git"));
        Path jar = ServerJar.create(tmp);
        ProcessBuilder node = new ProcessBuilder("node", client.resolve("client.js").toString(),
                ServerJar.LAUNCHER.toString(), work.toString());
        node.environment().put("DFLINT_JAR", jar.toString());
        node.environment().put("DFLINT_NO_CDS", "1");
        ServerJar.Result r = ServerJar.run(node, 180);
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("\n20 passed, 0 failed"), r.output());
        assertTrue(!r.output().contains("not ok"), r.output());
    }
}
