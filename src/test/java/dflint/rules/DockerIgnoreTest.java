package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** .dockerignore parsing and matching as BuildKit applies it. */
class DockerIgnoreTest {

    private static boolean excluded(String ignore, String path) {
        return DockerIgnore.parse(ignore).excludedBy(path) != null;
    }

    @Test
    void plainNamesMatchTheFileAndEverythingBelowIt() {
        assertTrue(excluded("Dockerfile\n", "Dockerfile"));
        assertTrue(excluded("tmp\n", "tmp/a/b.txt"));
        assertTrue(excluded("tmp/\n", "tmp/a.txt"));
        assertFalse(excluded("tmp\n", "src/tmp"));
        assertFalse(excluded("tmp\n", "tmpfile"));
    }

    @Test
    void starStaysInsideOneSegment() {
        assertTrue(excluded("*.log\n", "build.log"));
        assertFalse(excluded("*.log\n", "logs/build.log"));
        assertTrue(excluded("*/*.log\n", "logs/build.log"));
        assertTrue(excluded("*\n", "a/b/c"));
        assertTrue(excluded("b?ild\n", "build"));
        assertFalse(excluded("b?ild\n", "b/ild"));
    }

    @Test
    void doubleStarSpansDirectories() {
        assertTrue(excluded("**/node_modules\n", "node_modules"));
        assertTrue(excluded("**/node_modules\n", "packages/web/node_modules/x.js"));
        assertTrue(excluded("docs/**/*.md\n", "docs/a.md"));
        assertTrue(excluded("docs/**/*.md\n", "docs/guide/deep/a.md"));
        assertFalse(excluded("docs/**/*.md\n", "docs/guide/a.txt"));
        assertTrue(excluded("**\n", "anything/at/all"));
        assertTrue(excluded("foo/**\n", "foo/bar"));
        assertFalse(excluded("foo/**\n", "foobar"));
    }

    @Test
    void classesAndEscapes() {
        assertTrue(excluded("file[0-9].txt\n", "file7.txt"));
        assertFalse(excluded("file[0-9].txt\n", "filex.txt"));
        assertTrue(excluded("file[^0-9].txt\n", "filex.txt"));
        assertTrue(excluded("\\*.txt\n", "*.txt"));
        assertFalse(excluded("\\*.txt\n", "a.txt"));
    }

    @Test
    void linesAreCleanedCommentsSkippedAndExceptionsWinWhenLater() {
        DockerIgnore ig = DockerIgnore.parse("\uFEFF# comment\n  /secrets/  \n\n./build/../out\n");
        assertEquals(2, ig.patterns().size());
        assertEquals("secrets", ig.patterns().get(0).text());
        assertEquals("out", ig.patterns().get(1).text());
        assertTrue(excluded("*.md\n!README.md\n", "CHANGES.md"));
        assertFalse(excluded("*.md\n!README.md\n", "README.md"));
        assertTrue(excluded("!README.md\n*.md\n", "README.md"));
        assertTrue(DockerIgnore.parse("**\n!Dockerfile\n").hasExceptions());
    }

    @Test
    void sourcesAreCleanedBeforeMatching() {
        assertTrue(excluded("tmp\n", "./tmp/x"));
        assertTrue(excluded("tmp\n", "/tmp/x"));
        assertTrue(excluded("tmp\n", "a/../tmp//x"));
        assertEquals(".", DockerIgnore.cleanPath("./"));
        assertEquals("/", DockerIgnore.cleanPath("/.."));
        assertNull(DockerIgnore.parse("").excludedBy("a"));
    }

    @Test
    void longInputsDoNotBacktrack() {
        String path = "a/".repeat(5000) + "b";
        String pattern = "**/".repeat(200) + "*a*a*a*a*a*c\n";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertFalse(excluded(pattern, path)));
    }
}
