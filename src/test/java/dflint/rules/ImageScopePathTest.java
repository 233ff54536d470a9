package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A file's purpose from its name, including names with nothing after the separator. */
class ImageScopePathTest {
    @Test
    void namesWithoutAWordAfterTheSeparatorAreProducts() {
        assertEquals(ImageScope.Purpose.PRODUCT, ImageScope.purposeOfPath("x/Dockerfile.."));
        assertEquals(ImageScope.Purpose.PRODUCT, ImageScope.purposeOfPath("Dockerfile._"));
        assertEquals(ImageScope.Purpose.PRODUCT, ImageScope.purposeOfPath("Dockerfile"));
    }

    @Test
    void theFirstWordAfterTheSeparatorStillCounts() {
        assertEquals(ImageScope.purposeOfPath("Dockerfile.test"), ImageScope.purposeOfPath("Dockerfile.test.arm64"));
    }
}
