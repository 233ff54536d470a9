package dflint.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontendVersionTest {
    static final int N = FrontendVersion.NEWEST;

    static void pins(String directive, int minor, int patch, boolean labs) {
        FrontendVersion v = FrontendVersion.parse(directive);
        assertEquals(List.of(minor, patch, labs), v == null ? null : List.of(v.minor(), v.patch(), v.labs()), directive);
    }

    @Test
    void readsDockersOwnFrontendWhereverItIsPulledFrom() {
        pins("docker/dockerfile:1.4", 4, N, false);
        pins(" docker/dockerfile:1.4.3 ", 4, 3, false);
        pins("docker.io/docker/dockerfile:1.7", 7, N, false);
        pins("docker/dockerfile-upstream:1.14.0-labs", 14, 0, true);
        pins("mirror.gcr.io/docker/dockerfile:1.9-labs", 9, N, true);
        pins("localhost:5000/docker/dockerfile:1.5", 5, N, false);
        pins("docker/dockerfile:1.0-experimental", 0, N, true);
        pins("docker/dockerfile:1.1.2-experimental", 1, 2, true);
        pins("docker/dockerfile:1.7.0-rc1", 7, 0, false);
        pins("docker/dockerfile:1.4@sha256:0123456789abcdef", 4, N, false);
    }

    @Test
    void majorOnlyLatestAndMasterAreTheNewest() {
        for (String s : new String[] {"docker/dockerfile:1", "docker/dockerfile", "docker/dockerfile:latest",
                "docker/dockerfile-upstream:master"}) {
            FrontendVersion v = FrontendVersion.parse(s);
            assertTrue(v != null && v.isNewest() && !v.labs(), s);
        }
        for (String s : new String[] {"docker/dockerfile:1-labs", "docker/dockerfile:labs", "docker/dockerfile-upstream:master-labs"}) {
            FrontendVersion v = FrontendVersion.parse(s);
            assertTrue(v != null && v.isNewest() && v.labs(), s);
        }
    }

    @Test
    void saysNothingAboutOtherFrontendsDigestsAndUnreadableTags() {
        for (String s : new String[] {"docker/dockerfile@sha256:0123", "docker/dockerfile:experimental",
                "docker/dockerfile:2.0", "docker/dockerfile:1.4-custom", "docker/dockerfile:v1.4",
                "tonistiigi/dockerfile:runmount", "example.com/team/dockerfile:1.4", "mydocker/dockerfile:1.4",
                "docker/dockerfile-upstream:3c9d5c4", "", "docker/dockerfile:"}) {
            assertNull(FrontendVersion.parse(s), s);
        }
    }

    @Test
    void aMinorPinHasEveryPatchOfItsMinor() {
        FrontendVersion v14 = FrontendVersion.parse("docker/dockerfile:1.4");
        assertTrue(v14.reaches(4, 0));
        assertTrue(v14.reaches(4, 9));
        assertFalse(v14.reaches(5, 0));
        FrontendVersion v143 = FrontendVersion.parse("docker/dockerfile:1.4.3");
        assertTrue(v143.reaches(4, 3));
        assertFalse(v143.reaches(4, 4));
        assertTrue(v143.reaches(3, 9));
        assertEquals("1.4.3", v143.label());
        assertEquals("1.3-labs", FrontendVersion.parse("docker/dockerfile:1.3-labs").label());
    }

    @Test
    void theTableReadsItsChannelsAndRejectsMalformedRows() {
        Map<String, FrontendFeatureTable.Feature> t = FrontendFeatureTable.builtin();
        FrontendFeatureTable.Feature parents = t.get("parents");
        assertEquals("1.20 (or 1.7-labs)", parents.needed());
        assertFalse(parents.availableIn(FrontendVersion.parse("docker/dockerfile:1.19")));
        assertFalse(parents.availableIn(FrontendVersion.parse("docker/dockerfile:1.6-labs")));
        assertTrue(parents.availableIn(FrontendVersion.parse("docker/dockerfile:1.7.0-labs")));
        assertTrue(parents.availableIn(FrontendVersion.parse("docker/dockerfile:1.20.0")));
        assertTrue(parents.availableIn(FrontendVersion.parse("docker/dockerfile:1")));
        FrontendFeatureTable.Feature network = t.get("run-network");
        assertTrue(network.availableIn(FrontendVersion.parse("docker/dockerfile:1.2-labs")));
        assertFalse(network.availableIn(FrontendVersion.parse("docker/dockerfile:1.2.0-labs")));
        assertFalse(network.availableIn(FrontendVersion.parse("docker/dockerfile:1.2")));
        assertTrue(FrontendFeatureTable.allStable(t));
        assertThrows(IllegalArgumentException.class, () -> FrontendFeatureTable.parse(List.of("k\t2.0\t-\tx\ty\tz")));
        assertThrows(IllegalArgumentException.class, () -> FrontendFeatureTable.parse(List.of("k\t-\t-\tx\ty\tz")));
        assertThrows(IllegalArgumentException.class, () -> FrontendFeatureTable.parse(List.of("k\t1.4\t-\tx")));
        FrontendFeatureTable.Feature labsOnly = FrontendFeatureTable.parse(List.of("k\t-\t1.9\tx\ty\tz")).get(0);
        assertFalse(labsOnly.availableIn(FrontendVersion.parse("docker/dockerfile:1")));
        assertTrue(labsOnly.availableIn(FrontendVersion.parse("docker/dockerfile:1-labs")));
        assertEquals("1.9-labs", labsOnly.needed());
    }
}
