package dflint;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (test inputs kept outside the project); tests skip when it is absent. */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        String prop = System.getProperty("dflint.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "shared");
        return p.toAbsolutePath().normalize();
    }

    /** The given folder under shared/, or a skipped test when it is not there. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data not present: " + p);
        return p;
    }
}
