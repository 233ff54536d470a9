package dflint.robustness;

import dflint.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Seed inputs for the fuzz and property tests: small files written here, every
 * Dockerfile under testdata/, and, when ../shared is present, a fixed sample of
 * the corpus and BuildKit's parser test files. Shared files are read at run
 * time and never copied into the project.
 */
final class Seeds {
    private Seeds() {}

    /** Every n-th corpus file is a seed; -Ddflint.fuzz.corpusStride=1 takes them all. */
    static final int CORPUS_STRIDE = Integer.getInteger("dflint.fuzz.corpusStride", 25);

    /** Small inputs aimed at the parser's corners, written for these tests. */
    static final List<String> HANDWRITTEN = List.of(
            "",
            "# only a comment\n",
            "FROM scratch\n",
            "# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine\nRUN echo a `\n  b\n",
            "FROM alpine AS base\nFROM base AS build\nCOPY --from=base /a /b\nFROM build\nRUN --mount=type=cache,from=build,target=/c true\n",
            "FROM alpine\nRUN <<EOF\necho hi\nEOF\n",
            "FROM alpine\nRUN <<-'A' cat <<\"B\"\n\tx\n\tA\ny $HOME\nB\n",
            "FROM alpine\nCOPY <<one <<two /dst/\n1\none\n2\ntwo\n",
            "FROM alpine\nRUN <<EOF\nunterminated\n",
            "FROM alpine\nCMD [\"a\", \"b\\u0041\"]\nENTRYPOINT [1, [2], {\"k\": null}]\n",
            "FROM alpine\nSHELL [\"/bin/sh\", \"-c\"\nRUN [\"unterminated\n",
            "ARG BASE=alpine\nARG TAG\nFROM ${BASE:-${OTHER:-x}}:${TAG:+t} AS a-b.c_d\nENV A=1 B=\"2 3\" C\nENV LEGACY value with spaces\n",
            "FROM alpine\nLABEL \"k\"=\"v\" k2='v 2' k3=v\\ 3\nEXPOSE 80/tcp 443 ${PORT}\n",
            "FROM alpine\nONBUILD RUN make\nONBUILD ONBUILD RUN x\nONBUILD FROM y\nONBUILD\n",
            "FROM alpine\nHEALTHCHECK --interval=5s --retries=-1 CMD curl -f localhost\nHEALTHCHECK NONE extra\nHEALTHCHECK --timeout=1ns CMD x\n",
            "FROM alpine\nRUN apt-get update && \\\n# comment inside\n\n    apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n",
            "FROM alpine\r\nRUN echo crlf \\\r\n  continued\r\n",
            "FROM alpine\rRUN echo cr-only\r",
            "\uFEFFFROM alpine\nRUN echo bom\n",
            "from alpine as Build\nrun echo lower\ncopy --chown=1:1 --chmod=755 --link --from=Build a b\n",
            "FROM alpine\nRNU x\nCOPY --frm=a b c\nADD --checksum sha256:x http://e/x /x\nWORKDIR\nUSER a b\n",
            "FROM --platform=$BUILDPLATFORM golang:1 AS build\nFROM build AS 0bad\nCOPY --from=0 /a /b\nCOPY --from=9 /a /b\n",
            "FROM alpine\nRUN echo \"${A:?}\" '$B' \\$C ${#D} ${E%%x*} ${F/a/b} ${G:\n",
            "FROM alpine\nSTOPSIGNAL SIGKILL\nVOLUME [\"/a\", \"/b\"]\nVOLUME /c /d\nMAINTAINER me\n",
            "FROM alpine\nRUN echo \u00e9\u4e2d\ud83d\ude00 \u0000 \u001b[31m red \u001b[0m\n",
            "FROM a\nRUN x \\",
            "FROM a\nRUN x \\\n",
            "FROM a\n\\\n",
            "FROM a\nRUN 2<<EOF 3<<-\"EOF\"\nx\nEOF\n\tEOF\n",
            "FROM a\nRUN <<EOF\nEOF\nRUN <<EOF\n\n");

    /** True in a by-hand fuzzing run (JAZZER_FUZZ set): every seed is worth having then. */
    static boolean fuzzing() {
        String env = System.getenv("JAZZER_FUZZ");
        return (env != null && !env.isEmpty()) || System.getProperty("JAZZER_FUZZ") != null;
    }

    /**
     * The handwritten seeds and every n-th of the others: for targets that are
     * slow per input in regression mode. A fuzzing run gets them all.
     */
    static List<Named<byte[]>> sample(int every) {
        List<Named<byte[]>> all = all();
        if (fuzzing()) return all;
        List<Named<byte[]>> out = new ArrayList<>();
        int other = 0;
        for (Named<byte[]> s : all) {
            if (s.getName().startsWith("handwritten-") || other++ % every == 0) out.add(s);
        }
        return out;
    }

    static List<Named<byte[]>> all() {
        List<Named<byte[]>> out = new ArrayList<>();
        for (int i = 0; i < HANDWRITTEN.size(); i++) {
            out.add(Named.of("handwritten-" + i, HANDWRITTEN.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        addTree(out, "testdata", Path.of("testdata"));
        Path shared = SharedData.root();
        Path corpus = shared.resolve("corpus/files");
        if (Files.isDirectory(corpus)) {
            List<Path> files = list(corpus);
            for (int i = 0; i < files.size(); i += Math.max(1, CORPUS_STRIDE)) {
                out.add(named("corpus/" + files.get(i).getFileName(), files.get(i)));
            }
        }
        addTree(out, "buildkit-parser", shared.resolve("conformance/buildkit-parser"));
        return out;
    }

    private static void addTree(List<Named<byte[]>> out, String label, Path root) {
        if (!Files.isDirectory(root)) return;
        for (Path p : list(root)) {
            String name = p.getFileName().toString();
            if (name.equals("Dockerfile") || name.endsWith(".Dockerfile")) {
                out.add(named(label + "/" + root.relativize(p), p));
            }
        }
    }

    private static List<Path> list(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Named<byte[]> named(String name, Path p) {
        try {
            return Named.of(name, Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
