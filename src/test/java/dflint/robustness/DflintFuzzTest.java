package dflint.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz tests. In a plain {@code mvn test} they run in regression mode:
 * each target once on the empty input, on every seed of {@link Seeds} and on
 * every file under src/test/resources/dflint/robustness/DflintFuzzTestInputs/
 * (crashes found by fuzzing land there and stay as regression tests).
 * With {@code JAZZER_FUZZ=1} one target at a time is fuzzed, starting from
 * the same seeds; see the README section "Robustness" for the command lines.
 * The @MethodSource must come before @FuzzTest: Jazzer records its values as
 * fuzzing seeds.
 */
class DflintFuzzTest {

    /** Loads the classes each target needs once, so a per-input timeout measures the input, not class loading. */
    @BeforeAll
    static void warmUp() {
        // Jazzer's bug-detector hooks make each input ~10x slower in regression mode, where
        // no fuzzer-made strings reach them anyway; a fuzzing run keeps them on.
        // A fuzzing run must load dflint's classes only after Jazzer's agent is in place, or they
        // carry no coverage instrumentation: no warm-up there.
        if (Seeds.fuzzing()) return;
        if (System.getProperty("jazzer.hooks") == null) System.setProperty("jazzer.hooks", "false");
        byte[] small = "FROM a AS b\nRUN x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Targets.report(small);
        Targets.cli(small);
        Targets.stages(small);
    }

    static List<Named<byte[]>> seeds() {
        return Seeds.all();
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "30m")
    void parse(byte[] data) {
        guarded(() -> Targets.parse(data));
    }

    @MethodSource("lintSeeds")
    @FuzzTest(maxDuration = "30m")
    void lint(byte[] data) {
        guarded(() -> Targets.lint(data));
    }

    @MethodSource("someSeeds")
    @FuzzTest(maxDuration = "30m")
    void report(byte[] data) {
        guarded(() -> Targets.report(data));
    }

    /**
     * Regression mode keeps `mvn test` short: parse replays every seed; the costlier
     * targets replay the handwritten seeds and a sample of the rest (the rule fixtures
     * are linted by their own tests anyway). A fuzzing run starts from every seed.
     */
    static List<Named<byte[]>> lintSeeds() {
        return Seeds.sample(4);
    }

    static List<Named<byte[]>> someSeeds() {
        return Seeds.sample(10);
    }

    static List<Named<byte[]>> fewSeeds() {
        return Seeds.sample(30);
    }

    @MethodSource("fewSeeds")
    @FuzzTest(maxDuration = "30m")
    void cli(byte[] data) {
        guarded(() -> Targets.cli(data));
    }

    @MethodSource("fewSeeds")
    @FuzzTest(maxDuration = "30m")
    void stages(byte[] data) {
        guarded(() -> Targets.stages(data));
    }

    /**
     * Regression mode runs each input under the hang guard. A fuzzing run calls the
     * target directly: a JUnit timeout would cover the whole fuzzing session, so
     * hangs there are libFuzzer's -timeout (see the README).
     */
    private static void guarded(Runnable target) {
        if (Seeds.fuzzing()) {
            target.run();
        } else {
            assertTimeoutPreemptively(Cli.HANG_GUARD, target::run);
        }
    }
}
