package dflint.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaseImageTableTest {
    final BaseImageTable table = BaseImageTable.withExtraRows(List.of());

    BaseImageTable.Kind kind(String image) {
        BaseImageTable.Entry e = table.lookup(image);
        return e == null ? null : e.kind();
    }

    @Test
    void builtInRowsLoadFromTheJar() {
        assertTrue(table.entries().size() > 30);
        assertEquals(BaseImageTable.Kind.TOOLCHAIN, kind("golang:1.22-alpine"));
        assertEquals(BaseImageTable.Kind.TOOLCHAIN, kind("docker.io/library/node:20"));
        assertEquals(BaseImageTable.Kind.SLIM, kind("node:20-slim"));
        assertEquals(BaseImageTable.Kind.MINIMAL, kind("python:3.12-alpine3.20"));
        assertEquals(BaseImageTable.Kind.SLIM, kind("eclipse-temurin:21-jre"));
        assertEquals(BaseImageTable.Kind.TOOLCHAIN, kind("eclipse-temurin:21"));
        assertEquals(BaseImageTable.Kind.DISTROLESS, kind("gcr.io/distroless/static:nonroot"));
        assertEquals(BaseImageTable.Kind.TOOLCHAIN, kind("mcr.microsoft.com/dotnet/sdk:8.0"));
        assertEquals(BaseImageTable.Kind.TOOLCHAIN, kind("golang@sha256:abc"));
        assertNull(kind("example.com/team/app:1"));
        assertNull(kind("golangci/golangci-lint"));
    }

    @Test
    void extraRowsComeFirstAndBadRowsAreSkipped() {
        BaseImageTable t = BaseImageTable.withExtraRows(List.of("golang:*\tgo\tslim\t10\t-", "not a row", "x\ty\tbogus\t1\t-"));
        assertEquals(BaseImageTable.Kind.SLIM, t.lookup("golang:1.22").kind());
        assertEquals("", t.lookup("golang:1.22").alternative());
    }

    @Test
    void globIsLinear() {
        assertTrue(BaseImageTable.glob("a*b*c", "axxbyyc"));
        String longText = "a".repeat(20000);
        assertEquals(false, BaseImageTable.glob("*a*a*a*a*b", longText));
    }
}
