package dflint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VS Code extension in editors/vscode builds as its README says: {@code npm ci} installs the
 * locked packages, {@code npm run package} makes the .vsix with vsce, without the network. The
 * package must hold the extension, its manifest and the language client it needs at run time.
 * Skips without Node.js and npm, or when the packages cannot be installed here.
 */
class VsCodeExtensionTest {
    private static final Path EXTENSION = Path.of("editors/vscode");

    @TempDir
    Path tmp;

    @Test
    void theExtensionIsPackagedWithVsceOffline() throws Exception {
        Assumptions.assumeTrue(ServerJar.onPath("node", "--version") && ServerJar.onPath("npm", "--version"),
                "needs node and npm");
        Path ext = tmp.resolve("vscode");
        Files.createDirectories(ext);
        for (String f : new String[] {"package.json", "package-lock.json", "extension.js", "README.md", ".vscodeignore"}) {
            Files.copy(EXTENSION.resolve(f), ext.resolve(f));
        }
        ServerJar.Result install = ServerJar.run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund",
                "--prefer-offline").directory(ext.toFile()), 600);
        Assumptions.assumeTrue(install.code() == 0, () -> "npm ci failed, so the packages are not to be had here:\n"
                + install.output());

        ServerJar.Result syntax = ServerJar.run(new ProcessBuilder("npm", "run", "check").directory(ext.toFile()), 120);
        assertEquals(0, syntax.code(), syntax.output());
        // packaging needs nothing from outside: npm is told it is offline
        ProcessBuilder pack = new ProcessBuilder("npm", "run", "package").directory(ext.toFile());
        pack.environment().put("npm_config_offline", "true");
        ServerJar.Result r = ServerJar.run(pack, 300);
        assertEquals(0, r.code(), r.output());

        Path vsix = ext.resolve("dflint.vsix");
        assertTrue(Files.isRegularFile(vsix), r.output());
        Set<String> entries = new HashSet<>();
        JsonObject manifest;
        try (ZipFile zip = new ZipFile(vsix.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(entries::add);
            manifest = JsonParser.parseString(new String(zip.getInputStream(zip.getEntry("extension/package.json")).readAllBytes(),
                    StandardCharsets.UTF_8)).getAsJsonObject();
        }
        assertTrue(entries.contains("extension.vsixmanifest"), entries.toString());
        assertTrue(entries.contains("extension/extension.js"), entries.toString());
        assertTrue(entries.contains("extension/node_modules/vscode-languageclient/package.json"),
                "the language client is packaged with the extension");
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("extension/node_modules/@vscode/vsce")),
                "development tools stay out of the package");
        assertEquals("./extension.js", manifest.get("main").getAsString());
        assertTrue(manifest.getAsJsonArray("activationEvents").toString().contains("onLanguage:dockerfile"));
    }
}
